import { type Database } from '../db';
import { type DisputeRecord } from './records';

/** Disputes by id, or every dispute when `keys` is null. */
export function findDisputes(db: Database, keys: readonly string[] | null): Promise<DisputeRecord[]> {
  return db.readQuery<DisputeRecord>('dispute/find-disputes', { ids: keys });
}

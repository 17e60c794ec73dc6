import { type Database } from '../db';
import { type PathRecord } from './records';

export function findShortestPaths(
  db: Database,
  params: { fromKey: string; toKey: string; maxHops: number; limit: number },
): Promise<PathRecord[]> {
  return db.readQuery<PathRecord>('connection/find-shortest-paths', params);
}

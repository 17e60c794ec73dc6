import { type Database } from '../db';
import { type EventRecord } from './records';

export function findEvents(
  db: Database,
  stakeholderKey: string | null,
  dispute: string | null,
  limit: number,
): Promise<EventRecord[]> {
  return db.readQuery<EventRecord>('event/find-events', { stakeholderKey, dispute, limit });
}

export function findEventsByIds(db: Database, keys: readonly string[]): Promise<EventRecord[]> {
  return db.readQuery<EventRecord>('event/find-events-by-ids', { keys });
}

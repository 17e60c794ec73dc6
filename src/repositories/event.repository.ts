import { type Database } from '../db';
import { type EventRecord } from './records';

export function findEvents(
  db: Database,
  stakeholderKey: string | null,
  dispute: string | null,
  limit: number,
): Promise<EventRecord[]> {
  // Start from the most selective node named: the stakeholder, else the dispute.
  if (stakeholderKey !== null) {
    return db.readQuery<EventRecord>('event/find-events-by-stakeholder', { stakeholderKey, dispute, limit });
  }
  if (dispute !== null) return db.readQuery<EventRecord>('event/find-events-by-dispute', { dispute, limit });
  return db.readQuery<EventRecord>('event/find-events', { limit });
}

export function findEventsByIds(db: Database, keys: readonly string[]): Promise<EventRecord[]> {
  return db.readQuery<EventRecord>('event/find-events-by-ids', { keys });
}

import { type Database } from '../db';
import { type PositionRecord } from './records';

export interface LatestPositionsKey {
  /** The issue's id. */
  issueKey: string;
  asOf: string | null;
}

export function findLatestPositionsByIssues(
  db: Database,
  keys: readonly LatestPositionsKey[],
): Promise<(PositionRecord & { index: number })[]> {
  return db.readQuery('position/find-latest-positions-by-issues', {
    keys: keys.map((key, index) => ({ ...key, index })),
  });
}

export function findPositionsByHolders(
  db: Database,
  keys: readonly string[],
): Promise<(PositionRecord & { ownerKey: string })[]> {
  return db.readQuery('position/find-positions-by-holders', { keys });
}

export function findPositionsByIds(db: Database, keys: readonly string[]): Promise<PositionRecord[]> {
  return db.readQuery<PositionRecord>('position/find-positions-by-ids', { keys });
}

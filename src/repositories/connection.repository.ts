import { type Database } from '../db';
import { type PathRecord } from './records';

/**
 * One statement per hop bound: Cypher takes no parameter for a variable-length bound, and a
 * bound applied after the match (WHERE length(path) <= $maxHops) does not prune the search.
 */
const BY_MAX_HOPS = {
  1: 'connection/find-shortest-paths-1',
  2: 'connection/find-shortest-paths-2',
  3: 'connection/find-shortest-paths-3',
  4: 'connection/find-shortest-paths-4',
  5: 'connection/find-shortest-paths-5',
  6: 'connection/find-shortest-paths-6',
} as const;

export type MaxHops = keyof typeof BY_MAX_HOPS;

export function isMaxHops(value: number): value is MaxHops {
  return Object.hasOwn(BY_MAX_HOPS, value);
}

/** The shortest paths of at most `maxHops` steps between two stakeholders, up to `limit`. */
export function findShortestPaths(
  db: Database,
  params: { fromKey: string; toKey: string; maxHops: MaxHops; limit: number },
): Promise<PathRecord[]> {
  const { maxHops, ...rest } = params;
  return db.readQuery<PathRecord>(BY_MAX_HOPS[maxHops], rest);
}

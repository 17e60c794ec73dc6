/**
 * Writes of the curated seed, one function per cypher/seed/*.cypher file. Each takes the rows of
 * one batch and returns how many were written. They take a Writer so that the whole seed can be
 * written in one transaction.
 */
import { type Writer } from '../db';

type Rows = Record<string, unknown>[];

/** The data set a load writes: "seed", or a test fixture's name; kept on every node it writes. */
export type Origin = string;

async function writeRows(
  db: Writer,
  name: string,
  rows: Rows,
  origin: Origin,
  param = 'rows',
): Promise<number> {
  if (rows.length === 0) return 0;
  const [result] = await db.writeQuery<{ count: number }>(name, { [param]: rows, origin });
  return result?.count ?? 0;
}

export const mergeDisputes = (db: Writer, origin: Origin, rows: Rows) =>
  writeRows(db, 'seed/merge-disputes', rows, origin);
export const mergeIssues = (db: Writer, origin: Origin, rows: Rows) =>
  writeRows(db, 'seed/merge-issues', rows, origin);
export const mergeStakeholders = (db: Writer, origin: Origin, rows: Rows) =>
  writeRows(db, 'seed/merge-stakeholders', rows, origin);
export const mergeArticles = (db: Writer, origin: Origin, rows: Rows) =>
  writeRows(db, 'seed/merge-articles', rows, origin);
export const mergeStatements = (db: Writer, origin: Origin, rows: Rows) =>
  writeRows(db, 'seed/merge-statements', rows, origin);
export const mergeRoles = (db: Writer, origin: Origin, rows: Rows) =>
  writeRows(db, 'seed/merge-roles', rows, origin);
export const mergeMemberships = (db: Writer, origin: Origin, rows: Rows) =>
  writeRows(db, 'seed/merge-memberships', rows, origin);
export const mergePositions = (db: Writer, origin: Origin, rows: Rows) =>
  writeRows(db, 'seed/merge-positions', rows, origin);
export const mergeEvents = (db: Writer, origin: Origin, rows: Rows) =>
  writeRows(db, 'seed/merge-events', rows, origin);
export const mergeFigures = (db: Writer, origin: Origin, rows: Rows) =>
  writeRows(db, 'seed/merge-figures', rows, origin);
export const mergeAgreements = (db: Writer, origin: Origin, rows: Rows) =>
  writeRows(db, 'seed/merge-agreements', rows, origin);
export const mergeVotes = (db: Writer, origin: Origin, rows: Rows) =>
  writeRows(db, 'seed/merge-votes', rows, origin);

/** Deletes seed-written nodes whose ids the current seed no longer has; see prune-stale.cypher. */
export const pruneStale = (
  db: Writer,
  origin: Origin,
  keep: { label: string; key: string; ids: string[] }[],
) => writeRows(db, 'seed/prune-stale', keep, origin, 'keep');

/** Marks the seed with this hash as completely loaded; call inside the load's transaction. */
export async function setSeedMarker(db: Writer, origin: Origin, hash: string): Promise<void> {
  await db.writeQuery('seed/set-seed-marker', { hash, origin, loadedAt: new Date().toISOString() });
}

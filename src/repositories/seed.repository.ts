/**
 * Writes of the curated seed, one function per cypher/seed/*.cypher file. Each takes the rows of
 * one batch and returns how many were written. They take a Writer so that the whole seed can be
 * written in one transaction.
 */
import { type Writer } from '../db';

type Rows = Record<string, unknown>[];

async function writeRows(db: Writer, name: string, rows: Rows, param = 'rows'): Promise<number> {
  if (rows.length === 0) return 0;
  const [result] = await db.writeQuery<{ count: number }>(name, { [param]: rows });
  return result?.count ?? 0;
}

export const mergeIssues = (db: Writer, rows: Rows) => writeRows(db, 'seed/merge-issues', rows);
export const mergeStakeholders = (db: Writer, rows: Rows) => writeRows(db, 'seed/merge-stakeholders', rows);
export const mergeArticles = (db: Writer, rows: Rows) => writeRows(db, 'seed/merge-articles', rows);
export const mergeStatements = (db: Writer, rows: Rows) => writeRows(db, 'seed/merge-statements', rows);
export const mergeRoles = (db: Writer, rows: Rows) => writeRows(db, 'seed/merge-roles', rows);
export const mergeMemberships = (db: Writer, rows: Rows) => writeRows(db, 'seed/merge-memberships', rows);
export const mergePositions = (db: Writer, rows: Rows) => writeRows(db, 'seed/merge-positions', rows);
export const mergeEvents = (db: Writer, rows: Rows) => writeRows(db, 'seed/merge-events', rows);
export const mergeFigures = (db: Writer, rows: Rows) => writeRows(db, 'seed/merge-figures', rows);
export const mergeAgreements = (db: Writer, rows: Rows) => writeRows(db, 'seed/merge-agreements', rows);
export const mergeVotes = (db: Writer, rows: Rows) => writeRows(db, 'seed/merge-votes', rows);

/** Deletes seed-written nodes whose ids the current seed no longer has; see prune-stale.cypher. */
export const pruneStale = (db: Writer, keep: { label: string; key: string; ids: string[] }[]) =>
  writeRows(db, 'seed/prune-stale', keep, 'keep');

/** Marks the seed with this hash as completely loaded; call inside the load's transaction. */
export async function setSeedMarker(db: Writer, hash: string): Promise<void> {
  await db.writeQuery('seed/set-seed-marker', { hash, loadedAt: new Date().toISOString() });
}

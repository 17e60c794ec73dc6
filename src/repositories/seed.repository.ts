/**
 * Writes of the curated seed, one function per cypher/seed/*.cypher file. Each takes the rows of
 * one batch and returns how many were written.
 */
import { type Database } from '../db';

type Rows = Record<string, unknown>[];

async function writeRows(db: Database, name: string, rows: Rows): Promise<number> {
  if (rows.length === 0) return 0;
  const [result] = await db.writeQuery<{ count: number }>(name, { rows });
  return result?.count ?? 0;
}

export const mergeIssues = (db: Database, rows: Rows) => writeRows(db, 'seed/merge-issues', rows);
export const mergeStakeholders = (db: Database, rows: Rows) => writeRows(db, 'seed/merge-stakeholders', rows);
export const mergeArticles = (db: Database, rows: Rows) => writeRows(db, 'seed/merge-articles', rows);
export const mergeStatements = (db: Database, rows: Rows) => writeRows(db, 'seed/merge-statements', rows);
export const mergeRoles = (db: Database, rows: Rows) => writeRows(db, 'seed/merge-roles', rows);
export const mergeMemberships = (db: Database, rows: Rows) => writeRows(db, 'seed/merge-memberships', rows);
export const mergePositions = (db: Database, rows: Rows) => writeRows(db, 'seed/merge-positions', rows);
export const mergeEvents = (db: Database, rows: Rows) => writeRows(db, 'seed/merge-events', rows);
export const mergeFigures = (db: Database, rows: Rows) => writeRows(db, 'seed/merge-figures', rows);
export const mergeAgreements = (db: Database, rows: Rows) => writeRows(db, 'seed/merge-agreements', rows);
export const mergeVotes = (db: Database, rows: Rows) => writeRows(db, 'seed/merge-votes', rows);

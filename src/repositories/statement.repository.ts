import { type Database } from '../db';
import { type PageRequest, type StatementRecord } from './records';

/** A statement row tagged with the key it was looked up by (speaker, article or issue). */
export type OwnedStatementRecord = StatementRecord & { ownerKey: string };

export interface SortCursor {
  sort: string;
  key: string;
}

export interface StatementFilter {
  speakerKey: string | null;
  /** An issue's id. */
  issueKey: string | null;
  /** A dispute's id: statements about any of its issues. */
  dispute: string | null;
  stance: string | null;
  articleKey: string | null;
  from: string | null;
  to: string | null;
}

export function findStatementsByIds(db: Database, keys: readonly string[]): Promise<StatementRecord[]> {
  return db.readQuery<StatementRecord>('statement/find-statements-by-ids', { keys });
}

export function findStatementsBySpeakers(
  db: Database,
  keys: readonly string[],
): Promise<OwnedStatementRecord[]> {
  return db.readQuery<OwnedStatementRecord>('statement/find-statements-by-speakers', { keys });
}

export function findStatementsByArticles(
  db: Database,
  keys: readonly string[],
): Promise<OwnedStatementRecord[]> {
  return db.readQuery<OwnedStatementRecord>('statement/find-statements-by-articles', { keys });
}

export function findStatementsByIssues(
  db: Database,
  keys: readonly string[],
): Promise<OwnedStatementRecord[]> {
  return db.readQuery<OwnedStatementRecord>('statement/find-statements-by-issues', { keys });
}

export function findStatementsPage(
  db: Database,
  filter: StatementFilter,
  page: PageRequest<SortCursor>,
): Promise<(StatementRecord & { sortKey: string })[]> {
  return db.readQuery('statement/find-statements-page', {
    ...filter,
    afterSort: page.after?.sort ?? null,
    afterId: page.after?.key ?? null,
    limit: page.limit,
  });
}

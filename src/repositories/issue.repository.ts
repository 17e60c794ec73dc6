import { type Database } from '../db';
import { type IssueRecord } from './records';

export function findIssuesByIds(db: Database, keys: readonly string[]): Promise<IssueRecord[]> {
  return db.readQuery<IssueRecord>('issue/find-issues-by-ids', { keys });
}

/** The first `limit` issues, or those of one dispute (by the dispute's id). */
export function findAllIssues(db: Database, dispute: string | null, limit: number): Promise<IssueRecord[]> {
  return db.readQuery<IssueRecord>('issue/find-all-issues', { dispute, limit });
}

/** The issues a slug names: one per dispute using it, or only that of `dispute`. */
export function findIssuesBySlug(db: Database, slug: string, dispute: string | null): Promise<IssueRecord[]> {
  return db.readQuery<IssueRecord>('issue/find-issues-by-slug', { slug, dispute });
}

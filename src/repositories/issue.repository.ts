import { type Database } from '../db';
import { type IssueRecord } from './records';

export function findIssuesBySlugs(db: Database, keys: readonly string[]): Promise<IssueRecord[]> {
  return db.readQuery<IssueRecord>('issue/find-issues-by-slugs', { keys });
}

export function findAllIssues(db: Database, limit: number): Promise<IssueRecord[]> {
  return db.readQuery<IssueRecord>('issue/find-all-issues', { limit });
}

import { type Database, type Writer } from '../db';
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

export interface LockedIssue {
  key: string;
  name: string;
  proposition: string;
  description: string | null;
  cues: string[];
  version: number;
}

/** Locks an issue for the caller's transaction; null when there is none. */
export async function lockIssue(tx: Writer, key: string): Promise<LockedIssue | null> {
  const [row] = await tx.writeQuery<LockedIssue>('issue/lock-issue', { key });
  return row ?? null;
}

/** Creates an editor's issue; null when the dispute does not exist. */
export async function createIssue(
  tx: Writer,
  params: {
    id: string;
    slug: string;
    dispute: string;
    name: string;
    proposition: string;
    description: string | null;
    cues: string[];
    actor: string;
    at: string;
  },
): Promise<string | null> {
  const [row] = await tx.writeQuery<{ key: string }>('issue/create-issue', { ...params });
  return row?.key ?? null;
}

export async function updateIssue(
  tx: Writer,
  params: Omit<LockedIssue, 'version'> & { version: number; actor: string; at: string },
): Promise<void> {
  await tx.writeQuery('issue/update-issue', { ...params });
}

/** The ids among `keys` that name an issue, in the caller's transaction. */
export async function findIssuesByKeysTx(tx: Writer, keys: readonly string[]): Promise<string[]> {
  return (await tx.writeQuery<{ key: string }>('issue/find-existing-issues', { keys })).map((row) => row.key);
}

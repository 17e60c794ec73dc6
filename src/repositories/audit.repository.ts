import { type Database, type Writer } from '../db';

export interface AuditEntryRecord {
  id: string;
  at: string;
  actor: string;
  actorName: string;
  role: string;
  via: string;
  operation: string;
  reason: string;
  changedIds: string[];
  /** JSON text: { before, after }. */
  diff: string;
  /** For a revertChange: the id of the entry it undid; otherwise null. */
  reverts: string | null;
}

/** Writes an audit entry inside the caller's transaction (see src/write/). */
export async function createAuditEntry(tx: Writer, entry: AuditEntryRecord): Promise<AuditEntryRecord> {
  const [row] = await tx.writeQuery<AuditEntryRecord>('audit/create-audit-entry', { entry });
  if (row === undefined) throw new Error('audit/create-audit-entry returned no row');
  return row;
}

export function findHistory(db: Database, key: string, limit: number): Promise<AuditEntryRecord[]> {
  return db.readQuery<AuditEntryRecord>('audit/find-history', { key, limit });
}

export interface AuditFilter {
  actor: string | null;
  operation: string | null;
  since: string | null;
}

export function findAuditPage(
  db: Database,
  filter: AuditFilter,
  page: { after: { at: string; id: string } | null; limit: number },
): Promise<AuditEntryRecord[]> {
  return db.readQuery<AuditEntryRecord>('audit/find-audit-page', {
    ...filter,
    afterAt: page.after?.at ?? null,
    afterId: page.after?.id ?? null,
    limit: page.limit,
  });
}

/** One audit entry, read inside a write transaction (revertChange). */
export async function findAuditEntry(tx: Writer, id: string): Promise<AuditEntryRecord | null> {
  const [row] = await tx.writeQuery<AuditEntryRecord>('audit/find-audit-entry', { id });
  return row ?? null;
}

export interface LaterAuditEntry {
  id: string;
  operation: string;
  at: string;
  reverts: string | null;
}

/** Entries after `id` that changed a node it changed (inside the reverting transaction). */
export function findLaterAuditEntries(tx: Writer, id: string): Promise<LaterAuditEntry[]> {
  return tx.writeQuery<LaterAuditEntry>('audit/find-later-audit-entries', { id });
}

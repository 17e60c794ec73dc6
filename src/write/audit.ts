/**
 * The audit entry every write adds in its own transaction: who (actor, role, how they signed in),
 * what (operation, changed node ids, a before/after diff) and why (the reason the editor gave).
 */
import { randomUUID } from 'node:crypto';
import { type Viewer } from '../auth/viewer';
import { type Writer } from '../db';
import { type AuditEntryRecord, createAuditEntry } from '../repositories/audit.repository';

/** One change as the write path describes it; the entry's id and time are fixed before the transaction. */
export interface Change {
  operation: string;
  reason: string;
  changedIds: string[];
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** For a revertChange: the entry it undoes. */
  reverts?: string;
}

/** What a mutation's transaction needs besides its statements: who writes, and when. */
export interface WriteStamp {
  viewer: Viewer;
  /** ISO 8601, the same for every node the write touches and for its audit entry. */
  at: string;
  auditId: string;
}

export function stamp(viewer: Viewer): WriteStamp {
  return { viewer, at: new Date().toISOString(), auditId: randomUUID() };
}

export function writeAudit(tx: Writer, stampOf: WriteStamp, change: Change): Promise<AuditEntryRecord> {
  return createAuditEntry(tx, {
    id: stampOf.auditId,
    at: stampOf.at,
    actor: stampOf.viewer.id,
    actorName: stampOf.viewer.name,
    role: stampOf.viewer.role,
    via: stampOf.viewer.via,
    operation: change.operation,
    reason: change.reason,
    changedIds: change.changedIds,
    diff: JSON.stringify({ before: change.before, after: change.after }),
    reverts: change.reverts ?? null,
  });
}

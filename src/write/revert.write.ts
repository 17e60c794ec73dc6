/**
 * revertChange: undoes one audited edit of a stakeholder by writing its `before` back as a new
 * version, audited as operation "revertChange". Refused (CONFLICT, naming them) when later entries
 * changed the same node: undo those first. Reverting a creation is not supported yet.
 */
import { type Viewer } from '../auth/viewer';
import { type Database } from '../db';
import { BadUserInputError, ConflictError, NotFoundError } from '../errors';
import {
  findAuditEntry,
  findLaterAuditEntries,
  type LaterAuditEntry,
} from '../repositories/audit.repository';
import { lockStakeholder, updateStakeholder } from '../repositories/stakeholder.repository';
import { stamp, writeAudit } from './audit';
import { editable, type WriteResult } from './stakeholder.write';

/** Operations whose entries revertChange can undo: edits that leave a before state to go back to. */
const REVERTIBLE = new Set(['updateStakeholder', 'addAlias', 'removeAlias', 'revertChange']);

/**
 * The later entries that block a revert: an entry undone by a later revertChange, and that revert,
 * cancel out, so undoing the newest change first and then the one before it works.
 */
export function blocking(later: LaterAuditEntry[]): LaterAuditEntry[] {
  const undone = new Set(later.map((entry) => entry.reverts).filter((id) => id !== null));
  const ids = new Set(later.map((entry) => entry.id));
  return later.filter(
    (entry) => !undone.has(entry.id) && !(entry.reverts !== null && ids.has(entry.reverts)),
  );
}

interface EditDiff {
  before: { name: string; aliases: string[]; description: string | null } | null;
}

export function revertChangeWrite(
  db: Database,
  viewer: Viewer,
  auditEntryId: string,
  reason: string,
): Promise<WriteResult> {
  const writeStamp = stamp(viewer);
  return db.writeTransaction('revertChange', async (tx) => {
    const entry = await findAuditEntry(tx, auditEntryId);
    if (entry === null) throw new NotFoundError('audit entry', auditEntryId);
    const { before } = JSON.parse(entry.diff) as EditDiff;
    const key = entry.changedIds[0];
    if (!REVERTIBLE.has(entry.operation) || before === null || key === undefined) {
      throw new BadUserInputError(
        `auditEntryId: a ${entry.operation} cannot be reverted yet; revertChange undoes ${[...REVERTIBLE].join(', ')}.`,
        'auditEntryId',
      );
    }
    const current = await lockStakeholder(tx, key);
    if (current === null) throw new NotFoundError('stakeholder', key);
    const later = blocking(await findLaterAuditEntries(tx, auditEntryId));
    if (later.length > 0) {
      throw new ConflictError(
        `Later changes touched ${current.name} after this one: ${later.map((row) => `${row.operation} ${row.id}`).join(', ')}. Revert those first (newest first).`,
        { laterEntryIds: later.map((row) => row.id), currentVersion: current.version },
      );
    }
    const next = {
      name: before.name,
      aliases: before.aliases,
      description: before.description,
      version: current.version + 1,
    };
    await updateStakeholder(tx, { key, ...next, actor: viewer.id, at: writeStamp.at });
    const audit = await writeAudit(tx, writeStamp, {
      operation: 'revertChange',
      reason,
      changedIds: [key],
      before: editable(current),
      after: editable(next),
      reverts: entry.id,
    });
    return { key, audit };
  });
}

/**
 * Admin-only writes: mergeStakeholders (one of two duplicates absorbs the other) and purge (legal
 * removal). Both are one audited transaction; purge is the only write that deletes anything.
 */
import { type Viewer } from '../auth/viewer';
import { type Database } from '../db';
import { BadUserInputError, ConflictError, NotFoundError } from '../errors';
import { findPurgeDependents, type PurgeLabel, purgeNode } from '../repositories/admin.repository';
import { type AuditEntryRecord } from '../repositories/audit.repository';
import { lockStakeholder, mergeStakeholderInto } from '../repositories/stakeholder.repository';
import { stamp, writeAudit } from './audit';
import { editable, normaliseAliases, type WriteResult } from './stakeholder.write';
import { checkVersion } from './version';

export function mergeStakeholdersWrite(
  db: Database,
  viewer: Viewer,
  input: { keep: string; merge: string; expectedVersion: number | null; reason: string },
): Promise<WriteResult & { moved: number }> {
  if (input.keep === input.merge) {
    throw new BadUserInputError('mergeId: a stakeholder cannot be merged into itself.', 'input.mergeId');
  }
  const writeStamp = stamp(viewer);
  return db.writeTransaction('mergeStakeholders', async (tx) => {
    const keep = await lockStakeholder(tx, input.keep);
    if (keep === null) throw new NotFoundError('stakeholder', input.keep, 'input.keepId');
    const merge = await lockStakeholder(tx, input.merge);
    if (merge === null) throw new NotFoundError('stakeholder', input.merge, 'input.mergeId');
    if (keep.label !== merge.label) {
      throw new BadUserInputError(
        `input.mergeId: ${merge.name} is a${merge.label === 'Person' ? ' Person' : 'n Organization'} and ${keep.name} is not; only duplicates of one kind merge.`,
        'input.mergeId',
      );
    }
    checkVersion('kept stakeholder', keep.version, input.expectedVersion);
    const aliases = normaliseAliases([...keep.aliases, merge.name, ...merge.aliases], keep.name);
    const version = keep.version + 1;
    const moved = await mergeStakeholderInto(tx, {
      keep: keep.key,
      merge: merge.key,
      aliases,
      version,
      actor: viewer.id,
      at: writeStamp.at,
    });
    const audit = await writeAudit(tx, writeStamp, {
      operation: 'mergeStakeholders',
      reason: input.reason,
      changedIds: [keep.key, merge.key],
      before: { kept: editable(keep), merged: editable(merge) },
      after: {
        kept: editable({ ...keep, aliases, version }),
        mergedInto: keep.key,
        relationshipsMoved: moved,
      },
    });
    return { key: keep.key, audit, moved };
  });
}

export function purgeWrite(
  db: Database,
  viewer: Viewer,
  input: { key: string; label: PurgeLabel; reason: string },
): Promise<{ audit: AuditEntryRecord; scrubbed: number }> {
  const writeStamp = stamp(viewer);
  return db.writeTransaction('purge', async (tx) => {
    const { found, dependents } = await findPurgeDependents(tx, input.key, input.label);
    if (!found) throw new NotFoundError(input.label.toLowerCase(), input.key, 'input.id');
    if (dependents.length > 0) {
      throw new ConflictError(
        `${input.label} ${input.key} still has ${dependents.length} dependent(s): ${dependents.slice(0, 10).join(', ')}${dependents.length > 10 ? ' …' : ''}. Purge, retract or merge those first.`,
        { dependents: dependents.slice(0, 100) },
      );
    }
    const scrubbed = await purgeNode(tx, input.key, input.label, writeStamp.auditId);
    // The purge's own entry records what was removed and why, never the removed content.
    const audit = await writeAudit(tx, writeStamp, {
      operation: 'purge',
      reason: input.reason,
      changedIds: [input.key],
      before: { label: input.label, id: input.key },
      after: null,
    });
    return { audit, scrubbed };
  });
}

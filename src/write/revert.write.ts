/**
 * revertChange: undoes one audited change, itself audited as "revertChange". Refused (CONFLICT,
 * naming them) when later entries changed the same objects or live facts rest on what it added:
 * undo those first. Nothing is deleted: an undone creation is withdrawn (positions) or retracted
 * (statements) and stays for the record; an undone edit writes its `before` back as a new version.
 */
import { type Viewer } from '../auth/viewer';
import { type Database, type Writer } from '../db';
import { BadUserInputError, ConflictError, NotFoundError } from '../errors';
import {
  type AuditEntryRecord,
  findAuditEntry,
  findLaterAuditEntries,
  type LaterAuditEntry,
} from '../repositories/audit.repository';
import { type LockedIssue, lockIssue, updateIssue } from '../repositories/issue.repository';
import { lockPosition, setPositionStatus } from '../repositories/position.repository';
import { lockStakeholder, updateStakeholder } from '../repositories/stakeholder.repository';
import {
  findStatementDependents,
  lockStatement,
  retractStatement,
  updateStatement,
} from '../repositories/statement.repository';
import { type Change, stamp, type WriteStamp, writeAudit } from './audit';
import { issueFields } from './issue.write';
import { editable, type WriteResult } from './stakeholder.write';
import { type Attribution } from './statement.write';

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

interface Diff {
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** One object a revert changed, typed so the API can return it. */
export interface Changed {
  type: 'Person' | 'Organization' | 'Position' | 'Statement' | 'Issue';
  key: string;
}

interface Undone extends Pick<Change, 'before' | 'after'> {
  changed: Changed[];
}

/**
 * How to undo one kind of entry. Each undo locks what it changes, then calls `nothingLater`
 * (which throws CONFLICT when later entries touched those objects), then writes.
 */
type Undo = (
  tx: Writer,
  writeStamp: WriteStamp,
  entry: AuditEntryRecord,
  diff: Diff,
  reason: string,
  nothingLater: (currentVersion: number) => Promise<void>,
) => Promise<Undone>;

const restoreStakeholder: Undo = async (tx, writeStamp, entry, diff, _reason, nothingLater) => {
  const key = entry.changedIds[0] ?? '';
  const before = diff.before as { name: string; aliases: string[]; description: string | null } | null;
  if (before === null) throw notRevertible(entry);
  const current = await lockStakeholder(tx, key);
  if (current === null) throw new NotFoundError('stakeholder', key);
  await nothingLater(current.version);
  const next = { ...before, version: current.version + 1 };
  await updateStakeholder(tx, { key, ...next, actor: writeStamp.viewer.id, at: writeStamp.at });
  return { changed: [{ type: current.label, key }], before: editable(current), after: editable(next) };
};

const withdrawPosition: Undo = async (tx, writeStamp, entry, _diff, reason, nothingLater) => {
  const key = entry.changedIds[0] ?? '';
  const position = await lockPosition(tx, key);
  if (position === null) throw new NotFoundError('position', key);
  await nothingLater(position.version);
  await setPositionStatus(tx, {
    key,
    retractedAt: writeStamp.at,
    retractedBy: writeStamp.viewer.id,
    retractReason: reason,
    supersededBy: null,
    version: position.version + 1,
    at: writeStamp.at,
  });
  return {
    changed: [{ type: 'Position', key }],
    before: { status: 'live', version: position.version },
    after: { status: 'withdrawn', version: position.version + 1 },
  };
};

/** Undoes supersedePosition: the replacement is withdrawn and the replaced position is live again. */
const restoreSuperseded: Undo = async (tx, writeStamp, entry, diff, reason, nothingLater) => {
  const [replacement = '', replaced = ''] = entry.changedIds;
  const old = await lockPosition(tx, replaced);
  if (old === null) throw new NotFoundError('position', replaced);
  const withdrawn = await withdrawPosition(
    tx,
    writeStamp,
    { ...entry, changedIds: [replacement] },
    diff,
    reason,
    nothingLater,
  );
  await setPositionStatus(tx, {
    key: replaced,
    retractedAt: null,
    retractedBy: null,
    retractReason: null,
    supersededBy: null,
    version: old.version + 1,
    at: writeStamp.at,
  });
  return {
    changed: [...withdrawn.changed, { type: 'Position', key: replaced }],
    before: { ...withdrawn.before, supersededBy: replacement },
    after: { ...withdrawn.after, supersededBy: null },
  };
};

const retractAdded: Undo = async (tx, writeStamp, entry, _diff, reason, nothingLater) => {
  const key = entry.changedIds[0] ?? '';
  const statement = await lockStatement(tx, key);
  if (statement === null) throw new NotFoundError('statement', key);
  await nothingLater(statement.version);
  const dependents = await findStatementDependents(tx, key);
  if (dependents.length > 0) {
    throw new ConflictError(
      `Statement ${key} is evidence for ${dependents.map((row) => `${row.label} ${row.key}`).join(', ')}. Withdraw or supersede those first.`,
      { dependents: dependents.map((row) => `${row.label}:${row.key}`) },
    );
  }
  if (statement.retractedAt !== null) {
    throw new BadUserInputError(`auditEntryId: statement ${key} is already retracted.`, 'auditEntryId');
  }
  const version = statement.version + 1;
  await retractStatement(tx, { key, reason, version, actor: writeStamp.viewer.id, at: writeStamp.at });
  return {
    changed: [{ type: 'Statement', key }],
    before: { status: 'live', version: statement.version },
    after: { status: 'retracted', version },
  };
};

const restoreIssue: Undo = async (tx, writeStamp, entry, diff, _reason, nothingLater) => {
  const key = entry.changedIds[0] ?? '';
  const before = diff.before as Omit<LockedIssue, 'key' | 'version'> | null;
  if (before === null) throw notRevertible(entry);
  const current = await lockIssue(tx, key);
  if (current === null) throw new NotFoundError('issue', key);
  await nothingLater(current.version);
  const next: LockedIssue = {
    key,
    name: before.name,
    proposition: before.proposition,
    description: before.description,
    cues: before.cues ?? current.cues,
    version: current.version + 1,
  };
  await updateIssue(tx, { ...next, actor: writeStamp.viewer.id, at: writeStamp.at });
  return { changed: [{ type: 'Issue', key }], before: issueFields(current), after: issueFields(next) };
};

const restoreStatement: Undo = async (tx, writeStamp, entry, diff, _reason, nothingLater) => {
  const key = entry.changedIds[0] ?? '';
  const before = diff.before as (Attribution & { version: number }) | null;
  if (before === null) throw notRevertible(entry);
  const statement = await lockStatement(tx, key);
  if (statement === null) throw new NotFoundError('statement', key);
  await nothingLater(statement.version);
  const version = statement.version + 1;
  await updateStatement(tx, {
    key,
    speaker: before.speakerKey,
    onBehalfOf: before.onBehalfOfKey,
    kind: before.kind,
    medium: before.medium,
    saidOn: before.saidOn,
    note: before.note,
    issues: before.issueKeys,
    mentions: before.mentionKeys,
    version,
    actor: writeStamp.viewer.id,
    at: writeStamp.at,
  });
  return {
    changed: [{ type: 'Statement', key }],
    before: { ...diff.after, version: statement.version },
    after: { ...before, version },
  };
};

/** What revertChange can undo, by the operation of the entry. */
const UNDO: Record<string, Undo> = {
  updateStakeholder: restoreStakeholder,
  addAlias: restoreStakeholder,
  removeAlias: restoreStakeholder,
  recordPosition: withdrawPosition,
  supersedePosition: restoreSuperseded,
  addStatement: retractAdded,
  updateIssue: restoreIssue,
  updateStatement: restoreStatement,
};

/** The operations revertChange undoes, for messages and the schema description. */
export const REVERTIBLE = [...Object.keys(UNDO), 'revertChange (of a stakeholder edit)'];

function notRevertible(entry: AuditEntryRecord): BadUserInputError {
  return new BadUserInputError(
    `auditEntryId: a ${entry.operation} cannot be reverted; revertChange undoes ${REVERTIBLE.join(', ')}.`,
    'auditEntryId',
  );
}

export function revertChangeWrite(
  db: Database,
  viewer: Viewer,
  auditEntryId: string,
  reason: string,
): Promise<WriteResult & { changed: Changed[] }> {
  const writeStamp = stamp(viewer);
  return db.writeTransaction('revertChange', async (tx) => {
    const entry = await findAuditEntry(tx, auditEntryId);
    if (entry === null) throw new NotFoundError('audit entry', auditEntryId);
    const diff = JSON.parse(entry.diff) as Diff;
    // A revert of a stakeholder edit left a `before` state to go back to; other reverts did not.
    const undo =
      entry.operation === 'revertChange'
        ? diff.before !== null && 'aliases' in diff.before
          ? restoreStakeholder
          : undefined
        : UNDO[entry.operation];
    if (undo === undefined) throw notRevertible(entry);
    const nothingLater = async (currentVersion: number) => {
      const later = blocking(await findLaterAuditEntries(tx, auditEntryId));
      if (later.length === 0) return;
      throw new ConflictError(
        `Later changes touched the same objects: ${later.map((row) => `${row.operation} ${row.id}`).join(', ')}. Revert those first (newest first).`,
        { laterEntryIds: later.map((row) => row.id), currentVersion },
      );
    };
    const { changed, before, after } = await undo(tx, writeStamp, entry, diff, reason, nothingLater);
    const audit = await writeAudit(tx, writeStamp, {
      operation: 'revertChange',
      reason,
      changedIds: changed.map((node) => node.key),
      before,
      after,
      reverts: entry.id,
    });
    return { key: changed[0]?.key ?? '', audit, changed };
  });
}

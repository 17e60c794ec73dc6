/**
 * addRole, endRole and addMembership: relationships between stakeholders, each with the statements
 * that state it. One audited transaction each; the audit entry links both ends.
 */
import { type Viewer } from '../auth/viewer';
import { type Database, type Writer } from '../db';
import { BadUserInputError, NotFoundError } from '../errors';
import {
  createMembership,
  createRole,
  endRole,
  lockMemberships,
  lockRoles,
} from '../repositories/role.repository';
import { lockStakeholder } from '../repositories/stakeholder.repository';
import { type AuditEntryRecord } from '../repositories/audit.repository';
import { stamp, writeAudit } from './audit';
import { requireEvidence } from './evidence';
import { checkVersion } from './version';

export interface RoleKey {
  person: string;
  organization: string;
  title: string;
}

/** Both ends exist and are of the right kind; a stakeholder is never its own member. */
async function requireEnds(
  tx: Writer,
  from: { key: string; field: string; label: 'Person' | null },
  to: { key: string; field: string },
): Promise<void> {
  if (from.key === to.key) {
    throw new BadUserInputError(`${to.field}: a stakeholder cannot belong to itself.`, to.field);
  }
  const [a, b] = [await lockStakeholder(tx, from.key), await lockStakeholder(tx, to.key)];
  if (a === null || (from.label !== null && a.label !== from.label)) {
    throw new NotFoundError(from.label?.toLowerCase() ?? 'stakeholder', from.key, from.field);
  }
  if (b === null || b.label !== 'Organization') throw new NotFoundError('organization', to.key, to.field);
}

export interface NewRole extends RoleKey {
  since: string | null;
  note: string | null;
  evidenceKeys: string[];
  reason: string;
  /** Who proposed it: an editor's mutation, or an accepted ingest suggestion. */
  origin?: 'editor' | 'suggestion';
}

export function addRoleWrite(
  db: Database,
  viewer: Viewer,
  input: NewRole,
): Promise<{ audit: AuditEntryRecord }> {
  return db.writeTransaction('addRole', (tx) => addRoleInTx(tx, viewer, input));
}

/** addRoleWrite's work inside the caller's transaction (acceptSuggestion), with its own audit entry. */
export async function addRoleInTx(
  tx: Writer,
  viewer: Viewer,
  input: NewRole,
): Promise<{ audit: AuditEntryRecord }> {
  const writeStamp = stamp(viewer);
  const title = input.title.trim();
  await requireEnds(
    tx,
    { key: input.person, field: 'input.personId', label: 'Person' },
    { key: input.organization, field: 'input.organizationId' },
  );
  const open = (await lockRoles(tx, { ...input, title })).filter((role) => role.until === null);
  if (open.length > 0) {
    throw new BadUserInputError(
      `input.title: the person already holds "${title}" there (open since ${open[0]?.since ?? 'an unknown date'}); end it first with endRole.`,
      'input.title',
    );
  }
  const evidence = await requireEvidence(tx, input.evidenceKeys, 'input.evidenceIds');
  await createRole(tx, {
    person: input.person,
    organization: input.organization,
    title,
    since: input.since,
    note: input.note,
    evidence,
    origin: input.origin ?? 'editor',
    actor: viewer.id,
    at: writeStamp.at,
  });
  const audit = await writeAudit(tx, writeStamp, {
    operation: 'addRole',
    reason: input.reason,
    changedIds: [input.person, input.organization],
    before: null,
    after: { title, since: input.since, note: input.note, evidence, version: 1 },
  });
  return { audit };
}

export function endRoleWrite(
  db: Database,
  viewer: Viewer,
  input: RoleKey & { until: string; evidenceKeys: string[]; expectedVersion: number | null; reason: string },
): Promise<{ audit: AuditEntryRecord }> {
  const writeStamp = stamp(viewer);
  return db.writeTransaction('endRole', async (tx) => {
    const [role] = (await lockRoles(tx, input)).filter((row) => row.until === null);
    if (role === undefined) {
      throw new NotFoundError(
        'open role',
        `${input.person} as "${input.title}" at ${input.organization}`,
        'input.title',
      );
    }
    checkVersion('role', role.version, input.expectedVersion);
    if (role.since !== null && input.until < role.since) {
      throw new BadUserInputError(
        `input.until: ${input.until} is before the role began (${role.since}).`,
        'input.until',
      );
    }
    const evidence = await requireEvidence(tx, input.evidenceKeys, 'input.evidenceIds');
    await endRole(tx, { ...input, evidence, version: role.version + 1, actor: viewer.id, at: writeStamp.at });
    const audit = await writeAudit(tx, writeStamp, {
      operation: 'endRole',
      reason: input.reason,
      changedIds: [input.person, input.organization],
      before: { title: input.title, until: null, version: role.version },
      after: { title: input.title, until: input.until, addedEvidence: evidence, version: role.version + 1 },
    });
    return { audit };
  });
}

export function addMembershipWrite(
  db: Database,
  viewer: Viewer,
  input: {
    member: string;
    organization: string;
    relation: string;
    inferred: boolean;
    note: string | null;
    evidenceKeys: string[];
    reason: string;
  },
): Promise<{ audit: AuditEntryRecord }> {
  if (input.inferred && (input.note === null || input.note.trim() === '')) {
    throw new BadUserInputError('input.note: an inferred membership needs a note saying how.', 'input.note');
  }
  const writeStamp = stamp(viewer);
  return db.writeTransaction('addMembership', async (tx) => {
    await requireEnds(
      tx,
      { key: input.member, field: 'input.memberId', label: null },
      { key: input.organization, field: 'input.organizationId' },
    );
    if ((await lockMemberships(tx, input)).length > 0) {
      throw new BadUserInputError(
        'input.organizationId: the membership is already recorded.',
        'input.organizationId',
      );
    }
    const evidence = await requireEvidence(tx, input.evidenceKeys, 'input.evidenceIds');
    await createMembership(tx, { ...input, evidence, actor: viewer.id, at: writeStamp.at });
    const audit = await writeAudit(tx, writeStamp, {
      operation: 'addMembership',
      reason: input.reason,
      changedIds: [input.member, input.organization],
      before: null,
      after: { relation: input.relation, inferred: input.inferred, note: input.note, evidence, version: 1 },
    });
    return { audit };
  });
}

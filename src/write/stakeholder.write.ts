/**
 * The write path for people and organizations: each function is one transaction that validates,
 * writes, and records its audit entry, or writes nothing at all.
 */
import { type Viewer } from '../auth/viewer';
import { type Database, type Writer } from '../db';
import { BadUserInputError, NotFoundError } from '../errors';
import { type AuditEntryRecord } from '../repositories/audit.repository';
import {
  createStakeholder,
  type LockedStakeholder,
  lockStakeholder,
  updateStakeholder,
} from '../repositories/stakeholder.repository';
import { stamp, writeAudit } from './audit';
import { slugify, slugSuffix } from './slug';
import { checkVersion } from './version';

export interface WriteResult {
  key: string;
  audit: AuditEntryRecord;
}

export interface NewStakeholder {
  label: 'Person' | 'Organization';
  name: string;
  aliases: string[];
  kind: string | null;
  description: string | null;
  reason: string;
  /** Default "editor"; "suggestion" when an accepted ingestion proposal creates it. */
  origin?: 'editor' | 'suggestion';
}

/** createPerson / createOrganization. */
export function createStakeholderWrite(
  db: Database,
  viewer: Viewer,
  input: NewStakeholder,
): Promise<WriteResult> {
  const operation = input.label === 'Person' ? 'createPerson' : 'createOrganization';
  return db.writeTransaction(operation, (tx) => createStakeholderInTx(tx, viewer, input));
}

/** createStakeholderWrite's work inside the caller's transaction, with its own audit entry. */
export async function createStakeholderInTx(
  tx: Writer,
  viewer: Viewer,
  input: NewStakeholder,
): Promise<WriteResult> {
  const aliases = normaliseAliases(input.aliases, input.name);
  const writeStamp = stamp(viewer);
  const slug = slugify(input.name, input.label.toLowerCase());
  const suffix = slugSuffix();
  const operation = input.label === 'Person' ? 'createPerson' : 'createOrganization';
  const key = await createStakeholder(tx, {
    label: input.label,
    slug,
    suffix,
    name: input.name.trim(),
    aliases,
    kind: input.kind,
    description: input.description,
    origin: input.origin ?? 'editor',
    actor: viewer.id,
    at: writeStamp.at,
  });
  const after = {
    name: input.name.trim(),
    aliases,
    kind: input.kind,
    description: input.description,
    version: 1,
  };
  const audit = await writeAudit(tx, writeStamp, {
    operation,
    reason: input.reason,
    changedIds: [key],
    before: null,
    after,
  });
  return { key, audit };
}

/** The editable fields of a stakeholder, as the diff shows them. */
export function editable(node: Pick<LockedStakeholder, 'name' | 'aliases' | 'description' | 'version'>) {
  return { name: node.name, aliases: node.aliases, description: node.description, version: node.version };
}

export type StakeholderEdit =
  | { kind: 'update'; name?: string; description?: string | null; expectedVersion: number }
  | { kind: 'addAlias'; alias: string; expectedVersion?: number }
  | { kind: 'removeAlias'; alias: string; expectedVersion?: number };

/**
 * updateStakeholder, addAlias, removeAlias: lock the node, check the expected version, write the
 * next version and the audit entry. Any failure (unknown id, version moved on, alias problem)
 * throws inside the transaction, which rolls it back.
 */
export function editStakeholderWrite(
  db: Database,
  viewer: Viewer,
  key: string,
  edit: StakeholderEdit,
  reason: string,
): Promise<WriteResult> {
  const writeStamp = stamp(viewer);
  const operation = edit.kind === 'update' ? 'updateStakeholder' : edit.kind;
  return db.writeTransaction(operation, async (tx) => {
    const current = await lockStakeholder(tx, key);
    if (current === null) throw new NotFoundError('stakeholder', key);
    checkVersion('stakeholder', current.version, edit.expectedVersion);
    const next = applyEdit(current, edit);
    await updateStakeholder(tx, { key, ...next, actor: viewer.id, at: writeStamp.at });
    const audit = await writeAudit(tx, writeStamp, {
      operation,
      reason,
      changedIds: [key],
      before: editable(current),
      after: editable(next),
    });
    return { key, audit };
  });
}

/** The stakeholder after `edit`; throws BAD_USER_INPUT when the edit makes no sense for it. */
export function applyEdit(
  current: LockedStakeholder,
  edit: StakeholderEdit,
): { name: string; aliases: string[]; description: string | null; version: number } {
  const version = current.version + 1;
  const base = { name: current.name, aliases: current.aliases, description: current.description, version };
  if (edit.kind === 'update') {
    if (edit.name === undefined && edit.description === undefined) {
      throw new BadUserInputError('Nothing to change: give a name, a description or both.', 'input');
    }
    return {
      ...base,
      name: edit.name?.trim() ?? current.name,
      description: edit.description === undefined ? current.description : edit.description,
    };
  }
  const alias = edit.alias.trim();
  const has = current.aliases.some((existing) => existing.toLowerCase() === alias.toLowerCase());
  if (edit.kind === 'addAlias') {
    if (has || alias.toLowerCase() === current.name.toLowerCase()) {
      throw new BadUserInputError(`"${alias}" is already a name or alias of ${current.name}.`, 'alias');
    }
    return { ...base, aliases: [...current.aliases, alias] };
  }
  if (!has) {
    throw new BadUserInputError(
      `"${alias}" is not an alias of ${current.name}; its aliases are: ${current.aliases.join(', ') || 'none'}.`,
      'alias',
    );
  }
  return {
    ...base,
    aliases: current.aliases.filter((existing) => existing.toLowerCase() !== alias.toLowerCase()),
  };
}

/** Trimmed, without duplicates (case-insensitive) or repeats of the name itself. */
export function normaliseAliases(aliases: readonly string[], name: string): string[] {
  const seen = new Set([name.trim().toLowerCase()]);
  const result: string[] = [];
  for (const alias of aliases.map((value) => value.trim())) {
    if (alias === '' || seen.has(alias.toLowerCase())) continue;
    seen.add(alias.toLowerCase());
    result.push(alias);
  }
  return result;
}

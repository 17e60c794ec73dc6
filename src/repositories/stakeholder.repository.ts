import { type Database, type Selection, type Writer } from '../db';
import { type PageRequest, type SpokespersonRecord, type StakeholderRecord } from './records';

export interface NameCursor {
  name: string;
  key: string;
}

/**
 * An organization by id, projected for the client's selection, with its spokespeople projected
 * for theirs when selected (null: not selected); null when there is no such organization.
 */
export async function findOrganization(
  db: Database,
  key: string,
  selection: { organization: Selection; spokespeople: Selection | null },
): Promise<StakeholderRecord | null> {
  const [row] = await db.readProjected<{
    organization: StakeholderRecord;
    spokespeople: SpokespersonRecord[];
  }>(
    'stakeholder/find-organization',
    { key, withSpokespeople: selection.spokespeople !== null },
    { o: selection.organization, spokesperson: selection.spokespeople ?? new Map() },
  );
  if (row === undefined) return null;
  return selection.spokespeople === null
    ? row.organization
    : { ...row.organization, spokespeople: row.spokespeople };
}

export function findStakeholdersByIds(db: Database, keys: readonly string[]): Promise<StakeholderRecord[]> {
  return db.readQuery<StakeholderRecord>('stakeholder/find-stakeholders-by-ids', { keys });
}

export function findPeoplePage(
  db: Database,
  dispute: string | null,
  page: PageRequest<NameCursor>,
): Promise<StakeholderRecord[]> {
  return db.readQuery<StakeholderRecord>('stakeholder/find-people-page', {
    dispute,
    // '' sorts before every name and id: the first page.
    afterName: page.after?.name ?? '',
    afterId: page.after?.key ?? '',
    limit: page.limit,
  });
}

export function findOrganizationsPage(
  db: Database,
  kind: string | null,
  dispute: string | null,
  page: PageRequest<NameCursor>,
): Promise<StakeholderRecord[]> {
  if (kind !== null) {
    return db.readQuery<StakeholderRecord>('stakeholder/find-organizations-page-by-kind', {
      kind,
      dispute,
      afterName: page.after?.name ?? null,
      afterId: page.after?.key ?? null,
      limit: page.limit,
    });
  }
  return db.readQuery<StakeholderRecord>('stakeholder/find-organizations-page', {
    dispute,
    afterName: page.after?.name ?? '',
    afterId: page.after?.key ?? '',
    limit: page.limit,
  });
}

/** What an update reads (under the node's write lock) before it writes. */
export interface LockedStakeholder {
  key: string;
  label: 'Person' | 'Organization';
  name: string;
  aliases: string[];
  kind: string | null;
  description: string | null;
  version: number;
}

export async function createStakeholder(
  tx: Writer,
  params: {
    label: 'Person' | 'Organization';
    slug: string;
    suffix: string;
    name: string;
    aliases: string[];
    kind: string | null;
    description: string | null;
    /** "editor", or "suggestion" for an accepted ingestion proposal (Recorded.source). */
    origin: string;
    actor: string;
    at: string;
  },
): Promise<string> {
  const [row] = await tx.writeQuery<{ key: string }>('stakeholder/create-stakeholder', {
    ...params,
    aliasesText: params.aliases.join(' | '),
  });
  if (row === undefined) throw new Error('stakeholder/create-stakeholder returned no row');
  return row.key;
}

/** Locks and reads one stakeholder in the caller's transaction; null when there is none. */
export async function lockStakeholder(tx: Writer, key: string): Promise<LockedStakeholder | null> {
  const [row] = await tx.writeQuery<LockedStakeholder>('stakeholder/lock-stakeholder', { key });
  return row ?? null;
}

export async function updateStakeholder(
  tx: Writer,
  params: {
    key: string;
    name: string;
    aliases: string[];
    description: string | null;
    version: number;
    actor: string;
    at: string;
  },
): Promise<void> {
  await tx.writeQuery('stakeholder/update-stakeholder', {
    ...params,
    aliasesText: params.aliases.join(' | '),
  });
}

/** For merged stakeholder ids, the live stakeholder each was merged into. */
export function findMergeTargets(
  db: Database,
  keys: readonly string[],
): Promise<{ key: string; targetKey: string }[]> {
  return db.readQuery('stakeholder/find-merge-targets', { keys });
}

export async function mergeStakeholderInto(
  tx: Writer,
  params: { keep: string; merge: string; aliases: string[]; version: number; actor: string; at: string },
): Promise<number> {
  const [row] = await tx.writeQuery<{ moved: number }>('stakeholder/merge-stakeholder-into', {
    ...params,
    aliasesText: params.aliases.join(' | '),
  });
  return row?.moved ?? 0;
}

import { type Database, type Writer } from '../db';

export interface LabelCount {
  label: string;
  count: number;
}
export interface TypeCount {
  type: string;
  count: number;
}

export async function countNodesByLabel(db: Database): Promise<LabelCount[]> {
  return db.readQuery<LabelCount>('admin/count-nodes-by-label');
}

export async function countRelationshipsByType(db: Database): Promise<TypeCount[]> {
  return db.readQuery<TypeCount>('admin/count-relationships-by-type');
}

/** The hash of the seed last loaded in full, or null when no load has completed. */
export async function getSeedMarker(
  db: Database,
  origin: string,
): Promise<{ hash: string; loadedAt: string } | null> {
  const [row] = await db.readQuery<{ hash: string; loadedAt: string }>('admin/get-seed-marker', { origin });
  return row ?? null;
}

/** Waits until every index is online (full-text indexes fill asynchronously after writes). */
export async function awaitIndexes(db: Database, timeoutSeconds = 120): Promise<void> {
  await db.writeQuery('admin/await-indexes', { timeoutSeconds });
}

export type PurgeLabel = 'Statement' | 'Article' | 'Person' | 'Organization' | 'Position';

/** Whether the node exists, and what depends on it, in the caller's transaction. */
export async function findPurgeDependents(
  tx: Writer,
  key: string,
  label: PurgeLabel,
): Promise<{ found: boolean; dependents: string[] }> {
  const [row] = await tx.writeQuery<{ found: boolean; dependents: string[] }>('admin/find-purge-dependents', {
    key,
    label,
  });
  return row ?? { found: false, dependents: [] };
}

/** Deletes the node and scrubs the diffs of the audit entries that recorded it. */
export async function purgeNode(
  tx: Writer,
  key: string,
  label: PurgeLabel,
  purgeEntry: string,
): Promise<number> {
  const [row] = await tx.writeQuery<{ scrubbed: number }>('admin/purge-node', { key, label, purgeEntry });
  return row?.scrubbed ?? 0;
}

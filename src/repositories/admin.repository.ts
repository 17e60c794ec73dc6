import { type Database } from '../db';

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

export async function countSeededArticles(db: Database): Promise<number> {
  const [row] = await db.readQuery<{ count: number }>('admin/count-seeded-articles');
  return row?.count ?? 0;
}

/** Waits until every index is online (full-text indexes fill asynchronously after writes). */
export async function awaitIndexes(db: Database, timeoutSeconds = 120): Promise<void> {
  await db.writeQuery('admin/await-indexes', { timeoutSeconds });
}

import { type Database, type Writer } from '../db';
import { type ArticleRecord, type PageRequest } from './records';
import { type SortCursor } from './statement.repository';

export function findArticlesByIds(db: Database, keys: readonly string[]): Promise<ArticleRecord[]> {
  return db.readQuery<ArticleRecord>('article/find-articles-by-ids', { keys });
}

/** Article texts by id: only when a client selects Article.text. */
export function findArticleTextsByIds(
  db: Database,
  keys: readonly string[],
): Promise<{ key: string; text: string }[]> {
  return db.readQuery<{ key: string; text: string }>('article/find-article-texts-by-ids', { keys });
}

export function findArticlesPage(
  db: Database,
  dispute: string | null,
  page: PageRequest<SortCursor>,
): Promise<(ArticleRecord & { sortKey: string })[]> {
  return db.readQuery('article/find-articles-page', {
    dispute,
    afterSort: page.after?.sort ?? null,
    afterId: page.after?.key ?? null,
    limit: page.limit,
  });
}

export interface NewArticleParams {
  slug: string;
  suffix: string;
  text: string;
  sha256: string;
  outlet: string;
  url: string | null;
  headline: string | null;
  publishedOn: string;
  publishedPrecision: string;
  publishedInferred: boolean;
  publishedNote: string | null;
  actor: string;
  at: string;
}

/** Creates an editor's article in the caller's transaction; returns its id. */
export async function createArticle(tx: Writer, params: NewArticleParams): Promise<string> {
  const [row] = await tx.writeQuery<{ key: string }>('article/create-article', { ...params });
  if (row === undefined) throw new Error('article/create-article returned no row');
  return row.key;
}

export interface LockedArticle {
  key: string;
  text: string;
  publishedOn: string | null;
  headline: string | null;
  url: string | null;
  publishedPrecision: string | null;
  publishedInferred: boolean;
  publishedNote: string | null;
  version: number;
}

/** Locks and reads one article in the caller's transaction; null when there is none. */
export async function lockArticle(tx: Writer, key: string): Promise<LockedArticle | null> {
  const [row] = await tx.writeQuery<LockedArticle>('article/lock-article', { key });
  return row ?? null;
}

export async function updateArticleMetadata(
  tx: Writer,
  params: {
    key: string;
    headline: string | null;
    url: string | null;
    publishedOn: string;
    publishedPrecision: string;
    publishedInferred: boolean;
    publishedNote: string | null;
    version: number;
    actor: string;
    at: string;
  },
): Promise<void> {
  await tx.writeQuery('article/update-article-metadata', { ...params });
}

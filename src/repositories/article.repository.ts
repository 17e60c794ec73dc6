import { type Database } from '../db';
import { type ArticleRecord, type PageRequest } from './records';
import { type SortCursor } from './statement.repository';

export function findArticlesByIds(db: Database, keys: readonly string[]): Promise<ArticleRecord[]> {
  return db.readQuery<ArticleRecord>('article/find-articles-by-ids', { keys });
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

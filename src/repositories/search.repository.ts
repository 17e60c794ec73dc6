import { type Database } from '../db';
import { type SearchRecord } from './records';

/**
 * `query` must already be Lucene-escaped (see src/resolvers/search.resolver.ts); `text` is what
 * the user typed, trimmed: a stakeholder whose name or alias is exactly that comes first.
 */
export function searchFullText(
  db: Database,
  query: string,
  text: string,
  dispute: string | null,
  limit: number,
): Promise<SearchRecord[]> {
  // Each index is read before the dispute filter; read more so that the filter leaves enough.
  const perIndex = dispute === null ? limit : limit * 10;
  return db.readQuery<SearchRecord>('search/search-full-text', {
    query,
    exact: text.toLowerCase(),
    dispute,
    limit,
    perIndex,
  });
}

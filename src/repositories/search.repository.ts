import { type Database } from '../db';
import { type SearchRecord } from './records';

/** `query` must already be Lucene-escaped (see src/resolvers/search.resolver.ts). */
export function searchFullText(
  db: Database,
  query: string,
  dispute: string | null,
  limit: number,
): Promise<SearchRecord[]> {
  // Each index is read before the dispute filter; read more so that the filter leaves enough.
  const perIndex = dispute === null ? limit : limit * 10;
  return db.readQuery<SearchRecord>('search/search-full-text', { query, dispute, limit, perIndex });
}

import { type Database } from '../db';
import { type SearchRecord } from './records';

/** `query` must already be Lucene-escaped (see src/resolvers/search.resolver.ts). */
export function searchFullText(db: Database, query: string, limit: number): Promise<SearchRecord[]> {
  return db.readQuery<SearchRecord>('search/search-full-text', { query, limit });
}

/**
 * createLoaders(db): one DataLoader per batchable lookup, built per request (see context.ts).
 */
import { type Database } from '../db';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Loaders {}

export function createLoaders(_db: Database): Loaders {
  return {};
}

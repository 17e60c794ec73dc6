/**
 * The per-request context. Loaders are built anew for every request so that one user's cached
 * rows never reach another and nothing goes stale between requests.
 */
import { type Database } from './db';
import { createLoaders, type Loaders } from './loaders';

export interface Context {
  db: Database;
  loaders: Loaders;
}

export function createContext(db: Database): Context {
  return { db, loaders: createLoaders(db) };
}

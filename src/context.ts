/**
 * The per-request context. Loaders are built anew for every request so that one user's cached
 * rows never reach another and nothing goes stale between requests.
 */
import { type Database } from './db';
import { type Limits } from './limits/limits.config';
import { RequestBudget } from './limits/request-budget';
import { createLoaders, type Loaders } from './loaders';

export interface Context {
  /** The database, with its query timeouts shortened to this request's deadline. */
  db: Database;
  loaders: Loaders;
  /** This request's response-size and time budget (src/limits/request-budget.ts). */
  budget: RequestBudget;
}

export function createContext(
  db: Database,
  limits: Pick<Limits, 'responseMaxBytes' | 'executionTimeoutMs'>,
): Context {
  const budget = new RequestBudget(limits);
  const requestDb = db.withDeadline(budget.deadline, limits.executionTimeoutMs);
  return { db: requestDb, loaders: createLoaders(requestDb), budget };
}

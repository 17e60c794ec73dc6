/**
 * The per-request context. Loaders are built anew for every request so that one user's cached
 * rows never reach another and nothing goes stale between requests.
 */
import { type AuthState } from './auth/viewer';
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
  /** Who is asking (null: nobody), or why the credentials sent were refused. */
  auth: AuthState;
}

export function createContext(
  db: Database,
  limits: Pick<Limits, 'responseMaxBytes' | 'executionTimeoutMs'>,
  auth: AuthState = { viewer: null, failure: null },
): Context {
  const budget = new RequestBudget(limits);
  const requestDb = db.withDeadline(budget.deadline, limits.executionTimeoutMs);
  return { db: requestDb, loaders: createLoaders(requestDb), budget, auth };
}

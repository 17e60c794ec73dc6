/**
 * Maps neo4j-driver errors to the service's error classes, once, for every query.
 */
import { Neo4jError, error as driverErrors } from 'neo4j-driver';
import {
  ConflictError,
  ClientError,
  DatabaseBusyError,
  DatabaseQueryError,
  DatabaseTimeoutError,
  DatabaseUnavailableError,
} from '../errors';

/** Wrong credentials: not retryable, and fatal at start-up. */
export class DatabaseAuthError extends Error {
  override name = 'DatabaseAuthError';
}

const unavailableCodes = new Set<string>([
  driverErrors.SERVICE_UNAVAILABLE,
  driverErrors.SESSION_EXPIRED,
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

/** True when the database could not be reached at all (as opposed to a query failing). */
export function isUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  if (!(error instanceof Neo4jError)) {
    // Socket errors surface as plain Errors before a Bolt connection exists.
    const code = (error as { code?: unknown } | null)?.code;
    return (
      typeof code === 'string' && ['ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ENOTFOUND'].includes(code)
    );
  }
  return unavailableCodes.has(error.code);
}

/**
 * Every pooled connection stayed busy for the whole acquisition timeout. The driver raises it as a
 * Neo4jError without a code ('N/A'), recognisable only by its message; Neo4j's own "too many
 * transactions" answers mean the same to a client.
 */
export function isPoolExhausted(error: unknown): boolean {
  if (!(error instanceof Neo4jError)) return false;
  return (
    error.message.startsWith('Connection acquisition timed out') ||
    error.code === 'Neo.TransientError.Request.ResourceExhaustion' ||
    error.code === 'Neo.TransientError.General.MemoryPoolOutOfMemoryError'
  );
}

/**
 * A transient Neo4j failure (deadlock, lock timeout, memory pool, a leader switch …) that the
 * managed transaction already retried for maxTransactionRetryTime. What the client should do is
 * the same as for a full pool: retry shortly, so it is DATABASE_BUSY, not an internal error.
 * Unavailability (also transient) is told apart before this is asked.
 */
export function isTransient(error: unknown): boolean {
  return (
    error instanceof Neo4jError &&
    (error.code.startsWith('Neo.TransientError.') || Neo4jError.isRetryable(error))
  );
}

/** Converts any error thrown by the driver into one of our error classes. */
export function mapDriverError(error: unknown, queryName: string): Error {
  // Already ours (a cancelled or timed-out request, fail-fast): keep it as it is.
  if (error instanceof ClientError) return error;
  if (isUnavailable(error)) return new DatabaseUnavailableError();
  if (isPoolExhausted(error)) return new DatabaseBusyError();
  if (error instanceof Neo4jError) {
    if (
      error.code === 'Neo.ClientError.Security.Unauthorized' ||
      error.code.startsWith('Neo.ClientError.Security.Authentication')
    ) {
      return new DatabaseAuthError('Neo4j rejected the credentials: check NEO4J_USER and NEO4J_PASSWORD');
    }
    if (
      error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') ||
      error.code.includes('TransactionTimedOut')
    ) {
      return new DatabaseTimeoutError();
    }
    // A uniqueness constraint refused a write: two writers created the same id at once, and the
    // loser's whole transaction was rolled back.
    if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      return new ConflictError(
        'Another change created an object with the same id at the same time; nothing of yours was written. Read the current state and try again.',
      );
    }
    if (isTransient(error)) return new DatabaseBusyError();
    return new DatabaseQueryError(queryName, error.code, error.message);
  }
  return error instanceof Error ? error : new Error(String(error));
}

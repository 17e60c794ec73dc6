/**
 * Maps neo4j-driver errors to the service's error classes, once, for every query.
 */
import { Neo4jError, error as driverErrors } from 'neo4j-driver';
import { DatabaseQueryError, DatabaseTimeoutError, DatabaseUnavailableError } from '../errors';

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

/** Converts any error thrown by the driver into one of our error classes. */
export function mapDriverError(error: unknown, queryName: string): Error {
  if (isUnavailable(error)) return new DatabaseUnavailableError();
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
    return new DatabaseQueryError(queryName, error.code, error.message);
  }
  return error instanceof Error ? error : new Error(String(error));
}

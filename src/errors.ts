/**
 * Client-facing errors. Each has a stable `extensions.code` clients can branch on and a message
 * that says how to fix the request. Anything else is masked as INTERNAL_SERVER_ERROR by
 * `formatError` and logged with the original.
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ApolloServerErrorCode } from '@apollo/server/errors';

export const ErrorCode = {
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  CONFLICT: 'CONFLICT',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  DATABASE_TIMEOUT: 'DATABASE_TIMEOUT',
  DATABASE_BUSY: 'DATABASE_BUSY',
  REQUEST_TIMEOUT: 'REQUEST_TIMEOUT',
  REQUEST_CANCELLED: 'REQUEST_CANCELLED',
  RATE_LIMITED: 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Base for errors whose message is safe to show a client. */
export class ClientError extends GraphQLError {
  constructor(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export class NotFoundError extends ClientError {
  constructor(what: string, key: string) {
    super(
      `No ${what} with id or slug "${key}". Use the list queries or search to find valid ones.`,
      'NOT_FOUND',
      {
        what,
        key,
      },
    );
  }
}

export class BadUserInputError extends ClientError {
  constructor(message: string, argument?: string) {
    super(message, 'BAD_USER_INPUT', argument === undefined ? {} : { argument });
  }
}

/** Neo4j did not answer (down, unreachable, or the cluster has no reader/writer right now). */
export class DatabaseUnavailableError extends ClientError {
  constructor() {
    super('The database is unavailable right now. Retry in a few seconds.', 'DATABASE_UNAVAILABLE');
  }
}

export class DatabaseTimeoutError extends ClientError {
  constructor() {
    super(
      'The database did not answer in time. Narrow the query (smaller first, fewer hops) and retry.',
      'DATABASE_TIMEOUT',
    );
  }
}

/**
 * Every connection to Neo4j is in use and none freed up within the acquisition timeout. The
 * message says nothing about the pool or the query: that stays in the server's log.
 */
export class DatabaseBusyError extends ClientError {
  constructor() {
    super('The database is busy right now. Retry in a few seconds.', 'DATABASE_BUSY');
  }
}

/** The request ran past REQUEST_TIMEOUT_MS; what was still running has been cancelled. */
export class RequestTimeoutError extends ClientError {
  constructor(timeoutMs: number) {
    super(
      `The request did not complete within ${timeoutMs} ms and was cancelled. Ask for less (smaller first, fewer fields) and retry.`,
      'REQUEST_TIMEOUT',
      { timeoutMs },
    );
  }
}

/** The client went away; the work left for its request is not started. Nobody reads this answer. */
export class RequestCancelledError extends ClientError {
  constructor() {
    super('The client closed the request.', 'REQUEST_CANCELLED');
  }
}

/**
 * A database failure the client cannot fix (a Cypher error, a constraint we did not expect).
 * Its message stays on the server: it may contain Cypher or data.
 */
export class DatabaseQueryError extends Error {
  override name = 'DatabaseQueryError';
  constructor(
    readonly queryName: string,
    readonly neo4jCode: string,
    message: string,
  ) {
    super(`${queryName}: ${neo4jCode}: ${message}`);
  }
}

/** Apollo's own input-validation codes, which are safe to pass through as they are. */
const passThroughCodes = new Set<string>([
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.BAD_USER_INPUT,
  ApolloServerErrorCode.BAD_REQUEST,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
]);

export interface ErrorLogger {
  error(message: string, error: unknown): void;
}

/** graphql-js wraps what a resolver throws; the class we branch on is the innermost error. */
function unwrap(error: unknown): unknown {
  let current = error;
  while (
    current instanceof GraphQLError &&
    current.originalError !== undefined &&
    current.originalError !== current
  ) {
    current = current.originalError;
  }
  return current;
}

/**
 * Builds Apollo's formatError: client errors pass through without stack traces; everything else
 * becomes INTERNAL_SERVER_ERROR with a generic message, and the original is logged.
 * In development the original message is kept to speed up debugging.
 */
export function createFormatError(options: { development: boolean; logger: ErrorLogger }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrap(error);
    const code = formatted.extensions?.code;
    const { stacktrace: _dropped, ...extensions } = formatted.extensions ?? {};
    if (original instanceof GraphQLError && original.extensions?.code === 'BAD_USER_INPUT') {
      // A scalar rejecting a literal (e.g. a malformed Date) surfaces as a validation error;
      // clients branch on the more precise code the scalar gave.
      return { ...formatted, extensions: { ...extensions, code: ErrorCode.BAD_USER_INPUT } };
    }
    if (original instanceof ClientError || (typeof code === 'string' && passThroughCodes.has(code))) {
      return { ...formatted, extensions };
    }
    options.logger.error('internal error', original);
    return {
      message: options.development && original instanceof Error ? original.message : 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

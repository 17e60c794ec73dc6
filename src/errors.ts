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
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  DATABASE_TIMEOUT: 'DATABASE_TIMEOUT',
  BAD_REQUEST: 'BAD_REQUEST',
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  TOO_MANY_ALIASES: 'TOO_MANY_ALIASES',
  TOO_MANY_DIRECTIVES: 'TOO_MANY_DIRECTIVES',
  TOO_MANY_TOKENS: 'TOO_MANY_TOKENS',
  RESPONSE_TOO_LARGE: 'RESPONSE_TOO_LARGE',
  EXECUTION_TIMEOUT: 'EXECUTION_TIMEOUT',
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
  /** `argument`, when given, names the input field that held the unknown id (e.g. "input.outlet"). */
  constructor(what: string, key: string, argument?: string) {
    super(
      `No ${what} with id or slug "${key}"${argument === undefined ? '' : ` (${argument})`}. Use the list queries or search to find valid ones.`,
      'NOT_FOUND',
      argument === undefined ? { what, key } : { what, key, argument },
    );
  }
}

export class BadUserInputError extends ClientError {
  constructor(message: string, argument?: string) {
    super(message, 'BAD_USER_INPUT', argument === undefined ? {} : { argument });
  }
}

/** No credentials where some are needed, or credentials that do not check out: HTTP 401. */
export class UnauthenticatedError extends ClientError {
  constructor(message: string) {
    super(message, 'UNAUTHENTICATED', { http: { status: 401 } });
  }
}

/** Valid credentials whose role is below what the operation needs: HTTP 403. */
export class ForbiddenError extends ClientError {
  constructor(needed: string, has: string) {
    super(
      `This needs the ${needed} role; your credentials have ${has}. Ask an admin for a token with that role.`,
      'FORBIDDEN',
      { needed, has, http: { status: 403 } },
    );
  }
}

/**
 * The object changed since the client read it (optimistic concurrency): nothing was written.
 * `currentVersion` lets the client re-read and retry.
 */
export class ConflictError extends ClientError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, 'CONFLICT', extensions);
  }
}

/** A request the server does not run at all, e.g. a mutation or subscription: HTTP 400. */
export class BadRequestError extends ClientError {
  constructor(message: string) {
    super(message, 'BAD_REQUEST', { http: { status: 400 } });
  }
}

export type LimitCode =
  'QUERY_TOO_DEEP' | 'QUERY_TOO_COMPLEX' | 'TOO_MANY_ALIASES' | 'TOO_MANY_DIRECTIVES' | 'TOO_MANY_TOKENS';

/**
 * An operation over one of the configured limits, rejected before it runs (HTTP 400). The
 * message and extensions give the measured value and the limit.
 */
export class OperationLimitError extends ClientError {
  constructor(code: LimitCode, message: string, measured: number, limit: number) {
    super(message, code, { measured, limit, http: { status: 400 } });
  }
}

/** The answer outgrew RESPONSE_MAX_BYTES while it was being built; execution stopped. */
export class ResponseTooLargeError extends ClientError {
  constructor(limit: number) {
    super(
      `The response grew past ${limit} bytes and was stopped. Ask for fewer or smaller lists (a smaller first, fewer nested lists).`,
      'RESPONSE_TOO_LARGE',
      { limit },
    );
  }
}

/** The operation ran past EXECUTION_TIMEOUT_MS; execution stopped. */
export class ExecutionTimeoutError extends ClientError {
  constructor(limitMs: number) {
    super(
      `The operation ran longer than ${limitMs} ms and was stopped. Ask for less in one request.`,
      'EXECUTION_TIMEOUT',
      { limit: limitMs },
    );
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
      'The database did not answer in time. Retry; if it keeps failing, ask for fewer or smaller lists (a smaller first).',
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

/**
 * type-graphql's class-validator failures say only "Argument Validation Error"; the constraint
 * messages ("first must not be greater than 100") tell the client what to fix.
 */
function describeValidationErrors(validationErrors: unknown): string | undefined {
  if (!Array.isArray(validationErrors)) return undefined;
  const messages = validationErrors.flatMap((entry) =>
    Object.values((entry as { constraints?: Record<string, string> }).constraints ?? {}),
  );
  return messages.length === 0 ? undefined : `Invalid argument: ${messages.join('; ')}.`;
}

function isClientHttpStatus(http: unknown): boolean {
  const status = (http as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
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
export function createFormatError(options: {
  development: boolean;
  logger: ErrorLogger;
  /** Drop graphql-js's "Did you mean …?" hints (production). */
  hideSuggestions?: boolean;
}) {
  const format = formatError(options);
  if (options.hideSuggestions !== true) return format;
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const result = format(formatted, error);
    return { ...result, message: result.message.replace(SUGGESTION, '').trim() };
  };
}

/** graphql-js's suggestion, as graphql-armor's block-field-suggestions matches it. */
const SUGGESTION = / ?Did you mean .+\?$/;

function formatError(options: { development: boolean; logger: ErrorLogger }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrap(error);
    const code = formatted.extensions?.code;
    const { stacktrace: _dropped, ...extensions } = formatted.extensions ?? {};
    if (original instanceof GraphQLError && original.extensions?.code === 'BAD_USER_INPUT') {
      // A scalar rejecting a literal (e.g. a malformed Date) surfaces as a validation error;
      // clients branch on the more precise code the scalar gave.
      return {
        ...formatted,
        message: describeValidationErrors(original.extensions.validationErrors) ?? formatted.message,
        extensions: { ...extensions, code: ErrorCode.BAD_USER_INPUT },
      };
    }
    if (original instanceof ClientError) {
      // Apollo wraps validation-rule errors as GRAPHQL_VALIDATION_FAILED; ours carry a finer code.
      return { ...formatted, extensions: { ...extensions, code: original.extensions.code } };
    }
    if (typeof code === 'string' && passThroughCodes.has(code)) {
      return { ...formatted, extensions };
    }
    if (original instanceof GraphQLError && isClientHttpStatus(original.extensions.http)) {
      // Apollo's own request checks (a persisted-query hash that does not match its query, an
      // unknown persisted-query version) carry a 4xx status but no code: the client's mistake,
      // not ours, so neither INTERNAL_SERVER_ERROR nor a logged stack trace.
      return { message: formatted.message, extensions: { code: ErrorCode.BAD_REQUEST } };
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

/**
 * The HTTP layer's guards, in the order server.ts mounts them: a request id and one log line per
 * request (pino-http), security headers (helmet), CORS (cors), a per-client rate and concurrency
 * limit (express-rate-limit plus a small in-flight counter), and an overall deadline whose
 * AbortSignal reaches the database layer, so a request that timed out or whose client left
 * starts no further query.
 */
import { type ApolloServerPlugin } from '@apollo/server';
import cors from 'cors';
import { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import { randomUUID } from 'node:crypto';
import { type IncomingMessage, type ServerResponse } from 'node:http';
import { pinoHttp } from 'pino-http';
import { RequestCancelledError, RequestTimeoutError } from './errors';
import { type Logger } from './logger';

export interface HttpGuardOptions {
  /** Overall deadline of one request (default 20 s). */
  requestTimeoutMs?: number;
  /** Requests per client IP per minute; 0 or unset = no limit. */
  rateLimitPerMinute?: number;
  /** Requests one client IP may have in flight; 0 or unset = no limit. */
  clientMaxConcurrency?: number;
  /** Origins allowed to call from a browser; empty or unset = same origin only. */
  corsOrigins?: string[];
}

/** What the GraphQL layer tells the request log about a request. */
interface GraphQLOutcome {
  operationName?: string | null;
  errorCodes: string[];
}

interface Locals {
  abort?: AbortController;
  graphql?: GraphQLOutcome;
  /** Set when the HTTP layer itself answered with an error (429, 503 timeout, 413 …). */
  errorCode?: string;
}

const locals = (res: ServerResponse): Locals => (res as Response).locals as Locals;

/** `{ errors: [{ message, extensions: { code } }] }`, GraphQL's shape for errors outside GraphQL. */
export function sendHttpError(res: Response, status: number, message: string, code: string): void {
  locals(res).errorCode = code;
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** A client's id is kept when it looks like one (what a proxy or a tracing library sends). */
const ACCEPTABLE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * One JSON line per request, when its response is finished: id, method, url, status, duration,
 * GraphQL operation name and error code. Each request gets `x-request-id` (the client's, if sane).
 * /health and /ready log at debug: an orchestrator asks every second.
 */
export function requestLogger(logger: Logger): RequestHandler {
  return pinoHttp({
    logger,
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const incoming = req.headers['x-request-id'];
      const id =
        typeof incoming === 'string' && ACCEPTABLE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
      res.setHeader('x-request-id', id);
      return id;
    },
    customLogLevel: (req, res, error) => {
      if (req.url === '/health' || req.url === '/ready') return 'debug';
      if (error !== undefined || (res.statusCode >= 500 && locals(res).errorCode === undefined))
        return 'error';
      return res.statusCode >= 400 ? 'warn' : 'info';
    },
    // For a 5xx pino-http makes up an Error ("failed with status code 503") with a stack that
    // says nothing; the real failure, if any, is logged where it happened (formatError, the
    // Express error handler). The request line keeps status and error code only.
    customErrorObject: (_req, _res, _error, value: Record<string, unknown>) => {
      const { err: _synthetic, ...rest } = value;
      return rest;
    },
    customSuccessMessage: () => 'request completed',
    customErrorMessage: () => 'request failed',
    customProps: (_req, res) => {
      const { graphql, errorCode } = locals(res);
      const props: Record<string, unknown> = {};
      if (graphql?.operationName) props.operation = graphql.operationName;
      const code = errorCode ?? graphql?.errorCodes[0];
      if (code !== undefined) props.errorCode = code;
      return props;
    },
    serializers: {
      req: (req: { id: unknown; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        url: req.url,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  }) as RequestHandler;
}

/**
 * helmet's defaults on every response. The playground page sets its own, stricter
 * Content-Security-Policy afterwards (src/playground), which replaces helmet's for that page.
 */
export function securityHeaders(): RequestHandler {
  return helmet();
}

/** No CORS headers at all unless the origin is listed: browsers then keep other sites out. */
export function corsPolicy(origins: string[] = []): RequestHandler {
  const allowed = new Set(origins);
  return cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['content-type', 'apollo-require-preflight', 'x-apollo-operation-name', 'x-request-id'],
    exposedHeaders: ['x-request-id', 'retry-after'],
    maxAge: 600,
  });
}

/**
 * Per client IP: at most `rateLimitPerMinute` requests a minute (express-rate-limit, a fixed
 * window) and `clientMaxConcurrency` in flight. Either answers 429 RATE_LIMITED with Retry-After.
 */
export function clientLimits(options: HttpGuardOptions): RequestHandler[] {
  const guards: RequestHandler[] = [];
  const perMinute = options.rateLimitPerMinute ?? 0;
  if (perMinute > 0) {
    guards.push(
      rateLimit({
        windowMs: 60_000,
        limit: perMinute,
        standardHeaders: 'draft-7',
        legacyHeaders: false,
        handler: (req, res) => {
          const reset = (req as Request & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
          const seconds = Math.max(
            1,
            Math.ceil(((reset?.getTime() ?? Date.now() + 60_000) - Date.now()) / 1000),
          );
          res.setHeader('retry-after', String(seconds));
          sendHttpError(
            res,
            429,
            `Too many requests: at most ${perMinute} a minute per client. Retry after ${seconds} s.`,
            'RATE_LIMITED',
          );
        },
      }),
    );
  }
  const concurrency = options.clientMaxConcurrency ?? 0;
  if (concurrency > 0) {
    // Hand-written because express-rate-limit counts requests, not requests in flight; it is a
    // counter per IP, released when the response closes (finished or abandoned).
    const inFlight = new Map<string, number>();
    guards.push((req: Request, res: Response, next: NextFunction) => {
      const key = req.ip ?? 'unknown';
      const current = inFlight.get(key) ?? 0;
      if (current >= concurrency) {
        res.setHeader('retry-after', '1');
        sendHttpError(
          res,
          429,
          `Too many requests in flight: at most ${concurrency} at once per client. Retry after 1 s.`,
          'RATE_LIMITED',
        );
        return;
      }
      inFlight.set(key, current + 1);
      res.once('close', () => {
        const left = (inFlight.get(key) ?? 1) - 1;
        if (left <= 0) inFlight.delete(key);
        else inFlight.set(key, left);
      });
      next();
    });
  }
  return guards;
}

/**
 * The request's deadline and cancellation: an AbortController per request, aborted with
 * REQUEST_TIMEOUT when `timeoutMs` passes (the client then gets 503 at once) or with
 * REQUEST_CANCELLED when the client disconnects. Its signal goes to the database layer.
 */
export function deadline(timeoutMs: number): RequestHandler {
  return (_req: Request, res: Response, next: NextFunction) => {
    const controller = new AbortController();
    locals(res).abort = controller;
    const timer = setTimeout(() => {
      controller.abort(new RequestTimeoutError(timeoutMs));
      if (!res.headersSent) {
        res.setHeader('retry-after', '5');
        sendHttpError(
          res,
          503,
          `The request did not complete within ${timeoutMs} ms and was cancelled. Ask for less and retry.`,
          'REQUEST_TIMEOUT',
        );
      }
    }, timeoutMs);
    res.once('close', () => {
      clearTimeout(timer);
      if (!res.writableFinished) controller.abort(new RequestCancelledError());
    });
    next();
  };
}

/** The signal the deadline attached to this response (a never-aborted one if none was). */
export function requestSignal(res: Response): AbortSignal {
  return locals(res).abort?.signal ?? new AbortController().signal;
}

/*
 * The HTTP response travels on the GraphQL context under a symbol: Apollo copies the context
 * object per operation (so a WeakMap keyed by it would miss), and a copy keeps symbol keys.
 */
const RESPONSE = Symbol('http response');

/** Links a GraphQL context to its HTTP response, for the log plugin below. */
export function linkContext<T extends object>(context: T, res: Response): T {
  Object.defineProperty(context, RESPONSE, { value: res, enumerable: true });
  return context;
}

/** Hands the operation name and error codes of each GraphQL response to the request log line. */
export function requestLogPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ contextValue, operationName, response }) {
          const res = (contextValue as { [RESPONSE]?: Response })[RESPONSE];
          if (res !== undefined) {
            const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
            locals(res).graphql = {
              operationName,
              errorCodes: errors.map((error) => {
                const code = error.extensions?.code;
                return typeof code === 'string' ? code : 'UNKNOWN';
              }),
            };
          }
          return Promise.resolve();
        },
      });
    },
  };
}

/**
 * createServer(deps): the Express app with Apollo Server mounted, not listening, so tests can
 * run it on a random port with their own database.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import http from 'node:http';
import { authPlugin } from './auth/auth-plugin';
import { type AuthConfig } from './auth/auth-config';
import { createJwtVerifier } from './auth/jwt';
import { authenticate } from './auth/viewer';
import { type Context, createContext } from './context';
import { type Database } from './db';
import { createFormatError } from './errors';
import { defaultLimits, type Limits } from './limits/limits.config';
import { operationLimitRules, operationLimitsPlugin, tokenLimit } from './limits/operation-limits';
import { requestBudgetPlugin } from './limits/request-budget';
import { wellFormedInputPlugin } from './limits/well-formed-input';
import {
  clientLimits,
  corsPolicy,
  deadline,
  type HttpGuardOptions,
  linkContext,
  requestLogger,
  requestLogPlugin,
  requestSignal,
  securityHeaders,
} from './http-guards';
import { type Logger } from './logger';
import { mountPlayground } from './playground/playground';
import { buildAppSchema } from './schema/build-schema';
import { mountWebApp } from './web/web-app';

export interface ServerDeps {
  db: Database;
  environment: 'development' | 'production' | 'test';
  logger: Logger;
  /** Operation limits and request budget; defaults as documented in the README. */
  limits?: Limits;
  /** Deadline, limits, CORS; unset limits are off (main.ts passes the configured defaults). */
  http?: HttpGuardOptions & { trustProxy?: number };
  /** Who may read and write; by default reading is open and only API tokens are accepted. */
  auth?: AuthConfig;
  /** Folder of the built web app (web/dist by default); false serves no web app. */
  webDist?: string | false;
}

export interface AppServer {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
}

export async function createServer(deps: ServerDeps): Promise<AppServer> {
  const { db, logger } = deps;
  const limits = deps.limits ?? defaultLimits;
  const production = deps.environment === 'production';
  const guards = deps.http ?? {};
  const auth = deps.auth ?? { readRequiresAuth: false };
  const verifyJwt = auth.jwt === undefined ? undefined : createJwtVerifier(auth.jwt);
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', guards.trustProxy ?? 0);
  app.use(requestLogger(logger), securityHeaders(), corsPolicy(guards.corsOrigins));
  // The playground needs introspection; both go only when production turns introspection off.
  if (!production || limits.introspection) mountPlayground(app);
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    schema: await buildAppSchema(),
    formatError: createFormatError({
      development: deps.environment === 'development',
      // "Did you mean …?" hands out the schema field by field when introspection is off.
      hideSuggestions: production,
      logger: { error: (message, error) => logger.error({ err: error }, message) },
    }),
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown: it must also close the driver and stop the local Neo4j, in order.
    stopOnTerminationSignals: false,
    introspection: !production || limits.introspection,
    validationRules: operationLimitRules(limits),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      authPlugin({ readRequiresAuth: auth.readRequiresAuth }),
      operationLimitsPlugin(limits),
      wellFormedInputPlugin(),
      requestBudgetPlugin(),
      requestLogPlugin(),
    ],
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  // The health state is kept true within ~2 s by its background probe; /ready awaits a fresh
  // probe (shared by concurrent callers) when the last one is older than 250 ms.
  db.health.start();
  app.get('/ready', async (_req, res) => {
    const health = await db.health.probeIfOlderThan(250);
    if (health.status === 'up') res.json({ status: 'ready', neo4j: health.neo4j });
    else
      res.status(503).json({
        status: health.status === 'restarting' ? 'restarting' : 'unavailable',
        reason: health.reason,
      });
  });

  app.use(
    '/graphql',
    ...clientLimits(guards),
    deadline(guards.requestTimeoutMs ?? 20_000),
    express.json({ limit: '100kb' }),
    tokenLimit(limits),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestDb = db.withSignal(requestSignal(res));
        // Resolved before the operation is known; the auth plugin refuses it if this failed.
        const state = await authenticate(requestDb, req.headers.authorization, { verifyJwt });
        return linkContext(createContext(requestDb, limits, state), res);
      },
    }),
  );

  // After /graphql, so its browser GET (the playground) and API calls are never shadowed.
  const web = deps.webDist === false ? false : mountWebApp(app, deps.webDist);
  if (!web && deps.webDist !== false) {
    logger.info('web app not built (npm run web:build): serving the API and the playground only');
  }

  app.use((_req: express.Request, res: express.Response) => {
    res
      .status(404)
      .json(httpError('Not found: the API is at /graphql, the playground at /graphiql.', 'NOT_FOUND'));
  });

  // Errors raised before GraphQL runs (a body too large, JSON that does not parse) would get
  // Express's default HTML page, stack trace included; answer in GraphQL's shape instead.
  app.use((error: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    // The deadline already answered REQUEST_TIMEOUT; Apollo's late answer has nowhere to go.
    if (res.headersSent) return;
    const status = (error as { status?: unknown }).status;
    if (status === 413) {
      res.status(413).json(httpError('The request body is larger than 100 kB.', 'PAYLOAD_TOO_LARGE'));
    } else if (typeof status === 'number' && status >= 400 && status < 500) {
      res.status(status).json(httpError('The request body is not valid JSON.', 'BAD_REQUEST'));
    } else {
      logger.error({ err: error }, 'request failed before GraphQL');
      res.status(500).json(httpError('Internal server error', 'INTERNAL_SERVER_ERROR'));
    }
  });

  return { app, httpServer, apollo };
}

function httpError(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

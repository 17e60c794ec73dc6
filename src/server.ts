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
import { type Context, createContext } from './context';
import { type Database } from './db';
import { createFormatError } from './errors';
import { defaultLimits, type Limits } from './limits/limits.config';
import { operationLimitRules, operationLimitsPlugin, tokenLimit } from './limits/operation-limits';
import { requestBudgetPlugin } from './limits/request-budget';
import { type Logger } from './logger';
import { mountPlayground } from './playground/playground';
import { buildAppSchema } from './schema/build-schema';

export interface ServerDeps {
  db: Database;
  environment: 'development' | 'production' | 'test';
  logger: Logger;
  /** Operation limits and request budget; defaults as documented in the README. */
  limits?: Limits;
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
  const app = express();
  app.disable('x-powered-by');
  // The playground needs introspection; both go only when production turns introspection off.
  if (!production || limits.introspection) mountPlayground(app);
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    schema: await buildAppSchema(),
    formatError: createFormatError({
      development: deps.environment === 'development',
      // "Did you mean …?" hands out the schema field by field when introspection is off.
      hideSuggestions: production,
      logger,
    }),
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown: it must also close the driver and stop the local Neo4j, in order.
    stopOnTerminationSignals: false,
    introspection: !production || limits.introspection,
    validationRules: operationLimitRules(limits),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      operationLimitsPlugin(limits),
      requestBudgetPlugin(),
    ],
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/ready', async (_req, res) => {
    try {
      const info = await db.serverInfo();
      res.json({ status: 'ready', neo4j: info.agent });
    } catch (error) {
      const reason = error instanceof Error ? error.message : 'unknown';
      res.status(503).json({ status: 'unavailable', reason });
    }
  });

  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    tokenLimit(limits),
    expressMiddleware(apollo, { context: () => Promise.resolve(createContext(db, limits)) }),
  );

  app.use((_req: express.Request, res: express.Response) => {
    res
      .status(404)
      .json(httpError('Not found: the API is at /graphql, the playground at /graphiql.', 'NOT_FOUND'));
  });

  // Errors raised before GraphQL runs (a body too large, JSON that does not parse) would get
  // Express's default HTML page, stack trace included; answer in GraphQL's shape instead.
  app.use((error: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const status = (error as { status?: unknown }).status;
    if (status === 413) {
      res.status(413).json(httpError('The request body is larger than 100 kB.', 'PAYLOAD_TOO_LARGE'));
    } else if (typeof status === 'number' && status >= 400 && status < 500) {
      res.status(status).json(httpError('The request body is not valid JSON.', 'BAD_REQUEST'));
    } else {
      logger.error('request failed before GraphQL', error);
      res.status(500).json(httpError('Internal server error', 'INTERNAL_SERVER_ERROR'));
    }
  });

  return { app, httpServer, apollo };
}

function httpError(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

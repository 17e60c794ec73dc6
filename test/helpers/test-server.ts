/**
 * Starts the real server (createServer) on a random port against a given database, and sends
 * GraphQL over HTTP the way a client does.
 */
import { type AddressInfo } from 'node:net';
import { Database } from '../../src/db';
import { defaultLimits, type Limits } from '../../src/limits/limits.config';
import { createLogger } from '../../src/logger';
import { createServer, type ServerDeps } from '../../src/server';
import { testDatabaseOptions } from './global-setup';
import { testNeo4jUri } from './test-env';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface TestServer {
  url: string;
  db: Database;
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    /** Extra request headers, e.g. `{ authorization: 'Bearer …' }`. */
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  /** POSTs `body` as JSON (e.g. to /graphql with extra headers). */
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

export async function startTestServer(
  options: {
    uri?: string;
    environment?: 'production' | 'development' | 'test';
    limits?: Partial<Limits>;
    /** Deadline, limits, CORS; by default no limits (tests send many requests from one IP). */
    http?: ServerDeps['http'];
    /** Database options, e.g. a one-connection pool. */
    database?: Partial<Parameters<typeof Database.create>[0]>;
    logger?: ServerDeps['logger'];
    /** READ_REQUIRES_AUTH and JWT settings; by default reading is open, API tokens only. */
    auth?: ServerDeps['auth'];
  } = {},
): Promise<TestServer> {
  const db = await Database.create({
    ...testDatabaseOptions(options.uri ?? testNeo4jUri()),
    ...options.database,
  });
  const { httpServer, apollo } = await createServer({
    db,
    environment: options.environment ?? 'test',
    logger: options.logger ?? createLogger({ level: 'silent' }),
    limits: { ...defaultLimits, ...options.limits },
    http: options.http,
    auth: options.auth,
  });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  return {
    url,
    db,
    async graphql<T>(
      query: string,
      variables?: Record<string, unknown>,
      headers: Record<string, string> = {},
    ) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          ...headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<T>;
    },
    get: (path, headers = {}) => fetch(`${url}${path}`, { headers }),
    post: (path, body, headers = {}) =>
      fetch(`${url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      }),
    async close() {
      await apollo.stop();
      await db.close();
    },
  };
}

/**
 * Starts the real server (createServer) on a random port against a given database, and sends
 * GraphQL over HTTP the way a client does.
 */
import { type AddressInfo } from 'node:net';
import { Database } from '../../src/db';
import { defaultLimits, type Limits } from '../../src/limits/limits.config';
import { createLogger, type Logger } from '../../src/logger';
import { createServer } from '../../src/server';
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
  ): Promise<GraphQLResponse<T>>;
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

export async function startTestServer(
  options: {
    uri?: string;
    environment?: 'production' | 'development' | 'test';
    limits?: Partial<Limits>;
    /** Defaults to a silent logger; pass one to see what the server logs. */
    logger?: Logger;
  } = {},
): Promise<TestServer> {
  const db = await Database.create(testDatabaseOptions(options.uri ?? testNeo4jUri()));
  const { httpServer, apollo } = await createServer({
    db,
    environment: options.environment ?? 'test',
    logger: options.logger ?? createLogger({ silent: true }),
    limits: { ...defaultLimits, ...options.limits },
  });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  return {
    url,
    db,
    async graphql<T>(query: string, variables?: Record<string, unknown>) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<T>;
    },
    get: (path, headers = {}) => fetch(`${url}${path}`, { headers }),
    async close() {
      await apollo.stop();
      await db.close();
    },
  };
}

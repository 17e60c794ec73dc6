/**
 * Opens the database the configuration asks for: an external Neo4j at NEO4J_URI, or the local
 * one from tools/neo4j-local (reusing one started by `npm run db:start`, else starting our own).
 */
import { type Config } from '../config';
import { Database } from './database';
import { DatabaseAuthError, isUnavailable } from './errors';
import { findRunningLocalNeo4j, type LocalNeo4j, startLocalNeo4j } from './local-neo4j';

export interface Connection {
  db: Database;
  /** Set when this process started the database and must stop it on exit. */
  local: LocalNeo4j | undefined;
  /** Where the database is, for the start-up banner. */
  description: string;
}

/** A database that cannot be reached at start-up, or refuses the credentials. */
export class StartupConnectionError extends Error {
  override name = 'StartupConnectionError';
}

/**
 * Waits until Neo4j answers, retrying with exponential backoff (250 ms doubling to 5 s) until
 * `timeoutMs` has passed. Wrong credentials fail at once: retrying cannot fix them.
 */
export async function waitUntilReachable(db: Database, uri: string, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let delay = 250;
  for (;;) {
    try {
      return (await db.serverInfo()).agent;
    } catch (error) {
      if (error instanceof DatabaseAuthError) throw new StartupConnectionError(`${error.message} (${uri})`);
      if (!isUnavailable(error) || Date.now() + delay > deadline) {
        const reason = isUnavailable(error)
          ? `no answer within ${Math.round(timeoutMs / 1000)} s`
          : String(error);
        throw new StartupConnectionError(`cannot reach Neo4j at ${uri}: ${reason}`);
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 5_000);
    }
  }
}

export async function connect(config: Config, log: (message: string) => void): Promise<Connection> {
  const { neo4j } = config;
  let uri = neo4j.uri;
  let local: LocalNeo4j | undefined;
  let description: string;
  if (uri !== undefined) {
    description = `Neo4j at ${uri}`;
  } else {
    const running = await findRunningLocalNeo4j(neo4j.localHome);
    if (running !== undefined) {
      uri = running.uri;
      description = `local Neo4j started by db:start (pid ${running.pid}) at ${uri}`;
    } else {
      log(`starting the local Neo4j (data in ${neo4j.localHome})…`);
      local = await startLocalNeo4j({ home: neo4j.localHome, port: neo4j.localPort, log });
      uri = local.uri;
      description = `local Neo4j ${local.version} (pid ${local.pid}) at ${uri}, data in ${neo4j.localHome}`;
    }
  }
  const db = await Database.create({ ...neo4j, uri });
  try {
    await waitUntilReachable(db, uri, neo4j.connectTimeoutMs);
  } catch (error) {
    await db.close();
    await local?.stop();
    throw error;
  }
  return { db, local, description };
}

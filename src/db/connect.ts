/**
 * Opens the database the configuration asks for: an external Neo4j at NEO4J_URI, or the local
 * one from tools/neo4j-local (reusing one started by `npm run db:start`, else starting our own).
 */
import { type Config } from '../config';
import { type Logger } from '../logger';
import { Database } from './database';
import { DatabaseAuthError, isUnavailable } from './errors';
import {
  findRunningLocalNeo4j,
  type LocalNeo4jError,
  superviseLocalNeo4j,
  type SupervisedNeo4j,
} from './local-neo4j';

export interface Connection {
  db: Database;
  /** Set when this process started (and supervises) the database and must stop it on exit. */
  local: SupervisedNeo4j | undefined;
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

export interface ConnectOptions {
  /**
   * The supervised local Neo4j is in a crash loop and will not be restarted again. Defaults to
   * logging only; the service exits non-zero so that its process manager sees the failure.
   */
  onGiveUp?: (error: LocalNeo4jError) => void;
}

/**
 * Opens the database of `config`. A local Neo4j started here is supervised (restarted when it
 * dies, see superviseLocalNeo4j) and feeds the database's health state; for NEO4J_URI and a
 * db:start instance the driver reconnects by itself and the health probe keeps /ready true.
 */
export async function connect(
  config: Config,
  logger: Logger,
  options: ConnectOptions = {},
): Promise<Connection> {
  const { neo4j } = config;
  const log = (message: string) => logger.info(message);
  let uri = neo4j.uri;
  let local: SupervisedNeo4j | undefined;
  // The supervisor starts before the driver exists; its callbacks reach the database through this.
  const holder: { db?: Database } = {};
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
      local = await superviseLocalNeo4j({
        home: neo4j.localHome,
        port: neo4j.localPort,
        logger,
        maxRestarts: neo4j.restartMax,
        backoffMs: neo4j.restartBackoffMs,
        onDown: (reason) => holder.db?.health.markDown(reason, 'restarting'),
        onUp: () => void holder.db?.health.probe(),
        onGiveUp: options.onGiveUp ?? (() => undefined),
      });
      uri = local.uri;
      description = `local Neo4j ${local.version} (pid ${local.pid}) at ${uri}, data in ${neo4j.localHome}`;
    }
  }
  const db = await Database.create({
    ...neo4j,
    uri,
    poolSize: neo4j.poolSize,
    acquisitionTimeoutMs: neo4j.acquisitionTimeoutMs,
    healthIntervalMs: neo4j.healthIntervalMs,
    logger,
  });
  holder.db = db;
  try {
    await waitUntilReachable(db, uri, neo4j.connectTimeoutMs);
  } catch (error) {
    await db.close();
    await local?.stop();
    throw error;
  }
  return { db, local, description };
}

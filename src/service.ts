/**
 * startService(config, logger): everything `npm start` runs, as a function — open (or start and
 * supervise) Neo4j, apply the schema, seed an empty graph, serve. main.ts adds the process's
 * signals and exit codes; tests start the same service in-process.
 */
import { type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { seedOnStart } from '../seed';
import { type Config, ConfigError } from './config';
import { connect, type Database, type LocalNeo4jError, type SupervisedNeo4j } from './db';
import { type Logger } from './logger';
import { awaitIndexes } from './repositories/admin.repository';
import { createServer } from './server';

export interface Service {
  db: Database;
  /** The local Neo4j this service supervises; undefined with NEO4J_URI or a db:start instance. */
  local: SupervisedNeo4j | undefined;
  port: number;
  url: string;
  /** Stops accepting requests, drains them, closes the driver, stops the local Neo4j. */
  stop(): Promise<void>;
}

export interface ServiceOptions {
  /** The supervised Neo4j gave up after NEO4J_RESTART_MAX restarts in a row. */
  onGiveUp?: (error: LocalNeo4jError) => void;
}

async function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new ConfigError(`port ${port} is already in use: set PORT to a free port`)
          : error,
      );
    });
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

export async function startService(
  config: Config,
  logger: Logger,
  options: ServiceOptions = {},
): Promise<Service> {
  const connection = await connect(config, logger, { onGiveUp: options.onGiveUp });
  const { db, local } = connection;
  logger.info(`connected to ${connection.description}`);
  try {
    await db.applySchema();
    const seeded = await seedOnStart(db, config.articlesDir, config.seedOnStart);
    if (seeded !== null)
      logger.info(`seeded the graph (${seeded}; article texts from ${config.articlesDir})`);
    await awaitIndexes(db);
  } catch (error) {
    await db.close();
    await local?.stop();
    throw error;
  }

  const { httpServer, apollo } = await createServer({
    db,
    environment: config.environment,
    logger,
    limits: config.limits,
    http: config.http,
    auth: config.auth,
  });
  let port: number;
  try {
    port = await listen(httpServer, config.port, config.host);
  } catch (error) {
    await apollo.stop();
    await db.close();
    await local?.stop();
    throw error;
  }
  const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}`;
  return {
    db,
    local,
    port,
    url,
    async stop() {
      await apollo.stop();
      await db.close();
      await local?.stop();
    },
  };
}

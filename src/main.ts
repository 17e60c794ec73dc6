/**
 * Process entry: read the configuration, open (or start) Neo4j, apply the schema, serve.
 * Start-up failures end the process with exit code 1 and one line saying what to do.
 */
// First: type-graphql's decorators need the Reflect metadata API before any schema class loads.
import 'reflect-metadata';
import { type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { ConfigError, readConfig } from './config';
import { connect, LocalNeo4jError, StartupConnectionError } from './db';
import { createLogger } from './logger';
import { seedOnStart } from '../seed';
import { SeedValidationError } from '../seed/read';
import { awaitIndexes } from './repositories/admin.repository';
import { createServer } from './server';

const log = (message: string) => process.stderr.write(`stakeholder-graph: ${message}\n`);

async function listen(server: Server, port: number, host: string | undefined): Promise<number> {
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

async function main(): Promise<void> {
  const config = readConfig();
  const connection = await connect(config, log);
  const { db, local } = connection;
  log(`connected to ${connection.description}`);
  await db.applySchema();
  const seeded = await seedOnStart(db, config.articlesDir, config.seedOnStart);
  if (seeded !== null) log(`seeded the graph (${seeded}; article texts from ${config.articlesDir})`);
  await awaitIndexes(db);

  const { httpServer, apollo } = await createServer({
    db,
    environment: config.environment,
    logger: createLogger(),
    limits: config.limits,
  });
  let port: number;
  try {
    port = await listen(httpServer, config.port, config.host);
  } catch (error) {
    await db.close();
    await local?.stop();
    throw error;
  }
  log(`GraphQL API ready at http://localhost:${port}/graphql`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: shutting down`);
    await apollo.stop();
    await db.close();
    await local?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

/** One line for the failures a user can fix; the stack only for what we did not foresee. */
function describeStartupError(error: unknown): string {
  if (error instanceof SeedValidationError) {
    return `the seed files have ${error.problems.length} problem(s), first: ${error.problems.slice(0, 3).join('; ')}`;
  }
  const known =
    error instanceof ConfigError ||
    error instanceof LocalNeo4jError ||
    error instanceof StartupConnectionError;
  if (known) return error.message;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

main().catch((error: unknown) => {
  log(`cannot start: ${describeStartupError(error)}`);
  process.exit(1);
});

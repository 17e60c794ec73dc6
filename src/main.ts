/**
 * Process entry: read the configuration, start the service (src/service.ts), stop it on SIGINT or
 * SIGTERM. Start-up failures end the process with exit code 1 and one log line saying what to do;
 * a crash loop of the supervised local Neo4j ends it with exit code 1 too, so that a process
 * manager sees it.
 */
// First: type-graphql's decorators need the Reflect metadata API before any schema class loads.
import 'reflect-metadata';
import { ConfigError, readConfig } from './config';
import { LocalNeo4jError, StartupConnectionError } from './db';
import { createLogger, createToolLogger } from './logger';
import { SeedValidationError } from '../seed/read';
import { startService } from './service';

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger({ level: config.logLevel, pretty: config.environment === 'development' });

  let stopping = false;
  const service = await startService(config, logger, {
    onGiveUp: (error) => {
      if (stopping) return;
      stopping = true;
      logger.fatal(`exiting: ${error.message}`);
      void service.stop().finally(() => process.exit(1));
    },
  });
  logger.info(`GraphQL API ready at ${service.url}/graphql`);

  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: shutting down`);
    await service.stop();
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
  createToolLogger('stakeholder-graph').fatal(`cannot start: ${describeStartupError(error)}`);
  process.exit(1);
});

/**
 * npm run db:start | db:stop | db:reset — manage the local Neo4j (tools/neo4j-local) by hand.
 * db:start leaves it running in the background; `npm start` then uses it instead of its own.
 */
import { readConfig } from '../src/config';
import { createToolLogger } from '../src/logger';
import { findRunningLocalNeo4j, resetLocalNeo4j, startLocalNeo4j, stopDetachedLocalNeo4j } from '../src/db';

const logger = createToolLogger('db');

async function run(command: string | undefined): Promise<string> {
  const { neo4j } = readConfig();
  const home = neo4j.localHome;
  switch (command) {
    case 'start': {
      const running = await findRunningLocalNeo4j(home);
      if (running !== undefined) return `already running at ${running.uri} (pid ${running.pid})`;
      const local = await startLocalNeo4j({
        home,
        port: neo4j.localPort,
        detached: true,
        log: (message) => logger.info(message),
      });
      return `Neo4j ${local.version} running at ${local.uri} (pid ${local.pid}), data in ${home}; stop it with npm run db:stop`;
    }
    case 'stop':
      return (await stopDetachedLocalNeo4j(home)) ? 'stopped' : 'not running';
    case 'reset':
      await resetLocalNeo4j(home);
      return `wiped ${home}/data; the next start creates an empty database (npm start seeds it)`;
    default:
      throw new Error('usage: tsx tools/db.ts start|stop|reset');
  }
}

run(process.argv[2]).then(
  (message) => logger.info(message),
  (error: unknown) => {
    logger.fatal(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);

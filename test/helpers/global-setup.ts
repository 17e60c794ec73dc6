/**
 * Starts the Neo4j the integration suite runs against (unless NEO4J_TEST_URI names one), applies
 * the schema once and prints the version, so every run shows what it was tested on.
 * The URI reaches the tests through process.env (the suite runs in band, in this process).
 */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Database, startLocalNeo4j, waitUntilReachable } from '../../src/db';
import { awaitIndexes } from '../../src/repositories/admin.repository';
import { getServerInfo } from '../../src/repositories/server.repository';
import { readConfig } from '../../src/config';
import { seedDatabase } from '../../seed';
import { loadFixtures } from './fixtures';
import { TEST_ENV } from './test-env';

export default async function globalSetup(): Promise<void> {
  let uri = process.env.NEO4J_TEST_URI;
  let origin = 'NEO4J_TEST_URI';
  if (uri === undefined || uri === '') {
    const home = await mkdtemp(path.join(os.tmpdir(), 'stakeholder-graph-test-'));
    const local = await startLocalNeo4j({ home });
    globalThis.__localNeo4j = local;
    uri = local.uri;
    origin = `started by the suite, data in ${home}`;
  }
  process.env[TEST_ENV.uri] = uri;

  // Loading the seed and the fixtures into a cold Neo4j is the slowest write of the run; on a busy
  // machine it can take longer than a request may, so setup gets its own, longer timeout.
  const db = await Database.create({ ...testDatabaseOptions(uri), queryTimeoutMs: 120_000 });
  try {
    await waitUntilReachable(db, uri, 60_000);
    await db.applySchema();
    await seedDatabase(db, readConfig().articlesDir);
    await loadFixtures(db);
    await awaitIndexes(db);
    const kernel = await getServerInfo(db);
    process.stdout.write(
      `\nIntegration tests run against Neo4j ${kernel.version} ${kernel.edition} at ${uri} (${origin})\n`,
    );
  } finally {
    await db.close();
  }
}

export function testDatabaseOptions(uri: string) {
  return {
    uri,
    user: process.env.NEO4J_TEST_USER ?? 'neo4j',
    password: process.env.NEO4J_TEST_PASSWORD ?? '',
    database: process.env.NEO4J_TEST_DATABASE ?? 'neo4j',
    queryTimeoutMs: 30_000,
  };
}

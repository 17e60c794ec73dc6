/**
 * The local Neo4j's life cycle under a running service: killed, restarted, stopped, reset.
 * Uses its own Neo4j (own port and data directory), not the suite's shared one.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {
  findFreePort,
  type LocalNeo4j,
  LocalNeo4jError,
  resetLocalNeo4j,
  startLocalNeo4j,
} from '../../src/db';
import { startTestServer, type TestServer } from '../helpers/test-server';

jest.setTimeout(240_000);

const quiet = () => undefined;
let home: string;
let port: number;
let neo4j: LocalNeo4j | undefined;
let server: TestServer | undefined;

/**
 * The health check notices a Neo4j that is back within about a second, and until then the service
 * fails fast with DATABASE_UNAVAILABLE; /ready is what a client waits on, so the tests do too.
 */
async function waitUntilReady(ms: number): Promise<void> {
  const startedAt = Date.now();
  while ((await server!.get('/ready')).status !== 200 && Date.now() - startedAt < ms) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const marker = async (db: TestServer['db']) =>
  (await db.runText("MATCH (m:LifecycleMarker {id: 'marker'}) RETURN count(m) AS n"))[0]?.n;

beforeAll(async () => {
  home = await mkdtemp(path.join(os.tmpdir(), 'stakeholder-graph-lifecycle-'));
  port = await findFreePort();
  neo4j = await startLocalNeo4j({ home, port, log: quiet });
  server = await startTestServer({ uri: neo4j.uri, environment: 'production' });
});

afterAll(async () => {
  await server?.close();
  await neo4j?.stop();
  await rm(home, { recursive: true, force: true });
});

describe('a running service whose Neo4j dies and comes back', () => {
  it('serves queries and keeps a written node', async () => {
    await server!.db.runText("MERGE (:LifecycleMarker {id: 'marker'})", {}, 'WRITE');
    expect(await marker(server!.db)).toBe(1);
  });

  it('turns /ready to 503 within 2 s and answers DATABASE_UNAVAILABLE at once, without a stack trace, once Neo4j is killed', async () => {
    process.kill(neo4j!.pid, 'SIGKILL');
    const killedAt = Date.now();
    let ready = await server!.get('/ready');
    while (ready.status !== 503 && Date.now() - killedAt < 2_000) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      ready = await server!.get('/ready');
    }
    const readyAfter = Date.now() - killedAt;
    expect(ready.status).toBe(503);
    expect(readyAfter).toBeLessThan(2_000);
    expect(((await ready.json()) as { reason: string }).reason).toMatch(/unavailable/i);
    await neo4j!.stop(); // waits for the exit

    // Fail fast: the service knows the database is down and does not try for seconds again.
    const latencies: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const started = Date.now();
      const response = await server!.graphql('{ serverInfo { neo4jVersion } }');
      latencies.push(Date.now() - started);
      expect(response.data).toBeNull();
      expect(response.errors?.[0]?.extensions).toEqual({ code: 'DATABASE_UNAVAILABLE' });
      expect(JSON.stringify(response)).not.toMatch(/stack|bolt:|Neo4jError|ECONNREFUSED/);
    }
    process.stdout.write(
      `external Neo4j killed: /ready 503 after ${readyAfter} ms; DATABASE_UNAVAILABLE in ${latencies.join(', ')} ms\n`,
    );
    expect(Math.max(...latencies)).toBeLessThan(1_000);
  });

  it('answers again, without a restart of the service, once Neo4j is started again', async () => {
    neo4j = await startLocalNeo4j({ home, port, log: quiet });
    await waitUntilReady(3_000);
    const response = await server!.graphql<{ serverInfo: { neo4jVersion: string } }>(
      '{ serverInfo { neo4jVersion } }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.serverInfo.neo4jVersion).toMatch(/^5\.26\./);
    expect((await server!.get('/ready')).status).toBe(200);
    expect(await marker(server!.db)).toBe(1);
  });

  it('keeps the data across a clean stop and start', async () => {
    await neo4j!.stop();
    neo4j = await startLocalNeo4j({ home, port, log: quiet });
    await waitUntilReady(10_000);
    expect(await marker(server!.db)).toBe(1);
  });

  it('refuses a second Neo4j on the same data directory with STORE_LOCKED', async () => {
    const other = await findFreePort();
    await expect(startLocalNeo4j({ home, port: other, log: quiet })).rejects.toMatchObject({
      failure: 'STORE_LOCKED',
    });
  });

  it('refuses a port that is in use with PORT_IN_USE', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const busy = (blocker.address() as net.AddressInfo).port;
    const otherHome = await mkdtemp(path.join(os.tmpdir(), 'stakeholder-graph-busy-'));
    try {
      const attempt = startLocalNeo4j({ home: otherHome, port: busy, log: quiet });
      await expect(attempt).rejects.toBeInstanceOf(LocalNeo4jError);
      await expect(attempt).rejects.toMatchObject({ failure: 'PORT_IN_USE' });
    } finally {
      blocker.close();
      await rm(otherHome, { recursive: true, force: true });
    }
  });

  it('starts empty after a reset (db:reset)', async () => {
    await neo4j!.stop();
    await resetLocalNeo4j(home);
    neo4j = await startLocalNeo4j({ home, port, log: quiet });
    await waitUntilReady(10_000);
    expect(await marker(server!.db)).toBe(0);
  });
});

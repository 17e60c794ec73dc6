/**
 * Fault test: the service started as `npm start` starts it (startService, with its own supervised
 * local Neo4j on a private port and data directory, not the suite's shared one) keeps answering
 * while its Neo4j is killed with SIGKILL under a bounded load: clients get DATABASE_UNAVAILABLE
 * quickly, the supervisor brings Neo4j back, queries succeed again without restarting the
 * service, and the graph is unchanged. The seconds to recover go to test/artifacts/fault.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { readConfig } from '../../src/config';
import { findFreePort } from '../../src/db';
import { startService, type Service } from '../../src/service';

jest.setTimeout(240_000);

const QUERY = `{ issue(slug: "renegotiation") { positions(stance: OPPOSE) { holder { name } evidence { text } } } }`;
const CLIENTS = 4;

interface Outcome {
  startedAt: number;
  ms: number;
  status: number;
  code: string | undefined;
}

let home: string;
let service: Service | undefined;
const logs: { level: number; msg: string }[] = [];

const counts = async (db: Service['db']) => {
  const [row] = await db.runText(
    'MATCH (n) WITH count(n) AS nodes CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  return row;
};

async function ask(url: string): Promise<Outcome> {
  const startedAt = Date.now();
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY }),
      signal: AbortSignal.timeout(30_000),
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    return {
      startedAt,
      ms: Date.now() - startedAt,
      status: response.status,
      code: body.errors?.[0]?.extensions?.code,
    };
  } catch {
    return { startedAt, ms: Date.now() - startedAt, status: 0, code: 'NO_RESPONSE' };
  }
}

beforeAll(async () => {
  home = await mkdtemp(path.join(os.tmpdir(), 'stakeholder-graph-fault-'));
  const config = readConfig({
    PORT: String(await findFreePort()),
    NEO4J_LOCAL_HOME: home,
    NEO4J_LOCAL_PORT: String(await findFreePort()),
    NODE_ENV: 'production',
    RATE_LIMIT_PER_MINUTE: '0',
    CLIENT_MAX_CONCURRENCY: '0',
    NEO4J_RESTART_BACKOFF_MS: '500',
  });
  const logger = pino(
    { level: 'info' },
    { write: (line: string) => void logs.push(JSON.parse(line) as { level: number; msg: string }) },
  );
  service = await startService(config, logger, {
    onGiveUp: (error) => {
      throw error;
    },
  });
});

afterAll(async () => {
  await service?.stop();
  await rm(home, { recursive: true, force: true });
});

describe('kill -9 of the supervised local Neo4j under load', () => {
  it('answers DATABASE_UNAVAILABLE quickly, restarts Neo4j and serves again with the graph unchanged', async () => {
    const { url, db, local } = service!;
    expect(local).toBeDefined();
    const before = await counts(db);
    expect(before?.nodes).toBeGreaterThan(100);
    const firstPid = local!.pid;

    const outcomes: Outcome[] = [];
    let running = true;
    // Clients as a person's retrying app would behave: after an error, 50 ms before the next try.
    const clients = Array.from({ length: CLIENTS }, async () => {
      while (running) {
        const outcome = await ask(url);
        outcomes.push(outcome);
        if (outcome.code !== undefined) await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });

    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const killedAt = Date.now();
    process.kill(firstPid, 'SIGKILL');

    // /ready tells the truth within 2 s.
    let readyDownAfter: number | undefined;
    while (readyDownAfter === undefined && Date.now() - killedAt < 2_000) {
      const ready = await fetch(`${url}/ready`);
      if (ready.status === 503) {
        readyDownAfter = Date.now() - killedAt;
        expect(((await ready.json()) as { reason: string }).reason).toMatch(/unavailable/);
      } else await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(readyDownAfter).toBeDefined();

    // Bounded: the load stops once queries succeed again for two seconds, or after 120 s.
    let recoveredAt: number | undefined;
    while (Date.now() - killedAt < 120_000) {
      const afterKill = outcomes.filter((o) => o.startedAt > killedAt + 100);
      const firstOk = afterKill.find((o) => o.status === 200 && o.code === undefined);
      if (firstOk !== undefined) {
        recoveredAt = firstOk.startedAt + firstOk.ms;
        if (Date.now() - recoveredAt > 2_000) break;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    running = false;
    await Promise.all(clients);

    expect(recoveredAt).toBeDefined();
    const failed = outcomes.filter((o) => o.code !== undefined);
    const codes = [...new Set(failed.map((o) => o.code))];
    const failedMs = failed.map((o) => o.ms).sort((a, b) => a - b);
    const median = failedMs[Math.floor(failedMs.length / 2)] ?? 0;
    const logTime = (msg: string) =>
      (logs.find((line) => line.msg === msg) as { time?: number } | undefined)?.time;
    const figures = {
      recoverySeconds: (recoveredAt! - killedAt) / 1000,
      neo4jRestartSeconds:
        ((logTime('local Neo4j restarted') ?? 0) - (logTime('restarting the local Neo4j') ?? 0)) / 1000,
      readyDownAfterMs: readyDownAfter,
      requests: outcomes.length,
      failed: failed.length,
      failedCodes: codes,
      failFastMedianMs: median,
      failFastMaxMs: failedMs.at(-1) ?? 0,
      clients: CLIENTS,
    };
    process.stdout.write(`fault test: ${JSON.stringify(figures)}\n`);
    mkdirSync(path.resolve(__dirname, '../artifacts'), { recursive: true });
    writeFileSync(
      path.resolve(__dirname, '../artifacts/fault.json'),
      `${JSON.stringify(figures, null, 2)}\n`,
    );

    // Clients were told, quickly, and only that the database is unavailable.
    expect(failed.length).toBeGreaterThan(0);
    expect(codes).toEqual(['DATABASE_UNAVAILABLE']);
    expect(failed.every((o) => o.status === 200)).toBe(true);
    expect(median).toBeLessThan(100);
    expect(figures.failFastMaxMs).toBeLessThan(5_000);

    // The same service answers again, with the supervisor's new Neo4j and the same graph.
    expect(local!.pid).not.toBe(firstPid);
    expect(local!.restarts).toBe(1);
    expect((await fetch(`${url}/ready`)).status).toBe(200);
    expect((await ask(url)).code).toBeUndefined();
    expect(await counts(db)).toEqual(before);
    expect(logs.map((line) => line.msg)).toEqual(
      expect.arrayContaining([
        'local Neo4j exited unexpectedly',
        'restarting the local Neo4j',
        'local Neo4j restarted',
        'database available again',
      ]),
    );
  });
});

/**
 * npm run bench — the service against a raw-Cypher baseline and @neo4j/graphql on the same
 * synthetic graph (not part of npm test). For each size: generate and bulk-load the graph into its
 * own Neo4j home (.data/bench/<size>, reused when already loaded), start the three servers as
 * child processes, check that they give the same answers, then time each operation with
 * autocannon at concurrency 1 and 16, the three servers interleaved (rotating who goes first),
 * repeated; print medians, ratios, round trips and PROFILE dbHits per operation as Markdown.
 *
 *   BENCH_SIZES     comma-separated statement counts, or `seed` for the curated seed graph and
 *                   the README's questions on it (default seed,10000,100000,1000000)
 *   BENCH_SECONDS   seconds per autocannon run (default 3; 0 = only check answers and costs)
 *   BENCH_REPEATS   repeats per server, operation and concurrency (default 3)
 *   BENCH_OPS       only the operations whose name contains one of these (comma-separated)
 *   BENCH_DIFF_DIR  where to write both answers (keys sorted) of an operation whose answers differ
 */
import 'reflect-metadata';
import autocannon from 'autocannon';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { type AddressInfo } from 'node:net';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { Database } from '../src/db';
import { startLocalNeo4j, findFreePort, type LocalNeo4j } from '../src/db/local-neo4j';
import { toNeo4jParams } from '../src/db/values';
import { defaultLimits } from '../src/limits/limits.config';
import { createLogger } from '../src/logger';
import { createServer } from '../src/server';
import { finishImport, importCsv, removeCsv, writeCsv } from './generate';
import { seedDatabase } from '../seed/index';
import { operations, seedOperations, type Operation } from './operations';

const root = path.resolve(__dirname, '..');
const sizes: Size[] = (process.env.BENCH_SIZES ?? 'seed,10000,100000,1000000')
  .split(',')
  .map((s) => (s === 'seed' ? 'seed' : Number(s)));
const seconds = Number(process.env.BENCH_SECONDS ?? 3);
const repeats = Number(process.env.BENCH_REPEATS ?? 3);
const onlyOps = process.env.BENCH_OPS?.split(',');
const diffDir = process.env.BENCH_DIFF_DIR;
const out = (line = '') => process.stdout.write(`${line}\n`);
const log = (line: string) => process.stderr.write(`${line}\n`);

type Target = 'service' | 'raw' | 'ngql';
interface Endpoint {
  url: string;
  body: string;
  /** The answer in the operation's common shape, from a response body. */
  pick: (body: string) => unknown;
}

function memoryFor(statements: number) {
  // 23 GB shared by several sessions: enough page cache for the whole 10⁶ store, a modest heap.
  return statements >= 1_000_000
    ? { heapMib: 3072, pageCacheMib: 3072, txMemoryMib: 1024 }
    : { heapMib: 1024, pageCacheMib: 1024, txMemoryMib: 512 };
}

/** A size to bench: a synthetic graph of that many statements, or the project's curated seed. */
type Size = number | 'seed';
const sizeName = (size: Size) => String(size);

/**
 * Starts the bench Neo4j of a size in .data/bench/<size>, loading its graph first unless a
 * BenchMarker says it is already there. A synthetic graph is written as CSV and imported offline
 * (bench/generate.ts), then the service's schema is built over it; the seed is loaded with the
 * project's own seed loader (seed/index.ts). The load rate excludes Neo4j's own start-up.
 */
async function startNeo4j(size: Size): Promise<{ neo4jDb: LocalNeo4j; driver: Driver; loadRate: string }> {
  const home = path.join(root, '.data', 'bench', sizeName(size));
  const memory = memoryFor(size === 'seed' ? 0 : size);
  const start = async () => {
    const db4 = await startLocalNeo4j({ home, log, ...memory });
    const d = neo4j.driver(db4.uri, neo4j.auth.basic('neo4j', ''), { disableLosslessIntegers: true });
    return { db4, d };
  };
  let { db4: neo4jDb, d: driver } = await start();
  const marker = await driver.executeQuery('MATCH (m:BenchMarker) RETURN m.size AS size, m.rate AS rate');
  const loaded = marker.records[0];
  if (loaded?.get('size') === sizeName(size)) {
    return { neo4jDb, driver, loadRate: `${String(loaded.get('rate'))} (loaded earlier)` };
  }
  await driver.close();
  await neo4jDb.stop();
  await rm(path.join(home, 'data'), { recursive: true, force: true });
  log(`loading ${sizeName(size)} into ${home}`);
  let took = 0;
  const phase = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const t = Date.now();
    const result = await work();
    took += (Date.now() - t) / 1000;
    log(`  ${name}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
    return result;
  };
  const schema = async (uri: string) => {
    const db = await Database.create({
      uri,
      user: 'neo4j',
      password: '',
      database: 'neo4j',
      queryTimeoutMs: 600_000,
    });
    await db.applySchema();
    return db;
  };
  let loadRate: string;
  if (size === 'seed') {
    ({ db4: neo4jDb, d: driver } = await start());
    const db = await schema(neo4jDb.uri);
    try {
      await phase('seed (seed/index.ts seedDatabase)', () => seedDatabase(db));
    } finally {
      await db.close();
    }
    await driver.executeQuery('CALL db.awaitIndexes(300)');
    loadRate = `seed loaded in ${took.toFixed(1)} s`;
  } else {
    const csvDir = path.join(home, 'csv');
    const set = await phase('write CSV', () => Promise.resolve(writeCsv(csvDir, size)));
    await phase('neo4j-admin database import full', () => importCsv(home, set, log, memory.heapMib));
    await removeCsv(csvDir);
    ({ db4: neo4jDb, d: driver } = await start());
    await phase('constraints and indexes', async () => {
      const db = await schema(neo4jDb.uri);
      await db.close();
      await driver.executeQuery('CALL db.awaitIndexes(600)');
    });
    await phase('finish-import.cypher', () => finishImport(driver, 'neo4j'));
    const rate = Math.round(size / took);
    loadRate = `${rate} statements/s (${took.toFixed(1)} s)`;
    log(`loaded ${size} statements in ${took.toFixed(1)} s: ${rate} statements/s`);
  }
  await driver.executeQuery('CREATE (:BenchMarker {size: $size, rate: $rate})', {
    size: sizeName(size),
    rate: loadRate,
  });
  return { neo4jDb, driver, loadRate };
}

async function waitFor(url: string, init?: RequestInit): Promise<void> {
  for (let i = 0; i < 240; i++) {
    try {
      const response = await fetch(url, init);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not come up`);
}

function startChild(script: string, env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, ['--require', 'tsx/cjs', script], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return child;
}

function rssMib(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
  } catch {
    return 0;
  }
}

function endpoints(op: Operation, ports: Record<Target, number>): Partial<Record<Target, Endpoint>> {
  const graphql = (
    port: number,
    side: { query: string; variables?: Record<string, unknown>; pick: (d: unknown) => unknown },
  ) => ({
    url: `http://127.0.0.1:${port}/graphql`,
    body: JSON.stringify({ query: side.query, variables: side.variables ?? {} }),
    pick: (body: string) => {
      const parsed = JSON.parse(body) as { data?: unknown; errors?: unknown };
      if (parsed.errors !== undefined) throw new Error(JSON.stringify(parsed.errors).slice(0, 300));
      return side.pick(parsed.data);
    },
  });
  const result: Partial<Record<Target, Endpoint>> = {
    service: graphql(ports.service, op.service),
    raw: {
      url: `http://127.0.0.1:${ports.raw}/q/${op.raw.name}`,
      body: JSON.stringify(op.raw.params),
      pick: (body: string) => {
        const parsed = JSON.parse(body) as { rows?: Record<string, unknown>[]; error?: string };
        if (parsed.rows === undefined) throw new Error(parsed.error ?? 'no rows');
        return op.raw.pick(parsed.rows);
      },
    },
  };
  if (op.ngql !== undefined) result.ngql = graphql(ports.ngql, op.ngql);
  return result;
}

async function answer(endpoint: Endpoint): Promise<unknown> {
  const response = await fetch(endpoint.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: endpoint.body,
  });
  return endpoint.pick(await response.text());
}

/** JSON with object keys sorted (servers order keys differently), top-level list sorted if unordered. */
function canonical(value: unknown, unordered: boolean): string {
  const sortKeys = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sortKeys)
      : v !== null && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v as Record<string, unknown>)
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([k, x]) => [k, sortKeys(x)]),
          )
        : v;
  const sorted = sortKeys(value);
  return unordered && Array.isArray(sorted)
    ? JSON.stringify(sorted.map((v) => JSON.stringify(v)).sort())
    : JSON.stringify(sorted);
}

interface Timing {
  p50: number;
  p95: number;
  rps: number;
  errors: number;
  rss: number;
}

async function time(endpoint: Endpoint, connections: number, pid?: number): Promise<Timing> {
  const latencies: number[] = [];
  let errors = 0;
  let rss = rssMib(pid);
  const sampler = setInterval(() => (rss = Math.max(rss, rssMib(pid))), 250);
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: endpoint.url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: endpoint.body,
        connections,
        duration: seconds,
        requests: [
          {
            onResponse: (status: number, body: string) => {
              if (status !== 200 || body.includes('"errors"') || body.includes('"error"')) errors++;
            },
          },
        ],
      },
      (error: unknown, res) =>
        error ? reject(error instanceof Error ? error : new Error('autocannon failed')) : resolve(res),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  clearInterval(sampler);
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return {
    p50: at(0.5),
    p95: at(0.95),
    rps: result.requests.average,
    errors: errors + result.errors + result.non2xx,
    rss,
  };
}

/**
 * Waits (up to 60 s) until Neo4j runs no query but this one: the baselines do not cancel a query
 * when autocannon stops, and a backlog of slow queries would be charged to the next run.
 */
async function waitForIdle(driver: Driver): Promise<void> {
  for (let i = 0; i < 120; i++) {
    const result = await driver.executeQuery(
      "SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN count(*) AS n",
      {},
      { database: 'neo4j' },
    );
    if (Number(result.records[0]?.get('n') ?? 0) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

function sumDbHits(plan: { dbHits?: number; children?: unknown[] } | null | undefined): number {
  if (!plan) return 0;
  return (
    (plan.dbHits ?? 0) + (plan.children ?? []).reduce<number>((n, c) => n + sumDbHits(c as typeof plan), 0)
  );
}

async function profile(driver: Driver, text: string, params: Record<string, unknown>): Promise<number> {
  const result = await driver.executeQuery(`PROFILE ${text}`, toNeo4jParams(params), {
    database: 'neo4j',
  });
  return sumDbHits(result.summary.profile as never);
}

/** Round trips and total dbHits of each operation through the service (in-process, counted). */
async function serviceCosts(uri: string, driver: Driver, ops: Operation[]) {
  const db = await Database.create({
    uri,
    user: 'neo4j',
    password: '',
    database: 'neo4j',
    queryTimeoutMs: 60_000,
  });
  const { httpServer } = await createServer({
    db,
    environment: 'test',
    logger: createLogger({ level: 'silent' }),
    limits: { ...defaultLimits, maxCost: 100_000_000 },
  });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const port = (httpServer.address() as AddressInfo).port;
  const costs = new Map<string, { roundTrips: number; dbHits: number; rawDbHits: number; names: string[] }>();
  for (const op of ops) {
    const sent: { name: string; text: string; params: Record<string, unknown> }[] = [];
    const stop = db.onQuery((event) => sent.push(event));
    await answer(endpoints(op, { service: port, raw: 0, ngql: 0 }).service as Endpoint);
    stop();
    let dbHits = 0;
    for (const query of sent) dbHits += await profile(driver, query.text, query.params);
    const rawText = readFileSync(path.join(__dirname, 'cypher', 'raw', `${op.raw.name}.cypher`), 'utf8');
    const rawDbHits = await profile(driver, rawText, op.raw.params);
    costs.set(op.name, { roundTrips: sent.length, dbHits, rawDbHits, names: sent.map((q) => q.name) });
  }
  await new Promise((resolve) => httpServer.close(resolve));
  await db.close();
  return costs;
}

async function benchSize(size: Size): Promise<void> {
  const { neo4jDb, driver, loadRate } = await startNeo4j(size);
  const counts = await driver.executeQuery(
    'MATCH (n) WITH count(n) AS nodes CALL { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
  );
  const ports = { service: await findFreePort(), raw: await findFreePort(), ngql: await findFreePort() };
  const env = { NEO4J_URI: neo4jDb.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: '' };
  const children = {
    service: startChild('src/main.ts', {
      ...env,
      PORT: String(ports.service),
      SEED_ON_START: 'never',
      RATE_LIMIT_PER_MINUTE: '0',
      CLIENT_MAX_CONCURRENCY: '0',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      GRAPHQL_MAX_COST: '100000000',
      // The raw baseline has no deadline either; the first (cold, planned) query can be slow.
      EXECUTION_TIMEOUT_MS: '60000',
      REQUEST_TIMEOUT_MS: '60000',
      NEO4J_QUERY_TIMEOUT_MS: '60000',
    }),
    raw: startChild('bench/raw-server.ts', { ...env, RAW_PORT: String(ports.raw) }),
    ngql: startChild('bench/neo4j-graphql-server.ts', { ...env, NGQL_PORT: String(ports.ngql) }),
  };
  try {
    await waitFor(`http://127.0.0.1:${ports.service}/ready`);
    await waitFor(`http://127.0.0.1:${ports.raw}/q/none`, { method: 'POST' });
    await waitFor(`http://127.0.0.1:${ports.ngql}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{__typename}"}',
    });
    const ops = (size === 'seed' ? seedOperations() : operations(size)).filter(
      (op) => onlyOps === undefined || onlyOps.some((o) => op.name.includes(o)),
    );
    out(`\n### ${size === 'seed' ? 'seed graph' : `${size.toLocaleString('en')} statements`}`);
    out(
      `\n${String(counts.records[0]?.get('nodes'))} nodes, ${String(counts.records[0]?.get('rels'))} relationships; bulk load ${loadRate}; ${seconds} s per run, ${repeats} repeats, servers interleaved.\n`,
    );
    const agree = new Map<string, string>();
    for (const op of ops) {
      const eps = endpoints(op, ports);
      const serviceAnswer = await answer(eps.service as Endpoint);
      const notes: string[] = [];
      const bytes = JSON.stringify(serviceAnswer).length;
      for (const target of ['raw', 'ngql'] as const) {
        const ep = eps[target];
        if (ep === undefined) continue;
        const unordered = target === 'ngql' && op.ngql?.unordered === true;
        try {
          const other = await answer(ep);
          const same = canonical(other, unordered) === canonical(serviceAnswer, unordered);
          notes.push(`${target} ${same ? 'same' : 'DIFFERENT'}${unordered ? ' (as sets)' : ''}`);
          if (!same && diffDir !== undefined) {
            mkdirSync(diffDir, { recursive: true });
            for (const [who, value] of [
              ['service', serviceAnswer],
              [target, other],
            ] as const) {
              const file = path.join(
                diffDir,
                `${sizeName(size)}-${op.name.replace(/\W+/g, '-')}-${who}.json`,
              );
              writeFileSync(file, JSON.stringify(JSON.parse(canonical(value, unordered)), null, 2));
            }
          }
          if (!same) {
            log(
              `${op.name}: ${target} differs\n service: ${JSON.stringify(serviceAnswer).slice(0, 600)}\n ${target}: ${JSON.stringify(other).slice(0, 600)}`,
            );
          }
        } catch (error) {
          notes.push(`${target} failed: ${String(error).slice(0, 120)}`);
        }
      }
      agree.set(op.name, `${notes.join(', ')}; ${bytes} B`);
    }
    const costs = await serviceCosts(neo4jDb.uri, driver, ops);
    out('| operation | answers | round trips (service) | dbHits service / raw | service statements |');
    out('|---|---|---|---|---|');
    for (const op of ops) {
      const cost = costs.get(op.name);
      out(
        `| ${op.name} | ${agree.get(op.name) ?? ''} | ${cost?.roundTrips ?? '?'} | ${cost?.dbHits ?? '?'} / ${cost?.rawDbHits ?? '?'} | ${cost?.names.join(', ') ?? ''} |`,
      );
    }
    if (seconds === 0) return;
    out(
      '\n| operation | c | service p50/p95 ms | raw p50/p95 ms | ngql p50/p95 ms | service req/s | raw req/s | ngql req/s | p50 ÷ raw | req/s ÷ ngql | errors | service RSS MiB |',
    );
    out('|---|---|---|---|---|---|---|---|---|---|---|---|');
    for (const op of ops) {
      const eps = endpoints(op, ports);
      const targets = (['service', 'raw', 'ngql'] as const).filter((t) => eps[t] !== undefined);
      for (const connections of [1, 16]) {
        const runs = new Map<Target, Timing[]>(targets.map((t) => [t, []]));
        for (let r = 0; r < repeats; r++) {
          // Rotate who goes first so a warm or cold turn does not always favour one server.
          const order = targets.map((_, i) => targets[(i + r) % targets.length]);
          for (const target of order) {
            runs
              .get(target)
              ?.push(
                await time(
                  eps[target] as Endpoint,
                  connections,
                  target === 'service' ? children.service.pid : undefined,
                ),
              );
            await waitForIdle(driver);
          }
        }
        const m = (t: Target, k: keyof Timing) => median((runs.get(t) ?? []).map((x) => x[k]));
        const cell = (t: Target) =>
          runs.has(t) ? `${m(t, 'p50').toFixed(1)} / ${m(t, 'p95').toFixed(1)}` : '–';
        const rps = (t: Target) => (runs.has(t) ? Math.round(m(t, 'rps')).toString() : '–');
        const errors = [...runs.values()].flat().reduce((n, x) => n + x.errors, 0);
        const rss = Math.max(...(runs.get('service') ?? []).map((x) => x.rss));
        out(
          `| ${op.name} | ${connections} | ${cell('service')} | ${cell('raw')} | ${cell('ngql')} | ${rps('service')} | ${rps('raw')} | ${rps('ngql')} | ${(m('service', 'p50') / m('raw', 'p50')).toFixed(2)} | ${runs.has('ngql') ? (m('service', 'rps') / m('ngql', 'rps')).toFixed(2) : '–'} | ${errors} | ${rss} |`,
        );
      }
    }
  } finally {
    for (const child of Object.values(children)) child.kill('SIGTERM');
    await driver.close();
    await neo4jDb.stop();
  }
}

void (async () => {
  out(`## npm run bench — ${new Date().toISOString()}`);
  for (const size of sizes) await benchSize(size);
})().catch((error: unknown) => {
  log(String(error instanceof Error ? error.stack : error));
  process.exit(1);
});

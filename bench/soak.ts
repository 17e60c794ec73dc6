/**
 * npm run bench:soak — a soak test against a running service (not part of the test suite):
 * `SOAK_MINUTES` (default 10) at `SOAK_CONCURRENCY` (default 16) on a mix of the README's
 * questions (the playground's examples, plus a spokespeople and a figures query). Prints the error
 * count, p50/p99 of the first and last minute, and the resident memory of the service and of
 * Neo4j at start and end.
 *
 *   SOAK_URL       default http://127.0.0.1:4000
 *   SOAK_MINUTES   default 10 (fractions allowed)
 *   SOAK_CONCURRENCY default 16
 *   SOAK_SERVICE_PID / SOAK_NEO4J_PID  override the processes whose RSS is read; by default the
 *                  process listening on the URL's port, and its `java` child.
 *
 * Start the service without per-client limits, or they are what gets measured:
 *   RATE_LIMIT_PER_MINUTE=0 CLIENT_MAX_CONCURRENCY=0 npm start
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { type Operation, operations } from './questions';

const baseUrl = process.env.SOAK_URL ?? 'http://127.0.0.1:4000';
const minutes = Number(process.env.SOAK_MINUTES ?? '10');
const concurrency = Number(process.env.SOAK_CONCURRENCY ?? '16');

interface Sample {
  at: number;
  ms: number;
  ok: boolean;
  operation: string;
  code?: string;
}

async function run(operation: Operation): Promise<Sample> {
  const at = Date.now();
  try {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: operation.query, variables: operation.variables }),
      signal: AbortSignal.timeout(60_000),
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    const code =
      body.errors?.[0]?.extensions?.code ?? (response.status === 200 ? undefined : `HTTP_${response.status}`);
    return { at, ms: Date.now() - at, ok: code === undefined, operation: operation.name, code };
  } catch (error) {
    return {
      at,
      ms: Date.now() - at,
      ok: false,
      operation: operation.name,
      code: String(error).slice(0, 80),
    };
  }
}

function rssMb(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((entry) => entry.startsWith('VmRSS:'));
    return line === undefined ? undefined : Math.round(Number(line.replace(/\D+/g, '')) / 1024);
  } catch {
    return undefined;
  }
}

function findPids(): { service?: number; neo4j?: number } {
  const fromEnv = (name: string) => (process.env[name] === undefined ? undefined : Number(process.env[name]));
  let service = fromEnv('SOAK_SERVICE_PID');
  let neo4j = fromEnv('SOAK_NEO4J_PID');
  try {
    if (service === undefined) {
      const port = new URL(baseUrl).port || '80';
      const listening = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' });
      const pid = /pid=(\d+)/.exec(listening)?.[1];
      service = pid === undefined ? undefined : Number(pid);
    }
    if (neo4j === undefined && service !== undefined) {
      const children = execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(service)], {
        encoding: 'utf8',
      });
      const java = children.split('\n').find((line) => line.trim().endsWith('java'));
      neo4j = java === undefined ? undefined : Number(java.trim().split(/\s+/)[0]);
    }
  } catch {
    // ss or ps missing: RSS is reported as unknown.
  }
  return { service, neo4j };
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function summary(samples: Sample[]) {
  const ms = samples.map((sample) => sample.ms);
  return { requests: samples.length, p50: percentile(ms, 50), p99: percentile(ms, 99) };
}

async function main(): Promise<void> {
  const ops = await operations(baseUrl);
  const pids = findPids();
  const rssStart = { service: rssMb(pids.service), neo4j: rssMb(pids.neo4j) };
  const durationMs = minutes * 60_000;
  const started = Date.now();
  const samples: Sample[] = [];
  process.stdout.write(
    `soak: ${minutes} min at concurrency ${concurrency} on ${ops.length} operations against ${baseUrl}; ` +
      `pids service=${pids.service ?? '?'} neo4j=${pids.neo4j ?? '?'}; RSS at start ${JSON.stringify(rssStart)} MB\n`,
  );
  let next = 0;
  const progress = setInterval(() => {
    const recent = samples.filter((sample) => sample.at > Date.now() - 60_000);
    process.stdout.write(
      `  ${Math.round((Date.now() - started) / 1000)} s: ${samples.length} requests, ` +
        `${samples.filter((s) => !s.ok).length} errors, last minute ${JSON.stringify(summary(recent))}\n`,
    );
  }, 30_000);
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() - started < durationMs) {
        const operation = ops[next++ % ops.length];
        if (operation !== undefined) samples.push(await run(operation));
      }
    }),
  );
  clearInterval(progress);
  const rssEnd = { service: rssMb(pids.service), neo4j: rssMb(pids.neo4j) };
  const window = Math.min(60_000, durationMs / 3);
  const first = samples.filter((sample) => sample.at < started + window);
  const last = samples.filter((sample) => sample.at >= started + durationMs - window);
  const errors = samples.filter((sample) => !sample.ok);
  const errorCodes: Record<string, number> = {};
  for (const error of errors) errorCodes[error.code ?? '?'] = (errorCodes[error.code ?? '?'] ?? 0) + 1;
  const byOperation: Record<string, { requests: number; p50: number; p99: number }> = {};
  for (const op of ops)
    byOperation[op.name] = summary(samples.filter((sample) => sample.operation === op.name));
  const result = {
    minutes,
    concurrency,
    requests: samples.length,
    errors: errors.length,
    errorCodes,
    windowSeconds: window / 1000,
    start: summary(first),
    end: summary(last),
    rssMb: { start: rssStart, end: rssEnd },
    byOperation,
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`soak: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

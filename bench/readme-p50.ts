/**
 * p50 of each README question on two (or more) running services, asked in turn (interleaved, so
 * drift on a shared machine hits all alike), one request at a time. Checks the services give the
 * same answers first. For before/after comparisons of one change:
 *
 *   BENCH_URLS="before=http://127.0.0.1:4101,after=http://127.0.0.1:4100" BENCH_REPEATS=40 \
 *     npx tsx bench/readme-p50.ts
 *
 * Start the services with RATE_LIMIT_PER_MINUTE=0 and CLIENT_MAX_CONCURRENCY=0: a benchmark is one
 * client. Any answer that is not a 200 with data stops the run.
 */
import { isDeepStrictEqual } from 'node:util';
import { type Operation, operations } from './questions';

const targets = (process.env.BENCH_URLS ?? 'service=http://127.0.0.1:4000').split(',').map((pair) => {
  const [label = '', url = ''] = pair.split('=');
  return { label, url };
});
const repeats = Number(process.env.BENCH_REPEATS ?? '30');

/** One request; throws on anything but a 200 with data and no errors (a rate limit would fake speed). */
async function ask(url: string, operation: Operation): Promise<{ ms: number; body: unknown }> {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: operation.query, variables: operation.variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  if (response.status !== 200 || body.errors !== undefined || body.data === undefined) {
    throw new Error(
      `${url} ${operation.name}: HTTP ${response.status} ${JSON.stringify(body.errors ?? body)}`,
    );
  }
  return { ms: performance.now() - started, body };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function main(): Promise<void> {
  const [first] = targets;
  if (first === undefined) throw new Error('BENCH_URLS is empty');
  const ops = await operations(first.url);
  for (const operation of ops) {
    const answers = await Promise.all(targets.map(async (target) => (await ask(target.url, operation)).body));
    const differs = targets.filter((_, index) => !isDeepStrictEqual(answers[index], answers[0]));
    if (differs.length > 0) {
      process.stdout.write(
        `! ${operation.name}: ${differs.map((t) => t.label).join(', ')} answer differently\n`,
      );
    }
  }
  const times = new Map(ops.map((op) => [op.name, targets.map(() => [] as number[])]));
  for (let round = 0; round < repeats; round += 1) {
    for (const operation of ops) {
      // Alternate which service goes first, so neither always gets the warmer cache.
      const order =
        round % 2 === 0 ? targets.map((_, i) => i) : targets.map((_, i) => targets.length - 1 - i);
      for (const index of order) {
        const target = targets[index];
        if (target === undefined) continue;
        times.get(operation.name)?.[index]?.push((await ask(target.url, operation)).ms);
      }
    }
  }
  const header = [
    'question',
    ...targets.map((t) => `${t.label} p50 ms`),
    ...targets.slice(1).map((t) => `${t.label}/${first.label}`),
  ];
  process.stdout.write(
    `\n${repeats} rounds, concurrency 1\n| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|\n`,
  );
  for (const [name, perTarget] of times) {
    const p50 = perTarget.map(median);
    const base = p50[0] ?? NaN;
    const ratios = p50.slice(1).map((value) => (value / base).toFixed(2));
    process.stdout.write(
      `| ${name} | ${p50.map((v) => v.toFixed(1)).join(' | ')} | ${ratios.join(' | ')} |\n`,
    );
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});

/**
 * npm run bench:profile — PROFILE dbHits, rows and time of the statements page (unfiltered and
 * filtered by issue and by speaker) and the timeline's statements, before and after issue 12, on a
 * benchmark graph that `npm run bench` has loaded. "Before" is the Cypher of BENCH_BEFORE (a git
 * revision, default 2fdcc9c, where the branch started), read with `git show`; "after" is the
 * working tree's, composed (src/db/compose.ts) for the selection the benchmark's GraphQL asks for,
 * with the parameters the service sends. Each query runs once to warm up, then once under PROFILE.
 *
 *   BENCH_SIZE  statement count of the loaded graph (default 1000000)
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { startLocalNeo4j } from '../src/db/local-neo4j';
import { compose, type Selection } from '../src/db/compose';
import { loadFragments } from '../src/db/cypher-registry';
import { toNeo4jParams } from '../src/db/values';
import { WALK_ABOVE } from '../src/repositories/statement.repository';
import { BENCH_DISPUTE, issueId, shapeOf, speakerOfRank } from './generate';

const root = path.resolve(__dirname, '..');
const before = process.env.BENCH_BEFORE ?? '2fdcc9c';
const size = Number(process.env.BENCH_SIZE ?? 1_000_000);

const oldText = (name: string) =>
  execFileSync('git', ['show', `${before}:cypher/${name}.cypher`], { cwd: root, encoding: 'utf8' });
const newText = (name: string) => readFileSync(path.join(root, 'cypher', `${name}.cypher`), 'utf8');

/** A selection from a compact literal: { text: {}, speaker: { name: {} } }. */
function selection(tree: Record<string, object>): Selection {
  return new Map(
    Object.entries(tree).map(([field, inner]) => [field, selection(inner as Record<string, object>)]),
  );
}
/** What the benchmark's statements pages select of each statement. */
const PAGE_NODE = selection({
  text: {},
  saidOn: {},
  speaker: { name: {} },
  article: { key: {}, headline: {} },
});

function sumDbHits(plan: { dbHits?: number; children?: unknown[] } | null | undefined): number {
  if (!plan) return 0;
  return (
    (plan.dbHits ?? 0) + (plan.children ?? []).reduce<number>((n, c) => n + sumDbHits(c as typeof plan), 0)
  );
}

async function profile(driver: Driver, text: string, params: Record<string, unknown>): Promise<string> {
  const converted = toNeo4jParams(params) as Record<string, unknown>;
  try {
    await driver.executeQuery(text, converted, { database: 'neo4j' });
    const started = Date.now();
    const result = await driver.executeQuery(`PROFILE ${text}`, converted, { database: 'neo4j' });
    return `${sumDbHits(result.summary.profile as never).toLocaleString('en')} dbHits, ${result.records.length} rows, ${Date.now() - started} ms`;
  } catch (error) {
    return `failed: ${(error as { code?: string }).code ?? String(error).slice(0, 100)}`;
  }
}

void (async () => {
  const shape = shapeOf(size);
  const speaker = speakerOfRank(0, shape);
  const home = path.join(root, '.data', 'bench', String(size));
  const db = await startLocalNeo4j({ home, heapMib: 3072, pageCacheMib: 3072, txMemoryMib: 1024 });
  const driver = neo4j.driver(db.uri, neo4j.auth.basic('neo4j', ''), { disableLosslessIntegers: true });
  const fragments = await loadFragments(path.join(root, 'cypher'));
  const page = (name: string) => compose(newText(name), fragments, { s: PAGE_NODE });
  const noFilter = {
    speakerKey: null,
    issueKey: null,
    dispute: null,
    stance: null,
    articleKey: null,
    from: null,
    to: null,
  };
  const oldPage = { afterSort: null, afterId: null, limit: 21 };
  // The first page in the saidOn index's terms, and when to walk it (statement.repository.ts).
  const walk = { walkFromDate: '0001-01-01', walkFromId: '', walkUndatedAfterId: '', walkAbove: WALK_ABOVE };
  // The current pages take the issue's slug (resolved in the query) instead of its id.
  const { issueKey: _unused, ...newFilter } = noFilter;
  const cases: [string, [string, Record<string, unknown>], [string, string, Record<string, unknown>]][] = [
    [
      'statements(first: 20), no filter',
      ['statement/find-statements-page', { ...noFilter, ...oldPage }],
      [
        'statement/find-statements-page',
        page('statement/find-statements-page'),
        { afterDate: '0001-01-01', afterId: '', undatedAfterId: '', from: null, to: null, limit: 21 },
      ],
    ],
    [
      'statements(first: 20, where: {issueSlug, dispute})',
      ['statement/find-statements-page', { ...noFilter, issueKey: issueId(1), ...oldPage }],
      [
        'statement/find-statements-page-by-issue',
        page('statement/find-statements-page-by-issue'),
        {
          ...newFilter,
          issueSlug: 'issue-2',
          dispute: BENCH_DISPUTE,
          ...oldPage,
          ...walk,
        },
      ],
    ],
    [
      'statements(first: 20, where: {speakerId}) (top speaker)',
      ['statement/find-statements-page', { ...noFilter, speakerKey: speaker, ...oldPage }],
      [
        'statement/find-statements-page-by-speaker',
        page('statement/find-statements-page-by-speaker'),
        { ...newFilter, issueSlug: null, speakerKey: speaker, ...oldPage, ...walk },
      ],
    ],
    [
      'timeline (top speaker, one issue, first 50): statements, positions and checks',
      ['statement/find-statements-by-speakers', { keys: [speaker] }],
      [
        'statement/find-timeline',
        compose(newText('statement/find-timeline'), fragments, {
          s: selection({ text: {}, saidOn: {} }),
          p: new Map(),
        }),
        {
          holderKey: speaker,
          issueSlug: 'issue-1',
          dispute: BENCH_DISPUTE,
          limit: 50,
          walkAbove: WALK_ABOVE,
        },
      ],
    ],
  ];
  process.stdout.write(
    `## PROFILE at ${size.toLocaleString('en')} statements (${new Date().toISOString()}), dispute ${BENCH_DISPUTE}\n\n`,
  );
  process.stdout.write(`| query | before (${before}) | after |\n|---|---|---|\n`);
  for (const [label, [oldName, oldParams], [newName, composed, newParams]] of cases) {
    const was = await profile(driver, oldText(oldName), oldParams);
    const now = await profile(driver, composed, newParams);
    process.stdout.write(`| ${label} | ${oldName}: ${was} | ${newName}: ${now} |\n`);
  }
  await driver.close();
  await db.stop();
})();

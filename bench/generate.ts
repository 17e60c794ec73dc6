/**
 * A synthetic graph of the project's model at a given number of statements, with the skew of real
 * disputes: speakers, issues and principals drawn from Zipf distributions, so a few speakers say
 * most statements (at 10⁶ the top speaker has about 10 %). Deterministic: the same size gives the
 * same graph. Bulk-loaded with CREATE over UNWIND batches into a fresh database.
 *
 * Every position is the only one of its holder on its issue, so "the latest position" and "all
 * positions" give the same answer; that is what lets @neo4j/graphql (which knows no such rule)
 * answer the positions question identically.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type Driver } from 'neo4j-driver';
import { mulberry32 } from '../tools/prng';

export const BENCH_DISPUTE = 'bench-dispute';
const ISSUES = 50;
const FIRST_DAY = Date.UTC(2009, 0, 1);
const DAYS = 5 * 365;

/** Draws 0..n-1 with P(k) ∝ 1/(k+1)^s. */
function zipf(n: number, s: number, rnd: () => number): () => number {
  const cdf = new Float64Array(n);
  let total = 0;
  for (let k = 0; k < n; k++) cdf[k] = total += 1 / Math.pow(k + 1, s);
  return () => {
    const x = rnd() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const day = (offset: number) => new Date(FIRST_DAY + offset * 86_400_000).toISOString().slice(0, 10);
const WORDS =
  'the deal union state budget vote layoffs members talks governor coalition concessions pension health plan'.split(
    ' ',
  );

function words(rnd: () => number, count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(WORDS[Math.floor(rnd() * WORDS.length)]);
  return out.join(' ');
}

interface StatementRow {
  id: string;
  text: string;
  context: string;
  start: number;
  end: number;
  paragraph: number;
  kind: string;
  medium: string;
  saidOn: string | null;
  article: string;
  speaker: string | null;
  onBehalfOf: string | null;
  issues: string[];
  mentions: string[];
}

export interface Shape {
  statements: number;
  people: number;
  orgs: number;
  articles: number;
}

export function shapeOf(statements: number): Shape {
  const stakeholders = Math.max(200, Math.round(statements / 100));
  return {
    statements,
    people: Math.round(stakeholders * 0.8),
    orgs: Math.round(stakeholders * 0.2),
    articles: Math.max(20, Math.round(statements / 1000)),
  };
}

export const personId = (n: number) => `b-person-${pad(n, 6)}`;
export const orgId = (n: number) => `b-org-${pad(n, 5)}`;
export const issueId = (n: number) => `${BENCH_DISPUTE}/issue-${n + 1}`;
/** Speakers in Zipf rank order: rank 0 is the busiest (a person), ranks alternate person/org 4:1. */
export function speakerOfRank(rank: number, shape: Shape): string {
  const org = rank % 5 === 4;
  const index = org ? Math.floor(rank / 5) : rank - Math.floor(rank / 5);
  return org ? orgId(index % shape.orgs) : personId(index % shape.people);
}

async function run(driver: Driver, database: string, text: string, params: Record<string, unknown>) {
  await driver.executeQuery(text, params, { database });
}

async function loadCypher(name: string): Promise<string> {
  return readFile(path.join(__dirname, 'cypher', 'load', `${name}.cypher`), 'utf8');
}

/** Generates and loads the graph; returns the statements' load rate. */
export async function generate(
  driver: Driver,
  database: string,
  statements: number,
  log: (line: string) => void,
): Promise<{ seconds: number; statementsPerSecond: number }> {
  const shape = shapeOf(statements);
  const rnd = mulberry32(12);
  const [skeleton, createStatements, createStatementLinks, createPositions, createLinks] = await Promise.all(
    [
      'create-skeleton',
      'create-statements',
      'create-statement-links',
      'create-positions',
      'create-links',
    ].map(loadCypher),
  );
  const articleDays: number[] = [];
  const outlets = Math.min(10, shape.orgs);
  await run(driver, database, skeleton, {
    dispute: { id: BENCH_DISPUTE, name: 'Synthetic dispute' },
    issues: Array.from({ length: ISSUES }, (_, n) => ({
      id: issueId(n),
      slug: `issue-${n + 1}`,
      name: `Issue ${n + 1}`,
    })),
    people: Array.from({ length: shape.people }, (_, n) => ({
      id: personId(n),
      name: `Person ${pad(n, 6)}`,
    })),
    orgs: Array.from({ length: shape.orgs }, (_, n) => ({
      id: orgId(n),
      name: `Organization ${pad(n, 5)}`,
      kind: n < outlets ? 'NEWS_OUTLET' : n % 3 === 0 ? 'COALITION' : 'UNION',
    })),
    articles: Array.from({ length: shape.articles }, (_, n) => {
      const d = Math.floor(rnd() * DAYS);
      articleDays.push(d);
      return {
        id: `b-article-${pad(n, 5)}`,
        headline: `Headline ${n}: ${words(rnd, 6)}`,
        publishedOn: day(d),
        outlet: orgId(n % outlets),
        text: words(rnd, 800),
      };
    }),
  });

  const speaker = zipf(shape.people + shape.orgs, 1.0, rnd);
  const issue = zipf(ISSUES, 0.8, rnd);
  const principal = zipf(shape.orgs, 1.0, rnd);
  const mention = zipf(shape.people + shape.orgs, 1.0, rnd);
  /** Evidence for one position per (holder, issue): the first statements of that pair. */
  const evidence = new Map<string, { holder: string; issue: string; asOf: string; ids: string[] }>();
  const started = Date.now();
  const batchSize = 10_000;
  for (let from = 0; from < statements; from += batchSize) {
    const rows: StatementRow[] = [];
    for (let n = from; n < Math.min(statements, from + batchSize); n++) {
      const id = `b-st-${pad(n, 7)}`;
      const article = Math.floor(rnd() * shape.articles);
      const report = rnd() < 0.1;
      const who = report ? null : speakerOfRank(speaker(), shape);
      const issues = [issueId(issue())];
      if (rnd() < 0.3) {
        const second = issueId(issue());
        if (second !== issues[0]) issues.push(second);
      }
      const saidOn = rnd() < 0.03 ? null : day(Math.max(0, articleDays[article] - Math.floor(rnd() * 3)));
      const text = `${words(rnd, 12)} (${n})`;
      rows.push({
        id,
        text,
        context: `${words(rnd, 30)} ${text} ${words(rnd, 30)}`,
        // Unique offsets: evidence is listed by article, then offset.
        start: n,
        end: n + text.length,
        paragraph: 1 + Math.floor(rnd() * 20),
        kind: report ? 'REPORT' : rnd() < 0.6 ? 'DIRECT_QUOTE' : 'PARAPHRASE',
        medium: 'SPOKEN',
        saidOn,
        article: `b-article-${pad(article, 5)}`,
        speaker: who,
        onBehalfOf: !report && rnd() < 0.1 ? orgId(principal()) : null,
        issues,
        mentions: rnd() < 0.2 ? [speakerOfRank(mention(), shape)] : [],
      });
      if (who !== null && saidOn !== null) {
        const pair = `${who}|${issues[0]}`;
        const entry = evidence.get(pair) ?? { holder: who, issue: issues[0], asOf: saidOn, ids: [] };
        if (entry.ids.length < 3) entry.ids.push(id);
        if (saidOn > entry.asOf) entry.asOf = saidOn;
        evidence.set(pair, entry);
      }
    }
    await run(driver, database, createStatements, { rows });
    const pairs = (target: (row: StatementRow) => (string | null)[]) =>
      rows.flatMap((row) => target(row).flatMap((t) => (t === null ? [] : [[row.id, t]])));
    await run(driver, database, createStatementLinks, {
      saidBy: pairs((row) => [row.speaker]),
      onBehalfOf: pairs((row) => [row.onBehalfOf]),
      about: pairs((row) => row.issues),
      mentions: pairs((row) => row.mentions),
    });
    if ((from / batchSize) % 20 === 19) {
      log(
        `  ${from + rows.length} statements, ${Math.round((from + rows.length) / ((Date.now() - started) / 1000))}/s`,
      );
    }
  }
  const seconds = (Date.now() - started) / 1000;

  // Positions: the holders with most statements on an issue (up to 400 per issue).
  const stances = ['SUPPORT', 'OPPOSE', 'NEUTRAL', 'MIXED'];
  const perIssue = new Map<string, number>();
  const positions = [];
  for (const entry of [...evidence.values()].sort(
    (a, b) => b.ids.length - a.ids.length || (a.holder < b.holder ? -1 : 1),
  )) {
    const count = perIssue.get(entry.issue) ?? 0;
    if (count >= 400) continue;
    perIssue.set(entry.issue, count + 1);
    positions.push({
      id: `b-pos-${positions.length}`,
      holder: entry.holder,
      issue: entry.issue,
      stance: stances[Math.floor(rnd() * 4)],
      asOf: entry.asOf,
      confidence: 1,
      evidence: entry.ids,
    });
  }
  for (let from = 0; from < positions.length; from += batchSize) {
    await run(driver, database, createPositions, { rows: positions.slice(from, from + batchSize) });
  }

  const memberships = Array.from({ length: shape.people }, (_, n) => ({
    member: personId(n),
    org: orgId(outlets + ((n * 7) % (shape.orgs - outlets))),
  }));
  const roles = memberships
    .filter((_, n) => n % 20 === 0)
    .map((m, n) => ({
      person: m.member,
      org: m.org,
      title: n % 2 === 0 ? 'spokesman' : 'president',
      evidence: [],
    }));
  await run(driver, database, createLinks, {
    memberships,
    roles,
    figures: Array.from({ length: shape.articles }, (_, n) => ({
      id: `b-figure-${pad(n, 5)}`,
      article: `b-article-${pad(n, 5)}`,
      value: 1000 + ((n * 37) % 5000),
      asReported: `${1000 + ((n * 37) % 5000)} layoffs`,
      dispute: BENCH_DISPUTE,
      issue: issueId(n % ISSUES),
    })),
    events: Array.from({ length: Math.max(20, Math.round(statements / 1000)) }, (_, n) => ({
      id: `b-event-${pad(n, 5)}`,
      name: `Meeting ${n}`,
      on: day((n * 13) % DAYS),
      dispute: BENCH_DISPUTE,
      issue: issueId(n % ISSUES),
      participants: [speakerOfRank(n % 50, shape), speakerOfRank((n * 3) % 200, shape)].filter(
        (v, i, all) => all.indexOf(v) === i,
      ),
    })),
  });
  await run(driver, database, 'CALL db.awaitIndexes(300)', {});
  return { seconds, statementsPerSecond: Math.round(statements / seconds) };
}

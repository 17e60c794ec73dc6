/**
 * A synthetic graph of the project's model at a given number of statements, with the skew of real
 * disputes: speakers, issues and principals drawn from Zipf distributions, so a few speakers say
 * most statements (at 10⁶ the top speaker has about 10 %). Deterministic: the same size gives the
 * same graph. Written as CSV files and bulk-loaded offline with `neo4j-admin database import full`
 * (the import tool ships in the embedded launcher's class path, tools/neo4j-local/target/lib), then
 * the service's constraints and indexes are built over it: Cypher over Bolt creates about 12–15 k
 * bare nodes/s on this 2-core machine, the offline importer several hundred thousand.
 *
 * Every position is the only one of its holder on its issue, so "the latest position" and "all
 * positions" give the same answer; that is what lets @neo4j/graphql (which knows no such rule)
 * answer the positions question identically.
 */
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { type Driver } from 'neo4j-driver';
import { mulberry32 } from '../src/prng';

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
const DAY_STRINGS = Array.from({ length: DAYS }, (_, offset) =>
  new Date(FIRST_DAY + offset * 86_400_000).toISOString().slice(0, 10),
);
const day = (offset: number) => DAY_STRINGS[offset];
const WORDS =
  'the deal union state budget vote layoffs members talks governor coalition concessions pension health plan'.split(
    ' ',
  );

function words(rnd: () => number, count: number): string {
  let out = WORDS[Math.floor(rnd() * WORDS.length)];
  for (let i = 1; i < count; i++) out += ` ${WORDS[Math.floor(rnd() * WORDS.length)]}`;
  return out;
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

/** A CSV file written in large synchronous chunks. */
class Csv {
  private readonly fd: number;
  private pending: string;
  rows = 0;
  constructor(
    readonly file: string,
    header: string[],
  ) {
    this.fd = openSync(file, 'w');
    this.pending = `${header.join(',')}\n`;
  }
  row(values: (string | number | boolean | null)[]): void {
    let line = '';
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (i > 0) line += ',';
      if (v === null) continue;
      // Quoted only where the CSV needs it (the generated texts have no commas or quotes).
      line +=
        typeof v === 'string' && (v.includes(',') || v.includes('"')) ? `"${v.replaceAll('"', '""')}"` : v;
    }
    this.pending += `${line}\n`;
    this.rows++;
    if (this.pending.length > 8_000_000) this.flush();
  }
  flush(): void {
    writeSync(this.fd, this.pending);
    this.pending = '';
  }
  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

/** Node files (labels) and relationship files (type) for the importer. */
interface CsvSet {
  nodes: [labels: string, csv: Csv][];
  relationships: [type: string, csv: Csv][];
}

/**
 * Writes the graph of `statements` statements as CSV into dir. The random draws happen in the
 * same order as the Cypher loader this replaced, so ids, skew and every value are unchanged.
 * Numbers the old loader sent as JavaScript numbers (stored as floats) are declared `double`.
 */
export function writeCsv(dir: string, statements: number): CsvSet {
  mkdirSync(dir, { recursive: true });
  const shape = shapeOf(statements);
  const rnd = mulberry32(12);
  const file = (name: string, header: string[]) => new Csv(path.join(dir, `${name}.csv`), header);
  const rel = (name: string, ...props: string[]) => file(`rel-${name}`, [':START_ID', ':END_ID', ...props]);
  const disputes = file('disputes', ['id:ID', 'name', 'description']);
  const issues = file('issues', ['id:ID', 'slug', 'dispute', 'name', 'proposition']);
  const people = file('people', ['id:ID', 'name']);
  const orgs = file('organizations', ['id:ID', 'name', 'kind']);
  const articles = file('articles', [
    'id:ID',
    'file',
    'headline',
    'author',
    'text',
    'publishedOn:date',
    'publishedPrecision',
    'publishedInferred:boolean',
    'authorInferred:boolean',
    'outletInferred:boolean',
  ]);
  const statementCsv = file('statements', [
    'id:ID',
    'text',
    'context',
    'start:double',
    'end:double',
    'paragraph:double',
    'kind',
    'medium',
    'saidOn:date',
    'saidOnEarliest:date',
    'saidOnLatest:date',
    'saidOnPrecision',
    'saidOnInferred:boolean',
  ]);
  const positions = file('positions', [
    'id:ID',
    'stance',
    'asOf:date',
    'asOfEarliest:date',
    'asOfLatest:date',
    'asOfPrecision',
    'asOfInferred:boolean',
    'confidence:double',
    'inferred:boolean',
    'note',
  ]);
  const figures = file('figures', [
    'id:ID',
    'measure',
    'value:double',
    'unit',
    'qualifier',
    'asReported',
    'on:date',
    'onPrecision',
    'onInferred:boolean',
  ]);
  const events = file('events', [
    'id:ID',
    'kind',
    'name',
    'description',
    'on:date',
    'onPrecision',
    'onInferred:boolean',
  ]);
  const inDispute = rel('IN_DISPUTE');
  const publishedBy = rel('PUBLISHED_BY');
  const inArticle = rel('IN_ARTICLE');
  const saidBy = rel('SAID_BY');
  const onBehalfOf = rel('ON_BEHALF_OF');
  const about = rel('ABOUT');
  const mentions = rel('MENTIONS');
  const holdsPosition = rel('HOLDS_POSITION');
  const onIssue = rel('ON_ISSUE');
  const evidencedBy = rel('EVIDENCED_BY');
  const memberOf = rel('MEMBER_OF', 'relation', 'inferred:boolean');
  const holdsRole = rel('HOLDS_ROLE', 'title');
  const reportedIn = rel('REPORTED_IN');
  const concerns = rel('CONCERNS');
  const involves = rel('INVOLVES', 'role');

  disputes.row([BENCH_DISPUTE, 'Synthetic dispute', 'synthetic benchmark dispute']);
  for (let n = 0; n < ISSUES; n++) {
    issues.row([
      issueId(n),
      `issue-${n + 1}`,
      BENCH_DISPUTE,
      `Issue ${n + 1}`,
      `Issue ${n + 1} should happen`,
    ]);
    inDispute.row([issueId(n), BENCH_DISPUTE]);
  }
  for (let n = 0; n < shape.people; n++) people.row([personId(n), `Person ${pad(n, 6)}`]);
  const outlets = Math.min(10, shape.orgs);
  for (let n = 0; n < shape.orgs; n++) {
    orgs.row([
      orgId(n),
      `Organization ${pad(n, 5)}`,
      n < outlets ? 'NEWS_OUTLET' : n % 3 === 0 ? 'COALITION' : 'UNION',
    ]);
  }
  const articleDays: number[] = [];
  for (let n = 0; n < shape.articles; n++) {
    const d = Math.floor(rnd() * DAYS);
    articleDays.push(d);
    const id = `b-article-${pad(n, 5)}`;
    const headline = `Headline ${n}: ${words(rnd, 6)}`;
    articles.row([
      id,
      `${id}.txt`,
      headline,
      'Reporter',
      words(rnd, 800),
      day(d),
      'DAY',
      false,
      false,
      false,
    ]);
    publishedBy.row([id, orgId(n % outlets)]);
  }

  const speaker = zipf(shape.people + shape.orgs, 1.0, rnd);
  const issue = zipf(ISSUES, 0.8, rnd);
  const principal = zipf(shape.orgs, 1.0, rnd);
  const mention = zipf(shape.people + shape.orgs, 1.0, rnd);
  /** Evidence for one position per (holder, issue): the first statements of that pair. */
  const evidence = new Map<string, { holder: string; issue: string; asOf: string; ids: string[] }>();
  for (let n = 0; n < statements; n++) {
    const id = `b-st-${pad(n, 7)}`;
    const article = Math.floor(rnd() * shape.articles);
    const report = rnd() < 0.1;
    const who = report ? null : speakerOfRank(speaker(), shape);
    const about1 = [issueId(issue())];
    if (rnd() < 0.3) {
      const second = issueId(issue());
      if (second !== about1[0]) about1.push(second);
    }
    const saidOn = rnd() < 0.03 ? null : day(Math.max(0, articleDays[article] - Math.floor(rnd() * 3)));
    const text = `${words(rnd, 12)} (${n})`;
    const context = `${words(rnd, 30)} ${text} ${words(rnd, 30)}`;
    const paragraph = 1 + Math.floor(rnd() * 20);
    const kind = report ? 'REPORT' : rnd() < 0.6 ? 'DIRECT_QUOTE' : 'PARAPHRASE';
    const principalId = !report && rnd() < 0.1 ? orgId(principal()) : null;
    const mentioned = rnd() < 0.2 ? speakerOfRank(mention(), shape) : null;
    // Unique offsets: evidence is listed by article, then offset.
    statementCsv.row([
      id,
      text,
      context,
      n,
      n + text.length,
      paragraph,
      kind,
      'SPOKEN',
      saidOn,
      saidOn,
      saidOn,
      saidOn === null ? null : 'DAY',
      false,
    ]);
    inArticle.row([id, `b-article-${pad(article, 5)}`]);
    if (who !== null) saidBy.row([id, who]);
    if (principalId !== null) onBehalfOf.row([id, principalId]);
    for (const i of about1) about.row([id, i]);
    if (mentioned !== null) mentions.row([id, mentioned]);
    if (who !== null && saidOn !== null) {
      const pair = `${who}|${about1[0]}`;
      const entry = evidence.get(pair) ?? { holder: who, issue: about1[0], asOf: saidOn, ids: [] };
      if (entry.ids.length < 3) entry.ids.push(id);
      if (saidOn > entry.asOf) entry.asOf = saidOn;
      evidence.set(pair, entry);
    }
  }

  // Positions: the holders with most statements on an issue (up to 400 per issue).
  const stances = ['SUPPORT', 'OPPOSE', 'NEUTRAL', 'MIXED'];
  const perIssue = new Map<string, number>();
  let positionCount = 0;
  for (const entry of [...evidence.values()].sort(
    (a, b) => b.ids.length - a.ids.length || (a.holder < b.holder ? -1 : 1),
  )) {
    const count = perIssue.get(entry.issue) ?? 0;
    if (count >= 400) continue;
    perIssue.set(entry.issue, count + 1);
    const id = `b-pos-${positionCount++}`;
    const stance = stances[Math.floor(rnd() * 4)];
    positions.row([id, stance, entry.asOf, entry.asOf, entry.asOf, 'DAY', false, 1, false, 'synthetic']);
    holdsPosition.row([entry.holder, id]);
    onIssue.row([id, entry.issue]);
    for (const statementId of entry.ids) evidencedBy.row([id, statementId]);
  }

  for (let n = 0; n < shape.people; n++) {
    const org = orgId(outlets + ((n * 7) % (shape.orgs - outlets)));
    memberOf.row([personId(n), org, 'member', false]);
    if (n % 20 === 0) holdsRole.row([personId(n), org, (n / 20) % 2 === 0 ? 'spokesman' : 'president']);
  }
  for (let n = 0; n < shape.articles; n++) {
    const id = `b-figure-${pad(n, 5)}`;
    const value = 1000 + ((n * 37) % 5000);
    figures.row([
      id,
      'planned-layoffs',
      value,
      'jobs',
      'up to',
      `${value} layoffs`,
      day(articleDays[n]),
      'DAY',
      false,
    ]);
    reportedIn.row([id, `b-article-${pad(n, 5)}`]);
    inDispute.row([id, BENCH_DISPUTE]);
    concerns.row([id, issueId(n % ISSUES)]);
  }
  for (let n = 0; n < Math.max(20, Math.round(statements / 1000)); n++) {
    const id = `b-event-${pad(n, 5)}`;
    events.row([id, 'MEETING', `Meeting ${n}`, 'synthetic', day((n * 13) % DAYS), 'DAY', false]);
    inDispute.row([id, BENCH_DISPUTE]);
    concerns.row([id, issueId(n % ISSUES)]);
    const participants = [speakerOfRank(n % 50, shape), speakerOfRank((n * 3) % 200, shape)];
    for (const p of participants.filter((v, i, all) => all.indexOf(v) === i))
      involves.row([id, p, 'participant']);
  }

  const set: CsvSet = {
    nodes: [
      ['Dispute', disputes],
      ['Issue', issues],
      ['Stakeholder:Person', people],
      ['Stakeholder:Organization', orgs],
      ['Article', articles],
      ['Statement', statementCsv],
      ['Position', positions],
      ['Figure', figures],
      ['Event', events],
    ],
    relationships: [
      ['IN_DISPUTE', inDispute],
      ['PUBLISHED_BY', publishedBy],
      ['IN_ARTICLE', inArticle],
      ['SAID_BY', saidBy],
      ['ON_BEHALF_OF', onBehalfOf],
      ['ABOUT', about],
      ['MENTIONS', mentions],
      ['HOLDS_POSITION', holdsPosition],
      ['ON_ISSUE', onIssue],
      ['EVIDENCED_BY', evidencedBy],
      ['MEMBER_OF', memberOf],
      ['HOLDS_ROLE', holdsRole],
      ['REPORTED_IN', reportedIn],
      ['CONCERNS', concerns],
      ['INVOLVES', involves],
    ],
  };
  for (const [, csv] of [...set.nodes, ...set.relationships]) csv.close();
  return set;
}

/**
 * Runs `neo4j-admin database import full` from the launcher's class path into the store of the
 * embedded Neo4j at home (home/data, the layout DatabaseManagementServiceBuilder(home) uses). The
 * database must not be running.
 */
export async function importCsv(
  home: string,
  set: CsvSet,
  log: (line: string) => void,
  heapMib = 1024,
): Promise<void> {
  const lib = path.join(__dirname, '..', 'tools', 'neo4j-local', 'target', 'lib', '*');
  const conf = path.join(home, 'import-conf');
  mkdirSync(conf, { recursive: true });
  const args = [
    `-Xmx${heapMib}m`,
    '-cp',
    lib,
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    '--overwrite-destination=true',
    '--threads=2',
    `--max-off-heap-memory=${heapMib}m`,
    `--report-file=${path.join(home, 'import.report')}`,
    ...set.nodes.map(([labels, csv]) => `--nodes=${labels}=${csv.file}`),
    ...set.relationships.map(([type, csv]) => `--relationships=${type}=${csv.file}`),
    // The database is the default, neo4j (a positional name after --nodes= would be read as a file).
  ];
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn('java', args, {
      env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: conf },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => output.push(chunk.toString());
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('exit', resolve);
  });
  if (code !== 0) throw new Error(`neo4j-admin import failed (${code}):\n${output.join('').slice(-3000)}`);
  const summary = /IMPORT DONE[^\n]*/.exec(output.join(''));
  log(`  ${summary?.[0] ?? 'import done'}`);
}

/** The properties the importer cannot write (empty lists and strings), set after the import. */
export async function finishImport(driver: Driver, database: string): Promise<void> {
  const text = await readFile(path.join(__dirname, 'cypher', 'load', 'finish-import.cypher'), 'utf8');
  await driver.executeQuery(text, {}, { database });
}

/** Deletes the CSV files of a load (they are large at 10⁶ and the store holds the graph). */
export async function removeCsv(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

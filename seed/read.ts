/**
 * Reads the curated seed (seed/data/*.yaml, seed/articles/<id>.{txt,yaml}) and proves it
 * consistent with the article texts before
 * anything is written to the graph: shapes via the zod schemas, then the checks a schema cannot
 * express (ids unique across files, references of the right kind, quotes really at their
 * offsets). All problems are collected so one run shows every fix needed.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../src/paths';
import { issueId } from './ids';
import { crossesParagraph, normalizeQuotes, paragraphAt } from '../src/text/span';
import { type ZodError, type ZodType } from 'zod';
import {
  Agreement,
  ArticleFactsFile,
  Dispute,
  type ArticleFile,
  ArticleMeta,
  EntitiesFile,
  Event,
  Issue,
  Membership,
  Organization,
  Person,
  Position,
  ReportedFigure,
  Role,
  Statement,
  type StatementSeed,
  Vote,
  earliestDay,
  latestDay,
} from './schema';

/** Thrown by {@link readSeed} with every problem found, not just the first. */
export class SeedValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `seed data is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n- ${problems.join('\n- ')}`,
    );
    this.name = 'SeedValidationError';
  }
}

export interface SeedArticle {
  file: ArticleFile;
  /** The article's text, which statement offsets index into. */
  text: string;
}

export interface Seed {
  entities: EntitiesFile;
  articles: SeedArticle[];
}

const ENTITIES_FILE = 'entities.yaml';

type IdKind =
  | 'dispute'
  | 'person'
  | 'organization'
  | 'issue'
  | 'statement'
  | 'position'
  | 'event'
  | 'figure'
  | 'tally'
  | 'agreement'
  | 'vote'
  | 'article';

interface Registered {
  kind: IdKind;
  where: string;
  /** Only for organizations: outlets must be NEWS_OUTLET. */
  orgKind?: string;
}

const STAKEHOLDER: readonly IdKind[] = ['person', 'organization'];

/**
 * Reads and validates the seed.
 *
 * @param articlesDir directory holding each article's text `<id>.txt` and metadata `<id>.yaml`
 * @param dataDir directory holding entities.yaml and one YAML file of facts per article
 * @throws SeedValidationError listing every problem found
 */
export async function readSeed(
  // From the repository root, so the compiled copy in dist/ reads the same files.
  articlesDir: string = defaultArticlesDir(),
  dataDir: string = path.join(repoRoot(), 'seed', 'data'),
): Promise<Seed> {
  const problems: string[] = [];
  const invalid: InvalidIds = new Map();
  let schemaClean = true;

  const names = (await readdir(dataDir)).filter((n) => n.endsWith('.yaml')).sort();
  if (!names.includes(ENTITIES_FILE)) problems.push(`${ENTITIES_FILE}: missing from ${dataDir}`);

  let entities: EntitiesFile | undefined;
  const articles: LoadedArticle[] = [];

  const report = (name: string, raw: unknown, error: ZodError): void => {
    schemaClean = false;
    for (const issue of error.issues)
      problems.push(`${name}: ${describePath(raw, issue.path)}: ${issue.message}`);
  };
  // A schema error in one item should not hide the problems of every other item, so the valid
  // items of a failed file are still checked.
  for (const name of names) {
    const raw = await loadYaml(path.join(dataDir, name), name, problems);
    if (raw === undefined) continue;
    if (name === ENTITIES_FILE) {
      const result = EntitiesFile.safeParse(raw);
      if (result.success) entities = result.data;
      else {
        report(name, raw, result.error);
        entities = salvageEntities(raw, invalid);
      }
    } else {
      const result = ArticleFactsFile.safeParse(raw);
      let facts: ArticleFacts;
      if (result.success) facts = result.data;
      else {
        report(name, raw, result.error);
        facts = salvageFacts(raw, invalid);
      }
      const header = await readArticleMeta(articlesDir, name, facts.article, problems);
      if (header) articles.push({ name, file: { ...facts, article: header } });
      else markUnchecked(facts, invalid);
    }
  }

  for (const article of articles) {
    article.text = await checkAgainstText(articlesDir, article.name, article.file, problems);
  }

  // Without entities.yaml every reference would be reported missing, burying the real cause.
  if (entities !== undefined) checkReferences(entities, articles, invalid, schemaClean, problems);

  if (problems.length > 0 || entities === undefined) throw new SeedValidationError(problems);
  return {
    entities,
    articles: articles.map((a) => ({ file: a.file, text: a.text ?? '' })),
  };
}

interface LoadedArticle {
  name: string;
  file: ArticleFile;
  text?: string;
}

/** Ids of items that failed their schema (already reported): references to them still resolve. */
type InvalidIds = Map<string, IdKind>;

function salvageList<T>(
  raw: unknown,
  key: string,
  schema: ZodType<T>,
  kind: IdKind | undefined,
  invalid: InvalidIds,
): T[] {
  const list = isRecord(raw) ? raw[key] : undefined;
  if (!Array.isArray(list)) return [];
  const kept: T[] = [];
  for (const item of list) {
    const result = schema.safeParse(item);
    if (result.success) kept.push(result.data);
    else if (kind !== undefined && isRecord(item)) {
      const id = item['id'] ?? item['slug'];
      if (typeof id === 'string') invalid.set(id, kind);
    }
  }
  return kept;
}

function salvageEntities(raw: unknown, invalid: InvalidIds): EntitiesFile {
  return {
    disputes: salvageList(raw, 'disputes', Dispute, 'dispute', invalid),
    people: salvageList(raw, 'people', Person, 'person', invalid),
    organizations: salvageList(raw, 'organizations', Organization, 'organization', invalid),
    issues: salvageList(raw, 'issues', Issue, 'issue', invalid),
    agreements: salvageList(raw, 'agreements', Agreement, 'agreement', invalid),
    votes: salvageList(raw, 'votes', Vote, 'vote', invalid),
  };
}

/** An article's facts file, with the article's id when it could be read. */
type ArticleFacts = Omit<ArticleFile, 'article'> & { article?: string };

function salvageFacts(raw: unknown, invalid: InvalidIds): ArticleFacts {
  const id = isRecord(raw) ? raw['article'] : undefined;
  const dispute = isRecord(raw) ? raw['dispute'] : undefined;
  return {
    article: typeof id === 'string' ? id : undefined,
    dispute: typeof dispute === 'string' ? dispute : '',
    statements: salvageList(raw, 'statements', Statement, 'statement', invalid),
    roles: salvageList(raw, 'roles', Role, undefined, invalid),
    memberships: salvageList(raw, 'memberships', Membership, undefined, invalid),
    positions: salvageList(raw, 'positions', Position, 'position', invalid),
    events: salvageList(raw, 'events', Event, 'event', invalid),
    figures: salvageList(raw, 'figures', ReportedFigure, 'figure', invalid),
  };
}

/** Without an article the spans cannot be checked; keep the ids resolvable for other files. */
function markUnchecked(facts: ArticleFacts, invalid: InvalidIds): void {
  for (const s of facts.statements) invalid.set(s.id, 'statement');
  for (const p of facts.positions) invalid.set(p.id, 'position');
  for (const e of facts.events) invalid.set(e.id, 'event');
  for (const f of facts.figures) invalid.set(f.id, 'figure');
}

/** The default home of the article texts: the repository's own copy, unless CORPUS_DIR says otherwise. */
export function defaultArticlesDir(): string {
  return path.join(repoRoot(), 'seed', 'articles');
}

/**
 * Reads `<id>.yaml` beside the article's text. The facts file must be named after the article it
 * describes, so a reader can find either from the other.
 */
async function readArticleMeta(
  articlesDir: string,
  factsName: string,
  id: string | undefined,
  problems: string[],
): Promise<ArticleFile['article'] | undefined> {
  if (id === undefined) return undefined; // the facts file's own schema error names the cause
  if (factsName !== `${id}.yaml`)
    problems.push(`${factsName}: describes article ${id}, so it must be named ${id}.yaml`);
  const metaName = `${id}.yaml`;
  let raw: unknown;
  try {
    raw = parse(await readFile(path.join(articlesDir, metaName), 'utf8')) as unknown;
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    problems.push(
      missing
        ? `${factsName}: article ${id} has no metadata: ${metaName} not found in ${articlesDir}`
        : `${metaName}: not valid YAML: ${error instanceof Error ? error.message : String(error)}`,
    );
    return undefined;
  }
  const meta = ArticleMeta.safeParse(raw);
  if (!meta.success) {
    for (const issue of meta.error.issues)
      problems.push(`${metaName} (article metadata): ${describePath(raw, issue.path)}: ${issue.message}`);
    return undefined;
  }
  return { ...meta.data, id, file: `${id}.txt` };
}

async function loadYaml(file: string, name: string, problems: string[]): Promise<unknown> {
  try {
    return parse(await readFile(file, 'utf8')) as unknown;
  } catch (error) {
    problems.push(`${name}: not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

/** Turns a zod issue path into something a curator can find: array items are named by their id. */
function describePath(raw: unknown, issuePath: readonly PropertyKey[]): string {
  const parts: string[] = [];
  let node: unknown = raw;
  for (const key of issuePath) {
    node = isRecord(node) || Array.isArray(node) ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number') {
      const label = isRecord(node) ? (node['id'] ?? node['slug']) : undefined;
      parts.push(typeof label === 'string' ? `[${key}] (${label})` : `[${key}]`);
    } else {
      parts.push(`${parts.length > 0 ? '.' : ''}${String(key)}`);
    }
  }
  return parts.length > 0 ? parts.join('') : '(file)';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Curly and straight quote marks are the one difference tolerated: YAML authors type straight ones. */
function withArticle(word: string): string {
  return `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;
}

/** Returns the article's text, or undefined when the file cannot be read (already reported). */
async function checkAgainstText(
  articlesDir: string,
  name: string,
  file: ArticleFile,
  problems: string[],
): Promise<string | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path.join(articlesDir, file.article.file));
  } catch {
    problems.push(`${name}: article text ${file.article.file} not found in ${articlesDir}`);
    return undefined;
  }
  // A changed text would silently shift every offset, so the hash gates the span checks.
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== file.article.sha256) {
    problems.push(
      `${name}: sha256 of ${file.article.file} is ${sha256}, its metadata says ${file.article.sha256}`,
    );
  }
  const text = bytes.toString('utf8');

  for (const s of file.statements) {
    const end = s.start + s.text.length;
    if (end > text.length) {
      problems.push(
        `${name}: statement ${s.id}: span ${s.start}–${end} runs past the end of the article (${text.length})`,
      );
      continue;
    }
    const found = text.slice(s.start, end);
    if (normalizeQuotes(found) !== normalizeQuotes(s.text)) {
      const hint = text.indexOf(s.text) >= 0 ? ` (the text occurs at ${text.indexOf(s.text)})` : '';
      problems.push(
        `${name}: statement ${s.id}: text is not at offset ${s.start}; found ${JSON.stringify(found)}${hint}`,
      );
      continue;
    }
    if (crossesParagraph(found)) problems.push(`${name}: statement ${s.id}: span crosses a paragraph break`);
    const paragraph = paragraphAt(text, s.start).number;
    if (paragraph !== s.paragraph) {
      problems.push(`${name}: statement ${s.id}: paragraph is ${paragraph}, the file says ${s.paragraph}`);
    }
  }
  return text;
}

function checkReferences(
  entities: EntitiesFile,
  articles: readonly LoadedArticle[],
  invalid: InvalidIds,
  schemaClean: boolean,
  problems: string[],
): void {
  const registry = new Map<string, Registered>();
  const register = (id: string, entry: Registered): void => {
    const previous = registry.get(id);
    if (previous)
      problems.push(
        `${entry.where}: id ${id} is already used by ${withArticle(previous.kind)} in ${previous.where}`,
      );
    else registry.set(id, entry);
  };

  const E = ENTITIES_FILE;
  for (const p of entities.people) register(p.id, { kind: 'person', where: E });
  for (const o of entities.organizations) register(o.id, { kind: 'organization', where: E, orgKind: o.kind });
  for (const d of entities.disputes) register(d.id, { kind: 'dispute', where: E });
  // Slugs are unique only within a dispute; references name issues in the dispute of their file.
  for (const i of entities.issues) register(issueId(i.dispute, i.slug), { kind: 'issue', where: E });
  for (const a of entities.agreements) register(a.id, { kind: 'agreement', where: E });
  for (const v of entities.votes) {
    register(issueId(v.dispute, v.slug), { kind: 'vote', where: E });
    for (const t of v.tallies) register(t.id, { kind: 'tally', where: E });
  }
  for (const { name, file } of articles) {
    register(file.article.id, { kind: 'article', where: name });
    for (const s of file.statements) register(s.id, { kind: 'statement', where: name });
    for (const p of file.positions) register(p.id, { kind: 'position', where: name });
    for (const e of file.events) register(e.id, { kind: 'event', where: name });
    for (const f of file.figures) register(f.id, { kind: 'figure', where: name });
  }

  const statements = new Map<string, StatementSeed>();
  for (const { file } of articles) for (const s of file.statements) statements.set(s.id, s);

  const usedStakeholders = new Set<string>();
  const usedStatements = new Set<string>();

  const ref = (
    where: string,
    field: string,
    id: string,
    kinds: readonly IdKind[],
  ): Registered | undefined => {
    const invalidKind = invalid.get(id);
    if (invalidKind !== undefined && !registry.has(id)) {
      // The item failed its schema and was reported; only a wrong kind is worth saying again.
      if (!kinds.includes(invalidKind))
        problems.push(
          `${where}: ${field} ${id} is ${withArticle(invalidKind)}, expected ${kinds.join(' or ')}`,
        );
      return undefined;
    }
    const target = registry.get(id);
    if (!target) problems.push(`${where}: ${field} ${id} does not exist`);
    else if (!kinds.includes(target.kind)) {
      problems.push(
        `${where}: ${field} ${id} is ${withArticle(target.kind)}, expected ${kinds.join(' or ')}`,
      );
    } else {
      if (target.kind === 'person' || target.kind === 'organization') usedStakeholders.add(id);
      return target;
    }
    return undefined;
  };
  const stakeholder = (where: string, field: string, id: string): void =>
    void ref(where, field, id, STAKEHOLDER);
  const organization = (where: string, field: string, id: string): void =>
    void ref(where, field, id, ['organization']);
  /** Issue slugs name issues of `dispute`. */
  const issues = (where: string, dispute: string, slugs: readonly string[]): void =>
    slugs.forEach((slug) => ref(where, 'issue', issueId(dispute, slug), ['issue']));
  const dispute = (where: string, id: string): void => void ref(where, 'dispute', id, ['dispute']);
  const agreementDisputes = new Map(entities.agreements.map((a) => [a.id, a.dispute]));
  const evidence = (where: string, ids: readonly string[]): void =>
    ids.forEach((id) => {
      if (ref(where, 'evidence', id, ['statement'])) usedStatements.add(id);
    });

  for (const p of entities.people) evidence(`${E}: person ${p.id}`, p.evidence);
  for (const o of entities.organizations) evidence(`${E}: organization ${o.id}`, o.evidence);
  for (const i of entities.issues) dispute(`${E}: issue ${i.slug}`, i.dispute);
  for (const a of entities.agreements) {
    const where = `${E}: agreement ${a.id}`;
    dispute(where, a.dispute);
    a.parties.forEach((id) => organization(where, 'party', id));
    evidence(where, a.evidence);
    a.savings.forEach((s) => evidence(`${where} savings ${s.fiscalYear}`, s.evidence));
    a.terms.forEach((t, i) => evidence(`${where} term ${i + 1}`, t.evidence));
  }
  for (const v of entities.votes) {
    const where = `${E}: vote ${v.slug}`;
    dispute(where, v.dispute);
    if (
      ref(where, 'agreement', v.agreement, ['agreement']) &&
      agreementDisputes.get(v.agreement) !== v.dispute
    )
      problems.push(`${where}: agreement ${v.agreement} belongs to another dispute`);
    issues(where, v.dispute, v.issues);
    evidence(where, v.evidence);
    evidence(`${where} rule`, v.rule.evidence);
    for (const reading of v.rule.readings) {
      evidence(`${where} rule reading ${reading.id}`, reading.evidence);
      reading.thresholds.forEach((t) =>
        evidence(`${where} rule reading ${reading.id} ${t.measure}`, t.evidence),
      );
    }
    v.tallies.forEach((t) => evidence(`${where} tally ${t.id}`, t.evidence));
    v.ballots.forEach((b) => {
      organization(`${where} ballot`, 'unit', b.unit);
      evidence(`${where} ballot ${b.unit}`, b.evidence);
    });
  }

  for (const { name, file } of articles) {
    dispute(`${name}: dispute`, file.dispute);
    const outlet = ref(`${name}: article`, 'outlet', file.article.outlet, ['organization']);
    if (outlet && outlet.orgKind !== 'NEWS_OUTLET') {
      problems.push(
        `${name}: article outlet ${file.article.outlet} is ${outlet.orgKind ?? 'an organization'}, expected NEWS_OUTLET`,
      );
    }
    const published = latestDay(file.article.published);
    for (const s of file.statements) {
      const where = `${name}: statement ${s.id}`;
      // Nobody is quoted saying something after the article that quotes them went out.
      if (s.saidOn !== undefined && earliestDay(s.saidOn) > published)
        problems.push(
          `${where}: said on ${s.saidOn.date}, after the article was published (${file.article.published.date}, at the latest ${published})`,
        );
      if (s.speaker !== undefined) stakeholder(where, 'speaker', s.speaker);
      if (s.onBehalfOf !== undefined) organization(where, 'onBehalfOf', s.onBehalfOf);
      issues(where, file.dispute, s.issues);
      s.mentions.forEach((id) => stakeholder(where, 'mention', id));
    }
    for (const r of file.roles) {
      const where = `${name}: role ${r.person} @ ${r.organization}`;
      ref(where, 'person', r.person, ['person']);
      organization(where, 'organization', r.organization);
      evidence(where, r.evidence);
    }
    for (const m of file.memberships) {
      const where = `${name}: membership ${m.member} in ${m.organization}`;
      stakeholder(where, 'member', m.member);
      organization(where, 'organization', m.organization);
      evidence(where, m.evidence);
    }
    for (const p of file.positions) {
      const where = `${name}: position ${p.id}`;
      stakeholder(where, 'holder', p.holder);
      issues(where, file.dispute, [p.issue]);
      evidence(where, p.evidence);
      evidence(`${where} counterEvidence`, p.counterEvidence);
      // The id convention lets a reader see holder, issue and date without opening the file; the
      // long form also names the dispute, for when another dispute has an issue of that slug.
      const expected = `${p.holder}-${p.issue}-${p.asOf.date}`;
      const long = `${p.holder}-${file.dispute}-${p.issue}-${p.asOf.date}`;
      if (p.id !== expected && p.id !== long)
        problems.push(`${where}: id should be ${expected} (or ${long})`);
      checkPositionMeaning(where, p, statements, problems);
    }
    for (const e of file.events) {
      const where = `${name}: event ${e.id}`;
      e.participants.forEach((p) => stakeholder(where, 'participant', p.id));
      issues(where, file.dispute, e.issues);
      evidence(where, e.evidence);
    }
    for (const f of file.figures) {
      const where = `${name}: figure ${f.id}`;
      if (f.attributedTo !== undefined) stakeholder(where, 'attributedTo', f.attributedTo);
      issues(where, file.dispute, f.issues);
      evidence(where, f.evidence);
    }
  }

  // Something nothing points at is either a curation slip or dead weight in the graph. After a
  // schema error the references held by the rejected items are unknown, so this would misfire.
  if (!schemaClean) return;
  for (const p of entities.people) {
    if (!usedStakeholders.has(p.id))
      problems.push(
        `${E}: person ${p.id} is not referenced by any statement, role, membership, position, event, vote or article`,
      );
  }
  for (const o of entities.organizations) {
    if (!usedStakeholders.has(o.id))
      problems.push(
        `${E}: organization ${o.id} is not referenced by any statement, role, membership, position, event, vote or article`,
      );
  }
  for (const { name, file } of articles) {
    for (const s of file.statements) {
      if (s.speaker === undefined && !usedStatements.has(s.id)) {
        problems.push(`${name}: statement ${s.id} has no speaker and is not cited as evidence by anything`);
      }
    }
  }
}

type PositionSeed = ArticleFile['positions'][number];

/**
 * Words that, in a statement cited for a SUPPORT stance, usually say the opposite: a refusal, a
 * denial, no plan. Matched case-insensitively on whole words after {@link FOR_WORDS} double
 * negatives ("not opposed", "did not reject") are taken out.
 */
const AGAINST_WORDS: readonly RegExp[] = [
  /\bno (?:specific )?plans?\b/i,
  /\bno specifics\b/i,
  /\bdeclin(?:e|ed|es|ing)\b/i,
  /\bwill not\b/i,
  /\bwon['’]t\b/i,
  /\bwould not\b/i,
  /\bwouldn['’]t\b/i,
  /\brefus(?:e|ed|es|ing|al)\b/i,
  /\bunable\b/i,
  /\b(?:do not|don['’]t|does not|doesn['’]t) want\b/i,
  /\bnot negotiate\b/i,
  /\boppos(?:e|ed|es|ing)\b/i,
  /\bcan['’]t\b/i,
];

/** Words that, in a statement cited for an OPPOSE stance, usually say the opposite. */
const FOR_WORDS: readonly RegExp[] = [
  /\bnot opposed\b/i,
  /\bdid not reject\b/i,
  /\bnot have an issue\b/i,
  /\bhappy to\b/i,
  /\bwilling to\b/i,
  /\bglad\b/i,
  /\bsupport(?:s|ed)?\b/i,
];

/** The first word of `text` that runs against `stance`, or undefined. Only SUPPORT and OPPOSE are checked. */
export function wordingAgainst(stance: string, text: string): string | undefined {
  if (stance === 'SUPPORT') {
    const rest = FOR_WORDS.slice(0, 3).reduce((t, re) => t.replace(new RegExp(re.source, 'gi'), ' '), text);
    return firstMatch(AGAINST_WORDS, rest);
  }
  if (stance === 'OPPOSE') return firstMatch(FOR_WORDS, text);
  return undefined;
}

function firstMatch(words: readonly RegExp[], text: string): string | undefined {
  for (const re of words) {
    const m = re.exec(text);
    if (m) return m[0];
  }
  return undefined;
}

/**
 * What a schema cannot check: that a position's evidence is about its issue, was said by its
 * date, does not read against its stance unless a curator said why, and that the note says why.
 */
function checkPositionMeaning(
  where: string,
  p: PositionSeed,
  statements: ReadonlyMap<string, StatementSeed>,
  problems: string[],
): void {
  if ((p.note ?? '').trim().length === 0)
    problems.push(`${where}: has no note saying why its evidence supports ${p.stance}`);
  const reviewed = new Map(p.wordingReviewed.map((r) => [r.statement, r.reason]));
  for (const id of reviewed.keys()) {
    const text = statements.get(id)?.text;
    if (!p.evidence.includes(id))
      problems.push(`${where}: wordingReviewed names ${id}, which is not in its evidence`);
    else if (text !== undefined && wordingAgainst(p.stance, text) === undefined)
      problems.push(`${where}: wordingReviewed names ${id}, whose wording is not flagged: remove it`);
  }
  const asOfLatest = latestDay(p.asOf);
  const check = (id: string, field: 'evidence' | 'counterEvidence'): void => {
    const s = statements.get(id);
    if (s === undefined) return; // a missing or wrong-kind reference is reported elsewhere
    if (!s.issues.includes(p.issue))
      problems.push(
        `${where}: ${field} ${id} is not about ${p.issue} (the statement's issues: ${s.issues.join(', ') || 'none'})`,
      );
    // A REPORT without saidOn is the article describing a fact; its date is the fact's, not the words'.
    if (s.saidOn !== undefined && (s.saidOn.date > p.asOf.date || earliestDay(s.saidOn) > asOfLatest))
      problems.push(
        `${where}: ${field} ${id} was said on ${s.saidOn.date}, after the position's asOf ${p.asOf.date}`,
      );
    if (field === 'evidence' && !reviewed.has(id)) {
      const word = wordingAgainst(p.stance, s.text);
      if (word !== undefined)
        problems.push(
          `${where}: evidence ${id} is worded against ${p.stance} ("${word}"): move it to counterEvidence, or say in wordingReviewed why it supports the stance`,
        );
    }
  };
  for (const id of p.evidence) check(id, 'evidence');
  // A position cannot be dated more precisely than the words it rests on.
  const dated = p.evidence.flatMap((id) => statements.get(id)?.saidOn ?? []);
  if (p.asOf.precision === 'DAY' && dated.length > 0 && !dated.some((d) => d.precision === 'DAY'))
    problems.push(`${where}: asOf is a DAY, but none of its dated evidence gives the day (use their window)`);
  for (const id of p.counterEvidence) {
    if (p.evidence.includes(id)) problems.push(`${where}: ${id} is both evidence and counterEvidence`);
    check(id, 'counterEvidence');
  }
}

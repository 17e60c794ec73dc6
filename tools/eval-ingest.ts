/**
 * npm run eval:ingest: runs the ingestion pipeline over the five seed articles (dry run, no
 * database: the known stakeholders, roles and issue cues are read from seed/data) and compares
 * its proposals with the curated statements, which are the gold. Prints a table and every miss.
 *
 * Also: `npm run eval:ingest -- --fixtures test/fixtures/ingest` runs the same comparison over
 * hand-written articles in that folder (`<id>.txt` + `<id>.gold.yaml`).
 * `--all` prints one line per set instead: the seed and every `test/fixtures/ingest*` folder.
 * `--cues <file.yaml>` adds cues to the issues first (`[{slug, cues: [{phrase, stance}]}]`): what
 * an editor's cues for a story would add, measured before they go into the graph with updateIssue.
 * The seed is scored without the story's cues that were read off its five articles (a cue of two
 * words or more found there word for word and in no editor's list written without them,
 * test/fixtures/editor-cues/ but seed.yaml): `--in-sample` keeps them, `--list-dropped` names them.
 * `--learn` gives the learned stage (src/ingest/learned.ts) the gold of every other set (the seed's
 * curated statements included) as reviewed statements: what it adds once a story has that many;
 * `--learn-sample <n> [--draw <k>]` only n of them, drawn at random (a learning curve).
 * `--agreement [dir]` scores independent readers' labels of the seed's per-quote stance pairs
 * against its gold instead (docs/ingest-runs/stance-agreement): how far people agree with it; with
 * `--fixtures <set>`, of that set's pairs against its gold. `--write-pairs <dir>` writes what
 * such readers are given (the pairs, without their labels, and the articles).
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { readSeed } from '../seed/read';
import { knowledgeFromSeed } from '../seed/knowledge';
import { runPipeline } from '../src/ingest/pipeline';
import { proposePositions } from '../src/ingest/positions';
import { cueSource, cueWords } from '../src/ingest/stance';
import {
  type IssueCue,
  type Knowledge,
  type LabelledStatement,
  type PipelineResult,
  type ProposedStatement,
  type Stance,
} from '../src/ingest/types';
import { parseFrontMatter } from '../src/ingest/front-matter';

export interface GoldStatement {
  id: string;
  kind: string;
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  /** The speaker's name, so a proposed new person can be compared by name. */
  speakerName: string | null;
  issues: string[];
  /** issue slug → stance, from positions of the speaker (or its principal) citing this statement. */
  stances: Map<string, string>;
  /**
   * Issues whose stance above is a MIXED position read over several statements ("a reading of
   * both sides": one quote against layoffs, a report of planned layoffs). The position says
   * nothing about which side this one statement shows, so it is no gold for the per-quote stance.
   */
  sharedMixed: Set<string>;
  /** The curated day the words were said, when the curators give it to the day (seed only). */
  saidOn?: string | null;
}

export interface GoldArticle {
  id: string;
  text: string;
  publishedOn: string | null;
  statements: GoldStatement[];
  /** People the article introduces (held out of the knowledge for the new-person check). */
  newPeople: string[];
  /** Curated positions shown by what someone said (evidence other than REPORTs). */
  positions: { holder: string; holderName: string; issue: string; stance: string }[];
  /**
   * Whether the gold counts a letter's own sentences as its signer's statements (a letters page;
   * src/ingest/letters.ts). A gold file written to quote only what is in quote marks says
   * `lettersQuoted: false`, and the pipeline's letter statements are then left out of its score.
   */
  lettersQuoted: boolean;
}

interface Counts {
  predictedQuotes: number;
  goldQuotes: number;
  matchedQuotes: number;
  speakerRight: number;
  predictedParaphrases: number;
  goldParaphrases: number;
  matchedParaphrases: number;
  paraphraseSpeakerRight: number;
  newExpected: number;
  newFound: number;
  newFalse: number;
  issue: Map<string, { tp: number; fp: number; fn: number }>;
  stancePairs: { gold: string; predicted: string; confidence?: number }[];
  /** The pairs with quote-level gold: stancePairs without the issues in `sharedMixed`. */
  quoteGoldPairs: { gold: string; predicted: string }[];
  /** The same pairs, predicted by the proposed position the quote is evidence of. */
  viaPositionPairs: { gold: string; predicted: string }[];
  positionPairs: { gold: string; predicted: string }[];
  /** saidOn over matched quotes and paraphrases with curated dates: proposed, right, curated days. */
  datesProposed: number;
  datesRight: number;
  datesGold: number;
  datesFound: number;
  misses: string[];
}

const QUOTE_KINDS = new Set(['DIRECT_QUOTE', 'PARTIAL_QUOTE']);

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (shared <= 0) return 0;
  return shared / Math.min(a.end - a.start, b.end - b.start);
}

/** The shared length over the joint length of two spans. */
function jaccard(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return shared <= 0 ? 0 : shared / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}

/**
 * One-to-one matches of predicted and gold spans that share at least half the shorter one, the
 * closest first: of the pairs, those sharing more of the shorter span, then those most alike in
 * extent, are matched before the rest. A quote that holds a nested quote ("My steward told me,
 * 'It's been clarified …' So I read …") matches the outer gold, not the inner; and a transcript's
 * turn does not take the gold of a quote inside it that the pipeline also proposed on its own.
 */
function match<P extends { start: number; end: number }, G extends { start: number; end: number }>(
  predicted: P[],
  gold: G[],
): { pairs: [P, G][]; unmatchedPredicted: P[]; unmatchedGold: G[] } {
  const candidates = predicted
    .flatMap((p, i) => gold.map((g, j) => ({ p, g, i, j, score: overlap(p, g), alike: jaccard(p, g) })))
    .filter((c) => c.score >= 0.5)
    .sort((a, b) => b.score - a.score || b.alike - a.alike || a.i - b.i || a.j - b.j);
  const pairs: [P, G][] = [];
  const usedGold = new Set<G>();
  const usedPredicted = new Set<P>();
  for (const { p, g } of candidates) {
    if (usedGold.has(g) || usedPredicted.has(p)) continue;
    usedGold.add(g);
    usedPredicted.add(p);
    pairs.push([p, g]);
  }
  pairs.sort((a, b) => predicted.indexOf(a[0]) - predicted.indexOf(b[0]));
  const unmatchedPredicted = predicted.filter((p) => !usedPredicted.has(p));
  return { pairs, unmatchedPredicted, unmatchedGold: gold.filter((g) => !usedGold.has(g)) };
}

/**
 * Whether the proposed speaker is the gold one: the same id, or a proposed new person of the gold
 * name; a statement whose gold names nobody ("One man … said") is right when left unattributed.
 */
function speakerRight(
  p: { speaker: { id: string | null; name: string; isNew: boolean } | null },
  g: { speaker: string | null; speakerName: string | null },
): boolean {
  if (g.speaker === null && g.speakerName === null) return p.speaker === null;
  return (
    p.speaker !== null &&
    (p.speaker.id === g.speaker ||
      (p.speaker.isNew &&
        g.speakerName !== null &&
        g.speaker !== null &&
        sameName(p.speaker.name, g.speakerName)))
  );
}

function short(s: string): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > 70 ? `${one.slice(0, 67)}…` : one;
}

function who(p: ProposedStatement): string {
  if (p.speaker === null) return 'nobody';
  return `${p.speaker.id ?? `NEW "${p.speaker.name}"`} (${p.rule}/${p.speaker.link})`;
}

/**
 * Several sets' counts as one: their pairs and spans pooled, so a figure rests on every set's
 * quotes at once rather than on a mean of small sets. Paraphrase counts come only from sets whose
 * gold lists paraphrases (the others' proposals would all count as false).
 */
export function pooled(all: Counts[]): Counts {
  const sum = (f: (c: Counts) => number, of = all) => of.reduce((n, c) => n + f(c), 0);
  const withParaphrases = all.filter((c) => c.goldParaphrases > 0);
  const issue = new Map<string, { tp: number; fp: number; fn: number }>();
  for (const c of all)
    for (const [slug, n] of c.issue) {
      const got = issue.get(slug) ?? { tp: 0, fp: 0, fn: 0 };
      issue.set(slug, { tp: got.tp + n.tp, fp: got.fp + n.fp, fn: got.fn + n.fn });
    }
  return {
    predictedQuotes: sum((c) => c.predictedQuotes),
    goldQuotes: sum((c) => c.goldQuotes),
    matchedQuotes: sum((c) => c.matchedQuotes),
    speakerRight: sum((c) => c.speakerRight),
    predictedParaphrases: sum((c) => c.predictedParaphrases, withParaphrases),
    goldParaphrases: sum((c) => c.goldParaphrases, withParaphrases),
    matchedParaphrases: sum((c) => c.matchedParaphrases, withParaphrases),
    paraphraseSpeakerRight: sum((c) => c.paraphraseSpeakerRight, withParaphrases),
    newExpected: sum((c) => c.newExpected),
    newFound: sum((c) => c.newFound),
    newFalse: sum((c) => c.newFalse),
    issue,
    stancePairs: all.flatMap((c) => c.stancePairs),
    quoteGoldPairs: all.flatMap((c) => c.quoteGoldPairs),
    viaPositionPairs: all.flatMap((c) => c.viaPositionPairs),
    positionPairs: all.flatMap((c) => c.positionPairs),
    datesProposed: sum((c) => c.datesProposed),
    datesRight: sum((c) => c.datesRight),
    datesGold: sum((c) => c.datesGold),
    datesFound: sum((c) => c.datesFound),
    misses: [],
  };
}

export function evaluate(
  articles: GoldArticle[],
  knowledgeFor: (a: GoldArticle, heldOut: boolean) => Knowledge,
): Counts {
  const c: Counts = {
    predictedQuotes: 0,
    goldQuotes: 0,
    matchedQuotes: 0,
    speakerRight: 0,
    predictedParaphrases: 0,
    goldParaphrases: 0,
    matchedParaphrases: 0,
    paraphraseSpeakerRight: 0,
    newExpected: 0,
    newFound: 0,
    newFalse: 0,
    issue: new Map(),
    stancePairs: [],
    quoteGoldPairs: [],
    viaPositionPairs: [],
    positionPairs: [],
    datesProposed: 0,
    datesRight: 0,
    datesGold: 0,
    datesFound: 0,
    misses: [],
  };
  const issueCount = (slug: string) => {
    const got = c.issue.get(slug) ?? { tp: 0, fp: 0, fn: 0 };
    c.issue.set(slug, got);
    return got;
  };
  for (const article of articles) {
    const read = runPipeline(article.text, knowledgeFor(article, false), {
      publishedOn: article.publishedOn,
    });
    const result = article.lettersQuoted ? read : withoutLetters(read);
    const predicted = result.statements.filter((s) => QUOTE_KINDS.has(s.kind));
    const gold = article.statements.filter((s) => QUOTE_KINDS.has(s.kind));
    c.predictedQuotes += predicted.length;
    c.goldQuotes += gold.length;
    const m = match(predicted, gold);
    c.matchedQuotes += m.pairs.length;
    for (const p of m.unmatchedPredicted)
      c.misses.push(`${article.id} extra quote @${p.start} "${short(p.text)}" → ${who(p)}`);
    for (const g of m.unmatchedGold)
      c.misses.push(`${article.id} missed quote @${g.start} "${short(g.text)}" (${g.speaker})`);
    for (const [p, g] of m.pairs) {
      const right = speakerRight(p, g);
      if (right) c.speakerRight += 1;
      else
        c.misses.push(`${article.id} speaker @${g.start} "${short(g.text)}": ${who(p)}, gold ${g.speaker}`);
      const predictedIssues = new Map(p.issues.map((i) => [i.slug, i.stance]));
      const confidences = new Map(p.issues.map((i) => [i.slug, i.confidence]));
      for (const slug of new Set([...predictedIssues.keys(), ...g.issues])) {
        const count = issueCount(slug);
        const inP = predictedIssues.has(slug);
        const inG = g.issues.includes(slug);
        if (inP && inG) count.tp += 1;
        else if (inP) count.fp += 1;
        else count.fn += 1;
      }
      const index = result.statements.indexOf(p);
      for (const [slug, stance] of g.stances) {
        const predictedStance = predictedIssues.get(slug) ?? 'NONE';
        c.stancePairs.push({ gold: stance, predicted: predictedStance, confidence: confidences.get(slug) });
        if (!g.sharedMixed.has(slug)) c.quoteGoldPairs.push({ gold: stance, predicted: predictedStance });
        const position = result.positions.find((x) => x.issue === slug && x.evidence.includes(index));
        c.viaPositionPairs.push({ gold: stance, predicted: position?.stance ?? 'NONE' });
        if (predictedStance !== stance) {
          c.misses.push(
            `${article.id} stance @${g.start} "${short(g.text)}" on ${slug}: ${predictedStance}, gold ${stance}${g.sharedMixed.has(slug) ? ' (MIXED over several statements: not quote-level gold)' : ''}`,
          );
        }
      }
    }
    // Positions: each curated one against the proposal for the same holder and issue, and each
    // proposal with no curated counterpart as a false one (gold NONE).
    const usedPositions = new Set<number>();
    const isHolder = (
      ref: { id: string | null; name: string; isNew?: boolean } | null,
      g: { holder: string; holderName: string },
    ) => ref !== null && (ref.id === g.holder || (ref.isNew === true && sameName(ref.name, g.holderName)));
    const free = (i: number, p: (typeof result.positions)[number], g: { issue: string }) =>
      !usedPositions.has(i) && p.issue === g.issue;
    const matched = new Map<(typeof article.positions)[number], number>();
    for (const g of article.positions) {
      const at = result.positions.findIndex((p, i) => free(i, p, g) && isHolder(p.holder, g));
      if (at >= 0) {
        usedPositions.add(at);
        matched.set(g, at);
      }
    }
    // A spokesperson's quotes make a position of the organization they speak for; gold written
    // per speaker (the fixtures) matches it, once the holders' own matches are taken, through the
    // speaker of its evidence.
    for (const g of article.positions) {
      if (matched.has(g)) continue;
      const at = result.positions.findIndex(
        (p, i) => free(i, p, g) && p.evidence.some((e) => isHolder(result.statements[e]?.speaker ?? null, g)),
      );
      if (at >= 0) {
        usedPositions.add(at);
        matched.set(g, at);
      }
    }
    for (const g of article.positions) {
      const at = matched.get(g);
      const predictedStance = at === undefined ? 'NONE' : (result.positions[at]?.stance ?? 'NONE');
      c.positionPairs.push({ gold: g.stance, predicted: predictedStance });
      if (predictedStance !== g.stance) {
        c.misses.push(
          `${article.id} position ${g.holder} on ${g.issue}: ${predictedStance}, gold ${g.stance}`,
        );
      }
    }
    result.positions.forEach((p, i) => {
      if (usedPositions.has(i)) return;
      c.positionPairs.push({ gold: 'NONE', predicted: p.stance });
      c.misses.push(
        `${article.id} extra position ${p.holder.id ?? p.holder.name} on ${p.issue}: ${p.stance} (${p.confidence})`,
      );
    });

    const predictedPara = result.statements.filter((s) => s.kind === 'PARAPHRASE');
    const goldPara = article.statements.filter((s) => s.kind === 'PARAPHRASE');
    c.predictedParaphrases += predictedPara.length;
    c.goldParaphrases += goldPara.length;
    const mp = match(predictedPara, goldPara);
    c.matchedParaphrases += mp.pairs.length;
    c.paraphraseSpeakerRight += mp.pairs.filter(([p, g]) => speakerRight(p, g)).length;
    for (const p of mp.unmatchedPredicted)
      c.misses.push(`${article.id} extra paraphrase @${p.start} "${short(p.text)}" → ${who(p)}`);
    for (const g of mp.unmatchedGold)
      c.misses.push(`${article.id} missed paraphrase @${g.start} "${short(g.text)}" (${g.speaker})`);
    for (const [p, g] of mp.pairs.filter(([p, g]) => !speakerRight(p, g)))
      c.misses.push(
        `${article.id} paraphrase speaker @${g.start} "${short(g.text)}": ${who(p)}, gold ${g.speaker}`,
      );

    // When the words were said: only where the curators dated them (the seed).
    for (const [p, g] of [...m.pairs, ...mp.pairs]) {
      if (g.saidOn === undefined) continue;
      const proposed = p.saidOn?.date ?? null;
      if (proposed !== null) c.datesProposed += 1;
      if (proposed !== null && proposed === g.saidOn) c.datesRight += 1;
      if (g.saidOn !== null) c.datesGold += 1;
      if (g.saidOn !== null && proposed === g.saidOn) c.datesFound += 1;
      if (proposed !== g.saidOn && (proposed !== null || g.saidOn !== null))
        c.misses.push(
          `${article.id} saidOn @${g.start} "${short(g.text)}": ${proposed ?? 'none'}, curated ${g.saidOn ?? 'no day'}`,
        );
    }

    // New people: run again without the people this article introduces; each should come back
    // as one proposed new person of that name, and no known person should be proposed as new.
    if (article.newPeople.length > 0) {
      const heldOut = runPipeline(article.text, knowledgeFor(article, true), {
        publishedOn: article.publishedOn,
      });
      const proposed = heldOut.people.filter((p) => p.isNew).map((p) => p.name);
      const wanted = new Set(article.newPeople.map((n) => n.replace(/[’]/g, "'")));
      c.newExpected += wanted.size;
      for (const name of wanted) {
        if (proposed.some((p) => sameName(p, name))) c.newFound += 1;
        else c.misses.push(`${article.id} new person not proposed: ${name}`);
      }
      for (const name of proposed) {
        if (![...wanted].some((w) => sameName(name, w))) {
          c.newFalse += 1;
          c.misses.push(`${article.id} proposed as new but not new: ${name}`);
        }
      }
    }
  }
  return c;
}

/** "Lawrence F. Cafero" and "Lawrence Cafero" are one name. */
function sameName(a: string, b: string): boolean {
  const key = (s: string) => {
    const words = s
      .replace(/[’]/g, "'")
      .split(/\s+/)
      .filter((w) => !/^\p{Lu}\.$/u.test(w));
    return `${words[0] ?? ''} ${words.at(-1) ?? ''}`.toLowerCase();
  };
  return key(a) === key(b);
}

function f1(tp: number, fp: number, fn: number): number {
  const p = tp + fp === 0 ? 0 : tp / (tp + fp);
  const r = tp + fn === 0 ? 0 : tp / (tp + fn);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** F1 of each class in `classes` over (gold, predicted) pairs. */
function classF1s(pairs: { gold: string; predicted: string }[], classes: string[]): number[] {
  return classes.map((cls) =>
    f1(
      pairs.filter((p) => p.gold === cls && p.predicted === cls).length,
      pairs.filter((p) => p.gold !== cls && p.predicted === cls).length,
      pairs.filter((p) => p.gold === cls && p.predicted !== cls).length,
    ),
  );
}

const ratio = (a: number, b: number) => (b === 0 ? 'n/a' : `${(a / b).toFixed(3)} (${a}/${b})`);

const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/** The per-class F1s behind the report's macro figures. */
function classFigures(c: Counts) {
  const classes = [...new Set(c.stancePairs.map((p) => p.gold))].sort();
  const positionClasses = [...new Set(c.positionPairs.map((p) => p.gold))].filter((x) => x !== 'NONE').sort();
  return {
    issueF1s: [...c.issue.values()].map((x) => f1(x.tp, x.fp, x.fn)),
    classes,
    stanceF1s: classF1s(c.stancePairs, classes),
    positionClasses,
    positionF1s: classF1s(c.positionPairs, positionClasses),
  };
}

export function report(title: string, c: Counts): string[] {
  const { issueF1s, classes, stanceF1s, positionClasses, positionF1s } = classFigures(c);
  const quoteClasses = [...new Set(c.quoteGoldPairs.map((p) => p.gold))].sort();
  const quoteF1s = classF1s(c.quoteGoldPairs, quoteClasses);
  const viaF1s = classF1s(c.viaPositionPairs, classes);
  const goldPositions = c.positionPairs.filter((p) => p.gold !== 'NONE').length;
  const extraPositions = c.positionPairs.filter((p) => p.gold === 'NONE').length;
  const rows: [string, string][] = [
    ['quote precision', ratio(c.matchedQuotes, c.predictedQuotes)],
    ['quote recall (DIRECT+PARTIAL)', ratio(c.matchedQuotes, c.goldQuotes)],
    ['speaker accuracy (matched quotes)', ratio(c.speakerRight, c.matchedQuotes)],
    [
      'paraphrase precision',
      c.goldParaphrases === 0
        ? 'n/a (no paraphrase gold)'
        : ratio(c.matchedParaphrases, c.predictedParaphrases),
    ],
    ['paraphrase recall', ratio(c.matchedParaphrases, c.goldParaphrases)],
    ['paraphrase speaker accuracy', ratio(c.paraphraseSpeakerRight, c.matchedParaphrases)],
    ['new-person recall (held out)', ratio(c.newFound, c.newExpected)],
    ['false new persons (held out)', String(c.newFalse)],
    ['saidOn precision (matched, proposed a day)', ratio(c.datesRight, c.datesProposed)],
    ['saidOn recall (matched, curated to the day)', ratio(c.datesFound, c.datesGold)],
    ['issue macro-F1 (matched quotes)', `${mean(issueF1s).toFixed(3)} over ${issueF1s.length} issues`],
    [
      'per-quote stance macro-F1',
      `${mean(stanceF1s).toFixed(3)} over ${classes.join('/')} (${c.stancePairs.length} pairs)`,
    ],
    [
      'per-quote stance macro-F1, quote-level gold',
      `${mean(quoteF1s).toFixed(3)} over ${quoteClasses.join('/')} (${c.quoteGoldPairs.length} pairs: without MIXED positions read over several statements)`,
    ],
    [
      'per-quote stance macro-F1, read by position',
      `${mean(viaF1s).toFixed(3)} (the holder's proposed position on the issue in this article, for each quote)`,
    ],
    [
      'position stance macro-F1',
      `${mean(positionF1s).toFixed(3)} over ${positionClasses.join('/')} (${goldPositions} curated, ${extraPositions} proposed with no curated match)`,
    ],
  ];
  const width = Math.max(...rows.map((r) => r[0].length));
  return [
    `== ${title}`,
    ...rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`),
    ...classes.map((cls, i) => `  per-quote stance F1 ${cls.padEnd(8)} ${(stanceF1s[i] ?? 0).toFixed(3)}`),
    ...quoteClasses.map(
      (cls, i) => `  quote-level stance F1 ${cls.padEnd(8)} ${(quoteF1s[i] ?? 0).toFixed(3)}`,
    ),
    ...classes.map((cls, i) => `  by-position stance F1 ${cls.padEnd(8)} ${(viaF1s[i] ?? 0).toFixed(3)}`),
    ...positionClasses.map(
      (cls, i) => `  position stance F1  ${cls.padEnd(8)} ${(positionF1s[i] ?? 0).toFixed(3)}`,
    ),
    ...confusion(c.stancePairs),
    ...calibration(c.stancePairs),
    `-- misses (${c.misses.length})`,
    ...c.misses.map((m) => `  ${m}`),
  ];
}

/** The per-quote stance pairs as a table: a row per gold class, a column per prediction. */
function confusion(pairs: { gold: string; predicted: string }[]): string[] {
  const gold = [...new Set(pairs.map((p) => p.gold))].sort();
  const predicted = [...new Set([...gold, ...pairs.map((p) => p.predicted)])].sort();
  const cell = (s: string) => s.padStart(8);
  return [
    `  per-quote confusion (row gold, column proposed)`,
    `  ${''.padEnd(8)}${predicted.map(cell).join('')}`,
    ...gold.map(
      (g) =>
        `  ${g.padEnd(8)}${predicted.map((p) => cell(String(pairs.filter((x) => x.gold === g && x.predicted === p).length))).join('')}`,
    ),
  ];
}

/**
 * How often a proposed stance is right at each confidence, so an editor can choose the
 * `minConfidence` of `acceptAll`: the pairs with a proposal, by band of its confidence.
 */
function calibration(pairs: { gold: string; predicted: string; confidence?: number }[]): string[] {
  const bands: [number, number][] = [
    [0, 0.5],
    [0.5, 0.7],
    [0.7, 1.01],
  ];
  return [
    '  per-quote stance right, by proposed confidence',
    ...bands.map(([low, high]) => {
      const inBand = pairs.filter(
        (p) => p.confidence !== undefined && p.confidence >= low && p.confidence < high,
      );
      const right = inBand.filter((p) => p.gold === p.predicted).length;
      const share = inBand.length === 0 ? 'n/a' : (right / inBand.length).toFixed(3);
      return `  [${low.toFixed(1)}, ${Math.min(high, 1).toFixed(1)}${high > 1 ? ']' : ')'}  ${share} (${right}/${inBand.length})`;
    }),
  ];
}

async function seedGold(): Promise<{
  articles: GoldArticle[];
  knowledge: Knowledge;
  firstSeen: Map<string, string>;
}> {
  const seed = await readSeed();
  const knowledge = knowledgeFromSeed(seed);
  const people = new Map(seed.entities.people.map((p) => [p.id, p]));
  const names = new Map([...seed.entities.people, ...seed.entities.organizations].map((s) => [s.id, s.name]));
  // A person is "new" to the article that first names them (the earliest article citing them).
  const articlesByDate = [...seed.articles].sort((a, b) =>
    a.file.article.published.date.localeCompare(b.file.article.published.date),
  );
  const firstSeen = new Map<string, string>();
  for (const a of articlesByDate) {
    const ids = new Set(a.file.statements.map((s) => s.id));
    for (const p of people.values()) {
      if (!firstSeen.has(p.id) && p.evidence.every((e) => ids.has(e))) firstSeen.set(p.id, a.file.article.id);
    }
  }
  const articles = seed.articles.map((a): GoldArticle => {
    const positions = a.file.positions;
    return {
      id: a.file.article.id,
      text: a.text,
      publishedOn: a.file.article.published.date,
      lettersQuoted: true,
      positions: positions
        .filter((p) => a.file.statements.some((s) => p.evidence.includes(s.id) && s.kind !== 'REPORT'))
        .map((p) => ({
          holder: p.holder,
          holderName: names.get(p.holder) ?? p.holder,
          issue: p.issue,
          stance: p.stance,
        })),
      newPeople: [...firstSeen]
        .filter(([id, art]) => art === a.file.article.id && spokeIn(a, id))
        .map(([id]) => people.get(id)?.name ?? id),
      statements: a.file.statements.map((s) => ({
        id: s.id,
        kind: s.kind,
        start: s.start,
        end: s.start + s.text.length,
        text: s.text,
        speaker: s.speaker ?? null,
        speakerName: s.speaker === undefined ? null : (names.get(s.speaker) ?? null),
        saidOn: s.saidOn?.precision === 'DAY' ? String(s.saidOn.date) : null,
        issues: s.issues,
        stances: new Map(
          positions
            .filter((p) => p.evidence.includes(s.id) && (p.holder === s.speaker || p.holder === s.onBehalfOf))
            .map((p) => [p.issue, p.stance]),
        ),
        sharedMixed: new Set(
          positions
            .filter(
              (p) =>
                p.evidence.includes(s.id) &&
                (p.holder === s.speaker || p.holder === s.onBehalfOf) &&
                p.stance === 'MIXED' &&
                p.evidence.length > 1,
            )
            .map((p) => p.issue),
        ),
      })),
    };
  });
  return { articles, knowledge, firstSeen };
}

function spokeIn(a: { file: { statements: { speaker?: string | undefined }[] } }, id: string): boolean {
  return a.file.statements.some((s) => s.speaker === id);
}

export async function fixtureGold(dir: string): Promise<GoldArticle[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
  const out: GoldArticle[] = [];
  for (const name of names) {
    const raw = await readFile(path.join(dir, name), 'utf8');
    const { text, meta } = parseFrontMatter(raw);
    const gold = parse(await readFile(path.join(dir, name.replace(/\.txt$/, '.gold.yaml')), 'utf8')) as {
      newPeople?: string[];
      quotes: { text: string; speaker?: string | null; kind?: string; issues?: Record<string, string> }[];
      lettersQuoted?: boolean;
    };
    const statements: GoldStatement[] = [];
    let from = 0;
    for (const q of gold.quotes) {
      const kind = q.kind ?? 'DIRECT_QUOTE';
      const previous = statements.at(-1);
      // (A sentence may be listed twice where it starts: as a transcript's turn and as the report
      // of someone else's words inside it, a quote and a paraphrase.)
      const sameStart =
        previous !== undefined && previous.kind !== kind && text.startsWith(q.text, previous.start)
          ? previous.start
          : -1;
      const at = sameStart >= 0 ? sameStart : text.indexOf(q.text, from);
      if (at < 0) throw new Error(`${name}: gold quote not in text: ${q.text}`);
      from = at + 1;
      statements.push({
        id: sameStart >= 0 ? `${name}@${at}/${kind}` : `${name}@${at}`,
        kind,
        start: at,
        end: at + q.text.length,
        text: q.text,
        // A gold entry with no speaker leaves the key out: null, as the type says.
        speaker: q.speaker ?? null,
        speakerName: q.speaker ?? null,
        issues: Object.keys(q.issues ?? {}),
        stances: new Map(Object.entries(q.issues ?? {}).filter(([, v]) => v !== 'ABOUT')),
        sharedMixed: new Set(),
      });
    }
    // Positions follow from the quotes: one per speaker and issue, MIXED when they say both.
    const byKey = new Map<string, { holder: string; issue: string; stances: Set<string> }>();
    for (const q of gold.quotes) {
      if (q.speaker === null || q.speaker === undefined) continue;
      for (const [issue, stance] of Object.entries(q.issues ?? {})) {
        const key = `${q.speaker}|${issue}`;
        const entry = byKey.get(key) ?? { holder: q.speaker, issue, stances: new Set<string>() };
        entry.stances.add(stance === 'ABOUT' ? 'NEUTRAL' : stance);
        byKey.set(key, entry);
      }
    }
    const positions = [...byKey.values()].map(({ holder, issue, stances }) => {
      const mixed = (stances.has('SUPPORT') && stances.has('OPPOSE')) || stances.has('MIXED');
      const stance = mixed
        ? 'MIXED'
        : stances.has('SUPPORT')
          ? 'SUPPORT'
          : stances.has('OPPOSE')
            ? 'OPPOSE'
            : 'NEUTRAL';
      return { holder, holderName: holder, issue, stance };
    });
    out.push({
      positions,
      id: name,
      text,
      publishedOn: meta.publishedOn ?? null,
      statements,
      newPeople: gold.newPeople ?? [],
      lettersQuoted: gold.lettersQuoted ?? true,
    });
  }
  return out;
}

/** A pipeline result without the statements it read as letters, its positions proposed again. */
function withoutLetters(result: PipelineResult): PipelineResult {
  const statements = result.statements.filter((s) => s.rule !== 'letter-signature');
  return { ...result, statements, positions: proposePositions(statements) };
}

/** The issues with the cues of `file` added to them. */
async function withExtraCues(knowledge: Knowledge, file: string): Promise<Knowledge> {
  const extra = parse(await readFile(file, 'utf8')) as { slug: string; cues: IssueCue[] }[];
  const unknown = extra.find((e) => !knowledge.issues.some((i) => i.slug === e.slug));
  if (unknown !== undefined) throw new Error(`${file}: no issue "${unknown.slug}"`);
  const bad = extra
    .flatMap((e) => e.cues)
    .find((c) => ![undefined, null, 'SUPPORT', 'OPPOSE'].includes(c.stance));
  if (bad !== undefined) throw new Error(`${file}: "${bad.phrase}" has stance ${String(bad.stance)}`);
  return {
    ...knowledge,
    issues: knowledge.issues.map((issue) => ({
      ...issue,
      cues: [
        ...issue.cues,
        ...extra
          .filter((e) => e.slug === issue.slug)
          .flatMap((e) => e.cues.map((c) => ({ phrase: c.phrase, stance: c.stance ?? null }))),
      ],
    })),
  };
}

/** A text as the in-sample check reads it: lower case, one kind of apostrophe (as cueWords). */
function plain(s: string): string {
  return s.toLowerCase().replace(/[’‘]/g, "'");
}

/**
 * The story's cues without those read off `texts`: a cue of two words or more that occurs word for
 * word in one of the texts and in none of the `independent` lists (phrases written without those
 * texts). The seed is scored with what remains; cues copied from the articles being scored would
 * make its figures in-sample.
 */
export function withoutCuesReadOff(
  knowledge: Knowledge,
  texts: string[],
  independent: Set<string>,
): { knowledge: Knowledge; dropped: string[] } {
  const haystacks = texts.map(plain);
  const dropped: string[] = [];
  const readOff = (cue: IssueCue): boolean => {
    const words = cueWords(cue.phrase);
    if (words.length < 2 || independent.has(words.join(' '))) return false;
    const pattern = new RegExp(cueSource(words), 'u');
    return haystacks.some((h) => pattern.test(h));
  };
  const issues = knowledge.issues.map((issue) => ({
    ...issue,
    cues: issue.cues.filter((cue) => {
      if (!readOff(cue)) return true;
      dropped.push(`${issue.slug}: ${cue.phrase}`);
      return false;
    }),
  }));
  return { knowledge: { ...knowledge, issues }, dropped };
}

/** Every phrase of the editors' lists written without the seed articles (all but `seed.yaml`). */
async function independentPhrases(dir = 'test/fixtures/editor-cues'): Promise<Set<string>> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.yaml') && f !== 'seed.yaml');
  const phrases = new Set<string>();
  for (const file of files) {
    const lists = parse(await readFile(path.join(dir, file), 'utf8')) as { cues: IssueCue[] }[];
    for (const cue of lists.flatMap((l) => l.cues)) phrases.add(cueWords(cue.phrase).join(' '));
  }
  return phrases;
}

/** One line of `--all`: the headline figures of a set, three decimals, "n/a" where there is no gold. */
export function summaryRow(name: string, c: Counts): string {
  const share = (a: number, b: number) => (b === 0 ? 'n/a' : (a / b).toFixed(3));
  const { issueF1s, stanceF1s, positionF1s } = classFigures(c);
  const cells = [
    name,
    share(c.matchedQuotes, c.predictedQuotes),
    share(c.matchedQuotes, c.goldQuotes),
    share(c.speakerRight, c.matchedQuotes),
    c.goldParaphrases === 0 ? 'n/a' : share(c.matchedParaphrases, c.predictedParaphrases),
    share(c.matchedParaphrases, c.goldParaphrases),
    mean(issueF1s).toFixed(3),
    mean(stanceF1s).toFixed(3),
    mean(positionF1s).toFixed(3),
  ];
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(16) : cell.padStart(9))).join(' ');
}

const SUMMARY_HEADER = [
  'set',
  'quote P',
  'quote R',
  'speaker',
  'para P',
  'para R',
  'issue',
  'stance',
  'position',
]
  .map((cell, i) => (i === 0 ? cell.padEnd(16) : cell.padStart(9)))
  .join(' ');

/** Gold statements as reviewed examples for the learned stage: their issues and the side shown. */
export function labelled(articles: GoldArticle[]): LabelledStatement[] {
  return articles.flatMap((a) =>
    a.statements.map((s) => ({
      text: s.text,
      speaker: s.speaker,
      issues: s.issues.map((slug) => ({ slug, stance: (s.stances.get(slug) as Stance | undefined) ?? null })),
    })),
  );
}

/** `n` of `items` in a random order fixed by `draw` (a linear congruential generator). */
function drawn<T>(items: T[], n: number, draw: number): T[] {
  let state = 17 + 7919 * draw;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  return items
    .map((item) => ({ item, key: next() }))
    .sort((a, b) => a.key - b.key)
    .slice(0, n)
    .map(({ item }) => item);
}

/**
 * The gold's per-quote stance pairs, in text order: each quote with a stance on an issue (what the
 * per-quote stance figure is scored on), and whether it is quote-level gold (not a MIXED position
 * read over several statements).
 */
export function goldStancePairs(articles: GoldArticle[]) {
  return articles.flatMap((a) =>
    a.statements
      .filter((s) => QUOTE_KINDS.has(s.kind))
      .flatMap((s) =>
        [...s.stances].map(([issue, stance]) => ({
          article: a.id,
          start: s.start,
          quote: s.text,
          speaker: s.speakerName ?? s.speaker,
          issue,
          stance,
          quoteLevel: !s.sharedMixed.has(issue),
        })),
      ),
  );
}

/**
 * Writes what independent readers need to label a gold's stance pairs, and nothing of the gold's
 * labels: `pairs.json` (numbered pairs: quote, speaker, issue, where in which article) and the
 * articles' texts under `articles/`.
 */
async function writeReaderPairs(articles: GoldArticle[], out: string): Promise<number> {
  await mkdir(path.join(out, 'articles'), { recursive: true });
  const file = (id: string) => `articles/${id.replace(/\.txt$/, '')}.txt`;
  for (const a of articles) await writeFile(path.join(out, file(a.id)), a.text);
  const pairs = goldStancePairs(articles).map(({ article, start, quote, speaker, issue }, i) => ({
    pair: i + 1,
    article,
    file: file(article),
    start,
    quote,
    speaker,
    issue,
  }));
  await writeFile(path.join(out, 'pairs.json'), `${JSON.stringify(pairs, null, 2)}\n`);
  return pairs.length;
}

/** One reader's label for one gold stance pair: a quote (by article and offset) and an issue. */
export interface ReaderLabel {
  article: string;
  start: number;
  issue: string;
  stance: string;
}

/**
 * How independent readers' labels of the gold's per-quote stance pairs score against that gold, by
 * the figures the pipeline is scored by (per-quote and quote-level macro-F1, per class), and how
 * often each two readers give the same label. A pair a reader left out counts as NONE.
 */
export function readerAgreement(articles: GoldArticle[], readers: Map<string, ReaderLabel[]>): string[] {
  const key = (article: string, start: number, issue: string) => `${article}@${start}:${issue}`;
  const gold = goldStancePairs(articles).map((g) => ({ ...g, key: key(g.article, g.start, g.issue) }));
  const classes = [...new Set(gold.map((g) => g.stance))].sort();
  const labels = new Map(
    [...readers].map(([name, list]) => [
      name,
      new Map(list.map((l) => [key(l.article, l.start, l.issue), l.stance])),
    ]),
  );
  const lines = [
    `${gold.length} gold pairs (${classes.map((c) => `${c} ${gold.filter((g) => g.stance === c).length}`).join(', ')})`,
  ];
  for (const [name, read] of labels) {
    const pairs = gold.map((g) => ({
      gold: g.stance,
      predicted: read.get(g.key) ?? 'NONE',
      quoteLevel: g.quoteLevel,
    }));
    const f1s = classF1s(pairs, classes);
    const quoteLevel = pairs.filter((p) => p.quoteLevel);
    lines.push(
      `reader ${name}: per-quote stance macro-F1 ${mean(f1s).toFixed(3)}, quote-level ${mean(
        classF1s(quoteLevel, [...new Set(quoteLevel.map((p) => p.gold))].sort()),
      ).toFixed(3)}; ${classes.map((c, i) => `${c} ${(f1s[i] ?? 0).toFixed(3)}`).join(', ')}`,
    );
  }
  const names = [...labels.keys()];
  names.forEach((a, i) =>
    names.slice(i + 1).forEach((b) => {
      const same = gold.filter(
        (g) => (labels.get(a)?.get(g.key) ?? 'NONE') === (labels.get(b)?.get(g.key) ?? 'NONE'),
      );
      lines.push(
        `readers ${a} and ${b} give the same label to ${ratio(same.length, gold.length)} of the pairs`,
      );
    }),
  );
  return lines;
}

/** The readers' label files in `dir` (labels-<name>.json, each `{pair, stance}` of pairs.json's pairs). */
async function readersIn(dir: string): Promise<Map<string, ReaderLabel[]>> {
  const pairs = JSON.parse(await readFile(path.join(dir, 'pairs.json'), 'utf8')) as {
    pair: number;
    article: string;
    start: number;
    issue: string;
  }[];
  const byNumber = new Map(pairs.map((p) => [p.pair, p]));
  const readers = new Map<string, ReaderLabel[]>();
  for (const file of (await readdir(dir)).filter((f) => /^labels-.+\.json$/.test(f)).sort()) {
    const labels = JSON.parse(await readFile(path.join(dir, file), 'utf8')) as {
      pair: number;
      stance: string;
    }[];
    readers.set(
      file.replace(/^labels-|\.json$/g, ''),
      labels.flatMap((l) => {
        const p = byNumber.get(l.pair);
        return p === undefined
          ? []
          : [{ article: p.article, start: p.start, issue: p.issue, stance: l.stance }];
      }),
    );
  }
  return readers;
}

/** Every hand-written set under test/fixtures, by folder name, in numeric order. */
export async function fixtureSets(): Promise<Map<string, GoldArticle[]>> {
  const root = 'test/fixtures';
  const names = (await readdir(root, { withFileTypes: true }))
    .filter((e) => e.isDirectory() && e.name.startsWith('ingest'))
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const sets = new Map<string, GoldArticle[]>();
  for (const name of names) sets.set(name, await fixtureGold(path.join(root, name)));
  return sets;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const fixtures = args.indexOf('--fixtures');
  const cuesAt = args.indexOf('--cues');
  // --learn: each set is read as if the graph held every other set's statements, reviewed;
  // --learn-sample <n>: only n of them, drawn at random (--draw <k> picks another draw).
  const sampleAt = args.indexOf('--learn-sample');
  const sample = sampleAt < 0 ? undefined : Number(args[sampleAt + 1]);
  const drawAt = args.indexOf('--draw');
  const draw = drawAt < 0 ? 0 : Number(args[drawAt + 1]);
  const learn = args.includes('--learn') || sample !== undefined;
  const seed = await seedGold();
  const { articles, firstSeen } = seed;
  const cuesFile = cuesAt < 0 ? undefined : args[cuesAt + 1];
  const knowledge = cuesFile === undefined ? seed.knowledge : await withExtraCues(seed.knowledge, cuesFile);
  const dir = fixtures < 0 ? undefined : (args[fixtures + 1] ?? 'test/fixtures/ingest');
  const agreementAt = args.indexOf('--agreement');
  const pairsAt = args.indexOf('--write-pairs');
  if (pairsAt >= 0) {
    const out = args[pairsAt + 1] ?? 'stance-pairs';
    const n = await writeReaderPairs(dir === undefined ? articles : await fixtureGold(dir), out);
    process.stdout.write(`wrote ${n} stance pairs and their articles to ${out}\n`);
    return;
  }
  if (agreementAt >= 0) {
    const from = args[agreementAt + 1] ?? 'docs/ingest-runs/stance-agreement';
    const lines = readerAgreement(
      dir === undefined ? articles : await fixtureGold(dir),
      await readersIn(from),
    );
    process.stdout.write(
      `== independent readers of ${dir === undefined ? 'the seed' : path.basename(dir)}'s per-quote stance pairs (${from})\n${lines.join('\n')}\n`,
    );
    return;
  }
  const sets = args.includes('--all') || learn ? await fixtureSets() : new Map<string, GoldArticle[]>();
  if (dir !== undefined && !sets.has(path.basename(dir)))
    sets.set(path.basename(dir), await fixtureGold(dir));
  const all = new Map([['seed', articles], ...sets]);
  // The seed is scored without the cues read off its own articles (--in-sample: with them).
  const outOfSample = withoutCuesReadOff(
    knowledge,
    articles.map((a) => a.text),
    await independentPhrases(),
  );
  const inSample = args.includes('--in-sample');
  const knowledgeOf = (set: string): Knowledge => {
    const cues = set === 'seed' && !inSample ? outOfSample.knowledge : knowledge;
    // Without --learn, the cues alone (the seed's own statements would be its answers).
    if (!learn) return { ...cues, examples: undefined };
    const examples = labelled([...all].filter(([name]) => name !== set).flatMap(([, gold]) => gold));
    return { ...cues, examples: sample === undefined ? examples : drawn(examples, sample, draw) };
  };
  const lines: string[] = [];
  const seedCounts = () => {
    const own = knowledgeOf('seed');
    return evaluate(articles, (a, heldOut) =>
      heldOut
        ? {
            ...own,
            stakeholders: own.stakeholders.filter(
              (s) => firstSeen.get(s.id) !== a.id || !a.newPeople.includes(s.name),
            ),
            roles: own.roles.filter((r) => firstSeen.get(r.personId) !== a.id),
          }
        : own,
    );
  };
  const setCounts = (name: string) => {
    const own = knowledgeOf(name);
    return evaluate(sets.get(name) ?? [], () => own);
  };
  const learning = !learn
    ? ''
    : sample === undefined
      ? ', issues also learned from every other set'
      : `, issues also learned from ${sample} statements of the other sets (draw ${draw})`;
  if (args.includes('--all')) {
    // The seed and every hand-written set, one line each (per-quote stance, as in the report).
    lines.push(SUMMARY_HEADER, summaryRow('seed', seedCounts()));
    const counted = [...sets.keys()].map((name) => {
      const counts = setCounts(name);
      lines.push(summaryRow(name, counts));
      return counts;
    });
    // Every hand-written set as one: less noise than any one set of 50–100 stance pairs.
    lines.push(summaryRow(`pooled:${counted.length}`, pooled(counted)));
  } else if (dir === undefined) {
    const cues = inSample
      ? 'every story cue, in-sample'
      : `without the ${outOfSample.dropped.length} story cues read off these articles`;
    lines.push(...report(`seed articles (curated statements as gold, ${cues}${learning})`, seedCounts()));
    if (!inSample && args.includes('--list-dropped'))
      lines.push('', 'story cues read off the seed articles (not used here):', ...outOfSample.dropped);
  } else {
    const counts = setCounts(path.basename(dir));
    lines.push(...report(`${dir} (never-seen articles, hand-written gold${learning})`, counts));
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}

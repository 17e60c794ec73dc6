/**
 * Stage 5b: issues learned from the reviewed statements. The cues (stance.ts) see an issue only
 * where one of its phrases occurs; on a new article most issues a quote addresses are named in
 * other words. The statements already in the graph (curated, or proposed and accepted) are
 * labelled examples: the issues each is ABOUT, and the stance of the positions its speaker holds
 * citing it. From them, one logistic regression per issue reads whether a text addresses it, and
 * two more (SUPPORT, OPPOSE) which side it takes, over the text's words and word pairs and who
 * said it (a speaker's earlier statements on the issue weigh in on which side a new one takes).
 *
 * The cues keep the first word on which issues a quote is about: the model only adds an issue no
 * cue found (with the side it reads, or NEUTRAL), gives a side to an issue the cues found only as
 * a topic, and turns a side the cues read to the other one when the reviewed statements read that
 * other side with little doubt (OVERRULE_AT). What it adds or turns is below LOW_CONFIDENCE and
 * says so in its `cues` entry ("learned …"), so an editor sees it is the model's reading and
 * acceptAll's default threshold leaves it for review.
 *
 * Training is stochastic gradient descent shuffled by a seeded generator, so the same examples give
 * the same model. Nothing is downloaded: the model is the graph's own reviewed statements, and
 * below MIN_STATEMENTS of them nothing is learned.
 */
import { createHash } from 'node:crypto';

import { mulberry32 } from '../prng';
import { type IssueProposal, type LabelledStatement } from './types';

/**
 * The most reviewed statements read to train on: 0.8–1.1 s of training at this size on the
 * development machine, once per graph state, in steps (prepareLearned).
 */
export const MAX_EXAMPLES = 5000;
/**
 * Nothing is learned from fewer reviewed statements than this: on the hand-written sets a model
 * of 100–200 statements changed stance by under 0.01 on average, and one of the seed's 173
 * lowered positions on 12 of the 16 sets (docs/ingestion.md).
 */
export const MIN_STATEMENTS = 400;
/** An issue is learned only with at least this many statements about it … */
export const MIN_POSITIVES = 20;
/** … and a side with at least this many statements showing it. */
const MIN_SIDE = 8;
/**
 * At or above this probability an issue no cue found is added. With the speaker as a feature, 0.3
 * gave the best pooled issue F1 of the hand-written sets (0.639; 0.633 at 0.4, 0.627 at 0.5) and
 * pooled stance 0.519 (0.512 at 0.4); lower still traded issue F1 for stance (docs/ingestion.md).
 */
export const ADD_AT = 0.3;
/** At or above this probability a side is read (else the added issue is NEUTRAL). */
const SIDE_AT = 0.5;
/**
 * At or above this probability of the other side, and below 1 − it for the cues' side, the model's
 * side replaces the one the cues read. Over the hand-written sets, each read with a model of the
 * others, it raised per-quote stance on 24 of 30 (mean +0.027) and lowered it on 3 (the seed
 * −0.023); 0.6 to 0.75 gave the same within 0.004 (docs/ingestion.md).
 */
const OVERRULE_AT = 0.7;
const EPOCHS = 30;
const RATE = 0.1;
const L2 = 0.01;
const SEED = 1;
/** The confidence of what the model adds: below LOW_CONFIDENCE (0.5), so marked low. */
const SIDED_CONFIDENCE = 0.4;
const TOPIC_CONFIDENCE = 0.3;

/**
 * The words of a text and its pairs of adjacent words, lower case, each once; and its speaker
 * (graph id, or name when new) as "@speaker".
 */
export function features(text: string, speaker: string | null = null): string[] {
  const words =
    text
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? [];
  const out = new Set<string>();
  words.forEach((word, i) => {
    out.add(word);
    const next = words[i + 1];
    if (next !== undefined) out.add(`${word} ${next}`);
  });
  // Who says it: a stakeholder keeps to a side more often than not, so their earlier reviewed
  // statements on an issue weigh in (one feature among the words, learned like them).
  if (speaker !== null) out.add(`@${speaker}`);
  return [...out];
}

/** Weights of a logistic regression over present/absent features (by their index in the vocabulary). */
interface Logistic {
  bias: number;
  weights: Float64Array;
}

function probability(model: Logistic, feats: Int32Array): number {
  let z = model.bias;
  for (const f of feats) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/**
 * Fits a logistic regression by SGD (L2 on the weights a step touches), the examples in a new
 * seeded order each epoch and the step shrinking, so that the list's own order does not decide
 * the weights.
 */
function fit(examples: { feats: Int32Array; positive: boolean }[], size: number): Logistic {
  const model: Logistic = { bias: 0, weights: new Float64Array(size) };
  const weights = model.weights;
  const random = mulberry32(SEED);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    const rate = RATE / (1 + epoch / 10);
    for (const index of order) {
      const example = examples[index];
      if (example === undefined) continue;
      const gradient = probability(model, example.feats) - (example.positive ? 1 : 0);
      model.bias -= rate * gradient;
      for (const f of example.feats) weights[f] -= rate * (gradient + L2 * (weights[f] ?? 0));
    }
  }
  return model;
}

interface IssueModel {
  about: Logistic;
  /** One model per side, when enough statements show that side. */
  sides: { stance: 'SUPPORT' | 'OPPOSE'; model: Logistic }[];
}

export interface LearnedIssues {
  /** How many reviewed statements it learned from. */
  examples: number;
  /** How many of them each speaker said (the note on a reading says how many were its speaker's). */
  bySpeaker: Map<string, number>;
  /** Feature → index into the weights; features never seen in training are not in it. */
  vocabulary: Map<string, number>;
  issues: Map<string, IssueModel>;
}

/** The indexes of a text's features in `vocabulary`; `grow` adds the ones it lacks. */
function indexed(
  text: string,
  speaker: string | null,
  vocabulary: Map<string, number>,
  grow: boolean,
): Int32Array {
  const ids: number[] = [];
  for (const f of features(text, speaker)) {
    let id = vocabulary.get(f);
    if (id === undefined && grow) {
      id = vocabulary.size;
      vocabulary.set(f, id);
    }
    if (id !== undefined) ids.push(id);
  }
  return Int32Array.from(ids);
}

/**
 * The models for the issues in `slugs` with enough reviewed statements about them; null when none
 * has (a new story: the cues alone read it until editors have reviewed enough).
 */
export function learnIssues(statements: LabelledStatement[], slugs: string[]): LearnedIssues | null {
  const steps = training(statements, slugs);
  let step = steps.next();
  while (step.done !== true) step = steps.next();
  return step.value;
}

/**
 * learnIssues, giving the event loop a turn after each model: at 5,000 statements the longest
 * wait of other work was 88–125 ms, against about a second for the whole training.
 */
async function learnIssuesInSteps(
  statements: LabelledStatement[],
  slugs: string[],
): Promise<LearnedIssues | null> {
  const steps = training(statements, slugs);
  let step = steps.next();
  while (step.done !== true) {
    await new Promise((resolve) => setImmediate(resolve));
    step = steps.next();
  }
  return step.value;
}

/** The training, one model at a time: it yields after each, so that a caller may pause between them. */
function* training(statements: LabelledStatement[], slugs: string[]): Generator<void, LearnedIssues | null> {
  if (statements.length < MIN_STATEMENTS) return null;
  const vocabulary = new Map<string, number>();
  const prepared = statements.map((s) => ({
    feats: indexed(s.text, s.speaker ?? null, vocabulary, true),
    issues: s.issues,
  }));
  yield;
  const issues = new Map<string, IssueModel>();
  for (const slug of slugs) {
    const about = prepared.filter((s) => s.issues.some((i) => i.slug === slug));
    if (about.length < MIN_POSITIVES) continue;
    const isAbout = new Set(about);
    const sideOf = (s: (typeof prepared)[number]) => s.issues.find((i) => i.slug === slug)?.stance ?? null;
    const model: IssueModel = {
      about: fit(
        prepared.map((s) => ({ feats: s.feats, positive: isAbout.has(s) })),
        vocabulary.size,
      ),
      sides: [],
    };
    yield;
    for (const stance of ['SUPPORT', 'OPPOSE'] as const) {
      if (about.filter((s) => sideOf(s) === stance).length < MIN_SIDE) continue;
      model.sides.push({
        stance,
        model: fit(
          about.map((s) => ({ feats: s.feats, positive: sideOf(s) === stance })),
          vocabulary.size,
        ),
      });
      yield;
    }
    issues.set(slug, model);
  }
  const bySpeaker = new Map<string, number>();
  for (const s of statements)
    if (s.speaker != null) bySpeaker.set(s.speaker, (bySpeaker.get(s.speaker) ?? 0) + 1);
  return issues.size === 0 ? null : { examples: statements.length, bySpeaker, vocabulary, issues };
}

/** Models by what they were trained on, the latest few: the service reads the same graph many times. */
const trained = new Map<string, LearnedIssues | null>();
const KEPT_MODELS = 4;
/** Trainings under way (prepareLearned), so that two ingests of one graph state train once. */
const underway = new Map<string, Promise<LearnedIssues | null>>();

/** The fingerprint of a list already hashed (lists are never changed once read), so the ingest that prepared it does not hash it again. */
const hashed = new WeakMap<LabelledStatement[], { slugs: string; key: string }>();

function fingerprint(statements: LabelledStatement[], slugs: string[]): string {
  const known = hashed.get(statements);
  const joined = slugs.join('\n');
  if (known !== undefined && known.slugs === joined) return known.key;
  const key = createHash('sha256')
    .update(JSON.stringify([slugs, statements]))
    .digest('hex');
  hashed.set(statements, { slugs: joined, key });
  return key;
}

function remember(key: string, learned: LearnedIssues | null): LearnedIssues | null {
  trained.set(key, learned);
  for (const old of trained.keys()) if (trained.size > KEPT_MODELS) trained.delete(old);
  return learned;
}

/**
 * learnIssues, trained once for the same statements and issues (a fingerprint of their content,
 * so the list read again from an unchanged graph finds the model already trained).
 */
export function learnedFor(
  statements: LabelledStatement[] | undefined,
  slugs: string[],
): LearnedIssues | null {
  if (statements === undefined || statements.length < MIN_STATEMENTS) return null;
  const key = fingerprint(statements, slugs);
  const cached = trained.get(key);
  if (cached !== undefined) return cached;
  return remember(key, learnIssues(statements, slugs));
}

/**
 * Trains, a model at a time with the event loop served between them, the model learnedFor will
 * then find for these statements (the service calls it before running the pipeline, which is
 * synchronous). Does nothing when that model is cached or the statements are too few.
 */
export async function prepareLearned(statements: LabelledStatement[], slugs: string[]): Promise<void> {
  if (statements.length < MIN_STATEMENTS) return;
  const key = fingerprint(statements, slugs);
  if (trained.has(key)) return;
  let pending = underway.get(key);
  if (pending === undefined) {
    pending = learnIssuesInSteps(statements, slugs).finally(() => underway.delete(key));
    underway.set(key, pending);
  }
  remember(key, await pending);
}

/**
 * The cues' proposals for `text` (said by `speaker`: an id, or a new person's name), with what the
 * model adds: an issue no cue found when it reads one, a side for an issue the cues found only as
 * a topic, and the other side for one where the model reads it with little doubt.
 */
export function withLearnedIssues(
  learned: LearnedIssues | null,
  text: string,
  proposals: IssueProposal[],
  speaker: string | null = null,
): IssueProposal[] {
  if (learned === null) return proposals;
  const feats = indexed(text, speaker, learned.vocabulary, false);
  // Said so in the note: the speaker's own earlier statements weigh in on the reading.
  const heard = speaker === null ? 0 : (learned.bySpeaker.get(speaker) ?? 0);
  const out = [...proposals];
  for (const [slug, model] of learned.issues) {
    const found = out.findIndex((p) => p.slug === slug);
    const read = model.sides.map((s): SideReading => ({ stance: s.stance, p: probability(s.model, feats) }));
    const side = read.filter((s) => s.p >= SIDE_AT).sort((a, b) => b.p - a.p)[0];
    const note = (what: string) =>
      `learned: ${what} (from ${learned.examples} reviewed statements${heard === 0 ? '' : `, ${heard} of them this speaker's`})`;
    if (found < 0) {
      const p = probability(model.about, feats);
      if (p < ADD_AT) continue;
      out.push({
        slug,
        stance: side?.stance ?? 'NEUTRAL',
        confidence: side === undefined ? TOPIC_CONFIDENCE : SIDED_CONFIDENCE,
        lowConfidence: true,
        learned: true,
        cues: [
          note(`about ${p.toFixed(2)}${side === undefined ? '' : `, ${side.stance} ${side.p.toFixed(2)}`}`),
        ],
      });
    } else {
      const proposal = out[found];
      if (proposal === undefined) continue;
      const turned = overruled(read, proposal.stance);
      if (turned !== undefined) {
        out[found] = {
          ...proposal,
          stance: turned.stance,
          confidence: SIDED_CONFIDENCE,
          lowConfidence: true,
          learned: true,
          cues: [
            ...proposal.cues,
            note(`${turned.stance} ${turned.p.toFixed(2)}, over the cues' ${proposal.stance}`),
          ],
        };
        continue;
      }
      if (proposal.stance !== 'NEUTRAL' || side === undefined) continue;
      out[found] = {
        ...proposal,
        stance: side.stance,
        confidence: SIDED_CONFIDENCE,
        lowConfidence: true,
        learned: true,
        cues: [...proposal.cues, note(`${side.stance} ${side.p.toFixed(2)}`)],
      };
    }
  }
  return out;
}

/** What one side's model reads in a text. */
interface SideReading {
  stance: 'SUPPORT' | 'OPPOSE';
  p: number;
}

/** The other side, when the cues read one side and the model reads the other with little doubt. */
function overruled(read: SideReading[], stance: IssueProposal['stance']): SideReading | undefined {
  if (stance !== 'SUPPORT' && stance !== 'OPPOSE') return undefined;
  const other = read.find((r) => r.stance !== stance);
  const same = read.find((r) => r.stance === stance);
  if (other === undefined || other.p < OVERRULE_AT || (same !== undefined && same.p > 1 - OVERRULE_AT))
    return undefined;
  return other;
}

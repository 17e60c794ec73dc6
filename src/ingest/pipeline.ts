/**
 * The ingestion pipeline: text in, proposals out, no I/O. Stages, one per file:
 * quotes.ts (spans) → scare.ts (which are statements) → sentences.ts → entities.ts (linking) →
 * attribution.ts (ordered rules) → reported.ts (paraphrases) → dates.ts (when the words were said)
 * → stance.ts (issues and stance) → positions.ts.
 */
import {
  type Attribution,
  attributeInSentence,
  type DocumentKind,
  documentKind,
  creditsSomeoneUnnamed,
  dashCredit,
  documentSays,
  fromDocument,
  documentIssued,
  possessiveOwner,
  PRINTED,
  pronounOf,
  publisherOf,
  inherit,
  itSays,
  SPEECH_VERB,
  TIME_STAMP,
  NONE,
} from './attribution';
import { splitParagraphs } from '../text/span';
import { saidOnOf } from './dates';
import {
  ArticleState,
  introducedAs,
  Linker,
  resolvePronoun,
  sameEntity,
  sharedSurnameIn,
  surnameOf,
  type PhraseLink,
  UNNAMED_NOUN,
} from './entities';
import { findQuotes, isHandle, PRINTED_OWNER, QUESTION, type QuoteSpan, wordCount } from './quotes';
import { learnedFor, withLearnedIssues } from './learned';
import { firstNameGender, type Gender, isFirstName } from './gender';
import { closingSigner, findLetters, type Letter, townSignedMessages } from './letters';
import { proposePositions } from './positions';
import { type Reported, reportedSpeech, trailingReport } from './reported';
import { notAStatement } from './scare';
import { splitSentences } from './sentences';
import { classifyIssues, LOW_CONFIDENCE, NOW, THEN } from './stance';
import {
  type AttributionRule,
  type EntityRef,
  type Knowledge,
  type PipelineResult,
  type ProposedStatement,
  type SkippedQuote,
  type Stance,
} from './types';
import { PIPELINE_VERSION } from './version';

export interface PipelineOptions {
  /** The article's publication date (ISO), for titles held at a date ("the governor"). */
  publishedOn: string | null;
  /** Propose reported speech as PARAPHRASE statements (default true). */
  paraphrases?: boolean;
}

/** How many paragraphs back a quote takes up the sides of its speaker's statement before (carrySides). */
const CARRIED_OVER_PARAGRAPHS = 1;
/** The confidence of a side read from the statement before: below LOW_CONFIDENCE, for review. */
const CONTINUED_SIDE = 0.45;
/** The confidence of an issue a quote only takes up from the statement before: lower still. */
const CARRIED_ISSUE = 0.35;

/**
 * A byline paragraph: "By Walter Szymanski", also after a column's name and with a title or a
 * credit after a comma ("FROM THE CHAPEL | By the Rev. Susan Kittredge", "By Margaret Halloran,
 * Special to the Sentinel"), or a blog's "Posted by Nora Brandt on Saturday, August 20, 2011" ("… | July 6, 2011"). The
 * name is group 1.
 */
const BYLINE =
  /^\s*(?:[^|\n]{1,40}\|\s*)?(?:By|Posted by|Written by)\s+(?:the\s+)?(?:(?:Rev|Dr|Mr|Mrs|Ms|Sen|Rep)\.\s+)?(\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){1,3})\s*(?:,\s*[^,\n]{1,60}|\s+(?:on|at)\s+[^\n]{1,60}|\s*\|\s*[^\n]{1,80})?$/u;

/** An editor's note that opens with a person's name: "Editor's note: Donna Pelletier has worked …". */
const EDITORS_NOTE =
  /^\s*Editor['\u2019]s note:\s*(\p{Lu}[\p{L}.'\u2019-]*(?:\s+[\u201C"]\p{Lu}[\p{L}.'\u2019-]*[\u201D"])?(?:\s+\p{Lu}[\p{L}.'\u2019-]*){1,3})(?=,|\s+(?:has|is|was|wrote|kept|retired|worked|served)\b)/u;
/** … and says that person wrote what follows. */
const EDITORS_NOTE_WRITER =
  /\b(?:(?:he|she|they) (?:kept|wrote|writes|(?:is|are) writing)|kept (?:a|this) (?:diary|journal|log)|wrote (?:this|the following)|(?:this|her|his|their) (?:diary|journal|column|essay|memoir))\b/i;

/** How many paragraphs back "the statement said" finds the statement's author. */
const DOCUMENT_REACH = 2;
/** A document's noun as a paragraph's label before a passage of it: "THE LETTER: "…"". */
const DOCUMENT_LABEL = /^\s*(?:the\s+)?(letter|statement|memo|release|e-?mail)\s*:\s*$/i;
/** A paragraph that ends by pointing at a document's words: "The key passage:", "It reads:". */
const PASSAGE_LABEL =
  /(?:\b(?:the\s+)?(?:key\s+|relevant\s+|central\s+|crucial\s+|main\s+)?(?:passage|paragraph|lines?|section|excerpt)|\b(?:it|the\s+(?:letter|statement|memo|release|e-?mail))\s+(?:reads|says|said|read))\s*:\s*$/i;
/** The kind of document a paragraph names (the last one). */
const DOCUMENT_NOUN_IN =
  /\b(letter|statement|memo|release|e-?mail)\b(?![\s\S]*\b(?:letter|statement|memo|release|e-?mail)\b)/i;

interface Kept {
  quote: QuoteSpan;
  index: number;
  attribution: Attribution;
  kind: 'DIRECT_QUOTE' | 'PARTIAL_QUOTE';
  /** The sentence around it: a partial quote's meaning needs the reporter's words too. */
  sentence: { start: number; end: number };
  /** Said by someone unnamed (""…," one nurse said"): no other quote lends it a speaker. */
  unnamed?: boolean;
}

/** Runs every stage over one article's text. */
export function runPipeline(text: string, knowledge: Knowledge, options: PipelineOptions): PipelineResult {
  const quotes = findQuotes(text);
  /** Testimony printed as questions and answers: its "Q." lines are quotes too (quotes.ts). */
  const hearing = quotes.some((q) => q.label !== undefined && text.slice(q.label.start, q.label.end) === 'Q');
  const sentences = splitSentences(text, quotes);
  const linker = new Linker(knowledge, options.publishedOn);
  const state = new ArticleState();
  state.sharedSurname = sharedSurnameIn(text);
  const skipped: SkippedQuote[] = [];
  /** A transcript answer's speaker, read from its label once, when the label is checked. */
  const byLabel = new Map<QuoteSpan, Attribution>();
  const paragraphs = splitParagraphs(text);
  /**
   * Whether paragraph `n` is a chant's line: only a short quote (six words at most), in a run of
   * such paragraphs right after one that tells of chanting ("Leading the chants through a borrowed
   * bullhorn was …" ¶ "What do we want?" ¶ "A fair deal!").
   */
  const chanted = (n: number): boolean => {
    const line = (k: number) => {
      const words = paragraphText(k).trim();
      return /^["\u201C][^"\u201C\u201D]+["\u201D]$/u.test(words) && wordCount(words) <= 6;
    };
    if (!line(n)) return false;
    let k = n - 1;
    while (k > 0 && line(k)) k -= 1;
    return k > 0 && k >= n - 6 && CHANTING.test(paragraphText(k));
  };
  /** The text of paragraph `n` (numbered from 1). */
  const paragraphText = (n: number): string => {
    const p = paragraphs[n - 1];
    return p === undefined ? '' : text.slice(p.start, p.end);
  };
  /** The paragraphs that are an interviewer's questions ("Q. …"), by number. */
  const questions = new Set(
    paragraphs.filter((p) => QUESTION.test(text.slice(p.start, p.end))).map((p) => p.number),
  );
  /** A letters page's letters (letters.ts), and the paragraphs that sign them. */
  const found = findLetters(text, paragraphs);
  const signatures = new Set(found.map((l) => l.paragraph));
  const kept: Kept[] = [];
  const paraphrases: ProposedStatement[] = [];
  const byQuote = new Map<number, Kept>();

  /**
   * Who asked the question that the paragraph before `paragraph` answers: the speaker of the
   * paragraph two back when it "asked" and the one before "replied" (or "answered", "responded"),
   * two different people.
   */
  const followUpAsker = (paragraph: number): EntityRef | undefined => {
    const speakerOf = (n: number, verb: RegExp): EntityRef | undefined => {
      const inIt = kept.filter((k) => k.quote.paragraph === n);
      const speaker = inIt[0]?.attribution.speaker ?? undefined;
      if (speaker === undefined || !verb.test(paragraphOutsideQuotes(text, quotes, n))) return undefined;
      const one = inIt.every(
        (k) => k.attribution.speaker !== null && sameEntity(k.attribution.speaker, speaker),
      );
      return one ? speaker : undefined;
    };
    const answerer = speakerOf(paragraph - 1, /\b(?:replied|answered|responded|shot back)\b/);
    const asker = speakerOf(paragraph - 2, /\basked\b/);
    return answerer !== undefined && asker !== undefined && !sameEntity(answerer, asker) ? asker : undefined;
  };

  /** Paragraphs whose quotes went to a speaker by turns in a dialogue (dialogueTurn). */
  const turns = new Set<number>();
  /**
   * Whose turn a paragraph of quotes only is in a dialogue told without speech verbs: after a
   * question and an answer by someone else (""So we vote until we get it right. That's the
   * plan?" ¶ Padilla capped his pen. "The plan is …""), or after an earlier turn, the speaker two
   * paragraphs back. Null when that speaker is unnamed or unknown (the paragraph stays
   * unattributed rather than go to the other one); undefined when this is no such dialogue.
   */
  const dialogueTurn = (paragraph: number): EntityRef | null | undefined => {
    const lastOf = (n: number) => kept.filter((k) => k.quote.paragraph === n).at(-1);
    const one = lastOf(paragraph - 1);
    const two = lastOf(paragraph - 2);
    if (one === undefined || two === undefined) return undefined;
    const answerer = one.attribution.speaker;
    const asker = two.attribution.speaker;
    // (Where the article's own "I" is one of the two, a memoir's dialogue, a speech verb does not
    // end the turns: ""They changed the rules, Ski," he said." ¶ "They changed them …" ¶ "That's a
    // steward's answer."")
    const told = (n: number) => SPEECH_VERB.test(paragraphOutsideQuotes(text, quotes, n));
    if (!writerAmong(answerer, asker) && (told(paragraph - 1) || told(paragraph - 2))) return undefined;
    const asked = text.slice(two.quote.start, two.quote.end).trimEnd().endsWith('?');
    if (!asked && !turns.has(paragraph - 1)) return undefined;
    if (answerer === null && asker === null) return undefined;
    if (answerer !== null && asker !== null && sameEntity(answerer, asker)) return undefined;
    return asker;
  };

  /**
   * Whom the last quote of paragraph `n`, a paragraph of quotes only, speaks to by first name (",
   * Frank." inside it, or "Frank, " opening it): a person the article named with that first name,
   * not the quote's own speaker.
   */
  const addresseeOf = (n: number): EntityRef | undefined => {
    const inIt = kept.filter((k) => k.quote.paragraph === n);
    const speaker = inIt.at(-1)?.attribution.speaker ?? null;
    if (speaker === null) return undefined;
    // (Any of its quotes may name them: ""Regret doesn't count, Rob," I told him. "Ballots count."")
    const person = inIt.map((k) => vocative(k.quote)).findLast((p) => p !== undefined);
    if (person === undefined || sameEntity(person, speaker)) return undefined;
    // Told with a speech verb (""Gene, the old rule …," she said."), the next quote may be hers
    // going on; but where the article's own "I" is one of the two, as in a memoir's dialogue
    // (""Regret doesn't count, Rob," I told him."), the turns alternate.
    return writerAmong(person, speaker) || !SPEECH_VERB.test(paragraphOutsideQuotes(text, quotes, n))
      ? person
      : undefined;
  };

  /** Whether the article's own "I" (its byline's or its signer's person) is one of these. */
  const writerAmong = (...refs: (EntityRef | null)[]): boolean =>
    refs.some((ref) => ref !== null && state.author !== null && sameEntity(ref, state.author));

  /**
   * The person a quote speaks to by first name or by a nickname the article gave (", Frank." or
   * ", Ski," inside it, or "Frank, " opening it).
   */
  const vocative = (quote: QuoteSpan): EntityRef | undefined => {
    const words = text.slice(quote.start, quote.end);
    const name = (/,\s(\p{Lu}\p{Ll}+)(?:[.?!]|,?$|,\s(?=\p{Ll}))/u.exec(words) ??
      /^(\p{Lu}\p{Ll}+),\s/u.exec(words))?.[1];
    const person = name === undefined ? undefined : state.onlyWithFirstName(name)?.ref;
    return person?.type === 'PERSON' ? person : undefined;
  };

  /**
   * The person a caption, a cut or a message names ("SUPER: MATT O'CONNOR / …", "(DORMAN)", "This
   * is Moises Padilla, …") as the speaker of the words it goes with; null when it names no person.
   */
  const namedBy = (
    name: string,
    at: number,
    paragraph: number,
    rule: AttributionRule,
    confidence: number,
  ): Attribution | null => {
    const linked = linker.linkPhrase(name, state, at, paragraph);
    if (linked.speaker?.type !== 'PERSON') return null;
    const speaker = linked.speaker;
    return {
      ...NONE,
      speaker,
      onBehalfOf: linker.onBehalfOf(linked, name),
      rule,
      medium: 'SPOKEN',
      confidence,
    };
  };

  const finishParagraph = (paragraph: number): void => {
    const inParagraph = kept.filter((k) => k.quote.paragraph === paragraph);
    /** The paragraph's quote given to someone the article mentions, speaking for whom they last did. */
    const givenTo = (ref: EntityRef, rule: AttributionRule, confidence: number): Attribution =>
      inferred(ref, lastOnBehalfOf(kept, paraphrases, ref, paragraph), rule, confidence);
    for (const k of inParagraph) {
      // A recorded message or a voicemail that opens by saying who speaks ("This is Moises
      // Padilla, vice president of Local 387.", "Mrs. Greer, this is Carla Voight, returning your
      // email.") is theirs, over a guess from the paragraphs around it.
      const intro =
        k.quote.continues === null ? SELF_INTRODUCTION.exec(text.slice(k.quote.start, k.quote.end)) : null;
      const introduced =
        intro !== null && (k.attribution.speaker === null || GUESSED.has(k.attribution.rule ?? ''))
          ? namedBy(intro[1] ?? '', k.quote.start, paragraph, 'self-introduction', 0.7)
          : null;
      if (introduced !== null) {
        k.attribution = introduced;
        // (The message's later quotes in the paragraph are theirs too.)
        for (const o of inParagraph)
          if (o.quote.start > k.quote.start && o.attribution.speaker === null && o.unnamed !== true)
            o.attribution = inherit(k.attribution, 'same-paragraph');
        continue;
      }
      // ""I'm Ray. I plow the roads …"": no guess from the paragraphs around it gives it to
      // someone whose name is not Ray; it stays unattributed.
      const introducing =
        k.quote.continues === null
          ? FIRST_NAME_INTRODUCTION.exec(text.slice(k.quote.start, k.quote.end))
          : null;
      const firstName = introducing !== null && isFirstName(introducing[1] ?? '') ? introducing : null;
      const guessed = k.attribution.speaker;
      if (
        firstName !== null &&
        (guessed === null ||
          (GUESSED.has(k.attribution.rule ?? '') && !guessed.name.split(/\s+/).includes(firstName[1] ?? '')))
      ) {
        k.attribution = NONE;
        continue;
      }
      if (k.attribution.speaker !== null || k.unnamed === true) continue;
      const later = inParagraph.find(
        (o) =>
          o.quote.start > k.quote.start &&
          o.attribution.speaker !== null &&
          o.attribution.rule !== 'same-paragraph',
      );
      if (later !== undefined) {
        k.attribution = inherit(later.attribution, 'same-paragraph');
        continue;
      }
      // A quote that is a sentence of its own, after the reporter's sentence about someone in
      // the same paragraph, is theirs: "Rep. Diana Urban … put the question to Ojakian directly.
      // "Is the administration willing …?"" (an unnamed subject leaves it unattributed).
      const subject = state.mentions.findLast(
        (m) => m.paragraph === paragraph && m.salient && m.at < k.quote.open && m.ref.type === 'PERSON',
      );
      if (subject !== undefined && text.slice(k.sentence.start, k.quote.open).trim() === '') {
        if (subject.unnamed !== true) {
          k.attribution = givenTo(subject.ref, 'sentence-before', 0.55);
        }
        continue;
      }
      // A quote that is a whole sentence, followed in its paragraph by a sentence whose subject is
      // a person, is theirs: ""Point of order, Mr. Speaker!" Vanacore was on his feet again."
      const alone =
        text.slice(k.sentence.start, k.quote.open).trim() === '' &&
        !/\p{L}/u.test(text.slice(k.quote.close, k.sentence.end));
      const next = sentences.find((s) => s.paragraph === paragraph && s.start >= k.sentence.end);
      const after =
        !alone || next === undefined
          ? undefined
          : state.mentions.find(
              (m) => m.at === next.start && m.salient && m.ref.type === 'PERSON' && m.unnamed !== true,
            );
      if (after !== undefined) {
        k.attribution = givenTo(after.ref, 'sentence-after', 0.5);
        continue;
      }
      // A paragraph of nothing but quotes continues the previous paragraph's speaker; one that
      // opens with a time ("10:05 a.m. — "…"") is a new entry of a diary, not a continuation.
      const outside = paragraphOutsideQuotes(text, quotes, paragraph);
      if (/[\p{L}]{3,}/u.test(outside) || TIME_STAMP.test(outside)) continue;
      // After a paragraph about a document going on ("The release went on for several more
      // paragraphs, …"), the quotes are more of that document: its author's.
      const goesOn = DOCUMENT_GOES_ON.exec(paragraphText(paragraph - 1));
      if (goesOn !== null) {
        const author = documentAuthor(
          { kind: documentKind(goesOn[1] ?? ''), owner: null, noun: goesOn[1] ?? '' },
          paragraph - 1,
          k.quote.open,
        );
        if (author !== null) {
          k.attribution = { ...author, confidence: Math.min(author.confidence, 0.6) };
          continue;
        }
      }
      // A broadcast script's caption before a sound bite ("SUPER: MATT O'CONNOR / STATE EMPLOYEES
      // BARGAINING AGENT COALITION"): the person it names says the quotes after it.
      const caption = CAPTION.exec(paragraphText(paragraph - 1));
      const captioned =
        caption === null
          ? null
          : namedBy(
              titleCased((caption[1] ?? caption[2] ?? '').trim()),
              k.quote.open,
              paragraph,
              'speaker-label',
              0.75,
            );
      if (captioned !== null) {
        k.attribution = captioned;
        continue;
      }
      // A roundup's label in capitals on a line of its own over the quote's paragraph ("LARRY
      // DORMAN, SEBAC spokesman, in a statement:", "THE CONNECTICUT TAXPAYERS' LEAGUE, a …
      // group, in a blog post …:"): the person or the body it names, read as a reporter writes it.
      const label = roundupLabel(paragraphText(paragraph - 1));
      const headed = label === null ? null : linker.linkPhrase(label, state, k.quote.open, paragraph);
      if (label !== null && headed?.speaker != null) {
        k.attribution = {
          ...NONE,
          speaker: headed.speaker,
          onBehalfOf: linker.onBehalfOf(headed, label),
          rule: 'speaker-label',
          medium: 'SPOKEN',
          confidence: 0.7,
        };
        continue;
      }
      // A question alone in its paragraph right after an answer to someone's question (""…?"
      // Sandoval asked. ¶ "…," Matthews replied. ¶ "And nobody forced you to stay?"") is the
      // asker's next question, not more of the answer.
      const asker = text.slice(k.quote.start, k.quote.end).trimEnd().endsWith('?')
        ? followUpAsker(paragraph)
        : undefined;
      if (asker !== undefined) {
        k.attribution = givenTo(asker, 'follow-up-question', 0.55);
        continue;
      }
      // The one the quote before addressed by first name answers: ""A majority voted yes, Frank.
      // Fifty-seven percent." ¶ "Fifty-seven percent isn't a yes under your own rules.""
      const addressed = addresseeOf(paragraph - 1);
      if (addressed !== undefined) {
        turns.add(paragraph);
        k.attribution = givenTo(addressed, 'dialogue-turn', 0.5);
        continue;
      }
      const turn = dialogueTurn(paragraph);
      if (turn !== undefined) {
        turns.add(paragraph);
        if (turn !== null) k.attribution = givenTo(turn, 'dialogue-turn', 0.5);
        continue;
      }
      const previous = state.mentions.findLast((m) => m.paragraph === paragraph - 1 && m.salient);
      // Words that speak to the one just named ("Then you should have bargained a better one,
      // Ski." after "I told him …", the memoir's "I" being Ski) are the other one's in the
      // conversation: whoever spoke last before them.
      const spokenTo = previous === undefined ? undefined : vocative(k.quote);
      const other =
        spokenTo === undefined || previous === undefined || !sameEntity(spokenTo, previous.ref)
          ? undefined
          : kept
              .filter((o) => o.quote.paragraph < paragraph && o.quote.paragraph >= paragraph - 3)
              .map((o) => o.attribution.speaker)
              .findLast((s) => s !== null && !sameEntity(s, spokenTo));
      if (other != null) {
        turns.add(paragraph);
        k.attribution = givenTo(other, 'dialogue-turn', 0.45);
        continue;
      }
      // Someone unnamed ("A clerk …, on her lunch break, asks that her name not be used.") stays so.
      if (previous !== undefined && previous.unnamed !== true) {
        k.attribution = inferred(
          previous.ref,
          lastOnBehalfOf(kept, paraphrases, previous.ref, paragraph - 1),
          'previous-paragraph',
          0.6,
        );
      }
    }
    for (const k of inParagraph) remember(state, k.attribution.speaker, k.quote.start, paragraph);
  };

  /**
   * Whose the text printed below paragraph `n` is, as that paragraph says ("Her speech is printed
   * below as delivered.", "The text of Malloy's remarks follows."): the owner named or the person
   * the pronoun means there. Null when it names no one.
   */
  const printedBy = (n: number): Attribution | null => {
    const words = paragraphText(n);
    const m = PRINTED_OWNER.exec(words);
    if (m === null) return null;
    const whose = m[1] ?? '';
    const owner = /^her$/i.test(whose)
      ? 'she'
      : /^his$/i.test(whose)
        ? 'he'
        : whose.replace(/['\u2019]s?$/u, '');
    const linked = linker.linkPhrase(owner, state, (paragraphs[n - 1]?.start ?? 0) + m.index, n);
    if (linked.speaker === null) return null;
    const noun = (m[2] ?? '').toLowerCase();
    return {
      ...NONE,
      speaker: linked.speaker,
      onBehalfOf: linker.onBehalfOf(linked, owner),
      rule: 'document',
      medium: noun === 'letter' ? 'LETTER' : noun === 'statement' ? 'WRITTEN_STATEMENT' : 'SPOKEN',
      confidence: 0.7,
    };
  };

  /**
   * "…," the statement said: the words of the author it names ("the governor's statement"), else
   * of whoever the article last named with that kind of document (a quote or report said in it, or
   * "X issued a statement"), in the paragraph of `at` or the two before (or anywhere before, for
   * `anywhere`); null when nobody is.
   */
  const documentAuthor = (
    { kind, owner, noun }: { kind: DocumentKind; owner: string | null; noun: string },
    paragraph: number,
    at: number,
    anywhere = false,
  ): Attribution | null => {
    // "the governor's statement said": the author is named on the document.
    // "…," the booklet says: printed matter's publisher, named anywhere in the article ("The
    // booklet was published by the State Employees Bargaining Agent Coalition").
    // Any other document's publisher so named ("A four-page memo sent to stewards by the State
    // Employees Bargaining Agent Coalition") is its author when no one nearer is.
    // (Looked for only when needed: the owner named on the document is the usual answer.)
    const publisher = (): string | null => {
      const named = sentences.map((s) => ({ s, by: publisherOf(text.slice(s.start, s.end), noun) }));
      return (
        named.findLast(({ s, by }) => by !== null && s.start < at)?.by ??
        (PRINTED.test(noun) ? (named.find(({ by }) => by !== null)?.by ?? null) : null)
      );
    };
    const byAuthor = (author: string | null): Attribution | null => {
      if (author === null) return null;
      const linked = linker.linkPhrase(author, state, at, paragraph);
      return linked.speaker === null
        ? null
        : {
            ...NONE,
            speaker: linked.speaker,
            onBehalfOf: linker.onBehalfOf(linked, author),
            rule: 'document',
            medium: kind,
            confidence: 0.75,
          };
    };
    const named = byAuthor(owner ?? (PRINTED.test(noun) ? publisher() : null));
    if (named !== null) return named;
    const near = (p: number) => (anywhere || p >= paragraph - DOCUMENT_REACH) && p <= paragraph;
    const said = [
      ...kept.map((k) => ({ ...k.attribution, paragraph: k.quote.paragraph, start: k.quote.start })),
      ...paraphrases.map((p) => ({ ...NONE, ...p })),
    ]
      .filter((o) => o.speaker !== null && near(o.paragraph) && o.start < at && fromDocument(o.medium, kind))
      .sort((a, b) => a.start - b.start)
      .at(-1);
    const issued = sentences
      .filter((s) => near(s.paragraph) && s.end <= at && (said === undefined || s.start >= said.start))
      .map((s) => ({ s, found: documentIssued(text.slice(s.start, s.end)) }))
      .filter(({ found }) => found !== null && found.kind === kind)
      .at(-1);
    if (issued?.found != null) {
      // (Past a dateline or a fronted clause: "NEW HAVEN — Meeting in a rare summer session, the
      // … Faculty Senate voted 31-4 … to adopt a statement": the subject after the last comma.)
      const { phrase } = issued.found;
      const subject = /(?:,|\s[\u2014\u2013-])\s*([^,\u2014\u2013]+)$/u.exec(phrase)?.[1];
      let linked = linker.linkPhrase(phrase, state, issued.s.start, issued.s.paragraph);
      if (linked.speaker === null && subject !== undefined)
        linked = linker.linkPhrase(subject, state, issued.s.start, issued.s.paragraph);
      if (linked.speaker !== null)
        return {
          ...NONE,
          speaker: linked.speaker,
          onBehalfOf: linker.onBehalfOf(linked, phrase),
          rule: 'document',
          medium: kind,
          confidence: 0.75,
        };
    }
    return said === undefined ? byAuthor(publisher()) : { ...inherit(said, 'document'), medium: kind };
  };

  /**
   * A transcript's answer: the speaker its label names ("Bettencourt:", "GOVERNOR DANNEL MALLOY:"
   * read as "Governor Dannel Malloy"), a surname resolved as anywhere; an interview's "A." is the
   * interviewee's.
   */
  const labelled = (label: string, quote: QuoteSpan): Attribution => {
    if (label === 'Q') return atHearing(quote, 'asks');
    if (label === 'A') return hearing ? atHearing(quote, 'answers') : interviewee(quote);
    const role = ROLE_LABEL.exec(label);
    const phrase = (
      role !== null
        ? (roleHolder(role[0].toLowerCase()) ?? label)
        : /\p{Ll}/u.test(label.replace(/\bMa?c(?=\p{Lu})/gu, ''))
          ? label
          : titleCased(label)
    ) // A caller and their town ("GARY (PRESTON):") as the host would say it: "Gary from Preston".
      .replace(/\s\(([^()]+)\)$/u, ' from $1');
    const plain = linker.linkPhrase(phrase, state, quote.open, quote.paragraph);
    // "RA:" in an interview that introduced Ruth Abramowitz: the person the initials stand for;
    // "TheresaV_SEBAC:" or "greg_halloran:" after the article named Theresa Vollaro or Greg
    // Halloran: the person the username spells.
    // (A username is read for a person's name only: "TheresaV_SEBAC" is no post by the coalition.)
    const initialled =
      quote.handle === true
        ? nameInHandle(text, label)
        : plain.speaker !== null
          ? null
          : nameWithInitials(text, label);
    const linked =
      initialled !== null
        ? linker.linkPhrase(initialled, state, quote.open, quote.paragraph)
        : quote.handle === true
          ? { ...plain, speaker: null }
          : plain;
    // A transcript's speaker known by first name alone ("Karen, correction officer, Montville:"
    // in a focus group) is a new person of that name.
    const speaker =
      linked.speaker ??
      (quote.handle !== true && /^\p{Lu}\p{Ll}+$/u.test(phrase) && isFirstName(phrase)
        ? linker.personNamed(phrase, state)
        : null);
    if (speaker === null) return NONE;
    return {
      ...NONE,
      speaker,
      onBehalfOf: linker.onBehalfOf(linked, initialled ?? phrase),
      rule: 'speaker-label',
      medium: 'SPOKEN',
      confidence: 0.8,
      phrase,
    };
  };

  /**
   * The name of whoever holds a transcript's role label ("Host:"): the person the article calls
   * by that role ("host Carla Whitcomb", "Carla Whitcomb, the program's host"), else the one who
   * introduces themselves in a turn under that label ("I'm Carla Whitcomb"). Null when none is.
   * Looked up once per role in an article.
   */
  const roleHolders = new Map<string, string | null>();
  const roleHolder = (role: string): string | null => {
    if (!roleHolders.has(role)) roleHolders.set(role, findRoleHolder(role));
    return roleHolders.get(role) ?? null;
  };
  const findRoleHolder = (role: string): string | null => {
    const name = "((?:\\p{Lu}[\\p{L}'\u2019-]+\\s+){1,2}\\p{Lu}[\\p{L}'\u2019-]+)";
    // (Case-sensitive but for the role's first letter: with the "i" flag \p{Lu} would match any
    // letter, and "the host of the program" would read as a name.)
    const word = `[${role[0]?.toUpperCase() ?? ''}${role[0] ?? ''}]${role.slice(1)}`;
    const named =
      new RegExp(`\\b${word}\\s+${name}`, 'u').exec(text) ??
      new RegExp(`${name},\\s+(?:the\\s+)?(?:[\\p{L}'\u2019]+\\s+){0,3}${word}\\b`, 'u').exec(text);
    if (named !== null) return named[1] ?? null;
    for (const q of quotes) {
      if (q.label === undefined || text.slice(q.label.start, q.label.end).toLowerCase() !== role) continue;
      const self = new RegExp(`\\bI(?:'|\u2019)m\\s+${name}`, 'u').exec(text.slice(q.start, q.end));
      if (self !== null) return self[1] ?? null;
    }
    return null;
  };

  /**
   * Who answers an interview's questions: the subject of the first sentence before the answer that
   * says who was interviewed ("Livingston, a labor lawyer …, spoke with Capitol Weekly on
   * Tuesday"), when it names a person. Else the one person the introduction before the first
   * question names twice or more and does not quote ("This month it's Correction Officer Renee
   * Castellano …. Castellano, 41, lives in Wolcott"), the most named, or the first of them. Nobody
   * otherwise: the answers stay unattributed.
   */
  const interviewee = (quote: QuoteSpan): Attribution => {
    const said = interviewedIn(quote);
    if (said !== null) return said;
    const firstQuestion =
      paragraphs.find((p) => QA_LINE.test(text.slice(p.start, p.end)))?.start ??
      quotes.find((q) => q.answer === true)?.open ??
      quote.open;
    const quoted = new Set(
      kept
        .filter((k) => k.quote.open < firstQuestion)
        .map((k) => k.attribution.speaker?.id ?? k.attribution.speaker?.name),
    );
    const named = new Map<string, { ref: EntityRef; at: Set<number> }>();
    for (const m of state.mentions) {
      if (m.ref.type !== 'PERSON' || m.unnamed === true || m.at >= firstQuestion) continue;
      const key = m.ref.id ?? m.ref.name;
      if (quoted.has(key)) continue;
      const entry = named.get(key) ?? { ref: m.ref, at: new Set<number>() };
      entry.at.add(m.at);
      named.set(key, entry);
    }
    const introduced = [...named.values()]
      .filter((n) => n.at.size >= 2)
      .sort((a, b) => b.at.size - a.at.size || Math.min(...a.at) - Math.min(...b.at))[0];
    return introduced === undefined
      ? NONE
      : {
          ...NONE,
          speaker: introduced.ref,
          rule: 'interview-answer',
          medium: 'SPOKEN',
          confidence: 0.6,
        };
  };
  /** The person a sentence before the answer says was interviewed (see above), or null. */
  const interviewedIn = (quote: QuoteSpan): Attribution | null => {
    for (const sentence of sentences) {
      if (sentence.end > quote.open) break;
      const words = text.slice(sentence.start, sentence.end);
      const verb = INTERVIEWED.exec(words);
      if (verb === null) continue;
      // "Livingston, a labor lawyer …, spoke with Capitol Weekly": the subject; "The Courier spoke
      // with Colleen Flanagan, Malloy's spokeswoman, by phone": the person spoken with.
      let phrase = words.slice(0, verb.index);
      // ("I sat down with my dad": the writer asks, the one they sat down with answers.)
      let linked = linker.linkPhrase(phrase, state, sentence.start, sentence.paragraph);
      const writer = /(?:^|[\s,])(?:I|we)\s*$/i.test(phrase);
      if ((linked.speaker?.type !== 'PERSON' || writer) && /\b(?:with|to)$/i.test(verb[0])) {
        phrase = words
          .slice(verb.index + verb[0].length)
          .replace(/\s+(?:by|on|over|about|at|for|in|last|this)\b.*$/s, '');
        linked = linker.linkPhrase(phrase, state, sentence.start, sentence.paragraph);
      }
      if (linked.speaker?.type !== 'PERSON') continue;
      return {
        ...NONE,
        speaker: linked.speaker,
        onBehalfOf: linker.onBehalfOf(linked, phrase),
        rule: 'interview-answer',
        medium: 'SPOKEN',
        confidence: 0.7,
        phrase: phrase.trim(),
      };
    }
    return null;
  };

  /**
   * At a hearing printed as questions and answers, who asks (the lawyer the narration last names
   * questioning: "questioned by his attorney, Janice Kearney", "Kearney's cross-examination", "On
   * cross-examination, …, Peter Haddad, pressed …", "Haddad walked him through …") or who answers
   * (the witness it last names: "X was the first witness", "X, who testified …", "X took the
   * stand"). Nobody when the narration names no person.
   */
  const atHearing = (quote: QuoteSpan, side: 'asks' | 'answers'): Attribution => {
    const found = sentences
      .filter((s) => s.end <= quote.open && !QA_LINE.test(text.slice(s.start, s.end)))
      .map((s) => ({ s, phrase: hearingPhrase(text.slice(s.start, s.end), side) }))
      .filter(({ phrase }) => phrase !== null)
      .at(-1);
    if (found?.phrase == null) return NONE;
    const rule = side === 'asks' ? 'hearing-question' : 'hearing-answer';
    const named = namedBy(found.phrase, found.s.start, found.s.paragraph, rule, 0.7);
    return named === null ? NONE : { ...named, phrase: found.phrase.trim() };
  };

  /** The sentence before `start` in the same paragraph ('' when `start` opens it). */
  const previousSentence = (paragraph: number, start: number): string => {
    const before = sentences.filter((s) => s.paragraph === paragraph && s.end <= start).at(-1);
    return before === undefined ? '' : text.slice(before.start, before.end);
  };

  // A document written as one letter ("Dear Neighbor, … Sincerely, ¶ Ruth Ann Delgrosso"): the
  // name under its closing is who "I" is, from its first sentence on.
  const signer = closingSigner(text, paragraphs);
  const signedBy =
    signer === null
      ? undefined
      : linker
          .candidates(text.slice(signer.start, signer.end), state, true)
          .find((c) => c.ref.type === 'PERSON');
  if (signedBy !== undefined) state.author = signedBy.ref;

  let currentParagraph = 0;
  for (const sentence of sentences) {
    const opensParagraph = sentence.paragraph !== currentParagraph;
    if (opensParagraph) {
      if (currentParagraph > 0) finishParagraph(currentParagraph);
      currentParagraph = sentence.paragraph;
    }
    const sentenceText = text.slice(sentence.start, sentence.end);
    // A quote left to the reader, then named: ""The people who lose their jobs …" ¶ That was Gov.
    // Dannel P. Malloy, speaking to a handful of reporters …" (or "That's Donna Pelletier, who …").
    // So does a fact-check's field after the claim: "WHO SAID IT: Matt O'Connor, a spokesman …".
    const reveal =
      /^\s*(?:That|This) (?:was|is) (.+)$/su.exec(sentenceText) ??
      /^\s*That['\u2019]s (.+)$/su.exec(sentenceText) ??
      (opensParagraph ? /^\s*(?:who said it|said by|speaker)\s*:\s*(.+)$/isu.exec(sentenceText) : null);
    // Also within a paragraph, right after the quote: "THE CLAIM: "…" That was Gene Mauro, …".
    if (reveal !== null) {
      const unnamed = kept.filter((k) =>
        opensParagraph
          ? k.quote.paragraph === sentence.paragraph - 1 &&
            // (A guess from the paragraph before gives way to the name.)
            (k.attribution.speaker === null || k.attribution.rule === 'previous-paragraph')
          : k.quote.paragraph === sentence.paragraph &&
            k.attribution.speaker === null &&
            /^[\s\u201D"]*$/.test(text.slice(k.quote.close, sentence.start)),
      );
      const linked = linker.linkPhrase(reveal[1] ?? '', state, sentence.start, sentence.paragraph);
      if (unnamed.length > 0 && linked.speaker !== null && linked.speaker.type === 'PERSON') {
        for (const k of unnamed)
          k.attribution = inferred(
            linked.speaker,
            linker.onBehalfOf(linked, reveal[1] ?? ''),
            'named-after',
            0.6,
          );
      }
    }
    const inSentence = quotes
      .map((quote, index) => ({ quote, index }))
      .filter(({ quote }) => quote.open >= sentence.start && quote.open < sentence.end);

    // A byline ("By Walter Szymanski", a paragraph of its own near the top) names who "I" is.
    // So does an editor's note that says the person it opens with wrote the piece ("Editor's note:
    // Donna Pelletier has worked … At our request, she kept a diary …").
    const note = EDITORS_NOTE.exec(sentenceText);
    const noteParagraph = note === null ? undefined : paragraphs[sentence.paragraph - 1];
    // The byline opens its paragraph: a book review's heading "THE LONG VOTE. By Gil Moreau. …"
    // names the book's author, who is "he" in the review.
    const byline =
      (opensParagraph ? BYLINE.exec(sentenceText) : null) ??
      (noteParagraph !== undefined &&
      EDITORS_NOTE_WRITER.test(text.slice(noteParagraph.start, noteParagraph.end))
        ? note
        : null);
    if (byline !== null && sentence.paragraph <= 3 && state.author === null) {
      const at = sentence.start + sentenceText.indexOf(byline[1] ?? '');
      // (Without the nickname a note may give inside the name: Raymond "Ski" Szczepanski.)
      const name = (byline[1] ?? '').replace(/\s+[\u201C"][^\u201C\u201D"]+[\u201D"]/u, '');
      const person = linker.candidates(name, state, true).find((c) => c.ref.type === 'PERSON');
      if (person !== undefined) {
        state.author = person.ref;
        // (With the gender of the writer's first name: in "I also asked Mark Ojakian … His answer
        // …", Catherine Smith's "his" is Ojakian.)
        state.add({
          ref: person.ref,
          at,
          paragraph: sentence.paragraph,
          gender: firstNameGender(person.ref.name),
          salient: false,
        });
      }
    }

    // Which quotes are statements (before the windows, so a scare quote does not cut a window).
    const statements: { quote: QuoteSpan; index: number }[] = [];
    for (const q of inSentence) {
      const before = text.slice(sentence.start, q.quote.open);
      // A paragraph label that names no one ("Update: …" twice in a live blog) is a heading:
      // the paragraph is the reporter's.
      // (An interview's "A." is an answer even when the article does not say whose.)
      const label =
        q.quote.label === undefined ? undefined : text.slice(q.quote.label.start, q.quote.label.end);
      const answer =
        q.quote.answer === true
          ? interviewee(q.quote)
          : label === undefined
            ? null
            : labelled(label, q.quote);
      if (answer !== null) byLabel.set(q.quote, answer);
      // (A post whose username names no one is still someone's words: its author is unknown. So
      // are a transcript's turns under "CALLER:" or "AUDIENCE MEMBER:", someone left unnamed.)
      const reason =
        answer !== null
          ? answer.speaker === null &&
            label !== 'A' &&
            q.quote.answer !== true &&
            q.quote.handle !== true &&
            // (Its words in quote marks, "CALLER: “…”", are read as the quote they are.)
            !(UNNAMED_LABEL.test(label ?? '') && !/^["\u201C]/.test(text.slice(q.quote.start, q.quote.end)))
            ? 'a label that names no one (a heading)'
            : null
          : NUMBERED_HEADING.test(paragraphText(q.quote.paragraph))
            ? 'a numbered heading'
            : // (A quote paragraph credited to a sign on the line under it: "— Sign carried by …".)
              SIGN_CREDIT.test(paragraphText(q.quote.paragraph + 1)) &&
                !/\p{L}/u.test(
                  paragraphText(q.quote.paragraph).replace(/[\u201C"][^\u201D"]*[\u201D"]?/gu, ''),
                )
              ? 'the words of a sign'
              : chanted(q.quote.paragraph)
                ? 'a chant'
                : SCRIPT_CUE_LINE.test(paragraphText(q.quote.paragraph))
                  ? "a script's cue to a clip's words"
                  : notAStatement(text.slice(q.quote.start, q.quote.end), before, sentenceText);
      if (reason !== null && q.quote.continues === null) {
        skipped.push({
          start: q.quote.start,
          end: q.quote.end,
          text: text.slice(q.quote.start, q.quote.end),
          reason,
        });
      } else statements.push(q);
    }

    rememberSubject(
      linker,
      state,
      text,
      sentence.start,
      sentence.end,
      sentence.paragraph,
      // (A sign's or a title's words quoted are no one's name either: "a mug that reads "I
      // Survived Renewal Season."" A nickname of a word or two stays, to be taken out of a name.)
      inSentence
        .filter((q) => statements.includes(q) || wordCount(text.slice(q.quote.start, q.quote.end)) >= 3)
        .map((q) => q.quote),
    );

    statements.forEach(({ quote, index }, k) => {
      // (Inside a turn, the words before a quote are read from the last quote before it that is
      // not the turn itself.)
      const previous = statements
        .slice(0, k)
        .map((s) => s.quote)
        .findLast((q) => quote.inTurn !== true || !isTurn(q));
      const next = statements[k + 1]?.quote;
      // (A turn is one sentence to the splitter, its quote spanning the paragraph: a quote in it is
      // read with the words of its own sentence only, "Larry Cafero … called it", not the label's.)
      const beforeStart = Math.max(
        previous?.close ?? sentence.start,
        quote.inTurn === true ? sentenceInTurn(text, sentence.start, quote.open) : 0,
      );
      const afterEnd = next?.open ?? sentence.end;
      let attribution = byLabel.get(quote) ?? NONE;
      // A radio script's cut marked on the line before it ("(DORMAN)⏎"…""), or a TV script's
      // caption ("(SOUNDBITE)⏎CAPTION: LARRY DORMAN / SEBAC SPOKESMAN⏎"…""): the person it names.
      const cut =
        k === 0 ? lastCaption(text.slice(sentence.start, quote.open).replace(/[\s\u201C"]+$/, '')) : null;
      if (attribution.speaker === null && cut !== null)
        attribution =
          namedBy(titleCased(cut.trim()), quote.open, quote.paragraph, 'speaker-label', 0.75) ?? attribution;
      if (attribution.speaker === null)
        attribution = attributeInSentence(
          {
            quote,
            before: text.slice(beforeStart, quote.open),
            beforeStart,
            after: text.slice(quote.close, Math.max(quote.close, afterEnd)),
            afterStart: quote.close,
            lead: text.slice(sentence.start, statements[0]?.quote.open ?? sentence.start),
            leadStart: sentence.start,
            last: text.slice(quote.end - 1, quote.end),
          },
          linker,
          state,
        );
      // A quote paragraph credited on the line under it ("— Gov. Dannel P. Malloy, to reporters
      // at the state Capitol, Monday"), as a "week in quotes" page prints it.
      const nextParagraph = paragraphs[quote.paragraph];
      const creditLine =
        nextParagraph !== undefined &&
        !/\p{L}/u.test(text.slice(quote.close, paragraphs[quote.paragraph - 1]?.end ?? quote.close))
          ? text.slice(nextParagraph.start, nextParagraph.end)
          : null;
      // (A letter's signature under it is read with the letter, below.)
      if (
        attribution.speaker === null &&
        creditLine !== null &&
        nextParagraph !== undefined &&
        !signatures.has(nextParagraph.number)
      )
        attribution =
          dashCredit(creditLine, nextParagraph.start, nextParagraph.number, linker, state) ?? attribution;
      // A radio script's cue on the line above the clip: "ACT: MALLOY -- :16".
      // (With the clip's in-cue between them: 'IN: "I want to thank..."'.)
      const cue =
        ACT_CUE.exec(paragraphText(quote.paragraph - 1)) ??
        (SCRIPT_CUE_LINE.test(paragraphText(quote.paragraph - 1))
          ? ACT_CUE.exec(paragraphText(quote.paragraph - 2))
          : null);
      if (
        attribution.speaker === null &&
        cue !== null &&
        quote.open === paragraphs[quote.paragraph - 1]?.start
      )
        attribution =
          namedBy(titleCased(cue[1] ?? ''), quote.open, quote.paragraph, 'speaker-label', 0.75) ??
          attribution;
      if (attribution.speaker === null && quote.continues !== null) {
        const from = byQuote.get(quote.continues);
        if (from !== undefined && from.attribution.speaker !== null)
          attribution = inherit(from.attribution, 'continued-quote');
      }
      // "O'Connor said Tuesday that "every option is on the table" and that the coalition would
      // have more to say "within days, not weeks."": a quote in a second "that" clause of the same
      // report is the words of whoever the first was, not of the clause's subject.
      const reporter = previous === undefined ? undefined : kept.find((o) => o.quote === previous);
      if (
        reporter?.attribution.speaker != null &&
        reporter.attribution.rule?.startsWith('before-quote') === true &&
        SAME_REPORT.test(text.slice(reporter.quote.close, quote.open))
      )
        attribution = inherit(reporter.attribution, 'same-report');
      // "…," the statement said; or the document as the subject before the quote: "The statement
      // also urges legislators to "…"", "It said union leaders were "…"".
      // (An "It said" after a sentence about a document is the document's, though "it" may also
      // be read as the organization that was the last subject.)
      const lead = text.slice(sentence.start, quote.open);
      // The kind of document is the one the sentence before brings in ("… sent Malloy a letter.
      // It asked …": a letter).
      // So is ""…," it said." when the paragraph before, or the sentence before, brings one in
      // ("Colleen Flanagan emailed us a statement while the meeting was under way.").
      const itAfter = /^[\s,\u201D"]*it\s+(?:said|says|read|reads|added|continued|stated)\b/i.test(
        text.slice(quote.close, Math.max(quote.close, afterEnd)),
      );
      const broughtIn = itSays(lead)
        ? DOCUMENT_NOUN.exec(previousSentence(quote.paragraph, sentence.start))
        : itAfter
          ? (DOCUMENT_NOUN.exec(previousSentence(quote.paragraph, sentence.start)) ??
            (sentence.start === paragraphs[quote.paragraph - 1]?.start || lead.trim() === ''
              ? DOCUMENT_NOUN.exec(paragraphText(quote.paragraph - 1))
              : null))
          : null;
      const itDocument = broughtIn !== null;
      const document =
        attribution.speaker !== null && !itDocument
          ? null
          : (documentSays(text.slice(quote.close, afterEnd)) ??
            documentSays(lead) ??
            (broughtIn === null
              ? null
              : {
                  kind: documentKind(broughtIn[0]),
                  owner: possessiveOwner(broughtIn.input, broughtIn.index),
                  noun: broughtIn[0],
                }));
      if (document !== null)
        attribution = documentAuthor(document, quote.paragraph, quote.open) ?? attribution;
      // A document quoted passage by passage, each under its noun as a label ("THE LETTER: "In
      // June, a clear majority …""): whoever the article said issued it, however far back.
      // (Or the paragraph before ends by pointing at the document's words: "… in a June memo … The
      // key passage:".)
      const pointed =
        sentence.start === paragraphs[quote.paragraph - 1]?.start &&
        PASSAGE_LABEL.test(paragraphText(quote.paragraph - 1))
          ? DOCUMENT_NOUN_IN.exec(paragraphText(quote.paragraph - 1))
          : null;
      const passage = DOCUMENT_LABEL.exec(lead) ?? pointed;
      // (Or it sets someone's statement out below it, "Here's the governor's statement in full:":
      // the document names its author, whose words it is over all its paragraphs.)
      const setOut =
        sentence.start === paragraphs[quote.paragraph - 1]?.start
          ? SET_OUT.exec(paragraphText(quote.paragraph - 1).trimEnd())
          : null;
      if (attribution.speaker === null && setOut !== null)
        attribution =
          documentAuthor(
            { kind: documentKind(setOut[2] ?? ''), owner: setOut[1] ?? null, noun: setOut[2] ?? '' },
            quote.paragraph,
            quote.open,
          ) ?? attribution;
      // (Or it is part of a text printed below a paragraph that says whose it is: "Her speech is
      // printed below as delivered.")
      if (attribution.speaker === null && quote.printedBelow !== undefined)
        attribution = printedBy(quote.printedBelow) ?? attribution;
      if (
        attribution.speaker === null &&
        passage !== null &&
        sentence.start === paragraphs[quote.paragraph - 1]?.start
      )
        attribution =
          documentAuthor(
            { kind: documentKind(passage[1] ?? ''), owner: null, noun: passage[1] ?? '' },
            quote.paragraph,
            quote.open,
            true,
          ) ?? attribution;
      // ""…," one nurse said": someone unnamed is the speaker, so no one else's quote lends its own.
      // So is one before it: "what one veteran lobbyist described to me as "…"".
      const unnamedAfter = UNNAMED_ATTRIBUTION.test(text.slice(quote.close, Math.max(quote.close, afterEnd)));
      // So is one a credit line names so ("— A corrections officer at Bergin, who asked …").
      const unnamedCredit = creditLine !== null && creditsSomeoneUnnamed(creditLine);
      // So is one a "he said" after it stands for ("A Democratic senator …, was blunter. I agreed to
      // leave his name out. "…," he said."): no one else's sentence lends the quote a speaker.
      const pronounAfter = PRONOUN_SAID.exec(text.slice(quote.close, Math.max(quote.close, afterEnd)))?.[1];
      const forUnnamed =
        pronounAfter !== undefined &&
        attribution.speaker === null &&
        resolvePronoun(state, /^she$/i.test(pronounAfter) ? 'female' : 'male', quote.open, quote.paragraph)
          ?.unnamed === true;
      // (And the quote after theirs in the paragraph, with no attribution of its own, goes on with them.)
      const lastInParagraph = kept.findLast((o) => o.quote.paragraph === quote.paragraph);
      const goesOnUnnamed =
        attribution.speaker === null &&
        lastInParagraph?.unnamed === true &&
        lastInParagraph.attribution.speaker === null &&
        !/\p{L}/u.test(text.slice(lastInParagraph.quote.close, quote.open).replace(PRONOUN_SAID, ''));
      const unnamedSpeaker =
        unnamedAfter ||
        unnamedCredit ||
        forUnnamed ||
        goesOnUnnamed ||
        UNNAMED_BEFORE.test(text.slice(beforeStart, quote.open)) ||
        UNNAMED_ASIDE.test(text.slice(beforeStart, quote.open));
      // (""…," said one veteran Democrat." is no one the graph knows, though "Democrat" names the party.)
      if (
        unnamedSpeaker &&
        (attribution.rule?.startsWith('before-quote') === true ||
          (unnamedAfter && attribution.rule?.startsWith('after-quote') === true))
      )
        attribution = NONE;
      // ("…," offered a young man in a UConn T-shirt. … "Problem solved," he added.": the "he"
      // is that man, still unnamed, not whoever was named before him.)
      if (unnamedAfter) {
        const gender = nounGender(text.slice(quote.close, Math.max(quote.close, afterEnd)));
        state.add({
          ref: UNNAMED,
          at: quote.close,
          paragraph: quote.paragraph,
          gender,
          salient: true,
          unnamed: true,
        });
      }
      if (attribution.speaker === null && !unnamedSpeaker) {
        const earlier = kept.findLast(
          (o) => o.quote.paragraph === quote.paragraph && o.attribution.speaker !== null,
        );
        if (earlier !== undefined) attribution = inherit(earlier.attribution, 'same-paragraph');
      }
      const endsWithPunctuation = /[.?!,;:\u2026]/.test(text[quote.close - 2] ?? '') || !quote.closed;
      // (A transcript's turn after its label, "A. He doesn't use that word …", is direct speech.)
      // (A quote opening in lower case after the comma of a reported clause goes on with the
      // reporter's sentence: "… said his office logged 200 calls, "and not one of them was the
      // same call twice."" Right after the verb, "He added, "and we mean it."", it is direct.)
      const goesOnReport =
        /^\p{Ll}/u.test(text.slice(quote.start, quote.start + 1)) &&
        /,\s*$/.test(lead) &&
        SPEECH_VERB.test(lead) &&
        !/\b(?:said|says|added|adds|wrote|writes|asked|asks|continued|replied)\s*,\s*$/.test(lead);
      const direct =
        isTurn(quote) ||
        cut !== null ||
        ((lead.trim() === '' || /[,:\u201D"]\s*$/.test(lead)) &&
          !goesOnReport &&
          (endsWithPunctuation || !/^\s*\p{Ll}/u.test(text.slice(quote.close, quote.close + 3))));
      // Words quoted inside a transcript's turn are someone else's statement only where the turn
      // says whose ("Larry Cafero … called it "…""); else they stay the turn's words alone. Under
      // a label that names no one (a heading, or a script's "ANNOUNCER:" that the article does not
      // name) the turn was left out: its quotes are then read as any other.
      const turn =
        quote.inTurn === true
          ? kept.findLast((o) => o.quote.paragraph === quote.paragraph && isTurn(o.quote))
          : undefined;
      if (turn !== undefined) {
        // (A pronoun there is not read: the turn's words are not the article's narration, so the
        // names before it in the turn were never taken in.)
        const explicit =
          attribution.rule !== null &&
          QUOTED_IN_TURN_RULES.test(attribution.rule) &&
          attribution.speaker?.link !== 'pronoun';
        if (
          !explicit ||
          attribution.speaker === null ||
          (turn.attribution.speaker !== null && sameEntity(turn.attribution.speaker, attribution.speaker))
        )
          return;
      }
      const entry: Kept = {
        quote,
        index,
        attribution,
        kind: direct ? 'DIRECT_QUOTE' : 'PARTIAL_QUOTE',
        sentence: { start: sentence.start, end: sentence.end },
        unnamed: unnamedSpeaker,
      };
      kept.push(entry);
      byQuote.set(index, entry);
      if (attribution.speaker !== null) remember(state, attribution.speaker, quote.start, quote.paragraph);
      // A continued quote that its own paragraph attributes later gives the earlier parts that
      // speaker, over a guess from the paragraph before them: "The bylaws exist … ¶ "If the
      // coalition …," wrote Andrew Matthews, after a paragraph about his union's letter.
      if (attribution.speaker !== null && quote.continues !== null) {
        for (
          let from = byQuote.get(quote.continues);
          from !== undefined;
          from = from.quote.continues === null ? undefined : byQuote.get(from.quote.continues)
        ) {
          if (from.attribution.speaker === null || from.attribution.rule === 'previous-paragraph')
            from.attribution = inherit(attribution, 'continued-quote');
        }
      }
    });

    const paraphrase = (from: number, attribution: Omit<Reported, 'from'>): void => {
      // A column's author telling what they said ("I told my steward …") is the piece itself, not
      // a report of someone's words; what the author quotes of themselves is kept.
      if (attribution.speaker?.link === 'byline') return;
      const words = sentenceText.slice(from).trimEnd();
      paraphrases.push({
        kind: 'PARAPHRASE',
        text: words,
        start: sentence.start + from,
        end: sentence.start + from + words.length,
        paragraph: sentence.paragraph,
        speaker: attribution.speaker,
        onBehalfOf: attribution.onBehalfOf,
        rule: 'reported-speech',
        medium: attribution.medium,
        issues: classifyIssues(words, knowledge.issues),
        confidence: attribution.confidence,
        saidOn: saidOnOf(sentenceText, [], options.publishedOn),
      });
    };
    const onlyPartial = statements.every(({ index }) => byQuote.get(index)?.kind === 'PARTIAL_QUOTE');
    // An interviewer's question ("Q. The governor says the numbers are the numbers. Is …?") frames
    // the next answer; it reports no one's words.
    // A heading in capitals ("WHAT THE GOVERNOR SAID") reports no one's words.
    const heading = !/\p{Ll}/u.test(sentenceText);
    if (options.paraphrases !== false && onlyPartial && !questions.has(sentence.paragraph) && !heading) {
      let reported = reportedSpeech(sentenceText, sentence.start, sentence.paragraph, linker, state);
      // "The letter said union leaders wanted …": the document's author reports.
      const document = reported === null ? documentSays(sentenceText) : null;
      const author = document === null ? null : documentAuthor(document, sentence.paragraph, sentence.start);
      if (author?.speaker != null)
        reported = {
          ...author,
          speaker: author.speaker,
          confidence: Math.min(0.5, author.confidence),
          from: 0,
        };
      if (reported !== null) {
        paraphrase(reported.from, reported);
        remember(state, reported.speaker, sentence.start, sentence.paragraph);
        // The words it quotes that no attribution gave anyone are the reporter's speaker's too:
        // "Malloy's office … said in a statement that the governor "has always been willing …"".
        for (const { index } of statements) {
          const k = byQuote.get(index);
          if (
            k !== undefined &&
            k.unnamed !== true &&
            k.attribution.speaker === null &&
            reported.speaker !== null
          )
            k.attribution = {
              ...NONE,
              speaker: reported.speaker,
              onBehalfOf: reported.onBehalfOf,
              rule: 'reported-speech',
              medium: reported.medium,
              confidence: Math.min(0.5, reported.confidence),
            };
        }
      }
    } else if (options.paraphrases !== false) {
      // After a quote and its attribution, reported speech may trail ("…,” Dorman said, adding though
      // that the coalition has just begun …"): the quote's speaker's too, in the reporter's words.
      const last = byQuote.get(statements.at(-1)?.index ?? -1);
      const after = last === undefined ? null : trailingReport(text.slice(last.quote.close, sentence.end));
      if (last !== undefined && after !== null && last.attribution.speaker !== null) {
        paraphrase(last.quote.close - sentence.start + after, {
          speaker: last.attribution.speaker,
          onBehalfOf: last.attribution.onBehalfOf,
          medium: last.attribution.medium,
          confidence: Math.min(0.45, last.attribution.confidence),
        });
      }
    }
  }
  if (currentParagraph > 0) finishParagraph(currentParagraph);
  const letters = [
    ...letterStatements(found, text, sentences, linker, state, knowledge),
    ...townSignedMessages(text, paragraphs).map((m): ProposedStatement => ({
      kind: 'DIRECT_QUOTE',
      text: text.slice(m.start, m.end),
      start: m.start,
      end: m.end,
      paragraph: m.paragraph,
      speaker: null,
      onBehalfOf: null,
      rule: null,
      medium: 'UNKNOWN',
      issues: classifyIssues(text.slice(m.start, m.end), knowledge.issues),
      confidence: 0.3,
      saidOn: null,
    })),
  ];

  // A post quoted under a screen name before the article said whose it is ("a user called
  // Rt9Plowman posted: "…" ¶ Rt9Plowman is Brian Tetreault, …"): that person's.
  for (const k of kept) {
    const speaker = k.attribution.speaker;
    const owner = speaker?.id === null && isHandle(speaker.name) ? state.nicknamed(speaker.name) : undefined;
    if (owner !== undefined && !sameEntity(owner, speaker ?? owner))
      k.attribution = { ...k.attribution, speaker: { ...owner, link: 'first-name-in-article' } };
  }
  const statements: ProposedStatement[] = kept.map((k) => {
    const words = text.slice(k.quote.start, k.quote.end);
    const quotedInSentence = quotes
      .filter((q) => q.open >= k.sentence.start && q.open < k.sentence.end)
      .map((q) => ({
        start: q.open - k.sentence.start,
        end: Math.min(q.close, k.sentence.end) - k.sentence.start,
      }));
    return {
      kind: k.kind,
      text: words,
      start: k.quote.start,
      end: k.quote.end,
      paragraph: k.quote.paragraph,
      speaker: k.attribution.speaker,
      onBehalfOf: k.attribution.onBehalfOf,
      rule: k.attribution.rule,
      medium: k.attribution.medium,
      issues: classifyIssues(
        k.kind === 'PARTIAL_QUOTE' ? text.slice(k.sentence.start, k.sentence.end) : words,
        knowledge.issues,
      ),
      confidence: k.attribution.speaker === null ? 0.3 : k.attribution.confidence,
      saidOn: saidOnOf(text.slice(k.sentence.start, k.sentence.end), quotedInSentence, options.publishedOn),
    };
  });
  inheritSaidOn(statements);
  leftSide(statements);
  // A letter's "I told my son, "…"": the writer's words ("I" before a speech verb, read as the
  // signer), whoever the sentences around them name.
  for (const statement of statements) {
    const letter = letters.find(
      (l) => l.rule === 'letter-signature' && l.start <= statement.start && statement.end <= l.end,
    );
    if (letter?.speaker == null || !WRITER_SAYS.test(text.slice(letter.start, statement.start))) continue;
    Object.assign(statement, {
      speaker: letter.speaker,
      onBehalfOf: letter.onBehalfOf,
      rule: 'before-quote:speaker-verb',
      medium: 'SPOKEN',
      confidence: 0.7,
    });
  }
  // Letters printed in quote marks, each signed under it ("FROM THE MAILBAG … "I voted no …"⏎--
  // Gary Ruggiero, Highway Maintainer II, Colchester"): a quote that opens a paragraph of a letter's
  // body and that no speech verb gave to anyone is the signer's, not the previous signer's.
  for (const statement of statements) {
    const letter = letters.find(
      (l) => l.rule === 'letter-signature' && l.start <= statement.start && statement.end <= l.end + 2,
    );
    const opensParagraph = /^\s*["\u201C]$/u.test(
      text.slice(paragraphs[statement.paragraph - 1]?.start ?? 0, statement.start),
    );
    if (letter?.speaker == null || !opensParagraph) continue;
    if (statement.rule !== null && !INHERITED_RULES.has(statement.rule)) continue;
    Object.assign(statement, {
      speaker: letter.speaker,
      onBehalfOf: letter.onBehalfOf,
      rule: 'letter-signature',
      medium: 'LETTER',
      confidence: 0.7,
    });
  }
  // A letter's sentence that quotes someone else ("the governor told reporters, "…"") is their
  // quote, not the signer's own statement. (Reported speech without quote marks stays the
  // signer's too: a letter's "If the coalition thinks …" is an argument, not the coalition's.)
  // A letter's sentence that is itself a quotation in marks (a roundup's ""…" — Sen. X,
  // D-Town") is that quote, proposed once, without its marks.
  const own = letters.filter(
    (letter) =>
      !statements.some((r) => r.start - 1 <= letter.start && letter.end <= r.end + 2) &&
      !statements.some(
        (r) =>
          r.speaker !== null &&
          letter.speaker !== null &&
          !sameEntity(r.speaker, letter.speaker) &&
          r.start < letter.end &&
          letter.start < r.end,
      ),
  );
  const all = [...statements, ...paraphrases, ...own].sort((a, b) => a.start - b.start || a.end - b.end);
  namedInFullLater(all, state);
  quotedInReport(all, text);
  carrySides(all);
  // What the cues missed, read by the model of the reviewed statements (none: nothing changes).
  const learned = learnedFor(
    knowledge.examples,
    knowledge.issues.map((i) => i.slug),
  );
  for (const statement of all)
    statement.issues = withLearnedIssues(
      learned,
      statement.text,
      statement.issues,
      statement.speaker?.id ?? statement.speaker?.name ?? null,
    );
  return {
    version: PIPELINE_VERSION,
    statements: all,
    skipped,
    people: peopleOf(all),
    positions: proposePositions(all),
  };
}

/**
 * A letters page's letters (letters.ts): each sentence of a letter's body is its signer's words,
 * printed as written (rule letter-signature, medium LETTER, 0.7). The signer is linked like any
 * name, after the letters, so a new writer is proposed as a new person.
 */
function letterStatements(
  letters: Letter[],
  text: string,
  sentences: ReturnType<typeof splitSentences>,
  linker: Linker,
  state: ArticleState,
  knowledge: Knowledge,
): ProposedStatement[] {
  return letters.flatMap((letter) => {
    const name = text.slice(letter.signer.start, letter.signer.end);
    const linked = linker.linkPhrase(name, state, letter.signer.start, letter.paragraph);
    if (linked.speaker === null) return [];
    const speaker = linked.speaker;
    const inBody = new Set(letter.body.map((p) => p.number));
    return sentences
      .filter((s) => inBody.has(s.paragraph) && s.start < letter.signedAt)
      .map((s) => ({ s, words: text.slice(s.start, Math.min(s.end, letter.signedAt)).trimEnd() }))
      .filter(({ words }) => words.split(/\s+/).length >= 3)
      .map(({ s, words }) => ({
        kind: 'DIRECT_QUOTE' as const,
        text: words,
        start: s.start,
        end: s.start + words.length,
        paragraph: s.paragraph,
        speaker,
        onBehalfOf: linker.onBehalfOf(linked, name),
        rule: 'letter-signature' as const,
        medium: 'LETTER' as const,
        issues: classifyIssues(words, knowledge.issues),
        confidence: 0.7,
        saidOn: null,
      }));
  });
}

/**
 * Words quoted inside a report whose speaker is read ("The governor has repeated the point since,
 * telling reporters on Monday that the vote exposed "a bylaw problem, not a contract problem."")
 * are that speaker's when no rule gave them to anyone: the report holds them. At most 0.6.
 */
function quotedInReport(statements: ProposedStatement[], text: string): void {
  for (const quote of statements) {
    if (quote.kind !== 'PARTIAL_QUOTE' || quote.speaker !== null) continue;
    const report = statements.find(
      (s) => s.kind === 'PARAPHRASE' && s.speaker !== null && s.start <= quote.start && quote.end <= s.end,
    );
    // (Only after a participle of speech that goes on from the subject; "what one veteran
    // lobbyist described as "…"" stays unattributed.)
    if (report === undefined || !REPORTING_PARTICIPLE.test(text.slice(report.start, quote.start))) continue;
    Object.assign(quote, {
      speaker: report.speaker,
      onBehalfOf: report.onBehalfOf,
      rule: report.rule,
      medium: report.medium,
      confidence: Math.min(report.confidence, 0.6),
    });
  }
}

/**
 * A quote attributed by inheritance (the next sentence of the same quote, a later quote of the
 * paragraph, a paragraph that only continues the speaker) was said when the quote it inherits from
 * was: `"…," Malloy said Tuesday. "…"`. Taken from the nearest earlier quote of the same speaker in
 * the same or the previous paragraph.
 */
function inheritSaidOn(statements: ProposedStatement[]): void {
  statements.forEach((statement, i) => {
    if (statement.saidOn !== null || statement.rule === null || !INHERITED_RULES.has(statement.rule)) return;
    const from = statements
      .slice(0, i)
      .findLast(
        (earlier) =>
          earlier.paragraph >= statement.paragraph - 1 &&
          earlier.speaker !== null &&
          statement.speaker !== null &&
          sameEntity(earlier.speaker, statement.speaker),
      );
    if (from?.saidOn != null)
      statement.saidOn = {
        date: from.saidOn.date,
        note: `${from.saidOn.note} (from the quote this one continues)`,
      };
  });
}

function remember(state: ArticleState, speaker: EntityRef | null, at: number, paragraph: number): void {
  if (speaker === null) return;
  const earlier = state.mentions.findLast((m) => sameEntity(m.ref, speaker));
  state.add({ ref: speaker, at, paragraph, gender: earlier?.gender ?? null, salient: true });
}

/** The verb of a sentence that says who was interviewed: "X spoke with Capitol Weekly", "X sat down with us". */
/** A question's or an answer's line in a transcript ("Q. …", "A. …"). */
const QA_LINE = /^\s*(?:\*\*|__)?[QA]\s*[:.](?:\*\*|__)?\s/;

/** Who asks at a hearing, in the narration (see atHearing). */
const QUESTIONER = [
  /\b(?:questioned|examined|cross-examined)\s+by\s+([^.;]+)/,
  /((?:\p{Lu}[\p{L}'\u2019-]+\s+){0,2}\p{Lu}[\p{L}'\u2019-]+)['\u2019]s\s+(?:cross-)?(?:examination|questioning)\b/u,
  /^\s*(?:On|In|During)\s+(?:cross-|re-?direct\s+)?examination,\s+(.+?)\s+(?:pressed|asked|questioned|grilled)\b/,
  /^(.+?)\s+walked\s+(?:him|her|them|\p{Lu}\S*)\s+through\b/u,
  // A deposition's transcript names who examines above the questions: "BY MR. TIERNEY:".
  /^\s*BY\s+((?:MR|MS|MRS|MISS|DR)\.\s+\p{Lu}[\p{Lu}'\u2019-]+)\s*:\s*$/u,
];
/** Whose deposition it is: "The deposition, taken Aug. 30 at Tierney's office, is of Raymond Costa, …". */
const DEPONENT = /\bdeposition\b[^;]{0,80}?\b(?:is|was)\s+(?:that\s+)?of\s+(\p{Lu}[^,.;]+)/u;
/** Who answers at a hearing, in the narration: the words before it name the witness. */
const WITNESS =
  /\s+(?:was|is)\s+the\s+(?:first|next|second|third|last|final)\s+witness\b|,?\s+who\s+testified\b|\s+took\s+the\s+stand\b/i;

/** The phrase naming who asks or who answers at a hearing in a narration sentence, or null. */
function hearingPhrase(sentence: string, side: 'asks' | 'answers'): string | null {
  if (side === 'answers') {
    const deponent = DEPONENT.exec(sentence);
    if (deponent !== null) return deponent[1] ?? null;
    const m = WITNESS.exec(sentence);
    // "The afternoon belonged to Daniel Livingston, …, who testified": the name after the preposition.
    return m === null
      ? null
      : sentence.slice(0, m.index).replace(/^.*\b(?:to|by|from|for|with)\s+(?=\p{Lu})/u, '');
  }
  for (const pattern of QUESTIONER) {
    const m = pattern.exec(sentence);
    // (In capitals, "MR. TIERNEY", as a name is written: "Mr. Tierney".)
    if (m !== null) return m[1] === undefined ? null : /\p{Ll}/u.test(m[1]) ? m[1] : titleCased(m[1]);
  }
  return null;
}

const INTERVIEWED = /\b(?:spoke|talked|sat down)\s+(?:with|to)\b|\b(?:agreed to|gave)\s+an?\s+interview\b/i;

/** A label in capitals as a name is written: "GOVERNOR DANNEL MALLOY" → "Governor Dannel Malloy", "O'CONNOR" → "O'Connor". */
function titleCased(label: string): string {
  return (
    label
      .toLowerCase()
      .replace(
        /(^|[\s('\u2019-])(\p{Ll})(?=\p{Ll}|['\u2019]\p{Ll})/gu,
        (_, before: string, letter: string) => before + letter.toUpperCase(),
      )
      // "McCRACKEN" → "McCracken", as "O'CONNOR" → "O'Connor" (only where the label writes "Mc").
      // So is "MCCRACKEN" in capitals: no name opens with "Mc" and a small letter ("MACK" and
      // "MACHADO" stay as they are).
      .replace(/\b(Ma?c)(\p{Ll})/gu, (match: string, prefix: string, letter: string, at: number) =>
        /^Ma?c\p{Lu}/u.test(label.slice(at)) || /^MC\p{Lu}/u.test(label.slice(at))
          ? prefix + letter.toUpperCase()
          : match,
      )
  );
}

/** A document that can be the "it" of "It said …". */
const DOCUMENT_NOUN =
  /\b(?:statement|letter|memo|e-?mail|release|booklet|handout|pamphlet|brochure|flyer|flier|leaflet|mailer)\b/i;

/** A fronted participle's clause, then the pronoun that is the sentence's subject ("Asked whether …, he"). */
/** A screen name opening a sentence that gives its poster's name after it (rememberSubject). */
const SCREEN_NAME_FOR =
  /^\s*([A-Za-z][A-Za-z0-9_.-]{2,30})(?:,\s+who\s[^:]{0,80}?\bidentif(?:y|ied)\s+(?:him|her|them)(?:self|selves)?(?:\s+to\s+us)?\s+as\s|\s+[\u2014\u2013-]+\s+(?=\p{Lu})|\s+is\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu}))/u;

const FRONTED_PARTICIPLE =
  /^\s*(?:Asked|Pressed|Told|Reached|Speaking|Interviewed|Approached)\b[^,"\u201C]{0,120},\s*(he|she)\b/;

/** A pronoun subject after a speech verb or a conjunction: the sentence's subject referred back to. */
const PRONOUN_AFTER_SUBJECT =
  /\b(?:said|says|told\s+\p{L}+|added|argued|noted|insisted|explained|where|when|after|because|and|but)\s+(?:that\s+)?(?:he|she)\b/iu;

/** A plural subject and its example, up to the example's name: "Others, like ", "Workers such as ". */
const EXAMPLE_SUBJECT =
  /^\s*(?:(?:But|And|Yet|Still)\s+)?(?:Others|Some|Many|Most|People|\p{Lu}\p{Ll}+s)(?:\s+\p{Ll}+){0,3},?\s+(?:like|such\s+as|including)\s+$/u;

/** Kin, as a sentence's subject ("Their daughter, Ana, 19, is home …"): someone the article does not fully name. */
const KIN =
  '(?:daughter|son|wife|husband|mother|father|sister|brother|grandmother|grandfather|granddaughter|grandson)';

/**
 * An indefinite person opening a sentence: "One man", "A caller", "But another worker"; someone's
 * kin ("Their daughter, Ana, 19, …", whose surname the article leaves to the reader); or one
 * known by an initial only ("T. found me at shift change", a name withheld).
 */
/** A body's name before what someone unnamed does there: "A Department of Children and Families social worker". */
const EMPLOYER = "(?:\\p{Lu}[\\p{L}'-]*(?:\\s+(?:(?:of|and|for|the)\\s+)*\\p{Lu}[\\p{L}'-]*){0,5}\\s+)";
const UNNAMED_SUBJECT = new RegExp(
  `^\\s*(?:(?:(?:But|And|Yet|Still|Then|Meanwhile),?\\s+(?:one|a|an|another)|(?:Outside|Inside|At|In|On|After|Before|Later|Earlier|Across|Near|Behind)\\b[^,]{1,60},\\s+(?:one|a|an|another)|One|A|An|Another)\\s+${EMPLOYER}?${UNNAMED_NOUN}\\b|(?:Their|His|Her|My|Our)\\s+(?:\\p{Ll}+\\s+)?${KIN}\\b|The\\s+(?:(?:young|old|older|elderly)\\s+)?(?:man|woman|guy)\\s+(?:in|with|who|at|from|behind|across|next|wearing|holding)\\b|\\p{Lu}\\.\\s+(?=\\p{Ll}))`,
  'u',
);

/** Someone who asked not to be named: "who asked not to be named", "asked that her name not be used". */
const ANONYMOUS =
  /\b(?:asked|requested)\s+(?:not\s+to\s+be\s+(?:named|identified)|that\s+(?:his|her|their)\s+names?\s+not\s+be\s+(?:used|published|printed)|(?:me|us)\s+not\s+to\s+(?:print|use|publish|give)\s+(?:his|her|their)\s+(?:full\s+)?names?|anonymity)\b|\b(?:declined|refused|did\s+not|didn['\u2019]t|would\s+not|wouldn['\u2019]t)\s+(?:to\s+)?give\s+(?:his|her|their)\s+(?:full\s+|last\s+)?names?\b/i;

/**
 * Someone unnamed who asked not to be, before the quote: "One usher, who asked not to be named
 * because she works at the Office of Policy and Management, said the mood was "…"" (the office
 * in the aside is not the speaker).
 */
const UNNAMED_ASIDE =
  /\b(?:one|a|an|another)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?,\s+who\s+(?:asked|requested|declined|refused)\b[^,"\u201C]{0,160},\s+(?:said|says|told|added|described|called|wrote|warned)\b[^"\u201C]*$/iu;

/** An attribution after a quote to someone unnamed: "…," one nurse said / "…," a worker told me. */
const UNNAMED_ATTRIBUTION = new RegExp(
  `^[\\s,\\u201D"]*(?:(?:is how\\s+|(?:said|says|added|asked)\\s+)?(?:one|a|an|another)\\s+${UNNAMED_NOUN}(?:\\s+(?:said|says|told|added|put it|wrote|asked)\\b|\\s*\\.)|(?:said|says|added|asked|offered|replied|shouted|yelled|called out|joked|muttered)\\s+(?:one|a|an|another)\\s+(?:young\\s+|older\\s+|old\\s+)?(?:man|woman|guy)\\b(?![^.]*\\bname))`,
  'u',
);

/**
 * Someone unnamed as the subject of the speech verb right before a quote, with only lower-case
 * words between the verb and the quote: "… what one veteran lobbyist described to me as "…"". (A
 * name after the verb is another speaker: "A worker said Malloy called it "…"".)
 */
const UNNAMED_BEFORE = new RegExp(
  `\\b(?:one|a|an|another)\\s+${UNNAMED_NOUN}\\s+(?:said|says|told|added|described|called|put it|wrote|asked|warned|termed|dubbed)\\b(?:\\s+\\p{Ll}+){0,4}[\\s,:]*$`,
  'u',
);

/** A broadcast script's on-screen caption naming who speaks next: "SUPER: NAME / TITLE". */
/** A quote that opens with its speaker's first name: "I'm Ray.", "Hi, my name is Denise, and …". */
const FIRST_NAME_INTRODUCTION =
  /^(?:(?:Hi|Hello|Hey)[,!]?\s+)?(?:I['\u2019]m|I am|[Mm]y name is)\s+(\p{Lu}\p{Ll}+)(?=[.,!]|\s+\p{Lu})/u;

/**
 * A message that opens by saying who speaks, perhaps after a greeting or a name addressed: "This
 * is Moises Padilla, …", "Mrs. Greer, this is Carla Voight, …", "Hi, I'm Carla Voight, and …".
 * The name (two words or more).
 */
const SELF_INTRODUCTION =
  /^(?:(?:Hi|Hello|Hey|Good (?:morning|afternoon|evening))[,!]?\s+)?(?:(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}'\u2019-]+,\s+)?(?:[Tt]his is|[Ii]t['\u2019]s|I['\u2019]m|I am)\s+((?:\p{Lu}[\p{L}.'\u2019-]*\s+){1,3}\p{Lu}[\p{L}'\u2019-]+)\s*[,.]/u;

/** Rules that guess a quote's speaker from the paragraphs around it, which a self-introduction overrules. */
const GUESSED = new Set([
  'previous-paragraph',
  'same-paragraph',
  'sentence-before',
  'sentence-after',
  'document',
  'dialogue-turn',
]);

const CAPTION =
  /^\s*(?:(?:SUPER|CG|CHYRON|LOWER THIRD|ON SCREEN|ON-SCREEN|CAPTION)\s*:\s*([^/\n]{3,60}?)\s*(?:\/[^\n]*)?|\(((?:Mc|Mac)?\p{Lu}[\p{Lu}'\u2019.-]+(?:\s+(?:Mc|Mac)?\p{Lu}[\p{Lu}'\u2019.-]*){0,3})\))$/mu;

/**
 * The name in the last caption or cut of `lines` (the words before a quote): a "(SOUNDBITE)" cue
 * above a "CAPTION:" line names no one, the caption does. Null when none.
 */
function lastCaption(lines: string): string | null {
  const found = [...lines.matchAll(CAPTIONS)]
    .map((m) => m[1] ?? m[2])
    .filter((name) => name !== undefined && !PRODUCTION_CUE.test(name));
  return found.at(-1) ?? null;
}

/** Every caption or cut of some lines (matchAll copies it, so its lastIndex is never shared). */
const CAPTIONS = new RegExp(CAPTION.source, 'gmu');

/**
 * A roundup's label: a name in capitals (a title may open it), then maybe a comma and who they are
 * or where they said it, closed by a colon at the end of its line.
 */
const ROUNDUP_HEADING =
  /^\s*((?:Mc|Mac)?\p{Lu}[\p{Lu}.'\u2019-]*(?:\s+(?:Mc|Mac)?\p{Lu}[\p{Lu}.'\u2019-]*){1,6})(,[^\n]{1,200})?:\s*$/u;

/** A roundup's label as a reporter would write it ("Larry Dorman, SEBAC spokesman, in a statement"), or null. */
function roundupLabel(words: string): string | null {
  const m = ROUNDUP_HEADING.exec(words);
  return m === null ? null : titleCased(m[1] ?? '') + (m[2] ?? '');
}

/** A broadcast script's cue in parentheses, not a name: "(SOUNDBITE)", "(VO)", "(NATS)". */
const PRODUCTION_CUE =
  /^(?:SOUNDBITE|SOT|VO|VO\/SOT|NATS|NAT SOUND|VIDEO|AUDIO|MUSIC|APPLAUSE|LAUGHTER|CROSSTALK|BEGIN VIDEO|END VIDEO|STANDUP|PKG)$/;

/** A transcript's label that names a role, not a person: whoever the article says holds it speaks. */
const ROLE_LABEL = /^(?:host|co-host|moderator|anchor|interviewer|announcer)$/i;
/** A transcript's label for someone it does not name: their turns are statements of no known speaker. */
const UNNAMED_LABEL =
  /^(?:(?:unidentified|unnamed|anonymous)\s+)?(?:caller|listener|viewer|audience member|questioner|resident|man|woman|speaker|voice)(?:\s\([^()]*\))?$/i;

/** A section's heading that quotes a phrase, numbered and with no period inside: I. "Give us a week". */
const NUMBERED_HEADING =
  /^\s*(?:[IVXLC]{1,5}|\d{1,2}|[A-Z])[.):]\s+[\u201C"][^\u201C\u201D".!?]{1,80}[\u201D"]\s*$/u;

/** The stand-in for an unnamed subject in the article's mentions; never a speaker. */
const UNNAMED: EntityRef = {
  name: '(unnamed)',
  id: null,
  isNew: false,
  type: 'PERSON',
  link: 'pronoun',
  role: null,
};

/** The subject of a sentence (a name at its start), so pronouns and surnames can find it later. */
function rememberSubject(
  linker: Linker,
  state: ArticleState,
  text: string,
  start: number,
  end: number,
  paragraph: number,
  quotes: QuoteSpan[],
): void {
  /**
   * A full name inside a quote ("Dan Rourke is live at the Capitol tonight …") is registered too,
   * only so that a later surname alone ("Rourke said") finds it; not a phrase that is all the quote
   * holds, a slogan or a title ("Finish The Fight"). Also in a turn under a label that opens a
   * sentence ("DANA WHITCOMB, HOST: … With me are … and Ruth Ellingsen, who teaches public finance"
   * makes a later "ELLINGSEN:" hers).
   */
  const registerQuotedNames = (): void => {
    for (const q of quotes) {
      if (q.open < start || q.close > end) continue;
      const inner = text.slice(q.start, q.end).replace(/[\s,.!?]+$/, '');
      for (const candidate of linker.candidates(inner, state, true)) {
        if (candidate.ref.type !== 'PERSON' || !/\s/.test(candidate.ref.name)) continue;
        if (candidate.start === 0 && candidate.end === inner.length) continue;
        if (state.latestWithSurname(surnameOf(candidate.ref.name)) !== undefined) continue;
        // (What the speaker is called is no one else: "Everybody calls me ‘Big Ron’ at the garage".)
        if (
          /\b(?:calls?|called|know|knows)\s+(?:me|him|her|us)\s+(?:as\s+)?[\u2018'"\u201C]$/u.test(
            inner.slice(0, candidate.start),
          )
        )
          continue;
        state.add({
          ref: candidate.ref,
          at: q.start + candidate.start,
          paragraph,
          gender: null,
          salient: false,
        });
      }
    }
  };
  let outside = text.slice(start, end);
  // (A quote the sentence only opens or closes, its period inside the marks, is blanked too.)
  for (const q of quotes) {
    const from = Math.max(q.open, start);
    const to = Math.min(q.close, end);
    if (from < to)
      outside = outside.slice(0, from - start) + ' '.repeat(to - from) + outside.slice(to - start);
  }
  // A reporter's question in a transcript ("Q: Have you and Mr. Livingston met?") has no
  // subject a later "he said" could mean.
  if (/^\s*Q\s*[:.]\s/.test(outside)) return;
  // A roundup's label in capitals is the subject of what follows it ("THE CONNECTICUT TAXPAYERS'
  // LEAGUE, a … group, in a blog post …:", then "The group argued …").
  const label = roundupLabel(outside);
  const headed = label === null ? null : linker.linkPhrase(label, state, start, paragraph);
  if (headed?.speaker != null) {
    state.add({ ref: headed.speaker, at: start, paragraph, gender: headed.gender, salient: true });
    registerQuotedNames();
    return;
  }
  // A diary entry's time is not part of the sentence ("2:45 p.m. — A clerk from the DMV …").
  const stamp = TIME_STAMP.exec(outside);
  if (stamp !== null) outside = ' '.repeat(stamp[0].length) + outside.slice(stamp[0].length);
  // A fronted topic is the sentence's subject for what follows ("For Malloy, the day was a
  // reminder …", then "… he said"): read it alone, or its preposition would hide it.
  // ("For years, Reyes opposed it" has no one fronted: the sentence is read as usual.)
  // So is the person whose words open it ("A quotation from Colleen Flanagan, the governor's
  // spokeswoman, was accurate but …", then "Her statement that "…"").
  const fronted =
    /^\s*(?:For|As for)\s+([^,]{2,60}),/.exec(outside) ??
    /^\s*(?:[\u2022\u00B7*]\s*)?(?:A|The|One|Another)\s+(?:quotation|quote|statement|remark|comment|tweet|post)\s+(?:from|by)\s+([^,]{2,60}?)(?:,|\s+(?:was|is|had|has)\b)/.exec(
      outside,
    );
  const topic = fronted === null ? null : linker.linkPhrase(fronted[1] ?? '', state, start, paragraph);
  // A fronted subordinate clause is not the subject ("When I asked the governor's office …,
  // spokeswoman Colleen Flanagan was crisp"), nor is a fronted participle ("Asked what she would
  // tell the governor, she didn't hesitate"): the main clause after its comma is read first.
  // ("This summer, as the governor and the unions wrangled over …, Tierney was …": a time may
  // come before it.)
  const subordinate =
    /^\s*(?:(?:This|That|Last|Earlier|Later|In|On|By)\s[^,]{2,30},\s*(?=[wabtsiou]))?(?:When|While|After|Before|As|Although|Though|Because|Since|If|Once|Until|Asked|Pressed|Reached)\b[^,]{2,200},\s*/i.exec(
      outside,
    );
  const mainLink =
    subordinate === null
      ? null
      : linker.linkPhrase(wordsUpTo(outside.slice(subordinate[0].length), 160), state, start, paragraph);
  // "When I read Wrobel's line about rules to McCracken, she laughed.": a pronoun after the
  // fronted clause is the one person there its first name says it fits, whoever came before.
  // (Not after a participle: "Asked what she would tell the mayor, she …" is not the mayor.)
  const fitting =
    subordinate === null ||
    mainLink?.speaker?.link !== 'pronoun' ||
    mainLink.gender === null ||
    /^\s*(?:Asked|Pressed|Reached)\b/i.test(subordinate[0])
      ? []
      : linker
          .candidates(subordinate[0], state, true)
          .filter((c) => c.ref.type === 'PERSON' && firstNameGender(c.ref.name) === mainLink.gender);
  const main =
    fitting.length === 1 && fitting[0] !== undefined && mainLink !== null
      ? { ...mainLink, speaker: { ...fitting[0].ref, link: 'pronoun' as const } }
      : mainLink;
  const mainAt = main?.speaker != null ? (subordinate?.[0].length ?? 0) : 0;
  // A fronted participle names what was asked about, not who answers: in "Asked whether the
  // governor might sweeten the terms, he shook his head", the subject is "he" (read below).
  const participle = FRONTED_PARTICIPLE.exec(outside);
  const plain: PhraseLink =
    topic?.speaker != null
      ? topic
      : main?.speaker != null
        ? main
        : participle !== null
          ? { speaker: null, organizations: [], otherPeople: [], gender: null }
          : linker.linkPhrase(wordsUpTo(outside, 160), state, start, paragraph);
  // A person whose possessive opens the sentence is its topic ("Holloway's objections were never
  // about the raises. He said …"), though not the speaker of anything in it; also past a fronted
  // time or place ("At 11:40 a.m., Ostrowski's number was called. He walked out …"); or a title's
  // ("The governor's first answer was not encouraging. …, he told reporters …").
  const owner =
    /^\s*(?:(?:At|On|By|In|After|Before|Around|Just|Shortly|Later|Earlier)\b[^,"\u201C\u201D]{1,40},\s*)?((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}-]*|The\s+\p{Ll}+)['\u2019]s?\s/u.exec(
      outside,
    );
  const ownerLink =
    plain.speaker !== null || owner === null
      ? null
      : linker.linkPhrase(owner[1] ?? '', state, start, paragraph);
  // "She unfolded the paper and laid it flat. "Now I've got this."": a pronoun subject is the
  // person it stands for, so what follows in the paragraph can be theirs.
  // So is one after a fronted description of them: "A correction officer for 23 years, she voted …".
  const unnamedSubject = UNNAMED_SUBJECT.exec(outside);
  // ("The woman at the end of the table, a second-shift nurse named Carla Benedetto, …" is named:
  // "The man …" is someone unnamed only in a sentence that names no one.)
  const unnamed =
    unnamedSubject !== null &&
    /^\s*The\s/.test(unnamedSubject[0]) &&
    linker.candidates(outside, state, true).some((c) => c.ref.type === 'PERSON')
      ? null
      : unnamedSubject;
  const described = unnamed === null ? null : /^[^,]{2,80},\s*(he|she)\b/i.exec(outside);
  // ("Then she walked us through …": an adverb may come first, with a phrase after it ("Afterward,
  // standing by his car, he was more candid"), or a fronted clause: "Asked whether
  // the two sides should meet again, he shook his head.")
  const pronoun =
    plain.speaker === null
      ? (/^\s*(?:(?:Then|Later|Now|Still|Afterward|Afterwards)(?:,\s*[^,"\u201C]{1,60},|,)?\s+)?(he|she)\b/i.exec(
          outside,
        ) ??
        described ??
        participle)
      : null;
  // "His answer, which he sent by email, is worth reprinting in full:": whose the words are.
  const possessive =
    plain.speaker === null && pronoun === null
      ? /^\s*(His|Her)\s+(?:answer|reply|response|verdict|advice|message|warning|statement|letter|e-?mail|note)\b/.exec(
          outside,
        )
      : null;
  const pronounWord = pronoun?.[1] ?? (possessive === null ? null : pronounOf(possessive[1]));
  const pronounLink = pronounWord == null ? null : linker.linkPhrase(pronounWord, state, start, paragraph);
  const found =
    ownerLink?.speaker?.type === 'PERSON' ? ownerLink : pronounLink?.speaker != null ? pronounLink : plain;
  // "A longtime member from New Haven County was struck by the silence after Barnes finished.": a
  // person named later in a sentence whose subject is someone unnamed is not its subject (one in
  // an appositive right after the noun is: "One clerk, Ana Reyes, said …").
  const namedAt =
    unnamed === null || found.speaker === null
      ? undefined
      : linker
          .candidates(outside, state, true)
          .find((c) => found.speaker !== null && sameEntity(c.ref, found.speaker))?.start;
  const laterName =
    namedAt !== undefined &&
    unnamed !== null &&
    namedAt > unnamed.index + unnamed[0].length &&
    !/^\s*,\s*$/.test(outside.slice(unnamed.index + unnamed[0].length, namedAt));
  // Nor is anyone named after a pronoun that opens the sentence: "He was just as blunt about the
  // governor's threat …" is not about the governor.
  const afterPronoun =
    /^\s*(?:he|she)\s/i.test(outside) && found === plain && plain.speaker?.link !== 'pronoun';
  const link: PhraseLink = laterName || afterPronoun ? { ...found, speaker: null } : found;
  // A sentence whose subject is someone unnamed ("One man, a retired machinist …, said …"): a
  // "he said" after it is that man's, not the last named speaker's.
  // So is one who asked not to be named ("At a diner, the owner, who asked not to be named because
  // many of his regulars work for the state, said …"), whatever the noun.
  const anonymous = unnamed === null ? ANONYMOUS.exec(outside) : null;
  if (
    (link.speaker === null || link.speaker.type === 'ORGANIZATION') &&
    (unnamed !== null || anonymous !== null) &&
    described === null
  ) {
    const said =
      unnamed?.[0] ?? outside.slice(0, (anonymous?.index ?? 0) + (anonymous?.[0].length ?? 0) + 80);
    const gender =
      nounGender(said) ??
      (anonymous !== null && /\bhis\b/i.test(said) !== /\bher\b/i.test(said)
        ? /\bhis\b/i.test(said)
          ? 'male'
          : 'female'
        : null);
    // (What they were called, for a later "the senator said": the noun's last word.)
    const noun = unnamed === null ? undefined : /(\p{L}+)\s*$/u.exec(unnamed[0])?.[1]?.toLowerCase();
    state.add({ ref: UNNAMED, at: start, paragraph, gender, salient: true, unnamed: true, noun });
  }
  // New names are registered too (not as salient), so a later surname-only mention finds them.
  const candidates = linker.candidates(outside, state, true);
  for (const candidate of candidates) {
    const isSubject =
      link.speaker !== null &&
      sameEntity(candidate.ref, link.speaker) &&
      candidate.start >= mainAt &&
      candidate.start < mainAt + 80;
    const ref = isSubject && link.speaker !== null ? link.speaker : candidate.ref;
    // "That prospect did not sit well with Sokolowski, who lingered …": with no person as the
    // subject, the person a relative clause goes on to describe is the one a "he said" means next,
    // also past an appositive ("People like Darlene Kowalczyk, a clerk at the DMV in Waterbury,
    // who voted yes …").
    // So is the one a plural subject gives as its example ("Others, like Kowalczyk, came with
    // their minds changed.").
    const described =
      link.speaker === null &&
      candidate.ref.type === 'PERSON' &&
      (/^,\s*(?:[^,"\u201C]{1,80},\s*)?who\s/u.test(outside.slice(candidate.end)) ||
        EXAMPLE_SUBJECT.test(outside.slice(0, candidate.start)));
    // So is the person a last clause after ", and" is about: "By 4 p.m. the sausage was gone, …,
    // and Padilla was on a stepladder taking down the banner."
    // So too after ", but" or ", so", an adverb allowed before the verb: "His son graduated in
    // 2009, but Padilla still signs up every year."
    const lastClause =
      candidate.ref.type === 'PERSON' &&
      /,\s+(?:and|but|so|yet)\s+$/u.test(outside.slice(0, candidate.start)) &&
      /^\s+(?:(?:still|also|now|never|always|again|just|often|only)\s+)?(?:was|were|is|had|has|\p{Ll}+ed|\p{Ll}+s)\b/u.test(
        outside.slice(candidate.end),
      );
    // And whom the writer asked: "I put that to Colleen Flanagan, the governor's spokeswoman."
    const askedByWriter =
      candidate.ref.type === 'PERSON' &&
      /\b(?:I|we)\s+(?:asked|reached|called|put\s+(?:that|it|this|the\s+question)(?:\s+\p{Ll}+){0,2}\s+to|(?:spoke|talked)\s+(?:to|with))\s+$/iu.test(
        outside.slice(0, candidate.start),
      );
    // So is the sender a call-in show or a newsletter names before their words: "[26:40]
    // Voicemail from Deb, a state agency clerk in Norwich." over a paragraph of her quote.
    const sentBy = candidate.ref.type === 'PERSON' && SENDER_LABEL.test(outside.slice(0, candidate.start));
    // And whom a question reported was put to, who answers next: "She asked Adelstein whether he
    // had taken a side", "She asked whether Adelstein had taken a side on it. He said he had not."
    const questioned =
      candidate.ref.type === 'PERSON' &&
      ((/\basked\s+$/i.test(outside.slice(0, candidate.start)) &&
        /^\s+(?:whether|if|what|why|how|when|about)\b/i.test(outside.slice(candidate.end))) ||
        (/\basked\s+(?:whether|if)\s+$/i.test(outside.slice(0, candidate.start)) &&
          /^\s+(?:had|has|would|will|was|is|could|should|did|does)\b/i.test(outside.slice(candidate.end))));
    // So is the subject named after a description of them: "A graduate student in labor history
    // at the University of Connecticut, Marisol Quiñones, pressed Adelstein …", then "she said".
    const namedAfter =
      candidate.ref.type === 'PERSON' &&
      /^\s*(?:A|An|The|Another|One)\s+\p{Ll}[^,"\u201C]{2,100},\s*$/u.test(
        outside.slice(0, candidate.start),
      ) &&
      /^\s*,\s*\p{Ll}/u.test(outside.slice(candidate.end));
    // And the one a response came from, who speaks next: "That drew the sharpest response of the
    // night from Santiago."
    const respondedFrom =
      candidate.ref.type === 'PERSON' &&
      /\b(?:response|reply|answer|retort|rebuke|rejoinder|objection)\b[^,;.]{0,30}\bfrom\s+$/iu.test(
        outside.slice(0, candidate.start),
      ) &&
      /^\W*$/u.test(outside.slice(candidate.end));
    state.add({
      ref,
      at: start + candidate.start,
      paragraph,
      gender: isSubject ? link.gender : null,
      salient:
        isSubject ||
        described ||
        lastClause ||
        askedByWriter ||
        sentBy ||
        namedAfter ||
        questioned ||
        respondedFrom,
    });
    // "My uncle, Sal Ferraro, owns …": a later "my uncle said" is his.
    const relative = introducedAs(outside.slice(0, candidate.start));
    if (relative !== null && ref.type === 'PERSON') state.relatives.set(relative, ref);
    // "Rep. Craig Tolliver, R-Southbury,": the party, for a later "the Republican".
    const party = /^\s*,\s*([DR])-\p{Lu}/u.exec(outside.slice(candidate.end));
    if (party !== null && ref.type === 'PERSON')
      state.party.set(ref.id ?? ref.name, party[1] === 'D' ? 'D' : 'R');
  }
  // An organization the graph does not know, named anywhere outside quotes ("… member agencies of
  // the Connecticut Council of Human Service Providers"), so that "the Council said" finds it
  // later; the subject when the sentence opens with it and has no other ("The Wrenfield Board of
  // Finance endorsed the transfer. It said …").
  for (const body of linker.unknownOrganizationsIn(outside, state)) {
    // (A known name inside it is read as that one; a new person's is part of the name: "Human
    // Service Providers".)
    if (candidates.some((c) => c.ref.id !== null && c.start < body.end && body.start < c.end)) continue;
    if (link.speaker !== null && sameEntity(link.speaker, body.ref)) continue;
    state.add({
      ref: body.ref,
      at: start + body.start,
      paragraph,
      gender: null,
      salient: link.speaker === null && /^[\s\u2022*-]*(?:the\s+)?$/i.test(outside.slice(mainAt, body.start)),
    });
  }
  // (So is a person a screen name stands for, "RN_on_nights:", whom no name in it gives.)
  const byScreenName =
    link.speaker?.link === 'first-name-in-article' &&
    !candidates.some((c) => link.speaker !== null && sameEntity(c.ref, link.speaker));
  if (
    link.speaker !== null &&
    (link.speaker.isNew ||
      link === pronounLink ||
      (main === link && link.speaker.link === 'pronoun') ||
      byScreenName)
  ) {
    state.add({ ref: link.speaker, at: start, paragraph, gender: link.gender, salient: true });
  }
  // The subject's gender, when the sentence names no one else and refers back to them with one
  // gender's pronoun only ("The governor said he …", "…, the governor said at the news conference
  // where he made the announcement").
  // (Only a subject that opens the sentence, or the attribution after its quote: "When it came,
  // … Gov. Dannel P. Malloy negotiated …, she said she …" is someone else's.)
  const subject = link.speaker;
  if (subject?.type === 'PERSON' && subject.link !== 'pronoun' && PRONOUN_AFTER_SUBJECT.test(outside)) {
    const named = candidates.filter((c) => c.ref.type === 'PERSON');
    const opening = /^[\s,"\u201C\u201D]*(?:the\s+)?/i.exec(outside)?.[0].length ?? 0;
    const opens = named.some((c) => sameEntity(c.ref, subject) && c.start <= opening);
    const others = opens ? named.filter((c) => !sameEntity(c.ref, subject)) : named;
    const pronouns = new Set(
      [...outside.matchAll(/\b(he|him|his|she|her|hers)\b/gi)].map((m) =>
        /^(?:he|him|his)$/i.test(m[1] ?? '') ? 'male' : 'female',
      ),
    );
    const [gender] = [...pronouns];
    if (opens && others.length === 0 && pronouns.size === 1 && gender !== undefined)
      state.showGender(subject, gender);
  }
  // A nickname the sentence gives someone it names ("Walter Tiernan, … whom everybody has called
  // "Butch" since the Carter administration"): a later "Butch said" is that person. So is one of
  // two words ("whom most of you know as "Big Walt."").
  // (Or "who … is still "Doc" to everybody in the canteen"; or "known to the other regulars as
  // "the Senator,"", a later "the Senator said" is that person, not a senator.)
  const nickname =
    /\b(?:called|calls|know\s+(?:him|her)?\s*as|known\s+(?:to\s+[\p{L}\s]{1,40}?\s+)?as|nicknamed|goes\s+by|(?:is|was)\s+(?:still\s+|just\s+|always\s+|simply\s+)?(?=[\u201C"][^\u201D"]{1,40}[\u201D"]\s+to\s))\s*[\u201C"]((?:the\s)?\p{Lu}[\p{L}'\u2019-]{1,20}(?:\s\p{Lu}[\p{L}'\u2019-]{1,20})?)[.,]?[\u201D"]/u.exec(
      text.slice(start, end),
    );
  if (nickname !== null) {
    const named = linker
      .candidates(outside.slice(0, nickname.index), state, true)
      .filter((c) => c.ref.type === 'PERSON' && /\s/.test(c.ref.name))
      .at(-1);
    if (named !== undefined) state.nickname(nickname[1] ?? '', named.ref, start + named.start, paragraph);
  }
  // So does a screen name the sentence gives a person's name for: "RN_on_nights, who asked us to
  // identify him as Rob Ramonas, a correctional head nurse …:", "StorrsMom3, who identified
  // herself to us as Karen Delisle of Storrs:", "PO_Danbury — Gene Mauro, a state probation
  // officer in Danbury, confirmed the post was his:", "Rt9Plowman is Brian Tetreault, 44, …".
  const screenName = SCREEN_NAME_FOR.exec(outside);
  if (screenName !== null && isHandle(screenName[1] ?? '')) {
    const handleEnd = (screenName[1] ?? '').length;
    const named = linker
      .candidates(outside.slice(handleEnd), state, true)
      .find((c) => c.ref.type === 'PERSON' && /\s/.test(c.ref.name));
    if (named !== undefined) state.nickname(screenName[1] ?? '', named.ref, start, paragraph);
  }
  // So does a nickname in quote marks inside the name: Raymond "Ski" Szczepanski.
  for (const inside of text
    .slice(start, end)
    .matchAll(
      /\b(\p{Lu}\p{Ll}+)\s+[\u201C"](\p{Lu}[\p{L}'\u2019-]{1,20})[\u201D"]\s+(\p{Lu}[\p{L}'\u2019-]+)/gu,
    )) {
    const named = linker
      .candidates(`${inside[1]} ${inside[3]}`, state, true)
      .find((c) => c.ref.type === 'PERSON' && /\s/.test(c.ref.name));
    if (named !== undefined) state.nickname(inside[2] ?? '', named.ref, start + inside.index, paragraph);
  }
  registerQuotedNames();
}

/**
 * The first `length` characters of `s`, and the rest of a word or a name cut there ("Keisha Mon",
 * "Bergin Correctional" of "Bergin Correctional Center" are no names).
 */
function wordsUpTo(s: string, length: number): string {
  return (
    s.slice(0, length) +
    (/^[\p{L}\p{N}'\u2019.-]*(?:\s+\p{Lu}[\p{L}'\u2019.-]*)*/u.exec(s.slice(length))?.[0] ?? '')
  );
}

/**
 * The one name in the text whose words start with a label's initials ("RA" → "Ruth Abramowitz",
 * a middle initial allowed), or null when no name or more than one has them.
 */
function nameWithInitials(text: string, label: string): string | null {
  if (!/^\p{Lu}{2,3}$/u.test(label)) return null;
  const words = [...label].map((letter) => `${letter}[\\p{Ll}'\u2019-]+`);
  const pattern = new RegExp(`\\b${words.join(String.raw`\s+(?:\p{Lu}\.\s+)?`)}\\b`, 'gu');
  const names = new Set([...text.matchAll(pattern)].map((m) => m[0]));
  return names.size === 1 ? ([...names][0] ?? null) : null;
}

/**
 * The one name in the text a username spells: its first part a first name, then a surname or its
 * initial ("TheresaV_SEBAC", "greg_halloran" → "Theresa Vollaro", "Greg Halloran"). Null when the
 * text names no one so, or more than one.
 */
function nameInHandle(text: string, handle: string): string | null {
  const [first, second] = handle.split(/[_.-]|(?<=\p{Ll})(?=\p{Lu})/u);
  if (first === undefined || second === undefined || first.length < 3) return null;
  const cased = (word: string) => (word[0] ?? '').toUpperCase() + word.slice(1).toLowerCase();
  const surname = second.length === 1 ? `${second.toUpperCase()}[\\p{Ll}'\u2019-]+` : cased(second);
  const pattern = new RegExp(`\\b${cased(first)}\\s+${surname}\\b`, 'gu');
  const names = new Set([...text.matchAll(pattern)].map((m) => m[0]));
  return names.size === 1 ? ([...names][0] ?? null) : null;
}

/** Where the sentence that holds the quote at `open` starts, inside a turn that starts at `from`. */
function sentenceInTurn(text: string, from: number, open: number): number {
  const ends = [...text.slice(from, open).matchAll(/[.?!][\u201D"]?\s+(?=[\p{Lu}\u201C"])/gu)].at(-1);
  return ends === undefined ? from : from + ends.index + ends[0].length;
}

/** A letter's writer handing over to their own words: "I told my son, who plows for DOT, "". */
const WRITER_SAYS = /\bI\s+(?:told|said|say|tell|wrote|asked|answered)\b[^"\u201C\u201D]*["\u201C]$/u;

/**
 * What a call-in show or a newsletter prints before a sender's name and their words: "[26:40]
 * Voicemail from ", "A message from " (the sender is whom the next quote paragraph is from).
 */
const SENDER_LABEL =
  /^\s*(?:\[[^\]]{1,12}\]\s*)?(?:(?:an?|one|another|this)\s+)?(?:voicemail|voice\s+mail|message|call|e-?mail|letter|note|text)\s+from\s+$/iu;

/** A radio script's cue for a clip, on a line of its own: "ACT: MALLOY -- :16", "SOT: Dorman". */
// (Or in brackets, "[CLIP 1: MALLOY — :13]".)
const ACT_CUE =
  /^\s*\[?\s*(?:ACT|ACTUALITY|SOT|BITE|SOUNDBITE|SOUND BITE|CUT|CLIP)\s*(?:\d+\s*)?(?::|\u2014|\u2013|--)\s*(\p{Lu}[\p{L}.'\u2019 -]{1,40}?)\s*(?:(?:--|\u2014|\u2013|,)\s*:?\d[\d:]*)?\s*\]?\s*$/u;
/** A radio script's line giving a clip's first or last words: 'IN: "I want to thank..."', "OUTCUE: …". */
const SCRIPT_CUE_LINE = /^\s*(?:IN|INCUE|IN CUE|OUT|OUTCUE|OUT CUE|OUTQ)\s*:/;

/** A credit line that gives the words above it to a sign, a banner or a chant: "— Sign carried by …". */
/** The gender a noun for someone unnamed shows ("a young man", "one woman", "his daughter"), if any. */
function nounGender(words: string): Gender {
  return /\b(?:man|guy|father|husband|son|brother|grandfather|grandson)\b/i.test(words)
    ? 'male'
    : /\b(?:woman|mother|wife|daughter|sister|grandmother|granddaughter)\b/i.test(words)
      ? 'female'
      : null;
}

/** "he said" right after a quote: the pronoun. */
const PRONOUN_SAID = /^[\s,]*(he|she)\s+(?:said|says|added|adds|told|tells|continued|went on)\b/i;

/** A transcript's turn under its label, or a part of a text printed below whose it is: one speaker's words. */
function isTurn(quote: QuoteSpan): boolean {
  return quote.label !== undefined || quote.printedBelow !== undefined;
}

/** Someone's statement set out below the paragraph: "Here's the governor's statement in full:". */
const SET_OUT =
  /(?:^|[\u2014\u2013-]\s*|:\s+)(?:here['\u2019]s|here is|below is|what follows is|this is|read)?\s*(the\s+[\p{L} .'\u2019-]{2,50}?|\p{Lu}[\p{L} .'\u2019-]{1,50}?)['\u2019]s?\s+(?:full\s+)?(statement|remarks|letter|e-?mail|message|speech)(?:\s+in\s+full)?\s*:$/iu;

/** A paragraph that tells of chanting, before the chant's lines (chanted). */
const CHANTING = /\b(?:chant(?:s|ed|ing)?|call-and-response)\b/i;

const SIGN_CREDIT =
  /^\s*(?:\u2014|\u2013|--)\s*(?:(?:a|the)\s+)?(?:hand-?lettered\s+|handmade\s+|homemade\s+)?(?:signs?|placards?|banners?|posters?|t-shirts?|buttons?|bumper\s+stickers?|chants?|slogans?)\b/i;

/** The rules that give a quote the speaker of an earlier quote (inherit() in attribution.ts). */
const INHERITED_RULES = new Set<string>(['same-paragraph', 'previous-paragraph', 'continued-quote']);

/** A participle of speech after the subject's clause, before the quote: ", telling reporters … that". */
const REPORTING_PARTICIPLE =
  /,\s*(?:telling|saying|adding|arguing|noting|insisting|warning|writing|explaining|calling|predicting|promising)\b[^"\u201C\u201D]*["\u201C]?$/u;

/** What joins a second "that" clause to a report: "… and that …", "…, but that …". */
const SAME_REPORT = /^[\s,]*(?:and|but)\s+(?:also\s+)?that\b[^\u201C\u201D"]*$/i;

/** The attributions that name, in a turn's own words, whose words it quotes. */
const QUOTED_IN_TURN_RULES = /^(?:before-quote|after-quote|according-to|document)/;

/** A paragraph that opens with a document going on: "The release went on …", "The letter continues". */
const DOCUMENT_GOES_ON =
  /^\s*(?:The|That|This|His|Her|Its|Their)\s+(?:[\p{L}-]+\s+)?(statement|letter|release|memo|e-?mail)\s+(?:went on|goes on|continued|continues)\b/iu;

/** An attribution read from the article around the quote, not from its own sentence: no medium. */
function inferred(
  speaker: EntityRef,
  onBehalfOf: EntityRef | null,
  rule: AttributionRule,
  confidence: number,
): Attribution {
  return { ...NONE, speaker, onBehalfOf, rule, medium: 'UNKNOWN', confidence };
}

function paragraphOutsideQuotes(text: string, quotes: QuoteSpan[], paragraph: number): string {
  const inParagraph = quotes.filter((q) => q.paragraph === paragraph);
  if (inParagraph.length === 0) return 'x'.repeat(10);
  const first = inParagraph[0];
  const start = text.lastIndexOf('\n', first?.open ?? 0) + 1;
  let out = '';
  let at = start;
  for (const q of inParagraph) {
    out += text.slice(at, q.open);
    at = q.close;
  }
  const paragraphEnd = text.indexOf('\n', at);
  out += text.slice(at, paragraphEnd < 0 ? text.length : paragraphEnd);
  return out;
}

function lastOnBehalfOf(
  kept: Kept[],
  paraphrases: ProposedStatement[],
  speaker: EntityRef,
  paragraph: number,
): EntityRef | null {
  const quote = kept.findLast(
    (k) =>
      k.quote.paragraph === paragraph &&
      k.attribution.speaker !== null &&
      sameEntity(k.attribution.speaker, speaker),
  );
  if (quote !== undefined) return quote.attribution.onBehalfOf;
  const para = paraphrases.findLast(
    (p) => p.paragraph === paragraph && p.speaker !== null && sameEntity(p.speaker, speaker),
  );
  return para?.onBehalfOf ?? null;
}

function peopleOf(statements: ProposedStatement[]): EntityRef[] {
  const people: EntityRef[] = [];
  for (const s of statements) {
    const who = s.speaker;
    if (who === null || who.type !== 'PERSON') continue;
    if (!people.some((p) => sameEntity(p, who))) people.push(who);
  }
  return people;
}

/**
 * Someone known by one name when they spoke ("The next caller, Karen, a licensed practical nurse,
 * …") whom the article names in full further on ("she gave her full name, Karen Szymanski"): their
 * statements are the full name's, and the role read for the one name goes with them. Only when a
 * single new person of the article has that first name in full, first named after the one name.
 */
function namedInFullLater(all: ProposedStatement[], state: ArticleState): void {
  const firstAt = (name: string) => state.mentions.find((m) => m.ref.isNew && m.ref.name === name)?.at;
  for (const statement of all) {
    const one = statement.speaker;
    if (one === null || !one.isNew || one.type !== 'PERSON' || /\s/.test(one.name)) continue;
    const full = [...state.newPeople.values()].filter(
      (p) => p.type === 'PERSON' && p.name.startsWith(`${one.name} `),
    );
    const named = full[0];
    if (full.length !== 1 || named === undefined) continue;
    if ((firstAt(named.name) ?? -1) <= (firstAt(one.name) ?? Infinity)) continue;
    statement.speaker = { ...named, role: named.role ?? one.role };
  }
}

/**
 * A speaker's quote takes up the sides of that speaker's statement just before it, in the same or
 * the previous paragraph: the quote that backs a report ("Malloy said he would not reopen the
 * agreement. … “We had a deal,” he said.") or goes on from another quote ("Leaders are talking
 * about … a number of options."). An issue the quote names without a side takes the side taken
 * before; a quote that names no issue at all takes every issue the statement before took a side
 * on. Both are kept at low confidence and say where they come from, so an editor confirms them.
 * What a quote takes up, the next quote of the same speaker can take up in turn.
 */
function carrySides(all: ProposedStatement[]): void {
  all.forEach((statement, i) => {
    const speaker = statement.speaker;
    if (statement.kind === 'PARAPHRASE' || speaker === null) return;
    const before = all.slice(0, i).findLast((b) => b.speaker !== null && sameSpeaker(b.speaker, speaker));
    if (before === undefined || statement.paragraph - before.paragraph > CARRIED_OVER_PARAGRAPHS) return;
    const sided = before.issues.filter((b) => b.stance !== 'NEUTRAL');
    const note = (stance: Stance) => `(${stance} in the statement before)`;
    if (statement.issues.length === 0) {
      statement.issues = sided.map((b) => ({
        slug: b.slug,
        stance: b.stance,
        confidence: CARRIED_ISSUE,
        lowConfidence: CARRIED_ISSUE < LOW_CONFIDENCE,
        cues: [note(b.stance)],
      }));
      return;
    }
    statement.issues = statement.issues.map((proposal) => {
      const side = sided.find((b) => b.slug === proposal.slug);
      if (proposal.stance !== 'NEUTRAL' || side === undefined) return proposal;
      return {
        ...proposal,
        stance: side.stance,
        confidence: CONTINUED_SIDE,
        lowConfidence: CONTINUED_SIDE < LOW_CONFIDENCE,
        cues: [...proposal.cues, note(side.stance)],
      };
    });
  });
}

/**
 * A change of mind told over two quotes: a side taken in words about then ("I voted no the first
 * time because …") and the other side in the same speaker's next quote, in words about now ("Now
 * that it's been explained, I'm voting yes"), in the same or the next paragraph. The first is kept
 * as read, marked as the side the speaker left (low confidence, no position); the second is the
 * speaker's position.
 */
function leftSide(statements: ProposedStatement[]): void {
  statements.forEach((statement, i) => {
    const next = statements
      .slice(i + 1)
      .find((later) => later.speaker !== null && sameSpeaker(statement.speaker, later.speaker));
    if (next === undefined || next.paragraph > statement.paragraph + 1) return;
    const when = (s: ProposedStatement) => {
      const text = s.text.toLowerCase().replace(/[’‘]/g, "'");
      return THEN.test(text) && !NOW.test(text) ? 'then' : NOW.test(text) && !THEN.test(text) ? 'now' : '';
    };
    if (when(statement) !== 'then' || when(next) !== 'now') return;
    statement.issues = statement.issues.map((proposal) => {
      const other =
        proposal.stance === 'SUPPORT' ? 'OPPOSE' : proposal.stance === 'OPPOSE' ? 'SUPPORT' : null;
      if (other === null || !next.issues.some((n) => n.slug === proposal.slug && n.stance === other))
        return proposal;
      const confidence = Math.min(proposal.confidence, CONTINUED_SIDE);
      return {
        ...proposal,
        confidence,
        lowConfidence: true,
        formerSide: true,
        cues: [...proposal.cues, `(left for ${other} in the quote after)`],
      };
    });
  });
}

function sameSpeaker(a: EntityRef | null, b: EntityRef): boolean {
  return a !== null && (a.id !== null ? a.id === b.id : b.id === null && a.name === b.name);
}

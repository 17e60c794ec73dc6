/**
 * Stage 4: attribution. Ordered rules, first match wins, and the rule is recorded:
 *   1. after the quote, speaker then verb   ("…," Dorman said / "…," Moises Padilla, …, said in an email)
 *   2. after the quote, verb then speaker   ("…," said Cafero / said X, a SEBAC spokesman)
 *   3. according to X                       (in the sentence, either side)
 *   4. before the quote, speaker then verb  (Dorman said, "…" / The governor said he needs a "road map" /
 *                                            Some voters, she said, called it "a protest vote")
 *   5. continued quote                      (a quote running on from the previous paragraph)
 *   6. same paragraph                       (another quote of the paragraph is attributed: split quotes)
 *   7. previous paragraph                   (a paragraph of quotes only, after a paragraph with a speaker)
 *   8. the document                         ("…," the statement said: the speaker the article last
 *                                            named with a statement, in this paragraph or the two before)
 * Nothing matched, or the speaker phrase names no one we can link: the quote stays unattributed.
 * Pronouns resolve to the most recent compatible speaker (src/ingest/entities.ts).
 */
import { type ArticleState, isTitleWord, type Linker, type PhraseLink } from './entities';
import { type QuoteSpan } from './quotes';
import { firstNameGender } from './gender';
import { isAbbreviation } from './sentences';
import { type AttributionRule, type EntityRef, type Medium } from './types';

// ("called" not after a noun for a poster: "a user called DOCLifer88 wrote" names a screen name.)
export const SPEECH_VERB =
  /\b(?:said|says|say|added|adds|wrote|writes|told|tells|asked|asks|argued|argues|stated|states|explained|explains|noted|notes|insisted|declared|replied|responded|continued|went on(?=\s*[,.:])|recalled|warned|acknowledged|conceded|countered|complained|predicted|described|describing|reported|agreed|urged|emailed|tweeted|announced|reiterated|repeated|thanked|warning|noting|insisting|predicting|cautioning|(?<!\b(?:user|poster|commenter|member|reader|viewer|blogger)\s)called|dubbed|termed|branded|labell?ed|saying|adding|arguing|urging|asking(?!\s+for\b)|credited|praised|criticized|accused|blamed|dismissed|defended|cautioned|maintained|contended|stressed|shot back|fired back|snapped|retorted|answered|testified|quipped|joked|admitted|reminded|reminding|according to|confirm(?:ed|s)(?!\s+(?:by|as)\b)|calls|describes|warns|insists|declares|replies|responds|recalls|acknowledges|concedes|counters|complains|predicts|agrees|urges|announces|reiterates|repeats|dubs|praises|criticizes|accuses|blames|dismisses|defends|cautions|maintains|contends|stresses|retorts|testifies|quips|jokes|admits)\b/;

export interface Attribution {
  speaker: EntityRef | null;
  onBehalfOf: EntityRef | null;
  rule: AttributionRule | null;
  medium: Medium;
  confidence: number;
  /** The words that carried the attribution (for the medium and the reviewer). */
  phrase: string;
}

export const NONE: Attribution = {
  speaker: null,
  onBehalfOf: null,
  rule: null,
  medium: 'UNKNOWN',
  confidence: 0,
  phrase: '',
};

/** The medium the attribution names: "in an email", "wrote", "in a letter", "in a statement". */
export function mediumOf(words: string): Medium {
  if (/e-?mail/i.test(words)) return 'EMAIL';
  if (/\bletter\b/i.test(words)) return 'LETTER';
  if (/phone interview|by phone|telephone/i.test(words)) return 'PHONE_INTERVIEW';
  if (/\bstatement\b|\bmemo\b|\brelease\b|\bwrote\b|\bwrites\b|\btweeted\b/i.test(words))
    return 'WRITTEN_STATEMENT';
  if (/\b(?:said|says|told|added|argued|asked|saying|adding|arguing)\b/i.test(words)) return 'SPOKEN';
  return 'UNKNOWN';
}

/** A document that speaks: the statement, the letter, the email (a release or memo is a statement). */
export type DocumentKind = 'WRITTEN_STATEMENT' | 'LETTER' | 'EMAIL';

/**
 * The subject after "in which" closing a clause before a speech verb: "a statement …, in which the
 * administration" (quotes here, reported speech in reported.ts).
 */
export const IN_WHICH = /\b(?:in|under|during|at)\s+which\s+([^,;]{2,60}?)\s*$/i;

/**
 * A live blog's or a diary's time at the start of a paragraph: "9:40 a.m. — ", "Noon — ", or
 * "1:26 p.m. " before a capital.
 */
export const TIME_STAMP =
  /^\s*(?:\d{1,3}\.\s+(?=\())?(?:\(\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm)\)|\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm)|noon|midnight)(?:\s*(?:\u2014|\u2013|--)\s*|\s+(?=\p{Lu}))/iu;

/** A list's bullet opening a paragraph ("- ", "• ", "* "). */
const BULLET = /^\s*[-\u2022*\u2013\u2014]\s+/;

/**
 * The kind of document that speaks at the start of `s` ("…," the statement said / The letter
 * reads …): the words are its author's, named where the document was (src/ingest/pipeline.ts).
 */
export function documentSays(s: string): { kind: DocumentKind; owner: string | null; noun: string } | null {
  const m =
    /^[\s,\u2014-]*(?:(?<owner>(?:the )?(?:[\p{L}][\p{L}.-]* ){0,3}[\p{L}.-]+)['\u2019]s? (?:[\p{L}-]+ )?|the (?:[\p{L}'-]+ )?)(statement|letter|e-?mail|release|memo|booklet|handout|pamphlet|brochure|flyer|flier|leaflet|mailer)\s+(?:also\s+)?(?:said|says|read|reads|added|continued|stated|urged|urges|called|calls|warned|warns|directed|directs|described|describes|argued|argues|asked|asks|answers|answered|explains|explained|notes|noted|opens|opened|closes|closed|ends|ended|concludes|concluded)\b/iu.exec(
      s,
    );
  if (m === null) return null;
  // "the governor's statement said": the document names its author; "…," the statement said,
  // quoting the union's president, Andrew Matthews: it names whose words these are.
  const quoting = /^\s*,\s*quoting\s+([^.?!]+)/i.exec(s.slice(m.index + m[0].length))?.[1] ?? null;
  return { kind: documentKind(m[2] ?? ''), owner: quoting ?? m.groups?.['owner'] ?? null, noun: m[2] ?? '' };
}

/** Printed matter handed to members, whose publisher the article may name anywhere in it. */
export const PRINTED = /^(?:booklet|handout|pamphlet|brochure|flyer|flier|leaflet|mailer)$/i;

/**
 * Who published the document a sentence names ("The booklet was published by the State Employees
 * Bargaining Agent Coalition and …", "a handout put out by the coalition", "A memo sent to
 * stewards by the coalition"): the phrase after "by", or null.
 */
export function publisherOf(sentence: string, noun: string): string | null {
  let pattern = PUBLISHED_BY.get(noun);
  if (pattern === undefined) {
    pattern = publishedBy(noun);
    PUBLISHED_BY.set(noun, pattern);
  }
  return pattern.exec(sentence)?.[1] ?? null;
}

/** publisherOf's pattern for each document noun, made once. */
const PUBLISHED_BY = new Map<string, RegExp>();

function publishedBy(noun: string): RegExp {
  // (Case-sensitive but for the noun's first letter: with the "i" flag \p{Lu} would match any
  // letter, and the publisher's name would run on into the rest of the sentence.)
  // (Past an appositive set off by commas: "The four-page memo, dated July 15 and stamped
  // "CONFIDENTIAL," was written by Daniel Livingston".)
  const word = `[${noun[0]?.toUpperCase() ?? ''}${noun[0] ?? ''}]${noun.slice(1)}`;
  return new RegExp(
    `\\b${word}s?\\b(?:,\\s[^.;]{0,100}?,[\u201D"]?)?(?:\\s+(?:was|is|were|are|has been|had been))?\\s+(?:published|issued|produced|printed|written|prepared|put out|mailed|distributed|sent(?: out)?)\\b[^.;:]{0,40}?\\s+by\\s+((?:the\\s+)?[\\p{L}'\u2019.-]+(?:\\s+(?:of\\s+)?[\\p{Lu}][\\p{L}'\u2019.-]*)*)`,
    'u',
  );
}

export function documentKind(word: string): DocumentKind {
  return /letter/i.test(word) ? 'LETTER' : /mail/i.test(word) ? 'EMAIL' : 'WRITTEN_STATEMENT';
}

/** Whether words said in `medium` can be the document's: a letter is also what someone "wrote". */
export function fromDocument(medium: Medium, kind: DocumentKind): boolean {
  return medium === kind || (kind === 'LETTER' && medium === 'WRITTEN_STATEMENT');
}

/**
 * The author named in a reporter's sentence that brings a document in without reported words:
 * "After the broadcast, the coalition issued a short written statement." The phrase before the
 * verb, and the kind of document. (A title's or an initial's period may stand between: "sent Gov.
 * Dannel P. Malloy a letter".)
 */
export function documentIssued(sentence: string): { phrase: string; kind: DocumentKind } | null {
  const m =
    /^(.*?)\b(?:issued|released|put out|sent|signed|circulated|posted|(?:e-?)?mailed|(?:answered|responded|replied|countered)\s+with|(?:voted\b[^.?!]{0,60}?\bto\s+)?(?:adopt(?:ed)?|approved|passed))\b(?:[^.?!]|\b(?:\p{Lu}|Gov|Sen|Rep|Lt|Mr|Mrs|Ms|Dr)\.)*?\b(statement|letter|e-?mail|release|memo)\b/iu.exec(
      sentence,
    );
  if (m !== null) return { phrase: m[1] ?? '', kind: documentKind(m[2] ?? '') };
  // "Ben Barnes … laid out the stakes in a June memo to the Appropriations Committee": what the
  // subject set out in a document of theirs.
  const setOut =
    /^(.*?)\b(?:laid out|set out|spelled out|outlined|wrote|warned|argued|explained)\b[^.?!]{0,60}?\bin\s+(?:a|an|his|her|its|their)\s+(?:[\p{L}\d-]+\s+){0,2}?(statement|letter|e-?mail|release|memo)\b/iu.exec(
      sentence,
    );
  if (setOut !== null) return { phrase: setOut[1] ?? '', kind: documentKind(setOut[2] ?? '') };
  // "A statement from the coalition on Wednesday struck a more hopeful note."
  const from =
    /^\s*(?:a|an|the)\s+(?:[\p{L}-]+\s+)?(statement|letter|e-?mail|release|memo)\s+from\s+((?:the\s+)?[\p{L}'\u2019.-]+(?:\s+[\p{Lu}][\p{L}'\u2019.-]*)*)/iu.exec(
      sentence,
    );
  if (from !== null) return { phrase: from[2] ?? '', kind: documentKind(from[1] ?? '') };
  // "Lisowski read a statement on the air from Andrew Matthews, president of …": its author.
  const read =
    /\b(?:read|reads|received|receives|obtained|got)\b[^.?!]*?\b(statement|letter|e-?mail|release|memo)\b[^.?!,]{0,40}?\bfrom\s+((?:the\s+)?[\p{L}'\u2019.-]+(?:\s+[\p{Lu}][\p{L}'\u2019.-]*)*)/iu.exec(
      sentence,
    );
  if (read !== null) return { phrase: read[2] ?? '', kind: documentKind(read[1] ?? '') };
  // "The Courier has obtained the full letter, which Livingston signed.": who signed or wrote it.
  const signed =
    /\b(statement|letter|e-?mail|release|memo),\s+which\s+((?:the\s+)?[\p{L}'\u2019.-]+(?:\s+[\p{Lu}][\p{L}'\u2019.-]*)*)\s+(?:had\s+)?(?:signed|wrote|sent|drafted)\b/iu.exec(
      sentence,
    );
  return signed === null ? null : { phrase: signed[2] ?? '', kind: documentKind(signed[1] ?? '') };
}

/**
 * The owner a possessive names on the document word at `index` of `sentence` ("The coalition's
 * release went further than the letter." → "The coalition"), or null.
 */
export function possessiveOwner(sentence: string, index: number): string | null {
  const m =
    /(?:^|\s)((?:the\s+)?(?:\p{L}[\p{L}.-]*\s+){0,2}\p{L}[\p{L}.-]*)['\u2019]s\s+(?:[\p{L}-]+\s+)?$/iu.exec(
      sentence.slice(0, index),
    );
  return m?.[1] ?? null;
}

/** "It said …", "It also urged …": a sentence whose subject is the document just brought in. */
export function itSays(lead: string): boolean {
  return /^\s*It\s+(?:also\s+)?(?:said|says|read|reads|added|stated|urged|urges|called|calls|warned|warns|directed|directs|asked|asks|argued|argues|noted|notes|opens|opened|closes|closed|ends|ended|concludes|concluded)\b/.test(
    lead,
  );
}

/**
 * A clause after the quote that opens with a conjunction is not its attribution: in ""keep
 * knocking on the door" until the administration agreed to meet" the administration did not say it.
 */
const SUBORDINATOR = /^(?:until|unless|because|if|when|after|before|while|since|although|though|so that)\b/i;

/** Whether the reporter's sentence runs on after the quote with no mark ("… "have a talk" with the city"). */
function runsOn(window: QuoteWindow): boolean {
  return /^\s+\p{Ll}/u.test(window.after) && !/[,.;:!?\u2014-]/.test(window.last);
}

/**
 * Where the speech verb is in `s`, searching from the start. After a quote, words that are more
 * often nouns elsewhere count too ("…," Matthews answers.; "…," she remarks): a sentence's
 * "answers" or "remarks" is no sign on its own that it reports speech (scare.ts).
 */
function firstVerb(s: string): RegExpExecArray | null {
  return new RegExp(`${SPEECH_VERB.source}|\\b(?:answers|remarks|remarked|observes|observed)\\b`, 'i').exec(
    s,
  );
}

/**
 * Verbs of manner that attribute only right after a quote, next to a name or he/she (""…,"
 * Pike allowed", ""…," laughed Hodge", ""…," Carrasquillo grumbled"): elsewhere "allowed",
 * "figured" or "began" say nothing of speech.
 */
const MANNER_VERB =
  /\b(?:grumbled|muttered|mumbled|murmured|shouted|yelled|hollered|laughed|chuckled|sighed|scoffed|groaned|huffed|sniffed|growled|barked|figured|allowed|began|mused|reasoned|ventured|deadpanned|offered|observed|remarked|cried|whispered|pleaded|protested|repeated|boasted|marvell?ed|wondered|promised|vowed|confided|concluded|recounted|reflected|teased|chimed in|piped up|cut in|went on)\b/i;

/** The speaker phrase after "according to" or after a verb that precedes its subject. */
function phraseAfter(s: string): string {
  // Up to the sentence's end, read past a title's or an initial's period ("said Sgt. Brian Tessier").
  let end = 0;
  while (
    end < s.length &&
    !(/[;!?\u201C"]/.test(s[end] ?? '') || (s[end] === '.' && !isAbbreviation(s, end)))
  )
    end += 1;
  const cut = s.slice(0, end);
  // "said X, a SEBAC spokesman" keeps its appositive; "in an email" and the like go.
  return cut.replace(/^\s*(?:in an? [\w\s-]*?(?:email|letter|statement|interview)\s*)?/i, '');
}

export interface QuoteWindow {
  quote: QuoteSpan;
  /** Reporter's words before the quote in its sentence (after any earlier quote). */
  before: string;
  beforeStart: number;
  /** Reporter's words after the quote in its sentence (up to any later quote). */
  after: string;
  afterStart: number;
  /** The sentence's words before its first quote: the subject of a coordinated verb. */
  lead: string;
  leadStart: number;
  /** The quote's last character inside its marks ("." in 'that it "will not."'). */
  last: string;
}

/**
 * Rules 1–4, inside the quote's own sentence. `at` is where the quote is (for pronouns).
 */
export function attributeInSentence(window: QuoteWindow, linker: Linker, state: ArticleState): Attribution {
  const { quote } = window;
  const link = (phrase: string, rule: AttributionRule, at: number, written = false): Attribution | null => {
    const linked = linker.linkPhrase(phrase, state, at, quote.paragraph, written);
    if (linked.speaker === null) return null;
    return finish(linked, phrase, rule, linker);
  };

  const after = window.after;
  // A dash and a name after the quote, no verb: ""…" — Larry Dorman, coalition spokesman, to
  // reporters" (a diary's or a caption's attribution).
  const credited = dashCredit(after, window.afterStart, quote.paragraph, linker, state);
  if (credited !== null) return credited;
  // Someone's words read out or quoted by another: "Pres. Okafor read to the members the Governor's
  // remarks at the Mystic Aquarium on July 5, as reported in the newspapers: "…"" are the Governor's.
  const readOut =
    /\b(?:read|reads|quoted|quotes|recited|cited)\b[^:"\u201C]*?\b(?<owner>(?:the\s+)?(?:\p{Lu}[\p{L}.'\u2019-]*\s+){0,3}\p{Lu}[\p{L}.-]*)['\u2019]s\s+(?:[\p{L}-]+\s+)?(?:remarks|words|comments|speech|answer|reply|testimony)\b[^:"\u201C]*:\s*$/u.exec(
      window.before,
    );
  if (readOut !== null) {
    const found = link(readOut.groups?.['owner'] ?? '', 'before-quote:colon', window.beforeStart);
    if (found !== null) return { ...found, confidence: Math.min(found.confidence, 0.7) };
  }
  // Words quoted inside the reporter's sentence and closed by a period ('… and that the
  // clarifications "do not change a single dollar of savings." Mark Ojakian … said …') end that
  // sentence: what follows is another speaker's.
  const embedded = window.last === '.' && /[^\s,:\u2014]\s*$/.test(window.before);
  const spoken = embedded ? null : firstVerb(after);
  const manner = spoken === null && !embedded ? MANNER_VERB.exec(after) : null;
  const verbAfter = spoken ?? manner;
  if (verbAfter !== null && verbAfter.index <= (spoken === null ? 100 : 160)) {
    const prefix = after
      .slice(0, verbAfter.index)
      .replace(/^[\s,\u2014-]+/, '')
      // "… and—" Witkowski was saying, when …: the subject of a progressive.
      .replace(/\s+(?:was|were|is|kept)\s*$/i, '')
      // "…," I must have said fifty times; "…," Dorman has said: the subject before the auxiliary.
      .replace(/\s+(?:(?:must|might|may|would|could|should|will|can)(?:\s+have)?|has|have|had)\s*$/i, '')
      .trim();
    const rest = after.slice(verbAfter.index + verbAfter[0].length);
    if (/^according to$/i.test(verbAfter[0])) {
      const found = link(phraseAfter(rest), 'according-to', window.afterStart);
      if (found !== null) return found;
    } else if (prefix === '' || /^(?:also|later|then)$/i.test(prefix)) {
      // ("…," wrote norwichrez: after a verb of posting, a lone word in small letters is a screen name.)
      const written =
        /^(?:wrote|writes|posted|posts|commented|comments|replied|replies|tweeted|tweets)$/i.test(
          verbAfter[0],
        );
      const found = link(phraseAfter(rest), 'after-quote:verb-speaker', window.afterStart, written);
      if (found !== null) return withMedium(found, after);
    } else if (
      !endsASentence(prefix) &&
      !SUBORDINATOR.test(prefix) &&
      // "Malloy has also said that his door "is always open," and his spokeswoman … said …": the
      // quote is in the first speaker's clause; the next clause has its own. So is one that runs
      // on into it ("Dorman said the coalition was willing to "have a conversation" with the
      // administration, but he would not say …").
      !((/^(?:and|but)\s/i.test(prefix) || runsOn(window)) && SPEECH_VERB.test(window.before)) &&
      (manner === null || /^(?:\p{Lu}|he\b|she\b)/u.test(prefix))
    ) {
      const found = link(prefix, 'after-quote:speaker-verb', window.afterStart);
      if (found !== null) return withMedium(found, after);
    }
  }
  const before = window.before;
  // "He dismissed criticism from Lawrence F. Cafero, R-Norwalk, who has accused the coalition of
  // "…"": the last speech verb before the quote is a relative clause's, whose person is the one it
  // hangs on, not the sentence's subject.
  const lastVerb = [...before.matchAll(new RegExp(SPEECH_VERB.source, 'gi'))].at(-1);
  const relative = lastVerb === undefined ? null : RELATIVE_SUBJECT.exec(before.slice(0, lastVerb.index));
  if (relative !== null) {
    const found = link(relative[1] ?? '', 'before-quote:speaker-verb', window.beforeStart);
    if (found !== null && found.speaker?.type === 'PERSON') return withMedium(found, before);
  }
  // "The book quotes him as saying, "…"": the one quoted, not the subject of "quotes".
  const quotedAs = QUOTED_AS.exec(before);
  if (quotedAs !== null) {
    const object = quotedAs[1] === 'him' ? 'he' : quotedAs[1] === 'her' ? 'she' : (quotedAs[1] ?? '');
    const found = link(object, 'before-quote:speaker-verb', window.beforeStart + quotedAs.index);
    if (found !== null) return withMedium(found, before);
  }
  // Each speech verb before the quote in turn: "Asked whether he would, the governor said, …"
  // has no subject before "Asked" but one before "said".
  for (const verbBefore of before.matchAll(new RegExp(SPEECH_VERB.source, 'gi'))) {
    if (/^according to$/i.test(verbBefore[0])) {
      const found = link(
        phraseAfter(before.slice(verbBefore.index + verbBefore[0].length)),
        'according-to',
        window.beforeStart,
      );
      if (found !== null) return found;
      continue;
    }
    const subject = before
      .slice(0, verbBefore.index)
      .replace(/^\s*(?:but|and|so|yet|still|meanwhile|however)[,\s]+/i, '');
    const aside = parenthetical(
      subject,
      before.slice(verbBefore.index + verbBefore[0].length),
      linker,
      state,
      window.beforeStart,
      quote.paragraph,
    );
    if (aside !== null)
      return withMedium(finish(aside.link, aside.phrase, 'before-quote:speaker-verb', linker), before);
    // "Said Hodge, more seriously: "…"": the verb opens the sentence and its subject follows it.
    if (
      subject.trim() === '' &&
      /^Said$/.test(verbBefore[0]) &&
      /^\s*\p{Lu}/u.test(before.slice(verbBefore.index + verbBefore[0].length))
    ) {
      const phrase = before
        .slice(verbBefore.index + verbBefore[0].length)
        .replace(/[,:]\s*[^,:]*[,:]?\s*$/, '');
      const found = link(phrase, 'before-quote:verb-speaker', window.beforeStart);
      if (found !== null) return withMedium(found, before);
    }
    if (subject.trim() === '' || /^\s*(?:and|but|then)?[\s,]*$/i.test(subject)) {
      // "Hollis, who chairs …, called it "a family quarrel" and said, "…"": the verb's subject is
      // the sentence's, before its first quote.
      if (window.leadStart < window.beforeStart && window.lead.trim() !== '') {
        // (The subject of the lead's own speech verb: in "his office said Malloy was "…" and
        // repeated that …", the office, not the person its clause is about.)
        const verb = SPEECH_VERB.exec(window.lead);
        const subject = verb === null ? '' : subjectPhrase(window.lead.slice(0, verb.index));
        const found =
          (/\p{L}/u.test(subject) ? link(subject, 'before-quote:speaker-verb', window.leadStart) : null) ??
          link(window.lead, 'before-quote:speaker-verb', window.leadStart);
        if (found !== null) return withMedium(found, before);
      }
      continue;
    }
    // "The editorial scolded Malloy for what it called "…"": "it" is the verb's subject, the
    // organization the sentence opens with, never the person named in between.
    if (/\b(?:what|which|that|as)\s+it\s*$/i.test(subject)) {
      const opening = openingOrganization(subject, link, window.beforeStart);
      if (opening !== null) return withMedium(opening, before);
      continue;
    }
    // "Padilla read aloud a line from a statement …, in which the administration said it was
    // prepared to "…"": the verb's subject is the one after "in which", not the sentence's.
    const inWhich = IN_WHICH.exec(subject);
    if (inWhich !== null) {
      const found = link(inWhich[1] ?? '', 'before-quote:speaker-verb', window.beforeStart);
      if (found !== null) return withMedium(found, before);
    }
    const found = link(subjectPhrase(subject), 'before-quote:speaker-verb', window.beforeStart);
    if (found !== null) return withMedium(found, before);
    // "He voted no in June and said he would vote no again "…"": the pronoun opening the sentence
    // is the subject of both verbs; so is one after fronted phrases ("Early in the film, weeks
    // before the rules changed, he looks into the camera and says, "…"").
    const coordinated = /(?:^|,)\s*(he|she)\s+[^,;"\u201C]*\band\s*$/i.exec(subject);
    if (coordinated !== null) {
      const resolved = link(coordinated[1] ?? '', 'before-quote:speaker-verb', window.beforeStart);
      if (resolved !== null) return withMedium(resolved, before);
    }
    // "A misplaced comma once cost the state what he described as "…"": with no one named as the
    // sentence's subject, the pronoun is the verb's.
    const pronounSubject = /\b(?:what|which)\s+(he|she)\s*$/i.exec(subject);
    if (pronounSubject !== null) {
      const resolved = link(pronounSubject[1] ?? '', 'before-quote:speaker-verb', window.beforeStart);
      if (resolved !== null) return withMedium(resolved, before);
    }
    // "At Monday's meeting, according to two people who attended, he said …": the subject is
    // what follows the last comma, after the fronted phrases.
    const last = afterLastComma(subject, 3);
    const after = last === null ? null : link(last, 'before-quote:speaker-verb', window.beforeStart);
    if (after !== null) return withMedium(after, before);
  }
  // A verb that calls something by the quoted words, which only names a thing in the scare-quote
  // test (scare.ts) but here tells whose words they are: "Cafero has been calling the whole
  // business "a do-over"", "went on television to call the agreement "a fig leaf"", "he was
  // referring to the guarantee as "…"".
  const calling =
    /\b(?:calling|call|referring\s+to\s+[^"\u201C,.;]{1,50}?\s+as|referred\s+to\s+[^"\u201C,.;]{1,50}?\s+as)\s+(?:(?:it|this|that|them)\s+|(?:the|their|its|his|her|our)\s+[^"\u201C,.;]{1,40}?\s+)?$/i.exec(
      before,
    );
  // (Set off by a comma, "calling" may hang on a document instead: "a memo that Ojakian sent …,
  // calling the clarified language "…"" is the memo's, so it is left alone.)
  if (
    calling !== null &&
    !/\bcall(?:ing)?\s+(?:for|on|off)\b/i.test(calling[0]) &&
    !/,\s*$/.test(before.slice(0, calling.index))
  ) {
    const subject = before
      .slice(0, calling.index)
      .replace(
        /\s+(?:(?:has|had|have)\s+been|was|were|is|are|kept|keeps|went\s+on\s+[^,]{1,30}?\s+to|(?:wants?|wanted|tried|went|continued|continues)\s+to)\s*$/i,
        '',
      );
    const found = link(subjectPhrase(subject), 'before-quote:speaker-verb', window.beforeStart);
    if (found !== null) return withMedium(found, before);
  }
  // A document that names its author hands over with a colon: "The union's statement, emailed to
  // reporters Friday, read in part: "…"" is the union's …
  const document =
    /^\s*(?<owner>[^,:"\u201C]+?)['\u2019]s\s+(?:[\p{L}-]+\s+)?(?:statement|letter|e-?mail|release|memo)\b[^:"\u201C]*?\b(?:read|reads|said|says|stated)\b[^:"\u201C]*:\s*$/iu.exec(
      before,
    );
  // … or after it, "from" or "by" its author: "Wojcik read from a statement issued the day before by
  // SEBAC spokesman Larry Dorman: "…"", "It was a text from Ortiz: "…"".
  // So is what a document from someone does, told up to the quote: "Farrell also read a letter from
  // the Department of Transportation thanking Brennan for "…"".
  const authored =
    document === null
      ? (/\b(?:statement|letter|e-?mail|release|memo|text|message|note)\b[^:"\u201C]*?\b(?:from|by)\s+(?<owner>[^:,"\u201C]+?)\s*:\s*$/iu.exec(
          before,
        ) ??
        /\b(?:statement|letter|e-?mail|release|memo|message|note|card|proclamation|citation)\s+from\s+(?<owner>(?:the\s+)?\p{Lu}[^:,"\u201C]*?)\s+(?:thanking|praising|urging|saying|telling|asking|warning|promising|congratulating|commending|honoring|calling)\b[^:"\u201C.!?]*$/u.exec(
          before,
        ))
      : null;
  const owner = document?.groups?.['owner'] ?? authored?.groups?.['owner'];
  if (owner !== undefined) {
    const found = link(owner, 'document', window.beforeStart);
    if (found !== null) return { ...withMedium(found, before), confidence: Math.min(found.confidence, 0.75) };
  }
  // A message read out with the name of whoever sent it, and maybe their town: "Next, from Luis
  // Ortega in New Britain: "…"", "This is from Sheila Dunbar in Enfield: "…"", "a reply from
  // bookworm_in_bristol: "…"", "this from GreenwichGuy61: "…"" (a screen name, with an underscore
  // or a digit). Someone's only.
  const sentBy = FROM_SENDER.exec(before);
  if (sentBy !== null) {
    const found = link(sentBy.groups?.['sender'] ?? '', 'before-quote:colon', window.beforeStart);
    if (found?.speaker?.type === 'PERSON') return { ...found, confidence: Math.min(found.confidence, 0.7) };
  }
  // A reporter's sentence that hands over to the quote with a colon and no speech verb: its
  // subject is the speaker ("He was more bothered by how it was reached: "…"", "Marchand
  // pressed: "…"", "Whitcomb turned to the budget director: "…"", "O'Connor just sent reporters a text
  // message: "…"").
  const colon =
    /^\s*((?:[Hh]e|[Ss]he)\b|\p{Lu}[^:]*?)\s+(?:was|is|were|had|has|put it|sounded|seemed|felt|kept|went|remained|struck|summed|took|takes|offered|offers|gave|gives|pressed|presses|pushed|pushes|persisted|persists|countered|counters|interjected|interjects|continued|continues|turned|turns|followed up|follows up|began|begins|opened|opens|concluded|concludes|insisted|insists|wondered|wonders|posted|posts|put up|shared|shares|sent|sends)\b[^"\u201C]*:\s*$/u.exec(
      before,
    );
  // "Her answer: "Put it back on the ballot."": the words are the pronoun's, with no verb at all.
  const answer =
    /^\s*(His|Her)\s+(?:answer|reply|response|verdict|advice|view|message|question|warning|take)\s*:\s*$/u.exec(
      before,
    ) ??
    // "Her statement that "nothing has changed" referred to …": what the pronoun's person said.
    /^\s*(His|Her)\s+(?:statement|remark|comment|claim|promise|assurance|words)\s+that\s*$/u.exec(before);
  // A colon hand-over is weaker evidence than a speech verb: at most 0.7.
  const colonLink = (phrase: string): Attribution | null => {
    const found = link(phrase, 'before-quote:colon', window.beforeStart);
    return found === null ? null : { ...found, confidence: Math.min(found.confidence, 0.7) };
  };
  if (answer !== null) {
    const found = colonLink(pronounOf(answer[1]));
    if (found !== null) return found;
  }
  // "The clarifications were, in his words, "a new coat of paint"": the pronoun's words.
  const inWords = /\bin (his|her) (?:own )?words,?\s*$/i.exec(before);
  if (inWords !== null) {
    const found = colonLink(pronounOf(inWords[1]));
    if (found !== null) return found;
  }
  // The last word given to someone: "I will give Madison the last word: "…"", "The final word goes
  // to Rosa Ortiz: "…"".
  const lastWord =
    /\b(?:give|giving|gave|leave|leaving|left)\s+(?<given>(?:\p{Lu}[\p{L}.'\u2019-]*\s+){0,3}\p{Lu}[\p{L}.'\u2019-]*)\s+the\s+(?:last|final)\s+word\s*:\s*$/u.exec(
      before,
    ) ??
    /\bthe\s+(?:last|final)\s+word\s+(?:goes|went|belongs|belonged)\s+to\s+(?<given>(?:\p{Lu}[\p{L}.'\u2019-]*\s+){0,3}\p{Lu}[\p{L}.'\u2019-]*)\s*:\s*$/iu.exec(
      before,
    );
  if (lastWord !== null) {
    const found = colonLink(lastWord.groups?.['given'] ?? '');
    if (found !== null) return found;
  }
  // "When we asked Matt O'Connor, a coalition spokesman, whether …, his answer was, "…"": the
  // person the sentence named last before the pronoun, else whoever the pronoun means.
  const answerWas = /\b(his|her)\s+(?:answer|reply|response)\s+(?:was|is|came)\s*[,:]?\s*$/i.exec(before);
  // "The governor's answer was that he would not "start from scratch."", "Barnes's answer, in
  // full: "…"": the owner's words.
  const ownersAnswer =
    /^\s*((?:the\s+)?[\p{L}.'\u2019-]+(?:\s+[\p{L}.'\u2019-]+){0,3}?)['\u2019]s?\s+(?:answer|reply|response)(?:\s+(?:was|is|came)\s*(?:that\b[^"\u201C\u201D]*)?[,:]?|(?:,\s*[^:"\u201C\u201D]{1,20})?\s*:)\s*$/u.exec(
      before,
    );
  if (ownersAnswer !== null) {
    const found = colonLink(ownersAnswer[1] ?? '');
    if (found !== null) return found;
  }
  if (answerWas !== null) {
    const named = linker
      .candidates(before.slice(0, answerWas.index), state, true)
      .filter((c) => c.ref.type === 'PERSON')
      .at(-1);
    const found = colonLink(
      named === undefined ? pronounOf(answerWas[1]) : before.slice(named.start, named.end),
    );
    if (found !== null) return found;
  }
  // ("It was a long night: "…"": an expletive "it" hands over to no one.)
  if (colon !== null && !SPEECH_VERB.test(before) && !/^It$/.test(colon[1] ?? '')) {
    const subject = colon[1] ?? '';
    // "Her question to Barnes was a pointed one:": what is asked or answered is the pronoun's.
    const own =
      /^(his|her)\s+(?:question|answer|response|reply|message|advice|verdict|view|point|argument|complaint|warning|assessment)\b/i.exec(
        subject,
      );
    // "Speaking over the noise of the crowd, he put it this way:": a phrase fronted before the
    // subject, which is what follows its last comma.
    const fronted = /,\s*([^,]+)$/.exec(subject)?.[1];
    const found =
      colonLink(own === null ? subject : pronounOf(own[1])) ??
      (fronted === undefined ? null : colonLink(fronted));
    if (found !== null) return found;
  }
  // A roundup's label: "Daniel Livingston, chief negotiator for the coalition: "…"", "Gov. Dannel
  // P. Malloy, in a statement: "…"": the sentence opens with a name (allowNew: a new person too),
  // then perhaps a description after a comma, then a colon, and has no verb before the quote.
  // (A live blog's time may come first: "12:25 p.m. — House Minority Leader …, on Twitter: "…"".)
  // (So may a list's bullet: "- Larry Dorman, a coalition spokesman, on the bylaw change: "…"".)
  const unmarked = before.replace(TIME_STAMP, '').replace(BULLET, '');
  const label = /^\s*([^,:"\u201C\u201D]{3,60}?)(?:,[^:"\u201C\u201D]{0,160})?:\s*$/u.exec(unmarked);
  // "From the coalition's statement: "…"": the document's owner.
  const fromDocument =
    /^\s*(?:From|In)\s+((?:the\s+)?[\p{L}.'\u2019-]+(?:\s+[\p{L}.'\u2019-]+){0,3}?)['\u2019]s?\s+(?:[\p{L}-]+\s+)?(?:statement|letter|release|e-?mail|memo)\s*:\s*$/u.exec(
      unmarked,
    );
  if (fromDocument !== null && window.beforeStart === window.leadStart) {
    const found = colonLink(fromDocument[1] ?? '');
    if (found !== null) return found;
  }
  if (label !== null && window.beforeStart === window.leadStart && !SPEECH_VERB.test(before)) {
    // ("Co-chair Rep. Teresa Sokolowski (D-Hamden) to Barnes: "…"": the party and town in
    // parentheses, and whom the words were put to, come after the name.)
    const name = (label[1] ?? '')
      .replace(/\s+to\s+(?:the\s+)?\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,3}\s*$/u, '')
      .replace(/\s*\([^()]{1,40}\)\s*$/, '');
    const opening = linker.candidates(name, state, true).find(
      (c) =>
        // Only a title before the name ("Senate Majority Leader Martin Looney", "Budget director
        // Ben Barnes").
        name
          .slice(0, c.start)
          .split(/\s+/)
          .every((w) => w === '' || /^\p{Lu}/u.test(w) || isTitleWord(w)) &&
        !c.possessive &&
        /^\s*$/.test(name.slice(c.end)),
    );
    const found = opening === undefined ? null : colonLink(name.slice(opening.start, opening.end));
    if (found !== null) return found;
  }
  return NONE;
}

/** A subordinate clause opening a sentence: "Whatever Weintraub decides, …", "If Malloy signs, …". */
const SUBORDINATE_OPENING =
  /^\s*(?:whatever|whichever|whoever|however|whether|if|unless|when|whenever|once|until|although|though|because|since|while|as long as|no matter)\b[^,]*$/i;

/**
 * A parenthetical attribution: "Some of the no voters, she said, treated the ballot as …" — the
 * words between the commas before the verb name a person, and what comes before them names none
 * ("Tom Reyes, of the alliance, said, …" is Reyes's own, read the usual way); a pronoun there is
 * the speaker whatever comes before it. `subject` is the text before the verb, `afterVerb` the text
 * after it, which must open with a comma.
 */
export function parenthetical(
  subject: string,
  afterVerb: string,
  linker: Linker,
  state: ArticleState,
  at: number,
  paragraph: number,
): { link: PhraseLink; phrase: string } | null {
  const aside = /,\s*([^,]+?)\s*$/.exec(subject);
  // "But the governor, she said in a phone interview, "…"": a medium or a time may come first.
  if (
    aside === null ||
    !/^\s*(?:(?:in|on|during|over|by|at|after|before|last|this)\s[^,"\u201C]{1,40})?,/i.test(afterVerb)
  )
    return null;
  const phrase = aside[1] ?? '';
  const link = linker.linkPhrase(phrase, state, at, paragraph);
  if (link.speaker?.type !== 'PERSON') return null;
  // "It was the governor, he said, who chose …": a pronoun set off by commas is the speaker
  // whoever the words before it name, unless they open with the person as the sentence's
  // subject: "Mauro gets the last word, because, he said, nobody asked him" is Mauro's.
  if (link.speaker.link === 'pronoun') {
    const opening = linker
      .candidates(subject, state, false)
      .find((c) => c.start === subject.search(/\S/) && c.ref.type === 'PERSON' && !c.possessive);
    const fits =
      opening !== undefined &&
      /^\s+\p{Ll}/u.test(subject.slice(opening.end)) &&
      (link.gender === null || [null, link.gender].includes(firstNameGender(opening.ref.name)));
    return fits && opening !== undefined
      ? { link: { ...link, speaker: { ...opening.ref, link: 'pronoun' } }, phrase }
      : { link, phrase };
  }
  // ("Whatever Weintraub decides, Mendes said, …": a person inside a subordinate clause before the
  // aside is not the sentence's subject.)
  const before = subject.slice(0, aside.index);
  if (SUBORDINATE_OPENING.test(before)) return { link, phrase };
  const rest = linker.linkPhrase(before, state, at, paragraph);
  return rest.speaker?.type === 'PERSON' ? null : { link, phrase };
}

/**
 * The subject without a phrase fronted before it and set off by a comma, when the phrase opens with
 * a preposition or a participle ("In a statement responding to the Republican criticism, the office
 * said …" → "the office"): the names inside the phrase are not the speaker. Null when there is no
 * such phrase.
 */
function withoutFrontedPhrase(subject: string): string | null {
  const end = frontedEnd(subject);
  if (end === null) return null;
  const tail = subject.slice(end);
  // Appositives inside the fronted phrase ("Touring the aquarium with state Sen. Andrew Maynard,
  // D-Stonington, and state Rep. Diana Urban, D-North Stonington, the governor"): the subject is
  // the short phrase after the last comma, when one follows it.
  const last = /,\s*([^,]+)$/.exec(tail)?.[1]?.trim();
  if (last !== undefined && last !== '' && !/^(?:and|or|but)\b/i.test(last) && last.split(/\s+/).length <= 6)
    return last;
  return tail;
}

/**
 * Where the phrase fronted before a subject ends: just past its comma, the first one outside quote
 * marks or right before a closing mark ("In a note titled "Nutmeg State, Nutmeg Budget," Raman"
 * ends after "Budget,""). Null when `subject` opens with no fronting word or has no such comma.
 */
function frontedEnd(subject: string): number | null {
  if (!FRONTING.test(subject)) return null;
  let quoted = false;
  for (let i = 0; i < subject.length; i += 1) {
    const ch = subject[i] ?? '';
    if (ch === '\u201C' || (ch === '"' && !quoted)) quoted = true;
    else if (ch === '\u201D' || (ch === '"' && quoted)) quoted = false;
    else if (ch === ',') {
      const next = subject[i + 1] ?? '';
      if (!quoted) return i + 1;
      if (next === '\u201D' || next === '"') return i + 2;
    }
  }
  return null;
}

/** A credit naming a document and who made it: "Flyer handed out by ", "A sign carried by ". */
const DOCUMENT_BY =
  /^(?:an?\s+|the\s+)?(?:flyer|flier|leaflet|pamphlet|mailer|handout|post|sign|placard|letter|email|memo|note|text)\s+(?:\p{Ll}+\s+){0,2}by\s+/iu;

/** "quotes him as saying,", "quoted Ana Lima as telling reporters": whom a text or writer quotes. */
const QUOTED_AS =
  /\bquot(?:es|ed|ing)\s+(him|her|(?:\p{Lu}[\p{L}.'\u2019-]*\s+){0,3}\p{Lu}[\p{L}'\u2019-]+)\s+as\s+(?:saying|telling\s+[^,:]{1,40})\s*[,:]?\s*$/u;

/**
 * A name and the start of a relative clause on it, right before a speech verb: "Lawrence F.
 * Cafero, R-Norwalk, who has" (an appositive of a few words may stand between).
 */
const RELATIVE_SUBJECT =
  /((?:\p{Lu}[\p{L}.'\u2019-]*\s+){1,4}\p{Lu}[\p{L}'\u2019-]+)(?:,\s*[^,]{1,100})?,\s+who\s+(?:(?:has|had|have|also|then|once|later|repeatedly|publicly|previously)\s+)*$/u;

/**
 * The first word of a phrase fronted before a subject: a preposition or a participle ("Touring the
 * aquarium …,": a word in -ing before a lower-case word, so a surname such as Manning is not one,
 * nor a noun such as "Nothing"), or a time set off by a comma ("That afternoon, touring …,").
 */
const FRONTING =
  /^\s*(?:(?:That|This|Later|Earlier|Last|Next)\s+(?:afternoon|morning|evening|night|day|week|month|year|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*,|(?:In|On|At|After|Before|During|Since|Following|Despite|With|Without|Under|For|From|Through|By|Speaking|Asked|Responding|Writing|Answering|Reacting|Addressing|Pressed|Told)\b|(?!(?:Noth|Someth|Anyth|Everyth|Morn|Even|Spr|K|Th)ing\b)\p{Lu}\p{Ll}+ing\s+\p{Ll})/u;

/**
 * The subject after a fronted phrase that holds a quoted title, its comma inside the closing mark
 * ("In an editorial under the headline "Counting Until Yes," the Journal Inquirer"): the words
 * after the fronted phrase (frontedEnd), at most six and with no quote mark of their own. Null
 * otherwise.
 */
export function frontedTitleTail(subject: string): string | null {
  const tail = withoutFrontedPhrase(subject);
  if (tail === null || /[\u201C\u201D"]/.test(tail) || tail.trim().split(/\s+/).length > 6) return null;
  return tail;
}

/**
 * The words after the last comma of `subject`, when there are at most `most` of them: the subject
 * after fronted phrases ("Speaking to reporters on Thursday, he"). Null when longer or no comma.
 */
export function afterLastComma(subject: string, most: number): string | null {
  const last = /,\s*([^,]+)$/.exec(subject)?.[1];
  return last === undefined || last.split(/\s+/).length > most ? null : last;
}

/**
 * The organization a clause opens with ("The editorial", "The Journal Inquirer of Manchester"):
 * its first two to four words, the shortest that link to an organization. Null when none does.
 */
function openingOrganization(
  clause: string,
  link: (phrase: string, rule: AttributionRule, at: number) => Attribution | null,
  at: number,
): Attribution | null {
  const words = clause.trim().split(/\s+/);
  for (let n = 2; n <= Math.min(4, words.length); n += 1) {
    const found = link(words.slice(0, n).join(' '), 'before-quote:speaker-verb', at);
    if (found !== null) return found.speaker?.type === 'ORGANIZATION' ? found : null;
  }
  return null;
}

/** The subject of a reporting verb: after an aside in dashes, else after a fronted phrase, else all. */
export function subjectPhrase(subject: string): string {
  return afterAside(subject) ?? withoutFrontedPhrase(subject) ?? subject;
}

/**
 * The words after an aside set off by dashes, when the subject follows it: in "When it came —
 * about 57 percent …, not enough under the coalition's rules — she said" the subject is "she",
 * not a name inside the aside. Null when nothing follows the last dash ("Larry Dorman — the
 * coalition's spokesman — said").
 */
function afterAside(subject: string): string | null {
  const dash = Math.max(
    subject.lastIndexOf('\u2014'),
    subject.lastIndexOf(' \u2013 '),
    subject.lastIndexOf(' -- '),
  );
  if (dash < 0) return null;
  const rest = subject.slice(dash).replace(/^(?:\u2014| \u2013 | -- )/, '');
  return /\p{L}/u.test(rest) ? rest : null;
}

/** The pronoun a possessive stands for: "His answer" is his, "Her question" hers. */
export function pronounOf(possessive: string | undefined): 'he' | 'she' {
  return possessive?.toLowerCase() === 'his' ? 'he' : 'she';
}

/** Whether `s` holds a sentence end: . ? ! and a space, the period not a title's or an initial's. */
function endsASentence(s: string): boolean {
  return [...s.matchAll(/[.?!]\s/g)].some((m) => s[m.index] !== '.' || !isAbbreviation(s, m.index));
}

function withMedium(a: Attribution, words: string): Attribution {
  return { ...a, medium: mediumOf(words) };
}

/** A dash that opens a credit: "— Larry Dorman, …". */
const DASH_CREDIT = /^\s*(?:\u2014|\u2013|--)\s*(?=\p{Lu})/u;

/**
 * Whether a dash credit names someone unnamed ("— A corrections officer at Bergin Correctional
 * Center, who asked that his name not be used"), not the place named after them.
 */
export function creditsSomeoneUnnamed(words: string): boolean {
  return /^\s*(?:\u2014|\u2013|--)\s*(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+\p{Ll}/u.test(words);
}

/**
 * The speaker a dash credit names, "— Larry Dorman, coalition spokesman, to reporters", after a
 * quote in its sentence or on a line of its own under a quote paragraph (a "week in quotes" page);
 * null when `words` opens with no such credit or it names no one.
 */
export function dashCredit(
  words: string,
  at: number,
  paragraph: number,
  linker: Linker,
  state: ArticleState,
): Attribution | null {
  const dash = DASH_CREDIT.exec(words);
  if (dash === null || creditsSomeoneUnnamed(words)) return null;
  // "— Flyer handed out by Stephen Ouellette, …": the words are whoever the document is by.
  const credit = phraseAfter(words.slice(dash[0].length)).replace(DOCUMENT_BY, '');
  const linked = linker.linkPhrase(credit, state, at, paragraph);
  return linked.speaker === null
    ? null
    : withMedium(finish(linked, credit, 'after-quote:dash', linker), words);
}

function finish(linked: PhraseLink, phrase: string, rule: AttributionRule, linker: Linker): Attribution {
  const speaker = linked.speaker;
  let confidence = 0.9;
  if (speaker?.link === 'pronoun') confidence = 0.8;
  if (speaker?.isNew === true) confidence = 0.8;
  if (rule === 'according-to') confidence = Math.min(confidence, 0.8);
  return {
    speaker,
    onBehalfOf: linker.onBehalfOf(linked, phrase),
    rule,
    medium: mediumOf(phrase),
    confidence,
    phrase,
  };
}

/** "from Luis Ortega in New Britain:" before a quote: the sender's full name (a town after it aside). */
// (Or one the sender is posting as, "It came from a viewer posting as Dave Kowalczyk of Enfield:";
// or with a clause about them, "a comment from Linda Haskell-Moore, who identified herself as a
// nurse …:"; or who sent it, "a viewer posting as Gloria Pettway of Norwich typed the last comment
// …:".)
const FROM_SENDER =
  /(?:(?:^|[\s,.;])from\s+(?:(?:a|one|another)\s+(?:viewer|reader|listener|caller|commenter|user|member)\s+(?:posting|writing|commenting|signing\s+in)\s+as\s+)?|(?:^|[\s,.;])(?:[Aa]|[Oo]ne|[Aa]nother)\s+(?:viewer|reader|listener|caller|commenter|user|member)\s+(?:posting|writing|commenting|signing\s+in)\s+as\s+)(?<sender>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}[\p{L}'\u2019-]+){1,2}|@?\p{L}[\p{L}\d]*[_\d][\p{L}\d_]*)(?:,?\s+(?:in|of)\s+\p{Lu}[\p{L}'\u2019.-]*(?:\s+\p{Lu}[\p{L}'\u2019.-]*)?)?(?:,\s+who\s[^:"\u201C]{1,150}|\s+(?:typed|posted|sent|wrote|left)\b[^:"\u201C]{0,100})?\s*:\s*$/u;

/** Rules 5–8 reuse an attribution found elsewhere, at a lower confidence. */
export function inherit(from: Attribution, rule: AttributionRule): Attribution {
  const confidence =
    rule === 'continued-quote' || rule === 'same-report'
      ? 0.8
      : rule === 'same-paragraph' || rule === 'document'
        ? 0.75
        : 0.6;
  return { ...from, rule, confidence: Math.min(from.confidence, confidence) };
}

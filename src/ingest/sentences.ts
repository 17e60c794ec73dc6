/**
 * Stage 2: sentences. Splits each paragraph at sentence-ending punctuation, never inside a quote
 * (a quote of three sentences is one unit that an attribution after it covers) and never after
 * an abbreviation or an initial ("Gov.", "Dannel P. Malloy", "a.m.").
 */
import { splitParagraphs } from '../text/span';
import { type QuoteSpan } from './quotes';
import { type Sentence } from './types';

const ABBREVIATIONS = new Set([
  'gov',
  'sen',
  'rep',
  'reps',
  'dr',
  'mr',
  'mrs',
  'ms',
  'jr',
  'sr',
  'st',
  'lt',
  'gen',
  'col',
  'capt',
  'sgt',
  'prof',
  'no',
  'inc',
  'co',
  'corp',
  'vs',
  'jan',
  'feb',
  'mar',
  'apr',
  'aug',
  'sept',
  'sep',
  'oct',
  'nov',
  'dec',
  'a.m',
  'p.m',
  'u.s',
  'u.k',
  'e.g',
  'i.e',
  'ft',
  'mt',
  'rev',
  'hon',
  'atty',
  'supt',
  'cmdr',
  // A union meeting's minutes: "Pres. Okafor", "Bro. Lutz", "Sis. Reyes".
  'pres',
  'bro',
  'sis',
]);

/** Verbs that attribute a quote when they follow it with its speaker (a speech verb or one of manner). */
const ATTRIBUTING =
  '(?:said|says|asked|asks|added|wrote|told|replied|answered|insisted|countered|continued|snapped|shot back|joked|quipped|shouted|yelled|cried|laughed|grumbled|muttered|sighed|scoffed|groaned|allowed|figured|began)';

/**
 * After a quote ending in ! or ?, its attribution: a verb, a name and a verb (with a party tag,
 * "Sen. Ann Ruiz, D-Hartford, said", or an appositive, "Carl Witkowski, a correction officer with 22
 * years on the job, shouted"), or he/she/they and a verb.
 */
const ATTRIBUTION_FOLLOWS = new RegExp(
  `^\\s+(?:${ATTRIBUTING}\\b|(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,6}(?:\\p{Lu}[\\p{L}'’.-]*,\\s+[DRI]-\\p{Lu}[\\p{L}. ]*,\\s+)?${ATTRIBUTING}\\b|\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3},\\s+[^.?!"“”,]{1,100},\\s+${ATTRIBUTING}\\b|(?:he|she|they)\\s+${ATTRIBUTING}\\b)`,
  'u',
);

/**
 * A new sentence reporting what someone said: a name, a verb and "that", or a clause's subject
 * and two words more ("Leclerc said the administration should carry out …").
 */
const REPORT_FOLLOWS = new RegExp(
  `^\\s+(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,6}${ATTRIBUTING}\\s+(?:that\\b|(?:the|he|she|they|it|his|her|their|its|there|a|an|no|nobody|every|some|many|most)\\s+[\\p{L}'’-]+\\s+[\\p{L}'’-]+)`,
  'u',
);

/**
 * A dateline opening the article ("HARTFORD — ", "NEW LONDON -- ", "WILLIMANTIC, Conn. — "): the
 * place the story was filed from, not part of its first sentence.
 */
const DATELINE =
  /^\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+)*(?:, \p{Lu}[\p{L}.]*)? ?(?:\u2014|\u2013|--) ?/u;

/** True when the word ending at `dot` (the offset of a period) is an abbreviation or an initial. */
export function isAbbreviation(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && /[\p{L}.]/u.test(text[start - 1] ?? '')) start -= 1;
  const word = text.slice(start, dot).toLowerCase();
  // "No. 2" abbreviates number; "I voted no. Four unions …" ends a sentence.
  if (word === 'no') return /^\s*\d/.test(text.slice(dot + 1, dot + 4));
  // ("… at 7:02 a.m. The man in the Whalers cap …": a time or a suffix may end its sentence, when
  // a word that opens one follows.)
  if (ENDS_SENTENCES.has(word) && SENTENCE_OPENING.test(text.slice(dot + 1, dot + 12))) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // Initials run together: Thomas "T.J." Brennan.
  if (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(text.slice(start, dot))) return true;
  // "… and neither do I. He said …": the pronoun after a lower-case word ends a sentence; an
  // initial follows a name or a capital ("Dannel P. Malloy", "I. M. Pei").
  if (text.slice(start, dot) === 'I' && /\p{Ll}[\s,]*\s$/u.test(text.slice(Math.max(0, start - 3), start)))
    return false;
  // ("… and that there is no Plan C. Mark Ojakian said …": a letter that names a plan, an option
  // or a part is no one's initial.)
  if (LETTERED_NOUN.test(text.slice(Math.max(0, start - 12), start))) return false;
  return /^\p{L}$/u.test(text.slice(start, dot)) && /\p{Lu}/u.test(text[start] ?? '');
}

/** Abbreviations that may close a sentence: a time, a country, a company's or a man's suffix. */
const ENDS_SENTENCES = new Set(['a.m', 'p.m', 'u.s', 'inc', 'corp', 'co', 'jr', 'sr']);
/** A word that opens a sentence, after such an abbreviation. */
const SENTENCE_OPENING = /^\s+(?:The|He|She|It|They|We|I|But|And|His|Her|Their|Its|This|That|There)\s/;

/** Nouns a capital letter names a kind of ("Plan C", "Option B", "Part A"), right before it. */
const LETTERED_NOUN =
  /\b(?:Plan|Option|Part|Section|Schedule|Exhibit|Appendix|Tier|Phase|Grade|Class|Type)\s$/;

/** Splits `text` into sentences (UTF-16 offsets), given its quotes. */
export function splitSentences(text: string, quotes: QuoteSpan[]): Sentence[] {
  const inside = (i: number): QuoteSpan | undefined => quotes.find((q) => q.open < i && i < q.close - 1);
  const sentences: Sentence[] = [];
  splitParagraphs(text).forEach((paragraph, index) => {
    let start = paragraph.start;
    while (start < paragraph.end && /\s/.test(text[start] ?? '')) start += 1;
    if (index === 0) start += DATELINE.exec(text.slice(start, start + 80))?.[0].length ?? 0;
    for (let i = start; i < paragraph.end; i += 1) {
      const ch = text[i] ?? '';
      if (!/[.!?]/.test(ch)) continue;
      let end = i + 1;
      while (end < paragraph.end && /[\u201D"\u2019')]/.test(text[end] ?? '')) end += 1;
      const quote = inside(i);
      // Inside a quote only the quote's own last sentence can end the reporter's sentence.
      if (quote !== undefined && end !== quote.close) continue;
      if (ch === '.' && isAbbreviation(text, i)) continue;
      // "Whose running the show here?" Cafero said. — the attribution belongs to the quote.
      // (After a period, "Spokesman Larry Dorman added that …" starts a report of its own.)
      const follows = text.slice(end, end + 160);
      if (end > i + 1 && ATTRIBUTION_FOLLOWS.test(follows) && !(ch === '.' && REPORT_FOLLOWS.test(follows)))
        continue;
      let next = end;
      while (next < paragraph.end && /\s/.test(text[next] ?? '')) next += 1;
      if (next >= paragraph.end) break;
      if (next === end || !/[\p{Lu}\u201C"\u2018(\d]/u.test(text[next] ?? '')) continue;
      sentences.push({ start, end, paragraph: paragraph.number });
      start = next;
      i = next - 1;
    }
    let end = paragraph.end;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end -= 1;
    if (end > start) sentences.push({ start, end, paragraph: paragraph.number });
  });
  return sentences;
}

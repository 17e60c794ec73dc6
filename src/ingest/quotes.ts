/**
 * Stage 1: quote spans. Finds every pair of double quote marks (curly or straight) in each
 * paragraph; single quotes inside a quote are nested quotes and apostrophes, part of the words. A
 * paragraph with no double marks may quote with curly single ones (the British style).
 * A quote left open at the end of a paragraph continues into the next paragraph when that one
 * opens with a quote mark (the newspaper convention); each paragraph's part is its own span,
 * because a statement may not cross a paragraph break (src/text/span.ts).
 *
 * An interview printed as a transcript has no quote marks: a paragraph that opens with a speaker's
 * label ("Bettencourt: A lot of people didn't believe it. …") is that speaker's words, the whole
 * paragraph after the label. Labels count only in a transcript: the article has a question
 * ("Q: …") or a label that opens two paragraphs or more; a label in capitals ("THE CLAIM:") is a
 * heading, not a speaker, except in a broadcast transcript, where a narrator ("WENDY SZABO,
 * BYLINE:") tells the story and every other label in capitals ("GOVERNOR DANNEL MALLOY:") opens a
 * source's words. In a question-and-answer interview, "A. …" is the interviewee's answer. A
 * magazine's interview labels both sides in capitals ("CCW: Were you surprised by the vote?" /
 * "GALLOWAY: Not really. …"), and so does a hearing's ("SEN. MARCHETTI: …" / "MR. BARNES: …"):
 * there each labelled paragraph is its speaker's turn, except the questions of an interviewer whose
 * label has no title (the publication asking), and a paragraph with no label between a turn and the
 * next label goes on with the turn. A broadcast turn's label may follow a time stamp or a tag
 * ("[00:00:58] DORMAN:", "(VIDEO) GOV. …:"), and a debate's host, with no reporter narrating, is
 * one of its speakers. Testimony's "Q." lines are quotes too (a lawyer asks them). An oral history
 * credits each passage with a line ("MOISES PADILLA, vice president, …: …").
 * Quote marks inside such an answer are the speaker quoting someone.
 */
import { splitParagraphs } from '../text/span';
import { isFirstName } from './gender';
import { type Span } from './types';

export interface QuoteSpan extends Span {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark, or the paragraph end when the quote runs on. */
  close: number;
  paragraph: number;
  /** False when the paragraph ended before a closing mark (a quote running across paragraphs). */
  closed: boolean;
  /** Index (in the returned list) of the quote this one continues from the previous paragraph. */
  continues: number | null;
  /** In a transcript, the speaker's label that opens the paragraph ("Bettencourt"): its span. */
  label?: Span;
  /** In a thread of posts, the post's author is known by a username only ("plowguy_CT"). */
  handle?: boolean;
  /**
   * A quote inside a transcript's turn: words the turn's speaker quotes ("Larry Cafero … called
   * it "…""), someone else's statement only where the turn's own words say whose.
   */
  inTurn?: boolean;
  /** An interview's answer printed under a numbered question, with no label ("1. … ?" then the answer). */
  answer?: boolean;
  /**
   * Words of a text printed below a paragraph that says whose it is ("Her speech is printed below
   * as delivered."), without quote marks: that paragraph's number.
   */
  printedBelow?: number;
}

const OPEN_CURLY = '\u201C';
/** The low opening mark of Polish, German and other languages („…” or „…“), read as an opening one. */
const OPEN_LOW = '\u201E';
const CLOSE_CURLY = '\u201D';
const STRAIGHT = '"';
const OPEN_SINGLE = '\u2018';
const CLOSE_SINGLE = '\u2019';

/** Characters after which a straight quote mark opens a quote rather than closing one. */
const OPENS_AFTER = /[\s([{\u2014\u2013/-]/;

/** Trailing punctuation that belongs to the sentence, not to the words quoted. */
const TRAILING = /[\s,;:]+$/;

/** A speaker's label opening a paragraph: one to three capitalised words (not in capitals), a colon. */
// (With what the speaker does and where, the first time, in a focus group's or a panel's
// transcript: "Karen, correction officer, Montville: No. I've been inside 17 years.")
const LABEL =
  /^(\p{Lu}[\p{Ll}'\u2019.-]+(?:\s\p{Lu}[\p{Ll}'\u2019.-]+){0,2})(?:,\s[^:\n.?!"\u201C\u201D]{2,90})?:[^\S\n]+(?=[^\s"\u201C])/u;
/** A message's time before its sender's label ("9:14 p.m. — Denise: …", a printed text exchange). */
const MESSAGE_TIME = /^\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?\s*(?:\u2014|\u2013|--?)\s*/i;

/** A speaker's label opening `words`, after a message's time if any: the match, and where it starts. */
function labelAt(words: string): { skip: number; label: RegExpExecArray } | null {
  const skip = MESSAGE_TIME.exec(words)?.[0].length ?? 0;
  const label = LABEL.exec(words.slice(skip));
  return label === null ? null : { skip, label };
}
/**
 * A sound bite's cue in a broadcast script, and whose voice it is: "SOT (Malloy): …",
 * "ACTUALITY — Larry Dorman: …", "SOT (Sharon Tibbetts, DCF social worker, Middletown): …" (the
 * name is group 1 or 2, up to any comma).
 */
const SOUND_BITE =
  /^(?:SOT|ACTUALITY|ACT|BITE|SOUNDBITE|SOUND BITE)\s*(?:\((\p{Lu}[^,)]*)[^)]*\)|(?:\u2014|\u2013|--?)\s*(\p{Lu}[^,:]*)[^:]*):[^\S\n]*/u;
/** A script's out-cue, which repeats a sound bite's last words: "OUTQ: "…hoping for that outcome." (:09)". */
const OUT_CUE = /^OUT\s?(?:Q|CUE)\s*:/;

/** A question in a transcript. */
export const QUESTION = /^(?:\*\*|__)?Q\s*[:.](?:\*\*|__)?\s/;
/**
 * Testimony printed as questions and answers: there the questions are the lawyers' words, not the
 * publication's, and statements too.
 */
export const HEARING =
  /\b(?:testif(?:y|ies|ied)|testimony|witness|cross-examination|the stand|depositions?|deposed)\b/i;
/** A reader's sign-off closing a question sent to a column: "— Yes Voter in Norwich". */
const READER_SIGNED = /[?.!]["\u201D]?\s*(?:\u2014|\u2013|--)\s*[^\u2014\u2013\n]{2,60}$/;
/** An answer in a question-and-answer transcript ("A. A conversation. …"): the interviewee's. */
const ANSWER = /^(?:\*\*|__)?A\s*[:.](?:\*\*|__)?[^\S\n]+(?=[^\s"\u201C])/;
/**
 * A label in capitals in a broadcast transcript: the name, then maybe a comma and a role
 * ("GOVERNOR DANNEL MALLOY:", "WENDY SZABO, BYLINE:", "SZABO:"), or in parentheses a call-in
 * show's caller's town ("GARY (PRESTON):"), a guest's party and town or job ("SEN. ANDREW MAYNARD
 * (D-STONINGTON):"), or the host's name ("HOST (RUTH ANN KESSLER):"); a title of more words
 * before the name ("HOUSE MINORITY LEADER LAWRENCE CAFERO (R-NORWALK):"), and a place after the
 * party ("GOV. DANNEL P. MALLOY (D), CONNECTICUT:").
 */
const CAPS_LABEL =
  /^(\p{Lu}[\p{Lu}'\u2019.-]*(?:\s\p{Lu}[\p{Lu}'\u2019.-]*){0,5})(?:,\s*(\p{Lu}[\p{Lu}\s'\u2019]*(?:,\s*\p{Lu}[\p{Lu}\s'\u2019]*)?)|\s\((\p{Lu}[\p{Lu}\s.,'\u2019-]*)\)(?:,\s*\p{Lu}[\p{Lu}\s'\u2019]*)?)?:[^\S\n]*/u;
/** A host's label that gives the name in parentheses: "HOST (RUTH ANN KESSLER):". */
const HOST_LABEL = /^(?:HOST|CO-HOST|MODERATOR|ANCHOR|INTERVIEWER)$/;
/**
 * The role after a narrator's name: the host and the reporter tell the story, they are not sources.
 * The network's letters may open it ("DANA HOLLOWAY, CNN ANCHOR:").
 */
const NARRATOR_ROLE =
  /^(?:\p{Lu}{2,5}\s+)?(?:(?:SENIOR|CHIEF|NATIONAL|POLITICAL)\s+)?(?:HOST|BYLINE|ANCHOR|MODERATOR|REPORTER|CORRESPONDENT|NARRATOR)\b/u;
/** A narrator who reports (not one who only hosts): with one on air, the host's words are narration too. */
const REPORTER_ROLE =
  /^(?:\p{Lu}{2,5}\s+)?(?:(?:SENIOR|CHIEF|NATIONAL|POLITICAL)\s+)?(?:BYLINE|REPORTER|CORRESPONDENT|NARRATOR)\b/u;
/**
 * What a broadcast transcript may print before a turn's label: a time stamp ("[00:01:24]") and a
 * tag in capitals ("(VIDEO)").
 */
const TURN_PREFIX = /^(?:\[\d{1,2}(?::\d{2}){1,2}\][^\S\n]*)?(?:\(\p{Lu}[\p{Lu}\s-]*\)[^\S\n]*)?/u;

/** A label in capitals opening `words` after any time stamp or tag: where it starts, and the match. */
function capsLabelAt(words: string): { skip: number; caps: RegExpExecArray } | null {
  const skip = TURN_PREFIX.exec(words)?.[0].length ?? 0;
  const caps = CAPS_LABEL.exec(words.slice(skip));
  return caps === null ? null : { skip, caps };
}

/** Finds the quotes of `text`, in order. Offsets are UTF-16 code units into `text`. */
export function findQuotes(text: string): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let previousRanOn: number | null = null;
  const paragraphs = splitParagraphs(text);
  const labels = transcriptLabels(text, paragraphs);
  const broadcast = broadcastNarrators(text, paragraphs);
  // (A readers' mailbag signs its questions, "… Who's right? — Confused in Colchester", and
  // its answers are the columnist's own writing, not an interviewee's words.)
  const questions = paragraphs.filter(({ start, end }) => QUESTION.test(text.slice(start, end)));
  // (Nor are a reader-questions column's answers, none of which speaks in the first person outside
  // quote marks while they report what others said: "A. That is what the governor has promised.
  // Malloy spokeswoman … said …".)
  const answers = paragraphs
    .map(({ start, end }) => text.slice(start, end))
    .filter((words) => ANSWER.test(words))
    .map((words) => words.replace(/[\u201C"][^\u201C\u201D"]*[\u201D"]/g, ' '));
  const interview =
    questions.length > 0 &&
    !questions.every(({ start, end }) => READER_SIGNED.test(text.slice(start, end).trimEnd())) &&
    !(
      answers.length >= 2 &&
      !answers.some((words) => FIRST_PERSON_ANY_CASE.test(words)) &&
      answers.some((words) => /\b(?:said|says|told|according to)\b/.test(words))
    );
  const hearing = interview && HEARING.test(text);
  const printed = broadcast === null ? printedTranscript(text, paragraphs) : null;
  const credits =
    broadcast === null && printed === null
      ? creditLines(text, paragraphs)
      : new Map<number, { name: number; length: number }>();
  const speeches = speechParagraphs(text, paragraphs);
  const posts = threadPosts(text, paragraphs);
  const chat = broadcast === null ? chatLog(text, paragraphs) : new Map<number, never>();
  const emails = new Map([...emailBodies(text, paragraphs), ...printedLetters(text, paragraphs)]);
  const blocks = blockQuotes(text, paragraphs);
  const printedText = printedBelow(text, paragraphs);
  const numbered = numberedAnswers(text, paragraphs);
  /** The label of the turn the paragraph before was, in a printed or broadcast transcript. */
  let turnLabel: Span | null = null;
  for (const [index, paragraph] of paragraphs.entries()) {
    const words = text.slice(paragraph.start, paragraph.end);
    const end = paragraph.start + words.trimEnd().length;
    const email = emails.get(index);
    if (email !== undefined) {
      if (email !== null)
        quotes.push(...turnSpans(text, { start: paragraph.start, end }, paragraph.number, email));
      previousRanOn = null;
      continue;
    }
    const line = chat.get(index);
    if (line !== undefined) {
      quotes.push(...turnSpans(text, { start: line.start, end }, paragraph.number, line.label, line.handle));
      previousRanOn = null;
      continue;
    }
    const post = posts.get(index);
    if (post !== undefined) {
      quotes.push(...turnSpans(text, { start: post.start, end }, paragraph.number, post.label, true));
      previousRanOn = null;
      continue;
    }
    // A paragraph that is all one quote with no marks: a numbered question's answer, a block quote.
    const whole: QuoteSpan = {
      start: paragraph.start,
      end,
      open: paragraph.start,
      close: end,
      paragraph: paragraph.number,
      closed: true,
      continues: null,
    };
    if (numbered.has(index)) {
      quotes.push({ ...whole, answer: true }, ...quotedInTurn(text, paragraph.start, end, paragraph.number));
      previousRanOn = null;
      continue;
    }
    if (blocks.has(index)) {
      quotes.push(whole);
      previousRanOn = null;
      continue;
    }
    const below = printedText.get(index);
    if (below !== undefined) {
      for (const part of below.parts)
        quotes.push(
          {
            ...part,
            open: part.start,
            close: part.end,
            paragraph: paragraph.number,
            closed: true,
            continues: null,
            printedBelow: below.by,
          },
          ...quotedInTurn(text, part.start, part.end, paragraph.number),
        );
      previousRanOn = null;
      continue;
    }
    const speech = speeches.get(index);
    if (speech !== undefined) {
      quotes.push(...turnSpans(text, { start: paragraph.start, end }, paragraph.number, speech));
      previousRanOn = null;
      continue;
    }
    if (OUT_CUE.test(words)) {
      previousRanOn = null;
      continue;
    }
    const bite = SOUND_BITE.exec(words);
    const labelled = labelAt(words);
    const label = labelled?.label ?? null;
    const capsAt = broadcast === null ? null : capsLabelAt(words);
    const caps = capsAt?.caps ?? null;
    const skip = capsAt?.skip ?? 0;
    if (printed !== null) {
      const said = printedTurn(text, paragraphs, index, printed, turnLabel);
      turnLabel = said?.label ?? null;
      if (said !== null) {
        quotes.push(...turnSpans(text, said, paragraph.number, said.label));
        previousRanOn = null;
        continue;
      }
    }
    const answer = interview ? (ANSWER.exec(words) ?? (hearing ? QUESTION.exec(words) : null)) : null;
    const credit = credits.get(index);
    // The label's length and the name in it, when the paragraph is a source's words.
    const biteName = bite === null ? '' : (bite[1] ?? bite[2] ?? '').trimEnd();
    const speaking =
      bite !== null && bite[0].length < words.trimEnd().length
        ? { skip: words.indexOf(biteName), length: bite[0].length, name: biteName.length }
        : label !== null && labels.has(label[1] ?? '')
          ? {
              skip: labelled?.skip ?? 0,
              length: (labelled?.skip ?? 0) + label[0].length,
              name: (label[1] ?? '').length,
            }
          : caps !== null &&
              broadcast !== null &&
              !broadcast.has(caps[1] ?? '') &&
              caps[0].length < words.trimEnd().length
            ? { skip, length: skip + caps[0].length, name: (caps[1] ?? '').length }
            : answer !== null
              ? { skip: answer[0].search(/[AQ]/), length: answer[0].length, name: 1 }
              : credit !== undefined
                ? { skip: 0, length: credit.length, name: credit.name }
                : null;
    // (An oral history's passage may run on into a paragraph with no credit line, as a turn does.)
    const ownTurn =
      speaking !== null
        ? null
        : broadcast !== null
          ? broadcastTurn(text, paragraphs, index, turnLabel)
          : credits.size > 0 && turnLabel !== null && credits.has(index + 1) && goesOnTurn(words)
            ? turnLabel
            : null;
    turnLabel =
      speaking !== null && caps !== null && broadcast !== null
        ? { start: paragraph.start + skip, end: paragraph.start + skip + (caps[1] ?? '').length }
        : speaking !== null && credit !== undefined
          ? { start: paragraph.start, end: paragraph.start + credit.name }
          : ownTurn === null
            ? null
            : turnLabel;
    if (speaking !== null || ownTurn !== null) {
      const start = paragraph.start + (speaking?.length ?? 0);
      const labelStart = paragraph.start + (speaking?.skip ?? 0);
      const label = ownTurn ?? { start: labelStart, end: labelStart + (speaking?.name ?? 0) };
      quotes.push(...turnSpans(text, { start, end }, paragraph.number, label));
      previousRanOn = null;
      continue;
    }
    // A paragraph with no double mark may use single ones as outer quotes (‘We were told …,’ one
    // nurse said): read it with curly single marks, telling a closing mark from an apostrophe.
    // (One left open runs on into the next paragraph when that one opens with a mark, as a
    // double one does.)
    if (!/["\u201C\u201D]/.test(words) && words.includes(OPEN_SINGLE)) {
      const next = paragraphs[index + 1];
      const runsOn = next !== undefined && text[next.start] === OPEN_SINGLE;
      const found = singleQuoted(text, paragraph.start, paragraph.end, paragraph.number, runsOn);
      const first = found[0];
      // (Only a quote in single marks continues one: after a double mark left open, a paragraph
      // opening with ‘ is a new quote, not the British convention.)
      const ranOn = previousRanOn === null ? undefined : quotes[previousRanOn];
      if (
        first !== undefined &&
        first.open === paragraph.start &&
        ranOn !== undefined &&
        text[ranOn.open] === OPEN_SINGLE
      )
        first.continues = previousRanOn;
      quotes.push(...found);
      previousRanOn = found.at(-1)?.closed === false ? quotes.length - 1 : null;
      continue;
    }
    let open: number | null = null;
    let firstInParagraph = true;
    // Where a quote running on from the paragraph before opens: at the start, or after a reprinted
    // post's number and time ("8. (10:18 a.m.) "What I'm not going to do …"").
    const goesOnAt = paragraph.start + (POST_STAMP.exec(words)?.[0].length ?? 0);
    // A printed message under its sender and time ("Denise, 4:41 p.m.: "did u see??"") is the
    // sender's, the name being its label.
    const sender = SENDER_AND_TIME.exec(words);
    for (let i = paragraph.start; i < paragraph.end; i += 1) {
      // (After „ the closing mark may be “ as well as ”.)
      const ch =
        text[i] === OPEN_LOW || (text[i] === OPEN_CURLY && open !== null && text[open] === OPEN_LOW)
          ? text[i] === OPEN_LOW
            ? OPEN_CURLY
            : CLOSE_CURLY
          : text[i];
      if (ch !== OPEN_CURLY && ch !== CLOSE_CURLY && ch !== STRAIGHT) continue;
      const before = i === paragraph.start ? ' ' : (text[i - 1] ?? ' ');
      const after = text[i + 1] ?? ' ';
      if (open === null) {
        const opens = ch === OPEN_CURLY || (ch === STRAIGHT && OPENS_AFTER.test(before) && /\S/.test(after));
        if (opens) open = i;
        continue;
      }
      if (ch === OPEN_CURLY) continue; // a stray opening mark inside a quote: keep reading
      // Straight marks inside curly ones are a quote within the quote, when the curly one closes
      // later in the paragraph: "“… tell me what "shared sacrifice" means …”" (a forum's post).
      // (Not when another quote opens before that: "“First," he said, “second.”" is two.)
      if (ch === STRAIGHT && text[open] === OPEN_CURLY) {
        const closes = text.indexOf(CLOSE_CURLY, i);
        if (closes >= 0 && closes < paragraph.end && !text.slice(i, closes).includes(OPEN_CURLY)) continue;
      }
      const quote = makeQuote(text, open, i + 1, i, paragraph.number, true);
      if (quote !== null) {
        quote.continues = firstInParagraph && open === goesOnAt ? previousRanOn : null;
        if (sender !== null && open === paragraph.start + sender[0].length)
          quote.label = { start: paragraph.start, end: paragraph.start + (sender[1] ?? '').length };
        quotes.push(quote);
      }
      firstInParagraph = false;
      open = null;
    }
    const continuedFrom = previousRanOn;
    previousRanOn = null;
    if (open !== null) {
      // No closing mark before the paragraph ends: the quote runs on (if the next paragraph
      // opens with a mark) or the mark was stray; either way the words so far are a span.
      const quote = makeQuote(text, open, paragraph.end, paragraph.end, paragraph.number, false);
      if (quote !== null) {
        quote.continues = firstInParagraph && open === goesOnAt ? continuedFrom : null;
        quotes.push(quote);
        previousRanOn = quotes.length - 1;
      }
    }
  }
  return quotes;
}

/** A message's sender and time before its words in quote marks: "Denise, 4:41 p.m.: ". */
const SENDER_AND_TIME =
  /^(\p{Lu}[\p{Ll}'\u2019.-]+(?:\s\p{Lu}[\p{Ll}'\u2019.-]+){0,2}),\s*\d{1,2}:\d{2}\s*(?:[ap]\.m\.|[AP]\.M\.|[ap]m|[AP]M):[^\S\n]*(?=["\u201C])/u;

/** A reprinted post's number and time opening its paragraph: "8. (10:18 a.m.) ". */
const POST_STAMP = /^(?:\d{1,3}\.\s+)?\(\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm)\)[^\S\n]+/i;

/** A paragraph saying that someone's text follows it as printed ("Her speech is printed below as delivered."). */
const PRINTED_BELOW =
  /\b(?:speech|remarks|address|sermon|homily|eulogy|toast|testimony|statement|letter)\b[^.!?\n]{0,60}?\b(?:is|are)\s+(?:printed|reprinted|reproduced|published|transcribed)\b[^.!?\n]{0,30}?\bbelow\b|\b(?:text|transcript)\s+of\s+(?:her|his|their|the\s+[\p{L} ]{2,40}?['\u2019]s|\p{Lu}[\p{L}.'\u2019 -]{1,40}?['\u2019]s)\s+(?:speech|remarks|address|sermon|testimony)\b[^.!?\n]{0,30}?\bfollows\b/iu;
/** The owner of a text printed below ("Her speech", "the governor's remarks", "Malloy's letter"). */
export const PRINTED_OWNER =
  /(?<![\p{L}'\u2019])((?:[Hh]er|[Hh]is)(?=\s)|(?:the\s+)?(?:\p{L}[\p{L}.-]*\s+){0,2}\p{L}[\p{L}.-]*['\u2019]s?)\s+(?:full\s+|prepared\s+|own\s+)?(speech|remarks|address|sermon|homily|eulogy|toast|testimony|statement|letter)\b/u;
/** A note in brackets inside a printed speech ("[Laughter]", "[A delegate: “Tell it!”]"). */
const BRACKETED = /\[[^\]\n]*\]/g;
/** A line that ends what was printed ("* * *", "###", "-30-"). */
const PRINTED_END = /^(?:\*\s*\*\s*\*|#{3}|[-\u2013\u2014]\s*30\s*[-\u2013\u2014])$/;

/**
 * A text printed below a paragraph that says whose it is, with no quote marks ("Her speech is
 * printed below as delivered. Bracketed notes are ours."): each paragraph after it, up to the
 * article's end, a closing line ("* * *"), a letter's closing ("Sincerely,") or a heading in
 * capitals, by index, as its parts outside the editors' notes in
 * brackets (a paragraph that is all a note is left to be read as the reporter's), with the number
 * of the paragraph that announced it. A paragraph opening with a quote mark is quoted as usual.
 */
function printedBelow(
  text: string,
  paragraphs: ReturnType<typeof splitParagraphs>,
): Map<number, { parts: Span[]; by: number }> {
  const found = new Map<number, { parts: Span[]; by: number }>();
  // (Only where it says whose: "The letter is printed below." leaves it to a salutation and a
  // closing to say where a letter runs.)
  const at = paragraphs.findIndex(
    (p) => PRINTED_BELOW.test(text.slice(p.start, p.end)) && PRINTED_OWNER.test(text.slice(p.start, p.end)),
  );
  const announcement = paragraphs[at];
  if (announcement === undefined) return found;
  for (const [index, paragraph] of paragraphs.entries()) {
    if (index <= at) continue;
    const words = text.slice(paragraph.start, paragraph.end).trimEnd();
    // (It ends at a closing line, at a letter's "Sincerely," or at a heading in capitals: "REACTION".)
    if (PRINTED_END.test(words) || CLOSING.test(words) || !/\p{Ll}/u.test(words)) break;
    if (/^["\u201C]/.test(words)) continue;
    const parts: Span[] = [];
    let from = 0;
    for (const note of [...words.matchAll(BRACKETED), { index: words.length, 0: '' }]) {
      const part = words.slice(from, note.index);
      const lead = part.length - part.trimStart().length;
      if (/\p{L}/u.test(part))
        parts.push({
          start: paragraph.start + from + lead,
          end: paragraph.start + from + part.trimEnd().length,
        });
      from = (note.index ?? 0) + note[0].length;
    }
    if (parts.length > 0) found.set(index, { parts, by: announcement.number });
  }
  return found;
}

/**
 * Block quotes: paragraphs set in by spaces or a tab, with no quote marks, after a paragraph that
 * is not set in and hands over to them with a colon ("… he said in a statement:"), by index. A run
 * of such paragraphs is one block, a paragraph each. A text that sets in every paragraph has none,
 * nor is a heading or a line of a few words one.
 */
function blockQuotes(text: string, paragraphs: ReturnType<typeof splitParagraphs>): Set<number> {
  // (The paragraph break takes the indent of the line after it; the first paragraph keeps its own.)
  const indented = paragraphs.map(({ start }) =>
    /^(?: {2,}|\t)/.test(text.slice(text.lastIndexOf('\n', start - 1) + 1)),
  );
  const blocks = new Set<number>();
  for (const [index, paragraph] of paragraphs.entries()) {
    if (!indented[index]) continue;
    const words = text.slice(paragraph.start, paragraph.end).trimEnd();
    if (/^["\u201C\u2018]/.test(words) || wordCount(words) < 6 || !/\p{Ll}/u.test(words)) continue;
    const before = paragraphs[index - 1];
    const handedOver =
      blocks.has(index - 1) ||
      (before !== undefined &&
        !indented[index - 1] &&
        text.slice(before.start, before.end).trimEnd().endsWith(':'));
    if (handedOver) blocks.add(index);
  }
  return blocks;
}

/**
 * A speech printed under its speaker's name on a line of its own ("GOV. DANNEL P. MALLOY:", a
 * radio address's text): the paragraphs after it, up to a heading in capitals ("REACTION") or the
 * next such line, by index, each with the name's span. The name must be someone's (namesSomeone):
 * "CONTACT:" over a list of phone numbers is no speech.
 */
function speechParagraphs(text: string, paragraphs: ReturnType<typeof splitParagraphs>): Map<number, Span> {
  const speeches = new Map<number, Span>();
  let speaker: Span | null = null;
  for (const [index, paragraph] of paragraphs.entries()) {
    const words = text.slice(paragraph.start, paragraph.end).trimEnd();
    const alone = /^(\p{Lu}[\p{Lu}.'\u2019-]*(?:\s\p{Lu}[\p{Lu}.'\u2019-]*){0,4}):$/u.exec(words);
    if (alone !== null) {
      const name = alone[1] ?? '';
      speaker = namesSomeone(text, name)
        ? { start: paragraph.start, end: paragraph.start + name.length }
        : null;
      continue;
    }
    if (speaker === null) continue;
    if (!/\p{Ll}/u.test(words) || capsLabel(words) !== null) {
      speaker = null;
      continue;
    }
    speeches.set(index, speaker);
  }
  return speeches;
}

/**
 * A thread of posts, each opened by its author's username ("TheresaV_SEBAC: …", "greg_halloran
 * (moderator): …", an online "ask me anything" or a comments section): by paragraph index, where
 * the post's words start and the username's span. A paragraph with no username after a post, in
 * the poster's voice and followed by another post, goes on with it. None unless three paragraphs
 * or more open with a username and one username opens two of them.
 */
function threadPosts(
  text: string,
  paragraphs: ReturnType<typeof splitParagraphs>,
): Map<number, { start: number; label: Span }> {
  const labels = paragraphs.map((p) => {
    const m = HANDLE_LABEL.exec(text.slice(p.start, p.end));
    return m === null || !isHandle(m[1] ?? '')
      ? null
      : { start: p.start + m[0].length, label: { start: p.start, end: p.start + (m[1] ?? '').length } };
  });
  const names = labels.flatMap((l) => (l === null ? [] : [text.slice(l.label.start, l.label.end)]));
  const posts = new Map<number, { start: number; label: Span }>();
  if (names.length < 3 || new Set(names).size === names.length) return posts;
  let last: Span | null = null;
  labels.forEach((label, index) => {
    const paragraph = paragraphs[index];
    if (label !== null) {
      posts.set(index, label);
      last = label.label;
    } else if (
      last !== null &&
      paragraph !== undefined &&
      labels[index + 1] != null &&
      goesOnTurn(text.slice(paragraph.start, paragraph.end))
    )
      posts.set(index, { start: paragraph.start, label: last });
    else last = null;
  });
  return posts;
}

/** A chat log's line: a time stamp in brackets, then who posted ("[12:03] NorwichMom62: …"). */
const CHAT_LINE =
  /^\[\d{1,2}:\d{2}(?::\d{2})?(?:\s*[aApP]\.?[mM]\.?)?\][^\S\n]+(\p{L}[\p{L}\d_.'\u2019-]*(?:\s\p{Lu}[\p{L}.'\u2019-]*){0,3}):[^\S\n]+(?=\S)/u;
/** A poster in a chat who is not a screen name: a full name, maybe with a role before it, or a guest. */
const CHAT_POSTER =
  /^(?:(?:\p{Lu}\p{Ll}+\s)?\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{L}.'\u2019-]+){1,2}|Guest|Anonymous)$/u;
/** A chat's moderator or host, whose lines run the chat and are nobody's statements. */
const CHAT_HOST = /^(?:moderator|host|producer)\b/i;

/**
 * A live chat printed as its log: three paragraphs or more opening with a time stamp in brackets
 * and who posted (CHAT_LINE). Each is that poster's words (a screen name read as a handle), and a
 * paragraph with no stamp between two posts, or in the poster's voice, goes on with the post before
 * it. The moderator's lines (CHAT_HOST) are narration, read as the rest of the article is. By
 * paragraph index.
 */
function chatLog(
  text: string,
  paragraphs: ReturnType<typeof splitParagraphs>,
): Map<number, { start: number; label: Span; handle: boolean }> {
  // (Who posted is a screen name, a full name or a guest; a show's notes under time stamps
  // ("[06:45] Interview: …", "[40:20] On the line: …") are no chat.)
  const lines = paragraphs.map((p) => {
    const m = CHAT_LINE.exec(text.slice(p.start, p.end));
    const name = m?.[1] ?? '';
    return m !== null && (isHandle(name) || CHAT_POSTER.test(name)) ? m : null;
  });
  const chat = new Map<number, { start: number; label: Span; handle: boolean }>();
  if (lines.filter((m) => m !== null).length < 3) return chat;
  let last: { start: number; label: Span; handle: boolean } | null = null;
  lines.forEach((m, index) => {
    const paragraph = paragraphs[index];
    if (paragraph === undefined) return;
    const name = m?.[1] ?? '';
    if (m !== null && !CHAT_HOST.test(name)) {
      const at = paragraph.start + m[0].indexOf(name, m[0].indexOf(']'));
      last = {
        start: paragraph.start + m[0].length,
        label: { start: at, end: at + name.length },
        handle: isHandle(name),
      };
      chat.set(index, last);
    } else if (
      m === null &&
      last !== null &&
      (lines[index + 1] != null || goesOnTurn(text.slice(paragraph.start, paragraph.end)))
    )
      chat.set(index, { ...last, start: paragraph.start });
    else last = null;
  });
  return chat;
}

/** An email's header printed in an article: "From: Denise Albanese" with a To:, Date: or Subject: line. */
const EMAIL_FROM = /^From:[^\S\n]*(\p{Lu}[^\n<]*?)[^\S\n]*(?:<[^>\n]*>)?[^\S\n]*$/mu;
const EMAIL_HEADER = /^(?:To|Cc|Date|Sent|Subject):/m;
/** A signature of initials ("D.", "R.J.") under an email. */
const INITIALS = /^(?:\p{Lu}\.){1,3}$/u;
/** A reply's lines quoting the email it answers ("> Changing the rules …"): the earlier sender's words again. */
const QUOTED_REPLY = /^>/;

/**
 * Emails printed in an article, each a header paragraph ("From: …", "To: …", "Subject: …"), a
 * greeting maybe ("All,"), the body's paragraphs and a signature (a short line of a name or two, or
 * initials, "Sent from my iPhone" under it). By paragraph index: the sender's name in the header for
 * each paragraph of a body, null for the header, greeting, signature and the lines of an earlier
 * email a reply quotes ("> …": no quote). An email whose body reaches no signature or next header
 * is not read: where it ends is not known.
 */
function emailBodies(text: string, paragraphs: ReturnType<typeof splitParagraphs>): Map<number, Span | null> {
  const found = new Map<number, Span | null>();
  const firstLine = (i: number) => {
    const p = paragraphs[i];
    return p === undefined ? '' : (text.slice(p.start, p.end).split('\n')[0] ?? '').trim();
  };
  const header = (i: number) => {
    const p = paragraphs[i];
    if (p === undefined) return null;
    const words = text.slice(p.start, p.end);
    const from = EMAIL_FROM.exec(words);
    if (from === null || !EMAIL_HEADER.test(words)) return null;
    const at = p.start + from.index + from[0].indexOf(from[1] ?? '');
    return { start: at, end: at + (from[1] ?? '').length };
  };
  const short = (line: string, most: number) => line !== '' && line.split(/\s+/).length <= most;
  for (let i = 0; i < paragraphs.length; i += 1) {
    const sender = header(i);
    if (sender === null) continue;
    let j = i + 1;
    const greeting = short(firstLine(j), 4) && /[,\u2014\u2013-]$/.test(firstLine(j)) ? j : null;
    if (greeting !== null) j += 1;
    const body: number[] = [];
    while (
      j < paragraphs.length &&
      header(j) === null &&
      !(
        body.length > 0 &&
        short(firstLine(j), 3) &&
        (!/[.?!:]$/.test(firstLine(j)) || INITIALS.test(firstLine(j)))
      )
    ) {
      body.push(j);
      j += 1;
    }
    const signed = j < paragraphs.length && header(j) === null;
    if (body.length === 0 || (!signed && header(j) === null)) continue;
    found.set(i, null);
    if (greeting !== null) found.set(greeting, null);
    for (const k of body) found.set(k, QUOTED_REPLY.test(firstLine(k)) ? null : sender);
    if (signed) found.set(j, null);
    i = j - 1;
  }
  return found;
}

/** A printed letter's salutation ("Dear State Employees,") and its closing ("Sincerely,"). */
const SALUTATION = /^Dear\s[^\n]{1,60}[,:]$/;
const CLOSING =
  /^(?:Sincerely|Sincerely yours|Yours truly|Yours|Respectfully|Respectfully yours|Regards|Best regards|Warm regards|In solidarity|With gratitude|With respect),$/i;
/** How many paragraphs a printed letter's body may run to: past that, its end is not known. */
const LETTER_PARAGRAPHS = 20;

/**
 * Letters printed in full in an article: a salutation paragraph ("Dear State Employees,"), the
 * body's paragraphs, a closing ("Sincerely,") and the signature (a short name line: "Dannel P.
 * Malloy"). By paragraph index, as for emails: the signer's name for each paragraph of the body,
 * null for the salutation, the closing and the signature. A letter with no closing and signature
 * within reach is not read.
 */
function printedLetters(
  text: string,
  paragraphs: ReturnType<typeof splitParagraphs>,
): Map<number, Span | null> {
  const found = new Map<number, Span | null>();
  const words = (i: number) => {
    const p = paragraphs[i];
    return p === undefined ? '' : text.slice(p.start, p.end).trim();
  };
  // (From the second paragraph on: a text that opens with "Dear Neighbor," is the letter itself,
  // whose author writes rather than is quoted.)
  for (let i = 1; i < paragraphs.length; i += 1) {
    if (!SALUTATION.test(words(i))) continue;
    const closing = paragraphs.findIndex(
      (_, j) => j > i + 1 && j <= i + 1 + LETTER_PARAGRAPHS && CLOSING.test(words(j)),
    );
    const signature = paragraphs[closing + 1];
    const name = words(closing + 1);
    if (
      closing < 0 ||
      signature === undefined ||
      !/^\p{Lu}[\p{L}.'\u2019-]*(?:\s\p{Lu}[\p{L}.'\u2019-]*){1,3}$/u.test(name)
    )
      continue;
    const signer = { start: signature.start + text.slice(signature.start).search(/\S/), end: 0 };
    signer.end = signer.start + name.length;
    found.set(i, null);
    for (let k = i + 1; k < closing; k += 1) found.set(k, signer);
    found.set(closing, null);
    found.set(closing + 1, null);
    i = closing + 1;
  }
  return found;
}

/** A username opening a post, with a role after it maybe: "greg_halloran (moderator): ". */
const HANDLE_LABEL =
  /^([A-Za-z][A-Za-z0-9_.-]{2,30})(?:\s\((?:moderator|mod|host|guest|OP)\))?:[^\S\n]+(?=\S)/;

/**
 * A username, not a name or a heading: it has an underscore or a digit, starts in lower case, or
 * runs words together ("NorwalkTaxpayer"; "McCarthy" and "DeLuca" are names).
 */
export function isHandle(name: string): boolean {
  return (
    /[_\d]/.test(name) ||
    /^\p{Ll}/u.test(name) ||
    (/\p{Ll}\p{Lu}/u.test(name) && !/^(?:Ma?c|De|Di|Da|La|Le|Van|Von|O')\p{Lu}\p{Ll}+$/u.test(name))
  );
}

/**
 * A transcript's turn (its words from `span.start` to `span.end`, the label kept aside), then the
 * quotes closed inside it.
 */
function turnSpans(text: string, span: Span, paragraph: number, label: Span, handle = false): QuoteSpan[] {
  const { start, end } = span;
  const turn: QuoteSpan = {
    start,
    end,
    open: start,
    close: end,
    paragraph,
    closed: true,
    continues: null,
    label,
  };
  if (handle) turn.handle = true;
  return [turn, ...quotedInTurn(text, start, end, paragraph)];
}

/** The quotes closed inside a transcript's turn (from `start` to `end`), marked as such. */
function quotedInTurn(text: string, start: number, end: number, paragraph: number): QuoteSpan[] {
  const found: QuoteSpan[] = [];
  let open: number | null = null;
  for (let i = start; i < end; i += 1) {
    const ch = text[i];
    if (ch !== OPEN_CURLY && ch !== CLOSE_CURLY && ch !== STRAIGHT) continue;
    if (open === null) {
      const before = i === start ? ' ' : (text[i - 1] ?? ' ');
      if (ch === OPEN_CURLY || (ch === STRAIGHT && OPENS_AFTER.test(before))) open = i;
      continue;
    }
    if (ch === OPEN_CURLY) continue;
    const quote = makeQuote(text, open, i + 1, i, paragraph, true);
    if (quote !== null) found.push({ ...quote, inTurn: true });
    open = null;
  }
  return found;
}

/**
 * The quotes of a paragraph in curly single marks. A quote opens at ‘ where a double one could;
 * it closes at the first ’ that ends a word and is no apostrophe: not inside a word ("It’s"), not
 * a plural possessive before a lower-case word ("the members’ votes"; "problems’ and" closes).
 * One left open runs to the paragraph's end only when the next paragraph opens with ‘ (`runsOn`,
 * the British convention for a quote running on); otherwise a stray ‘ says too little.
 */
function singleQuoted(
  text: string,
  from: number,
  to: number,
  paragraph: number,
  runsOn: boolean,
): QuoteSpan[] {
  const found: QuoteSpan[] = [];
  let open: number | null = null;
  for (let i = from; i < to; i += 1) {
    const ch = text[i];
    if (open === null) {
      if (
        ch === OPEN_SINGLE &&
        OPENS_AFTER.test(i === from ? ' ' : (text[i - 1] ?? ' ')) &&
        /\S/.test(text[i + 1] ?? '')
      )
        open = i;
      continue;
    }
    if (ch !== CLOSE_SINGLE) continue;
    const after = text.slice(i + 1, i + 3);
    const ends = i + 1 >= to || /^[\s,.;:?!\u2014\u2013)]/.test(after);
    // ("the members’ votes" is a possessive; "their own problems’ and saw" closes the quote.)
    const possessive =
      text[i - 1] === 's' && /^\s\p{Ll}/u.test(after) && !FUNCTION_WORD.test(text.slice(i + 1));
    if (!ends || possessive) continue;
    const quote = makeQuote(text, open, i + 1, i, paragraph, true);
    if (quote !== null) found.push(quote);
    open = null;
  }
  if (open !== null && runsOn) {
    const quote = makeQuote(text, open, to, to, paragraph, false);
    if (quote !== null) found.push(quote);
  }
  return found;
}

/** A word no possessive is followed by: after "problems’" it closes a quote. */
const FUNCTION_WORD =
  /^\s(?:and|or|but|nor|to|in|on|at|for|with|as|that|than|because|if|when|while|after|before|from|by|of|so|is|are|was|were|rather|instead)\b/;

function makeQuote(
  text: string,
  open: number,
  close: number,
  innerEnd: number,
  paragraph: number,
  closed: boolean,
): QuoteSpan | null {
  let start = open + 1;
  let end = innerEnd;
  while (start < end && /\s/.test(text[start] ?? '')) start += 1;
  const trailing = TRAILING.exec(text.slice(start, end));
  if (trailing) end -= trailing[0].length;
  if (end <= start) return null;
  return { start, end, open, close, paragraph, closed, continues: null };
}

/** A numbered question of an interview ("2. Should the deal be renegotiated, or only clarified?"). */
// (Or set in bold, a magazine's way: "**Then why did it fail?**"; "**Q: …?**" has its "A:" labels.)
const NUMBERED_QUESTION =
  /^\s*(?:\d{1,2}[.)][^\S\n]+[^\n]*\?[\s*_]*|(?:\*\*|__)(?!Q\s*[:.])[^*_\n]+\?(?:\*\*|__)\s*)$/;

/**
 * An interview printed as numbered questions (or questions in bold), two or more, each followed by
 * its answer with no label ("Five Questions with …"): the indexes of the answers' paragraphs. An
 * answer is the paragraph after its question, and the paragraphs after that in the speaker's voice
 * up to the next question (goesOnTurn); the reporter's narration after the last answer is not one.
 */
function numberedAnswers(text: string, paragraphs: ReturnType<typeof splitParagraphs>): Set<number> {
  const answers = new Set<number>();
  const questions = paragraphs.filter(({ start, end }) => NUMBERED_QUESTION.test(text.slice(start, end)));
  if (questions.length < 2) return answers;
  // (An explainer's numbered questions answered under a label of each side's, "The governor says:
  // …", with the reporter's quotes after it, are no interview.)
  let after: 'question' | 'answer' | null = null;
  paragraphs.forEach(({ start, end }, i) => {
    const words = text.slice(start, end);
    const labelled = /^[^.:?!"\u201C]{1,40}:\s/.test(words);
    const quoting = /["\u201C\u201D]/.test(words);
    if (NUMBERED_QUESTION.test(words)) after = 'question';
    else if (!labelled && (after === 'question' || (after === 'answer' && !quoting && goesOnTurn(words)))) {
      answers.add(i);
      after = 'answer';
    } else after = null;
  });
  return answers.size >= 2 ? answers : new Set();
}

/** The labels that open speakers' paragraphs, when the text reads as a transcript (see above). */
function transcriptLabels(text: string, paragraphs: ReturnType<typeof splitParagraphs>): Set<string> {
  const counts = new Map<string, number>();
  let questions = false;
  for (const { start, end } of paragraphs) {
    const words = text.slice(start, end);
    if (QUESTION.test(words)) questions = true;
    const label = labelAt(words)?.label[1];
    if (label !== undefined) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const transcript = questions || [...counts.values()].some((n) => n >= 2);
  return transcript ? new Set(counts.keys()) : new Set();
}

/** A printed transcript's labels in capitals (see above): the speakers', and each paragraph's. */
interface PrintedTranscript {
  /** The labels whose paragraphs are turns: every label but an interviewer's with no title. */
  speakers: Set<string>;
  /** By paragraph: its label in capitals, or null. */
  labels: (CapsLabel | null)[];
  /**
   * By paragraph: whether the paragraphs after it go on in a speaker's voice up to a label, so an
   * unlabelled one may go on with the turn before it (an answer of three paragraphs).
   */
  reachesLabel: boolean[];
}

/**
 * A paragraph's label in capitals: the name, where it starts (`skip`), how long it is as printed
 * (`shown`: with a caller's town, "GARY (PRESTON)") and where the words start (`length`).
 */
interface CapsLabel {
  name: string;
  skip: number;
  shown: number;
  length: number;
  /** Whether the label says more of the speaker in parentheses: a town, a party, a job, a name. */
  described: boolean;
}

/**
 * The name in a paragraph's label in capitals ("GALLOWAY: …", "BEN BARNES, OPM SECRETARY: …", a
 * role after it; "[00:01:12] WALTER BRZEZINSKI: …" after a podcast's time stamp), where it starts
 * and the label's length.
 */
function capsLabel(words: string): CapsLabel | null {
  const skip = TURN_PREFIX.exec(words)?.[0].length ?? 0;
  const caps = CAPS_LABEL.exec(words.slice(skip));
  if (caps === null || skip + caps[0].length >= words.trimEnd().length) return null;
  const name = caps[1] ?? '';
  const inParentheses = caps[3];
  if (inParentheses !== undefined) {
    // "HOST (RUTH ANN KESSLER):": the host, by the name in parentheses.
    if (HOST_LABEL.test(name))
      return {
        name: inParentheses,
        skip: skip + caps[0].indexOf('(') + 1,
        shown: inParentheses.length,
        length: skip + caps[0].length,
        described: true,
      };
    // Else a name goes before them, a full one or a caller's first name, or "CALLER": "REPORTER
    // (HOLLIS):" in a radio script, or "SOT (MALLOY):", is no such label.
    const full = /\s/.test(name.replace(HONORIFIC, '').trim());
    const caller = full || name === 'CALLER' || isFirstName(name.charAt(0) + name.slice(1).toLowerCase());
    if (NARRATOR_ROLE.test(name) || !caller) return null;
  }
  const shown = inParentheses === undefined ? name.length : caps[0].indexOf(')') + 1;
  return { name, skip, shown, length: skip + caps[0].length, described: inParentheses !== undefined };
}

/**
 * A broadcast paragraph with no label that goes on with the turn before it (`turnLabel`), in the
 * speaker's voice (goesOnTurn) and followed by a labelled paragraph. The label of that turn, or
 * null.
 */
function broadcastTurn(
  text: string,
  paragraphs: ReturnType<typeof splitParagraphs>,
  index: number,
  turnLabel: Span | null,
): Span | null {
  const paragraph = paragraphs[index];
  const next = paragraphs[index + 1];
  if (turnLabel === null || paragraph === undefined || next === undefined) return null;
  const words = text.slice(paragraph.start, paragraph.end);
  if (capsLabelAt(words) !== null) return null; // a narrator's own label
  const labelledNext = capsLabelAt(text.slice(next.start, next.end)) !== null;
  return labelledNext && goesOnTurn(words) ? turnLabel : null;
}

/** A speaker going on in their own words ("That said, I'd rather …"), not the reporter's narration. */
const FIRST_PERSON = /\b(?:I|I'm|I'd|I've|I'll|me|my|we|we're|we'd|our|us)\b/;
/** The same, "We" and "My" opening a sentence included. */
const FIRST_PERSON_ANY_CASE = new RegExp(FIRST_PERSON.source, 'i');
/** Speech, not narration: the second person ("ask your steward"), a spoken contraction ("that's"). */
const SPOKEN =
  /\b(?:you|your|yours)\b|\b(?:that|it|there|what|they|you|he|she)['\u2019](?:s|re|ll|ve|d)\b|n['\u2019]t\b/i;

/**
 * A paragraph with no label that goes on with the turn before it: in the speaker's voice (the first
 * or second person, or a spoken contraction), quoting no more than a phrase of four words or fewer
 * ("a "poison pill""); a paragraph that quotes a sentence is the reporter's, narrating.
 */
/** A paragraph all in italics, between underscores or asterisks. */
const ITALIC_LINE = /^\s*([_*])[^\n]+\1\s*$/u;

function goesOnTurn(words: string): boolean {
  // A paragraph all in italics is the host's, set apart so: "_So you'd tell him not to budge?_".
  if (ITALIC_LINE.test(words)) return false;
  const quoted = [...words.matchAll(/["\u201C]([^"\u201D]*)["\u201D]?/g)];
  return (FIRST_PERSON.test(words) || SPOKEN.test(words)) && quoted.every((m) => wordCount(m[1] ?? '') <= 4);
}

/** A title that makes a label in capitals a person's ("SEN. MARCHETTI", "MR. BARNES"). */
const HONORIFIC =
  /^(?:MR|MRS|MS|DR|SEN|SENATOR|REP|REPRESENTATIVE|GOV|GOVERNOR|LT|CHAIR|CHAIRMAN|CHAIRWOMAN|COMMISSIONER|SECRETARY|MAYOR|SPEAKER|JUDGE)\b/;

/**
 * Whether a label in capitals names a person: the surname of someone the text names with a first
 * name before it ("ARPIN" after "Denise Arpin", "SEN. BICKFORD" after "Sen. Harold Bickford"), or
 * a full name ("DANNEL P. MALLOY", "GENE MAURO") the text gives, or one that opens with a first
 * name. "THE ADMINISTRATION" and "THE CLAIM" name no one.
 */
function namesSomeone(text: string, label: string): boolean {
  const words = label
    .replace(HONORIFIC, '')
    .replace(/^\.?\s*/, '')
    .split(/\s+/);
  if (words.length === 0 || words.length > 4 || !words.every((w) => /^\p{Lu}[\p{Lu}.'\u2019-]*$/u.test(w)))
    return false;
  const written = words.map(wordCased);
  if (written.length > 1)
    return text.includes(written.join(' ')) || (isFirstName(written[0] ?? '') && !NOT_A_NAME.test(label));
  // (The word before is a first name, "Denise Arpin": not "I’m" in "I’m Ray", a script's
  // speaker giving a first name.)
  return new RegExp(`\\p{Lu}\\p{Ll}[\\p{Ll}'\u2019.-]*\\s+${written[0] ?? ''}(?![\\p{L}])`, 'u').test(text);
}

/** Words in capitals that no name holds: a heading's ("ON THE JOB", "WHAT THEY SAID"). */
const NOT_A_NAME = /\b(?:THE|OF|AND|ON|WHAT|WHO|FOR|AGAINST|A|AN)\b/;

/** A word in capitals as a name writes it: "MCCRACKEN" → "McCracken", "O'CONNOR" → "O'Connor". */
function wordCased(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[-'\u2019])(\p{L})/gu, (_, mark: string, letter: string) => mark + letter.toUpperCase())
    .replace(/^Mc(\p{Ll})/u, (_, letter: string) => `Mc${letter.toUpperCase()}`);
}

/**
 * The labels of a printed transcript in capitals. It is one when a label opens two paragraphs or
 * more and each is a question (an interviewer), or when two labels or more with a title open two
 * paragraphs or more each (a hearing; "THE CLAIM:" and "THE FACTS:" twice are still headings), or
 * when two labels or more are surnames the article gives someone (namesSomeone). Every label's
 * paragraphs are turns, except an interviewer's whose label
 * has no title ("CCW:", the magazine's own questions; "SEN. MARCHETTI:" asking at a hearing is a
 * statement). Null otherwise: labels in capitals are then headings ("THE CLAIM:").
 */
function printedTranscript(
  text: string,
  paragraphs: ReturnType<typeof splitParagraphs>,
): PrintedTranscript | null {
  const labels = paragraphs.map(({ start, end }) => capsLabel(text.slice(start, end)));
  const asked = new Map<string, boolean>();
  const counts = new Map<string, number>();
  labels.forEach((label, i) => {
    if (label === null) return;
    const { start, end } = paragraphs[i] ?? { start: 0, end: 0 };
    const question = text.slice(start, end).includes('?');
    asked.set(label.name, (asked.get(label.name) ?? true) && question);
    counts.set(label.name, (counts.get(label.name) ?? 0) + 1);
  });
  const askers = [...asked]
    .filter(([name, all]) => all && (counts.get(name) ?? 0) >= 2)
    .map(([name]) => name);
  const recurring = [...counts].filter(([name, n]) => n >= 2 && HONORIFIC.test(name)).length;
  // Or when two labels or more are surnames of people the article names in full ("ARPIN:" after
  // "The host is Denise Arpin"; "SEN. BICKFORD:" after "Sen. Harold Bickford"), or callers printed
  // with their town ("GARY (PRESTON):"), opening three paragraphs or more between them: a show's
  // or a debate's turns, the host's questions too.
  const callers = new Set(labels.filter((label) => label?.described === true).map((label) => label?.name));
  // (Or initials the article gives someone in parentheses: "Interviewer: Karen Whitcomb (KW)".)
  const named = [...counts].filter(
    ([name]) =>
      callers.has(name) ||
      namesSomeone(text, name) ||
      (/^\p{Lu}{2,3}$/u.test(name) && text.includes(`(${name})`)),
  );
  const byName = named.length >= 2 && named.reduce((sum, [, n]) => sum + n, 0) >= 3;
  // Or one person the article names, answering under their surname in capitals the "Q:" of an
  // interviewer or a board ("Q: Senator, … Is it dead?" ¶ "MAYNARD: It's not dead.").
  const questioned =
    named.length === 1 &&
    (named[0]?.[0].length ?? 0) >= 3 &&
    (named[0]?.[1] ?? 0) >= 2 &&
    paragraphs.some(({ start, end }) => QUESTION.test(text.slice(start, end)));
  if (askers.length === 0 && recurring < 2 && !byName && !questioned) return null;
  const speakers = new Set(
    [...counts.keys()].filter((name) => !askers.includes(name) || HONORIFIC.test(name)),
  );
  if (speakers.size === 0) return null;
  // (Read from the end once: each paragraph's answer is the next one's, unless that one is labelled.)
  const reachesLabel = paragraphs.map(() => false);
  for (let i = paragraphs.length - 2; i >= 0; i -= 1) {
    const next = paragraphs[i + 1];
    // (The host's line in italics, "_Let's go to the phones._", ends the turn like a label.)
    reachesLabel[i] =
      labels[i + 1] != null ||
      (next !== undefined && ITALIC_LINE.test(text.slice(next.start, next.end))) ||
      (next !== undefined && goesOnTurn(text.slice(next.start, next.end)) && (reachesLabel[i + 1] ?? false));
  }
  return { speakers, labels, reachesLabel };
}

/**
 * The turn paragraph `index` is in a printed transcript: its words after the label and the
 * label's span; or, with no label, in the first person and with no quote marks (the reporter's
 * words narrate and quote), the whole paragraph under the label of the turn before it
 * (`turnLabel`), when a label follows, maybe after more such paragraphs (`reachesLabel`). Null
 * otherwise.
 */
function printedTurn(
  text: string,
  paragraphs: ReturnType<typeof splitParagraphs>,
  index: number,
  printed: PrintedTranscript,
  turnLabel: Span | null,
): { start: number; end: number; label: Span } | null {
  const paragraph = paragraphs[index];
  if (paragraph === undefined) return null;
  const words = text.slice(paragraph.start, paragraph.end);
  const end = paragraph.start + words.trimEnd().length;
  const label = printed.labels[index] ?? null;
  if (label !== null)
    return printed.speakers.has(label.name)
      ? {
          start: paragraph.start + label.length,
          end,
          label: {
            start: paragraph.start + label.skip,
            end: paragraph.start + label.skip + label.shown,
          },
        }
      : null;
  // (A time stamp opening the paragraph is the transcript's, not the speaker's.)
  const stamp = TURN_PREFIX.exec(words)?.[0].length ?? 0;
  // (After a turn printed in quote marks and closed, "CAFERO (R-NORWALK): "… the vote."", as a
  // web story prints its sound bites, the reporter narrates again.)
  const before = paragraphs[index - 1];
  const previous = printed.labels[index - 1];
  const closedTurn =
    before !== undefined &&
    previous != null &&
    /^["\u201C][^]*["\u201D]$/u.test(text.slice(before.start + previous.length, before.end).trim());
  return turnLabel !== null && !closedTurn && printed.reachesLabel[index] === true && goesOnTurn(words)
    ? { start: paragraph.start + stamp, end, label: turnLabel }
    : null;
}

/**
 * In a broadcast transcript (a label in capitals with a narrator's role: "NOEL BRANDT, HOST:",
 * "WENDY SZABO, BYLINE:"), the narrators' labels: each such name and its last word, which labels
 * them afterwards ("SZABO:"). A host who asks the guests questions (two paragraphs or more with a
 * question) in a broadcast with no reporter narrating is one of the speakers of a debate, not a
 * narrator: the set may then be empty. Null when the text is no broadcast transcript: a label in
 * capitals alone ("THE CLAIM:") is a heading.
 */
function broadcastNarrators(
  text: string,
  paragraphs: ReturnType<typeof splitParagraphs>,
): Set<string> | null {
  const narrators = new Set<string>();
  let reporting = false;
  const labelled = paragraphs.map(({ start, end }) => {
    const words = text.slice(start, end);
    return { words, caps: capsLabelAt(words)?.caps ?? null };
  });
  for (const { caps } of labelled) {
    if (caps === null || !NARRATOR_ROLE.test(caps[2] ?? '')) continue;
    if (REPORTER_ROLE.test(caps[2] ?? '')) reporting = true;
    const name = caps[1] ?? '';
    narrators.add(name);
    narrators.add(name.split(/\s+/).at(-1) ?? name);
  }
  if (narrators.size === 0) return null;
  const asks = labelled.filter(
    ({ words, caps }) => caps !== null && narrators.has(caps[1] ?? '') && words.includes('?'),
  ).length;
  return !reporting && asks >= 2 ? new Set() : narrators;
}

/**
 * An oral history's credit line opening a paragraph: a name in capitals, then a description in any
 * case after a comma, then a colon ("MOISES PADILLA, vice president, AFSCME Local 387: We did our
 * count …"). The name.
 */
const CREDIT_LINE =
  /^((?:Mc|Mac)?\p{Lu}[\p{Lu}'\u2019.-]+(?:\s+(?:Mc|Mac)?\p{Lu}[\p{Lu}'\u2019.-]*){1,3}),\s+[^:\n]{2,160}?:[^\S\n]+(?=\S)/u;

/**
 * The credit lines of an oral history, by paragraph index: its name and how long the line is. One
 * when two paragraphs or more open with a credit line; later passages of someone credited may open
 * with their surname in capitals alone ("OJAKIAN: …"). Empty otherwise.
 */
function creditLines(
  text: string,
  paragraphs: ReturnType<typeof splitParagraphs>,
): Map<number, { name: number; length: number }> {
  const credits = new Map<number, { name: number; length: number }>();
  paragraphs.forEach(({ start, end }, i) => {
    const credit = CREDIT_LINE.exec(text.slice(start, end));
    if (credit !== null) credits.set(i, { name: (credit[1] ?? '').length, length: credit[0].length });
  });
  if (credits.size < 2) return new Map();
  const surnames = new Set(
    [...credits].map(([i, c]) => {
      const p = paragraphs[i];
      return (
        text
          .slice(p?.start ?? 0, (p?.start ?? 0) + c.name)
          .split(/\s+/)
          .at(-1) ?? ''
      );
    }),
  );
  paragraphs.forEach(({ start, end }, i) => {
    const alone = /^(\p{Lu}[\p{Lu}'\u2019-]+):[^\S\n]+(?=\S)/u.exec(text.slice(start, end));
    if (alone !== null && surnames.has(alone[1] ?? '') && !credits.has(i))
      credits.set(i, { name: (alone[1] ?? '').length, length: alone[0].length });
  });
  return credits;
}

/** Words in a quote (for the scare-quote test). */
export function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * Stage 1c: letters to the editor. A letters page prints readers' words without quote marks, each
 * letter signed at its end by a paragraph of the writer's name and town ("Frank DeLuca⏎Norwich",
 * "— Frank DeLuca, Norwich"). Every sentence of a letter's body is then its signer's statement
 * (src/ingest/pipeline.ts). A page needs two signatures at least: one name-and-town paragraph
 * alone is more likely a caption or a dateline than a letter.
 *
 * A letter's body runs from the paragraph after the previous letter (and after its "The writer is
 * …" note) to its signature. What opens the page is left out: a heading in capitals ("LETTERS TO
 * THE EDITOR") and an editor's note. So is the letter's headline: its first paragraph, when it is
 * short (at most HEADLINE_WORDS words), not in quote marks, and more paragraphs follow.
 */
import { type Paragraph } from '../text/span';
import { type Span } from './types';

export interface Letter {
  /** The writer's name in the signature. */
  signer: Span;
  /** The signature paragraph's number. */
  paragraph: number;
  /** The paragraphs of the letter's body, in order. */
  body: Paragraph[];
  /** Where the signature begins: the body's words end before it (it may close their paragraph). */
  signedAt: number;
}

/**
 * A signature: a name of two to five words (a nickname in quote marks among them: Harold "Hal"
 * Brantley), then the town on the next line or after a comma, and maybe who the writer is in
 * parentheses ("— Walter Kopec, Wethersfield (DOT, retired 2004)"). A
 * byline ("By Jane Doe⏎Hartford Courant") is no signature, nor is a roundup's heading naming a
 * paper and its town ("THE DAY, New London"): no one's name starts with "The".
 */
const SIGNATURE =
  /^(?:(?:[\u2014\u2013]|--?)\s*)?(?!By\s|The\s|THE\s)((?:["\u201C]?\p{Lu}[\p{L}.'\u2019-]*["\u201D]?\s+){1,4}\p{Lu}[\p{L}'\u2019-]+)(?:[^\S\n]*\n|,\s*)(?:\p{Lu}[\p{L}.'\u2019-]*(?:\s(?:of\s|the\s)?\p{Lu}[\p{L}.'\u2019-]*){0,4},\s*)?\p{Lu}[\p{L}.'\u2019-]*(?:\s\p{Lu}[\p{L}.'\u2019-]*){0,2}(?:\s*\([^()\n]{1,80}\))?\s*$/u;
/**
 * A signature on the last line of a letter's own paragraph, after a dash ("… Good riddance to it.⏎—
 * Carla Mendes, Norwich"), as a readers' page of short reactions prints them.
 */
const LAST_LINE_SIGNATURE = /\n((?:[\u2014\u2013]|--?)[^\n]+)$/;
/** A writer speaking for themselves (not a page's "we asked readers"). */
const FIRST_PERSON = /\b(?:I|I'm|I've|I'd|me|my)\b/;
/** The note after a signature that says who the writer is. */
const WRITER_NOTE = /^The writers? (?:is|are|was|were|lives?|works?|teach(?:es)?|served?)\b/;
/** What opens a letters page: a heading in capitals, an editor's note. */
const PAGE_OPENING = /^(?:[^\p{Ll}]+|Editor['\u2019]s note\b[\s\S]*)$/u;
/** The most words a letter's headline has. */
const HEADLINE_WORDS = 12;

/** The letters of a letters page, in order; none when fewer than two signatures are found. */
export function findLetters(text: string, paragraphs: Paragraph[]): Letter[] {
  const words = (p: Paragraph) => text.slice(p.start, p.end).trim();
  const signatures = paragraphs
    .map((p, index) => {
      const own = SIGNATURE.exec(words(p));
      if (own !== null) return { index, signature: own, inline: false };
      const line = LAST_LINE_SIGNATURE.exec(words(p))?.[1];
      return { index, signature: line === undefined ? null : SIGNATURE.exec(line), inline: true };
    })
    .filter((s) => s.signature !== null);
  if (signatures.length < 2) return [];
  // Names heading what a story then quotes them saying ("Sen. Andrew Maynard, D-Stonington" over
  // ""I want this thing ratified," Maynard said"), a survey's or a roundup's: no letters page.
  const heads = signatures.filter(({ index, signature }, i) => {
    const surname = ((signature?.[1] ?? '').split(/\s+/).at(-1) ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const next = signatures[i + 1]?.index ?? paragraphs.length;
    const after = paragraphs
      .slice(index + 1, next)
      .map(words)
      .join('\n');
    return new RegExp(
      `\\b${surname}\\s+(?:said|says|added|told)\\b|\\b(?:said|says)\\s+${surname}\\b`,
      'u',
    ).test(after);
  });
  if (heads.length * 2 >= signatures.length) return [];
  const letters: Letter[] = [];
  let from = 0;
  for (const { index, signature, inline } of signatures) {
    // (A reaction signed on its own paragraph's last line takes the paragraphs before it only
    // while they speak in the first person: the page's opening, a news story, is no one's letter.)
    let start = from;
    if (inline) {
      start = index;
      for (
        let before = paragraphs[start - 1];
        start - 1 >= from && before !== undefined;
        before = paragraphs[start - 1]
      ) {
        if (!FIRST_PERSON.test(words(before))) break;
        start -= 1;
      }
    }
    // The first letter of a section under its heading in capitals ("FROM THE MAILBAG"), inside a
    // newsletter with more before it, starts after the heading and the section's note in no one's
    // first person ("We received more letters this month …"): what is above is no one's letter.
    // (A letter's own headline in capitals on a page that opens with nothing but a heading or an
    // editor's note is no such section.)
    const heading = letters.length === 0 && !inline ? sectionHeading(paragraphs.slice(0, index), words) : -1;
    const newsAbove = paragraphs.slice(0, Math.max(heading, 0)).some((p) => !PAGE_OPENING.test(words(p)));
    if (heading > 0 && newsAbove) {
      const opening = paragraphs.slice(heading + 1, index).findIndex((p) => FIRST_PERSON.test(words(p)));
      start = opening < 0 ? index : heading + 1 + opening;
    }
    let body = paragraphs.slice(start, inline ? index + 1 : index).filter((p) => words(p) !== '');
    if (letters.length === 0) body = body.filter((p) => !PAGE_OPENING.test(words(p)));
    const first = body[0];
    if (
      !inline &&
      first !== undefined &&
      body.length > 1 &&
      words(first).split(/\s+/).length <= HEADLINE_WORDS &&
      !/^["\u201C]/u.test(words(first))
    )
      body = body.slice(1);
    const paragraph = paragraphs[index];
    if (paragraph === undefined || signature === null) continue;
    const own = text.slice(paragraph.start, paragraph.end);
    const signedAt = paragraph.start + (inline ? own.lastIndexOf('\n') + 1 : 0);
    const at = signedAt + text.slice(signedAt, paragraph.end).indexOf(signature[1] ?? '');
    letters.push({
      signer: { start: at, end: at + (signature[1] ?? '').length },
      paragraph: paragraph.number,
      body,
      signedAt,
    });
    from = index + 1;
    const note = paragraphs[from];
    if (note !== undefined && WRITER_NOTE.test(words(note))) from += 1;
  }
  return letters;
}

/**
 * The index of the last heading in capitals among `paragraphs` ("FROM THE MAILBAG"), or -1.
 */
function sectionHeading(paragraphs: Paragraph[], words: (p: Paragraph) => string): number {
  return paragraphs.findLastIndex((p) => {
    const line = words(p);
    return line !== '' && !/\p{Ll}/u.test(line) && /\p{Lu}{2}/u.test(line);
  });
}

/**
 * A call-in column's messages, each signed with the caller's town only at its paragraph's end
 * ("… let the majority rule. — Seymour"): the words before the dash, by paragraph. None unless two
 * paragraphs at least are signed so; no one is named, so the messages are no one's.
 */
export function townSignedMessages(text: string, paragraphs: Paragraph[]): (Span & { paragraph: number })[] {
  const messages = paragraphs.flatMap((p) => {
    const words = text.slice(p.start, p.end).trimEnd();
    const town = TOWN_SIGNATURE.exec(words);
    if (town === null) return [];
    // (The message keeps its closing mark: the signature starts after it.)
    const end = p.start + town.index + 1;
    return end > p.start ? [{ start: p.start, end, paragraph: p.number }] : [];
  });
  return messages.length >= 2 ? messages : [];
}

/** A town alone after a dash closing a paragraph: "— Seymour", "– West Haven". */
const TOWN_SIGNATURE =
  /[.!?\u201D"]\s+[\u2014\u2013]\s*\p{Lu}[\p{Ll}.'\u2019-]+(?:\s\p{Lu}[\p{Ll}.'\u2019-]+){0,2}$/u;

/** A letter's closing on a paragraph of its own: "Sincerely,", "Yours truly,", "In solidarity,". */
const CLOSING =
  /^(?:Sincerely|Sincerely yours|Yours(?: truly| sincerely)?|(?:Best |Kind |Warm )?[Rr]egards|Respectfully(?: yours)?|Warmly|Cordially|In solidarity),?$/;

/**
 * The writer of a document written as one letter in the first person ("Dear Neighbor, … Sincerely,
 * ¶ Ruth Ann Delgrosso ¶ State Representative"): the name that opens the paragraph under its one
 * closing, near its end. Null when there is no such closing, or more than one.
 */
export function closingSigner(text: string, paragraphs: Paragraph[]): Span | null {
  const closings = paragraphs.filter((p) => CLOSING.test(text.slice(p.start, p.end).trim()));
  const [closing] = closings;
  if (closings.length !== 1 || closing === undefined || closing.number < paragraphs.length - 3) return null;
  const next = paragraphs[closing.number];
  if (next === undefined) return null;
  const name = /^\p{Lu}[\p{L}.'\u2019-]*(?:[^\S\n]+\p{Lu}[\p{L}.'\u2019-]*){1,3}(?=[^\S\n]*(?:\n|$))/u.exec(
    text.slice(next.start, next.end),
  );
  return name === null ? null : { start: next.start, end: next.start + name[0].length };
}

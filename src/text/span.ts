/**
 * Statement spans in an article's text, one definition for the seed validator and loader (seed/)
 * and the write path (src/write): offsets are UTF-16 code units, quote marks are normalised, and
 * paragraphs are runs of text separated by a blank line (which may hold spaces). Pure: no I/O.
 */
const PARAGRAPH_BREAK = /\n[^\S\n]*\n\s*/g;

export interface Paragraph {
  /** 1-based. */
  number: number;
  start: number;
  end: number;
}

export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  for (const match of text.matchAll(PARAGRAPH_BREAK)) {
    paragraphs.push({ number: paragraphs.length + 1, start, end: match.index });
    start = match.index + match[0].length;
  }
  paragraphs.push({ number: paragraphs.length + 1, start, end: text.length });
  return paragraphs;
}

/** The paragraph holding the character at `offset` (the last one when past the end). */
export function paragraphAt(text: string, offset: number): Paragraph {
  const paragraphs = splitParagraphs(text);
  return paragraphs.find((paragraph) => offset < paragraph.end) ?? paragraphs[paragraphs.length - 1];
}

/** Curly quotes as straight ones: the texts and the curated spans do not always agree on them. */
export function normalizeQuotes(s: string): string {
  return s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
}

/** The text of the paragraph that holds the character at `offset`: a statement's context. */
export function paragraphAround(text: string, offset: number): string {
  const { start, end } = paragraphAt(text, offset);
  return text.slice(start, end).trim();
}

/** True when the span holds a paragraph break, which a statement may not cross. */
export function crossesParagraph(span: string): boolean {
  return /\n[^\S\n]*\n/.test(span);
}

/** Where `needle` occurs in `text`, quote marks normalised (UTF-16 offsets of each start). */
export function occurrences(text: string, needle: string): number[] {
  const haystack = normalizeQuotes(text);
  const wanted = normalizeQuotes(needle);
  const found: number[] = [];
  if (wanted === '') return found;
  for (let at = haystack.indexOf(wanted); at >= 0; at = haystack.indexOf(wanted, at + 1)) found.push(at);
  return found;
}

/** Where a statement sits in an article, or why it cannot. */
export type SpanResult =
  | { ok: true; start: number; end: number; text: string; paragraph: number; context: string }
  | { ok: false; field: 'start' | 'end' | 'exactText'; problem: string };

/**
 * Locates a statement in `text` by offsets (UTF-16, end exclusive) or by its exact words (quote
 * marks normalised; must occur once), with the seed's rules: inside the text, not blank, not
 * crossing a paragraph break; the paragraph and its text come from the same definition.
 */
export function locateSpan(
  text: string,
  where: { start: number; end: number } | { exactText: string },
): SpanResult {
  let start: number;
  let end: number;
  if ('exactText' in where) {
    const found = occurrences(text, where.exactText);
    if (found.length === 0) {
      return {
        ok: false,
        field: 'exactText',
        problem: 'does not occur in the article text (quote marks aside)',
      };
    }
    if (found.length > 1) {
      return {
        ok: false,
        field: 'exactText',
        problem: `occurs ${found.length} times (at offsets ${found.join(', ')}): give start and end instead, or more words`,
      };
    }
    start = found[0] ?? 0;
    end = start + where.exactText.length;
  } else {
    ({ start, end } = where);
    if (!Number.isInteger(start) || start < 0) {
      return { ok: false, field: 'start', problem: 'must be an offset of 0 or more' };
    }
    if (!Number.isInteger(end) || end <= start || end > text.length) {
      return {
        ok: false,
        field: 'end',
        problem: `must be after start and at most ${text.length}, the text's length`,
      };
    }
  }
  const span = text.slice(start, end);
  if (!/\S/.test(span)) return { ok: false, field: 'start', problem: 'the span is blank' };
  if (crossesParagraph(span))
    return { ok: false, field: 'end', problem: 'the span crosses a paragraph break' };
  return {
    ok: true,
    start,
    end,
    text: span,
    paragraph: paragraphAt(text, start).number,
    context: paragraphAround(text, start),
  };
}

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

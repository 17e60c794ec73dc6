/**
 * Paragraphs of an article: runs of text separated by a blank line (which may hold spaces).
 * Validation (paragraph numbers) and loading (a statement's context) must agree on this.
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

import { findQuotes } from '../../../src/ingest/quotes';
import { splitSentences } from '../../../src/ingest/sentences';

const split = (text: string) => splitSentences(text, findQuotes(text)).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits at sentence ends but not after titles or initials', () => {
    expect(split('Gov. Dannel P. Malloy spoke. Sen. Looney left at 5 p.m. Then rain.')).toEqual([
      'Gov. Dannel P. Malloy spoke.',
      'Sen. Looney left at 5 p.m. Then rain.',
    ]);
  });

  it('never splits inside a quote of several sentences', () => {
    expect(split('“One. Two. Three,” Lima said. Reyes left.')).toEqual([
      '“One. Two. Three,” Lima said.',
      'Reyes left.',
    ]);
  });

  it('keeps an attribution after a question with its quote', () => {
    expect(split('“Who runs this?” Lima said. Reyes left.')).toEqual([
      '“Who runs this?” Lima said.',
      'Reyes left.',
    ]);
  });

  it('numbers sentences by paragraph', () => {
    const text = 'One.\n\nTwo. Three.';
    expect(splitSentences(text, []).map((s) => s.paragraph)).toEqual([1, 2, 2]);
  });
});

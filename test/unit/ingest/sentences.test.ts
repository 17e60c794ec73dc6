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

  it('ends a sentence at the pronoun "I." after a lower-case word, but not at an initial', () => {
    expect(
      split('He doesn’t use that word, and neither do I. He said it was hard. I. M. Pei agreed.'),
    ).toEqual(['He doesn’t use that word, and neither do I.', 'He said it was hard.', 'I. M. Pei agreed.']);
  });

  it('ends a sentence after a letter that names a plan or an option, not an initial', () => {
    expect(
      split('There is no Plan C. Tom Reyes said so. Option B. Smith agreed. John C. Smith left.'),
    ).toEqual([
      'There is no Plan C.',
      'Tom Reyes said so.',
      'Option B.',
      'Smith agreed.',
      'John C. Smith left.',
    ]);
  });

  it('reads "no." as "number" only before a figure', () => {
    expect(split('I voted no. Four unions did too. Item No. 5 passed.')).toEqual([
      'I voted no.',
      'Four unions did too.',
      'Item No. 5 passed.',
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

  it("leaves the article's dateline out of its first sentence, and only there", () => {
    expect(split('HARTFORD — Mayor Ana Lima said Tuesday the lease is dead. Reyes left.')).toEqual([
      'Mayor Ana Lima said Tuesday the lease is dead.',
      'Reyes left.',
    ]);
    expect(split('NEW LONDON, Conn. -- Lima spoke.')).toEqual(['Lima spoke.']);
    expect(split('Lima spoke.\n\nDWA — the alliance — said no.')).toEqual([
      'Lima spoke.',
      'DWA — the alliance — said no.',
    ]);
    expect(split('A — B said no.')).toEqual(['A — B said no.']);
  });

  it('numbers sentences by paragraph', () => {
    const text = 'One.\n\nTwo. Three.';
    expect(splitSentences(text, []).map((s) => s.paragraph)).toEqual([1, 2, 2]);
  });

  it('starts a new sentence after a quote that ends with a period when a name and "added that" follow', () => {
    const text =
      'The alliance said the lease "keeps every promise we made in May." Spokesman Tom Reyes added that turnout was strong.';
    expect(split(text)).toEqual([
      'The alliance said the lease "keeps every promise we made in May."',
      'Spokesman Tom Reyes added that turnout was strong.',
    ]);
  });
});

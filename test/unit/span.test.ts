import { locateSpan, occurrences, paragraphAt } from '../../src/text/span';

const TEXT = 'First “quoted” line.\n\nSecond paragraph says it twice: it.\n  \nThird.';

describe('locateSpan', () => {
  it('finds exact words with straight quotes in a text with curly ones', () => {
    expect(locateSpan(TEXT, { exactText: '"quoted"' })).toMatchObject({
      ok: true,
      start: 6,
      end: 14,
      paragraph: 1,
    });
  });

  it('refuses words that occur more than once, naming the offsets', () => {
    const result = locateSpan(TEXT, { exactText: 'it' });
    expect(result).toMatchObject({ ok: false, field: 'exactText' });
    expect(!result.ok && result.problem).toMatch(/occurs 2 times \(at offsets 44, 54\)/);
  });

  it('refuses a span that crosses a blank line, even one holding spaces', () => {
    expect(locateSpan(TEXT, { start: 40, end: TEXT.length })).toMatchObject({ ok: false, field: 'end' });
  });

  it('gives the paragraph number and its trimmed text as context', () => {
    expect(locateSpan(TEXT, { start: TEXT.indexOf('Third'), end: TEXT.length })).toMatchObject({
      ok: true,
      paragraph: 3,
      context: 'Third.',
    });
    expect(paragraphAt(TEXT, 0).number).toBe(1);
    expect(occurrences(TEXT, '')).toEqual([]);
  });
});

import { saidOnOf } from '../../../src/ingest/dates';

/** The quoted span of `sentence` between its first pair of double quotes. */
function quotedIn(sentence: string): { start: number; end: number }[] {
  const start = sentence.indexOf('"');
  const end = sentence.indexOf('"', start + 1);
  return start < 0 || end < 0 ? [] : [{ start, end: end + 1 }];
}

const on = (sentence: string, publishedOn: string | null = '2011-07-07') =>
  saidOnOf(sentence, quotedIn(sentence), publishedOn)?.date ?? null;

describe('saidOnOf', () => {
  // 2011-07-07 was a Thursday.
  it('resolves a weekday next to the speech verb to the latest such day on or before publication', () => {
    expect(on('"We will talk," Malloy said Tuesday.')).toBe('2011-07-05');
    expect(on('"We will talk," Malloy said Thursday.')).toBe('2011-07-07');
    expect(on('"We will talk," Malloy said Friday.')).toBe('2011-07-01');
    expect(on('On Monday, Malloy told reporters, "We will talk."')).toBe('2011-07-04');
    expect(on('Livingston wrote in a letter Tuesday, "We would request talks."')).toBe('2011-07-05');
  });

  it('reads yesterday, last night, today and this morning', () => {
    expect(on('"Enough," Looney said yesterday.')).toBe('2011-07-06');
    expect(on('"Enough," Looney said last night.')).toBe('2011-07-06');
    expect(on('"Enough," Looney said this morning.')).toBe('2011-07-07');
    expect(on('"Enough," Looney told reporters today.')).toBe('2011-07-07');
  });

  it('never reads a day inside the quoted words, or one far from the speech verb', () => {
    expect(on('"We meet again Tuesday," Malloy said.')).toBeNull();
    expect(on('Malloy said "the vote on Friday settles it."')).toBeNull();
    expect(on('"It is over," Malloy said, before the unions met with their lawyers on Tuesday.')).toBeNull();
  });

  it('needs a speech verb and a valid article date', () => {
    expect(on('The unions met Tuesday.')).toBeNull();
    expect(on('"Enough," Looney said Tuesday.', null)).toBeNull();
    expect(on('"Enough," Looney said Tuesday.', '2011-7-7')).toBeNull();
  });

  it('says how it read the day', () => {
    const sentence = '"We will talk," Malloy said Tuesday.';
    expect(saidOnOf(sentence, quotedIn(sentence), '2011-07-07')?.note).toBe(
      '"Tuesday" in the attribution, counted from the article\'s date 2011-07-07.',
    );
  });
});

import { illFormedVariable } from '../../src/limits/well-formed-input';

describe('illFormedVariable', () => {
  it('names the first string holding half of a surrogate pair, however deep', () => {
    expect(illFormedVariable({ input: { text: 'ok \ud800 then' } })).toBe('$input.text');
    expect(illFormedVariable({ ids: ['a', 'b', '\udc00'] })).toBe('$ids[2]');
    expect(illFormedVariable({ input: { edits: { reason: 'fine', speaker: 'x\udbff' } } })).toBe(
      '$input.edits.speaker',
    );
    // A body nested past any recursion limit is walked without one.
    let deep: unknown = 'end \udfff';
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    expect(illFormedVariable({ deep })).toMatch(/^\$deep(\[0\]){100000}$/);
  });

  it('passes whole pairs, other text and non-strings', () => {
    expect(
      illFormedVariable({ text: 'emoji \ud83d\ude00, “curly”, NUL \u0000', n: 3, on: true, none: null }),
    ).toBeNull();
    expect(illFormedVariable({})).toBeNull();
  });
});

import { buildLuceneQuery, escapeLucene, makeSnippet } from '../../src/resolvers/search.resolver';

describe('search helpers', () => {
  it('escapes every Lucene operator character', () => {
    expect(escapeLucene('a+b-c&&d||e!(f){g}[h]^"i"~j*k?l:m\\n/o')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!\\(f\\)\\{g\\}\\[h\\]\\^\\"i\\"\\~j\\*k\\?l\\:m\\\\n\\/o',
    );
  });

  it('lower-cases words so AND, OR and NOT stay words', () => {
    expect(buildLuceneQuery('Cats AND dogs')).toBe(
      '"cats and dogs"^4 OR (cats AND and AND dogs)^2 OR cats OR and OR dogs',
    );
  });

  it('marks whole words only, whatever their case', () => {
    expect(makeSnippet('There the other Governor said', ['the', 'governor'])).toBe(
      'There «the» other «Governor» said',
    );
  });

  it('treats a curly apostrophe as a word boundary', () => {
    expect(makeSnippet('Malloy’s spokeswoman', ['malloy'])).toBe('«Malloy»’s spokeswoman');
  });
});

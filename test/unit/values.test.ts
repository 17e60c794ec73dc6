import neo4j from 'neo4j-driver';
import { toPlain } from '../../src/db/values';

describe('toPlain', () => {
  it('turns Neo4j integers into numbers and huge ones into strings', () => {
    expect(toPlain(neo4j.int(42))).toBe(42);
    expect(toPlain(neo4j.int('9007199254740993'))).toBe('9007199254740993');
  });

  it('turns a DATE into its ISO text', () => {
    expect(toPlain(new neo4j.types.Date(2011, 7, 5))).toBe('2011-07-05');
  });

  it('converts nested lists and maps', () => {
    expect(toPlain({ a: [neo4j.int(1), { b: new neo4j.types.Date(2011, 6, 27) }], c: null })).toEqual({
      a: [1, { b: '2011-06-27' }],
      c: null,
    });
  });
});

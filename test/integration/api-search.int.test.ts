import { expectData, expectErrorCode, expectNoLeak } from '../helpers/api';
import { startTestServer, type TestServer } from '../helpers/test-server';

interface Hit {
  score: number;
  snippet: string;
  type: string;
  node: { id: string; __typename: string; key?: string; name?: string; text?: string };
}

const SEARCH = `query ($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    score snippet type
    node { id __typename ... on Stakeholder { key name } ... on Statement { key text } }
  }
}`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const search = async (text: string, first?: number) =>
  expectData(await server.graphql<{ search: Hit[] }>(SEARCH, { text, first })).search;

const CAFERO =
  'House Minority Leader Lawrence F. Cafero, R-Norwalk, said with this new plea from the labor leaders, he’s convinced the Democratic governor somehow will find himself back at the bargaining table.';
const PADILLA =
  'There is a simple and common sense solution to this dilemma. Let’s get back to the bargaining table because any attempt by SEBAC to change the rules or reintroduce this agreement in its present form will have serious consequences to their respective organizations and will lead to exactly the same end result, but with a more pronounced NO VOTE.';

describe('search', () => {
  it('finds Cafero’s paraphrase and Padilla’s quote for "bargaining table"', async () => {
    const texts = (await search('bargaining table')).map((hit) => hit.node.text);
    expect(texts).toContain(CAFERO);
    expect(texts).toContain(PADILLA);
  });

  it('ranks the two "bargaining table" phrases above every hit with only one of the words', async () => {
    const hits = await search('bargaining table');
    expect(
      hits
        .slice(0, 2)
        .map((hit) => hit.node.key)
        .sort(),
    ).toEqual(['cnj0627-q-padilla-back-to-table', 'ctm0705-p-cafero-back-at-table']);
  });

  it('marks «bargaining» and «table» in the snippets of the Cafero and Padilla hits', async () => {
    const hits = (await search('bargaining table')).filter((hit) =>
      [CAFERO, PADILLA].includes(hit.node.text ?? ''),
    );
    expect(hits).toHaveLength(2);
    for (const hit of hits) {
      expect(hit.snippet).toContain('«bargaining»');
      expect(hit.snippet).toContain('«table»');
      expect(hit.type).toBe('Statement');
      expect(hit.node.__typename).toBe('Statement');
    }
  });

  it('marks only whole words in snippets, never «the» inside “another” or “there”', async () => {
    const hits = await search('the governor', 50);
    const marksInsideWords = hits
      .map((hit) => hit.snippet)
      .filter((snippet) => /[\p{L}\p{N}]«|»[\p{L}\p{N}]/u.test(snippet));
    expect(marksInsideWords).toEqual([]);
  });

  it('returns hits with scores in descending order', async () => {
    const scores = (await search('bargaining table')).map((hit) => hit.score);
    expect(scores.length).toBeGreaterThan(2);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('finds Dannel P. Malloy through his alias "the governor"', async () => {
    const hits = await search('the governor');
    const malloy = hits.find((hit) => hit.node.name === 'Dannel P. Malloy');
    expect(malloy).toMatchObject({ type: 'Person', node: { __typename: 'Person', key: 'dannel-malloy' } });
    expect(malloy?.snippet).toContain('«the» «governor»');
  });

  it('finds SEBAC by its acronym', async () => {
    const hits = await search('SEBAC', 50);
    expect(hits.map((hit) => hit.node.name)).toContain('State Employees Bargaining Agent Coalition');
  });

  it('puts first a stakeholder whose name or alias is exactly the text, in any case', async () => {
    // Lucene scores of the statement index are not on the stakeholder index's scale: statements
    // naming SEBAC can outscore the coalition itself.
    for (const text of ['SEBAC', 'sebac', ' State Employees Bargaining Agent Coalition ']) {
      const [first] = await search(text, 3);
      expect(first?.node).toMatchObject({ __typename: 'Organization', key: 'sebac' });
    }
  });

  it('returns at most `first` hits', async () => {
    expect(await search('the', 3)).toHaveLength(3);
  });

  it.each([
    ['a AND OR (\\"'],
    ['*'],
    ['~'],
    ["' OR 1=1 --"],
    ['title:governor'],
    ['"unclosed phrase'],
    ['NOT'],
    ['\\'],
    ['x'.repeat(5000)],
  ])('answers the hostile text %s with results or BAD_USER_INPUT, never an internal error', async (text) => {
    const response = await server.graphql<{ search: Hit[] }>(SEARCH, { text });
    expectNoLeak(response);
    const codes = (response.errors ?? []).map((error) => error.extensions?.code);
    if (codes.length > 0) {
      expect(codes).toEqual(codes.map(() => 'BAD_USER_INPUT'));
    } else {
      expect(Array.isArray(response.data?.search)).toBe(true);
    }
  });

  it('rejects a 5000-character text with BAD_USER_INPUT', async () => {
    expectErrorCode(await server.graphql(SEARCH, { text: 'governor '.repeat(556) }), 'BAD_USER_INPUT');
  });

  it('rejects a blank text with BAD_USER_INPUT', async () => {
    expectErrorCode(await server.graphql(SEARCH, { text: '   ' }), 'BAD_USER_INPUT');
  });

  it('rejects first: 51 with BAD_USER_INPUT', async () => {
    const error = expectErrorCode(
      await server.graphql(SEARCH, { text: 'governor', first: 51 }),
      'BAD_USER_INPUT',
    );
    expect(error.message).toContain('50');
  });

  it('rejects first: 0 with BAD_USER_INPUT', async () => {
    expectErrorCode(await server.graphql(SEARCH, { text: 'governor', first: 0 }), 'BAD_USER_INPUT');
  });
});

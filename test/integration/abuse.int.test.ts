/**
 * Hostile and careless requests against the real server and Neo4j: each is refused or answered
 * with a stable code, none shows a stack trace, Cypher or a file path, nothing is logged as a
 * server error, the service answers afterwards, and its memory returns to where it was.
 * The server runs inside this Jest process, so process.memoryUsage().rss is the service's RSS
 * (plus Jest's own, which only makes the 10 % bound harder to meet).
 */
import { expectData } from '../helpers/api';
import { leaksIn, post, recordingLogger, type RawResponse } from '../helpers/http';
import { aliases, NESTED_STATEMENTS, nestedArticles } from '../helpers/hostile-queries';
import { startTestServer, type TestServer } from '../helpers/test-server';

interface AbuseCase {
  name: string;
  body: () => unknown;
  /** Expected HTTP status and code; 'answered' accepts data or BAD_USER_INPUT. */
  status: number;
  code: string;
}

const logger = recordingLogger();
let server: TestServer;
let ids: { article: string; sebac: string; afscme: string };

beforeAll(async () => {
  server = await startTestServer({ logger });
  const data = expectData(
    await server.graphql<{
      articles: { edges: { node: { id: string } }[] };
      organizations: { edges: { node: { id: string; key: string } }[] };
    }>(
      '{ articles(first: 1) { edges { node { id } } } organizations(first: 100) { edges { node { id key } } } }',
    ),
  );
  const org = (key: string) => data.organizations.edges.find((edge) => edge.node.key === key)?.node.id ?? '';
  ids = { article: data.articles.edges[0].node.id, sebac: org('sebac'), afscme: org('afscme') };
});
afterAll(async () => {
  await server.close();
});

const search = (text: string) => ({
  query: 'query ($text: String!) { search(text: $text) { score snippet node { id } } }',
  variables: { text },
});

const CASES: AbuseCase[] = [
  {
    name: 'the 132-character nested statements query',
    body: () => ({ query: NESTED_STATEMENTS }),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'article → statements → article four times',
    body: () => ({ query: nestedArticles(ids.article) }),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: '1,000 aliases of search',
    body: () => ({ query: aliases(1000, 'search(text: "union") { score }') }),
    status: 400,
    code: 'TOO_MANY_TOKENS',
  },
  {
    name: '50 aliases of connections(maxHops: 1)',
    body: () => ({
      query: aliases(50, `connections(fromId: "${ids.sebac}", toId: "${ids.afscme}", maxHops: 1) { length }`),
    }),
    status: 400,
    code: 'TOO_MANY_ALIASES',
  },
  {
    name: 'a fragment cycle',
    body: () => ({
      query: '{ ...A } fragment A on Query { issues { slug } ...B } fragment B on Query { ...A }',
    }),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'a 1 MB document',
    body: () => ({ query: `{ __typename ${' '.repeat(1024 * 1024)}}` }),
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
  },
  {
    name: 'a batch array',
    body: () => [{ query: '{ __typename }' }, { query: '{ __typename }' }],
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'first: 100000 on a root list',
    body: () => ({ query: '{ events(first: 100000) { name } }' }),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'first: 100000 on a connection',
    body: () => ({ query: '{ people(first: 100000) { edges { node { id } } } }' }),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'first: 101 on a nested list',
    body: () => ({ query: '{ issues(first: 1) { statements(first: 101) { key } } }' }),
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'maxHops: 50',
    body: () => ({
      query: `{ connections(fromId: "${ids.sebac}", toId: "${ids.afscme}", maxHops: 50) { length } }`,
    }),
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a mutation of no field',
    body: () => ({ query: 'mutation { seed }' }),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'a subscription',
    body: () => ({ query: 'subscription { statements }' }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a persisted-query hash that does not match',
    body: () => ({
      query: '{ __typename }',
      extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } },
    }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'JSON that does not parse',
    body: () => '{"query": "{ __typename }"',
    status: 400,
    code: 'BAD_REQUEST',
  },
  { name: 'search "a AND OR ("', body: () => search('a AND OR ('), status: 200, code: 'answered' },
  { name: 'search "*"', body: () => search('*'), status: 200, code: 'answered' },
  { name: 'search "\\"unterminated"', body: () => search('"unterminated'), status: 200, code: 'answered' },
  {
    name: 'search with NUL bytes',
    body: () => search('union\u0000\u0000 deal'),
    status: 200,
    code: 'answered',
  },
  {
    name: 'search with Lucene syntax',
    body: () => search('name:x~2 OR /re.*gex/ AND [a TO z] ^4 \\'),
    status: 200,
    code: 'answered',
  },
  {
    name: 'a 10 kB search string',
    body: () => search('union '.repeat(1700)),
    status: 200,
    code: 'BAD_USER_INPUT',
  },
];

function expectOutcome(abuse: AbuseCase, response: RawResponse): void {
  expect({ name: abuse.name, status: response.status }).toEqual({ name: abuse.name, status: abuse.status });
  expect({ name: abuse.name, leaks: leaksIn(response.body) }).toEqual({ name: abuse.name, leaks: [] });
  const codes = (response.body.errors ?? []).map((error) => error.extensions?.code);
  if (abuse.code === 'answered') {
    expect(codes.every((code) => code === 'BAD_USER_INPUT')).toBe(true);
    if (codes.length === 0) expect(response.body.data).toBeTruthy();
  } else {
    expect({ name: abuse.name, code: codes[0] }).toEqual({ name: abuse.name, code: abuse.code });
  }
}

async function stillAnswers(): Promise<void> {
  expectData(await server.graphql('{ serverInfo { version } issues(first: 1) { slug } }'));
}

describe('abusive requests', () => {
  it.each(CASES.map((abuse) => [abuse.name, abuse] as const))(
    'answers %s with a stable code and nothing internal',
    async (_name, abuse) => {
      expectOutcome(abuse, await post(server.url, abuse.body()));
      await stillAnswers();
      expect(logger.errors.map((entry) => entry.message)).toEqual([]);
    },
  );

  it('leaves the resident memory within 10 % after three more rounds of all of them', async () => {
    const round = async () => {
      for (const abuse of CASES) expectOutcome(abuse, await post(server.url, abuse.body()));
    };
    await round(); // warm-up: caches, JIT, the driver's pool
    const before = process.memoryUsage().rss;
    for (let i = 0; i < 3; i += 1) await round();
    await stillAnswers();
    const after = process.memoryUsage().rss;
    console.log(
      `abuse: RSS ${(before / 2 ** 20).toFixed(0)} MB before, ${(after / 2 ** 20).toFixed(0)} MB after 3 rounds of ${CASES.length} requests`,
    );
    expect(after).toBeLessThanOrEqual(before * 1.1);
  });
});

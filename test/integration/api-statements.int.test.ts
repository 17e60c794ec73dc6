import {
  articlesByKey,
  expectData,
  expectErrorCode,
  idOf,
  readSeed,
  sorted,
  stakeholdersByKey,
  type ArticleRef,
  type Named,
} from '../helpers/api';
import { HARBOR } from '../helpers/fixtures';
import { startTestServer, type TestServer } from '../helpers/test-server';

interface StatementNode {
  id: string;
  key: string;
  text: string;
  saidOn: string | null;
  speaker: { name: string } | null;
  onBehalfOf: { name: string } | null;
  article: { key: string };
  issues: { slug: string }[];
}

interface StatementPage {
  statements: {
    edges: { cursor: string; node: StatementNode }[];
    pageInfo: {
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor: string | null;
      endCursor: string | null;
    };
  };
}

interface Filter {
  speakerId?: string;
  issueSlug?: string;
  articleId?: string;
  stance?: string;
  from?: string;
  to?: string;
  dispute?: string;
}

const STATEMENTS = `query ($first: Int, $after: String, $where: StatementFilter) {
  statements(first: $first, after: $after, where: $where) {
    edges {
      cursor
      node { id key text saidOn speaker { name } onBehalfOf { name } article { key } issues { slug } }
    }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

let server: TestServer;
let stakeholders: Map<string, Named>;
let articles: Map<string, ArticleRef>;
beforeAll(async () => {
  server = await startTestServer();
  stakeholders = await stakeholdersByKey(server);
  articles = await articlesByKey(server);
});
afterAll(() => server.close());

const page = async (variables: { first?: number; after?: string | null; where?: Filter }) =>
  expectData(await server.graphql<StatementPage>(STATEMENTS, variables)).statements;

/** Every statement matching `where`, walking pages of `first` with after: endCursor. */
async function walk(
  first: number,
  where?: Filter,
): Promise<{ keys: string[]; pages: StatementPage['statements'][] }> {
  const pages: StatementPage['statements'][] = [];
  let after: string | null = null;
  for (;;) {
    const current = await page({ first, after, where });
    pages.push(current);
    if (!current.pageInfo.hasNextPage) break;
    after = current.pageInfo.endCursor;
    if (pages.length > 200) throw new Error('pagination does not end');
  }
  return { keys: pages.flatMap((p) => p.edges.map((edge) => edge.node.key)), pages };
}

const articleId = (key: string) => articles.get(key)?.id ?? key;
const seedDate = (key: string) =>
  readSeed().statements.find((statement) => statement.id === key)?.saidOn?.date;

describe('statements filters', () => {
  it('returns exactly the statements Malloy said, when filtered by his id', async () => {
    const { keys } = await walk(100, { speakerId: idOf(stakeholders, 'dannel-malloy') });
    const expected = readSeed()
      .statements.filter((s) => s.speaker === 'dannel-malloy' || s.onBehalfOf === 'dannel-malloy')
      .map((s) => s.id);
    expect(sorted(keys)).toEqual(sorted(expected));
  });

  it('returns exactly what one person said, in the fixture dispute', async () => {
    const { people } = expectData(
      await server.graphql<{ people: { edges: { node: { id: string; name: string } }[] } }>(
        `{ people(dispute: "${HARBOR}") { edges { node { id name } } } }`,
      ),
    );
    const delgado = people.edges.find((edge) => edge.node.name === 'Rosa Delgado')?.node.id;
    const { keys } = await walk(100, { speakerId: delgado });
    expect(keys).toEqual(['hg-q-delgado-no-layoff', 'ht-q-delgado-retirements']);
  });

  it('includes Malloy’s “What’s the sense of negotiating” quote among his statements', async () => {
    const result = await page({ first: 100, where: { speakerId: idOf(stakeholders, 'dannel-malloy') } });
    const texts = result.edges.map((edge) => edge.node.text);
    expect(texts).toContain('What’s the sense of negotiating if nothing can ever be approved');
    expect(result.edges.every((edge) => edge.node.speaker?.name === 'Dannel P. Malloy')).toBe(true);
  });

  it('includes statements made on behalf of SEBAC when filtered by the coalition’s id', async () => {
    const result = await page({ first: 100, where: { speakerId: idOf(stakeholders, 'sebac') } });
    const sebac = 'State Employees Bargaining Agent Coalition';
    for (const { node } of result.edges) expect([node.speaker?.name, node.onBehalfOf?.name]).toContain(sebac);
    expect(sorted(new Set(result.edges.map((edge) => edge.node.speaker?.name ?? '')))).toEqual([
      'Daniel Livingston',
      'Larry Dorman',
      "Matt O'Connor",
      sebac,
    ]);
  });

  it('returns exactly the statements about an issue when filtered by issueSlug', async () => {
    const result = await page({ first: 100, where: { issueSlug: 'reopen-talks' } });
    const expected = readSeed().statements.filter((s) => s.issues?.includes('reopen-talks'));
    expect(sorted(result.edges.map((edge) => edge.node.key))).toEqual(sorted(expected.map((s) => s.id)));
    for (const { node } of result.edges)
      expect(node.issues.map((issue) => issue.slug)).toContain('reopen-talks');
  });

  it('asks which dispute is meant when the issue slug is used by two', async () => {
    const response = await server.graphql(STATEMENTS, { first: 10, where: { issueSlug: 'layoffs' } });
    expectErrorCode(response, 'BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toContain('"ct-sebac-2011-concessions", "harbor-2024-lease"');
    const harbor = await page({ first: 100, where: { issueSlug: 'layoffs', dispute: HARBOR } });
    expect(sorted(harbor.edges.map((edge) => edge.node.key))).toEqual([
      'hg-q-delgado-no-layoff',
      'hg-r-alliance-voted',
      'ht-p-weber-40-layoffs',
      'ht-q-delgado-retirements',
    ]);
  });

  it('returns exactly the statements of one article when filtered by articleId', async () => {
    const { articles } = expectData(
      await server.graphql<{ articles: { edges: { node: { id: string; key: string } }[] } }>(
        `{ articles(dispute: "${HARBOR}") { edges { node { id key } } } }`,
      ),
    );
    const tribune = articles.edges.find((edge) => edge.node.key === 'harbor-tribune-2024-03-06')?.node.id;
    const result = await page({ first: 100, where: { articleId: tribune } });
    expect(result.edges.map((edge) => edge.node.key)).toEqual([
      'ht-q-delgado-retirements',
      'ht-p-weber-40-layoffs',
      'ht-r-58-percent',
    ]);
  });

  it('returns the statements about renegotiation that evidence OPPOSE positions on it', async () => {
    const result = await page({ first: 100, where: { stance: 'OPPOSE', issueSlug: 'renegotiation' } });
    const aboutRenegotiation = new Set(
      readSeed()
        .statements.filter((statement) => statement.issues?.includes('renegotiation'))
        .map((statement) => statement.id),
    );
    const expected = new Set(
      readSeed()
        .positions.filter((p) => p.stance === 'OPPOSE' && p.issue === 'renegotiation')
        .flatMap((p) => p.evidence)
        .filter((key) => aboutRenegotiation.has(key)),
    );
    expect(expected.size).toBeGreaterThan(0);
    expect(sorted(result.edges.map((edge) => edge.node.key))).toEqual(sorted(expected));
    expect(result.edges.map((edge) => edge.node.text)).toContain(
      'I don’t see how there could be any substantial changes.',
    );
  });

  // In the harbor fixture: Delgado spoke on 4 and 5 March (DAY); Weber's words are dated to the
  // weeks 27 Feb–4 March and 29 Feb–6 March (WEEK); the reports carry no date.
  it('returns statements that may have been said on or after `from`: a week-dated one counts while its week does', async () => {
    const result = await page({ first: 100, where: { dispute: HARBOR, from: '2024-03-05' } });
    expect(sorted(result.edges.map((edge) => edge.node.key))).toEqual([
      'ht-p-weber-40-layoffs',
      'ht-q-delgado-retirements',
    ]);
  });

  it('returns statements that may have been said between `from` and `to`, both inclusive', async () => {
    const result = await page({
      first: 100,
      where: { dispute: HARBOR, from: '2024-03-04', to: '2024-03-04' },
    });
    expect(sorted(result.edges.map((edge) => edge.node.key))).toEqual([
      'hg-p-weber-renew-if-crews-stay',
      'hg-q-delgado-no-layoff',
      'ht-p-weber-40-layoffs',
    ]);
  });

  it('returns nothing when `from` is after `to`', async () => {
    const result = await page({ first: 100, where: { from: '2011-07-07', to: '2011-07-01' } });
    expect(result.edges).toEqual([]);
    expect(result.pageInfo).toMatchObject({ hasNextPage: false, endCursor: null });
  });

  it('combines filters: Malloy on reopening talks from 7 July', async () => {
    const result = await page({
      first: 100,
      where: {
        speakerId: idOf(stakeholders, 'dannel-malloy'),
        issueSlug: 'reopen-talks',
        from: '2011-07-07',
      },
    });
    expect(result.edges.map((edge) => edge.node.key)).toEqual([
      'h0707-p-malloy-needs-road-map',
      'h0707-p-malloy-ojakian-will-contact',
      'h0707-q-malloy-asked-ojakian',
      'h0707-q-malloy-road-map',
    ]);
  });

  it('rejects a Person id passed as articleId with BAD_USER_INPUT', async () => {
    const response = await server.graphql(STATEMENTS, {
      where: { articleId: idOf(stakeholders, 'dannel-malloy') },
    });
    expectErrorCode(response, 'BAD_USER_INPUT');
  });
});

describe('statements pagination', () => {
  it('visits every statement exactly once walking pages of 7', async () => {
    const { keys } = await walk(7);
    const seedKeys = readSeed().statements.map((statement) => statement.id);
    const harborKeys = (await walk(100, { dispute: HARBOR })).keys;
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(expect.arrayContaining([...seedKeys, ...harborKeys]));
    expect(harborKeys.length).toBeGreaterThan(0);
  });

  it('walks pages of 7 in the same order as pages of 100', async () => {
    const [small, large] = await Promise.all([walk(7), walk(100)]);
    expect(small.keys).toEqual(large.keys);
  });

  it('walks a filtered set in pages of 7 in the same order as one big page', async () => {
    const where = { articleId: articleId('ctnewsjunkie-2011-07-05') };
    const [{ keys }, big] = await Promise.all([walk(7, where), page({ first: 100, where })]);
    expect(big.pageInfo.hasNextPage).toBe(false);
    expect(keys.length).toBeGreaterThan(7);
    expect(keys).toEqual(big.edges.map((edge) => edge.node.key));
  });

  it('says hasNextPage false on the last page only', async () => {
    const { pages } = await walk(7);
    expect(pages.map((p) => p.pageInfo.hasNextPage)).toEqual(
      pages.map((_, index) => index < pages.length - 1),
    );
    expect(pages[pages.length - 1]?.pageInfo.endCursor).not.toBeNull();
    expect(pages.every((p) => !p.pageInfo.hasPreviousPage)).toBe(true);
  });

  it('gives each page start and end cursors equal to its first and last edge cursors', async () => {
    const first = await page({ first: 7 });
    expect(first.pageInfo.startCursor).toBe(first.edges[0]?.cursor);
    expect(first.pageInfo.endCursor).toBe(first.edges[6]?.cursor);
  });

  it('orders statements oldest first with undated ones last', async () => {
    const { keys } = await walk(100);
    const dates = keys.map((key) => seedDate(key) ?? '9999-12-31');
    expect(dates).toEqual([...dates].sort());
    expect(seedDate(keys[0])).toBe('2011-06-20');
    expect(seedDate(keys[keys.length - 1])).toBeUndefined();
  });

  it('defaults to pages of 20', async () => {
    const result = await page({});
    expect(result.edges).toHaveLength(20);
    expect(result.pageInfo.hasNextPage).toBe(true);
  });

  it('rejects first: 101 with BAD_USER_INPUT naming the maximum of 100', async () => {
    const error = expectErrorCode(await server.graphql(STATEMENTS, { first: 101 }), 'BAD_USER_INPUT');
    expect(error.message).toContain('100');
  });

  it('rejects first: 0 with BAD_USER_INPUT', async () => {
    expectErrorCode(await server.graphql(STATEMENTS, { first: 0 }), 'BAD_USER_INPUT');
  });

  it('rejects a garbage after cursor with BAD_USER_INPUT', async () => {
    expectErrorCode(await server.graphql(STATEMENTS, { after: 'not-a-cursor!' }), 'BAD_USER_INPUT');
  });

  it('rejects a well-encoded cursor that the API did not make with BAD_USER_INPUT', async () => {
    const foreign = Buffer.from('{"offset":7}', 'utf8').toString('base64url');
    expectErrorCode(await server.graphql(STATEMENTS, { after: foreign }), 'BAD_USER_INPUT');
  });
});

describe('statements date arguments', () => {
  it('rejects a malformed `from` date passed as a variable with BAD_USER_INPUT', async () => {
    const response = await server.graphql(STATEMENTS, { where: { from: '2011-13-45' } });
    expectErrorCode(response, 'BAD_USER_INPUT');
  });

  it('rejects a malformed `from` date written as a literal with BAD_USER_INPUT', async () => {
    const response = await server.graphql(
      '{ statements(where: { from: "2011-13-45" }) { edges { cursor } } }',
    );
    expectErrorCode(response, 'BAD_USER_INPUT');
  });

  it('rejects an impossible calendar date (30 February) passed as a variable with BAD_USER_INPUT', async () => {
    const response = await server.graphql(STATEMENTS, { where: { to: '2011-02-30' } });
    expectErrorCode(response, 'BAD_USER_INPUT');
  });
});

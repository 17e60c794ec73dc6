import {
  articlesByKey,
  corpusOf,
  expectData,
  expectErrorCode,
  idOf,
  stakeholdersByKey,
  type ArticleRef,
  type Named,
} from '../helpers/api';
import { HARBOR } from '../helpers/fixtures';
import { startTestServer, type TestServer } from '../helpers/test-server';

interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

interface Keyed {
  id: string;
  key: string;
  name: string;
}

let server: TestServer;
let stakeholders: Map<string, Named>;
let articles: Map<string, ArticleRef>;
beforeAll(async () => {
  server = await startTestServer();
  stakeholders = await stakeholdersByKey(server);
  articles = await articlesByKey(server);
});
afterAll(() => server.close());

/** Walks a connection field (people, organizations, articles) in pages of `first`. */
async function walk(field: string, first: number, args = ''): Promise<Keyed[]> {
  const nodes: Keyed[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 100; pages++) {
    const data: Record<string, Connection<Keyed>> = expectData(
      await server.graphql<Record<string, Connection<Keyed>>>(
        `query ($first: Int!, $after: String) {
          list: ${field}(first: $first, after: $after${args}) {
            edges { cursor node { id key name: ${field === 'articles' ? 'key' : 'name'} } }
            pageInfo { hasNextPage endCursor }
          }
        }`,
        { first, after },
      ),
    );
    const list = data.list;
    nodes.push(...list.edges.map((edge) => edge.node));
    if (!list.pageInfo.hasNextPage) return nodes;
    after = list.pageInfo.endCursor;
  }
  throw new Error(`${field} pagination does not end`);
}

/** An id of the right shape for a key the seed does not have (the API can only give ids it knows). */
const unknownId = (type: string) => Buffer.from(`${type}:no-such-key`, 'utf8').toString('base64url');

describe('people', () => {
  it('lists people by name, across disputes unless one is named', async () => {
    const people = await walk('people', 100);
    const names = people.map((person) => person.name);
    expect(names).toEqual([...names].sort());
    expect(names).toEqual(expect.arrayContaining(['Dannel P. Malloy', 'Rosa Delgado', 'Tomas Weber']));
    const harbor = await walk('people', 100, `, dispute: "${HARBOR}"`);
    expect(harbor.map((person) => person.name)).toEqual(['Rosa Delgado', 'Tomas Weber']);
  });

  it('pages through the people in pages of 4 in the same order as one page', async () => {
    const [small, large] = await Promise.all([walk('people', 4), walk('people', 100)]);
    expect(small.map((person) => person.key)).toEqual(large.map((person) => person.key));
  });

  it('returns a person by id with aliases, party and description', async () => {
    const data = expectData(
      await server.graphql<{
        person: { name: string; aliases: string[]; party: string | null; district: string | null };
      }>('query ($id: ID!) { person(id: $id) { name aliases party district } }', {
        id: idOf(stakeholders, 'lawrence-cafero'),
      }),
    );
    expect(data.person).toEqual({
      name: 'Lawrence F. Cafero',
      aliases: ['Lawrence Cafero', 'Cafero', 'House Minority Leader Lawrence Cafero'],
      party: 'Republican',
      district: 'Norwalk',
    });
  });
});

describe('organizations', () => {
  it('returns only SEBAC for kind COALITION', async () => {
    const coalitions = await walk('organizations', 100, ', kind: "COALITION"');
    expect(coalitions.map((organization) => organization.name)).toEqual([
      'State Employees Bargaining Agent Coalition',
    ]);
  });

  it('lists the news outlets of one dispute, or of all', async () => {
    const harbor = await walk('organizations', 100, `, kind: "NEWS_OUTLET", dispute: "${HARBOR}"`);
    expect(harbor.map((organization) => organization.name)).toEqual(['Harbor Gazette', 'Harbor Tribune']);
    const all = await walk('organizations', 100, ', kind: "NEWS_OUTLET"');
    expect(all.map((organization) => organization.name)).toEqual(
      expect.arrayContaining(['Harbor Gazette', 'The Connecticut Mirror']),
    );
  });

  it('takes kinds from an open vocabulary: a new dispute brings its own', async () => {
    const authorities = await walk('organizations', 100, ', kind: "PORT_AUTHORITY"');
    expect(authorities.map((organization) => organization.name)).toEqual(['Port City Port Authority']);
    expect(await walk('organizations', 100, ', kind: "NO_SUCH_KIND"')).toEqual([]);
  });

  it('answers NOT_FOUND for an unknown dispute rather than an empty page', async () => {
    expectErrorCode(
      await server.graphql('{ organizations(dispute: "no-such-dispute") { edges { cursor } } }'),
      'NOT_FOUND',
    );
  });

  it('lists organizations by name, the same in pages of 5 as in one page', async () => {
    const [small, large] = await Promise.all([walk('organizations', 5), walk('organizations', 100)]);
    expect(large.length).toBeGreaterThan(5);
    expect(large.map((organization) => organization.name)).toEqual(
      [...large.map((organization) => organization.name)].sort(),
    );
    expect(small.map((organization) => organization.key)).toEqual(
      large.map((organization) => organization.key),
    );
  });

  it('returns an organization by id with its kind', async () => {
    const data = expectData(
      await server.graphql<{ organization: { name: string; kind: string; aliases: string[] } }>(
        'query ($id: ID!) { organization(id: $id) { name kind aliases } }',
        { id: idOf(stakeholders, 'sebac') },
      ),
    );
    expect(data.organization.name).toBe('State Employees Bargaining Agent Coalition');
    expect(data.organization.kind).toBe('COALITION');
    expect(data.organization.aliases).toContain('SEBAC');
  });
});

describe('articles', () => {
  it('lists a dispute’s articles oldest first', async () => {
    const harbor = await walk('articles', 100, `, dispute: "${HARBOR}"`);
    expect(harbor.map((article) => article.key)).toEqual([
      'harbor-gazette-2024-03-04',
      'harbor-tribune-2024-03-06',
    ]);
    const list = await walk('articles', 100, ', dispute: "ct-sebac-2011-concessions"');
    expect(list.map((article) => article.key)).toEqual([
      'ctnewsjunkie-2011-06-27',
      'hearst-2011-06-29',
      'ctmirror-2011-07-05',
      'ctnewsjunkie-2011-07-05',
      'hearst-2011-07-07',
    ]);
  });

  it('pages through the articles in pages of 2 in the same order as one page', async () => {
    const [small, large] = await Promise.all([walk('articles', 2), walk('articles', 100)]);
    expect(small.map((article) => article.key)).toEqual(large.map((article) => article.key));
  });

  it('returns an article by id with the corpus text and its inferred date', async () => {
    const data = expectData(
      await server.graphql<{
        article: { key: string; file: string; text: string; publishedOn: string; publishedInferred: boolean };
      }>('query ($id: ID!) { article(id: $id) { key file text publishedOn publishedInferred } }', {
        id: articles.get('hearst-2011-07-07')?.id,
      }),
    );
    expect(data.article).toMatchObject({
      key: 'hearst-2011-07-07',
      file: 'hearst-2011-07-07.txt',
      publishedOn: '2011-07-07',
      publishedInferred: true,
    });
    expect(data.article.text).toBe(corpusOf('hearst-2011-07-07'));
  });
});

describe('lookups by id that fail', () => {
  it.each([
    ['person', 'Person'],
    ['organization', 'Organization'],
    ['article', 'Article'],
    ['statement', 'Statement'],
  ])('returns NOT_FOUND from %s(id) for a well-formed id of an unknown %s', async (field, type) => {
    const response = await server.graphql(`query ($id: ID!) { ${field}(id: $id) { id } }`, {
      id: unknownId(type),
    });
    expectErrorCode(response, 'NOT_FOUND');
  });

  it('returns NOT_FOUND from node(id) for a well-formed id of an unknown Issue', async () => {
    expectErrorCode(
      await server.graphql('query ($id: ID!) { node(id: $id) { id } }', { id: unknownId('Issue') }),
      'NOT_FOUND',
    );
  });

  it.each([
    ['person', 'hello'],
    ['person', ''],
    ['organization', 'hello'],
    ['organization', ''],
    ['article', 'hello'],
    ['node', ''],
    ['node', '!!!'],
  ])('returns BAD_USER_INPUT from %s(id) for the malformed id "%s"', async (field, id) => {
    const response = await server.graphql(`query ($id: ID!) { ${field}(id: $id) { id } }`, { id });
    expectErrorCode(response, 'BAD_USER_INPUT');
  });

  it('returns BAD_USER_INPUT when a Person id is passed to organization(id:)', async () => {
    const response = await server.graphql('query ($id: ID!) { organization(id: $id) { id } }', {
      id: idOf(stakeholders, 'dannel-malloy'),
    });
    const error = expectErrorCode(response, 'BAD_USER_INPUT');
    expect(error.message).toContain('Person');
  });

  it('returns BAD_USER_INPUT when an Organization id is passed to person(id:)', async () => {
    const response = await server.graphql('query ($id: ID!) { person(id: $id) { id } }', {
      id: idOf(stakeholders, 'sebac'),
    });
    expectErrorCode(response, 'BAD_USER_INPUT');
  });
});

describe('node(id)', () => {
  interface Sample {
    people: Connection<{ id: string }>;
    organizations: Connection<{ id: string }>;
    articles: Connection<{ id: string }>;
    statements: Connection<{ id: string }>;
    issues: { id: string }[];
    issue: { positions: { id: string }[] };
  }

  it('refetches a Person, an Organization, an Article, a Statement, an Issue and a Position by id', async () => {
    const sample = expectData(
      await server.graphql<Sample>(`{
        people(first: 1) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } }
        organizations(first: 1) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } }
        articles(first: 1) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } }
        statements(first: 1) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } }
        issues { id }
        issue(slug: "renegotiation") { positions { id } }
      }`),
    );
    const expected: [string, string | undefined][] = [
      ['Person', sample.people.edges[0]?.node.id],
      ['Organization', sample.organizations.edges[0]?.node.id],
      ['Article', sample.articles.edges[0]?.node.id],
      ['Statement', sample.statements.edges[0]?.node.id],
      ['Issue', sample.issues[0]?.id],
      ['Position', sample.issue.positions[0]?.id],
    ];
    for (const [typename, id] of expected) {
      const data = expectData(
        await server.graphql<{ node: { id: string; __typename: string } }>(
          'query ($id: ID!) { node(id: $id) { id __typename } }',
          { id },
        ),
      );
      expect(data.node).toEqual({ id, __typename: typename });
    }
  });

  it('refetches Malloy with the same name through node(id) as through person(id)', async () => {
    const id = idOf(stakeholders, 'dannel-malloy');
    const data = expectData(
      await server.graphql<{ node: { name: string }; person: { name: string } }>(
        'query ($id: ID!) { node(id: $id) { ... on Person { name } } person(id: $id) { name } }',
        { id },
      ),
    );
    expect(data.node).toEqual({ name: 'Dannel P. Malloy' });
    expect(data.person).toEqual(data.node);
  });

  it('gives ids that are base64url of Type:key (the one test that builds an id)', async () => {
    const built = Buffer.from('Person:dannel-malloy', 'utf8').toString('base64url');
    expect(idOf(stakeholders, 'dannel-malloy')).toBe(built);
    const data = expectData(
      await server.graphql<{ node: { id: string; __typename: string } }>(
        'query ($id: ID!) { node(id: $id) { id __typename } }',
        { id: built },
      ),
    );
    expect(data.node).toEqual({ id: built, __typename: 'Person' });
  });
});

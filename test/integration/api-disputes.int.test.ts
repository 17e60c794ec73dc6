/**
 * Two disputes side by side: the 2011 story and the harbor fixture (test/fixtures/harbor), which
 * repeats the issue slug "layoffs". Nothing collides, slugs ask for their dispute when ambiguous,
 * and the explicit-over-inferred rule and date windows decide which position answers.
 */
import { expectData, expectErrorCode } from '../helpers/api';
import { HARBOR } from '../helpers/fixtures';
import { startTestServer, type TestServer } from '../helpers/test-server';

const SEBAC = 'ct-sebac-2011-concessions';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

interface AnsweringPosition {
  id: string;
  stance: string;
  asOf: string;
  asOfLatest: string;
  inferred: boolean;
  holder: { name: string };
  evidence: { text: string }[];
}

const POSITIONS = `query ($slug: String!, $dispute: String, $asOf: Date) {
  issue(slug: $slug, dispute: $dispute) {
    id slug dispute { slug }
    positions(asOf: $asOf) { id stance asOf asOfLatest inferred holder { name } evidence { text } }
  }
}`;

async function positions(slug: string, dispute: string, asOf?: string): Promise<AnsweringPosition[]> {
  const data = expectData(
    await server.graphql<{ issue: { positions: AnsweringPosition[] } }>(POSITIONS, { slug, dispute, asOf }),
  );
  return data.issue.positions;
}

describe('disputes', () => {
  it("lists both disputes with their issue and vote counts and their votes' slugs", async () => {
    const data = expectData(
      await server.graphql<{
        disputes: { slug: string; issueCount: number; voteCount: number; voteSlugs: string[] }[];
      }>('{ disputes { slug issueCount voteCount voteSlugs } }'),
    );
    expect(data.disputes.find((d) => d.slug === HARBOR)).toEqual({
      slug: HARBOR,
      issueCount: 2,
      voteCount: 1,
      voteSlugs: ['lease-ratification'],
    });
    expect(data.disputes.map((d) => d.slug)).toContain(SEBAC);
  });

  it('asks which dispute is meant when a slug names issues in two, and answers each separately', async () => {
    const ambiguous = await server.graphql('{ issue(slug: "layoffs") { id } }');
    expectErrorCode(ambiguous, 'BAD_USER_INPUT');
    expect(ambiguous.errors?.[0]?.message).toBe(
      `The issue slug "layoffs" is used in 2 disputes ("${SEBAC}", "${HARBOR}"): pass dispute to say which.`,
    );
    const both = await Promise.all(
      [SEBAC, HARBOR].map(async (dispute) =>
        expectData(
          await server.graphql<{ issue: { id: string; name: string; dispute: { slug: string } } }>(
            'query ($d: String) { issue(slug: "layoffs", dispute: $d) { id name dispute { slug } } }',
            { d: dispute },
          ),
        ),
      ),
    );
    expect(both.map(({ issue }) => issue.dispute.slug)).toEqual([SEBAC, HARBOR]);
    expect(both[0]?.issue.id).not.toBe(both[1]?.issue.id);
    expect(both[1]?.issue.name).toBe('Layoffs at the port');
  });

  it('refetches a dispute-scoped issue by its global id', async () => {
    const { issue } = expectData(
      await server.graphql<{ issue: { id: string } }>(
        `{ issue(slug: "layoffs", dispute: "${HARBOR}") { id } }`,
      ),
    );
    const { node } = expectData(
      await server.graphql<{ node: { name: string } }>(
        'query ($id: ID!) { node(id: $id) { ... on Issue { name } } }',
        {
          id: issue.id,
        },
      ),
    );
    expect(node.name).toBe('Layoffs at the port');
  });

  it('answers NOT_FOUND for an unknown dispute, naming it', async () => {
    const response = await server.graphql('{ issue(slug: "layoffs", dispute: "no-such-dispute") { id } }');
    expectErrorCode(response, 'NOT_FOUND');
    expect(response.errors?.[0]?.extensions?.['key']).toBe('no-such-dispute');
    expectErrorCode(await server.graphql('{ events(dispute: "no-such-dispute") { name } }'), 'NOT_FOUND');
  });

  it('searches one dispute: "layoff" finds the harbor’s words and people, none of the 2011 story', async () => {
    const { search } = expectData(
      await server.graphql<{ search: { type: string; node: { id: string } }[] }>(
        `{ search(text: "layoff", first: 20, dispute: "${HARBOR}") { type node { id } } }`,
      ),
    );
    const { search: everywhere } = expectData(
      await server.graphql<{ search: { type: string }[] }>('{ search(text: "layoff", first: 20) { type } }'),
    );
    expect(search.length).toBeGreaterThan(0);
    expect(everywhere.length).toBeGreaterThan(search.length);
    const texts = await Promise.all(
      search
        .filter((hit) => hit.type === 'Statement')
        .map(async (hit) => {
          const { node } = expectData(
            await server.graphql<{ node: { article: { key: string } } }>(
              'query ($id: ID!) { node(id: $id) { ... on Statement { article { key } } } }',
              { id: hit.node.id },
            ),
          );
          return node.article.key;
        }),
    );
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.every((key) => key.startsWith('harbor-'))).toBe(true);
  });

  it('keeps each dispute’s events apart, with kinds from an open vocabulary', async () => {
    const data = expectData(
      await server.graphql<{ events: { name: string; kind: string }[] }>(
        `{ events(dispute: "${HARBOR}") { name kind } }`,
      ),
    );
    expect(data.events).toEqual([
      { name: "The alliance's locals vote on the dock lease", kind: 'MEMBERSHIP_VOTE' },
    ]);
  });
});

describe('which position answers', () => {
  it('cites the earlier explicit position, not a later inferred one of the same stance', async () => {
    const [delgado] = (await positions('layoffs', HARBOR)).filter((p) => p.holder.name === 'Rosa Delgado');
    expect(delgado).toMatchObject({ stance: 'OPPOSE', asOf: '2024-03-04', inferred: false });
    expect(delgado?.evidence.map((e) => e.text)).toEqual([
      'We will not accept a single layoff on these docks',
    ]);
  });

  it('filters a person’s positions by issue slug within a dispute', async () => {
    const positionsOf = async (dispute: string) =>
      expectData(
        await server.graphql<{ people: { edges: { node: { positions: { asOf: string }[] } }[] } }>(
          `query ($d: String) { people(dispute: "${HARBOR}", first: 1) { edges { node {
             positions(issueSlug: "layoffs", dispute: $d) { asOf } } } } }`,
          { d: dispute },
        ),
      ).people.edges[0]?.node.positions.map((p) => p.asOf);
    expect(await positionsOf(HARBOR)).toEqual(['2024-03-04', '2024-03-05']);
    expect(await positionsOf(SEBAC)).toEqual([]);
  });

  it('keeps both positions in the holder’s timeline, without a change of stance', async () => {
    const { people } = expectData(
      await server.graphql<{ people: { edges: { node: { id: string; name: string } }[] } }>(
        `{ people(dispute: "${HARBOR}") { edges { node { id name } } } }`,
      ),
    );
    const delgado = people.edges.find((edge) => edge.node.name === 'Rosa Delgado')?.node.id;
    const { timeline } = expectData(
      await server.graphql<{
        timeline: {
          kind: string;
          date: string;
          stanceChanged: boolean;
          position: { inferred: boolean } | null;
        }[];
      }>(
        `query ($id: ID!) { timeline(holderId: $id, issueSlug: "layoffs", dispute: "${HARBOR}") {
           kind date stanceChanged position { inferred } } }`,
        { id: delgado },
      ),
    );
    const positionEntries = timeline.filter((entry) => entry.kind === 'POSITION');
    expect(positionEntries.map((e) => [e.date, e.position?.inferred, e.stanceChanged])).toEqual([
      ['2024-03-04', false, false],
      ['2024-03-05', true, false],
    ]);
  });

  it('counts a week-dated position only once its week is over', async () => {
    const weber = (list: AnsweringPosition[]) => list.find((p) => p.holder.name === 'Tomas Weber');
    // Weber's SUPPORT of layoffs is dated 6 March within the week 29 Feb – 6 March.
    expect(weber(await positions('layoffs', HARBOR, '2024-03-05'))).toBeUndefined();
    expect(weber(await positions('layoffs', HARBOR, '2024-03-06'))).toMatchObject({
      stance: 'SUPPORT',
      asOfLatest: '2024-03-06',
      inferred: true,
    });
  });

  it('answers with the position that held as of a date: before 5 March only the explicit one existed', async () => {
    const asOf4 = await positions('layoffs', HARBOR, '2024-03-04');
    expect(asOf4.map((p) => [p.holder.name, p.asOf])).toEqual([['Rosa Delgado', '2024-03-04']]);
  });
});

describe('connections within the fixture dispute', () => {
  async function harborPeople(): Promise<Map<string, string>> {
    const { people, organizations } = expectData(
      await server.graphql<{
        people: { edges: { node: { id: string; name: string } }[] };
        organizations: { edges: { node: { id: string; name: string } }[] };
      }>(`{ people(dispute: "${HARBOR}") { edges { node { id name } } }
            organizations(dispute: "${HARBOR}") { edges { node { id name } } } }`),
    );
    return new Map([...people.edges, ...organizations.edges].map((edge) => [edge.node.name, edge.node.id]));
  }

  it('walks Path.nodes from one stakeholder to the other through the dispute’s own issue', async () => {
    const ids = await harborPeople();
    const { connections } = expectData(
      await server.graphql<{
        connections: {
          length: number;
          nodes: { __typename: string; name?: string; slug?: string; dispute?: { slug: string } }[];
        }[];
      }>(
        `query ($from: ID!, $to: ID!) { connections(fromId: $from, toId: $to, maxHops: 4) {
           length nodes { __typename ... on Person { name } ... on Issue { slug dispute { slug } } } } }`,
        { from: ids.get('Rosa Delgado'), to: ids.get('Tomas Weber') },
      ),
    );
    expect(connections.length).toBeGreaterThan(0);
    for (const path of connections) {
      expect(path.nodes).toHaveLength(path.length + 1);
      expect(path.nodes[0]).toMatchObject({ __typename: 'Person', name: 'Rosa Delgado' });
      expect(path.nodes[path.nodes.length - 1]).toMatchObject({ __typename: 'Person', name: 'Tomas Weber' });
      for (const node of path.nodes.filter((n) => n.__typename === 'Issue'))
        expect(node.dispute?.slug).toBe(HARBOR);
    }
  });

  it('finds a one-hop role between Delgado and her alliance, and nothing shorter than the real distance', async () => {
    const ids = await harborPeople();
    const ask = async (maxHops: number) =>
      expectData(
        await server.graphql<{ connections: { length: number; nodes: { __typename: string }[] }[] }>(
          `query ($from: ID!, $to: ID!, $hops: Int) { connections(fromId: $from, toId: $to, maxHops: $hops) {
             length nodes { __typename } } }`,
          { from: ids.get('Rosa Delgado'), to: ids.get('Harbor Workers Alliance'), hops: maxHops },
        ),
      ).connections;
    expect((await ask(1)).map((p) => p.nodes.map((n) => n.__typename))).toEqual([['Person', 'Organization']]);
    const toWeber = await server.graphql<{ connections: unknown[] }>(
      `query ($from: ID!, $to: ID!) { connections(fromId: $from, toId: $to, maxHops: 3) { length } }`,
      { from: ids.get('Rosa Delgado'), to: ids.get('Tomas Weber') },
    );
    expect(expectData(toWeber).connections).toEqual([]);
  });
});

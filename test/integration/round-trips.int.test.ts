/**
 * No N+1: a nested query over many parents costs the same number of Cypher round trips as over
 * a few, because every relationship field goes through a per-request DataLoader.
 */
import {
  findStatementsPage,
  findTimeline,
  type SortCursor,
} from '../../src/repositories/statement.repository';
import { startTestServer, type TestServer } from '../helpers/test-server';

let server: TestServer;
beforeAll(async () => {
  // The query asks for every issue with nested lists: far over the default cost limit, which is
  // not what this test is about.
  server = await startTestServer({ limits: { maxCost: 100_000_000 } });
});
afterAll(async () => {
  await removeSyntheticIssues();
  await server.db.runText(`MATCH (n) WHERE n.id STARTS WITH 'rt-big' DETACH DELETE n`, {}, 'WRITE');
  await server.close();
});

const NESTED_QUERY = `{
  issues(first: 100) {
    slug
    positions {
      stance
      holder { name ... on Person { roles { title organization { name } } } }
      evidence { text speaker { name } article { key outlet { name } } }
    }
    statements { text }
  }
}`;

/** Adds `count` issues, each with a person holding a position backed by a statement. */
async function addSyntheticIssues(count: number): Promise<void> {
  await server.db.runText(
    `MERGE (outlet:Stakeholder:Organization {id: 'rt-outlet'}) SET outlet.name = 'Round-trip Gazette', outlet.kind = 'NEWS_OUTLET'
     MERGE (a:Article {id: 'rt-article'}) SET a.text = 'synthetic', a.file = 'rt.txt'
     MERGE (a)-[:PUBLISHED_BY]->(outlet)
     WITH a, outlet
     UNWIND range(1, $count) AS n
     MERGE (i:Issue {id: 'rt-dispute/rt-issue-' + n}) SET i.slug = 'rt-issue-' + n, i.dispute = 'rt-dispute', i.name = 'Synthetic ' + n, i.proposition = 'p'
     MERGE (p:Stakeholder:Person {id: 'rt-person-' + n}) SET p.name = 'Person ' + n
     MERGE (p)-[:HOLDS_ROLE {title: 'tester'}]->(outlet)
     MERGE (s:Statement {id: 'rt-statement-' + n}) SET s.text = 'words ' + n, s.kind = 'DIRECT_QUOTE', s.medium = 'SPOKEN', s.start = 0, s.end = 5, s.paragraph = 1, s.context = 'synthetic'
     MERGE (s)-[:IN_ARTICLE]->(a) MERGE (s)-[:SAID_BY]->(p) MERGE (s)-[:ABOUT]->(i)
     MERGE (pos:Position {id: 'rt-position-' + n}) SET pos.stance = 'SUPPORT', pos.asOf = date('2011-07-01'), pos.confidence = 1.0, pos.inferred = false
     MERGE (p)-[:HOLDS_POSITION]->(pos) MERGE (pos)-[:ON_ISSUE]->(i) MERGE (pos)-[:EVIDENCED_BY]->(s)`,
    { count },
    'WRITE',
  );
}

async function removeSyntheticIssues(): Promise<void> {
  await server.db.runText(
    `MATCH (n) WHERE n.id STARTS WITH 'rt-' OR n.slug STARTS WITH 'rt-issue-' DETACH DELETE n`,
    {},
    'WRITE',
  );
}

/** Runs the nested query and counts the Cypher statements it sends. */
async function countRoundTrips(): Promise<{ roundTrips: number; issues: number; positions: number }> {
  const names: string[] = [];
  const stop = server.db.onQuery(({ name }) => names.push(name));
  try {
    const response = await server.graphql<{ issues: { positions: unknown[] }[] }>(NESTED_QUERY);
    expect(response.errors).toBeUndefined();
    const issues = response.data?.issues ?? [];
    return {
      roundTrips: names.length,
      issues: issues.length,
      positions: issues.reduce((n, i) => n + i.positions.length, 0),
    };
  } finally {
    stop();
  }
}

describe('round trips of a nested query', () => {
  // 20 and 80 synthetic issues (plus the seed's), under the 100 items a list may return.
  it('stay the same over 20 and over 80 parents', async () => {
    await addSyntheticIssues(20);
    const twenty = await countRoundTrips();
    await addSyntheticIssues(80);
    const eighty = await countRoundTrips();
    process.stdout.write(
      `round trips: ${twenty.roundTrips} for ${twenty.issues} issues / ${twenty.positions} positions; ` +
        `${eighty.roundTrips} for ${eighty.issues} issues / ${eighty.positions} positions\n`,
    );
    expect(eighty.issues - twenty.issues).toBe(60);
    expect(eighty.roundTrips).toBe(twenty.roundTrips);
    expect(twenty.roundTrips).toBeLessThanOrEqual(6);
  });
});

/** Runs `query` and returns the names of the Cypher statements it sent, in order. */
async function statementsSent(query: string, variables?: Record<string, unknown>): Promise<string[]> {
  const names: string[] = [];
  const stop = server.db.onQuery(({ name }) => names.push(name));
  try {
    const response = await server.graphql(query, variables);
    expect(response.errors).toBeUndefined();
    return names;
  } finally {
    stop();
  }
}

describe('round trips of the README questions on the seed graph', () => {
  let ids: { malloy: string; sebac: string };
  beforeAll(async () => {
    const found = await server.graphql<{ search: { node: { id: string } }[] }>(
      '{ search(text: "Dannel Malloy", first: 1) { node { id } } }',
    );
    const orgs = await server.graphql<{ search: { node: { id: string; __typename: string } }[] }>(
      '{ search(text: "SEBAC", first: 10) { node { id __typename } } }',
    );
    ids = {
      malloy: found.data?.search[0]?.node.id ?? '',
      sebac: orgs.data?.search.find((hit) => hit.node.__typename === 'Organization')?.node.id ?? '',
    };
    expect(ids.malloy).not.toBe('');
    expect(ids.sebac).not.toBe('');
  });

  // Each count is what the question costs now; one more means a field started querying on its own.
  const QUESTIONS: [name: string, query: string, roundTrips: number][] = [
    [
      'who opposed renegotiation (positions, holders, evidence, speakers, articles in one query)',
      `{ issue(slug: "renegotiation") { positions(stance: OPPOSE) { holder { name }
         evidence { text speaker { name } article { id publishedOn } } } } }`,
      // the issue by slug, its positions and everything below them: one composed query
      1,
    ],
    [
      'which units rejected the deal',
      `{ vote(slug: "sebac-2011-ratification") { passed rule ballots(outcome: REJECT) { unit { name } evidence { text } } } }`,
      1,
    ],
    [
      'allies and opponents on an issue',
      `{ alignment(issueSlug: "bylaw-change") { stance holders { name } positions { evidence { text } } } }`,
      1,
    ],
    [
      'a page of statements with speaker and article',
      `{ statements(first: 20) { edges { node { text saidOn speaker { name } article { id headline } } } } }`,
      1,
    ],
    [
      'a page of statements about an issue with speaker and article',
      `{ statements(first: 20, where: { issueSlug: "renegotiation" }) { edges { node { text speaker { name } article { id } } } } }`,
      1,
    ],
    [
      'planned layoffs, as each source reports them',
      `{ figures(measure: "planned-layoffs", dispute: "ct-sebac-2011-concessions") { value qualifier asReported article { id } } }`,
      1,
    ],
  ];

  it.each(QUESTIONS)('%s', async (_name, query, roundTrips) => {
    expect(await statementsSent(query)).toHaveLength(roundTrips);
  });

  it('how the governor’s stance changed: the stakeholder, the issue, statements and positions in one query', async () => {
    const sent = await statementsSent(
      `query ($id: ID!) { timeline(holderId: $id, issueSlug: "reopen-talks") { date stance previousStance stanceChanged statement { text } } }`,
      { id: ids.malloy },
    );
    expect(sent).toEqual(['statement/find-timeline']);
  });

  it('how Malloy is connected to SEBAC', async () => {
    const sent = await statementsSent(
      `query ($from: ID!, $to: ID!) { connections(fromId: $from, toId: $to, maxHops: 4) { length steps { relation description evidence { text } } } }`,
      { from: ids.malloy, to: ids.sebac },
    );
    expect(sent.length).toBeLessThanOrEqual(6);
    process.stdout.write(`connections round trips: ${sent.length} (${sent.join(', ')})\n`);
  });

  it('find anything', async () => {
    const sent = await statementsSent(
      `{ search(text: "bargaining table") { score snippet node { id __typename } } }`,
    );
    // The search, then one loader per type of node it found (stakeholders, statements, issues),
    // all in the same tick.
    expect(sent.length).toBeLessThanOrEqual(4);
    process.stdout.write(`search round trips: ${sent.length} (${sent.join(', ')})\n`);
  });

  it('who speaks for SEBAC', async () => {
    const sent = await statementsSent(
      `query ($id: ID!) { organization(id: $id) { spokespeople { person { name } titles evidence { text } } } }`,
      { id: ids.sebac },
    );
    expect(sent).toEqual(['stakeholder/find-organization']);
  });

  it('does not read an article’s text or a statement’s paragraph unless they are asked for', async () => {
    const without = await statementsSent(
      `{ statements(first: 5) { edges { node { text article { headline } } } } }`,
    );
    expect(without).not.toContain('article/find-article-texts-by-ids');
    expect(without).not.toContain('statement/find-statement-contexts-by-ids');
    const asked = await statementsSent(
      `{ statements(first: 5) { edges { node { context article { text } } } } }`,
    );
    expect(asked).toContain('article/find-article-texts-by-ids');
    expect(asked).toContain('statement/find-statement-contexts-by-ids');
  });
});

describe('round trips past the old batch size of 1 000 keys', () => {
  /** 100 organizations with `members` people each: 100 × members stakeholder keys in one list. */
  async function addOrganizations(members: number): Promise<void> {
    await server.db.runText(
      `UNWIND range(1, 100) AS o
       MERGE (org:Stakeholder:Organization {id: 'rt-org-' + o}) SET org.name = 'rt Org ' + o, org.kind = 'RT_KIND'
       WITH org, o
       UNWIND range(1, $members) AS m
       MERGE (p:Stakeholder:Person {id: 'rt-member-' + o + '-' + m}) SET p.name = 'rt Member ' + o + '-' + m
       MERGE (p)-[:MEMBER_OF {relation: 'member'}]->(org)`,
      { members },
      'WRITE',
    );
  }

  it('stay the same for 100 organizations of 2 members and of 15 members (1 500 member keys)', async () => {
    const query = `{ organizations(first: 100, kind: "RT_KIND") { edges { node { name
      members(first: 100) { member { name } } spokespeople { person { name } } } } } }`;
    await addOrganizations(2);
    const few = await statementsSent(query);
    await addOrganizations(15);
    const many = await statementsSent(query);
    const members = await server.graphql<{
      organizations: { edges: { node: { members: unknown[] } }[] };
    }>(query);
    expect(members.data?.organizations.edges.reduce((n, e) => n + e.node.members.length, 0)).toBe(1500);
    expect(many).toEqual(few);
    expect(many.length).toBeLessThanOrEqual(4);
  });
});

/** Runs `query` and returns the Cypher texts it sent. */
async function textsSent(query: string, variables?: Record<string, unknown>): Promise<string[]> {
  const texts: string[] = [];
  const stop = server.db.onQuery(({ text }) => texts.push(text));
  try {
    const response = await server.graphql(query, variables);
    expect(response.errors).toBeUndefined();
    return texts;
  } finally {
    stop();
  }
}

describe('the one query of a root field', () => {
  it('projects only what the client selected', async () => {
    const [narrow] = await textsSent('{ statements(first: 5) { edges { node { text } } } }');
    expect(narrow).toContain('text: s.text');
    expect(narrow).not.toMatch(/SAID_BY|IN_ARTICLE|headline|saidOnNote|medium/);
    const [wide] = await textsSent(
      '{ statements(first: 5) { edges { node { medium speaker { name } article { headline } } } } }',
    );
    expect(wide).toMatch(/SAID_BY/);
    expect(wide).toMatch(/headline/);
    expect(wide).not.toContain('text: s.text');
  });

  /** A dispute of its own: one issue, `holders` people opposing it, two quotes each. */
  async function addOpposition(holders: number): Promise<void> {
    await server.db.runText(
      `MERGE (d:Dispute {id: 'rt-big'}) SET d.name = 'Round-trip dispute'
       MERGE (outlet:Stakeholder:Organization {id: 'rt-big-outlet'}) SET outlet.name = 'Big Gazette', outlet.kind = 'NEWS_OUTLET'
       MERGE (a:Article {id: 'rt-big-article'}) SET a.text = 'synthetic', a.publishedOn = date('2011-07-01')
       MERGE (a)-[:PUBLISHED_BY]->(outlet)
       MERGE (i:Issue {id: 'rt-big/tax'}) SET i.slug = 'tax', i.dispute = 'rt-big', i.name = 'Tax', i.proposition = 'p'
       MERGE (i)-[:IN_DISPUTE]->(d)
       WITH a, i
       UNWIND range(1, $holders) AS n
       MERGE (p:Stakeholder:Person {id: 'rt-big-person-' + n}) SET p.name = 'Opponent ' + n
       MERGE (pos:Position {id: 'rt-big-position-' + n}) SET pos.stance = 'OPPOSE', pos.asOf = date('2011-07-01'), pos.confidence = 1.0, pos.inferred = false
       MERGE (p)-[:HOLDS_POSITION]->(pos) MERGE (pos)-[:ON_ISSUE]->(i)
       WITH a, i, p, pos, n
       UNWIND [1, 2] AS q
       MERGE (s:Statement {id: 'rt-big-statement-' + n + '-' + q})
         SET s.text = 'no ' + n, s.kind = 'DIRECT_QUOTE', s.medium = 'SPOKEN', s.start = q, s.end = q + 2,
             s.paragraph = 1, s.context = 'synthetic', s.saidOn = date('2011-07-01')
       MERGE (s)-[:IN_ARTICLE]->(a) MERGE (s)-[:SAID_BY]->(p) MERGE (s)-[:ABOUT]->(i) MERGE (pos)-[:EVIDENCED_BY]->(s)`,
      { holders },
      'WRITE',
    );
  }

  it('stays one query per README question however many records it reads (1 200 holders, 2 400 quotes)', async () => {
    const questions: [string, number][] = [
      [
        '{ issue(slug: "tax", dispute: "rt-big") { positions(first: 100) { holder { name } evidence { text speaker { name } article { id publishedOn } } } } }',
        100,
      ],
      [
        '{ alignment(issueSlug: "tax", dispute: "rt-big") { stance holders { name } positions { evidence { text } } } }',
        1,
      ],
      [
        '{ statements(first: 100, where: { issueSlug: "tax", dispute: "rt-big" }) { edges { node { text speaker { name } article { id } } } } }',
        100,
      ],
    ];
    const counts = async () => {
      const result: number[] = [];
      for (const [query, size] of questions) {
        const sent = await statementsSent(query);
        const answer = await server.graphql<Record<string, unknown[] | Record<string, unknown[]>>>(query);
        const root = Object.values(answer.data ?? {})[0];
        const list = Array.isArray(root) ? root : Object.values(root ?? {})[0];
        expect(list).toHaveLength(size);
        result.push(sent.length);
      }
      return result;
    };
    await addOpposition(3);
    // 3 holders: fewer than 100 on a page; grow past every old batch size and check again.
    questions[0][1] = 3;
    questions[2][1] = 6;
    const few = await counts();
    await addOpposition(1200);
    questions[0][1] = 100;
    questions[2][1] = 100;
    const many = await counts();
    expect(few).toEqual([1, 1, 1]);
    expect(many).toEqual([1, 1, 1]);
    const camps = await server.graphql<{ alignment: { holders: unknown[] }[] }>(
      '{ alignment(issueSlug: "tax", dispute: "rt-big") { holders { name } } }',
    );
    expect(camps.data?.alignment[0]?.holders).toHaveLength(1200);
  });

  it('gives the same pages whether a large issue’s page walks the saidOn index or sorts the issue’s statements', async () => {
    // On top of the 1 200 holders' 2 400 quotes (all of one day): other days, and undated ones.
    await server.db.runText(
      `MATCH (i:Issue {id: 'rt-big/tax'}), (a:Article {id: 'rt-big-article'}), (p:Person {id: 'rt-big-person-1'})
       UNWIND range(1, 60) AS n
       MERGE (s:Statement {id: 'rt-big-extra-' + n})
         SET s.text = 'extra ' + n, s.kind = 'PARAPHRASE', s.medium = 'SPOKEN', s.start = n, s.end = n + 1,
             s.paragraph = 2, s.context = 'synthetic',
             s.saidOn = CASE WHEN n % 3 = 0 THEN null ELSE date('2011-06-01') + duration({days: n}) END
       MERGE (s)-[:IN_ARTICLE]->(a) MERGE (s)-[:ABOUT]->(i) MERGE (s)-[:SAID_BY]->(p)`,
      {},
      'WRITE',
    );
    const node = new Map([
      ['text', new Map()],
      ['saidOn', new Map()],
    ]);
    const allPages = async (walkAbove: number, speakerKey: string | null) => {
      const keys: string[] = [];
      let after: SortCursor | null = null;
      for (let pages = 0; pages < 100; pages += 1) {
        const { rows } = await findStatementsPage(
          server.db,
          {
            speakerKey,
            articleKey: null,
            issueSlug: 'tax',
            dispute: 'rt-big',
            stance: null,
            from: null,
            to: null,
          },
          { after, limit: 101 },
          node,
          { walkAbove },
        );
        keys.push(...rows.slice(0, 100).map((row) => row.statement.key));
        const last = rows[99];
        if (rows.length <= 100 || last === undefined) return keys;
        after = { sort: last.sortKey, key: last.statement.key };
      }
      throw new Error('more pages than expected');
    };
    const sorted = await allPages(1_000_000_000, null);
    expect(sorted).toHaveLength(2400 + 60);
    expect(sorted.slice(-20).every((key) => key.startsWith('rt-big-extra-'))).toBe(true);
    expect(await allPages(0, null)).toEqual(sorted);
    const bySpeakerOnIssue = await allPages(1_000_000_000, 'rt-big-person-1');
    expect(bySpeakerOnIssue).toHaveLength(2 + 60);
    expect(await allPages(0, 'rt-big-person-1')).toEqual(bySpeakerOnIssue);
    // A speaker's own page (no issue), and its timeline, by both plans too.
    const speakerPages = async (walkAbove: number) => {
      const keys: string[] = [];
      let after: SortCursor | null = null;
      for (;;) {
        const { rows } = await findStatementsPage(
          server.db,
          {
            speakerKey: 'rt-big-person-1',
            articleKey: null,
            issueSlug: null,
            dispute: null,
            stance: null,
            from: null,
            to: null,
          },
          { after, limit: 8 },
          node,
          { walkAbove },
        );
        keys.push(...rows.slice(0, 7).map((row) => row.statement.key));
        const last = rows[6];
        if (rows.length <= 7 || last === undefined) return keys;
        after = { sort: last.sortKey, key: last.statement.key };
      }
    };
    expect(await speakerPages(0)).toEqual(bySpeakerOnIssue);
    expect(await speakerPages(1_000_000_000)).toEqual(bySpeakerOnIssue);
    for (const issueSlug of ['tax', null]) {
      const timeline = (walkAbove: number) =>
        findTimeline(
          server.db,
          { holderKey: 'rt-big-person-1', issueSlug, dispute: 'rt-big', limit: 50 },
          { statement: node, position: new Map() },
          walkAbove,
        );
      const sortedTimeline = (await timeline(1_000_000_000)).statements.map((record) => record.key);
      expect(sortedTimeline).toEqual(bySpeakerOnIssue.slice(0, 50));
      expect((await timeline(0)).statements.map((record) => record.key)).toEqual(sortedTimeline);
    }
  });
});

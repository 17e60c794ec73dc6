/**
 * No N+1: a nested query over many parents costs the same number of Cypher round trips as over
 * a few, because every relationship field goes through a per-request DataLoader.
 */
import { startTestServer, type TestServer } from '../helpers/test-server';

let server: TestServer;
beforeAll(async () => {
  // The query asks for every issue with nested lists: far over the default cost limit, which is
  // not what this test is about.
  server = await startTestServer({ limits: { maxCost: 100_000_000 } });
});
afterAll(async () => {
  await removeSyntheticIssues();
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
    expect(twenty.roundTrips).toBeLessThanOrEqual(10);
  });
});

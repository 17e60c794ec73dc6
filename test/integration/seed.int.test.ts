/**
 * The seeded graph on the real Neo4j: idempotent loading, quotes located in their articles,
 * nothing orphaned, and the four questions of the graph-model issue answered by cypher/.
 */
import { readConfig } from '../../src/config';
import { Database } from '../../src/db';
import { countNodesByLabel, countRelationshipsByType } from '../../src/repositories/admin.repository';
import { findFigures } from '../../src/repositories/figure.repository';
import { findLatestPositionsByIssues } from '../../src/repositories/position.repository';
import { findSpokespeopleByOrganizations } from '../../src/repositories/role.repository';
import { findStatementsByIds } from '../../src/repositories/statement.repository';
import { findVotesBySlug } from '../../src/repositories/vote.repository';
import { seedDatabase, seedHash, seedOnStart, writeSeed } from '../../seed';
import { readSeed } from '../../seed/read';
import { testDatabaseOptions } from '../helpers/global-setup';
import { testNeo4jUri } from '../helpers/test-env';

let db: Database;
beforeAll(async () => {
  db = await Database.create(testDatabaseOptions(testNeo4jUri()));
});
afterAll(() => db.close());

const counts = async () => ({
  labels: await countNodesByLabel(db),
  types: await countRelationshipsByType(db),
});

describe('loading the seed', () => {
  it('is all or nothing: a failure in its last step leaves the graph and the marker as they were', async () => {
    const before = await counts();
    const [marker] = await db.runText(`MATCH (m:SeedMarker {id: 'seed'}) RETURN m.hash AS hash`);
    const seed = await readSeed(readConfig().articlesDir);
    const renamed = 'An issue name that must never become visible';
    const broken = structuredClone(seed);
    const [firstIssue] = broken.entities.issues;
    const [vote] = broken.entities.votes;
    if (!firstIssue || !vote?.closedOn) throw new Error('the seed has an issue and a dated vote');
    firstIssue.name = renamed; // written by the first step
    vote.closedOn.date = '2011-02-31'; // the votes are the last step; Neo4j rejects this date
    await expect(writeSeed(db, broken)).rejects.toThrow();
    const [issue] = await db.runText(`MATCH (i:Issue {slug: $slug}) RETURN i.name AS name`, {
      slug: firstIssue.slug,
    });
    expect(issue?.name).not.toBe(renamed);
    expect(await counts()).toEqual(before);
    expect(await db.runText(`MATCH (m:SeedMarker {id: 'seed'}) RETURN m.hash AS hash`)).toEqual([marker]);
    expect(marker?.hash).toBe(seedHash(seed));
  });

  it('on start, reloads only when the completed-seed marker is missing or of other data', async () => {
    const dir = readConfig().articlesDir;
    expect(await seedOnStart(db, dir, 'auto')).toBeNull();
    expect(await seedOnStart(db, dir, 'never')).toBeNull();

    // A node an earlier version of the seed wrote, which the current seed no longer has, and a
    // node written some other way: a stale reload removes the first and keeps the second.
    await db.runText(
      `CREATE (:Position {id: 'seed-test-dropped-position', origin: 'seed'}),
              (:Position {id: 'seed-test-editor-position'})`,
      {},
      'WRITE',
    );
    await db.runText(`MATCH (m:SeedMarker {id: 'seed'}) SET m.hash = 'an older seed'`, {}, 'WRITE');
    expect(await seedOnStart(db, dir, 'auto')).toBe('stale');
    const left = await db.runText(
      `MATCH (p:Position) WHERE p.id STARTS WITH 'seed-test-' RETURN p.id AS id ORDER BY id`,
    );
    expect(left).toEqual([{ id: 'seed-test-editor-position' }]);
    await db.runText(`MATCH (p:Position {id: 'seed-test-editor-position'}) DELETE p`, {}, 'WRITE');

    await db.runText(`MATCH (m:SeedMarker {id: 'seed'}) DELETE m`, {}, 'WRITE');
    expect(await seedOnStart(db, dir, 'auto')).toBe('missing');
    expect(await seedOnStart(db, dir, 'auto')).toBeNull();
    expect(await seedOnStart(db, dir, 'always')).toBe('always');
  });

  it('twice leaves the same counts by label and relationship type, and audits each load', async () => {
    // The audit trail records each load (actor system:seed); every other count stays the same.
    const facts = ({ labels, types }: Awaited<ReturnType<typeof counts>>) => ({
      labels: labels.filter((row) => row.label !== 'AuditEntry'),
      types: types.filter((row) => row.type !== 'CHANGED'),
    });
    const audits = (c: Awaited<ReturnType<typeof counts>>) =>
      c.labels.find((row) => row.label === 'AuditEntry')?.count ?? 0;
    const before = await counts();
    await seedDatabase(db, readConfig().articlesDir);
    const after = await counts();
    expect(facts(after)).toEqual(facts(before));
    expect(audits(after)).toBe(audits(before) + 1);
    const [entry] = await db.runText(
      "MATCH (a:AuditEntry {operation: 'seed'})-[:CHANGED]->(n {id: 'dannel-malloy'}) RETURN a.actor AS actor ORDER BY a.at DESC LIMIT 1",
    );
    expect(entry?.actor).toBe('system:seed');
    const table = [
      ...before.labels.map((row) => `  ${row.label}: ${row.count}`),
      ...before.types.map((row) => `  ${row.type}: ${row.count}`),
    ];
    process.stdout.write(`graph counts (labels, then relationship types):\n${table.join('\n')}\n`);
    expect(before.labels.find((row) => row.label === 'Statement')?.count).toBeGreaterThan(150);
  });

  it('stores every statement verbatim at its offsets in its article text', async () => {
    const rows = await db.runText(
      `MATCH (s:Statement)-[:IN_ARTICLE]->(a:Article)
       RETURN s.id AS id, s.text AS text, substring(a.text, s.start, s.end - s.start) AS located`,
    );
    const normalize = (text: unknown) => String(text).replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
    const misplaced = rows
      .filter((row) => normalize(row.text) !== normalize(row.located))
      .map((row) => row.id);
    expect(rows.length).toBeGreaterThan(150);
    expect(misplaced).toEqual([]);
  });

  it('leaves no stakeholder without a link and no statement outside an article', async () => {
    const [row] = await db.runText(
      `RETURN COUNT { MATCH (s:Stakeholder) WHERE NOT (s)--() } AS lonelyStakeholders,
              COUNT { MATCH (s:Statement) WHERE NOT (s)-[:IN_ARTICLE]->(:Article) } AS homelessStatements,
              COUNT { MATCH (s:Stakeholder) WHERE NOT (s)-[:EVIDENCED_BY]->(:Statement) } AS unsourcedStakeholders,
              COUNT { MATCH (p:Position) WHERE NOT (p)-[:EVIDENCED_BY]->(:Statement) } AS unsourcedPositions`,
    );
    expect(row).toEqual({
      lonelyStakeholders: 0,
      homelessStatements: 0,
      unsourcedStakeholders: 0,
      unsourcedPositions: 0,
    });
  });
});

describe('the four questions, answered by cypher/', () => {
  it('names who opposes renegotiating the deal, each with evidence', async () => {
    const latest = await findLatestPositionsByIssues(db, [
      { issueKey: 'ct-sebac-2011-concessions/renegotiation', asOf: null },
    ]);
    const opposed = latest.filter((position) => position.stance === 'OPPOSE');
    expect(opposed.map((position) => position.holderKey).sort()).toEqual(
      expect.arrayContaining(['dannel-malloy', 'martin-looney', 'office-of-the-governor']),
    );
    expect(opposed.map((position) => position.holderKey)).not.toContain('moises-padilla');
    for (const position of opposed) expect(position.evidenceKeys.length).toBeGreaterThan(0);
  });

  it('names the state police union as the one rejecting unit, and keeps each source’s tally apart', async () => {
    const {
      votes: [vote],
    } = await findVotesBySlug(db, 'sebac-2011-ratification', null);
    expect(vote?.ballots.map((ballot) => [ballot.unitKey, ballot.outcome])).toEqual([
      ['connecticut-state-police-union', 'REJECT'],
    ]);
    expect(vote?.tallies.length).toBe(4);
    expect(new Set(vote?.tallies.flatMap((tally) => tally.articleKeys)).size).toBe(4);
    expect(vote?.tallies.find((tally) => tally.bargainingUnitsTotal === 34)?.bargainingUnitsAgainst).toBe(8);
  });

  it('names who speaks for SEBAC and for the governor, with what they said', async () => {
    const rows = await findSpokespeopleByOrganizations(db, ['sebac', 'office-of-the-governor']);
    const speakers = (org: string) => rows.filter((row) => row.ownerKey === org).map((row) => row.personKey);
    expect(speakers('sebac')).toEqual(
      expect.arrayContaining(['matt-oconnor', 'larry-dorman', 'daniel-livingston']),
    );
    expect(speakers('office-of-the-governor')).toContain('colleen-flanagan');
    const flanagan = rows.find((row) => row.personKey === 'colleen-flanagan');
    const quotes = await findStatementsByIds(db, flanagan?.evidenceKeys ?? []);
    expect(quotes.map((quote) => quote.text)).toContain(
      'The Governor has said all along he’s happy to clarify the language of the agreement if that will allow it to be ratified',
    );
  });

  it('lists the planned-layoff figures side by side, one per report, with their sources', async () => {
    const leaf = new Map();
    const { figures } = await findFigures(
      db,
      { measure: 'planned-layoffs', dispute: 'ct-sebac-2011-concessions', limit: 100 },
      new Map([
        ['value', leaf],
        ['article', leaf],
        ['evidence', leaf],
      ]),
    );
    expect(figures.map((figure) => figure.value).sort()).toEqual([5500, 6600, 6700, 6700, 7500]);
    expect(new Set(figures.map((figure) => figure.article?.key)).size).toBe(5);
    for (const figure of figures) expect(figure.evidence?.length).toBeGreaterThan(0);
  });
});

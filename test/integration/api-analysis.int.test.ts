import { corpusOf, expectData, expectErrorCode, idOf, stakeholdersByKey, type Named } from '../helpers/api';
import { startTestServer, type TestServer } from '../helpers/test-server';

interface Step {
  relation: string;
  description: string;
  from: { id: string };
  to: { id: string };
  evidence: { text: string; article: { key: string } }[];
}

interface Path {
  length: number;
  steps: Step[];
}

interface Entry {
  kind: 'STATEMENT' | 'POSITION';
  date: string | null;
  stance: string | null;
  previousStance: string | null;
  stanceChanged: boolean;
  statement: { key: string; text: string; article: { key: string } } | null;
  position: { stance: string; issue: { slug: string } } | null;
}

const CONNECTIONS = `query ($fromId: ID!, $toId: ID!, $maxHops: Int) {
  connections(fromId: $fromId, toId: $toId, maxHops: $maxHops) {
    length
    steps { relation description from { id } to { id } evidence { text article { key } } }
  }
}`;

const TIMELINE = `query ($holderId: ID!, $issueSlug: String) {
  timeline(holderId: $holderId, issueSlug: $issueSlug) {
    kind date stance previousStance stanceChanged
    statement { key text article { key } }
    position { stance issue { slug } }
  }
}`;

let server: TestServer;
let stakeholders: Map<string, Named>;
beforeAll(async () => {
  server = await startTestServer();
  stakeholders = await stakeholdersByKey(server);
});
afterAll(() => server.close());

describe('connections', () => {
  const padillaToMalloy = async () =>
    expectData(
      await server.graphql<{ connections: Path[] }>(CONNECTIONS, {
        fromId: idOf(stakeholders, 'moises-padilla'),
        toId: idOf(stakeholders, 'dannel-malloy'),
      }),
    ).connections;

  it('finds at least one path from Moises Padilla to Dannel P. Malloy', async () => {
    const paths = await padillaToMalloy();
    expect(paths.length).toBeGreaterThanOrEqual(1);
    for (const path of paths) expect(path.steps).toHaveLength(path.length);
  });

  it('starts every path at Padilla and ends it at Malloy', async () => {
    for (const path of await padillaToMalloy()) {
      expect(path.steps[0]?.from.id).toBe(idOf(stakeholders, 'moises-padilla'));
      expect(path.steps[path.steps.length - 1]?.to.id).toBe(idOf(stakeholders, 'dannel-malloy'));
    }
  });

  it('chains the steps: each step starts where the previous one ended', async () => {
    for (const path of await padillaToMalloy()) {
      for (let i = 0; i + 1 < path.steps.length; i++) {
        expect(path.steps[i + 1]?.from.id).toBe(path.steps[i]?.to.id);
      }
    }
  });

  it('gives every step a relation, a description and evidence found verbatim in its article', async () => {
    for (const path of await padillaToMalloy()) {
      for (const step of path.steps) {
        expect(step.relation).toMatch(/^[A-Z_]+$/);
        expect(step.description.length).toBeGreaterThan(0);
        expect(step.evidence.length).toBeGreaterThanOrEqual(1);
        for (const evidence of step.evidence) expect(corpusOf(evidence.article.key)).toContain(evidence.text);
      }
    }
  });

  it('links Padilla to Malloy in two steps through the statement in which Padilla names “Governor Malloy”', async () => {
    const [shortest] = await padillaToMalloy();
    expect(shortest?.length).toBe(2);
    expect(shortest?.steps.map((step) => step.relation)).toEqual(['SAID', 'MENTIONS']);
    expect(shortest?.steps[0]?.description).toMatch(/^Moises Padilla said “/);
    expect(shortest?.steps[1]?.description).toMatch(/mentions Dannel P\. Malloy$/);
  });

  it('finds no path longer than maxHops', async () => {
    const response = await server.graphql<{ connections: Path[] }>(CONNECTIONS, {
      fromId: idOf(stakeholders, 'moises-padilla'),
      toId: idOf(stakeholders, 'dannel-malloy'),
      maxHops: 1,
    });
    expect(expectData(response).connections).toEqual([]);
  });

  it.each([0, 7])('rejects maxHops: %i with BAD_USER_INPUT', async (maxHops) => {
    const response = await server.graphql(CONNECTIONS, {
      fromId: idOf(stakeholders, 'moises-padilla'),
      toId: idOf(stakeholders, 'dannel-malloy'),
      maxHops,
    });
    expectErrorCode(response, 'BAD_USER_INPUT');
  });

  it('rejects the same stakeholder as both ends with BAD_USER_INPUT', async () => {
    const id = idOf(stakeholders, 'moises-padilla');
    expectErrorCode(await server.graphql(CONNECTIONS, { fromId: id, toId: id }), 'BAD_USER_INPUT');
  });

  it('rejects a malformed fromId with BAD_USER_INPUT', async () => {
    const response = await server.graphql(CONNECTIONS, {
      fromId: 'hello',
      toId: idOf(stakeholders, 'dannel-malloy'),
    });
    expectErrorCode(response, 'BAD_USER_INPUT');
  });
});

describe('timeline', () => {
  const timelineOf = async (holderKey: string, issueSlug?: string) =>
    expectData(
      await server.graphql<{ timeline: Entry[] }>(TIMELINE, {
        holderId: idOf(stakeholders, holderKey),
        issueSlug,
      }),
    ).timeline;

  it('lists Malloy’s entries on reopening talks in date order', async () => {
    const dates = (await timelineOf('dannel-malloy', 'reopen-talks')).map(
      (entry) => entry.date ?? '9999-12-31',
    );
    expect(dates.length).toBeGreaterThan(0);
    expect(dates).toEqual([...dates].sort());
  });

  it('shows Malloy moving from OPPOSE through MIXED to SUPPORT on reopening talks, each change marked', async () => {
    const positions = (await timelineOf('dannel-malloy', 'reopen-talks')).filter(
      (e) => e.kind === 'POSITION',
    );
    expect(
      positions.map((entry) => [entry.date, entry.previousStance, entry.stance, entry.stanceChanged]),
    ).toEqual([
      ['2011-06-20', null, 'OPPOSE', false],
      ['2011-07-05', 'OPPOSE', 'MIXED', true],
      ['2011-07-07', 'MIXED', 'SUPPORT', true],
    ]);
    expect(positions.every((entry) => entry.position?.issue.slug === 'reopen-talks')).toBe(true);
  });

  it('lists Malloy’s statements on reopening talks verbatim as printed in their articles', async () => {
    const statements = (await timelineOf('dannel-malloy', 'reopen-talks')).filter(
      (e) => e.kind === 'STATEMENT',
    );
    const texts = statements.map((entry) => entry.statement?.text);
    expect(texts).toContain('Malloy said last week that he will not re-open negotiations');
    expect(texts).toContain(
      'I have asked (Ojakian) to converse with them about what is a road map to acceptance or approval of an agreement',
    );
    for (const entry of statements) {
      expect(entry.stanceChanged).toBe(false);
      expect(corpusOf(entry.statement?.article.key ?? '')).toContain(entry.statement?.text);
    }
  });

  it('puts the statement before the position it supports on the same date', async () => {
    const entries = await timelineOf('dannel-malloy', 'reopen-talks');
    expect(entries.slice(0, 2).map((entry) => entry.kind)).toEqual(['STATEMENT', 'POSITION']);
    expect(entries[0]?.statement?.key).toBe('cnj0627-p-malloy-will-not-reopen');
  });

  it('shows Malloy opposing renegotiation throughout, with no change of stance', async () => {
    const entries = await timelineOf('dannel-malloy', 'renegotiation');
    const positions = entries.filter((entry) => entry.kind === 'POSITION');
    expect(positions.map((entry) => [entry.date, entry.stance, entry.stanceChanged])).toEqual([
      ['2011-06-20', 'OPPOSE', false],
      ['2011-07-05', 'OPPOSE', false],
      ['2011-07-07', 'OPPOSE', false],
    ]);
    const texts = entries.filter((entry) => entry.kind === 'STATEMENT').map((entry) => entry.statement?.text);
    expect(texts).toContain('What’s the sense of negotiating if nothing can ever be approved');
    expect(texts).toContain(
      "I have to understand how we would get from where we are now with a good agreement that's been rejected, to a clarified agreement that could be accepted.",
    );
  });

  it('tracks stance changes per issue when no issue is given', async () => {
    const entries = await timelineOf('dannel-malloy');
    const changed = entries
      .filter((entry) => entry.stanceChanged)
      .map((entry) => [entry.position?.issue.slug, entry.previousStance, entry.stance]);
    // Each issue's stances are compared only with that issue's: his reopen-talks turn, and his
    // bylaw stance moving from NEUTRAL (5 July) to SUPPORT (7 July).
    expect(changed).toEqual(
      expect.arrayContaining([
        ['reopen-talks', 'OPPOSE', 'MIXED'],
        ['reopen-talks', 'MIXED', 'SUPPORT'],
        ['bylaw-change', 'NEUTRAL', 'SUPPORT'],
      ]),
    );
    expect(changed).toHaveLength(3);
  });

  it('returns NOT_FOUND for an unknown issue slug', async () => {
    const response = await server.graphql(TIMELINE, {
      holderId: idOf(stakeholders, 'dannel-malloy'),
      issueSlug: 'no-such-issue',
    });
    expectErrorCode(response, 'NOT_FOUND');
  });

  it('returns NOT_FOUND for a well-formed id of an unknown stakeholder', async () => {
    const holderId = Buffer.from('Person:no-such-person', 'utf8').toString('base64url');
    expectErrorCode(await server.graphql(TIMELINE, { holderId }), 'NOT_FOUND');
  });
});

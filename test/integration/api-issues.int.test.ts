import { corpusOf, expectData, expectErrorCode, sorted } from '../helpers/api';
import { HARBOR } from '../helpers/fixtures';
import { startTestServer, type TestServer } from '../helpers/test-server';

interface EvidenceWithArticle {
  text: string;
  article: { id: string; key: string };
}

interface HolderPosition {
  stance: string;
  asOf: string | null;
  holder: { name: string };
  evidence: EvidenceWithArticle[];
}

interface IssuePositions {
  issue: { positions: HolderPosition[] };
}

interface Camp {
  stance: string;
  holders: { name: string }[];
  positions: { holder: { name: string }; evidence: { text: string }[] }[];
}

const POSITIONS = `query ($slug: String!, $stance: Stance, $asOf: Date) {
  issue(slug: $slug) {
    positions(stance: $stance, asOf: $asOf) {
      stance asOf holder { name } evidence { text article { id key } }
    }
  }
}`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const positionsOf = async (variables: Record<string, unknown>) =>
  expectData(await server.graphql<IssuePositions>(POSITIONS, variables)).issue.positions;

describe('issues', () => {
  it('lists a dispute’s issues by slug', async () => {
    const harbor = expectData(
      await server.graphql<{ issues: { slug: string }[] }>(`{ issues(dispute: "${HARBOR}") { slug } }`),
    );
    expect(harbor.issues.map((issue) => issue.slug)).toEqual(['layoffs', 'lease-renewal']);
    const data = expectData(
      await server.graphql<{ issues: { slug: string }[] }>(
        '{ issues(dispute: "ct-sebac-2011-concessions") { slug } }',
      ),
    );
    expect(data.issues.map((issue) => issue.slug)).toEqual([
      'bylaw-change',
      'clarify-agreement',
      'layoffs',
      'ratify-deal',
      'renegotiation',
      'reopen-talks',
      'revote',
      'separate-bargaining',
    ]);
  });

  it('returns an issue with its proposition', async () => {
    const data = expectData(
      await server.graphql<{ issue: { slug: string; name: string; proposition: string } }>(
        '{ issue(slug: "renegotiation") { slug name proposition } }',
      ),
    );
    expect(data.issue).toEqual({
      slug: 'renegotiation',
      name: "Renegotiate the deal's terms",
      proposition:
        'The administration and SEBAC should renegotiate the terms of the rejected concessions deal.',
    });
  });

  it('returns NOT_FOUND for an unknown issue slug', async () => {
    const response = await server.graphql('{ issue(slug: "no-such-issue") { slug } }');
    expectErrorCode(response, 'NOT_FOUND');
  });
});

describe('issue positions', () => {
  it('names Looney, Malloy and the governor’s office as the holders opposing renegotiation', async () => {
    const positions = await positionsOf({ slug: 'renegotiation', stance: 'OPPOSE' });
    expect(sorted(positions.map((position) => position.holder.name))).toEqual([
      'Dannel P. Malloy',
      'Martin Looney',
      'Office of the Governor of Connecticut',
    ]);
    expect(positions.every((position) => position.stance === 'OPPOSE')).toBe(true);
  });

  it('backs each opposing position on renegotiation with evidence found verbatim in its article', async () => {
    const positions = await positionsOf({ slug: 'renegotiation', stance: 'OPPOSE' });
    for (const position of positions) {
      expect(position.evidence.length).toBeGreaterThanOrEqual(1);
      for (const evidence of position.evidence) {
        expect(corpusOf(evidence.article.key)).toContain(evidence.text);
      }
    }
  });

  it('cites Malloy’s explicit 5 July refusal, not his later inferred position, for his opposition to renegotiation', async () => {
    const positions = await positionsOf({ slug: 'renegotiation', stance: 'OPPOSE' });
    const malloy = positions.find((position) => position.holder.name === 'Dannel P. Malloy');
    expect(malloy?.asOf).toBe('2011-07-05');
    expect(malloy?.evidence.map((evidence) => evidence.text)).toContain(
      'Malloy has said that while he wants to avoid layoffs, he is determined to balance the new $20.14 billion budget for the fiscal year that began last Friday, and that he won’t renegotiate the rejected concession deal that took months to craft earlier this year.',
    );
  });

  it('returns every holder’s latest stance on renegotiation when no stance is given', async () => {
    const positions = await positionsOf({ slug: 'renegotiation' });
    const stances = Object.fromEntries(positions.map((position) => [position.holder.name, position.stance]));
    expect(stances).toEqual({
      'AFSCME Local 387': 'SUPPORT',
      'Dannel P. Malloy': 'OPPOSE',
      'Martin Looney': 'OPPOSE',
      'Moises Padilla': 'SUPPORT',
      'Office of the Governor of Connecticut': 'OPPOSE',
      'State Employees Bargaining Agent Coalition': 'MIXED',
    });
  });

  it('shows Malloy opposing reopening talks as of 2011-06-30', async () => {
    const positions = await positionsOf({ slug: 'reopen-talks', asOf: '2011-06-30' });
    const malloy = positions.find((position) => position.holder.name === 'Dannel P. Malloy');
    expect(malloy).toMatchObject({ stance: 'OPPOSE', asOf: '2011-06-20' });
    expect(malloy?.evidence.map((evidence) => evidence.text)).toEqual([
      'Malloy said last week that he will not re-open negotiations',
    ]);
  });

  it('shows Malloy’s stance on reopening talks as MIXED as of 2011-07-05', async () => {
    const positions = await positionsOf({ slug: 'reopen-talks', asOf: '2011-07-05' });
    const malloy = positions.find((position) => position.holder.name === 'Dannel P. Malloy');
    expect(malloy).toMatchObject({ stance: 'MIXED', asOf: '2011-07-05' });
  });

  it('shows Malloy supporting reopening talks as of 2011-07-07', async () => {
    const positions = await positionsOf({ slug: 'reopen-talks', asOf: '2011-07-07' });
    const malloy = positions.find((position) => position.holder.name === 'Dannel P. Malloy');
    expect(malloy).toMatchObject({ stance: 'SUPPORT', asOf: '2011-07-07' });
    expect(malloy?.evidence.map((evidence) => evidence.text)).toContain(
      'I have asked (Ojakian) to converse with them about what is a road map to acceptance or approval of an agreement',
    );
  });

  it('leaves out holders whose first position comes after asOf', async () => {
    const positions = await positionsOf({ slug: 'reopen-talks', asOf: '2011-06-30' });
    expect(sorted(positions.map((position) => position.holder.name))).toEqual([
      'Dannel P. Malloy',
      'Moises Padilla',
    ]);
  });

  it('rejects a malformed asOf variable with BAD_USER_INPUT', async () => {
    const response = await server.graphql(POSITIONS, { slug: 'reopen-talks', asOf: '2011-02-30' });
    expectErrorCode(response, 'BAD_USER_INPUT');
  });
});

describe('alignment', () => {
  const ALIGNMENT = `query ($slug: String!) {
    alignment(issueSlug: $slug) { stance holders { name } positions { holder { name } evidence { text } } }
  }`;

  it('groups the holders on bylaw-change into SUPPORT, MIXED and OPPOSE camps', async () => {
    const data = expectData(await server.graphql<{ alignment: Camp[] }>(ALIGNMENT, { slug: 'bylaw-change' }));
    expect(
      data.alignment.map((camp) => ({
        stance: camp.stance,
        holders: sorted(camp.holders.map((h) => h.name)),
      })),
    ).toEqual([
      {
        stance: 'SUPPORT',
        holders: ['Dannel P. Malloy', 'Michael Merrill', 'State Employees Bargaining Agent Coalition'],
      },
      { stance: 'MIXED', holders: ['Rob Ramonas'] },
      { stance: 'OPPOSE', holders: ['Gene Mauro', 'Moises Padilla'] },
    ]);
  });

  it('puts every holder in the camp of its latest stance in issue.positions', async () => {
    const data = expectData(await server.graphql<{ alignment: Camp[] }>(ALIGNMENT, { slug: 'bylaw-change' }));
    const positions = await positionsOf({ slug: 'bylaw-change' });
    const fromCamps = data.alignment.flatMap((camp) => camp.holders.map((h) => `${h.name}: ${camp.stance}`));
    const fromPositions = positions.map((position) => `${position.holder.name}: ${position.stance}`);
    expect(sorted(fromCamps)).toEqual(sorted(fromPositions));
  });

  it('lists each camp’s holders in the same order as its positions', async () => {
    const data = expectData(await server.graphql<{ alignment: Camp[] }>(ALIGNMENT, { slug: 'bylaw-change' }));
    for (const camp of data.alignment) {
      expect(camp.holders.map((h) => h.name)).toEqual(camp.positions.map((p) => p.holder.name));
    }
  });

  it('cites Gene Mauro’s “This is just a mess” quote for his opposition', async () => {
    const data = expectData(await server.graphql<{ alignment: Camp[] }>(ALIGNMENT, { slug: 'bylaw-change' }));
    const mauro = data.alignment
      .flatMap((camp) => camp.positions)
      .find((position) => position.holder.name === 'Gene Mauro');
    expect(mauro?.evidence.map((evidence) => evidence.text)).toEqual([
      "This is just a mess. The vote went down by their (SEBAC's) rules. If it had gone their way, would they have allowed us to have a re-vote? You lost something by your own rules.",
    ]);
  });

  it('returns NOT_FOUND for alignment on an unknown issue slug', async () => {
    const response = await server.graphql(ALIGNMENT, { slug: 'no-such-issue' });
    expectErrorCode(response, 'NOT_FOUND');
  });
});

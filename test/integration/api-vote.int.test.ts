import { articlesByKey, corpusOf, expectData, expectErrorCode, sorted } from '../helpers/api';
import { HARBOR } from '../helpers/fixtures';
import { startTestServer, type TestServer } from '../helpers/test-server';

interface TallyFields {
  unionsTotal: number | null;
  unionsFor: number | null;
  unionsAgainst: number | null;
  bargainingUnitsTotal: number | null;
  bargainingUnitsFor: number | null;
  bargainingUnitsAgainst: number | null;
  memberShareFor: number | null;
}

interface ThresholdData {
  measure: string;
  atLeast: number;
  outOf: number | null;
  base: string | null;
  actual: number | null;
  met: boolean | null;
  evidence: { text: string }[];
}

interface RuleData {
  readings: { key: string; passed: boolean | null; thresholds: ThresholdData[] }[];
}

interface VoteData {
  vote: {
    slug: string;
    dispute: string;
    passed: boolean | null;
    decidedBy: string[];
    closedOn: string | null;
    ruleDetails: RuleData;
    tally: TallyFields & { conflicts: string[]; sources: { id: string }[] };
    reportedTallies: (TallyFields & {
      sources: { id: string; key: string }[];
      evidence: { text: string; article: { key: string } }[];
    })[];
    rejected: { outcome: string; unit: { name: string }; evidence: { text: string }[] }[];
    approved: { unit: { name: string } }[];
  };
}

const TALLY = `unionsTotal unionsFor unionsAgainst bargainingUnitsTotal bargainingUnitsFor bargainingUnitsAgainst memberShareFor`;

const RULE = `ruleDetails { readings { key passed thresholds { measure atLeast outOf base actual met evidence { text } } } }`;

const VOTE = `{
  vote(slug: "sebac-2011-ratification") {
    slug dispute passed decidedBy closedOn
    ${RULE}
    tally { ${TALLY} conflicts sources { id } }
    reportedTallies { ${TALLY} sources { id key } evidence { text article { key } } }
    rejected: ballots(outcome: REJECT) { outcome unit { name } evidence { text } }
    approved: ballots(outcome: APPROVE) { unit { name } }
  }
}`;

let server: TestServer;
let vote: VoteData['vote'];
beforeAll(async () => {
  server = await startTestServer();
  vote = expectData(await server.graphql<VoteData>(VOTE)).vote;
});
afterAll(() => server.close());

describe('the SEBAC 2011 ratification vote', () => {
  it('did not pass on either reading of its rule: 11 unions approved where 14 were needed', () => {
    expect(vote.passed).toBe(false);
    expect(vote.decidedBy).toEqual(['members-of-approving-unions', 'yes-ballots-of-voting-members']);
    for (const reading of vote.ruleDetails.readings) {
      expect(reading.passed).toBe(false);
      expect(reading.thresholds.find((t) => t.measure === 'UNIONS_FOR')).toMatchObject({
        atLeast: 14,
        outOf: 15,
        actual: 11,
        met: false,
      });
    }
  });

  it('keeps both wordings of the 80 percent rule side by side, each with its source', () => {
    const base = (key: string) =>
      vote.ruleDetails.readings
        .find((r) => r.key === key)
        ?.thresholds.find((t) => t.measure !== 'UNIONS_FOR');
    expect(base('members-of-approving-unions')).toMatchObject({
      measure: 'APPROVING_MEMBERSHIP_SHARE',
      atLeast: 0.8,
      base: 'all unionized state employees',
      actual: null, // no source reports it
      met: null,
    });
    expect(base('yes-ballots-of-voting-members')).toMatchObject({
      measure: 'MEMBER_SHARE_FOR',
      atLeast: 0.8,
      base: "SEBAC's voting members",
      actual: 0.57,
      met: false,
    });
    expect(base('yes-ballots-of-voting-members')?.evidence.map((e) => e.text)).toEqual([
      'At least 80 percent of SEBAC\'s voting members had to cast "yes" ballots.',
    ]);
  });

  it('closed on the weekend of 26 June 2011', () => {
    expect(vote.closedOn).toBe('2011-06-26');
  });

  it('combines the sources into 15 unions, 11 for and 4 against', () => {
    expect(vote.tally).toMatchObject({ unionsTotal: 15, unionsFor: 11, unionsAgainst: 4 });
  });

  it('combines the sources into 34 bargaining units, 26 for and 8 against, and 57 percent of members for', () => {
    expect(vote.tally).toMatchObject({
      bargainingUnitsTotal: 34,
      bargainingUnitsFor: 26,
      bargainingUnitsAgainst: 8,
      memberShareFor: 0.57,
    });
  });

  it('reports no conflict between the sources', () => {
    expect(vote.tally.conflicts).toEqual([]);
  });

  it('cites the four articles that report a tally as the combined sources', async () => {
    const articles = await articlesByKey(server);
    const expected = [
      'ctmirror-2011-07-05',
      'ctnewsjunkie-2011-07-05',
      'hearst-2011-06-29',
      'hearst-2011-07-07',
    ];
    expect(sorted(vote.tally.sources.map((source) => source.id))).toEqual(
      sorted(expected.map((key) => articles.get(key)?.id ?? key)),
    );
  });

  it('names the Connecticut State Police Union as the only unit that voted REJECT', () => {
    expect(vote.rejected.map((ballot) => [ballot.outcome, ballot.unit.name])).toEqual([
      ['REJECT', 'Connecticut State Police Union'],
    ]);
  });

  it('sources the police union’s REJECT ballot with the words of the 29 June article', () => {
    expect(vote.rejected[0]?.evidence.map((evidence) => evidence.text)).toEqual([
      "The union representing Connecticut State Police, one of four to reject a $1.6 billion concessions package, has asked Gov. Dannel P. Malloy's administration to engage in separate talks for givebacks.",
      'She said she believes some workers who opposed them, like the state police, did so because they are considered immune from layoffs.',
    ]);
  });

  it('returns no APPROVE ballots: no article names a unit that approved', () => {
    expect(vote.approved).toEqual([]);
  });

  it('returns NOT_FOUND for an unknown vote slug', async () => {
    expectErrorCode(await server.graphql('{ vote(slug: "no-such-vote") { slug } }'), 'NOT_FOUND');
  });
});

describe('the reported tallies of the SEBAC vote', () => {
  const bySource = () =>
    new Map(
      vote.reportedTallies.map((tally) => [tally.sources.map((source) => source.key).join(','), tally]),
    );

  it('keeps one tally per source article, never merged', () => {
    expect(sorted(bySource().keys())).toEqual([
      'ctmirror-2011-07-05',
      'ctnewsjunkie-2011-07-05',
      'hearst-2011-06-29',
      'hearst-2011-07-07',
    ]);
  });

  it('keeps the CT Mirror’s “11 out of 15 unions” with no count against', () => {
    const mirror = bySource().get('ctmirror-2011-07-05');
    expect(mirror).toMatchObject({
      unionsTotal: 15,
      unionsFor: 11,
      unionsAgainst: null,
      memberShareFor: null,
    });
    expect(mirror?.evidence.map((evidence) => evidence.text)).toContain(
      'finally took that step on Tuesday, informing the administration that an insufficient margin, 11 out of 15 unions supported the deal.',
    );
  });

  it('keeps the bargaining-unit count only in the 29 June Hearst report', () => {
    const withUnits = vote.reportedTallies.filter((tally) => tally.bargainingUnitsTotal !== null);
    expect(withUnits.map((tally) => tally.sources[0]?.key)).toEqual(['hearst-2011-06-29']);
    expect(withUnits[0]).toMatchObject({
      bargainingUnitsTotal: 34,
      bargainingUnitsFor: 26,
      bargainingUnitsAgainst: 8,
    });
    expect(withUnits[0]?.evidence.map((evidence) => evidence.text)).toContain(
      'One labor source said SEBAC leadership may change its bylaws to allow the 26 of 34 bargaining units that supported the health care and pension givebacks to accept them, leaving the eight in opposition operating under the status quo.',
    );
  });

  it('gives every reported tally evidence from its own article, found verbatim there', () => {
    for (const tally of vote.reportedTallies) {
      expect(tally.evidence.length).toBeGreaterThanOrEqual(1);
      for (const evidence of tally.evidence) {
        expect(evidence.article.key).toBe(tally.sources[0]?.key);
        expect(corpusOf(evidence.article.key)).toContain(evidence.text);
      }
    }
  });
});

describe('a vote that passes on one reading while its sources disagree (the harbor fixture)', () => {
  let lease: VoteData['vote'];
  beforeAll(async () => {
    lease = expectData(
      await server.graphql<VoteData>(`{
        vote(slug: "lease-ratification", dispute: "${HARBOR}") {
          slug dispute passed decidedBy closedOn ${RULE}
          tally { ${TALLY} conflicts sources { id } }
          reportedTallies { ${TALLY} sources { id key } evidence { text article { key } } }
          rejected: ballots(outcome: REJECT) { outcome unit { name } evidence { text } }
          approved: ballots(outcome: APPROVE) { unit { name } }
        }
      }`),
    ).vote;
  });

  it('passed, decided by the one reading the tally can decide', () => {
    expect(lease.dispute).toBe(HARBOR);
    expect(lease.passed).toBe(true);
    expect(lease.decidedBy).toEqual(['two-of-three-locals']);
    const [locals, members] = lease.ruleDetails.readings;
    expect(locals).toMatchObject({ key: 'two-of-three-locals', passed: true });
    expect(locals?.thresholds[0]).toMatchObject({ measure: 'UNIONS_FOR', atLeast: 2, actual: 3, met: true });
    // The sources disagree on the member share, so this reading cannot be decided either way.
    expect(members).toMatchObject({ key: 'majority-of-members', passed: null });
    expect(members?.thresholds.map((t) => [t.measure, t.actual, t.met])).toEqual([
      ['UNIONS_FOR', 3, true],
      ['MEMBER_SHARE_FOR', null, null],
    ]);
  });

  it('reports the conflicting member shares side by side and leaves the combined one null', () => {
    expect(lease.tally.conflicts).toEqual(['memberShareFor']);
    expect(lease.tally.memberShareFor).toBeNull();
    expect(lease.tally.unionsFor).toBe(3);
    expect(lease.reportedTallies.map((t) => t.memberShareFor).sort()).toEqual([0.58, 0.62]);
  });

  it('puts an agreement to the vote, with its parties and its terms, each term with its words', async () => {
    const { vote } = expectData(
      await server.graphql<{
        vote: {
          agreement: {
            key: string;
            parties: { name: string }[];
            terms: { kind: string; text: string; evidence: { text: string }[] }[];
          };
        };
      }>(`{ vote(slug: "lease-ratification", dispute: "${HARBOR}") {
            agreement { key parties { name } terms { kind text evidence { text } } } } }`),
    );
    expect(vote.agreement.key).toBe('harbor-2024-dock-lease');
    expect(vote.agreement.parties.map((p) => p.name).sort()).toEqual([
      'Harbor Workers Alliance',
      'Port City Port Authority',
    ]);
    expect(vote.agreement.terms).toEqual([
      {
        kind: 'TERM',
        text: 'Renewal of the dock lease on new terms.',
        evidence: [
          {
            text: 'All three locals approved the lease terms, the alliance said, with 62 percent of members voting yes.',
          },
        ],
      },
    ]);
  });
});

/**
 * The rest of the write path: issues, supersedePosition, roles and memberships, votes (rule,
 * tallies, ballots), figures, and the admin's mergeStakeholders and purge. For each: the happy
 * path, and bad inputs that answer with a code and a message and write nothing.
 */
import { toGlobalId } from '../../src/schema/global-id';
import { expectData, expectErrorCode } from '../helpers/api';
import { count, createTestToken, removeEditorWrites, type TestToken } from '../helpers/auth';
import { startTestServer, type TestServer } from '../helpers/test-server';

const DISPUTE = 'ct-sebac-2011-concessions';
const TEXT = [
  'NEW LONDON — Dana Whitfield, the new president of the Harbor Workers Union, said her members would vote again.',
  '“We will not sign the same deal twice,” Whitfield said. The union had 4,100 members, she added.',
  'Eleven of the 15 unions approved the revised package, and the Harbor Workers Union voted it down.',
  'Whitfield stepped down as president on Friday, the union said.',
].join('\n\n');

let server: TestServer;
let editor: TestToken;
let admin: TestToken;

beforeAll(async () => {
  server = await startTestServer();
  editor = await createTestToken(server.db, 'editor', 'Facts Editor');
  admin = await createTestToken(server.db, 'admin', 'Facts Admin');
});

afterAll(async () => {
  await removeEditorWrites(server.db);
  await server.close();
});

const auditCount = () => count(server.db, 'MATCH (a:AuditEntry) RETURN count(a) AS count');

async function mutate<T>(query: string, input: Record<string, unknown>, token: TestToken = editor) {
  return server.graphql<T>(query, { input }, token.headers);
}

async function ok<T>(query: string, input: Record<string, unknown>, token: TestToken = editor): Promise<T> {
  return expectData(await mutate<T>(query, input, token));
}

/** Expects `code` with a message matching `message`, and no audit entry (nothing written). */
async function refused(query: string, input: Record<string, unknown>, code: string, message: RegExp) {
  const before = await auditCount();
  const error = expectErrorCode(await mutate(query, input), code);
  expect(error.message).toMatch(message);
  expect(await auditCount()).toBe(before);
  return error;
}

/** An article of our own, with the people and statements the tests cite. */
async function world(date: string) {
  const { addArticle } = await ok<{ addArticle: { article: { id: string } } }>(
    'mutation ($input: AddArticleInput!) { addArticle(input: $input) { article { id } } }',
    {
      text: TEXT,
      outlet: toGlobalId('Organization', 'ct-mirror'),
      publishedOn: { date },
      reason: 'a test article',
    },
  );
  const person = async (name: string) =>
    (
      await ok<{ createPerson: { person: { id: string } } }>(
        'mutation ($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }',
        { name, reason: 'in the test article' },
      )
    ).createPerson.person.id;
  const organization = async (name: string) =>
    (
      await ok<{ createOrganization: { organization: { id: string } } }>(
        'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }',
        { name, kind: 'UNION', reason: 'in the test article' },
      )
    ).createOrganization.organization.id;
  const statement = async (exactText: string, extra: Record<string, unknown> = {}) =>
    (
      await ok<{ addStatement: { statement: { id: string } } }>(
        'mutation ($input: AddStatementInput!) { addStatement(input: $input) { statement { id } } }',
        {
          articleId: addArticle.article.id,
          exactText,
          kind: 'REPORT',
          reason: 'in the test article',
          ...extra,
        },
      )
    ).addStatement.statement.id;
  return { article: addArticle.article.id, person, organization, statement };
}

describe('createIssue and updateIssue', () => {
  const CREATE = `mutation ($input: CreateIssueInput!) {
    createIssue(input: $input) { issue { id slug name proposition version source createdBy } auditEntry { id operation } }
  }`;
  const UPDATE = `mutation ($input: UpdateIssueInput!) {
    updateIssue(input: $input) { issue { id name proposition version updatedAt } auditEntry { id operation diff } }
  }`;
  type Created = {
    createIssue: { issue: { id: string; slug: string; version: number }; auditEntry: { id: string } };
  };

  it('creates an issue in a dispute, answers it by slug, updates it with its version, and reverts the update', async () => {
    const created = await ok<Created>(CREATE, {
      dispute: DISPUTE,
      name: 'Second vote on the package',
      proposition: 'The unions should vote again on the revised package.',
      reason: 'a new question in the story',
    });
    expect(created.createIssue.issue).toMatchObject({
      slug: 'second-vote-on-the-package',
      version: 1,
      source: 'EDITOR',
      createdBy: `token:${editor.id}`,
    });
    const byQuery = expectData(
      await server.graphql<{ issue: { name: string } }>(
        `{ issue(slug: "second-vote-on-the-package", dispute: "${DISPUTE}") { name } }`,
      ),
    );
    expect(byQuery.issue.name).toBe('Second vote on the package');

    const id = created.createIssue.issue.id;
    const updated = await ok<{
      updateIssue: { issue: { name: string; version: number }; auditEntry: { id: string } };
    }>(UPDATE, { id, expectedVersion: 1, name: 'A second vote', reason: 'shorter' });
    expect(updated.updateIssue.issue).toMatchObject({ name: 'A second vote', version: 2 });

    // A stale version is a CONFLICT and writes nothing.
    await refused(
      UPDATE,
      { id, expectedVersion: 1, name: 'Stale', reason: 'stale' },
      'CONFLICT',
      /version 2, not 1/,
    );

    const reverted = await ok<{ revertChange: { changed: { name: string; version: number }[] } }>(
      'mutation ($input: RevertChangeInput!) { revertChange(input: $input) { changed { ... on Issue { name version } } } }',
      { auditEntryId: updated.updateIssue.auditEntry.id, reason: 'keep the long name' },
    );
    expect(reverted.revertChange.changed).toEqual([{ name: 'Second vote on the package', version: 3 }]);
  });

  it('refuses a slug the dispute already uses, and an unknown dispute', async () => {
    await refused(
      CREATE,
      { dispute: DISPUTE, slug: 'renegotiation', name: 'Again', proposition: 'Again.', reason: 'duplicate' },
      'BAD_USER_INPUT',
      /already has an issue "renegotiation"/,
    );
    await refused(
      CREATE,
      { dispute: 'no-such-dispute', name: 'Lost', proposition: 'Lost.', reason: 'unknown dispute' },
      'NOT_FOUND',
      /no-such-dispute/,
    );
    expect(await count(server.db, "MATCH (i:Issue {name: 'Lost'}) RETURN count(i) AS count")).toBe(0);
  });
});

describe('updateStatement', () => {
  const UPDATE = `mutation ($input: UpdateStatementInput!) {
    updateStatement(input: $input) { statement { kind version speaker { key } issues { slug } } auditEntry { id diff } }
  }`;
  type Updated = {
    updateStatement: {
      statement: {
        kind: string;
        version: number;
        speaker: { key: string } | null;
        issues: { slug: string }[];
      };
      auditEntry: { id: string };
    };
  };

  it('corrects the speaker and issues at the expected version, refuses a stale version and a REPORT with a speaker, and reverts', async () => {
    const { person, statement } = await world('2011-07-19');
    const whitfield = await person('Dana Whitfield');
    const id = await statement('We will not sign the same deal twice');
    const updated = await ok<Updated>(UPDATE, {
      id,
      expectedVersion: 1,
      kind: 'DIRECT_QUOTE',
      speakerId: whitfield,
      issueSlugs: ['renegotiation'],
      dispute: DISPUTE,
      reason: 'it is her quote',
    });
    expect(updated.updateStatement.statement).toMatchObject({
      kind: 'DIRECT_QUOTE',
      version: 2,
      speaker: { key: expect.stringMatching(/^dana-whitfield/) as unknown },
      issues: [{ slug: 'renegotiation' }],
    });
    await refused(
      UPDATE,
      { id, expectedVersion: 1, note: 'stale', reason: 'stale' },
      'CONFLICT',
      /version 2, not 1/,
    );
    await refused(
      UPDATE,
      { id, expectedVersion: 2, kind: 'REPORT', reason: 'no' },
      'BAD_USER_INPUT',
      /REPORT .* has no speaker/,
    );

    const reverted = await ok<{
      revertChange: { changed: { version: number; speaker: null; issues: unknown[] }[] };
    }>(
      'mutation ($input: RevertChangeInput!) { revertChange(input: $input) { changed { ... on Statement { version speaker { key } issues { slug } } } } }',
      { auditEntryId: updated.updateStatement.auditEntry.id, reason: 'undo' },
    );
    expect(reverted.revertChange.changed).toEqual([{ version: 3, speaker: null, issues: [] }]);
  });
});

describe('supersedePosition', () => {
  const RECORD = `mutation ($input: RecordPositionInput!) { recordPosition(input: $input) { position { id } auditEntry { id } } }`;
  const SUPERSEDE = `mutation ($input: SupersedePositionInput!) {
    supersedePosition(input: $input) {
      position { id stance confidence source }
      superseded { id stance version }
      auditEntry { id operation }
    }
  }`;

  it('replaces a position with a correction that issue { positions } shows instead, and revert brings the old one back', async () => {
    const { person, statement } = await world('2011-07-20');
    const holder = await person('Dana Whitfield');
    const evidence = await statement('We will not sign the same deal twice', {
      kind: 'DIRECT_QUOTE',
      speakerId: holder,
      issueSlugs: ['renegotiation'],
      dispute: DISPUTE,
    });
    const base = {
      issueSlug: 'renegotiation',
      dispute: DISPUTE,
      asOf: { date: '2011-07-20' },
      evidenceIds: [evidence],
    };
    const recorded = await ok<{ recordPosition: { position: { id: string } } }>(RECORD, {
      ...base,
      holderId: holder,
      stance: 'SUPPORT',
      confidence: 0.4,
      reason: 'first reading',
    });
    const old = recorded.recordPosition.position.id;
    const corrected = await ok<{
      supersedePosition: {
        position: { id: string; stance: string };
        superseded: { id: string; version: number };
        auditEntry: { id: string };
      };
    }>(SUPERSEDE, {
      id: old,
      expectedVersion: 1,
      stance: 'OPPOSE',
      confidence: 0.9,
      asOf: { date: '2011-07-20' },
      evidenceIds: [evidence],
      reason: 'misread: she refuses the same deal',
    });
    expect(corrected.supersedePosition.position.stance).toBe('OPPOSE');
    expect(corrected.supersedePosition.superseded).toEqual({ id: old, stance: 'SUPPORT', version: 2 });

    const positions = async () =>
      expectData(
        await server.graphql<{ issue: { positions: { id: string }[] } }>(
          `{ issue(slug: "renegotiation", dispute: "${DISPUTE}") { positions(first: 100) { id } } }`,
        ),
      ).issue.positions.map((p) => p.id);
    expect(await positions()).toContain(corrected.supersedePosition.position.id);
    expect(await positions()).not.toContain(old);

    // Superseding the replaced position again is a CONFLICT.
    await refused(
      SUPERSEDE,
      {
        id: old,
        stance: 'MIXED',
        confidence: 0.5,
        asOf: { date: '2011-07-20' },
        evidenceIds: [evidence],
        reason: 'again',
      },
      'CONFLICT',
      /already superseded/,
    );

    await ok('mutation ($input: RevertChangeInput!) { revertChange(input: $input) { auditEntry { id } } }', {
      auditEntryId: corrected.supersedePosition.auditEntry.id,
      reason: 'the first reading was right',
    });
    expect(await positions()).toContain(old);
    expect(await positions()).not.toContain(corrected.supersedePosition.position.id);
  });
});

describe('roles and memberships', () => {
  const ROLE = 'person { key roles { title since until version source } } organization { key }';
  const ADD_ROLE = `mutation ($input: AddRoleInput!) { addRole(input: $input) { ${ROLE} auditEntry { operation changedKeys } } }`;
  const END_ROLE = `mutation ($input: EndRoleInput!) { endRole(input: $input) { ${ROLE} } }`;
  const ADD_MEMBERSHIP = `mutation ($input: AddMembershipInput!) {
    addMembership(input: $input) { member { key } organization { members { relation source } } }
  }`;

  it('adds a role with its evidence, refuses a second open one, ends it, and refuses an end before its start', async () => {
    const { person, organization, statement } = await world('2011-07-21');
    const whitfield = await person('Dana Whitfield');
    const union = await organization('Harbor Workers Union');
    const says = await statement('Dana Whitfield, the new president of the Harbor Workers Union');
    const key = { personId: whitfield, organizationId: union, title: 'president' };

    const added = await ok<{
      addRole: { person: { roles: unknown[] }; auditEntry: { changedKeys: string[] } };
    }>(ADD_ROLE, { ...key, since: '2011-07-01', evidenceIds: [says], reason: 'the article names her' });
    expect(added.addRole.person.roles).toEqual([
      { title: 'president', since: '2011-07-01', until: null, version: 1, source: 'EDITOR' },
    ]);
    expect(added.addRole.auditEntry.changedKeys).toHaveLength(2);

    await refused(
      ADD_ROLE,
      { ...key, evidenceIds: [says], reason: 'twice' },
      'BAD_USER_INPUT',
      /already holds "president"/,
    );
    const stepped = await statement('Whitfield stepped down as president on Friday');
    await refused(
      END_ROLE,
      { ...key, until: '2011-06-01', evidenceIds: [stepped], reason: 'too early' },
      'BAD_USER_INPUT',
      /before the role began/,
    );
    const ended = await ok<{ endRole: { person: { roles: { until: string; version: number }[] } } }>(
      END_ROLE,
      {
        ...key,
        until: '2011-07-22',
        evidenceIds: [stepped],
        reason: 'she stepped down',
      },
    );
    expect(ended.endRole.person.roles).toMatchObject([{ until: '2011-07-22', version: 2 }]);
    await refused(
      END_ROLE,
      { ...key, until: '2011-07-23', evidenceIds: [stepped], reason: 'again' },
      'NOT_FOUND',
      /open role/,
    );
  });

  it('adds a membership with evidence and refuses self-membership, a duplicate and a non-organization', async () => {
    const { person, organization, statement } = await world('2011-07-22');
    const local = await organization('Harbor Workers Local 7');
    const union = await organization('Harbor Workers Union');
    const says = await statement('Eleven of the 15 unions approved the revised package');
    const input = {
      memberId: local,
      organizationId: union,
      relation: 'local of',
      evidenceIds: [says],
      reason: 'test',
    };
    const added = await ok<{
      addMembership: { organization: { members: { relation: string; source: string }[] } };
    }>(ADD_MEMBERSHIP, input);
    expect(added.addMembership.organization.members).toEqual([{ relation: 'local of', source: 'EDITOR' }]);
    await refused(ADD_MEMBERSHIP, input, 'BAD_USER_INPUT', /already recorded/);
    await refused(ADD_MEMBERSHIP, { ...input, memberId: union }, 'BAD_USER_INPUT', /cannot belong to itself/);
    await refused(
      ADD_MEMBERSHIP,
      { ...input, organizationId: await person('Not An Organization') },
      'BAD_USER_INPUT',
      /organizationId/,
    );
    await refused(
      ADD_MEMBERSHIP,
      { ...input, memberId: union, organizationId: local, inferred: true },
      'BAD_USER_INPUT',
      /needs a note/,
    );
  });
});

describe('votes: createVote, recordTally, recordBallot', () => {
  const VOTE =
    'vote { slug version source passed decidedBy reportedTallies { unionsFor unionsTotal source } ballots { outcome unit { name } } }';
  const CREATE = `mutation ($input: CreateVoteInput!) { createVote(input: $input) { ${VOTE} } }`;
  const TALLY = `mutation ($input: RecordTallyInput!) { recordTally(input: $input) { ${VOTE} } }`;
  const BALLOT = `mutation ($input: RecordBallotInput!) { recordBallot(input: $input) { ${VOTE} } }`;
  type VoteShape = {
    slug: string;
    version: number;
    passed: boolean | null;
    reportedTallies: unknown[];
    ballots: { outcome: string; unit: { name: string } }[];
  };

  async function voteWorld(date: string, atLeast: number) {
    const w = await world(date);
    const report = await w.statement('Eleven of the 15 unions approved the revised package');
    const vote = (
      await ok<{ createVote: { vote: VoteShape } }>(CREATE, {
        dispute: DISPUTE,
        slug: `revised-package-${atLeast}`,
        name: 'Revised package',
        rule: {
          description: `${atLeast} of 15 unions`,
          readings: [
            {
              id: 'unions',
              name: `${atLeast} of 15 unions`,
              thresholds: [{ measure: 'UNIONS_FOR', atLeast, outOf: 15, evidenceIds: [report] }],
              evidenceIds: [report],
            },
          ],
          evidenceIds: [report],
        },
        issueSlugs: ['renegotiation'],
        evidenceIds: [report],
        reason: 'a second vote',
      })
    ).createVote.vote;
    return { ...w, report, vote };
  }

  it('builds a vote up from its rule, one tally per source and named ballots, and decides it', async () => {
    const { report, vote, organization, statement } = await voteWorld('2011-07-23', 11);
    expect(vote).toMatchObject({ slug: 'revised-package-11', version: 1, source: 'EDITOR', passed: null });

    const tallied = (
      await ok<{ recordTally: { vote: VoteShape } }>(TALLY, {
        voteSlug: vote.slug,
        dispute: DISPUTE,
        expectedVersion: 1,
        unionsTotal: 15,
        unionsFor: 11,
        evidenceIds: [report],
        reason: 'the article reports the count',
      })
    ).recordTally.vote;
    expect(tallied).toMatchObject({
      version: 2,
      passed: true,
      reportedTallies: [{ unionsFor: 11, unionsTotal: 15, source: 'EDITOR' }],
    });

    // The same article cannot report a second tally; counts that do not add up are refused.
    const tallyInput = {
      voteSlug: vote.slug,
      dispute: DISPUTE,
      unionsFor: 12,
      evidenceIds: [report],
      reason: 'again',
    };
    await refused(TALLY, tallyInput, 'BAD_USER_INPUT', /already has a tally/);
    await refused(
      TALLY,
      { ...tallyInput, unionsTotal: 15, unionsAgainst: 5 },
      'BAD_USER_INPUT',
      /more than the total 15/,
    );
    await refused(TALLY, { ...tallyInput, expectedVersion: 1 }, 'CONFLICT', /version 2, not 1/);

    const union = await organization('Harbor Workers Union');
    const downVote = await statement('the Harbor Workers Union voted it down');
    const ballotInput = {
      voteSlug: vote.slug,
      dispute: DISPUTE,
      unitId: union,
      outcome: 'REJECT',
      evidenceIds: [downVote],
      reason: 'named',
    };
    const balloted = (await ok<{ recordBallot: { vote: VoteShape } }>(BALLOT, ballotInput)).recordBallot.vote;
    expect(balloted.ballots).toEqual([{ outcome: 'REJECT', unit: { name: 'Harbor Workers Union' } }]);
    await refused(BALLOT, ballotInput, 'BAD_USER_INPUT', /already has a ballot/);
  });

  it('decides a vote that misses its threshold as failed, and refuses rules it cannot evaluate', async () => {
    const { report, vote } = await voteWorld('2011-07-24', 14);
    const tallied = (
      await ok<{ recordTally: { vote: VoteShape } }>(TALLY, {
        voteSlug: vote.slug,
        dispute: DISPUTE,
        unionsFor: 11,
        unionsTotal: 15,
        evidenceIds: [report],
        reason: 'count',
      })
    ).recordTally.vote;
    expect(tallied.passed).toBe(false);

    const bad = {
      dispute: DISPUTE,
      name: 'Impossible',
      rule: {
        description: 'more than all',
        readings: [
          {
            id: 'share',
            name: 'share',
            thresholds: [{ measure: 'MEMBER_SHARE_FOR', atLeast: 2, evidenceIds: [report] }],
            evidenceIds: [report],
          },
        ],
        evidenceIds: [report],
      },
      evidenceIds: [report],
      reason: 'bad rule',
    };
    await refused(CREATE, bad, 'BAD_USER_INPUT', /share between 0 and 1/);
    await refused(CREATE, { ...bad, rule: { ...bad.rule, readings: [] } }, 'BAD_USER_INPUT', /readings/);
    await refused(
      CREATE,
      {
        ...bad,
        slug: vote.slug,
        rule: {
          ...bad.rule,
          readings: [
            {
              ...bad.rule.readings[0],
              thresholds: [{ measure: 'UNIONS_FOR', atLeast: 3, evidenceIds: [report] }],
            },
          ],
        },
      },
      'BAD_USER_INPUT',
      /already has a vote/,
    );
    expect(await count(server.db, "MATCH (v:Vote {name: 'Impossible'}) RETURN count(v) AS count")).toBe(0);
  });
});

describe('addFigure', () => {
  const ADD = `mutation ($input: AddFigureInput!) {
    addFigure(input: $input) { figure { measure value asReported source createdBy article { key } } auditEntry { operation } }
  }`;

  it('adds a figure whose words are verbatim in its source, and refuses words that are not', async () => {
    const { statement } = await world('2011-07-25');
    const source = await statement('The union had 4,100 members, she added.');
    const input = {
      dispute: DISPUTE,
      measure: 'union-membership',
      value: 4100,
      unit: 'members',
      asReported: '4,100 members',
      evidenceIds: [source],
      reason: 'reported',
    };
    const added = await ok<{ addFigure: { figure: Record<string, unknown> } }>(ADD, input);
    expect(added.addFigure.figure).toMatchObject({
      measure: 'union-membership',
      value: 4100,
      asReported: '4,100 members',
      source: 'EDITOR',
      article: { key: 'ct-mirror-2011-07-25' },
    });
    await refused(ADD, { ...input, asReported: '4,200 members' }, 'BAD_USER_INPUT', /not verbatim/);
    await refused(ADD, { ...input, issueSlugs: ['no-such-issue'] }, 'NOT_FOUND', /no-such-issue/);
  });
});

describe('admin: mergeStakeholders and purge', () => {
  const MERGE = `mutation ($input: MergeStakeholdersInput!) {
    mergeStakeholders(input: $input) { stakeholder { id key name aliases version } relationshipsMoved auditEntry { operation } }
  }`;
  const PURGE = `mutation ($input: PurgeInput!) { purge(input: $input) { purgedId auditEntriesScrubbed auditEntry { operation diff } } }`;

  it('moves every statement and alias of a duplicate to the kept stakeholder and keeps the duplicate id resolving', async () => {
    const { person, statement } = await world('2011-07-26');
    const keep = await person('Dana Whitfield');
    const duplicate = await person('D. Whitfield');
    await statement('We will not sign the same deal twice', { kind: 'DIRECT_QUOTE', speakerId: duplicate });
    const merged = (
      await ok<{
        mergeStakeholders: {
          stakeholder: { id: string; aliases: string[]; version: number };
          relationshipsMoved: number;
        };
      }>(MERGE, { keepId: keep, mergeId: duplicate, expectedVersion: 1, reason: 'same person' }, admin)
    ).mergeStakeholders;
    expect(merged.stakeholder).toMatchObject({ id: keep, aliases: ['D. Whitfield'], version: 2 });
    expect(merged.relationshipsMoved).toBe(1);

    const refetched = expectData(
      await server.graphql<{ node: { id: string; statements: { text: string }[] } }>(
        'query ($id: ID!) { node(id: $id) { id ... on Person { statements { text } } } }',
        { id: duplicate },
      ),
    );
    expect(refetched.node).toEqual({
      id: keep,
      statements: [{ text: 'We will not sign the same deal twice' }],
    });

    const before = await auditCount();
    const self = expectErrorCode(
      await mutate(MERGE, { keepId: keep, mergeId: keep, reason: 'self' }, admin),
      'BAD_USER_INPUT',
    );
    expect(self.message).toMatch(/into itself/);
    const org = expectErrorCode(
      await mutate(
        MERGE,
        { keepId: keep, mergeId: toGlobalId('Organization', 'sebac'), reason: 'kinds' },
        admin,
      ),
      'BAD_USER_INPUT',
    );
    expect(org.message).toMatch(/only duplicates of one kind merge/);
    expect(await auditCount()).toBe(before);
  });

  it('purges a statement for good, scrubs the audit diff that recorded it, and refuses to purge an article that still has statements', async () => {
    const { article, statement } = await world('2011-07-27');
    const doomed = await statement('Whitfield stepped down as president on Friday');
    const purged = (
      await ok<{ purge: { purgedId: string; auditEntriesScrubbed: number; auditEntry: { diff: string } } }>(
        PURGE,
        { id: doomed, reason: 'court order' },
        admin,
      )
    ).purge;
    expect(purged).toMatchObject({ purgedId: doomed, auditEntriesScrubbed: 1 });
    expect(purged.auditEntry.diff).not.toMatch(/stepped down/);
    expectErrorCode(
      await server.graphql('query ($id: ID!) { node(id: $id) { id } }', { id: doomed }),
      'NOT_FOUND',
    );
    const key = Buffer.from(doomed, 'base64url').toString('utf8').split(':')[1];
    const entries = await server.db.runText(
      'MATCH (a:AuditEntry) WHERE $key IN a.changedIds RETURN a.operation AS operation, a.diff AS diff ORDER BY a.at',
      { key },
    );
    expect(entries.map((row) => row.operation)).toEqual(['addStatement', 'purge']);
    expect(JSON.stringify(entries)).not.toMatch(/stepped down/);

    await statement('Eleven of the 15 unions approved the revised package');
    const before = await auditCount();
    const blocked = expectErrorCode(
      await mutate(PURGE, { id: article, reason: 'court order' }, admin),
      'CONFLICT',
    );
    expect(blocked.message).toMatch(/IN_ARTICLE/);
    expect(await auditCount()).toBe(before);
  });
});

/**
 * The evidence side of the write path: addArticle, updateArticleMetadata, addStatement,
 * retractStatement and recordPosition. Each happy path, bad inputs that write nothing, and the
 * whole flow an editor follows: article → statements → position → issue { positions } → history.
 */
import { toGlobalId } from '../../src/schema/global-id';
import { expectData, expectErrorCode } from '../helpers/api';
import { count, createTestToken, removeEditorWrites, type TestToken } from '../helpers/auth';
import { startTestServer, type TestServer } from '../helpers/test-server';

const DISPUTE = 'ct-sebac-2011-concessions';
const OUTLET = toGlobalId('Organization', 'ct-mirror');
const TEXT = [
  'HARTFORD — Union stewards met on Tuesday to weigh what comes after the vote.',
  '“We want to get back to the table with new terms,” said Jo Rivera, a steward at a Hartford local.',
  'Rivera added that the deal “must be renegotiated” before members vote again.',
].join('\n\n');

let server: TestServer;
let editor: TestToken;

beforeAll(async () => {
  server = await startTestServer();
  editor = await createTestToken(server.db, 'editor', 'Bea');
});

afterAll(async () => {
  await removeEditorWrites(server.db);
  await server.close();
});

const ENTRY = 'auditEntry { id operation reason changedKeys diff }';
const ARTICLE =
  'id key file url headline publishedOn publishedPrecision text version createdBy outlet { key }';
const STATEMENT = 'id key text kind paragraph context version retractedAt speaker { key } issues { slug }';

const ADD_ARTICLE = `mutation ($input: AddArticleInput!) { addArticle(input: $input) { article { ${ARTICLE} } ${ENTRY} } }`;
const UPDATE_ARTICLE = `mutation ($input: UpdateArticleMetadataInput!) {
  updateArticleMetadata(input: $input) { article { ${ARTICLE} } ${ENTRY} }
}`;
const ADD_STATEMENT = `mutation ($input: AddStatementInput!) { addStatement(input: $input) { statement { ${STATEMENT} } ${ENTRY} } }`;
const RETRACT = `mutation ($input: RetractStatementInput!) { retractStatement(input: $input) { statement { ${STATEMENT} retractReason } ${ENTRY} } }`;
const RECORD = `mutation ($input: RecordPositionInput!) {
  recordPosition(input: $input) { position { id stance asOf confidence holder { key } issue { slug } evidence { key } } ${ENTRY} }
}`;

interface Entry {
  id: string;
  operation: string;
  changedKeys: string[];
  diff: string;
}
interface ArticleShape {
  id: string;
  key: string;
  file: string | null;
  url: string | null;
  headline: string | null;
  publishedOn: string;
  text: string;
  version: number;
  createdBy: string | null;
  outlet: { key: string };
}
interface StatementShape {
  id: string;
  key: string;
  text: string;
  kind: string;
  paragraph: number;
  context: string;
  version: number;
  retractedAt: string | null;
  speaker: { key: string } | null;
  issues: { slug: string }[];
}

const auditCount = () => count(server.db, 'MATCH (a:AuditEntry) RETURN count(a) AS count');
const editorCount = (label: string) =>
  count(server.db, `MATCH (n:${label}) WHERE n.origin = 'editor' RETURN count(n) AS count`);

async function addArticle(extra: Record<string, unknown> = {}) {
  return expectData(
    await server.graphql<{ addArticle: { article: ArticleShape; auditEntry: Entry } }>(
      ADD_ARTICLE,
      {
        input: {
          text: TEXT,
          outlet: OUTLET,
          url: 'https://example.org/stewards',
          title: 'Stewards weigh what comes next',
          publishedOn: { date: '2011-07-12' },
          reason: 'a new report on the stewards',
          ...extra,
        },
      },
      editor.headers,
    ),
  ).addArticle;
}

async function createPerson(name: string): Promise<string> {
  const data = expectData(
    await server.graphql<{ createPerson: { person: { id: string } } }>(
      'mutation ($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }',
      { input: { name, reason: 'quoted in a new article' } },
      editor.headers,
    ),
  );
  return data.createPerson.person.id;
}

async function addStatement(input: Record<string, unknown>) {
  return expectData(
    await server.graphql<{ addStatement: { statement: StatementShape; auditEntry: Entry } }>(
      ADD_STATEMENT,
      { input: { kind: 'DIRECT_QUOTE', reason: 'quoted in the article', ...input } },
      editor.headers,
    ),
  ).addStatement;
}

describe('addArticle', () => {
  it('stores the text with its sha256, an outlet+date id and version 1, audited in the same write', async () => {
    const { article, auditEntry } = await addArticle();
    expect(article).toMatchObject({
      key: 'ct-mirror-2011-07-12',
      file: null,
      url: 'https://example.org/stewards',
      headline: 'Stewards weigh what comes next',
      publishedOn: '2011-07-12',
      text: TEXT,
      version: 1,
      createdBy: `token:${editor.id}`,
      outlet: { key: 'ct-mirror' },
    });
    expect(auditEntry).toMatchObject({ operation: 'addArticle', changedKeys: [article.key] });
    const [row] = await server.db.runText(
      'MATCH (a:Article {id: $key}) RETURN a.sha256 AS sha256, a.origin AS origin',
      { key: article.key },
    );
    expect(row).toEqual({
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown,
      origin: 'editor',
    });
    expect((JSON.parse(auditEntry.diff) as { after: { sha256: string } }).after.sha256).toBe(row?.sha256);
  });

  it('suffixes the id when outlet and date are taken', async () => {
    const { article } = await addArticle();
    expect(article.key).toMatch(/^ct-mirror-2011-07-12-[a-z0-9]{6}$/);
  });

  it('answers BAD_USER_INPUT naming input.outlet when the outlet is not a NEWS_OUTLET, and writes nothing', async () => {
    const [articles, audits] = [await editorCount('Article'), await auditCount()];
    const response = await server.graphql(
      ADD_ARTICLE,
      {
        input: {
          text: TEXT,
          outlet: toGlobalId('Organization', 'sebac'),
          publishedOn: { date: '2011-07-12' },
          reason: 'wrong outlet',
        },
      },
      editor.headers,
    );
    const error = expectErrorCode(response, 'BAD_USER_INPUT');
    expect(error.message).toMatch(/input\.outlet: .*COALITION, not a NEWS_OUTLET/);
    expect(error.extensions).toMatchObject({ argument: 'input.outlet' });
    expect(await editorCount('Article')).toBe(articles);
    expect(await auditCount()).toBe(audits);
  });

  it('answers NOT_FOUND naming input.outlet for an unknown outlet, and writes nothing', async () => {
    const articles = await editorCount('Article');
    const response = await server.graphql(
      ADD_ARTICLE,
      {
        input: {
          text: TEXT,
          outlet: toGlobalId('Organization', 'no-such-paper'),
          publishedOn: { date: '2011-07-12' },
          reason: 'unknown outlet',
        },
      },
      editor.headers,
    );
    expect(expectErrorCode(response, 'NOT_FOUND').extensions).toMatchObject({ argument: 'input.outlet' });
    expect(await editorCount('Article')).toBe(articles);
  });
});

describe('updateArticleMetadata', () => {
  it('changes the title at the expected version, keeps the text, and records the diff', async () => {
    const { article } = await addArticle();
    const data = expectData(
      await server.graphql<{ updateArticleMetadata: { article: ArticleShape; auditEntry: Entry } }>(
        UPDATE_ARTICLE,
        {
          input: {
            id: article.id,
            expectedVersion: 1,
            title: 'A new headline',
            reason: 'headline was updated',
          },
        },
        editor.headers,
      ),
    ).updateArticleMetadata;
    expect(data.article).toMatchObject({ headline: 'A new headline', version: 2, text: TEXT });
    expect(JSON.parse(data.auditEntry.diff)).toMatchObject({
      before: { headline: 'Stewards weigh what comes next', version: 1 },
      after: { headline: 'A new headline', version: 2 },
    });
  });

  it('answers CONFLICT at a stale version and writes nothing', async () => {
    const { article } = await addArticle();
    const audits = await auditCount();
    const response = await server.graphql(
      UPDATE_ARTICLE,
      { input: { id: article.id, expectedVersion: 7, title: 'Stale', reason: 'stale' } },
      editor.headers,
    );
    expect(expectErrorCode(response, 'CONFLICT').message).toMatch(/version 1, not 7/);
    expect(await auditCount()).toBe(audits);
  });
});

describe('addStatement', () => {
  let articleId: string;
  let speakerId: string;
  beforeAll(async () => {
    articleId = (await addArticle()).article.id;
    speakerId = await createPerson('Jo Rivera');
  });

  it('places words given by exactText (curly quotes or straight) at their offsets with paragraph and context', async () => {
    const { statement, auditEntry } = await addStatement({
      articleId,
      exactText: 'We want to get back to the table with new terms',
      speakerId,
      issueSlugs: ['renegotiation'],
      dispute: DISPUTE,
    });
    expect(statement).toMatchObject({
      text: 'We want to get back to the table with new terms',
      kind: 'DIRECT_QUOTE',
      paragraph: 2,
      context: TEXT.split('\n\n')[1],
      version: 1,
      retractedAt: null,
      speaker: { key: 'jo-rivera' },
      issues: [{ slug: 'renegotiation' }],
    });
    expect(JSON.parse(auditEntry.diff)).toMatchObject({
      after: { start: TEXT.indexOf('We want'), end: TEXT.indexOf('We want') + 47 },
    });
  });

  it('places words given by start and end', async () => {
    const start = TEXT.indexOf('must be renegotiated');
    const { statement } = await addStatement({
      articleId,
      start,
      end: start + 'must be renegotiated'.length,
      kind: 'PARTIAL_QUOTE',
      speakerId,
    });
    expect(statement).toMatchObject({ text: 'must be renegotiated', paragraph: 3 });
  });

  it.each([
    [
      'exactText that occurs twice',
      { exactText: 'Rivera' },
      /input\.exactText: occurs 2 times/,
      'input.exactText',
    ],
    [
      'exactText that is not in the text',
      { exactText: 'no such words' },
      /does not occur/,
      'input.exactText',
    ],
    ['a span crossing a paragraph break', { start: 60, end: 90 }, /crosses a paragraph break/, 'input.end'],
    ['an end past the text', { start: 0, end: 10_000 }, /input\.end: must be after start/, 'input.end'],
    [
      'a quote with no speaker',
      { exactText: 'must be renegotiated', speakerId: null },
      /needs a speaker/,
      'input.speakerId',
    ],
  ])('answers BAD_USER_INPUT for %s and writes nothing', async (_, where, message, argument) => {
    const [statements, audits] = [await editorCount('Statement'), await auditCount()];
    const response = await server.graphql(
      ADD_STATEMENT,
      { input: { articleId, speakerId, kind: 'DIRECT_QUOTE', reason: 'bad span', ...where } },
      editor.headers,
    );
    const error = expectErrorCode(response, 'BAD_USER_INPUT');
    expect(error.message).toMatch(message);
    expect(error.extensions).toMatchObject({ argument });
    expect(await editorCount('Statement')).toBe(statements);
    expect(await auditCount()).toBe(audits);
  });

  it('answers NOT_FOUND for an unknown mention and rolls the statement back', async () => {
    const statements = await editorCount('Statement');
    const response = await server.graphql(
      ADD_STATEMENT,
      {
        input: {
          articleId,
          exactText: 'Union stewards met on Tuesday',
          kind: 'REPORT',
          mentionIds: [toGlobalId('Person', 'nobody-here')],
          reason: 'bad mention',
        },
      },
      editor.headers,
    );
    expect(expectErrorCode(response, 'NOT_FOUND').extensions).toMatchObject({ argument: 'input.mentionIds' });
    expect(await editorCount('Statement')).toBe(statements);
  });
});

describe('retractStatement', () => {
  it('marks the statement retracted, keeps it, and drops it from its article’s statements', async () => {
    const article = await addArticle();
    const { statement } = await addStatement({
      articleId: article.article.id,
      exactText: 'Union stewards met on Tuesday',
      kind: 'REPORT',
    });
    const data = expectData(
      await server.graphql<{ retractStatement: { statement: StatementShape & { retractReason: string } } }>(
        RETRACT,
        { input: { id: statement.id, expectedVersion: 1, reason: 'misread the text' } },
        editor.headers,
      ),
    ).retractStatement;
    expect(data.statement).toMatchObject({ version: 2, retractReason: 'misread the text' });
    expect(data.statement.retractedAt).not.toBeNull();
    const listed = expectData(
      await server.graphql<{ node: { statements: { key: string }[] } }>(
        'query ($id: ID!) { node(id: $id) { ... on Article { statements { key } } } }',
        { id: article.article.id },
      ),
    );
    expect(listed.node.statements).toEqual([]);
    expect(
      await count(server.db, 'MATCH (s:Statement {id: $key}) RETURN count(s) AS count', {
        key: statement.key,
      }),
    ).toBe(1);
  });
});

describe('recordPosition, as an editor would do it', () => {
  it('adds an article, two statements by a new person, and a position that issue { positions } and history show', async () => {
    const { article } = await addArticle({ publishedOn: { date: '2011-07-13' } });
    const person = await createPerson('Sam Okafor');
    const first = await addStatement({
      articleId: article.id,
      exactText: 'We want to get back to the table with new terms',
      speakerId: person,
      issueSlugs: ['renegotiation'],
      dispute: DISPUTE,
    });
    const second = await addStatement({
      articleId: article.id,
      exactText: 'must be renegotiated',
      kind: 'PARTIAL_QUOTE',
      speakerId: person,
      issueSlugs: ['renegotiation'],
      dispute: DISPUTE,
    });
    const recorded = expectData(
      await server.graphql<{
        recordPosition: {
          position: { id: string; stance: string; holder: { key: string }; evidence: { key: string }[] };
          auditEntry: Entry;
        };
      }>(
        RECORD,
        {
          input: {
            holderId: person,
            issueSlug: 'renegotiation',
            dispute: DISPUTE,
            stance: 'SUPPORT',
            asOf: { date: '2011-07-13' },
            confidence: 0.9,
            evidenceIds: [first.statement.id, second.statement.id],
            reason: 'says so twice in a new article',
          },
        },
        editor.headers,
      ),
    ).recordPosition;
    expect(recorded.position).toMatchObject({ stance: 'SUPPORT', holder: { key: 'sam-okafor' } });
    expect(recorded.position.evidence.map((s) => s.key).sort()).toEqual(
      [first.statement.key, second.statement.key].sort(),
    );

    const issue = expectData(
      await server.graphql<{
        issue: { positions: { id: string; stance: string; holder: { key: string } }[] };
      }>(
        'query ($dispute: String) { issue(slug: "renegotiation", dispute: $dispute) { positions(first: 100) { id stance holder { key } } } }',
        { dispute: DISPUTE },
      ),
    ).issue;
    expect(issue.positions).toContainEqual({
      id: recorded.position.id,
      stance: 'SUPPORT',
      holder: { key: 'sam-okafor' },
    });

    const history = expectData(
      await server.graphql<{ history: { id: string; operation: string }[] }>(
        'query ($id: ID!) { history(id: $id) { id operation } }',
        { id: recorded.position.id },
      ),
    ).history;
    expect(history).toEqual([{ id: recorded.auditEntry.id, operation: 'recordPosition' }]);

    // A statement that a live position rests on cannot be taken back: CONFLICT, nothing written.
    const audits = await auditCount();
    const REVERT = `mutation ($input: RevertChangeInput!) {
      revertChange(input: $input) { changed { id ... on Position { retractedAt version source } ... on Statement { retractedAt } } auditEntry { id at } }
    }`;
    const tooEarly = await server.graphql(
      REVERT,
      { input: { auditEntryId: first.auditEntry.id, reason: 'take the quote back' } },
      editor.headers,
    );
    expect(expectErrorCode(tooEarly, 'CONFLICT').message).toMatch(/is evidence for Position sam-okafor-/);
    expect(await auditCount()).toBe(audits);

    // Reverting the position withdraws it: it leaves the issue's positions, stays for node(id:).
    const reverted = expectData(
      await server.graphql<{
        revertChange: {
          changed: { id: string; retractedAt: string | null; version: number; source: string }[];
          auditEntry: { id: string; at: string };
        };
      }>(REVERT, { input: { auditEntryId: recorded.auditEntry.id, reason: 'wrong person' } }, editor.headers),
    ).revertChange;
    expect(reverted.changed).toMatchObject([{ id: recorded.position.id, version: 2, source: 'EDITOR' }]);
    expect(reverted.changed[0]?.retractedAt).toEqual(reverted.auditEntry.at);
    const after = expectData(
      await server.graphql<{ issue: { positions: { id: string }[] } }>(
        'query ($dispute: String) { issue(slug: "renegotiation", dispute: $dispute) { positions(first: 100) { id } } }',
        { dispute: DISPUTE },
      ),
    ).issue;
    expect(after.positions.map((p) => p.id)).not.toContain(recorded.position.id);
    const historyAfter = expectData(
      await server.graphql<{ history: { operation: string; reverts: string | null }[] }>(
        'query ($id: ID!) { history(id: $id) { operation reverts } }',
        { id: recorded.position.id },
      ),
    ).history;
    expect(historyAfter).toEqual([
      { operation: 'revertChange', reverts: recorded.auditEntry.id },
      { operation: 'recordPosition', reverts: null },
    ]);

    // Now nothing rests on the statement, and reverting its addStatement retracts it.
    const retracted = expectData(
      await server.graphql<{ revertChange: { changed: { retractedAt: string | null }[] } }>(
        REVERT,
        { input: { auditEntryId: first.auditEntry.id, reason: 'take the quote back' } },
        editor.headers,
      ),
    ).revertChange;
    expect(retracted.changed).toHaveLength(1);
    expect(retracted.changed[0]?.retractedAt).not.toBeNull();
  });

  it.each([
    ['no evidence', { evidenceIds: [] }, 'BAD_USER_INPUT', /at least one statement/],
    ['an inferred position without a note', { inferred: true }, 'BAD_USER_INPUT', /input\.note/],
    ['evidence said after asOf', { asOf: { date: '2011-07-01' } }, 'BAD_USER_INPUT', /after asOf/],
    ['evidence not about the issue', { issueSlug: 'reopen-talks' }, 'BAD_USER_INPUT', /is not about/],
    ['an unknown holder', { holderId: toGlobalId('Person', 'nobody-here') }, 'NOT_FOUND', /input\.holderId/],
  ])('answers %s with its code and writes nothing', async (_, change, code, message) => {
    const { article } = await addArticle();
    const person = await createPerson('Lee Park');
    const { statement } = await addStatement({
      articleId: article.id,
      exactText: 'must be renegotiated',
      kind: 'PARTIAL_QUOTE',
      speakerId: person,
      issueSlugs: ['renegotiation'],
      dispute: DISPUTE,
    });
    const [positions, audits] = [await editorCount('Position'), await auditCount()];
    const response = await server.graphql(
      RECORD,
      {
        input: {
          holderId: person,
          issueSlug: 'renegotiation',
          dispute: DISPUTE,
          stance: 'SUPPORT',
          asOf: { date: '2011-07-12' },
          confidence: 0.8,
          evidenceIds: [statement.id],
          reason: 'bad position',
          ...change,
        },
      },
      editor.headers,
    );
    expect(expectErrorCode(response, code).message).toMatch(message);
    expect(await editorCount('Position')).toBe(positions);
    expect(await auditCount()).toBe(audits);
  });
});

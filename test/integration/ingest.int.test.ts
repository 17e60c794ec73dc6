/**
 * Ingestion and review on the real Neo4j: ingestArticle (dry run, stored, idempotent), reviewQueue,
 * acceptSuggestion (as proposed, a new person with the role of their appositive, a fixed speaker),
 * rejectSuggestion, acceptAll, two same-day quotes of one speaker joining one position; a bad
 * input per mutation writing nothing; UNAUTHENTICATED and FORBIDDEN.
 */
import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { PIPELINE_VERSION } from '../../src/ingest/version';
import {
  findIngestExamples,
  lockSuggestion,
  reviewSuggestion,
} from '../../src/repositories/suggestion.repository';
import { toGlobalId } from '../../src/schema/global-id';
import { expectData, expectErrorCode } from '../helpers/api';
import { count, createTestToken, removeEditorWrites, type TestToken } from '../helpers/auth';
import { harbourStatements } from '../helpers/learning-corpus';
import { type GraphQLResponse, startTestServer, type TestServer } from '../helpers/test-server';

const TEXT = [
  'HARTFORD -- Union leaders met the governor’s aides on Friday, a week after what critics called the "poison pill" vote.',
  '"We are ready to reconvene discussions as soon as possible," said Larry Dorman, a SEBAC spokesman.',
  '"Nobody here wants layoffs," said Jo Rivera, a steward with AFSCME Local 387. "We voted in good faith."',
  '"We should vote again," said Sam Okafor, a steward with Teamsters Local 559.',
  'Stewards say the June vote was "rigged from the start" by the old rules.',
  'The crowd outside grew louder. "This will end badly for everyone involved in it."',
  'The governor said he would not renegotiate the deal.',
].join('\n\n');

const INPUT = {
  text: TEXT,
  outlet: 'CT Mirror',
  url: 'https://example.org/ingest-test',
  title: 'Stewards and spokesmen',
  publishedOn: '2011-07-15',
};

const SUGGESTION =
  'id key status kind text start end confidence lowConfidence rule pipelineVersion speaker { name id isNew isOrganization link roleTitle roleOrganization } onBehalfOf { name id } stances { issueSlug stance confidence lowConfidence } statementId positionIds createdSpeakerId reviewedBy reviewReason';
const INGEST = `mutation ($input: IngestArticleInput!, $dryRun: Boolean) {
  ingestArticle(input: $input, dryRun: $dryRun) { dryRun created existing auditEntryId article { id key text } suggestions { ${SUGGESTION} } }
}`;
const QUEUE = `query ($articleId: ID!, $status: SuggestionStatus, $minConfidence: Float, $first: Int, $after: String) {
  reviewQueue(articleId: $articleId, status: $status, minConfidence: $minConfidence, first: $first, after: $after) {
    edges { cursor node { id status text confidence } } pageInfo { hasNextPage endCursor }
  }
}`;
const ACCEPT = `mutation ($id: ID!, $edits: SuggestionEdits, $reason: String) {
  acceptSuggestion(id: $id, edits: $edits, reason: $reason) { suggestion { ${SUGGESTION} } auditEntry { id operation reason } }
}`;
const REJECT = `mutation ($id: ID!, $reason: String!) {
  rejectSuggestion(id: $id, reason: $reason) { suggestion { id status reviewReason } auditEntry { operation reason } }
}`;
const ACCEPT_ALL = `mutation ($articleId: ID!, $minConfidence: Float) {
  acceptAll(articleId: $articleId, minConfidence: $minConfidence) { accepted { id status statementId } skipped { id key reason } }
}`;

const ACCEPT_ALL_FIRST = `mutation ($articleId: ID!, $minConfidence: Float, $first: Int) {
  acceptAll(articleId: $articleId, minConfidence: $minConfidence, first: $first) { accepted { id } remaining }
}`;

interface SuggestionShape {
  id: string;
  key: string;
  status: string;
  kind: string;
  text: string;
  start: number;
  end: number;
  confidence: number;
  lowConfidence: boolean;
  rule: string | null;
  pipelineVersion: string;
  speaker: {
    name: string;
    id: string | null;
    isNew: boolean;
    isOrganization: boolean;
    link: string;
    roleTitle: string | null;
    roleOrganization: string | null;
  } | null;
  onBehalfOf: { name: string; id: string | null } | null;
  stances: { issueSlug: string; stance: string; confidence: number; lowConfidence: boolean }[];
  statementId: string | null;
  positionIds: string[];
  createdSpeakerId: string | null;
  reviewedBy: string | null;
  reviewReason: string | null;
}
interface IngestShape {
  dryRun: boolean;
  created: number;
  existing: number;
  auditEntryId: string | null;
  article: { id: string; key: string; text: string } | null;
  suggestions: SuggestionShape[];
}

let server: TestServer;
let editor: TestToken;
let reader: TestToken;

beforeAll(async () => {
  server = await startTestServer();
  editor = await createTestToken(server.db, 'editor', 'Bea');
  reader = await createTestToken(server.db, 'reader', 'Rui');
});

afterAll(async () => {
  await server.db.runText('MATCH (s:Suggestion) DETACH DELETE s', {}, 'WRITE');
  await server.db.runText('MATCH (c:IngestClaim) DELETE c', {}, 'WRITE');
  await server.db.runText('MATCH (c:OutletClaim) DELETE c', {}, 'WRITE');
  await removeEditorWrites(server.db);
  await server.close();
});

const suggestions = () => count(server.db, 'MATCH (s:Suggestion) RETURN count(s) AS count');
const audits = () => count(server.db, 'MATCH (a:AuditEntry) RETURN count(a) AS count');
const editorNodes = () => count(server.db, "MATCH (n) WHERE n.origin = 'editor' RETURN count(n) AS count");

async function ingest(input: Record<string, unknown> = INPUT, dryRun = false): Promise<IngestShape> {
  return expectData(
    await server.graphql<{ ingestArticle: IngestShape }>(INGEST, { input, dryRun }, editor.headers),
  ).ingestArticle;
}

const bySpeaker = (list: SuggestionShape[], name: string | null) =>
  list.find(
    (s) => (name === null ? s.speaker === null : s.speaker?.name === name) && s.kind !== 'PARAPHRASE',
  );

describe('ingestArticle', () => {
  it('proposes in a dry run and writes nothing', async () => {
    const before = [await suggestions(), await audits(), await editorNodes()];
    const result = await ingest(INPUT, true);
    expect(result).toMatchObject({ dryRun: true, article: null, created: 0, auditEntryId: null });
    expect(bySpeaker(result.suggestions, 'Larry Dorman')).toMatchObject({
      kind: 'DIRECT_QUOTE',
      text: 'We are ready to reconvene discussions as soon as possible',
      speaker: { id: toGlobalId('Person', 'larry-dorman'), isNew: false },
      onBehalfOf: { id: toGlobalId('Organization', 'sebac') },
    });
    expect(result.suggestions.map((s) => s.text)).not.toContain('poison pill');
    expect([await suggestions(), await audits(), await editorNodes()]).toEqual(before);
  });

  it('stores the article and one PROPOSED suggestion per proposal, with the span at its UTF-16 offsets', async () => {
    const result = await ingest();
    expect(result.article?.text).toBe(TEXT);
    expect(result.created).toBe(result.suggestions.length);
    expect(result.suggestions.length).toBeGreaterThanOrEqual(4);
    for (const s of result.suggestions) {
      expect(s.status).toBe('PROPOSED');
      expect(s.pipelineVersion).toBe(PIPELINE_VERSION);
      expect(TEXT.slice(s.start, s.end)).toBe(s.text);
    }
    const rivera = bySpeaker(result.suggestions, 'Jo Rivera');
    expect(rivera?.speaker).toMatchObject({
      id: null,
      isNew: true,
      roleTitle: 'steward',
      roleOrganization: 'AFSCME Local 387',
    });
    expect(rivera?.stances).toEqual([
      expect.objectContaining({ issueSlug: 'layoffs', stance: 'OPPOSE', lowConfidence: false }),
    ]);
    expect(bySpeaker(result.suggestions, null)).toMatchObject({
      speaker: null,
      lowConfidence: true,
      rule: null,
    });
    const paraphrases = result.suggestions.filter((s) => s.kind === 'PARAPHRASE');
    expect(paraphrases.find((s) => s.text.startsWith('The governor said'))).toMatchObject({
      speaker: { id: toGlobalId('Person', 'dannel-malloy') },
      rule: 'reported-speech',
    });
    // Someone the writer leaves unnamed ("Stewards say …") is reported all the same, unattributed.
    expect(paraphrases.find((s) => s.text.startsWith('Stewards say'))).toMatchObject({
      speaker: null,
      rule: 'reported-speech',
      lowConfidence: true,
    });
  });

  it('is idempotent: the same text gives the same article and no new suggestion', async () => {
    const first = await ingest();
    const n = await suggestions();
    const again = await ingest({ ...INPUT, title: 'another title, same text' });
    expect(again.article?.key).toBe(first.article?.key);
    expect(again).toMatchObject({ created: 0, existing: first.suggestions.length });
    expect(again.suggestions.map((s) => s.id)).toEqual(first.suggestions.map((s) => s.id));
    expect(await suggestions()).toBe(n);
  });

  it('stores one article and one set of suggestions when two ingests of the same new text run at once', async () => {
    // A text no other test ingests, with a new outlet, so both requests find nothing at first.
    const text = [
      'NEW LONDON -- Stewards met again on Monday.',
      '"We want another vote," said Larry Dorman, a SEBAC spokesman.',
      '"Nobody here wants layoffs," Dorman said.',
    ].join('\n\n');
    const input = { ...INPUT, text, outlet: 'The Day (concurrency test)' };
    const articles = () =>
      count(server.db, 'MATCH (a:Article {sha256: $sha}) RETURN count(a) AS count', {
        sha: createHash('sha256').update(text, 'utf8').digest('hex'),
      });
    expect(await articles()).toBe(0);
    const [a, b] = await Promise.all([ingest(input), ingest(input)]);
    expect(a.article?.key).toBe(b.article?.key);
    expect(await articles()).toBe(1);
    expect(a.created + b.created).toBe(a.suggestions.length);
    expect(a.suggestions.length).toBeGreaterThanOrEqual(2);
    expect(
      await count(
        server.db,
        'MATCH (s:Suggestion)-[:SUGGESTED_FOR]->(:Article {id: $id}) RETURN count(s) AS count',
        { id: a.article?.key },
      ),
    ).toBe(a.suggestions.length);
    expect(
      await count(
        server.db,
        "MATCH (o:Organization {name: 'The Day (concurrency test)'}) RETURN count(o) AS count",
      ),
    ).toBe(1);
  });

  it('creates an unknown outlet once when ingests of different texts from it run at once', async () => {
    // Different texts, so each ingest holds its own text claim and none waits for another there;
    // the same day, so the articles also compete for the id outlet + date.
    const outlet = 'Norwich Bulletin (outlet race test)';
    const texts = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map((day) =>
      [`NORWICH -- Stewards met on ${day}.`, `"We want a vote by ${day}," said Larry Dorman.`].join('\n\n'),
    );
    const outlets = () =>
      count(server.db, 'MATCH (o:Organization) WHERE toLower(o.name) = $name RETURN count(o) AS count', {
        name: outlet.toLowerCase(),
      });
    expect(await outlets()).toBe(0);
    const results = await Promise.all(
      // The spelling varies as a reporter's would: the outlet is the same one.
      texts.map((text, i) =>
        ingest({ ...INPUT, text, outlet: i % 2 === 0 ? outlet : ` ${outlet.toUpperCase()} ` }),
      ),
    );
    const keys = results.map((r) => r.article?.key);
    expect(new Set(keys).size).toBe(texts.length);
    expect(await outlets()).toBe(1);
    expect(
      await count(
        server.db,
        'MATCH (a:Article)-[:PUBLISHED_BY]->(o:Organization) WHERE a.id IN $keys AND toLower(o.name) = $name RETURN count(DISTINCT a) AS count',
        { keys, name: outlet.toLowerCase() },
      ),
    ).toBe(texts.length);
    expect(
      await count(
        server.db,
        'MATCH (a:Article)-[:PUBLISHED_BY]->(o) WHERE a.id IN $keys RETURN count(o) AS count',
        { keys },
      ),
    ).toBe(texts.length);
    // A later ingest from the same outlet reuses it too.
    await ingest({ ...INPUT, text: 'NORWICH -- "One more," said Larry Dorman.', outlet });
    expect(await outlets()).toBe(1);
  });

  it('answers BAD_USER_INPUT for a bad date and writes nothing', async () => {
    const before = [await suggestions(), await audits(), await editorNodes()];
    const response = await server.graphql(
      INGEST,
      { input: { ...INPUT, text: 'Other text. "Quote here," Dorman said.', publishedOn: '2011-13-45' } },
      editor.headers,
    );
    expectErrorCode(response, 'BAD_USER_INPUT');
    expect([await suggestions(), await audits(), await editorNodes()]).toEqual(before);
  });

  it('answers BAD_USER_INPUT (HTTP 400) for text holding half of a surrogate pair, and writes nothing', async () => {
    // Neo4j would store the half as U+FFFD: other text than was sent, under another text's hash.
    const before = [await suggestions(), await audits(), await editorNodes()];
    for (const half of ['\ud800', '\udfff']) {
      const response = await server.post(
        '/graphql',
        { query: INGEST, variables: { input: { ...INPUT, text: `${half} "Quote here," Dorman said.` } } },
        editor.headers,
      );
      expect(response.status).toBe(400);
      const error = expectErrorCode((await response.json()) as GraphQLResponse, 'BAD_USER_INPUT');
      expect(error.extensions).toMatchObject({ argument: '$input.text' });
    }
    // A whole pair (an emoji) is text like any other.
    const emoji = await server.graphql<{ ingestArticle: { suggestions: unknown[] } }>(
      INGEST,
      { input: { ...INPUT, text: '\ud83d\ude00 "Quote here and more," Dorman said.' }, dryRun: true },
      editor.headers,
    );
    expect(expectData(emoji).ingestArticle.suggestions).toHaveLength(1);
    expect([await suggestions(), await audits(), await editorNodes()]).toEqual(before);
  });
});

describe('review', () => {
  let articleId: string;
  let all: SuggestionShape[];

  beforeAll(async () => {
    const result = await ingest();
    articleId = result.article?.id ?? '';
    all = result.suggestions;
  });

  it('lists the queue in text order, by page and by minimum confidence', async () => {
    const page = async (vars: Record<string, unknown>) =>
      expectData(
        await server.graphql<{
          reviewQueue: {
            edges: { node: { id: string; confidence: number } }[];
            pageInfo: { hasNextPage: boolean; endCursor: string };
          };
        }>(QUEUE, { articleId, ...vars }),
      ).reviewQueue;
    const first = await page({ first: 2 });
    expect(first.edges.map((e) => e.node.id)).toEqual(all.slice(0, 2).map((s) => s.id));
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await page({ first: 100, after: first.pageInfo.endCursor });
    expect(second.edges.map((e) => e.node.id)).toEqual(all.slice(2).map((s) => s.id));
    const confident = await page({ first: 100, minConfidence: 0.85 });
    expect(confident.edges.length).toBeGreaterThan(0);
    expect(confident.edges.length).toBeLessThan(all.length);
    expect(confident.edges.every((e) => e.node.confidence >= 0.85)).toBe(true);
  });

  it('lists the suggestions with no proposed stance apart, where new cues are needed', async () => {
    const page = async (withStances: boolean | null) =>
      expectData(
        await server.graphql<{
          reviewQueue: { edges: { node: { id: string; stances: { issueSlug: string }[] } }[] };
        }>(
          'query ($a: ID!, $w: Boolean) { reviewQueue(articleId: $a, status: null, first: 100, withStances: $w) { edges { node { id stances { issueSlug } } } } }',
          { a: articleId, w: withStances },
        ),
      ).reviewQueue.edges.map((e) => e.node);
    const [none, some, every] = [await page(false), await page(true), await page(null)];
    expect(none.length).toBeGreaterThan(0);
    expect(some.length).toBeGreaterThan(0);
    expect(none.every((n) => n.stances.length === 0)).toBe(true);
    expect(some.every((n) => n.stances.length > 0)).toBe(true);
    expect([...none, ...some].map((n) => n.id).sort()).toEqual(every.map((n) => n.id).sort());
  });

  it('gives each suggestion a global id that node(id:) refetches', async () => {
    const first = all[0];
    expect(first?.id).toBe(toGlobalId('Suggestion', first?.key ?? ''));
    expect(first?.key).toMatch(/:q\d+-\d+$|:p\d+-\d+$/);
    const node = expectData(
      await server.graphql<{ node: { __typename: string; id: string; key: string; text: string } }>(
        'query ($id: ID!) { node(id: $id) { __typename id ... on Suggestion { key text statement { id } } } }',
        { id: first?.id },
      ),
    ).node;
    expect(node).toEqual({
      __typename: 'Suggestion',
      id: first?.id,
      key: first?.key,
      text: first?.text,
      statement: null,
    });
    expectErrorCode(
      await server.graphql('query ($id: ID!) { node(id: $id) { id } }', {
        id: toGlobalId('Suggestion', 'no-such-suggestion'),
      }),
      'NOT_FOUND',
    );
  });

  it('answers NOT_FOUND for the queue of an unknown article', async () => {
    expectErrorCode(
      await server.graphql(QUEUE, { articleId: toGlobalId('Article', 'no-such-article') }),
      'NOT_FOUND',
    );
  });

  it('accepts a new person’s quote: the person, the statement and a position, audited as proposed by ingest and accepted by the editor', async () => {
    const rivera = bySpeaker(all, 'Jo Rivera');
    const data = expectData(
      await server.graphql<{
        acceptSuggestion: { suggestion: SuggestionShape; auditEntry: { operation: string; reason: string } };
      }>(ACCEPT, { id: rivera?.id }, editor.headers),
    ).acceptSuggestion;
    expect(data.suggestion).toMatchObject({ status: 'ACCEPTED', reviewedBy: `token:${editor.id}` });
    expect(data.auditEntry.reason).toMatch(
      new RegExp(`^proposed by ${PIPELINE_VERSION} \\(suggestion .+\\), accepted by Bea$`),
    );
    expect(data.suggestion.positionIds).toHaveLength(1);
    const personId = data.suggestion.createdSpeakerId ?? '';
    const person = expectData(
      await server.graphql<{ node: { name: string; statements: { text: string; kind: string }[] } }>(
        'query ($id: ID!) { node(id: $id) { ... on Person { name statements { text kind } } } }',
        { id: personId },
      ),
    ).node;
    expect(person).toEqual({
      name: 'Jo Rivera',
      statements: [{ text: 'Nobody here wants layoffs', kind: 'DIRECT_QUOTE' }],
    });
    const positions = expectData(
      await server.graphql<{
        issue: { positions: { stance: string; holder: { name: string }; evidence: { id: string }[] }[] };
      }>(
        'query { issue(slug: "layoffs", dispute: "ct-sebac-2011-concessions") { positions { stance holder { name } evidence { id } } } }',
      ),
    ).issue.positions;
    expect(positions).toContainEqual({
      stance: 'OPPOSE',
      holder: { name: 'Jo Rivera' },
      evidence: [{ id: data.suggestion.statementId }],
    });
    const history = expectData(
      await server.graphql<{ history: { operation: string; reason: string }[] }>(
        'query ($id: ID!) { history(id: $id) { operation reason } }',
        { id: data.suggestion.statementId },
      ),
    ).history;
    expect(history.map((h) => h.operation)).toEqual(['acceptSuggestion', 'addStatement']);
    expect(history[1]?.reason).toMatch(new RegExp(`proposed by ${PIPELINE_VERSION} .*accepted by Bea`));
  });

  it('writes a new person’s appositive role at a known organization as a HOLDS_ROLE with the statement as evidence, and keeps an unknown organization in the description only', async () => {
    const person = async (id: string) =>
      expectData(
        await server.graphql<{
          node: {
            name: string;
            description: string | null;
            roles: {
              title: string;
              source: string;
              organization: { key: string };
              evidence: { id: string }[];
            }[];
          };
        }>(
          'query ($id: ID!) { node(id: $id) { ... on Person { name description roles { title source organization { key } evidence { id } } } } }',
          { id },
        ),
      ).node;
    const accept = async (id: string | undefined) =>
      expectData(
        await server.graphql<{ acceptSuggestion: { suggestion: SuggestionShape } }>(
          ACCEPT,
          { id },
          editor.headers,
        ),
      ).acceptSuggestion.suggestion;

    // Rivera was accepted above: "a steward with AFSCME Local 387", a known organization.
    const rivera = await count(
      server.db,
      "MATCH (:Person {name: 'Jo Rivera'})-[r:HOLDS_ROLE {title: 'steward'}]->(:Organization {id: 'afscme-local-387'}) WHERE r.origin = 'suggestion' RETURN count(r) AS count",
    );
    expect(rivera).toBe(1);
    const riveraSuggestion = expectData(
      await server.graphql<{ reviewQueue: { edges: { node: SuggestionShape }[] } }>(
        `query ($articleId: ID!) { reviewQueue(articleId: $articleId, status: ACCEPTED, first: 100) { edges { node { ${SUGGESTION} } } } }`,
        { articleId },
      ),
    )
      .reviewQueue.edges.map((e) => e.node)
      .find((n) => n.id === bySpeaker(all, 'Jo Rivera')?.id);
    if (riveraSuggestion === undefined) throw new Error('Rivera’s suggestion is not ACCEPTED');
    expect(await person(riveraSuggestion.createdSpeakerId ?? '')).toMatchObject({
      description: 'steward, AFSCME Local 387',
      roles: [
        {
          title: 'steward',
          source: 'SUGGESTION',
          organization: { key: 'afscme-local-387' },
          evidence: [{ id: riveraSuggestion.statementId }],
        },
      ],
    });

    const okafor = bySpeaker(all, 'Sam Okafor');
    expect(okafor?.speaker).toMatchObject({ roleTitle: 'steward', roleOrganization: 'Teamsters Local 559' });
    const accepted = await accept(okafor?.id);
    expect(await person(accepted.createdSpeakerId ?? '')).toMatchObject({
      name: 'Sam Okafor',
      description: 'steward, Teamsters Local 559',
      roles: [],
    });
  });

  it('accepts a new organization’s quote only with the kind the editor gives, and creates it once for its two quotes', async () => {
    const text = [
      'HARTFORD -- In a statement, the Connecticut State University System said its campuses "are planning responsibly for every outcome."',
      'The system said no final list of positions "has been drawn up."',
    ].join('\n\n');
    const stored = await ingest({
      text,
      outlet: 'CT Mirror',
      url: 'https://example.org/ingest-new-organization',
      title: 'Campuses wait',
      publishedOn: '2011-08-09',
    });
    const quoted = stored.suggestions.filter((x) => x.kind !== 'PARAPHRASE');
    expect(quoted.map((x) => [x.text, x.speaker])).toEqual([
      [
        'are planning responsibly for every outcome.',
        expect.objectContaining({
          name: 'Connecticut State University System',
          id: null,
          isNew: true,
          isOrganization: true,
          link: 'new-organization',
        }),
      ],
      [
        'has been drawn up.',
        expect.objectContaining({ name: 'Connecticut State University System', isNew: true }),
      ],
    ]);
    const [first, second] = quoted;
    const organizations = () =>
      count(
        server.db,
        "MATCH (o:Organization {name: 'Connecticut State University System'}) RETURN count(o) AS count",
      );
    const before = [await audits(), await organizations()];

    // Without a kind, or with one that is no code, nothing is written.
    const refused = await server.graphql(ACCEPT, { id: first?.id }, editor.headers);
    expect(expectErrorCode(refused, 'BAD_USER_INPUT').message).toMatch(/organizationKind/);
    expectErrorCode(
      await server.graphql(
        ACCEPT,
        { id: first?.id, edits: { organizationKind: 'a college' } },
        editor.headers,
      ),
      'BAD_USER_INPUT',
    );
    expect([await audits(), await organizations()]).toEqual(before);

    const accepted = expectData(
      await server.graphql<{ acceptSuggestion: { suggestion: SuggestionShape } }>(
        ACCEPT,
        { id: first?.id, edits: { organizationKind: 'ACADEMIC_INSTITUTION' } },
        editor.headers,
      ),
    ).acceptSuggestion.suggestion;
    const created = accepted.createdSpeakerId ?? '';
    expect(created.length).toBeGreaterThan(0);
    expect(
      expectData(
        await server.graphql<{ node: { __typename: string; name: string; kind: string; aliases: string[] } }>(
          'query ($id: ID!) { node(id: $id) { __typename ... on Organization { name kind aliases } } }',
          { id: created },
        ),
      ).node,
    ).toEqual({
      __typename: 'Organization',
      name: 'Connecticut State University System',
      kind: 'ACADEMIC_INSTITUTION',
      aliases: [],
    });

    // The second quote is the same organization's: accepted as proposed, nothing created again;
    // a kind given there is refused, since that acceptance creates nothing.
    expectErrorCode(
      await server.graphql(ACCEPT, { id: second?.id, edits: { organizationKind: 'UNION' } }, editor.headers),
      'BAD_USER_INPUT',
    );
    const again = expectData(
      await server.graphql<{ acceptSuggestion: { suggestion: SuggestionShape } }>(
        ACCEPT,
        { id: second?.id },
        editor.headers,
      ),
    ).acceptSuggestion.suggestion;
    expect(again.createdSpeakerId).toBeNull();
    const speakers = await Promise.all(
      [accepted.statementId, again.statementId].map(
        async (id) =>
          expectData(
            await server.graphql<{ node: { speaker: { id: string } } }>(
              'query ($id: ID!) { node(id: $id) { ... on Statement { speaker { id } } } }',
              { id },
            ),
          ).node.speaker.id,
      ),
    );
    expect(speakers).toEqual([created, created]);
    expect(await organizations()).toBe(1);
  });

  it('accepts an unattributed quote once the editor gives the speaker, and refuses it without one, writing nothing', async () => {
    const unattributed = all.find((s) => s.text === 'This will end badly for everyone involved in it.');
    expect(unattributed?.speaker).toBeNull();
    const before = [await audits(), await editorNodes()];
    const refused = await server.graphql(ACCEPT, { id: unattributed?.id }, editor.headers);
    expect(expectErrorCode(refused, 'BAD_USER_INPUT').message).toMatch(/speaker/);
    expect([await audits(), await editorNodes()]).toEqual(before);
    const fixed = expectData(
      await server.graphql<{ acceptSuggestion: { suggestion: SuggestionShape } }>(
        ACCEPT,
        {
          id: unattributed?.id,
          edits: { speakerId: toGlobalId('Person', 'dannel-malloy') },
          reason: 'the governor said it at the gate',
        },
        editor.headers,
      ),
    ).acceptSuggestion;
    const statement = expectData(
      await server.graphql<{ node: { speaker: { key: string }; text: string } }>(
        'query ($id: ID!) { node(id: $id) { ... on Statement { text speaker { key } } } }',
        { id: fixed.suggestion.statementId },
      ),
    ).node;
    expect(statement).toEqual({
      text: 'This will end badly for everyone involved in it.',
      speaker: { key: 'dannel-malloy' },
    });
    // The queue shows both: what the pipeline proposed (no one) and the statement as accepted.
    const reviewed = expectData(
      await server.graphql<{ node: Record<string, unknown> }>(
        'query ($id: ID!) { node(id: $id) { ... on Suggestion { speaker { name } statement { id speaker { key } } } } }',
        { id: unattributed?.id },
      ),
    ).node;
    expect(reviewed).toEqual({
      speaker: null,
      statement: { id: fixed.suggestion.statementId, speaker: { key: 'dannel-malloy' } },
    });
  });

  it('rejects a quote with the reason, and refuses to review it twice, writing nothing', async () => {
    const scare = all.find((s) => s.text === 'rigged from the start');
    const data = expectData(
      await server.graphql<{
        rejectSuggestion: {
          suggestion: { status: string; reviewReason: string };
          auditEntry: { operation: string };
        };
      }>(REJECT, { id: scare?.id, reason: 'a scare quote, nobody’s words' }, editor.headers),
    ).rejectSuggestion;
    expect(data).toMatchObject({
      suggestion: { status: 'REJECTED', reviewReason: 'a scare quote, nobody’s words' },
      auditEntry: { operation: 'rejectSuggestion' },
    });
    const before = await audits();
    expectErrorCode(
      await server.graphql(REJECT, { id: scare?.id, reason: 'again' }, editor.headers),
      'BAD_USER_INPUT',
    );
    expectErrorCode(await server.graphql(ACCEPT, { id: scare?.id }, editor.headers), 'BAD_USER_INPUT');
    expect(await audits()).toBe(before);
  });

  it('answers NOT_FOUND for an unknown suggestion and BAD_USER_INPUT for a blank reason, writing nothing', async () => {
    const before = await audits();
    expectErrorCode(
      await server.graphql(ACCEPT, { id: toGlobalId('Suggestion', 'no-such-suggestion') }, editor.headers),
      'NOT_FOUND',
    );
    // A raw key or another type's id is not a suggestion's id.
    expectErrorCode(await server.graphql(ACCEPT, { id: all[0]?.key }, editor.headers), 'BAD_USER_INPUT');
    expectErrorCode(
      await server.graphql(REJECT, { id: articleId, reason: 'wrong id' }, editor.headers),
      'BAD_USER_INPUT',
    );
    expectErrorCode(
      await server.graphql(REJECT, { id: all[0]?.id, reason: '  ' }, editor.headers),
      'BAD_USER_INPUT',
    );
    expect(await audits()).toBe(before);
  });

  it('accepts all that remain above the threshold and leaves the rest PROPOSED', async () => {
    const before = await audits();
    expectErrorCode(
      await server.graphql(ACCEPT_ALL, { articleId, minConfidence: 2 }, editor.headers),
      'BAD_USER_INPUT',
    );
    expect(await audits()).toBe(before);
    const data = expectData(
      await server.graphql<{
        acceptAll: { accepted: { status: string; statementId: string }[]; skipped: { id: string }[] };
      }>(ACCEPT_ALL, { articleId, minConfidence: 0.5 }, editor.headers),
    ).acceptAll;
    expect(data.accepted.length).toBeGreaterThan(0);
    expect(data.accepted.every((a) => a.status === 'ACCEPTED' && a.statementId !== null)).toBe(true);
    // Rivera's second quote was accepted too, and reused the person the first acceptance created.
    expect(await count(server.db, "MATCH (p:Person {name: 'Jo Rivera'}) RETURN count(p) AS count")).toBe(1);
    expect(
      await count(
        server.db,
        "MATCH (:Person {name: 'Jo Rivera'})<-[:SAID_BY]-(s:Statement) RETURN count(s) AS count",
      ),
    ).toBe(2);
    const left = expectData(
      await server.graphql<{ reviewQueue: { edges: { node: { confidence: number } }[] } }>(QUEUE, {
        articleId,
        first: 100,
      }),
    ).reviewQueue.edges;
    expect(left.every((e) => e.node.confidence < 0.5)).toBe(true);
  });
});

describe('when the words were said', () => {
  // 2011-07-14 was a Thursday: "Tuesday" is the 12th, "yesterday" the 13th.
  const DATED = {
    text: [
      'NEW LONDON -- Talks may resume next week.',
      '"We are ready to talk again," Larry Dorman, a SEBAC spokesman, said Tuesday.',
      '"The vote on Friday settles nothing," said Jo Rivera, a steward with AFSCME Local 387.',
      'Malloy told reporters yesterday, "We will not renegotiate the deal."',
      'The hall went quiet. "Nobody knows what comes next for any of us."',
    ].join('\n\n'),
    outlet: 'The Day',
    url: 'https://example.org/ingest-dated',
    title: 'Dated words',
    publishedOn: '2011-07-14',
  };
  const DATED_SUGGESTION = `${SUGGESTION} saidOn saidOnNote`;
  const DATED_ACCEPT = `mutation ($id: ID!, $edits: SuggestionEdits) {
    acceptSuggestion(id: $id, edits: $edits) { suggestion { id statementId positionIds } }
  }`;
  let listed: (SuggestionShape & { saidOn: string | null; saidOnNote: string | null })[];
  const acceptWith = async (id: string | undefined, edits: Record<string, unknown>) =>
    expectData(
      await server.graphql<{
        acceptSuggestion: { suggestion: { statementId: string; positionIds: string[] } };
      }>(DATED_ACCEPT, { id, edits }, editor.headers),
    ).acceptSuggestion.suggestion;
  const nodeOf = async (id: string | undefined, selection: string) =>
    expectData(
      await server.graphql<{ node: Record<string, unknown> }>(
        `query ($id: ID!) { node(id: $id) { ${selection} } }`,
        { id },
      ),
    ).node;

  beforeAll(async () => {
    const result = expectData(
      await server.graphql<{ ingestArticle: { suggestions: typeof listed } }>(
        `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { suggestions { ${DATED_SUGGESTION} } } }`,
        { input: DATED },
        editor.headers,
      ),
    ).ingestArticle;
    listed = result.suggestions.filter((x) => x.kind !== 'PARAPHRASE');
  });

  const quoted = (words: string) => listed.find((x) => x.text.startsWith(words));

  it('lists the ingest above the article it added in the article’s history (newest first)', async () => {
    const articleId = String(
      (await nodeOf(quoted('We are ready')?.id, '... on Suggestion { articleId }'))['articleId'],
    );
    const history = expectData(
      await server.graphql<{ history: { operation: string; at: string }[] }>(
        'query ($id: ID!) { history(id: $id) { operation at } }',
        { id: articleId },
      ),
    ).history;
    expect(history.map((h) => h.operation)).toEqual(['ingestArticle', 'addArticle']);
    expect(history[0]?.at > (history[1]?.at ?? '')).toBe(true);
  });

  it('proposes the day named in the attribution, never one inside the quote', () => {
    expect(quoted('We are ready')).toMatchObject({
      saidOn: '2011-07-12',
      saidOnNote: expect.stringContaining('"Tuesday"') as unknown,
    });
    expect(quoted('We will not renegotiate')?.saidOn).toBe('2011-07-13');
    expect(quoted('The vote on Friday')?.saidOn).toBeNull();
  });

  it('accepting dates the statement (inferred, with its note) and the position to that day', async () => {
    const accepted = await acceptWith(quoted('We are ready')?.id, {
      stances: [{ issueSlug: 'reopen-talks', stance: 'SUPPORT' }],
    });
    const statement = await nodeOf(
      accepted.statementId,
      '... on Statement { saidOn saidOnPrecision saidOnInferred saidOnNote }',
    );
    expect(statement).toMatchObject({ saidOn: '2011-07-12', saidOnPrecision: 'DAY', saidOnInferred: true });
    expect(statement['saidOnNote']).toMatch(new RegExp(`"Tuesday" in the attribution.*${PIPELINE_VERSION}`));
    expect(accepted.positionIds).toHaveLength(1);
    const position = await nodeOf(
      accepted.positionIds[0],
      '... on Position { asOf asOfPrecision asOfEarliest asOfLatest asOfInferred }',
    );
    expect(position).toEqual({
      asOf: '2011-07-12',
      asOfPrecision: 'DAY',
      asOfEarliest: '2011-07-12',
      asOfLatest: '2011-07-12',
      asOfInferred: true,
    });
  });

  it('takes the reviewer’s day instead, given and not inferred, and refuses one after the article', async () => {
    const malloy = quoted('We will not renegotiate');
    const before = await audits();
    const late = await server.graphql(
      DATED_ACCEPT,
      { id: malloy?.id, edits: { saidOn: '2011-07-15' } },
      editor.headers,
    );
    expectErrorCode(late, 'BAD_USER_INPUT');
    expect(JSON.stringify(late)).toContain('edits.saidOn');
    expect(await audits()).toBe(before);
    const accepted = await acceptWith(malloy?.id, { saidOn: '2011-07-11' });
    const statement = await nodeOf(
      accepted.statementId,
      '... on Statement { saidOn saidOnInferred saidOnNote }',
    );
    expect(statement).toEqual({ saidOn: '2011-07-11', saidOnInferred: false, saidOnNote: null });
  });

  it('leaves a quote with no day undated, and its position in the article’s week', async () => {
    const accepted = await acceptWith(quoted('The vote on Friday')?.id, {
      stances: [{ issueSlug: 'revote', stance: 'OPPOSE' }],
    });
    const statement = await nodeOf(accepted.statementId, '... on Statement { saidOn saidOnInferred }');
    expect(statement).toEqual({ saidOn: null, saidOnInferred: false });
    const position = await nodeOf(
      accepted.positionIds[0],
      '... on Position { asOfPrecision asOfEarliest asOfLatest }',
    );
    expect(position).toEqual({ asOfPrecision: 'WEEK', asOfEarliest: '2011-07-08', asOfLatest: '2011-07-14' });
  });
  it('acceptAll skips what it cannot accept as proposed, naming each by id and key', async () => {
    const articleId = String(
      (await nodeOf(quoted('Nobody knows')?.id, '... on Suggestion { articleId }'))['articleId'],
    );
    const rest = expectData(
      await server.graphql<{ acceptAll: { skipped: { id: string; key: string; reason: string }[] } }>(
        ACCEPT_ALL,
        { articleId, minConfidence: 0 },
        editor.headers,
      ),
    ).acceptAll;
    expect(rest.skipped).toEqual([
      {
        id: quoted('Nobody knows')?.id,
        key: quoted('Nobody knows')?.key,
        reason: expect.stringMatching(/speaker/) as unknown,
      },
    ]);
  });
});

describe('acceptAll in one transaction', () => {
  const TEXT_ALL = [
    'WATERBURY -- Stewards met on the green.',
    '"Nobody here wants layoffs," said Larry Dorman, a SEBAC spokesman.',
    '"We should vote again," Dorman said.',
    '"The old rules were written for another time," Dorman added.',
  ].join('\n\n');
  const ofArticle = (status: string, articleKey: string) =>
    count(
      server.db,
      'MATCH (s:Suggestion {status: $status})-[:SUGGESTED_FOR]->(:Article {id: $articleKey}) RETURN count(s) AS count',
      { status, articleKey },
    );
  const statementsOf = (articleKey: string) =>
    count(
      server.db,
      'MATCH (s:Statement)-[:IN_ARTICLE]->(:Article {id: $articleKey}) RETURN count(s) AS count',
      {
        articleKey,
      },
    );

  it('shows nothing accepted until all are, and skips one decided meanwhile without writing it twice', async () => {
    const ingested = await ingest({ ...INPUT, url: 'https://example.org/accept-all-tx', text: TEXT_ALL });
    const articleKey = ingested.article?.key ?? '';
    const quotes = ingested.suggestions.filter((s) => s.kind !== 'PARAPHRASE' && s.speaker !== null);
    expect(quotes.length).toBe(3);
    const last = quotes.at(-1)?.key ?? '';
    let pending:
      | ReturnType<
          typeof server.graphql<{
            acceptAll: { accepted: { id: string }[]; skipped: { key: string; reason: string }[] };
          }>
        >
      | undefined;
    let acceptedMeanwhile = -1;
    let statementsMeanwhile = -1;
    await server.db.writeTransaction('test', async (tx) => {
      // The last quote is locked, so acceptAll has accepted the others and waits for this one.
      await lockSuggestion(tx, last);
      pending = server.graphql(
        ACCEPT_ALL,
        { articleId: ingested.article?.id, minConfidence: 0 },
        editor.headers,
      );
      await sleep(800);
      acceptedMeanwhile = await ofArticle('ACCEPTED', articleKey);
      statementsMeanwhile = await statementsOf(articleKey);
      await reviewSuggestion(tx, {
        key: last,
        status: 'REJECTED',
        actor: 'test',
        at: new Date().toISOString(),
        reason: 'decided while acceptAll waited',
        statementId: null,
        createdStakeholderId: null,
        positionIds: [],
      });
    });
    expect([acceptedMeanwhile, statementsMeanwhile]).toEqual([0, 0]);
    const result = expectData(await (pending as NonNullable<typeof pending>)).acceptAll;
    expect(result.skipped).toEqual([
      {
        id: toGlobalId('Suggestion', last),
        key: last,
        reason: expect.stringMatching(/meanwhile/) as unknown,
      },
    ]);
    expect(result.accepted.length).toBe(ingested.suggestions.length - 1);
    // The attempt that met the rejected quote rolled back: each accepted suggestion has one statement.
    expect(await ofArticle('ACCEPTED', articleKey)).toBe(result.accepted.length);
    expect(await statementsOf(articleKey)).toBe(result.accepted.length);
  });

  it('accepts a long article in batches with first, each all or nothing, and says how many remain', async () => {
    const text = [
      'WATERBURY -- The stewards spoke in turn.',
      ...Array.from(
        { length: 5 },
        (_, i) => `"We will not sign, reason ${i + 1}," said Larry Dorman, a SEBAC spokesman.`,
      ),
    ].join('\n\n');
    const ingested = await ingest({ ...INPUT, url: 'https://example.org/accept-all-first', text });
    const articleKey = ingested.article?.key ?? '';
    const inTextOrder = ingested.suggestions
      .filter((s) => s.speaker !== null)
      .sort((a, b) => a.start - b.start)
      .map((s) => s.id);
    expect(inTextOrder.length).toBeGreaterThanOrEqual(5);
    const batch = async (first: number) =>
      expectData(
        await server.graphql<{ acceptAll: { accepted: { id: string }[]; remaining: number } }>(
          ACCEPT_ALL_FIRST,
          { articleId: ingested.article?.id, minConfidence: 0, first },
          editor.headers,
        ),
      ).acceptAll;
    const one = await batch(2);
    expect(one.accepted.map((a) => a.id)).toEqual(inTextOrder.slice(0, 2));
    expect(one.remaining).toBe(inTextOrder.length - 2);
    expect(await statementsOf(articleKey)).toBe(2);
    const two = await batch(500);
    expect(two.accepted.map((a) => a.id)).toEqual(inTextOrder.slice(2));
    expect(two.remaining).toBe(0);
    expect(await ofArticle('ACCEPTED', articleKey)).toBe(inTextOrder.length);
    const refused = await server.graphql(
      ACCEPT_ALL_FIRST,
      { articleId: ingested.article?.id, minConfidence: 0, first: 0 },
      editor.headers,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });

  it('rolls back, rather than commits late, an acceptAll that runs past the request deadline', async () => {
    // Forty quotes take far longer to accept than the 150 ms this server allows a request.
    const text = [
      'WATERBURY -- The stewards spoke one after another.',
      ...Array.from(
        { length: 40 },
        (_, i) => `"Layoffs are wrong, point ${i + 1}," said Larry Dorman, a SEBAC spokesman.`,
      ),
    ].join('\n\n');
    const ingested = await ingest({ ...INPUT, url: 'https://example.org/accept-all-deadline', text });
    const articleKey = ingested.article?.key ?? '';
    expect(ingested.suggestions.length).toBeGreaterThanOrEqual(40);
    const tight = await startTestServer({ limits: { executionTimeoutMs: 150 } });
    try {
      const entries = await audits();
      expectErrorCode(
        await tight.graphql(
          ACCEPT_ALL,
          { articleId: ingested.article?.id, minConfidence: 0 },
          editor.headers,
        ),
        'EXECUTION_TIMEOUT',
      );
      // Give a late commit, were there one, the time to land.
      await sleep(1500);
      expect(await ofArticle('ACCEPTED', articleKey)).toBe(0);
      expect(await statementsOf(articleKey)).toBe(0);
      expect(await audits()).toBe(entries);
    } finally {
      await tight.close();
    }
  });
});

describe('words the article already records as a statement', () => {
  const ADD_ARTICLE = `mutation ($input: AddArticleInput!) { addArticle(input: $input) { article { id key } } }`;
  const ADD_STATEMENT = `mutation ($input: AddStatementInput!) { addStatement(input: $input) { statement { id key } } }`;
  const INGEST_RECORDED = `mutation ($input: IngestArticleInput!, $dryRun: Boolean) {
    ingestArticle(input: $input, dryRun: $dryRun) { created existing alreadyRecorded { statementId start end text } suggestions { key text start end } }
  }`;
  const CURATED = [
    'BRISTOL -- Stewards gathered at the depot before dawn.',
    '"The depot runs on people, not on promises," said Larry Dorman, a SEBAC spokesman.',
    '"Nobody here wants layoffs," Dorman said.',
    'But Dorman said the depot would stay open through the winter.',
  ].join('\n\n');
  const byHand = async (articleId: string, exactText: string, kind = 'DIRECT_QUOTE') =>
    expectData(
      await server.graphql<{ addStatement: { statement: { id: string; key: string } } }>(
        ADD_STATEMENT,
        {
          input: {
            articleId,
            exactText,
            kind,
            speakerId: toGlobalId('Person', 'larry-dorman'),
            reason: 'curated by hand',
          },
        },
        editor.headers,
      ),
    ).addStatement.statement;

  it('does not propose again, even in a dry run, the words an editor recorded by hand', async () => {
    const article = expectData(
      await server.graphql<{ addArticle: { article: { id: string; key: string } } }>(
        ADD_ARTICLE,
        {
          input: {
            text: CURATED,
            outlet: toGlobalId('Organization', 'ct-mirror'),
            publishedOn: { date: '2011-07-16' },
            reason: 'curated by hand first',
          },
        },
        editor.headers,
      ),
    ).addArticle.article;
    const words = 'The depot runs on people, not on promises';
    const statement = await byHand(article.id, words);
    const start = CURATED.indexOf(words);
    // The curator's paraphrase leaves out "But" and the period: it still records the proposal's.
    const reported = 'Dorman said the depot would stay open through the winter';
    const paraphrase = await byHand(article.id, reported, 'PARAPHRASE');
    const sentence = `But ${reported}.`;
    const expected = [
      { statementId: statement.id, start, end: start + words.length, text: words },
      {
        statementId: paraphrase.id,
        start: CURATED.indexOf(sentence),
        end: CURATED.indexOf(sentence) + sentence.length,
        text: sentence,
      },
    ];
    type Shape = {
      ingestArticle: {
        created: number;
        existing: number;
        alreadyRecorded: { statementId: string; start: number; end: number; text: string }[];
        suggestions: { key: string; text: string }[];
      };
    };
    const input = { ...INPUT, text: CURATED, url: 'https://example.org/curated-first' };
    for (const dryRun of [true, false]) {
      const result = expectData(
        await server.graphql<Shape>(INGEST_RECORDED, { input, dryRun }, editor.headers),
      ).ingestArticle;
      expect(result.alreadyRecorded).toEqual(expected);
      expect(result.suggestions.map((x) => x.text)).toContain('Nobody here wants layoffs');
      expect(result.suggestions.map((x) => x.text)).not.toContain(words);
    }
    expect(
      await count(
        server.db,
        'MATCH (s:Suggestion)-[:SUGGESTED_FOR]->(:Article {id: $key}) WHERE s.start = $start RETURN count(s) AS count',
        { key: article.key, start },
      ),
    ).toBe(0);
  });

  it('refuses to accept, as CONFLICT naming the statement, a suggestion whose words were recorded meanwhile', async () => {
    const text = CURATED.replace('BRISTOL', 'PLAINVILLE');
    const ingested = await ingest({ ...INPUT, text, url: 'https://example.org/recorded-meanwhile' });
    const target = ingested.suggestions.find((x) => x.text === 'Nobody here wants layoffs');
    const statement = await byHand(ingested.article?.id ?? '', 'Nobody here wants layoffs');
    const entries = await audits();
    const refused = await server.graphql(ACCEPT, { id: target?.id }, editor.headers);
    expectErrorCode(refused, 'CONFLICT');
    expect(JSON.stringify(refused.errors)).toContain(statement.key);
    expect(await audits()).toBe(entries);
    const all = expectData(
      await server.graphql<{
        acceptAll: { accepted: { id: string }[]; skipped: { key: string; reason: string }[] };
      }>(ACCEPT_ALL, { articleId: ingested.article?.id, minConfidence: 0 }, editor.headers),
    ).acceptAll;
    expect(all.skipped).toEqual([
      expect.objectContaining({
        key: target?.key,
        reason: expect.stringContaining(statement.key) as unknown,
      }),
    ]);
    expect(all.accepted.length).toBe(ingested.suggestions.length - 1);
    expect(
      await count(
        server.db,
        "MATCH (s:Statement {text: 'Nobody here wants layoffs'})-[:IN_ARTICLE]->(:Article {id: $key}) RETURN count(s) AS count",
        { key: ingested.article?.key },
      ),
    ).toBe(1);
    // Once the hand-made statement is retracted, the suggestion can take its place.
    expectData(
      await server.graphql(
        'mutation ($input: RetractStatementInput!) { retractStatement(input: $input) { statement { key } } }',
        { input: { id: statement.id, expectedVersion: 1, reason: 'the suggestion says it better' } },
        editor.headers,
      ),
    );
    const accepted = expectData(
      await server.graphql<{ acceptSuggestion: { suggestion: { status: string; statementId: string } } }>(
        ACCEPT,
        { id: target?.id },
        editor.headers,
      ),
    ).acceptSuggestion.suggestion;
    expect(accepted.status).toBe('ACCEPTED');
    expect(accepted.statementId).not.toBe(statement.id);
  });
});

describe('a new speaker’s role at an organization the pipeline could not link', () => {
  it('adds the role at the organization the reviewer names, and refuses it where no speaker is created', async () => {
    const text = [
      'TORRINGTON -- Drivers met at the garage on Thursday.',
      '"We will ride this out together," said Nell Abara, a shop steward with Teamsters Local 1044.',
      '"Nobody here wants layoffs," said Larry Dorman, a SEBAC spokesman.',
    ].join('\n\n');
    const ingested = await ingest({ ...INPUT, text, url: 'https://example.org/role-org' });
    const abara = ingested.suggestions.find((x) => x.speaker?.name === 'Nell Abara');
    expect(abara?.speaker).toMatchObject({
      isNew: true,
      roleTitle: 'shop steward',
      roleOrganization: 'Teamsters Local 1044',
    });
    const local = expectData(
      await server.graphql<{ createOrganization: { organization: { id: string; key: string } } }>(
        'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id key } } }',
        { input: { name: 'Teamsters Local 1044', kind: 'UNION', reason: 'named in an ingested article' } },
        editor.headers,
      ),
    ).createOrganization.organization;
    const dorman = ingested.suggestions.find((x) => x.speaker?.name === 'Larry Dorman');
    const entries = await audits();
    expectErrorCode(
      await server.graphql(
        ACCEPT,
        { id: dorman?.id, edits: { roleOrganizationId: local.id } },
        editor.headers,
      ),
      'BAD_USER_INPUT',
    );
    expect(await audits()).toBe(entries);
    const accepted = expectData(
      await server.graphql<{ acceptSuggestion: { suggestion: SuggestionShape } }>(
        ACCEPT,
        { id: abara?.id, edits: { roleOrganizationId: local.id } },
        editor.headers,
      ),
    ).acceptSuggestion.suggestion;
    const [role] = await server.db.runText(
      'MATCH (p:Person {name: $name})-[r:HOLDS_ROLE]->(o:Organization) RETURN r.title AS title, o.id AS organization, r.evidence AS evidence',
      { name: 'Nell Abara' },
    );
    expect(role).toMatchObject({ title: 'shop steward', organization: local.key });
    expect((role?.['evidence'] as string[]).map((key) => toGlobalId('Statement', key))).toEqual([
      accepted.statementId,
    ]);
  });
});

describe('a speaker changed at acceptance', () => {
  const CHANGED = {
    text: [
      'MIDDLETOWN -- Talks resumed on Monday.',
      '"Nobody here wants layoffs," said Larry Dorman, a SEBAC spokesman.',
      'The crowd outside grew louder. "Nobody in this building wants layoffs either."',
      'The crowd went quiet. "We do not want layoffs, not one."',
    ].join('\n\n'),
    outlet: 'The Middletown Press',
    url: 'https://example.org/ingest-speaker-changed',
    title: 'Who spoke for whom',
    publishedOn: '2011-07-18',
  };
  const ACCEPTED = `mutation ($id: ID!, $edits: SuggestionEdits) {
    acceptSuggestion(id: $id, edits: $edits) { suggestion { statementId positionIds } }
  }`;
  let listed: SuggestionShape[];

  beforeAll(async () => {
    listed = (await ingest(CHANGED)).suggestions.filter((x) => x.kind !== 'PARAPHRASE');
  });

  const accept = async (words: string, edits: Record<string, unknown>) => {
    const accepted = expectData(
      await server.graphql<{
        acceptSuggestion: { suggestion: { statementId: string; positionIds: string[] } };
      }>(ACCEPTED, { id: listed.find((x) => x.text.startsWith(words))?.id, edits }, editor.headers),
    ).acceptSuggestion.suggestion;
    const statement = expectData(
      await server.graphql<{ node: { speaker: { key: string }; onBehalfOf: { key: string } | null } }>(
        'query ($id: ID!) { node(id: $id) { ... on Statement { speaker { key } onBehalfOf { key } } } }',
        { id: accepted.statementId },
      ),
    ).node;
    const holders = await Promise.all(
      accepted.positionIds.map(
        async (id) =>
          expectData(
            await server.graphql<{ node: { holder: { key: string } } }>(
              'query ($id: ID!) { node(id: $id) { ... on Position { holder { key } } } }',
              { id },
            ),
          ).node.holder.key,
      ),
    );
    return { speaker: statement.speaker.key, onBehalfOf: statement.onBehalfOf?.key ?? null, holders };
  };

  it('speaks for the organization the new speaker represents, or for none, not for the one proposed next to the old speaker', async () => {
    const dorman = listed.find((x) => x.text.startsWith('Nobody here'));
    expect(dorman?.onBehalfOf?.id).toBe(toGlobalId('Organization', 'sebac'));
    expect(dorman?.stances.map((st) => `${st.issueSlug} ${st.stance}`)).toEqual(['layoffs OPPOSE']);
    // Dorman's words given to the governor: not SEBAC's any more, and the position is his.
    expect(await accept('Nobody here', { speakerId: toGlobalId('Person', 'dannel-malloy') })).toEqual({
      speaker: 'dannel-malloy',
      onBehalfOf: null,
      holders: ['dannel-malloy'],
    });
    // Unattributed words given to Dorman: SEBAC's spokesman on that day speaks for SEBAC.
    expect(
      await accept('Nobody in this building', {
        speakerId: toGlobalId('Person', 'larry-dorman'),
        stances: [{ issueSlug: 'layoffs', stance: 'OPPOSE' }],
        dispute: 'ct-sebac-2011-concessions',
      }),
    ).toEqual({ speaker: 'larry-dorman', onBehalfOf: 'sebac', holders: ['sebac'] });
    // The editor's own word comes first.
    expect(
      await accept('We do not want', {
        speakerId: toGlobalId('Person', 'larry-dorman'),
        clearOnBehalfOf: true,
        stances: [{ issueSlug: 'layoffs', stance: 'OPPOSE' }],
        dispute: 'ct-sebac-2011-concessions',
      }),
    ).toEqual({ speaker: 'larry-dorman', onBehalfOf: null, holders: ['larry-dorman'] });
  });
});

describe('a speaker the reviewer gives', () => {
  // The words below have no speaker the pipeline can read; its attribution confidence is low.
  const UNREAD = {
    text: [
      'NEW LONDON -- The coalition met again on Friday.',
      '"Those rules were ours to write, and they are ours to fix," the coalition’s lead negotiator told the paper.',
    ].join('\n\n'),
    outlet: 'The Day',
    url: 'https://example.org/ingest-reviewer-speaker',
    title: 'Whose rules',
    publishedOn: '2011-07-22',
  };

  it('records the position at the reviewer’s confidence, not capped by the attribution the reviewer replaced', async () => {
    const [quote] = (await ingest(UNREAD)).suggestions.filter((x) => x.kind !== 'PARAPHRASE');
    expect(quote).toMatchObject({ speaker: null, lowConfidence: true });
    const accepted = expectData(
      await server.graphql<{ acceptSuggestion: { suggestion: { positionIds: string[] } } }>(
        'mutation ($id: ID!, $edits: SuggestionEdits) { acceptSuggestion(id: $id, edits: $edits) { suggestion { positionIds } } }',
        {
          id: quote?.id,
          edits: {
            speakerId: toGlobalId('Person', 'daniel-livingston'),
            clearOnBehalfOf: true,
            stances: [{ issueSlug: 'bylaw-change', stance: 'SUPPORT' }],
            dispute: 'ct-sebac-2011-concessions',
          },
        },
        editor.headers,
      ),
    ).acceptSuggestion.suggestion;
    expect(accepted.positionIds).toHaveLength(1);
    const position = expectData(
      await server.graphql<{ node: { stance: string; confidence: number; holder: { key: string } } }>(
        'query ($id: ID!) { node(id: $id) { ... on Position { stance confidence holder { key } } } }',
        { id: accepted.positionIds[0] },
      ),
    ).node;
    expect(position).toEqual({ stance: 'SUPPORT', confidence: 0.9, holder: { key: 'daniel-livingston' } });
  });
});

describe('two quotes of one speaker on one day', () => {
  // 2011-07-14 was a Thursday: "Tuesday" is the 12th.
  const SAME_DAY = {
    text: [
      'NORWICH -- Stewards gathered outside the hospital.',
      '"Nobody here wants layoffs," Ana Ruiz, a steward with AFSCME Local 387, said Tuesday.',
      '"We will fight every one of these layoffs," Ruiz said Tuesday.',
      '"Not one more layoff," Ruiz said Tuesday.',
    ].join('\n\n'),
    outlet: 'The Day',
    url: 'https://example.org/ingest-same-day',
    title: 'One steward, one day',
    publishedOn: '2011-07-14',
  };
  const ACCEPTED = `mutation ($id: ID!, $edits: SuggestionEdits) {
    acceptSuggestion(id: $id, edits: $edits) { suggestion { statementId positionIds } auditEntry { id } }
  }`;
  let listed: SuggestionShape[];
  let firstPositionIds: string[] = [];

  beforeAll(async () => {
    listed = (await ingest(SAME_DAY)).suggestions.filter((x) => x.kind !== 'PARAPHRASE');
  });

  const accept = async (words: string, edits: Record<string, unknown> = {}) =>
    expectData(
      await server.graphql<{
        acceptSuggestion: { suggestion: { statementId: string; positionIds: string[] } };
      }>(ACCEPTED, { id: listed.find((x) => x.text.startsWith(words))?.id, edits }, editor.headers),
    ).acceptSuggestion.suggestion;
  const positionOf = async (id: string | undefined) =>
    expectData(
      await server.graphql<{
        node: { stance: string; asOf: string; version: number; note: string; evidence: { id: string }[] };
      }>(
        'query ($id: ID!) { node(id: $id) { ... on Position { stance asOf version note evidence { id } } } }',
        {
          id,
        },
      ),
    ).node;

  it('adds the second quote to the position the first recorded, audited, instead of a second position that day', async () => {
    expect(listed.map((x) => x.stances.map((st) => `${st.issueSlug} ${st.stance}`))).toEqual([
      ['layoffs OPPOSE'],
      ['layoffs OPPOSE'],
      [expect.stringMatching(/^layoffs /)],
    ]);
    const first = await accept('Nobody here wants');
    const second = await accept('We will fight');
    firstPositionIds = first.positionIds;
    expect(first.positionIds).toHaveLength(1);
    expect(second.positionIds).toEqual(first.positionIds);
    const position = await positionOf(first.positionIds[0]);
    expect(position).toMatchObject({ stance: 'OPPOSE', asOf: '2011-07-12', version: 2 });
    // The note says how each statement was read: the first acceptance's, then the second's.
    expect(position.note).toMatch(
      new RegExp(
        `^Read by ${PIPELINE_VERSION} from the words of \\S+:q\\d+-\\d+; accepted as proposed\\. Also: Read by ${PIPELINE_VERSION} from the words of \\S+:q\\d+-\\d+; accepted as proposed\\.$`,
      ),
    );
    expect(position.evidence.map((e) => e.id).sort()).toEqual([first.statementId, second.statementId].sort());
    const history = expectData(
      await server.graphql<{ history: { operation: string; reason: string }[] }>(
        'query ($id: ID!) { history(id: $id) { operation reason } }',
        { id: first.positionIds[0] },
      ),
    ).history;
    expect(history.map((h) => h.operation)).toEqual([
      'acceptSuggestion',
      'addPositionEvidence',
      'acceptSuggestion',
      'recordPosition',
    ]);
    expect(history[1]?.reason).toMatch(new RegExp(`proposed by ${PIPELINE_VERSION} .*accepted by Bea`));
  });

  it('records another stance of the same day as a position of its own', async () => {
    const third = await accept('Not one more', {
      stances: [{ issueSlug: 'layoffs', stance: 'MIXED' }],
      dispute: 'ct-sebac-2011-concessions',
    });
    expect(third.positionIds).toHaveLength(1);
    expect(third.positionIds).not.toEqual(firstPositionIds);
    expect(await positionOf(third.positionIds[0])).toMatchObject({
      stance: 'MIXED',
      version: 1,
      evidence: [{ id: third.statementId }],
    });
    expect((await positionOf(firstPositionIds[0])).evidence).toHaveLength(2);
  });
});

describe('proposing again after the cues changed', () => {
  const NIGHT = {
    text: [
      'NORWICH -- Stewards gathered outside the hospital on Thursday.',
      '"The night shift will be the first to go," said Lee Carver, a steward with AFSCME Local 387.',
      '"We are ready to vote again," Carver said.',
    ].join('\n\n'),
    outlet: 'The Day',
    url: 'https://example.org/ingest-night-shift',
    title: 'The night shift',
    publishedOn: '2011-07-14',
  };
  const REPROPOSE = `mutation ($articleId: ID!, $dispute: String) {
    reproposeSuggestions(articleId: $articleId, dispute: $dispute) {
      article { key } updated created auditEntryId
      suggestions { key status text speaker { name id isNew } stances { issueSlug stance cues } }
      noLongerProposed { key status }
    }
  }`;
  interface Reproposed {
    article: { key: string };
    updated: number;
    created: number;
    auditEntryId: string;
    suggestions: {
      key: string;
      status: string;
      text: string;
      speaker: { name: string; id: string | null; isNew: boolean } | null;
      stances: { issueSlug: string; stance: string; cues: string[] }[];
    }[];
    noLongerProposed: { key: string; status: string }[];
  }
  const repropose = async (articleId: string) =>
    expectData(
      await server.graphql<{ reproposeSuggestions: Reproposed }>(
        REPROPOSE,
        { articleId, dispute: 'ct-sebac-2011-concessions' },
        editor.headers,
      ),
    ).reproposeSuggestions;

  it('replaces the proposal of PROPOSED suggestions only, adds no duplicate, and records what it replaced', async () => {
    const ingested = await ingest(NIGHT);
    const articleId = ingested.article?.id ?? '';
    const night = ingested.suggestions.find((x) => x.text.startsWith('The night shift'));
    const vote = ingested.suggestions.find((x) => x.text.startsWith('We are ready'));
    expect(night?.stances).toEqual([]);
    expect(night?.speaker).toMatchObject({ name: 'Lee Carver', id: null, isNew: true });
    const carver = expectData(
      await server.graphql<{ acceptSuggestion: { suggestion: SuggestionShape } }>(
        ACCEPT,
        { id: vote?.id },
        editor.headers,
      ),
    ).acceptSuggestion.suggestion.createdSpeakerId;

    // An older pipeline's proposal of a span the current one does not propose.
    const articleKey = ingested.article?.key ?? '';
    await server.db.runText(
      `MATCH (a:Article {id: $articleKey})
       CREATE (s:Suggestion {id: $articleKey + ':q0-7', status: 'PROPOSED', kind: 'DIRECT_QUOTE', text: 'NORWICH',
         start: 0, end: 7, paragraph: 1, medium: 'UNKNOWN', confidence: 0.3, lowConfidence: true,
         pipelineVersion: 'ingest v0', issues: '[]', createdBy: 'test', createdAt: '2011-07-14T00:00:00Z'})
       CREATE (s)-[:SUGGESTED_FOR]->(a)`,
      { articleKey },
      'WRITE',
    );

    // Accepting the other quote created Lee Carver: the night-shift quote now names him as known.
    const linked = await repropose(articleId);
    expect(linked).toMatchObject({ updated: 1, created: 0 });
    expect(linked.suggestions.find((x) => x.key === night?.key)?.speaker).toEqual({
      name: 'Lee Carver',
      id: carver,
      isNew: false,
    });
    expect(linked.noLongerProposed).toEqual([{ key: `${articleKey}:q0-7`, status: 'PROPOSED' }]);

    // The editor adds the story's new issue with a cue, then proposes again.
    expectData(
      await server.graphql(
        `mutation ($input: CreateIssueInput!) { createIssue(input: $input) { issue { id } } }`,
        {
          input: {
            dispute: 'ct-sebac-2011-concessions',
            slug: 'night-shift-cuts',
            name: 'Cutting the night shift',
            proposition: 'The state hospitals should cut their night shifts.',
            cues: [{ phrase: 'night shift*' }, { phrase: 'first to go', stance: 'SUPPORT' }],
            reason: 'a new issue in the story',
          },
        },
        editor.headers,
      ),
    );
    const after = await repropose(articleId);
    expect(after.article.key).toBe(articleKey);
    expect(after).toMatchObject({ updated: 1, created: 0 });
    const replaced = after.suggestions.find((x) => x.key === night?.key);
    expect(replaced?.status).toBe('PROPOSED');
    expect(replaced?.stances.map((st) => st.issueSlug)).toEqual(['night-shift-cuts']);
    expect(replaced?.stances[0]?.cues.length).toBeGreaterThan(0);
    const accepted = after.suggestions.find((x) => x.key === vote?.key);
    expect(accepted?.status).toBe('ACCEPTED');
    expect(accepted?.stances.map((st) => [st.issueSlug, st.stance])).toEqual(
      vote?.stances.map((st) => [st.issueSlug, st.stance]),
    );
    expect(after.suggestions.map((x) => x.key).sort()).toEqual(ingested.suggestions.map((x) => x.key).sort());

    const [entry] = await server.db.runText(
      'MATCH (e:AuditEntry {id: $id})-[:CHANGED]->(a:Article) RETURN e.operation AS operation, e.diff AS diff, a.id AS article',
      { id: after.auditEntryId },
    );
    expect(entry?.['operation']).toBe('reproposeSuggestions');
    expect(entry?.['article']).toBe(articleKey);
    const diff = JSON.parse(entry?.['diff'] as string) as {
      before: { replaced: { suggestion: string; issues: string }[] };
      after: { suggestionsReplaced: string[] };
    };
    expect(diff.before.replaced).toEqual([
      expect.objectContaining({ suggestion: night?.key, issues: '[]', speakerName: 'Lee Carver' }),
    ]);
    expect(diff.after.suggestionsReplaced).toEqual([night?.key]);

    // Again: nothing changed since.
    expect(await repropose(articleId)).toMatchObject({ updated: 0, created: 0 });
  });

  it('leaves alone a suggestion a reviewer decides while the reproposal waits for it', async () => {
    const ingested = await ingest({
      ...NIGHT,
      url: 'https://example.org/ingest-race',
      text: `${NIGHT.text}\n\nMore later.`,
    });
    const key = ingested.suggestions.find((x) => x.text.startsWith('The night shift'))?.key ?? '';
    // An older proposal stored for it, which a reproposal would replace.
    const stale = JSON.stringify([
      {
        issueKey: 'ct-sebac-2011-concessions/layoffs',
        slug: 'layoffs',
        stance: 'OPPOSE',
        confidence: 0.5,
        lowConfidence: false,
        cues: ['an older cue'],
      },
    ]);
    await server.db.runText('MATCH (s:Suggestion {id: $key}) SET s.issues = $stale', { key, stale }, 'WRITE');
    let pending: ReturnType<typeof server.graphql<{ reproposeSuggestions: Reproposed }>> | undefined;
    await server.db.writeTransaction('test', async (tx) => {
      await lockSuggestion(tx, key);
      pending = server.graphql<{ reproposeSuggestions: Reproposed }>(
        REPROPOSE,
        { articleId: ingested.article?.id },
        editor.headers,
      );
      await sleep(500);
      await reviewSuggestion(tx, {
        key,
        status: 'REJECTED',
        actor: 'test',
        at: new Date().toISOString(),
        reason: 'decided while the reproposal waited',
        statementId: null,
        createdStakeholderId: null,
        positionIds: [],
      });
    });
    const result = expectData(await (pending as NonNullable<typeof pending>)).reproposeSuggestions;
    expect(result.suggestions.find((x) => x.key === key)).toMatchObject({
      status: 'REJECTED',
      stances: [{ issueSlug: 'layoffs', stance: 'OPPOSE', cues: ['an older cue'] }],
    });
    const [stored] = await server.db.runText('MATCH (s:Suggestion {id: $key}) RETURN s.issues AS issues', {
      key,
    });
    expect(stored?.['issues']).toBe(stale);
  });

  it('answers NOT_FOUND for an unknown article or dispute, writing nothing', async () => {
    const articleId = (await ingest(NIGHT)).article?.id;
    const entries = await audits();
    const before = await suggestions();
    expectErrorCode(
      await server.graphql(REPROPOSE, { articleId, dispute: 'no-such-dispute' }, editor.headers),
      'NOT_FOUND',
    );
    expectErrorCode(
      await server.graphql(INGEST, { input: { ...INPUT, dispute: 'no-such-dispute' } }, editor.headers),
      'NOT_FOUND',
    );
    expect(await suggestions()).toBe(before);
    expectErrorCode(
      await server.graphql(
        REPROPOSE,
        { articleId: toGlobalId('Article', 'no-such-article') },
        editor.headers,
      ),
      'NOT_FOUND',
    );
    expect(await audits()).toBe(entries);
  });
});

describe('authorization', () => {
  const mutations: [string, string, Record<string, unknown>][] = [
    ['ingestArticle', INGEST, { input: INPUT, dryRun: true }],
    ['acceptSuggestion', ACCEPT, { id: 'x' }],
    ['rejectSuggestion', REJECT, { id: 'x', reason: 'r' }],
    ['acceptAll', ACCEPT_ALL, { articleId: toGlobalId('Article', 'x') }],
    [
      'reproposeSuggestions',
      'mutation ($articleId: ID!) { reproposeSuggestions(articleId: $articleId) { updated } }',
      { articleId: toGlobalId('Article', 'x') },
    ],
  ];
  it.each(mutations)(
    '%s answers UNAUTHENTICATED without a token and FORBIDDEN for a reader',
    async (_name, query, vars) => {
      expectErrorCode(await server.graphql(query, vars), 'UNAUTHENTICATED');
      expectErrorCode(await server.graphql(query, vars, reader.headers), 'FORBIDDEN');
    },
  );
});

describe('issue cues', () => {
  it('reads each issue’s cues as data, with their stance', async () => {
    const issue = expectData(
      await server.graphql<{ issue: { cues: { phrase: string; stance: string | null }[] } }>(
        'query { issue(slug: "renegotiation", dispute: "ct-sebac-2011-concessions") { cues { phrase stance } } }',
      ),
    ).issue;
    expect(issue.cues).toContainEqual({ phrase: 'renegotiat*', stance: 'SUPPORT' });
    expect(issue.cues).toContainEqual({ phrase: 'clarify', stance: 'OPPOSE' });
    const harbor = expectData(
      await server.graphql<{ issue: { cues: unknown[] } }>(
        'query { issue(slug: "layoffs", dispute: "harbor-2024-lease") { cues { phrase } } }',
      ),
    ).issue;
    expect(harbor.cues).toEqual([]);
  });

  it('gives "the paper wrote" to the news outlet the graph knows by its kind, and to no organization of another kind', async () => {
    const create = async (name: string, kind: string) =>
      expectData(
        await server.graphql<{ createOrganization: { organization: { id: string } } }>(
          'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }',
          { input: { name, kind, reason: 'an outlet and a guild for the ingest test' } },
          editor.headers,
        ),
      ).createOrganization.organization.id;
    const ledger = await create('Quarry Valley Ledger', 'NEWS_OUTLET');
    await create('Quarry Pilots Guild', 'UNION');
    const wrote = (opening: string) =>
      `${opening} on Sunday.\n\n"The coalition should sign the agreement this week, and the sooner the better," the paper wrote.`;
    const outlet = await ingest(
      { ...INPUT, text: wrote('The Quarry Valley Ledger endorsed the agreement') },
      true,
    );
    expect(outlet.suggestions.find((s) => s.kind === 'DIRECT_QUOTE')?.speaker).toMatchObject({ id: ledger });
    const guild = await ingest(
      { ...INPUT, text: wrote('The Quarry Pilots Guild endorsed the agreement') },
      true,
    );
    expect(guild.suggestions.find((s) => s.kind === 'DIRECT_QUOTE')?.speaker ?? null).toBeNull();
  });
});

describe('issues learned from the reviewed statements', () => {
  const ORIGIN = 'test:learning';
  const DISPUTE = 'learning-harbour';
  const QUILL = '"Honestly, the port needs a deeper berth," said Pat Quill, a harbour pilot.';
  const article = (text: string) => ({
    text,
    outlet: 'Harbour Gazette',
    url: 'https://example.org/learning',
    title: 'The channel',
    publishedOn: '2024-05-02',
    dispute: DISPUTE,
  });
  const LEARNED_INGEST = `mutation ($input: IngestArticleInput!) {
    ingestArticle(input: $input, dryRun: true) { suggestions { text stances { issueSlug stance lowConfidence learned cues } } }
  }`;
  const proposedStances = async (text: string) =>
    expectData(
      await server.graphql<{
        ingestArticle: {
          suggestions: {
            text: string;
            stances: {
              issueSlug: string;
              stance: string;
              lowConfidence: boolean;
              learned: boolean;
              cues: string[];
            }[];
          }[];
        };
      }>(LEARNED_INGEST, { input: article(text) }, editor.headers),
    ).ingestArticle.suggestions.flatMap((s) => s.stances);

  beforeAll(async () => {
    // An invented dispute with one issue and its one cue, two speakers with a position each, and
    // 400 reviewed statements: for dredging (Quill's position cites them), against (Marsh's),
    // and about other things. One more is about the issue with no position citing it, and one
    // is retracted.
    const rows = harbourStatements().map((s, i) => ({ id: `learning-${i}`, ...s }));
    await server.db.runText(
      `CREATE (:Dispute {id: $dispute, name: 'Dredging the channel', origin: $origin})
       CREATE (i:Issue {id: $dispute + '/dredging', slug: 'dredging', dispute: $dispute, name: 'Dredging',
                        cues: ['+dredge the channel'], origin: $origin})
       CREATE (quill:Stakeholder:Person {id: 'learning-quill', name: 'Pat Quill', aliases: [], origin: $origin})
       CREATE (marsh:Stakeholder:Person {id: 'learning-marsh', name: 'Lou Marsh', aliases: [], origin: $origin})
       CREATE (quill)-[:HOLDS_POSITION]->(pFor:Position {id: 'learning-for', stance: 'SUPPORT', origin: $origin})-[:ON_ISSUE]->(i)
       CREATE (marsh)-[:HOLDS_POSITION]->(pAgainst:Position {id: 'learning-against', stance: 'OPPOSE', origin: $origin})-[:ON_ISSUE]->(i)
       WITH i, quill, marsh, pFor, pAgainst
       UNWIND $rows AS row
       CREATE (s:Statement {id: row.id, text: row.text, origin: $origin})
       FOREACH (_ IN CASE WHEN row.about THEN [1] ELSE [] END | CREATE (s)-[:ABOUT]->(i))
       FOREACH (_ IN CASE WHEN row.stance = 'SUPPORT' THEN [1] ELSE [] END |
         CREATE (s)-[:SAID_BY]->(quill) CREATE (pFor)-[:EVIDENCED_BY]->(s))
       FOREACH (_ IN CASE WHEN row.stance = 'OPPOSE' THEN [1] ELSE [] END |
         CREATE (s)-[:SAID_BY]->(marsh) CREATE (pAgainst)-[:EVIDENCED_BY]->(s))
       WITH DISTINCT i, marsh, pFor
       CREATE (bare:Statement {id: 'learning-bare', text: 'Dredging is on the agenda again.', origin: $origin})-[:ABOUT]->(i)
       CREATE (bare)-[:SAID_BY]->(marsh)
       CREATE (pFor)-[:EVIDENCED_BY]->(bare)
       CREATE (:Statement {id: 'learning-retracted', text: 'Retracted words.', retractedAt: '2024-05-01', origin: $origin})-[:ABOUT]->(i)`,
      { dispute: DISPUTE, origin: ORIGIN, rows },
      'WRITE',
    );
  });

  afterAll(async () => {
    await server.db.runText('MATCH (n {origin: $origin}) DETACH DELETE n', { origin: ORIGIN }, 'WRITE');
  });

  it('reads each statement’s issues with the stance of its own speaker’s position citing it', async () => {
    const examples = await findIngestExamples(server.db, DISPUTE, 5000);
    const byText = (text: string) => examples.filter((e) => e.text === text);
    expect(byText('Frankly, the port needs a deeper berth this year.')).toEqual([
      {
        text: 'Frankly, the port needs a deeper berth this year.',
        speaker: 'learning-quill',
        issues: [{ slug: 'dredging', stance: 'SUPPORT' }],
      },
    ]);
    // Its speaker, so that who says it weighs in; null when it is SAID_BY no one.
    expect(byText('Dredging is on the agenda again.')[0]?.speaker).toBe('learning-marsh');
    const unsaid = harbourStatements().find((r) => !r.about)?.text ?? '';
    expect(byText(unsaid)[0]).toMatchObject({ speaker: null, issues: [] });
    expect(byText('Look, silt in the bay ruins the oyster harvest before the season.')[0]?.issues).toEqual([
      { slug: 'dredging', stance: 'OPPOSE' },
    ]);
    // Cited only by another speaker's position: about the issue, no side.
    expect(byText('Dredging is on the agenda again.')[0]?.issues).toEqual([
      { slug: 'dredging', stance: null },
    ]);
    expect(byText('Retracted words.')).toEqual([]);
    // Another dispute's issues are left out, the statement kept as one about none of them.
    const seedDispute = await findIngestExamples(server.db, 'ct-sebac-2011-concessions', 5000);
    expect(seedDispute.find((e) => e.text === 'Dredging is on the agenda again.')?.issues).toEqual([]);
  });

  it('proposes an issue no cue names, with its side, low and marked learned; a cue still reads its own', async () => {
    const stances = await proposedStances(`${QUILL}\n\n"We must dredge the channel," said Lou Marsh.`);
    expect(stances).toEqual([
      {
        issueSlug: 'dredging',
        stance: 'SUPPORT',
        lowConfidence: true,
        learned: true,
        cues: [
          // Pat Quill's own reviewed statements are among those learned from, and the note says so.
          expect.stringMatching(
            /^learned: about 0\.\d\d, SUPPORT 0\.\d\d \(from \d+ reviewed statements, 100 of them this speaker's\)$/,
          ),
        ],
      },
      {
        issueSlug: 'dredging',
        stance: 'SUPPORT',
        lowConfidence: false,
        learned: false,
        cues: ['dredge the channel (+)'],
      },
    ]);
  });

  it('learns nothing once the reviewed statements are retracted', async () => {
    await server.db.runText(
      "MATCH (s:Statement {origin: $origin}) WHERE s.id STARTS WITH 'learning-' SET s.retractedAt = '2024-05-03'",
      { origin: ORIGIN },
      'WRITE',
    );
    expect(await proposedStances(QUILL)).toEqual([]);
  });
});

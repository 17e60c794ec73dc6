/**
 * Who may read and write: API tokens (hash lookup on every request, so revocation is immediate),
 * JWTs from a JWKS the test serves on loopback, READ_REQUIRES_AUTH, and the token CLI run as a
 * process against the suite's Neo4j.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import { type AddressInfo } from 'node:net';
import path from 'node:path';
import { exportJWK, generateKeyPair, type KeyLike, SignJWT } from 'jose';
import { revokeApiToken } from '../../src/repositories/token.repository';
import { toGlobalId } from '../../src/schema/global-id';
import { expectData, expectErrorCode } from '../helpers/api';
import { post } from '../helpers/http';
import { createTestToken, removeEditorWrites, type TestToken } from '../helpers/auth';
import { testDatabaseOptions } from '../helpers/global-setup';
import { testNeo4jUri } from '../helpers/test-env';
import { startTestServer, type TestServer } from '../helpers/test-server';

const root = path.resolve(__dirname, '../..');

/** One mutation of each class this slice has: creations, and edits of an existing stakeholder. */
const MUTATIONS = {
  create: {
    query: 'mutation { createPerson(input: { name: "Auth Probe", reason: "auth test" }) { person { key } } }',
  },
  edit: {
    query:
      'mutation { addAlias(input: { id: "UGVyc29uOmRhbm5lbC1tYWxsb3k", alias: "auth probe", reason: "auth test" }) { auditEntry { id } } }',
  },
  revert: {
    query:
      'mutation { revertChange(input: { auditEntryId: "no-such-entry", reason: "auth test" }) { auditEntry { id } } }',
  },
  // The evidence side: articles, statements, positions.
  addArticle: {
    query: `mutation { addArticle(input: { text: "Auth probe.", outlet: "${toGlobalId('Organization', 'ct-mirror')}", publishedOn: { date: "2011-07-12" }, reason: "auth test" }) { article { key } } }`,
  },
  updateArticleMetadata: {
    query: `mutation { updateArticleMetadata(input: { id: "${toGlobalId('Article', 'ctmirror-2011-07-05')}", expectedVersion: 1, title: "Auth probe", reason: "auth test" }) { article { key } } }`,
  },
  addStatement: {
    query: `mutation { addStatement(input: { articleId: "${toGlobalId('Article', 'ctmirror-2011-07-05')}", exactText: "the", kind: REPORT, reason: "auth test" }) { statement { key } } }`,
  },
  retractStatement: {
    query: `mutation { retractStatement(input: { id: "${toGlobalId('Statement', 'no-such-statement')}", expectedVersion: 1, reason: "auth test" }) { statement { key } } }`,
  },
  recordPosition: {
    query: `mutation { recordPosition(input: { holderId: "${toGlobalId('Person', 'dannel-malloy')}", issueSlug: "renegotiation", stance: OPPOSE, asOf: { date: "2011-07-12" }, confidence: 0.5, evidenceIds: ["${toGlobalId('Statement', 'no-such-statement')}"], reason: "auth test" }) { position { id } } }`,
  },
};
const NO_STATEMENT = toGlobalId('Statement', 'no-such-statement');
const MALLOY = toGlobalId('Person', 'dannel-malloy');
const SEBAC = toGlobalId('Organization', 'sebac');
// The other facts: positions corrected, issues, roles and memberships, votes and figures.
Object.assign(MUTATIONS, {
  updateStatement: {
    query: `mutation { updateStatement(input: { id: "${NO_STATEMENT}", expectedVersion: 1, note: "probe", reason: "auth test" }) { statement { key } } }`,
  },
  supersedePosition: {
    query: `mutation { supersedePosition(input: { id: "${toGlobalId('Position', 'no-such-position')}", stance: OPPOSE, asOf: { date: "2011-07-12" }, confidence: 0.5, evidenceIds: ["${NO_STATEMENT}"], reason: "auth test" }) { position { id } } }`,
  },
  createIssue: {
    query:
      'mutation { createIssue(input: { dispute: "ct-sebac-2011-concessions", name: "Auth probe", proposition: "Probes pass.", reason: "auth test" }) { issue { slug } } }',
  },
  updateIssue: {
    query: `mutation { updateIssue(input: { id: "${toGlobalId('Issue', 'ct-sebac-2011-concessions/renegotiation')}", expectedVersion: 1, name: "Auth probe", reason: "auth test" }) { issue { slug } } }`,
  },
  addRole: {
    query: `mutation { addRole(input: { personId: "${MALLOY}", organizationId: "${SEBAC}", title: "probe", evidenceIds: ["${NO_STATEMENT}"], reason: "auth test" }) { person { key } } }`,
  },
  endRole: {
    query: `mutation { endRole(input: { personId: "${MALLOY}", organizationId: "${SEBAC}", title: "probe", until: "2011-07-12", evidenceIds: ["${NO_STATEMENT}"], reason: "auth test" }) { person { key } } }`,
  },
  addMembership: {
    query: `mutation { addMembership(input: { memberId: "${MALLOY}", organizationId: "${SEBAC}", relation: "probe", evidenceIds: ["${NO_STATEMENT}"], reason: "auth test" }) { member { key } } }`,
  },
  createVote: {
    query: `mutation { createVote(input: { dispute: "ct-sebac-2011-concessions", name: "Auth probe", rule: { description: "probe", readings: [{ id: "probe", name: "probe", thresholds: [{ measure: UNIONS_FOR, atLeast: 1, evidenceIds: ["${NO_STATEMENT}"] }], evidenceIds: ["${NO_STATEMENT}"] }], evidenceIds: ["${NO_STATEMENT}"] }, evidenceIds: ["${NO_STATEMENT}"], reason: "auth test" }) { vote { slug } } }`,
  },
  recordTally: {
    query: `mutation { recordTally(input: { voteSlug: "sebac-2011-ratification", unionsFor: 1, evidenceIds: ["${NO_STATEMENT}"], reason: "auth test" }) { vote { slug } } }`,
  },
  recordBallot: {
    query: `mutation { recordBallot(input: { voteSlug: "sebac-2011-ratification", unitId: "${SEBAC}", outcome: APPROVE, evidenceIds: ["${NO_STATEMENT}"], reason: "auth test" }) { vote { slug } } }`,
  },
  addFigure: {
    query: `mutation { addFigure(input: { dispute: "ct-sebac-2011-concessions", measure: "probe", value: 1, unit: "probes", asReported: "one", evidenceIds: ["${NO_STATEMENT}"], reason: "auth test" }) { figure { measure } } }`,
  },
});

/** Admin-only mutations: an editor token is FORBIDDEN too. */
const ADMIN_MUTATIONS = {
  mergeStakeholders: {
    query: `mutation { mergeStakeholders(input: { keepId: "${MALLOY}", mergeId: "${toGlobalId('Person', 'no-such-person')}", reason: "auth test" }) { stakeholder { key } } }`,
  },
  purge: {
    query: `mutation { purge(input: { id: "${NO_STATEMENT}", reason: "auth test" }) { purgedId } }`,
  },
};
const READ = { query: '{ issues { slug } }' };

let server: TestServer;
let reader: TestToken;
let editor: TestToken;

beforeAll(async () => {
  server = await startTestServer();
  reader = await createTestToken(server.db, 'reader');
  editor = await createTestToken(server.db, 'editor');
});

afterAll(async () => {
  await removeEditorWrites(server.db);
  await server.close();
});

describe('API tokens', () => {
  it.each(Object.entries({ ...MUTATIONS, ...ADMIN_MUTATIONS }))(
    'answers UNAUTHENTICATED (401) to a %s mutation without a token',
    async (_, body) => {
      const response = await post(server.url, body);
      expect(response.status).toBe(401);
      expect(expectErrorCode(response.body, 'UNAUTHENTICATED').message).toMatch(/Bearer <token>/);
    },
  );

  it.each(Object.entries(MUTATIONS))(
    'answers FORBIDDEN (403) to a %s mutation with a reader token',
    async (_, body) => {
      const response = await post(server.url, body, reader.headers);
      expect(response.status).toBe(403);
      const error = expectErrorCode(response.body, 'FORBIDDEN');
      expect(error.extensions).toMatchObject({ needed: 'editor', has: 'reader' });
    },
  );

  it.each(Object.entries(ADMIN_MUTATIONS))(
    'answers FORBIDDEN (403) to the admin-only %s mutation with an editor token',
    async (_, body) => {
      const response = await post(server.url, body, editor.headers);
      expect(response.status).toBe(403);
      const error = expectErrorCode(response.body, 'FORBIDDEN');
      expect(error.extensions).toMatchObject({ needed: 'admin', has: 'editor' });
    },
  );

  it('answers UNAUTHENTICATED (401) to an unknown token and to a header that is not Bearer', async () => {
    for (const authorization of [
      `Bearer sgt_${'x'.repeat(43)}`,
      'Basic dXNlcjpwYXNz',
      'Bearer not-a-token',
    ]) {
      const response = await post(server.url, READ, { authorization });
      expect(response.status).toBe(401);
      expectErrorCode(response.body, 'UNAUTHENTICATED');
    }
  });

  it('lets reading stay open without a token', async () => {
    const response = await post(server.url, READ);
    expect(response.status).toBe(200);
    expectData(response.body);
  });

  it('stops a revoked token at once', async () => {
    const doomed = await createTestToken(server.db, 'editor', 'doomed');
    const ok = await post(server.url, MUTATIONS.create, doomed.headers);
    expect(ok.status).toBe(200);
    expectData(ok.body);
    await revokeApiToken(server.db, doomed.id, new Date().toISOString());
    const refused = await post(server.url, MUTATIONS.create, doomed.headers);
    expect(refused.status).toBe(401);
    expect(expectErrorCode(refused.body, 'UNAUTHENTICATED').message).toMatch(/revoked/);
    // The editor's own token is unaffected.
    expect((await post(server.url, READ, editor.headers)).status).toBe(200);
  });
});

describe('READ_REQUIRES_AUTH', () => {
  let closed: TestServer;
  beforeAll(async () => {
    closed = await startTestServer({ auth: { readRequiresAuth: true } });
  });
  afterAll(async () => {
    await closed.close();
  });

  it('answers UNAUTHENTICATED (401) to a query without a token', async () => {
    const response = await post(closed.url, READ);
    expect(response.status).toBe(401);
    expect(expectErrorCode(response.body, 'UNAUTHENTICATED').message).toMatch(/requires credentials/);
  });

  it('answers a query with a reader token', async () => {
    const response = await post(closed.url, READ, reader.headers);
    expect(response.status).toBe(200);
    expectData(response.body);
  });
});

describe('JWTs from an identity provider', () => {
  const issuer = 'https://idp.example.test/';
  const audience = 'stakeholder-graph';
  let privateKey: KeyLike;
  let jwks: http.Server;
  let withJwt: TestServer;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
    jwks = http.createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const jwksUrl = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks.json`;
    withJwt = await startTestServer({
      auth: { readRequiresAuth: false, jwt: { jwksUrl, issuer, audience, rolesClaim: 'app_roles' } },
    });
  });

  afterAll(async () => {
    await withJwt.close();
    await new Promise((resolve) => jwks.close(resolve));
  });

  function sign(claims: Record<string, unknown>, options: { audience?: string; expires?: string } = {}) {
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
      .setIssuer(issuer)
      .setAudience(options.audience ?? audience)
      .setSubject('user-42')
      .setIssuedAt()
      .setExpirationTime(options.expires ?? '5m')
      .sign(privateKey);
  }

  it('accepts an editor JWT and records the subject as the actor', async () => {
    const token = await sign({ app_roles: ['reader', 'editor'], name: 'Ida' });
    const response = await post(
      withJwt.url,
      {
        query:
          'mutation { createPerson(input: { name: "Jwt Made", reason: "jwt test" }) { person { createdBy } auditEntry { actor actorName via role } } }',
      },
      { authorization: `Bearer ${token}` },
    );
    expect(response.status).toBe(200);
    const data = expectData(response.body) as {
      createPerson: { person: { createdBy: string }; auditEntry: Record<string, string> };
    };
    expect(data.createPerson.person.createdBy).toBe('jwt:user-42');
    expect(data.createPerson.auditEntry).toEqual({
      actor: 'jwt:user-42',
      actorName: 'Ida',
      via: 'jwt',
      role: 'editor',
    });
  });

  it('answers FORBIDDEN to a JWT whose roles claim has no editor role', async () => {
    const token = await sign({ app_roles: 'reader' });
    const response = await post(withJwt.url, MUTATIONS.create, { authorization: `Bearer ${token}` });
    expect(response.status).toBe(403);
    expectErrorCode(response.body, 'FORBIDDEN');
  });

  it('answers UNAUTHENTICATED to a JWT for another audience, an expired one, and one signed by another key', async () => {
    const stranger = await generateKeyPair('RS256');
    const tokens = [
      await sign({ app_roles: ['editor'] }, { audience: 'someone-else' }),
      await sign({ app_roles: ['editor'] }, { expires: '-10m' }),
      await new SignJWT({ app_roles: ['editor'] })
        .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
        .setIssuer(issuer)
        .setAudience(audience)
        .setSubject('user-42')
        .setExpirationTime('5m')
        .sign(stranger.privateKey),
    ];
    const messages: string[] = [];
    for (const token of tokens) {
      const response = await post(withJwt.url, READ, { authorization: `Bearer ${token}` });
      expect(response.status).toBe(401);
      messages.push(expectErrorCode(response.body, 'UNAUTHENTICATED').message);
    }
    expect(messages[1]).toMatch(/expired/);
  });
});

/** Runs `npm run token -- …` (as tsx tools/token.ts) against the suite's Neo4j. */
function tokenCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const options = testDatabaseOptions(testNeo4jUri());
  return new Promise((resolve) => {
    const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['tools/token.ts', ...args], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NEO4J_URI: options.uri,
        NEO4J_USER: options.user,
        NEO4J_PASSWORD: options.password,
        NEO4J_DATABASE: options.database,
        LOG_LEVEL: 'warn',
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the token CLI', () => {
  it('creates a token shown once, lists it without the secret, and revokes it', async () => {
    const created = await tokenCli(['create', '--name', 'Cli Ana', '--role', 'editor']);
    expect(created.code).toBe(0);
    const token = created.stdout.trim();
    expect(token).toMatch(/^sgt_[A-Za-z0-9_-]{43}$/);
    const id = /created token ([0-9a-f]+)/.exec(created.stderr)?.[1] ?? '';
    expect(id).not.toBe('');
    const [stored] = await server.db.runText('MATCH (t:ApiToken {id: $id}) RETURN properties(t) AS t', {
      id,
    });
    expect(JSON.stringify(stored)).not.toContain(token.slice(4));

    const works = await post(server.url, MUTATIONS.create, { authorization: `Bearer ${token}` });
    expect(works.status).toBe(200);

    const listed = await tokenCli(['list']);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(new RegExp(`${id}\\s+editor\\s+\\S+\\s+active\\s+Cli Ana`));
    expect(listed.stdout).not.toContain(token.slice(4));

    const revoked = await tokenCli(['revoke', id]);
    expect(revoked.code).toBe(0);
    expect((await post(server.url, MUTATIONS.create, { authorization: `Bearer ${token}` })).status).toBe(401);
    expect((await tokenCli(['list'])).stdout).toMatch(new RegExp(`${id}.*revoked`));
  });

  it('refuses an unknown role with a usage message and exit code 2', async () => {
    const result = await tokenCli(['create', '--name', 'X', '--role', 'owner']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--role must be one of reader, editor, admin/);
  });
});

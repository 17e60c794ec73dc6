/**
 * API tokens for the write-path tests, stored the way `npm run token -- create` stores them, and a
 * clean-up of everything the write path adds to the shared test graph.
 */
import { randomBytes } from 'node:crypto';
import { generateApiToken, hashApiToken } from '../../src/auth/api-token';
import { type Role } from '../../src/auth/roles';
import { type Database } from '../../src/db';
import { createApiToken } from '../../src/repositories/token.repository';

export interface TestToken {
  id: string;
  token: string;
  /** Ready to pass as `headers` to TestServer.graphql. */
  headers: { authorization: string };
}

export async function createTestToken(db: Database, role: Role, name = `test ${role}`): Promise<TestToken> {
  const token = generateApiToken();
  const id = randomBytes(6).toString('hex');
  await createApiToken(db, {
    id,
    name,
    role,
    hash: hashApiToken(token),
    createdAt: new Date().toISOString(),
  });
  return { id, token, headers: { authorization: `Bearer ${token}` } };
}

/**
 * Removes what editors wrote (origin "editor"), audit entries and tokens, so that the other
 * suites, which share this graph, see the seed and fixtures only.
 */
export async function removeEditorWrites(db: Database): Promise<void> {
  await db.runText(
    "MATCH (n) WHERE n.origin IN ['editor', 'suggestion'] OR n:AuditEntry OR n:ApiToken OR n:Suggestion DETACH DELETE n",
    {},
    'WRITE',
  );
}

/** A count from a Cypher read, for "nothing was written" checks. */
export async function count(
  db: Database,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<number> {
  const [row] = await db.runText(cypher, params);
  return Number(row?.count ?? NaN);
}

/**
 * Evidence never turns into an empty list when its batch fails: the field fails with the
 * database's own error code. The evidence batch is sent to a real Neo4j that really fails it (a
 * transaction timeout on the suite's Neo4j, or a port where no Neo4j listens); every other query
 * goes to the suite's database as usual.
 */
import { type AddressInfo } from 'node:net';
import { Database, type Params } from '../../src/db';
import { createLogger } from '../../src/logger';
import { createServer, type AppServer } from '../../src/server';
import { testDatabaseOptions } from '../helpers/global-setup';
import { testNeo4jUri } from '../helpers/test-env';
import { type GraphQLResponse } from '../helpers/test-server';

const EVIDENCE_BATCH = 'statement/find-statements-by-ids';

/** Long enough to outlast a 200 ms transaction timeout (Neo4j checks timeouts every ~2 s). */
const SLOW_CYPHER = 'UNWIND range(1, 400000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n';

/** The real database, except that the evidence batch is answered by `failEvidence`. */
function withFailingEvidence(db: Database, failEvidence: () => Promise<unknown>): Database {
  return new Proxy(db, {
    get(target, property, receiver) {
      if (property === 'readQuery')
        return (name: string, params?: Params) =>
          name === EVIDENCE_BATCH ? failEvidence() : target.readQuery(name, params);
      // Each request works on a view bound to its signal and deadline: it must fail the same way.
      if (property === 'withSignal' || property === 'withDeadline')
        return (...args: unknown[]) =>
          withFailingEvidence(
            (target[property] as (...a: unknown[]) => Database).apply(target, args),
            failEvidence,
          );
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

async function serve(db: Database): Promise<{ server: AppServer; url: string }> {
  const server = await createServer({
    db,
    environment: 'production',
    logger: createLogger({ level: 'silent' }),
  });
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}` };
}

// A vote's own evidence goes through the statement batch. (Positions', figures' and ballots'
// evidence no longer does: their root field's one query brings it along, so it cannot fail apart
// from the records it belongs to.)
const QUERY = `{ vote(slug: "sebac-2011-ratification") { name evidence { text } } }`;

async function ask(url: string): Promise<GraphQLResponse<{ vote: { evidence: unknown[] } }>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERY }),
  });
  return (await response.json()) as GraphQLResponse<{ vote: { evidence: unknown[] } }>;
}

describe('evidence when its batch fails', () => {
  const opened: { close(): Promise<void> }[] = [];
  afterAll(async () => {
    for (const thing of opened.reverse()) await thing.close();
  });

  async function setUp(failEvidence: (db: Database) => Promise<unknown>): Promise<string> {
    const db = await Database.create(testDatabaseOptions(testNeo4jUri()));
    opened.push(db);
    const { server, url } = await serve(withFailingEvidence(db, () => failEvidence(db)));
    opened.push({ close: () => server.apollo.stop() });
    return url;
  }

  it('answers evidence when the batch succeeds (the control case)', async () => {
    const url = await setUp((db) => db.readQuery(EVIDENCE_BATCH, { keys: [] }));
    const control = await serve(await Database.create(testDatabaseOptions(testNeo4jUri())));
    opened.push({ close: () => control.server.apollo.stop() });
    const healthy = await ask(control.url);
    expect(healthy.errors).toBeUndefined();
    expect(healthy.data?.vote.evidence.length).toBeGreaterThan(0);
    // With the batch answering no rows, every key is unknown and is skipped, without an error.
    const none = await ask(url);
    expect(none.errors).toBeUndefined();
    expect(none.data?.vote.evidence).toEqual([]);
  });

  it('fails the evidence field with DATABASE_TIMEOUT when Neo4j times the batch out', async () => {
    const url = await setUp(async () => {
      const slow = await Database.create({ ...testDatabaseOptions(testNeo4jUri()), queryTimeoutMs: 200 });
      try {
        return await slow.runText(SLOW_CYPHER);
      } finally {
        await slow.close();
      }
    });
    const response = await ask(url);
    expect(response.errors?.length).toBeGreaterThan(0);
    expect(response.errors?.[0]?.extensions?.['code']).toBe('DATABASE_TIMEOUT');
    expect(response.errors?.[0]?.path).toEqual(['vote', 'evidence']);
    // The non-null list cannot be answered, so the vote is not reported with missing evidence.
    expect(response.data?.vote ?? null).toBeNull();
  }, 60_000);

  it('fails the evidence field with DATABASE_UNAVAILABLE when Neo4j cannot be reached for the batch', async () => {
    const url = await setUp(async () => {
      const gone = await Database.create({
        ...testDatabaseOptions('bolt://127.0.0.1:1'),
        queryTimeoutMs: 1000,
      });
      try {
        return await gone.readQuery(EVIDENCE_BATCH, { keys: ['x'] });
      } finally {
        await gone.close();
      }
    });
    const response = await ask(url);
    expect(response.errors?.[0]?.extensions?.['code']).toBe('DATABASE_UNAVAILABLE');
    expect(JSON.stringify(response)).not.toMatch(/bolt:|Neo4jError|ECONNREFUSED|\n\s+at /);
  }, 60_000);
});

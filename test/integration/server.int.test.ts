import { fullSelection, slotsOf } from '../../src/db/compose';
import { startTestServer, type TestServer } from '../helpers/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('the HTTP server on the real Neo4j', () => {
  it('answers serverInfo with the Neo4j 5.26 version it is connected to', async () => {
    const response = await server.graphql<{
      serverInfo: { version: string; neo4jVersion: string; neo4jEdition: string };
    }>('{ serverInfo { version neo4jVersion neo4jEdition } }');
    expect(response.errors).toBeUndefined();
    expect(response.data?.serverInfo.neo4jVersion).toMatch(/^5\.26\.\d+$/);
    expect(['community', 'enterprise']).toContain(response.data?.serverInfo.neo4jEdition);
    process.stdout.write(`serverInfo: ${JSON.stringify(response.data?.serverInfo)}\n`);
  });

  it('reports /health and /ready as 200 while Neo4j answers', async () => {
    expect((await server.get('/health')).status).toBe(200);
    const ready = await server.get('/ready');
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { neo4j: string }).neo4j).toMatch(/^Neo4j\/5\.26/);
  });

  it('rejects an unknown field with GRAPHQL_VALIDATION_FAILED and no stack trace', async () => {
    const response = await server.graphql('{ serverInfo { nope } }');
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(response)).not.toMatch(/stacktrace|at .*\.js/);
  });
});

describe('the Cypher registry and schema', () => {
  it('passes EXPLAIN for every registered statement on the real database', async () => {
    const names = server.db.statementNames();
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      await expect(server.db.runText(`EXPLAIN ${server.db.statementText(name)}`)).resolves.toBeDefined();
    }
  });

  it('passes EXPLAIN for every statement with projection slots, composed with every field two levels deep', async () => {
    const composable = server.db
      .statementNames()
      .map((name) => ({ name, slots: slotsOf(server.db.statementText(name)) }))
      .filter(({ slots }) => slots.size > 0);
    expect(composable.length).toBeGreaterThan(0);
    for (const { name, slots } of composable) {
      const selections = Object.fromEntries(
        [...slots].map(([variable, type]) => [variable, fullSelection(server.db.fragments, type, 2)]),
      );
      const text = server.db.composedText(name, selections);
      expect(text).not.toContain('/*@');
      await expect(server.db.runText(`EXPLAIN ${text}`)).resolves.toBeDefined();
    }
  });

  it('applies constraints and indexes idempotently', async () => {
    const count = async () =>
      (await server.db.runText('SHOW CONSTRAINTS YIELD name RETURN count(*) AS n'))[0]?.n;
    const before = await count();
    await server.db.applySchema();
    expect(await count()).toBe(before);
    const fulltext = await server.db.runText(
      'SHOW FULLTEXT INDEXES YIELD name, state RETURN name, state ORDER BY name',
    );
    expect(fulltext).toEqual([
      { name: 'issue_text', state: 'ONLINE' },
      { name: 'stakeholder_names', state: 'ONLINE' },
      { name: 'statement_text', state: 'ONLINE' },
    ]);
  });
});

describe('requests that never reach GraphQL', () => {
  const post = (body: string) =>
    fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  it('answers a body over 100 kB with 413 PAYLOAD_TOO_LARGE as JSON, no stack trace', async () => {
    const response = await post(JSON.stringify({ query: `{ ${'a'.repeat(200_000)} }` }));
    expect(response.status).toBe(413);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      errors: [
        { message: 'The request body is larger than 100 kB.', extensions: { code: 'PAYLOAD_TOO_LARGE' } },
      ],
    });
  });

  it('answers JSON that does not parse with 400 BAD_REQUEST, no stack trace', async () => {
    const response = await post('{"query": ');
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).not.toMatch(/at |node_modules|SyntaxError/);
    expect(
      (JSON.parse(text) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
    ).toBe('BAD_REQUEST');
  });

  it('answers an unknown path with a JSON 404', async () => {
    const response = await server.get('/nope');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
  });
});

/**
 * The HTTP surface on the real server: request ids, security headers, CORS, per-client limits,
 * the request deadline, cancellation reaching the database layer, and a full pool answering
 * DATABASE_BUSY.
 */
import http from 'node:http';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { expectErrorCode } from '../helpers/api';

const QUERY = { query: '{ serverInfo { version } }' };
const servers: TestServer[] = [];

async function server(options: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
  const started = await startTestServer(options);
  servers.push(started);
  return started;
}

afterAll(async () => {
  await Promise.all(servers.map((started) => started.close()));
});

/** Starts a POST whose body never ends: the request stays in flight until `finish` is called. */
function openRequest(url: string): {
  finish: () => Promise<number>;
  response: Promise<http.IncomingMessage>;
} {
  const body = JSON.stringify(QUERY);
  const request = http.request(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
  });
  const response = new Promise<http.IncomingMessage>((resolve, reject) => {
    request.on('response', resolve);
    request.on('error', reject);
  });
  request.write(body.slice(0, 5));
  return {
    response,
    finish: async () => {
      request.end(body.slice(5));
      const answered = await response;
      answered.resume();
      return answered.statusCode ?? 0;
    },
  };
}

async function readJson(message: http.IncomingMessage): Promise<unknown> {
  let text = '';
  for await (const chunk of message) text += String(chunk);
  return JSON.parse(text);
}

describe('request ids', () => {
  it('generates an x-request-id when the client sends none, and keeps a sane one it sends', async () => {
    const api = await server();
    const generated = (await api.post('/graphql', QUERY)).headers.get('x-request-id');
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await api.post('/graphql', QUERY, { 'x-request-id': 'trace-42.a:b' });
    expect(kept.headers.get('x-request-id')).toBe('trace-42.a:b');
  });

  it('replaces an x-request-id that is too long or carries odd characters', async () => {
    const api = await server();
    for (const bad of ['a'.repeat(200), 'id with spaces', '<script>']) {
      const id = (await api.post('/graphql', QUERY, { 'x-request-id': bad })).headers.get('x-request-id');
      expect(id).not.toBe(bad);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('logs one line per request with its id, operation name, status and duration', async () => {
    const lines: Record<string, unknown>[] = [];
    const pino = (await import('pino')).default;
    const logger = pino(
      { level: 'info' },
      { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) },
    );
    const api = await server({ logger });
    await api.post(
      '/graphql',
      { query: 'query Who { serverInfo { version } }' },
      { 'x-request-id': 'log-me' },
    );
    await api.post(
      '/graphql',
      { query: 'query Bad { issue(slug: "no-such-issue") { name } }' },
      { 'x-request-id': 'log-me-too' },
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    const ok = lines.find((line) => (line.req as { id?: string } | undefined)?.id === 'log-me');
    expect(ok).toMatchObject({ msg: 'request completed', operation: 'Who', res: { statusCode: 200 } });
    expect(typeof ok?.responseTime).toBe('number');
    const failed = lines.find((line) => (line.req as { id?: string } | undefined)?.id === 'log-me-too');
    expect(failed).toMatchObject({ operation: 'Bad', errorCode: 'NOT_FOUND' });
  });
});

describe('security headers', () => {
  it('sets helmet headers on API, health and not-found responses', async () => {
    const api = await server();
    for (const response of [
      await api.post('/graphql', QUERY),
      await api.get('/health'),
      await api.get('/nope'),
    ]) {
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age=/);
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });

  it("keeps the playground's own stricter policy on /graphiql", async () => {
    const api = await server();
    const csp = (await api.get('/graphiql')).headers.get('content-security-policy');
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
  });
});

describe('CORS', () => {
  const allowed = 'https://app.example.org';

  it('answers an allowed origin, including its preflight, and no other', async () => {
    const api = await server({ http: { corsOrigins: [allowed] } });
    const ok = await api.post('/graphql', QUERY, { origin: allowed });
    expect(ok.headers.get('access-control-allow-origin')).toBe(allowed);
    expect(ok.headers.get('access-control-expose-headers')).toContain('x-request-id');
    const preflight = await fetch(`${api.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: allowed,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');

    const denied = await api.post('/graphql', QUERY, { origin: 'https://evil.example' });
    expect(denied.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows no other origin by default (same origin only)', async () => {
    const api = await server();
    const response = await api.post('/graphql', QUERY, { origin: allowed });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('per-client limits', () => {
  it('answers 429 RATE_LIMITED with Retry-After past the per-minute rate, and not on /health', async () => {
    const api = await server({ http: { rateLimitPerMinute: 3 } });
    for (let i = 0; i < 3; i += 1) expect((await api.post('/graphql', QUERY)).status).toBe(200);
    const limited = await api.post('/graphql', QUERY);
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expectErrorCode((await limited.json()) as Parameters<typeof expectErrorCode>[0], 'RATE_LIMITED');
    expect((await api.get('/health')).status).toBe(200);
  });

  it('answers 429 RATE_LIMITED while the client already has its maximum in flight, and serves it after', async () => {
    const api = await server({ http: { clientMaxConcurrency: 1 } });
    const first = openRequest(api.url);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const second = await api.post('/graphql', QUERY);
    expect(second.status).toBe(429);
    expect(second.headers.get('retry-after')).toBe('1');
    expectErrorCode((await second.json()) as Parameters<typeof expectErrorCode>[0], 'RATE_LIMITED');
    expect(await first.finish()).toBe(200);
    expect((await api.post('/graphql', QUERY)).status).toBe(200);
  });
});

describe('the request deadline and cancellation', () => {
  it('answers 503 REQUEST_TIMEOUT once REQUEST_TIMEOUT_MS has passed', async () => {
    const api = await server({ http: { requestTimeoutMs: 300 } });
    const started = Date.now();
    const stuck = openRequest(api.url);
    const response = await stuck.response;
    const elapsed = Date.now() - started;
    expect(response.statusCode).toBe(503);
    expect(elapsed).toBeGreaterThanOrEqual(250);
    expect(elapsed).toBeLessThan(2_000);
    const body = (await readJson(response)) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('REQUEST_TIMEOUT');
  });

  it('starts no query for a request that was already cancelled', async () => {
    const api = await server();
    const queries: string[] = [];
    const off = api.db.onQuery((event) => queries.push(event.name));
    const controller = new AbortController();
    controller.abort();
    await expect(api.db.withSignal(controller.signal).runText('RETURN 1 AS one')).rejects.toMatchObject({
      extensions: { code: 'REQUEST_CANCELLED' },
    });
    off();
    expect(queries).toEqual([]);
  });

  it('drops a running query at once when its request is cancelled', async () => {
    const api = await server({ database: { queryTimeoutMs: 20_000 } });
    const controller = new AbortController();
    const slow = api.db
      .withSignal(controller.signal)
      .runText('UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(*) AS n');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const abortedAt = Date.now();
    controller.abort();
    await expect(slow).rejects.toMatchObject({ extensions: { code: 'REQUEST_CANCELLED' } });
    expect(Date.now() - abortedAt).toBeLessThan(200);
    // Closing the session resets the connection: Neo4j stops the query too. (The pattern is split
    // so that this SHOW TRANSACTIONS does not find itself.)
    const running = async () =>
      (
        await api.db.runText(
          "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'range(1, 2' + '000000000)' RETURN count(*) AS n",
        )
      )[0]?.n;
    const deadlineAt = Date.now() + 3_000;
    while ((await running()) !== 0 && Date.now() < deadlineAt)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await running()).toBe(0);
  });
});

describe('a full connection pool', () => {
  it('answers DATABASE_BUSY, naming neither query nor pool, even in development', async () => {
    const api = await server({
      environment: 'development',
      database: { poolSize: 1, acquisitionTimeoutMs: 300, queryTimeoutMs: 3_000 },
    });
    // Holds the only connection until Neo4j's transaction timeout ends it.
    const hog = api.db
      .runText('UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(*) AS n')
      .catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = Date.now();
    const response = await api.graphql('{ issues { slug } }');
    const error = expectErrorCode(response, 'DATABASE_BUSY');
    expect(Date.now() - started).toBeLessThan(2_500);
    expect(error.message).not.toMatch(/pool|acquisition|conn count|issue\//i);
    expect((await api.get('/ready')).status).toBe(200);
    await hog;
    expect((await api.graphql('{ issues { slug } }')).errors).toBeUndefined();
  });
});

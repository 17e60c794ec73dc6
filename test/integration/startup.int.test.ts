/**
 * The process entry (src/main.ts) run as a user runs it: bad configurations end it with exit
 * code 1 and one line that says what to do.
 */
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { findFreePort } from '../../src/db';
import { testNeo4jUri } from '../helpers/test-env';

const root = path.resolve(__dirname, '../..');

/** The service logs one JSON object per line (pino) on stderr. */
function logLines(stderr: string): { level: number; msg: string }[] {
  return stderr
    .trim()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as { level: number; msg: string });
}

/** Runs src/main.ts; `whenReady` gets the API's URL once it listens, then the process is sent SIGTERM. */
function runMain(
  env: Record<string, string>,
  timeoutMs = 60_000,
  whenReady?: (url: string) => Promise<void>,
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['src/main.ts'], {
      cwd: root,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production', ...env },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const ready = /ready at (http:\/\/\S+)\/graphql/.exec(stderr);
      if (ready !== null && whenReady !== undefined) {
        const callback = whenReady;
        whenReady = undefined;
        void callback(ready[1] ?? '').finally(() => child.kill('SIGTERM'));
      }
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

describe('the process entry', () => {
  it('serves the API on the configured port, then exits 0 on SIGTERM', async () => {
    const port = await findFreePort();
    let neo4jVersion: unknown;
    const { code, stderr } = await runMain(
      { PORT: String(port), NEO4J_URI: testNeo4jUri(), SEED_ON_START: 'never' },
      60_000,
      async (url) => {
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ serverInfo { neo4jVersion } }' }),
        });
        neo4jVersion = ((await response.json()) as { data: { serverInfo: { neo4jVersion: string } } }).data
          .serverInfo.neo4jVersion;
      },
    );
    expect(logLines(stderr).map((line) => line.msg)).toContain(
      `GraphQL API ready at http://127.0.0.1:${port}/graphql`,
    );
    expect(neo4jVersion).toMatch(/^5\.26\./);
    expect(stderr).toContain('SIGTERM: shutting down');
    expect(code).toBe(0);
  });
});

describe('start-up failures', () => {
  it('exits 1 with one line when NEO4J_URI stays unreachable past the retry window', async () => {
    const closedPort = await findFreePort();
    const started = Date.now();
    const { code, stderr } = await runMain({
      NEO4J_URI: `bolt://127.0.0.1:${closedPort}`,
      NEO4J_CONNECT_TIMEOUT_MS: '2000',
    });
    expect(code).toBe(1);
    expect(logLines(stderr)).toEqual([
      expect.objectContaining({
        level: 60,
        msg: `cannot start: cannot reach Neo4j at bolt://127.0.0.1:${closedPort}: no answer within 2 s`,
      }),
    ]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1500);
  });

  it('exits 1 naming the variable when the environment is invalid', async () => {
    const { code, stderr } = await runMain({ PORT: 'eighty', NEO4J_URI: 'http://example' });
    expect(code).toBe(1);
    expect(stderr).toMatch(/cannot start: invalid environment: PORT .*; NEO4J_URI must start with bolt:\/\//);
  });

  it('exits 1 when the HTTP port is in use', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, resolve));
    const busy = (blocker.address() as net.AddressInfo).port;
    try {
      const { code, stderr } = await runMain({
        PORT: String(busy),
        NEO4J_URI: testNeo4jUri(),
        SEED_ON_START: 'never',
      });
      expect(code).toBe(1);
      expect(stderr).toContain(`cannot start: port ${busy} is already in use: set PORT to a free port`);
    } finally {
      blocker.close();
    }
  });
});

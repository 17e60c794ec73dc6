/**
 * The process entry (src/main.ts) with its own supervised local Neo4j: when Neo4j dies and cannot
 * be restarted (here its port is taken), the service gives up after NEO4J_RESTART_MAX attempts
 * and exits non-zero, so that a process manager sees the failure instead of a zombie API.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { findFreePort } from '../../src/db';

jest.setTimeout(180_000);

const root = path.resolve(__dirname, '../..');

interface LogLine {
  level: number;
  msg: string;
  status?: string;
}

it('restarts, then gives up on a crash loop and exits 1, with /ready saying "restarting" meanwhile', async () => {
  const home = await mkdtemp(path.join(os.tmpdir(), 'stakeholder-graph-crashloop-'));
  const neo4jPort = await findFreePort();
  const port = await findFreePort();
  const blocker = net.createServer();
  const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['src/main.ts'], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      PORT: String(port),
      NEO4J_LOCAL_HOME: home,
      NEO4J_LOCAL_PORT: String(neo4jPort),
      SEED_ON_START: 'never',
      NEO4J_RESTART_MAX: '1',
      NEO4J_RESTART_BACKOFF_MS: '1500',
    },
  });
  const lines: LogLine[] = [];
  let buffer = '';
  let onLine: ((line: LogLine) => void) | undefined;
  child.stderr.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    let newline: number;
    while ((newline = buffer.indexOf('\n')) >= 0) {
      const text = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      try {
        const line = JSON.parse(text) as LogLine;
        lines.push(line);
        onLine?.(line);
      } catch {
        lines.push({ level: 0, msg: text });
      }
    }
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`not ready: ${JSON.stringify(lines)}`)), 150_000);
      onLine = (line) => {
        if (line.msg.startsWith('GraphQL API ready at')) {
          clearTimeout(timer);
          resolve();
        }
      };
    });
    const connected = lines.find((line) => line.msg.startsWith('connected to local Neo4j'));
    const pid = Number(/\(pid (\d+)\)/.exec(connected?.msg ?? '')?.[1]);
    expect(pid).toBeGreaterThan(0);

    process.kill(pid, 'SIGKILL');
    // Take the port before the first restart (1.5 s later) can: every restart now fails. The
    // killed process's socket closes a moment after the signal, so try until it is free.
    for (let attempt = 0; ; attempt += 1) {
      const bound = await new Promise<boolean>((resolve) => {
        blocker.once('error', () => resolve(false));
        blocker.listen(neo4jPort, '127.0.0.1', () => resolve(true));
      });
      if (bound) break;
      if (attempt > 50) throw new Error(`port ${neo4jPort} stayed busy after the kill`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }

    let ready: { status: number; body: { status?: string; reason?: string } } | undefined;
    for (let i = 0; i < 20 && ready?.status !== 503; i += 1) {
      const response = await fetch(`http://127.0.0.1:${port}/ready`);
      ready = { status: response.status, body: (await response.json()) as { status?: string } };
      if (ready.status !== 503) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(ready).toMatchObject({ status: 503, body: { status: 'restarting' } });
    expect(ready?.body.reason).toMatch(/restarting the local Neo4j \(attempt 1 of 1\)/);

    expect(await exited).toBe(1);
    const messages = lines.map((line) => line.msg);
    expect(messages).toEqual(
      expect.arrayContaining([
        'local Neo4j exited unexpectedly',
        'restarting the local Neo4j',
        'local Neo4j did not restart',
        'local Neo4j crash loop',
      ]),
    );
    const fatal = lines.filter((line) => line.level === 60).map((line) => line.msg);
    expect(fatal.some((msg) => /^exiting: local Neo4j failed 1 restart\(s\) in a row/.test(msg))).toBe(true);
  } catch (error) {
    process.stdout.write(
      `crash-loop service log:\n${lines.map((line) => JSON.stringify(line)).join('\n')}\n`,
    );
    throw error;
  } finally {
    // SIGTERM: tsx passes it on to the service, which stops its Neo4j.
    if (child.exitCode === null) child.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 30_000).unref())]);
    blocker.close();
    await rm(home, { recursive: true, force: true });
  }
});

/**
 * Starts and stops the embedded Neo4j of tools/neo4j-local (a Java process), building it with
 * Maven on first use. Used by `npm start` and the test suite when NEO4J_URI is unset, and by the
 * db:* scripts.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, openSync, closeSync, statSync, readdirSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { createToolLogger, type Logger } from '../logger';
import { repoRoot } from '../paths';

export type LocalNeo4jFailure =
  | 'JAVA_MISSING'
  | 'MAVEN_MISSING'
  | 'BUILD_FAILED'
  | 'PORT_IN_USE'
  | 'STORE_LOCKED'
  | 'START_FAILED'
  | 'START_TIMEOUT';

/** A start-up failure of the local database, with a one-line message that says what to do. */
export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
  constructor(
    readonly failure: LocalNeo4jFailure,
    message: string,
  ) {
    super(message);
  }
}

export interface LocalNeo4j {
  uri: string;
  version: string;
  edition: string;
  pid: number;
  port: number;
  home: string;
  /** Stops the process (SIGTERM, then SIGKILL after a grace period) and waits for it to exit. */
  stop(): Promise<void>;
  /** Settles when the process exits, for whatever reason (never for a detached one). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export interface StartOptions {
  /** Neo4j home: data/ and logs/ are created below it and kept across restarts. */
  home: string;
  /** Defaults to a free port chosen now. */
  port?: number;
  /** Keep running after this process exits (db:start); otherwise it dies with its parent. */
  detached?: boolean;
  /** Progress messages (building, starting); defaults to stderr. */
  log?: (message: string) => void;
  readyTimeoutMs?: number;
  /** Memory (MiB): JVM heap (768), page cache (128) and all transactions together (256). */
  heapMib?: number;
  pageCacheMib?: number;
  txMemoryMib?: number;
}

const launcherDir = () => path.join(repoRoot(), 'tools', 'neo4j-local');
const launcherJar = () => path.join(launcherDir(), 'target', 'neo4j-local.jar');
const stateFile = (home: string) => path.join(home, 'neo4j-local.json');

/** Heap is the JVM's own in embedded mode; the page cache (128 MiB) is set by the launcher. */
const JVM_ARGS = [
  '-Xms256m',
  '-Xmx768m',
  '-XX:+UseSerialGC',
  '-XX:+ExitOnOutOfMemoryError',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.nio.maxCachedBufferSize=1024',
];

function commandExists(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return result.error === undefined && result.status === 0;
}

function newestSourceTime(): number {
  const sources = [path.join(launcherDir(), 'pom.xml')];
  const javaDir = path.join(launcherDir(), 'src', 'main', 'java', 'stakeholdergraph');
  for (const name of readdirSync(javaDir)) sources.push(path.join(javaDir, name));
  return Math.max(...sources.map((file) => statSync(file).mtimeMs));
}

/** Builds the launcher with Maven unless an up-to-date build is cached in target/. */
export function ensureLauncherBuilt(log: (message: string) => void = defaultLog): void {
  if (!commandExists('java', ['-version'])) {
    throw new LocalNeo4jError(
      'JAVA_MISSING',
      'Java 17+ is needed to run the local Neo4j but `java` was not found; install it or set NEO4J_URI to an existing Neo4j',
    );
  }
  const jar = launcherJar();
  if (existsSync(jar) && statSync(jar).mtimeMs >= newestSourceTime()) return;
  if (!commandExists('mvn', ['-v'])) {
    throw new LocalNeo4jError(
      'MAVEN_MISSING',
      'Maven is needed to build the local Neo4j launcher but `mvn` was not found; install it or set NEO4J_URI to an existing Neo4j',
    );
  }
  log('building tools/neo4j-local with Maven (the first run downloads about 125 MB from Maven Central)…');
  const build = spawnSync('mvn', ['-q', '-B', 'package'], { cwd: launcherDir(), encoding: 'utf8' });
  if (build.status !== 0) {
    const output = `${build.stdout ?? ''}${build.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new LocalNeo4jError('BUILD_FAILED', `mvn package failed in tools/neo4j-local:\n${output}`);
  }
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address !== null
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

interface ReadyLine {
  bolt: string;
  version: string;
  edition: string;
  pid: number;
}

/** Reads the launcher's protocol lines; resolves on READY, rejects on ERROR or exit. */
function parseLauncherLine(line: string): ReadyLine | LocalNeo4jError | undefined {
  if (line.startsWith('NEO4J_LOCAL_READY '))
    return JSON.parse(line.slice('NEO4J_LOCAL_READY '.length)) as ReadyLine;
  if (line.startsWith('NEO4J_LOCAL_ERROR ')) {
    const [, code = 'START_FAILED', ...rest] = line.split(' ');
    const failure = (
      ['PORT_IN_USE', 'STORE_LOCKED'].includes(code) ? code : 'START_FAILED'
    ) as LocalNeo4jFailure;
    const hint =
      failure === 'STORE_LOCKED'
        ? ' (another Neo4j uses this data directory: stop it with `npm run db:stop`)'
        : failure === 'PORT_IN_USE'
          ? ' (set NEO4J_LOCAL_PORT to another port, or stop what listens there)'
          : '';
    return new LocalNeo4jError(failure, `local Neo4j: ${rest.join(' ')}${hint}`);
  }
  return undefined;
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

async function stopPid(pid: number, timeoutMs = 30_000): Promise<void> {
  if (!isAlive(pid)) return;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(200);
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
}

/** Starts Neo4j and resolves once it has answered a query. */
export async function startLocalNeo4j(options: StartOptions): Promise<LocalNeo4j> {
  const log = options.log ?? defaultLog;
  ensureLauncherBuilt(log);
  const home = path.resolve(options.home);
  await mkdir(home, { recursive: true });
  const port = options.port ?? (await findFreePort());
  const jvmArgs =
    options.heapMib === undefined
      ? JVM_ARGS
      : JVM_ARGS.map((arg) => (arg === '-Xmx768m' ? `-Xmx${options.heapMib}m` : arg));
  const memoryArgs = [
    ...(options.pageCacheMib === undefined ? [] : ['--pagecache-mib', String(options.pageCacheMib)]),
    ...(options.txMemoryMib === undefined ? [] : ['--tx-memory-mib', String(options.txMemoryMib)]),
  ];
  const args = [...jvmArgs, '-jar', launcherJar(), '--home', home, '--port', String(port), ...memoryArgs];
  if (options.detached === true) args.push('--detached');

  const outputFile = path.join(home, 'neo4j-local.out');
  const outputFd = openSync(outputFile, 'w');
  const child = spawn('java', args, {
    // Attached: stdin is a pipe whose end-of-file tells the launcher its parent has gone.
    stdio: options.detached === true ? ['ignore', 'pipe', outputFd] : ['pipe', 'pipe', outputFd],
    detached: options.detached === true,
  });
  closeSync(outputFd);

  const ready = await new Promise<ReadyLine>((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new LocalNeo4jError('START_TIMEOUT', `local Neo4j did not become ready in time; see ${outputFile}`),
      );
    }, options.readyTimeoutMs ?? 180_000);
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      buffer += chunk;
      let newline: number;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const parsed = parseLauncherLine(buffer.slice(0, newline).trim());
        buffer = buffer.slice(newline + 1);
        if (parsed === undefined) continue;
        clearTimeout(timer);
        if (parsed instanceof LocalNeo4jError) reject(parsed);
        else resolve(parsed);
      }
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new LocalNeo4jError('START_FAILED', `could not run java: ${error.message}`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(
        new LocalNeo4jError(
          'START_FAILED',
          `local Neo4j exited with code ${code} before it was ready; see ${outputFile}`,
        ),
      );
    });
  });
  // Nothing more is read from stdout; drain it so the launcher never blocks on a full pipe.
  child.stdout?.resume();
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve({ code: child.exitCode, signal: child.signalCode });
    } else child.once('exit', (code, signal) => resolve({ code, signal }));
  });

  if (options.detached === true) {
    child.stdout?.destroy();
    child.unref();
    await writeFile(stateFile(home), JSON.stringify({ ...ready, port }, null, 2));
  }

  return {
    uri: ready.bolt,
    version: ready.version,
    edition: ready.edition,
    pid: ready.pid,
    port,
    home,
    exited: options.detached === true ? new Promise(() => undefined) : exited,
    stop: async () => {
      if (options.detached === true) {
        await stopPid(ready.pid);
        await rm(stateFile(home), { force: true });
        return;
      }
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      if (!(await waitForExit(child, 30_000))) {
        child.kill('SIGKILL');
        await waitForExit(child, 5_000);
      }
    },
  };
}

/** A detached Neo4j started by `npm run db:start` for this home, if it is still running. */
export async function findRunningLocalNeo4j(home: string): Promise<{ uri: string; pid: number } | undefined> {
  try {
    const state = JSON.parse(await readFile(stateFile(home), 'utf8')) as ReadyLine;
    return isAlive(state.pid) ? { uri: state.bolt, pid: state.pid } : undefined;
  } catch {
    return undefined;
  }
}

/** Stops the detached Neo4j of `home`; returns false when none was running. */
export async function stopDetachedLocalNeo4j(home: string): Promise<boolean> {
  const running = await findRunningLocalNeo4j(home);
  await rm(stateFile(home), { force: true });
  if (running === undefined) return false;
  await stopPid(running.pid);
  return true;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

let toolLogger: Logger | undefined;

function defaultLog(message: string): void {
  toolLogger ??= createToolLogger('neo4j-local');
  toolLogger.info(message);
}

/**
 * Wipes the local database of `home` (db:reset): stops a detached instance first, then removes
 * the data and logs folders. Refuses while another process holds the store.
 */
export async function resetLocalNeo4j(home: string): Promise<void> {
  await stopDetachedLocalNeo4j(home);
  await rm(path.join(home, 'data'), { recursive: true, force: true });
  await rm(path.join(home, 'logs'), { recursive: true, force: true });
}

export interface SupervisorOptions {
  home: string;
  /** Fixed for every restart, so the driver finds the database where it was. */
  port: number;
  logger: Logger;
  /** Restarts in a row (without a stable minute between them) before giving up. */
  maxRestarts: number;
  /** First restart delay; doubles per attempt up to 30 s. */
  backoffMs: number;
  /** An instance that has run this long resets the count of restarts in a row (default 60 s). */
  stableMs?: number;
  /** The database went away: the health state should say so at once. */
  onDown: (reason: string) => void;
  /** A restarted instance is ready. */
  onUp: (local: LocalNeo4j) => void;
  /** Crash loop: `maxRestarts` in a row failed or died young. The service should exit non-zero. */
  onGiveUp: (error: LocalNeo4jError) => void;
  readyTimeoutMs?: number;
}

/** The local Neo4j under supervision: the pid and version are those of the current instance. */
export interface SupervisedNeo4j extends LocalNeo4j {
  /** How many times it has been restarted since the service started. */
  readonly restarts: number;
}

/**
 * Starts the local Neo4j and keeps it running: when it exits without being asked to (a crash,
 * kill -9, a SIGTERM from outside), logs it, reports it down, and starts it again on the same port
 * and home after 1×, 2×, 4× … `backoffMs`. A process manager cannot do this for us because the
 * database is our child; what it can do is restart the service, so a crash loop ends in onGiveUp.
 */
export async function superviseLocalNeo4j(options: SupervisorOptions): Promise<SupervisedNeo4j> {
  const { logger } = options;
  const log = (message: string) => logger.info(message);
  const start = () =>
    startLocalNeo4j({ home: options.home, port: options.port, log, readyTimeoutMs: options.readyTimeoutMs });
  let current = await start();
  let startedAt = Date.now();
  let inARow = 0;
  let restarts = 0;
  let stopping = false;
  let restarting: Promise<void> | undefined;
  let wake: (() => void) | undefined;

  const restart = async (exit: { code: number | null; signal: NodeJS.Signals | null }) => {
    logger.error(
      {
        neo4jPid: current.pid,
        exitCode: exit.code,
        signal: exit.signal,
        uptimeSeconds: (Date.now() - startedAt) / 1000,
      },
      'local Neo4j exited unexpectedly',
    );
    if (Date.now() - startedAt >= (options.stableMs ?? 60_000)) inARow = 0;
    while (!stopping) {
      inARow += 1;
      if (inARow > options.maxRestarts) {
        const error = new LocalNeo4jError(
          'START_FAILED',
          `local Neo4j failed ${inARow - 1} restart(s) in a row (NEO4J_RESTART_MAX=${options.maxRestarts}); giving up, see ${path.join(options.home, 'neo4j-local.out')}`,
        );
        options.onDown(`database unavailable: ${error.message}`);
        logger.fatal({ err: error }, 'local Neo4j crash loop');
        options.onGiveUp(error);
        return;
      }
      const delay = Math.min(options.backoffMs * 2 ** (inARow - 1), 30_000);
      options.onDown(
        `database unavailable: restarting the local Neo4j (attempt ${inARow} of ${options.maxRestarts})`,
      );
      logger.warn({ attempt: inARow, of: options.maxRestarts, delayMs: delay }, 'restarting the local Neo4j');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = undefined;
      if (stopping) return;
      try {
        current = await start();
        startedAt = Date.now();
        restarts += 1;
        logger.info({ neo4jPid: current.pid, attempt: inARow, uri: current.uri }, 'local Neo4j restarted');
        watch();
        options.onUp(current);
        return;
      } catch (error) {
        logger.error({ err: error, attempt: inARow }, 'local Neo4j did not restart');
      }
    }
  };

  const watch = () => {
    const instance = current;
    void instance.exited.then((exit) => {
      if (stopping || instance !== current) return;
      restarting = restart(exit).finally(() => {
        restarting = undefined;
      });
    });
  };
  watch();

  return {
    get uri() {
      return current.uri;
    },
    get version() {
      return current.version;
    },
    get edition() {
      return current.edition;
    },
    get pid() {
      return current.pid;
    },
    get exited() {
      return current.exited;
    },
    get restarts() {
      return restarts;
    },
    port: options.port,
    home: path.resolve(options.home),
    async stop() {
      stopping = true;
      wake?.();
      await restarting;
      await current.stop();
    },
  };
}

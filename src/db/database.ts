/**
 * The one chokepoint between the service and Neo4j: named Cypher statements from the registry,
 * run in managed transactions with a timeout and metadata, results converted to plain values,
 * errors mapped to our classes.
 */
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import path from 'node:path';
import {
  DatabaseTimeoutError,
  DatabaseUnavailableError,
  ExecutionTimeoutError,
  RequestCancelledError,
} from '../errors';
import { type Logger } from '../logger';
import { repoRoot } from '../paths';
import { compose, type Fragments, type Selection, selectionKey } from './compose';
import {
  type CypherRegistry,
  loadCypherRegistry,
  loadFragments,
  loadSchemaStatements,
} from './cypher-registry';
import { isUnavailable, mapDriverError } from './errors';
import { DatabaseHealth } from './health';
import { type PlainValue, toNeo4jParams, toPlain } from './values';

export type Params = Record<string, unknown>;
export type Row = Record<string, PlainValue>;

export interface DatabaseOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  queryTimeoutMs: number;
  /** Where the .cypher files live; defaults to the repository's cypher/. */
  cypherDir?: string;
  /** Driver pool size (default 100) and how long a query waits for a free connection (5 s). */
  poolSize?: number;
  acquisitionTimeoutMs?: number;
  /** Background health probe period (default 1 s) once `health.start()` is called. */
  healthIntervalMs?: number;
  /** Health transitions (down, back up) are logged here. */
  logger?: Logger;
}

/** What every request-scoped view of one Database shares. */
interface Shared {
  listeners: Set<QueryListener>;
  fragments: Fragments;
  /** Composed statements by name and selections: a client repeats its queries. */
  composed: Map<string, string>;
  health: DatabaseHealth;
  probeDriver: Driver;
}

/**
 * What one request's view of the database adds: the signal that cancels its queries (client gone,
 * HTTP deadline) and the execution deadline that cuts each transaction's timeout.
 */
interface RequestView {
  signal?: AbortSignal;
  /** Epoch ms and the budget it came from: no query starts or runs on past it. */
  deadline?: { at: number; budgetMs: number };
}

/** Runs registered write statements; a Database, or one transaction of it (see writeTransaction). */
export interface Writer {
  writeQuery<R = Row>(name: string, params?: Params): Promise<R[]>;
}

/**
 * Called once per round trip to Neo4j: tests count these to prove there is no N+1; the benchmark
 * re-runs them under PROFILE (the text is the statement sent, params as given).
 */
export type QueryListener = (event: {
  name: string;
  mode: 'READ' | 'WRITE';
  text: string;
  params: Params;
}) => void;

export interface ServerInfo {
  address: string;
  agent: string;
  protocolVersion: string;
}

/** How many composed statements are kept (each a few kB). */
const COMPOSED_CACHE_SIZE = 500;

export function defaultCypherDir(): string {
  return path.join(repoRoot(), 'cypher');
}

/**
 * The share of a request's time budget a write leaves for its commit and the reads of its answer:
 * past the deadline less this, no statement of a write starts.
 */
const WRITE_RESERVE = 0.1;

export class Database implements Writer {
  private constructor(
    private readonly driver: Driver,
    private readonly registry: CypherRegistry,
    private readonly options: DatabaseOptions,
    private readonly shared: Shared,
    /** Set on a request's view (withSignal, withDeadline): see RequestView. */
    private readonly view: RequestView = {},
  ) {}

  /**
   * The same database (driver, statements, listeners) for one request: each transaction's
   * timeout is cut to what is left before `at`, and none starts after it.
   */
  withDeadline(at: number, budgetMs: number): Database {
    return new Database(this.driver, this.registry, this.options, this.shared, {
      ...this.view,
      deadline: { at, budgetMs },
    });
  }

  /** Creates the driver and loads the Cypher registry; does not contact the database. */
  static async create(options: DatabaseOptions): Promise<Database> {
    const registry = await loadCypherRegistry(options.cypherDir ?? defaultCypherDir());
    const fragments = await loadFragments(options.cypherDir ?? defaultCypherDir());
    const auth = neo4j.auth.basic(options.user, options.password);
    const driver = neo4j.driver(options.uri, auth, {
      disableLosslessIntegers: true,
      // Fail fast when the database is down: a request should get DATABASE_UNAVAILABLE within
      // seconds, not after the driver's default 30 s of retries.
      maxTransactionRetryTime: 3_000,
      connectionTimeout: 5_000,
      maxConnectionPoolSize: options.poolSize ?? 100,
      // A full pool answers DATABASE_BUSY after this long rather than queueing without bound.
      connectionAcquisitionTimeout: options.acquisitionTimeoutMs ?? 5_000,
      userAgent: 'stakeholder-graph',
    });
    // The health probe has its own one-connection pool: when slow queries hold every pooled
    // connection the database is busy, not down, and the probe must still get through.
    const probeDriver = neo4j.driver(options.uri, auth, {
      maxConnectionPoolSize: 1,
      connectionTimeout: 1_000,
      connectionAcquisitionTimeout: 1_000,
      userAgent: 'stakeholder-graph-health',
    });
    const health = new DatabaseHealth({
      probe: async () => (await probeDriver.getServerInfo({ database: options.database })).agent ?? '',
      intervalMs: options.healthIntervalMs,
      logger: options.logger,
    });
    return new Database(driver, registry, options, {
      listeners: new Set(),
      fragments,
      composed: new Map(),
      health,
      probeDriver,
    });
  }

  /**
   * A view of this database for one request: same driver and health, but every query checks
   * `signal` first, and one already running is dropped (its session closed) when it fires. The
   * signal's reason (REQUEST_TIMEOUT, REQUEST_CANCELLED) is what the query then throws.
   */
  withSignal(signal: AbortSignal): Database {
    return new Database(this.driver, this.registry, this.options, this.shared, { ...this.view, signal });
  }

  /** The database's health as this service sees it (for /ready and fail-fast). */
  get health(): DatabaseHealth {
    return this.shared.health;
  }

  get databaseName(): string {
    return this.options.database;
  }

  /** Names of every registered statement (for the orphan and EXPLAIN tests). */
  statementNames(): string[] {
    return [...this.registry.keys()].sort();
  }

  /** The text of a registered statement, e.g. to EXPLAIN it in a test. */
  statementText(name: string): string {
    return this.statement(name).text;
  }

  onQuery(listener: QueryListener): () => void {
    this.shared.listeners.add(listener);
    return () => this.shared.listeners.delete(listener);
  }

  /**
   * Runs a registered statement in a read transaction. `R` describes the columns its header
   * documents; values are converted by toPlain, so R should use plain types only.
   */
  readQuery<R = Row>(name: string, params: Params = {}): Promise<R[]> {
    return this.run<R>('READ', name, params);
  }

  /**
   * Runs a registered statement whose slots (`{/*@Type variable*\/}`) are filled with the
   * projections of `selections` (variable → the client's selection there), in a read
   * transaction: a root field's one query fetches exactly what was asked (see compose.ts).
   */
  readProjected<R = Row>(
    name: string,
    params: Params,
    selections: Readonly<Record<string, Selection>>,
  ): Promise<R[]> {
    return this.execute('READ', name, this.composedText(name, selections), params) as Promise<R[]>;
  }

  /** The text readProjected sends for these selections (cached; tests EXPLAIN it). */
  composedText(name: string, selections: Readonly<Record<string, Selection>>): string {
    const cacheKey = `${name}|${Object.entries(selections)
      .map(([variable, selection]) => `${variable}:${selectionKey(selection)}`)
      .join('|')}`;
    const { composed } = this.shared;
    let text = composed.get(cacheKey);
    if (text === undefined) {
      text = compose(this.statement(name).text, this.shared.fragments, selections);
      // Bounded: the selections are the clients'; distinct shapes past this start over.
      if (composed.size >= COMPOSED_CACHE_SIZE) composed.clear();
      composed.set(cacheKey, text);
    }
    return text;
  }

  /** The projection fragments by type (tests build full selections from them). */
  get fragments(): Fragments {
    return this.shared.fragments;
  }

  /** Runs a registered statement in a write transaction (see readQuery). */
  writeQuery<R = Row>(name: string, params: Params = {}): Promise<R[]> {
    return this.run<R>('WRITE', name, params);
  }

  /**
   * Runs `work` in one write transaction: every statement it sends commits together or not at
   * all, so a reader never sees half of it. The driver may run `work` again after a transient
   * failure, so it must only send statements (MERGE-style, idempotent), not keep other state.
   */
  async writeTransaction<T>(label: string, work: (tx: Writer) => Promise<T>): Promise<T> {
    // A request's write ends by its deadline, as its reads do: the transaction's timeout is what is
    // left, and each statement first checks the deadline and the client, so a write the client was
    // told had stopped (EXECUTION_TIMEOUT, REQUEST_CANCELLED) rolls back instead of committing late.
    // It stops a little early (WRITE_RESERVE), so that a commit has time to be answered.
    const timeout = this.remainingMs(WRITE_RESERVE);
    const { signal } = this.view;
    throwIfAborted(signal);
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: neo4j.session.WRITE,
    });
    try {
      return await session.executeWrite(
        (tx) =>
          work({
            writeQuery: async <R>(name: string, params: Params = {}) => {
              throwIfAborted(signal);
              this.remainingMs(WRITE_RESERVE);
              for (const listener of this.shared.listeners) {
                listener({ name, mode: 'WRITE', text: this.statement(name).text, params });
              }
              const result = await tx.run(this.statement(name).text, toNeo4jParams(params));
              return result.records.map((record) => toPlain(record.toObject()) as R);
            },
          }),
        { timeout, metadata: { app: 'stakeholder-graph', query: label } },
      );
    } catch (error) {
      throw mapDriverError(error, label);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  /** Runs a statement given as text; only for tests and tools (EXPLAIN, schema), never for requests. */
  async runText(text: string, params: Params = {}, mode: 'READ' | 'WRITE' = 'READ'): Promise<Row[]> {
    return this.execute(mode, 'adhoc', text, params);
  }

  /** Asks the server who it is; fails with DATABASE_UNAVAILABLE when it cannot be reached. */
  async serverInfo(): Promise<ServerInfo> {
    try {
      const info = await this.driver.getServerInfo({ database: this.options.database });
      return {
        address: info.address ?? '',
        agent: info.agent ?? '',
        protocolVersion: String(info.protocolVersion ?? ''),
      };
    } catch (error) {
      throw mapDriverError(error, 'serverInfo');
    }
  }

  /** Applies cypher/schema/*.cypher (all IF NOT EXISTS, so idempotent). */
  async applySchema(): Promise<string[]> {
    const statements = await loadSchemaStatements(this.options.cypherDir ?? defaultCypherDir());
    for (const statement of statements) {
      // One statement per transaction: Neo4j does not allow schema and data changes together.
      await this.execute('WRITE', statement.name, statement.text, {});
    }
    return statements.map((statement) => statement.name);
  }

  async close(): Promise<void> {
    this.shared.health.stop();
    await Promise.all([this.driver.close(), this.shared.probeDriver.close()]);
  }

  private statement(name: string) {
    const statement = this.registry.get(name);
    if (statement === undefined) throw new Error(`no Cypher statement named "${name}" in cypher/`);
    return statement;
  }

  /** Time left before the request's deadline, less `reserve` of its budget; throws once none is. */
  private remainingMs(reserve = 0): number {
    const deadline = this.view.deadline;
    if (deadline === undefined) return this.options.queryTimeoutMs;
    const remaining = deadline.at - Date.now() - deadline.budgetMs * reserve;
    if (remaining <= 0) throw new ExecutionTimeoutError(deadline.budgetMs);
    return Math.min(this.options.queryTimeoutMs, Math.ceil(remaining));
  }

  private async run<R>(mode: 'READ' | 'WRITE', name: string, params: Params): Promise<R[]> {
    return (await this.execute(mode, name, this.statement(name).text, params)) as R[];
  }

  private async execute(mode: 'READ' | 'WRITE', name: string, text: string, params: Params): Promise<Row[]> {
    const timeout = this.remainingMs();
    const { health } = this.shared;
    const signal = this.view.signal;
    throwIfAborted(signal);
    // Fail fast: while the database is known to be down, do not spend seconds finding out again.
    if (!(await health.admit())) throw new DatabaseUnavailableError();
    throwIfAborted(signal);
    for (const listener of this.shared.listeners) listener({ name, mode, text, params });
    let session: Session | undefined;
    let abandoned = false;
    const cleanups: (() => void)[] = [];
    // Settles only to give up: the request was cancelled, or the database went down meanwhile
    // (the driver would otherwise keep retrying for maxTransactionRetryTime).
    const giveUp = new Promise<never>((_resolve, reject) => {
      const stop = (error: Error) => {
        abandoned = true;
        reject(error);
      };
      if (signal !== undefined) {
        const onAbort = () => stop(abortReason(signal));
        signal.addEventListener('abort', onAbort, { once: true });
        cleanups.push(() => signal.removeEventListener('abort', onAbort));
      }
      cleanups.push(health.onDown(() => stop(new DatabaseUnavailableError())));
    });
    try {
      // Always name the database: otherwise the driver first asks the server for its default.
      session = this.driver.session({
        database: this.options.database,
        defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      });
      const work = async (tx: ManagedTransaction) => {
        const result = await tx.run(text, toNeo4jParams(params));
        return result.records.map((record) => toPlain(record.toObject()) as Row);
      };
      const config = {
        timeout,
        metadata: { app: 'stakeholder-graph', query: name },
      };
      const transaction =
        mode === 'READ' ? session.executeRead(work, config) : session.executeWrite(work, config);
      // When giveUp wins the race the transaction's own failure arrives later and is not news.
      transaction.catch(() => undefined);
      return await Promise.race([transaction, giveUp]);
    } catch (error) {
      const mapped = mapDriverError(error, name);
      // A transaction cut short by the request's deadline is the request's timeout.
      const deadline = this.view.deadline;
      if (mapped instanceof DatabaseTimeoutError && deadline !== undefined && Date.now() >= deadline.at) {
        throw new ExecutionTimeoutError(deadline.budgetMs);
      }
      if (mapped instanceof DatabaseUnavailableError && health.isUp)
        health.markDown('database unavailable: a query could not reach it');
      throw mapped;
    } finally {
      for (const cleanup of cleanups) cleanup();
      if (session !== undefined) {
        // Abandoned: close without waiting; closing rolls the transaction back on the server.
        const closing = session.close().catch(() => undefined);
        if (!abandoned) await closing;
      }
    }
  }
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted === true) throw abortReason(signal);
}

function abortReason(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new RequestCancelledError();
}

export { isUnavailable };

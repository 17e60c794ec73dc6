/**
 * The one chokepoint between the service and Neo4j: named Cypher statements from the registry,
 * run in managed transactions with a timeout and metadata, results converted to plain values,
 * errors mapped to our classes.
 */
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import path from 'node:path';
import { DatabaseTimeoutError, ExecutionTimeoutError } from '../errors';
import { repoRoot } from '../paths';
import { type CypherRegistry, loadCypherRegistry, loadSchemaStatements } from './cypher-registry';
import { isUnavailable, mapDriverError } from './errors';
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
}

/** Runs registered write statements; a Database, or one transaction of it (see writeTransaction). */
export interface Writer {
  writeQuery<R = Row>(name: string, params?: Params): Promise<R[]>;
}

/** Called once per round trip to Neo4j: tests count these to prove there is no N+1. */
export type QueryListener = (event: { name: string; mode: 'READ' | 'WRITE' }) => void;

export interface ServerInfo {
  address: string;
  agent: string;
  protocolVersion: string;
}

export function defaultCypherDir(): string {
  return path.join(repoRoot(), 'cypher');
}

export class Database implements Writer {
  private constructor(
    private readonly driver: Driver,
    private readonly registry: CypherRegistry,
    private readonly options: DatabaseOptions,
    private readonly listeners = new Set<QueryListener>(),
    /** A request's deadline (epoch ms) and its budget: no query starts or runs on past it. */
    private readonly deadline?: { at: number; budgetMs: number },
  ) {}

  /**
   * The same database (driver, statements, listeners) for one request: each transaction's
   * timeout is cut to what is left before `at`, and none starts after it.
   */
  withDeadline(at: number, budgetMs: number): Database {
    return new Database(this.driver, this.registry, this.options, this.listeners, { at, budgetMs });
  }

  /** Creates the driver and loads the Cypher registry; does not contact the database. */
  static async create(options: DatabaseOptions): Promise<Database> {
    const registry = await loadCypherRegistry(options.cypherDir ?? defaultCypherDir());
    const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      disableLosslessIntegers: true,
      // Fail fast when the database is down: a request should get DATABASE_UNAVAILABLE within
      // seconds, not after the driver's default 30 s of retries.
      maxTransactionRetryTime: 3_000,
      connectionTimeout: 5_000,
      connectionAcquisitionTimeout: 10_000,
      userAgent: 'stakeholder-graph',
    });
    return new Database(driver, registry, options);
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
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Runs a registered statement in a read transaction. `R` describes the columns its header
   * documents; values are converted by toPlain, so R should use plain types only.
   */
  readQuery<R = Row>(name: string, params: Params = {}): Promise<R[]> {
    return this.run<R>('READ', name, params);
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
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: neo4j.session.WRITE,
    });
    try {
      return await session.executeWrite(
        (tx) =>
          work({
            writeQuery: async <R>(name: string, params: Params = {}) => {
              for (const listener of this.listeners) listener({ name, mode: 'WRITE' });
              const result = await tx.run(this.statement(name).text, toNeo4jParams(params));
              return result.records.map((record) => toPlain(record.toObject()) as R);
            },
          }),
        { timeout: this.options.queryTimeoutMs, metadata: { app: 'stakeholder-graph', query: label } },
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
    await this.driver.close();
  }

  private statement(name: string) {
    const statement = this.registry.get(name);
    if (statement === undefined) throw new Error(`no Cypher statement named "${name}" in cypher/`);
    return statement;
  }

  private remainingMs(): number {
    if (this.deadline === undefined) return this.options.queryTimeoutMs;
    const remaining = this.deadline.at - Date.now();
    if (remaining <= 0) throw new ExecutionTimeoutError(this.deadline.budgetMs);
    return Math.min(this.options.queryTimeoutMs, Math.ceil(remaining));
  }

  private async run<R>(mode: 'READ' | 'WRITE', name: string, params: Params): Promise<R[]> {
    return (await this.execute(mode, name, this.statement(name).text, params)) as R[];
  }

  private async execute(mode: 'READ' | 'WRITE', name: string, text: string, params: Params): Promise<Row[]> {
    const timeout = this.remainingMs();
    for (const listener of this.listeners) listener({ name, mode });
    let session: Session | undefined;
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
      return mode === 'READ'
        ? await session.executeRead(work, config)
        : await session.executeWrite(work, config);
    } catch (error) {
      const mapped = mapDriverError(error, name);
      // A transaction cut short by the request's deadline is the request's timeout.
      if (
        mapped instanceof DatabaseTimeoutError &&
        this.deadline !== undefined &&
        Date.now() >= this.deadline.at
      ) {
        throw new ExecutionTimeoutError(this.deadline.budgetMs);
      }
      throw mapped;
    } finally {
      if (session !== undefined) await session.close().catch(() => undefined);
    }
  }
}

export { isUnavailable };

/**
 * What the service believes about its database right now, kept true within about two seconds:
 * a background probe every `intervalMs` (on its own small connection pool, so a pool full of
 * slow queries never reads as "down"), each probe bounded by `timeoutMs`; a query that fails as
 * unavailable and the local Neo4j's supervisor mark it down at once.
 *
 * While it is down, queries fail at once with DATABASE_UNAVAILABLE instead of each waiting for
 * the driver's connect timeout and retries; at most one request per `recheckMs` waits for a fresh
 * probe, so the service notices the database's return without waiting for the next tick.
 */
import { type Logger } from '../logger';

export type HealthStatus = 'up' | 'down' | 'restarting';

export interface HealthSnapshot {
  status: HealthStatus;
  /** Why it is not up, for /ready and the logs. */
  reason?: string;
  /** The server agent of the last good probe, e.g. "Neo4j/5.26.19". */
  neo4j?: string;
  /** When the status last changed. */
  since: Date;
}

export interface HealthOptions {
  /** Asks the database who it is; resolves with its agent string. */
  probe: () => Promise<string>;
  timeoutMs?: number;
  intervalMs?: number;
  recheckMs?: number;
  logger?: Logger;
}

type DownListener = (snapshot: HealthSnapshot) => void;

export class DatabaseHealth {
  private state: HealthSnapshot = { status: 'up', since: new Date() };
  private inFlight: Promise<HealthSnapshot> | undefined;
  private lastProbeStarted = 0;
  private downSince: Date | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly downListeners = new Set<DownListener>();
  private readonly timeoutMs: number;
  private readonly intervalMs: number;
  private readonly recheckMs: number;

  constructor(private readonly options: HealthOptions) {
    this.timeoutMs = options.timeoutMs ?? 1_000;
    this.intervalMs = options.intervalMs ?? 1_000;
    this.recheckMs = options.recheckMs ?? 500;
  }

  snapshot(): HealthSnapshot {
    return { ...this.state };
  }

  get isUp(): boolean {
    return this.state.status === 'up';
  }

  /** Starts the background probe; the timer does not keep the process alive. */
  start(): void {
    if (this.timer !== undefined) return;
    this.timer = setInterval(() => void this.probe(), this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Probes now (sharing a probe already under way) and returns the resulting state. */
  probe(): Promise<HealthSnapshot> {
    if (this.inFlight !== undefined) return this.inFlight;
    this.lastProbeStarted = Date.now();
    const attempt = (async () => {
      let timer: NodeJS.Timeout | undefined;
      try {
        const agent = await Promise.race([
          this.options.probe(),
          new Promise<never>((_resolve, reject) => {
            timer = setTimeout(
              () => reject(new Error(`no answer within ${this.timeoutMs} ms`)),
              this.timeoutMs,
            );
          }),
        ]);
        this.markUp(agent);
      } catch (error) {
        // The supervisor's "restarting" says more than the probe's "connection refused".
        if (this.state.status !== 'restarting') this.markDown(`database unavailable: ${describe(error)}`);
      } finally {
        clearTimeout(timer);
        this.inFlight = undefined;
      }
      return this.snapshot();
    })();
    this.inFlight = attempt;
    return attempt;
  }

  /** The state, after a fresh probe if the last one started more than `maxAgeMs` ago. */
  async probeIfOlderThan(maxAgeMs: number): Promise<HealthSnapshot> {
    if (this.inFlight !== undefined) return this.inFlight;
    if (Date.now() - this.lastProbeStarted > maxAgeMs) return this.probe();
    return this.snapshot();
  }

  /**
   * For the query path: true when queries should go ahead. While down, answers at once from
   * the known state, except that one caller per `recheckMs` waits for a fresh probe.
   */
  async admit(): Promise<boolean> {
    if (this.isUp) return true;
    if (this.inFlight === undefined && Date.now() - this.lastProbeStarted >= this.recheckMs) {
      await this.probe();
    }
    return this.isUp;
  }

  markUp(agent: string): void {
    const previous = this.state;
    if (previous.status === 'up') {
      this.state = { ...previous, neo4j: agent };
      return;
    }
    this.state = { status: 'up', neo4j: agent, since: new Date() };
    const downFor = (this.state.since.getTime() - (this.downSince ?? previous.since).getTime()) / 1000;
    this.downSince = undefined;
    this.options.logger?.info({ neo4j: agent, downSeconds: downFor }, 'database available again');
  }

  markDown(reason: string, status: 'down' | 'restarting' = 'down'): void {
    const wasUp = this.state.status === 'up';
    const changed = this.state.status !== status || this.state.reason !== reason;
    this.state = {
      status,
      reason,
      neo4j: this.state.neo4j,
      since: wasUp || this.state.status !== status ? new Date() : this.state.since,
    };
    if (wasUp) {
      this.downSince = this.state.since;
      this.options.logger?.warn({ reason }, 'database unavailable');
      for (const listener of this.downListeners) listener(this.snapshot());
    } else if (changed) {
      this.options.logger?.debug({ reason, status }, 'database still unavailable');
    }
  }

  /** Called whenever the state leaves `up`: in-flight queries use it to give up at once. */
  onDown(listener: DownListener): () => void {
    this.downListeners.add(listener);
    return () => this.downListeners.delete(listener);
  }
}

function describe(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('E')) return `connection failed (${code})`;
  if (error instanceof Error) return error.message.split('\n')[0]?.slice(0, 200) ?? error.name;
  return String(error);
}

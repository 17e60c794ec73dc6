/**
 * The one log format of the service, the seed and the db tools: pino, one JSON line per event on
 * stderr (stdout stays free for what a command prints, e.g. the seed's counts). In development
 * the same events go through pino-pretty, readable by a person.
 *
 * Why pino: it is the logger pino-http builds on (one line per request with its id), it is fast
 * enough to log every request, and its `err` serializer keeps stacks in the log and out of
 * responses. The stream is synchronous so a line written just before process.exit is not lost.
 */
import pino, { type Logger, type LevelWithSilent } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = LevelWithSilent;

export interface LoggerOptions {
  /** Defaults to `info`, or `warn` under jest. */
  level?: LogLevel;
  /** Human-readable lines (pino-pretty) instead of JSON. */
  pretty?: boolean;
  /** What writes: `service`, `seed`, `db` … (the `name` field of every line). */
  name?: string;
}

/** Tests keep their output for failures: only warnings and worse, unless LOG_LEVEL says otherwise. */
function defaultLevel(env: NodeJS.ProcessEnv): LogLevel {
  return env.JEST_WORKER_ID !== undefined ? 'warn' : 'info';
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const level = options.level ?? defaultLevel(process.env);
  const config = { level, name: options.name ?? 'stakeholder-graph', base: { pid: process.pid } };
  if (options.pretty === true) {
    return pino(config, pretty({ destination: 2, sync: true, colorize: process.stderr.isTTY }));
  }
  return pino(config, pino.destination({ dest: 2, sync: true }));
}

/**
 * A logger for the command-line tools (seed, db:*), configured from LOG_LEVEL and NODE_ENV
 * without the service's full configuration (which may be what is wrong).
 */
export function createToolLogger(name: string, env: NodeJS.ProcessEnv = process.env): Logger {
  const requested = env.LOG_LEVEL as LogLevel | undefined;
  const level =
    requested !== undefined && (LOG_LEVELS as readonly string[]).includes(requested) ? requested : undefined;
  return createLogger({ name, level, pretty: env.NODE_ENV === 'development' });
}

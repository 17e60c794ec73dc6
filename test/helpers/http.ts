/**
 * Raw GraphQL over HTTP for the limit, abuse and fuzz tests: the status, the parsed body and the
 * time the server took, and a check that an answer keeps the server's internals to itself.
 */
import pino from 'pino';
import { type Logger } from '../../src/logger';
import { type GraphQLResponse } from './test-server';

export interface RawResponse {
  status: number;
  body: GraphQLResponse;
  /** The body as sent, to look for leaks anywhere in it. */
  text: string;
  ms: number;
}

/** POSTs `body` (an object is sent as JSON, a string as it is) to `url`/graphql. */
export async function post(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  let parsed: GraphQLResponse;
  try {
    parsed = JSON.parse(text) as GraphQLResponse;
  } catch {
    parsed = { errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] };
  }
  return { status: response.status, body: parsed, text, ms };
}

/** What must never reach a client: stack frames, file paths, Cypher, the driver's words. */
const INTERNALS: [string, RegExp][] = [
  ['stack trace', /stacktrace|\bat [\w.<>]+ \(|\bat \/|:\d+:\d+\)/i],
  ['file path', /\/work\/|\/home\/|\/tmp\/|node_modules|\.ts\b|\.js\b|\.cypher\b/],
  ['Cypher', /\b(MATCH|UNWIND|RETURN|OPTIONAL MATCH|CALL \{)\b|Cypher/],
  ['driver', /Neo4jError|Neo\.(Client|Transient|Database)Error|neo4j-driver|bolt:\/\//i],
];

/**
 * The kinds of internals found in the errors of a response (its data is curated text). `echoes`
 * are the client's own strings, which an error may quote back ("No issue with slug …").
 */
export function leaksIn(response: GraphQLResponse, echoes: readonly string[] = []): string[] {
  let errors = JSON.stringify(response.errors ?? []);
  for (const echo of echoes) {
    for (const form of [
      JSON.stringify(JSON.stringify(echo)).slice(3, -3),
      JSON.stringify(echo).slice(1, -1),
    ]) {
      if (form.length >= 3) errors = errors.split(form).join('');
    }
  }
  return INTERNALS.filter(([, pattern]) => pattern.test(errors)).map(([kind]) => kind);
}

/**
 * A real pino logger that keeps what the server logs at error level or worse, to assert that
 * nothing was logged (a log-flood vector) — and shows it if something was.
 */
export function recordingLogger(): Logger & { errors: { message: string; error: unknown }[] } {
  const errors: { message: string; error: unknown }[] = [];
  const logger = pino(
    { level: 'error' },
    {
      write(line: string) {
        const entry = JSON.parse(line) as { msg?: string; err?: unknown };
        errors.push({ message: entry.msg ?? '', error: entry.err });
      },
    },
  );
  return Object.assign(logger, { errors });
}

/** The median of some numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

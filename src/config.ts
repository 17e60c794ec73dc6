/**
 * Reads and validates the environment once. Everything else receives a Config and never reads
 * process.env itself, so tests can build a server with any configuration.
 */
import path from 'node:path';
import { z } from 'zod';
import { LimitsEnvSchema, limitsFromEnv, type Limits } from './limits/limits.config';
import { repoRoot } from './paths';

const port = z.coerce.number().int().min(1).max(65535);
const milliseconds = z.coerce.number().int().positive();

const EnvSchema = z.object({
  PORT: port.default(4000),
  HOST: z.string().min(1).optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'must start with bolt://, neo4j://, neo4j+s:// or bolt+s://')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_LOCAL_HOME: z.string().min(1).optional(),
  NEO4J_LOCAL_PORT: port.default(7687),
  NEO4J_CONNECT_TIMEOUT_MS: milliseconds.default(60_000),
  NEO4J_QUERY_TIMEOUT_MS: milliseconds.default(15_000),
  CORPUS_DIR: z.string().min(1).optional(),
  SEED_ON_START: z.enum(['auto', 'always', 'never']).default('auto'),
  ...LimitsEnvSchema.shape,
});

export interface Config {
  port: number;
  /** Undefined: listen on every interface, as Node does by default. */
  host: string | undefined;
  /** Development shows error details; production and test mask them. */
  environment: 'development' | 'production' | 'test';
  neo4j: {
    /** Undefined: start the local Neo4j from tools/neo4j-local. */
    uri: string | undefined;
    user: string;
    password: string;
    database: string;
    localHome: string;
    localPort: number;
    /** How long start-up keeps retrying an unreachable database before giving up. */
    connectTimeoutMs: number;
    /** Per-transaction timeout sent with every query. */
    queryTimeoutMs: number;
  };
  articlesDir: string;
  seedOnStart: 'auto' | 'always' | 'never';
  /** Operation limits and the per-request budget (src/limits/). */
  limits: Limits;
}

/** A configuration problem, reported as one line at start-up. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses `env`; throws ConfigError naming every invalid variable. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
    throw new ConfigError(`invalid environment: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  const root = repoRoot();
  return {
    port: e.PORT,
    host: e.HOST,
    environment: e.NODE_ENV,
    neo4j: {
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      localHome: path.resolve(root, e.NEO4J_LOCAL_HOME ?? '.data/neo4j'),
      localPort: e.NEO4J_LOCAL_PORT,
      connectTimeoutMs: e.NEO4J_CONNECT_TIMEOUT_MS,
      queryTimeoutMs: e.NEO4J_QUERY_TIMEOUT_MS,
    },
    articlesDir: path.resolve(root, e.CORPUS_DIR ?? 'seed/articles'),
    seedOnStart: e.SEED_ON_START,
    limits: limitsFromEnv(e),
  };
}

/**
 * Reads and validates the environment once. Everything else receives a Config and never reads
 * process.env itself, so tests can build a server with any configuration.
 */
import path from 'node:path';
import { z } from 'zod';
import { LimitsEnvSchema, limitsFromEnv, type Limits } from './limits/limits.config';
import { type AuthConfig } from './auth/auth-config';
import { LOG_LEVELS, type LogLevel } from './logger';
import { repoRoot } from './paths';

const port = z.coerce.number().int().min(1).max(65535);
const milliseconds = z.coerce.number().int().positive();
/** 0 switches the limit off. */
const limit = z.coerce.number().int().min(0);

const EnvSchema = z.object({
  PORT: port.default(4000),
  // Loopback unless asked: exposing the API is a decision, not an accident.
  HOST: z.string().min(1).default('127.0.0.1'),
  // Unset means production: the mode that masks internal messages is the safe one to fall into.
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  LOG_LEVEL: z.enum(LOG_LEVELS).optional(),
  REQUEST_TIMEOUT_MS: milliseconds.default(20_000),
  RATE_LIMIT_PER_MINUTE: limit.default(600),
  CLIENT_MAX_CONCURRENCY: limit.default(8),
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter((origin) => origin !== ''),
    )
    .pipe(z.array(z.string().regex(/^https?:\/\/[^/\s]+$/, 'must be origins like https://app.example.org'))),
  TRUST_PROXY: limit.default(0),
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
  NEO4J_POOL_SIZE: z.coerce.number().int().positive().default(100),
  NEO4J_ACQUISITION_TIMEOUT_MS: milliseconds.default(5_000),
  NEO4J_HEALTH_INTERVAL_MS: milliseconds.default(1_000),
  NEO4J_RESTART_MAX: limit.default(5),
  NEO4J_RESTART_BACKOFF_MS: milliseconds.default(1_000),
  CORPUS_DIR: z.string().min(1).optional(),
  SEED_ON_START: z.enum(['auto', 'always', 'never']).default('auto'),
  READ_REQUIRES_AUTH: z.enum(['true', 'false']).default('false'),
  AUTH_JWKS_URL: z.url({ protocol: /^https?$/ }).optional(),
  AUTH_ISSUER: z.string().min(1).optional(),
  AUTH_AUDIENCE: z.string().min(1).optional(),
  AUTH_ROLES_CLAIM: z.string().min(1).default('roles'),
  ...LimitsEnvSchema.shape,
});

export interface Config {
  port: number;
  /** 127.0.0.1 unless HOST says otherwise. */
  host: string;
  /** Development shows error details; production (the default) and test mask them. */
  environment: 'development' | 'production' | 'test';
  /** Undefined: info (warn under jest). */
  logLevel: LogLevel | undefined;
  http: {
    /** Overall deadline of one HTTP request; past it the client gets REQUEST_TIMEOUT. */
    requestTimeoutMs: number;
    /** Requests per client IP per minute; 0 = no limit. */
    rateLimitPerMinute: number;
    /** Requests one client IP may have in flight at once; 0 = no limit. */
    clientMaxConcurrency: number;
    /** Origins allowed to call the API from a browser; empty = same origin only. */
    corsOrigins: string[];
    /** Proxies in front of the service whose X-Forwarded-For is believed (Express `trust proxy`). */
    trustProxy: number;
  };
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
    /** Driver connection pool size, and how long a query waits for a connection (then DATABASE_BUSY). */
    poolSize: number;
    acquisitionTimeoutMs: number;
    /** How often the health check asks Neo4j whether it answers. */
    healthIntervalMs: number;
    /** Restarts of the local Neo4j in a row before the service gives up and exits 1. */
    restartMax: number;
    /** First restart delay; doubles per failed attempt, up to 30 s. */
    restartBackoffMs: number;
  };
  articlesDir: string;
  seedOnStart: 'auto' | 'always' | 'never';
  /** Operation limits and the per-request budget (src/limits/). */
  limits: Limits;
  auth: AuthConfig;
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
  const jwtSet = [e.AUTH_JWKS_URL, e.AUTH_ISSUER, e.AUTH_AUDIENCE].filter((value) => value !== undefined);
  if (jwtSet.length !== 0 && jwtSet.length !== 3) {
    throw new ConfigError(
      'invalid environment: AUTH_JWKS_URL, AUTH_ISSUER and AUTH_AUDIENCE go together: set all three or none',
    );
  }
  const root = repoRoot();
  return {
    port: e.PORT,
    host: e.HOST,
    environment: e.NODE_ENV,
    logLevel: e.LOG_LEVEL,
    http: {
      requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
      rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
      clientMaxConcurrency: e.CLIENT_MAX_CONCURRENCY,
      corsOrigins: e.CORS_ORIGINS,
      trustProxy: e.TRUST_PROXY,
    },
    neo4j: {
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      localHome: path.resolve(root, e.NEO4J_LOCAL_HOME ?? '.data/neo4j'),
      localPort: e.NEO4J_LOCAL_PORT,
      connectTimeoutMs: e.NEO4J_CONNECT_TIMEOUT_MS,
      queryTimeoutMs: e.NEO4J_QUERY_TIMEOUT_MS,
      poolSize: e.NEO4J_POOL_SIZE,
      acquisitionTimeoutMs: e.NEO4J_ACQUISITION_TIMEOUT_MS,
      healthIntervalMs: e.NEO4J_HEALTH_INTERVAL_MS,
      restartMax: e.NEO4J_RESTART_MAX,
      restartBackoffMs: e.NEO4J_RESTART_BACKOFF_MS,
    },
    articlesDir: path.resolve(root, e.CORPUS_DIR ?? 'seed/articles'),
    seedOnStart: e.SEED_ON_START,
    limits: limitsFromEnv(e),
    auth: {
      readRequiresAuth: e.READ_REQUIRES_AUTH === 'true',
      jwt:
        e.AUTH_JWKS_URL === undefined || e.AUTH_ISSUER === undefined || e.AUTH_AUDIENCE === undefined
          ? undefined
          : {
              jwksUrl: e.AUTH_JWKS_URL,
              issuer: e.AUTH_ISSUER,
              audience: e.AUTH_AUDIENCE,
              rolesClaim: e.AUTH_ROLES_CLAIM,
            },
    },
  };
}

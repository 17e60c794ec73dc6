/**
 * The limits every GraphQL request runs under, read from the environment by src/config.ts.
 * Defaults let every query in the README and the playground through and stop the ones that
 * multiply (lists inside lists inside lists) before they run.
 */
import { z } from 'zod';

const count = z.coerce.number().int().positive();

export const LimitsEnvSchema = z.object({
  GRAPHQL_MAX_DEPTH: count.default(10),
  GRAPHQL_MAX_ALIASES: count.default(15),
  GRAPHQL_MAX_DIRECTIVES: count.default(20),
  GRAPHQL_MAX_TOKENS: count.default(2_000),
  GRAPHQL_MAX_COST: count.default(10_000),
  GRAPHQL_INTROSPECTION: z.enum(['true', 'false']).default('true'),
  RESPONSE_MAX_BYTES: count.default(5_000_000),
  EXECUTION_TIMEOUT_MS: count.default(10_000),
});

export interface Limits {
  /** Deepest selection set, fields counted from the root (introspection excluded). */
  maxDepth: number;
  /** Aliased fields per operation, fragments included (`__typename` excluded). */
  maxAliases: number;
  maxDirectives: number;
  /** Lexical tokens per document, counted before it is parsed. */
  maxTokens: number;
  /** Estimated cost (see cost.ts): list fields multiply their selection by `first` or an expected size. */
  maxCost: number;
  /** Whether introspection is on; only `false` in production turns it off. */
  introspection: boolean;
  /** Estimated size of one response (names and values); past it, execution stops. */
  responseMaxBytes: number;
  /** Wall-clock budget of one operation's execution, database calls included. */
  executionTimeoutMs: number;
}

export const defaultLimits: Limits = limitsFromEnv(LimitsEnvSchema.parse({}));

/** Maps the parsed environment to Limits. */
export function limitsFromEnv(env: z.infer<typeof LimitsEnvSchema>): Limits {
  return {
    maxDepth: env.GRAPHQL_MAX_DEPTH,
    maxAliases: env.GRAPHQL_MAX_ALIASES,
    maxDirectives: env.GRAPHQL_MAX_DIRECTIVES,
    maxTokens: env.GRAPHQL_MAX_TOKENS,
    maxCost: env.GRAPHQL_MAX_COST,
    introspection: env.GRAPHQL_INTROSPECTION === 'true',
    responseMaxBytes: env.RESPONSE_MAX_BYTES,
    executionTimeoutMs: env.EXECUTION_TIMEOUT_MS,
  };
}

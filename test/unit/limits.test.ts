import { GraphQLError, parse } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { ConfigError, readConfig } from '../../src/config';
import { createFormatError } from '../../src/errors';
import { costEstimator } from '../../src/limits/cost';
import { countTokens } from '../../src/limits/operation-limits';
import { RequestBudget } from '../../src/limits/request-budget';
import { buildAppSchema } from '../../src/schema/build-schema';
import { parseIsoDate } from '../../src/schema/scalars';
import { NESTED_STATEMENTS } from '../helpers/hostile-queries';

async function cost(query: string): Promise<number> {
  return getComplexity({ schema: await buildAppSchema(), query: parse(query), estimators: [costEstimator] });
}

describe('the cost model', () => {
  it('multiplies a list by its first and a connection by its first', async () => {
    // issues: 1 + 2 × (statements: 1 + 3 × 1); scalars cost nothing.
    expect(await cost('{ issues(first: 2) { slug statements(first: 3) { text } } }')).toBe(9);
    // people: 1 + 5 × (edges → node: 1)
    expect(await cost('{ people(first: 5) { edges { node { id name } } } }')).toBe(6);
  });

  it('uses the default first (50) when it is omitted, and 10 for lists without first', async () => {
    expect(await cost('{ issues { slug } }')).toBe(51);
    expect(await cost('{ statement(id: "x") { issues { slug } } }')).toBe(1 + 1 + 10);
  });

  it('prices the README example at 621, and 10,121 with a larger inner first', async () => {
    const example =
      '{ statements(first: 10) { edges { node { issues { statements(first: 5) { text } } } } } }';
    expect(await cost(example)).toBe(621);
    expect(await cost(example.replace('first: 5', 'first: 100'))).toBe(10_121);
  });

  it('prices the nested statements query of issue 8 far over the default limit', async () => {
    expect(await cost(NESTED_STATEMENTS)).toBeGreaterThan(1_000_000_000);
  });
});

describe('the token count', () => {
  it('counts punctuation, names and values, and stops at a lexical error', () => {
    expect(countTokens('{ a(first: 1) { b } }')).toBe(11);
    expect(countTokens('{ a ~ b }')).toBe(2);
  });
});

describe('the request budget', () => {
  it('throws RESPONSE_TOO_LARGE past the byte limit, and on every charge after', () => {
    const budget = new RequestBudget({ responseMaxBytes: 10, executionTimeoutMs: 60_000 });
    budget.charge(10);
    expect(() => budget.charge(1)).toThrow(/grew past 10 bytes/);
    expect(() => budget.charge(0)).toThrow(/grew past 10 bytes/);
    expect(budget.exceeded?.extensions.code).toBe('RESPONSE_TOO_LARGE');
  });
});

describe('the limits configuration', () => {
  it('has documented defaults and reads overrides', () => {
    expect(readConfig({}).limits).toEqual({
      maxDepth: 10,
      maxAliases: 15,
      maxDirectives: 20,
      maxTokens: 2000,
      maxCost: 10_000,
      introspection: true,
      responseMaxBytes: 5_000_000,
      executionTimeoutMs: 10_000,
    });
    const limits = readConfig({ GRAPHQL_MAX_COST: '500', GRAPHQL_INTROSPECTION: 'false' }).limits;
    expect(limits.maxCost).toBe(500);
    expect(limits.introspection).toBe(false);
  });

  it('refuses a limit that is not a positive integer', () => {
    expect(() => readConfig({ GRAPHQL_MAX_DEPTH: '0' })).toThrow(ConfigError);
    expect(() => readConfig({ GRAPHQL_INTROSPECTION: 'maybe' })).toThrow(/GRAPHQL_INTROSPECTION/);
  });
});

describe('formatError', () => {
  const logged: unknown[] = [];
  const logger = { error: (_message: string, error: unknown) => logged.push(error) };

  it('answers an uncoded 4xx error from Apollo (a persisted-query hash mismatch) as BAD_REQUEST, unlogged', () => {
    const error = new GraphQLError('provided sha does not match query', {
      extensions: { http: { status: 400 } },
    });
    const formatted = createFormatError({ development: false, logger })(
      { message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      error,
    );
    expect(formatted).toEqual({ message: error.message, extensions: { code: 'BAD_REQUEST' } });
    expect(logged).toEqual([]);
  });

  it('drops "Did you mean" suggestions when asked to', () => {
    const message = 'Cannot query field "versio" on type "ServerInfo". Did you mean "version"?';
    const error = new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    const format = (hideSuggestions: boolean) =>
      createFormatError({ development: false, logger, hideSuggestions })(
        { message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
        error,
      ).message;
    expect(format(true)).toBe('Cannot query field "versio" on type "ServerInfo".');
    expect(format(false)).toBe(message);
  });
});

describe('the Date scalar', () => {
  it('accepts years 0001 to 0099 as written', () => {
    expect(parseIsoDate('0001-01-01')).toBe('0001-01-01');
    expect(parseIsoDate('0099-12-31')).toBe('0099-12-31');
    expect(parseIsoDate('0004-02-29')).toBe('0004-02-29');
  });

  it('still refuses dates that do not exist', () => {
    expect(() => parseIsoDate('0100-02-29')).toThrow(/Invalid Date/);
    expect(() => parseIsoDate('2011-02-30')).toThrow(/Invalid Date/);
    expect(() => parseIsoDate('0003-02-29')).toThrow(/Invalid Date/);
  });
});

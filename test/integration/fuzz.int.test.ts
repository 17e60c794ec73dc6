/**
 * Schema-driven fuzzing: operations generated from the schema the server introspects, with a
 * seeded generator (FUZZ_SEED reproduces a run), about a quarter of them broken on purpose.
 * Whatever they ask, the server answers below 500, leaks nothing internal, logs no server
 * error and answers within the execution deadline.
 */
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { defaultLimits } from '../../src/limits/limits.config';
import { leaksIn, post, recordingLogger, type RawResponse } from '../helpers/http';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { mulberry32 } from '../../src/prng';

const OPERATIONS = 2_000;
const CONCURRENCY = 4;
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_129);

/** Strings no argument expects; errors may quote them back, which is not a leak. */
const HOSTILE_STRINGS = [
  '',
  ' ',
  'a AND OR (',
  '*',
  '"unterminated',
  'nul\u0000byte',
  'x'.repeat(300),
  '🙂 ünïcödé',
  "'; MATCH (n) DETACH DELETE n //",
  '${jndi:ldap://x}',
];

class Generator {
  private readonly random: () => number;

  constructor(
    seed: number,
    private readonly schema: GraphQLSchema,
    private readonly ids: string[],
    private readonly words: string[],
  ) {
    this.random = mulberry32(seed);
  }

  private chance(p: number): boolean {
    return this.random() < p;
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)];
  }

  private int(): number {
    if (this.chance(0.8)) return this.pick([1, 2, 3, 5, 10, 20, 50, 100]);
    return this.pick([0, -1, 101, 100_000, 2_147_483_647]);
  }

  private string(): string {
    return this.pick([...this.words, ...HOSTILE_STRINGS]);
  }

  private value(type: GraphQLInputType, depth = 0): string {
    const nullable = getNullableType(type);
    if (isListType(nullable)) return `[${this.value(nullable.ofType, depth + 1)}]`;
    if (isEnumType(nullable)) {
      return this.chance(0.9) ? this.pick(nullable.getValues()).name : 'NOT_A_VALUE';
    }
    if (isInputObjectType(nullable)) {
      const fields = Object.values(nullable.getFields()).filter(
        (field) => isNonNullType(field.type) || this.chance(0.4),
      );
      return `{ ${fields.map((field) => `${field.name}: ${this.value(field.type, depth + 1)}`).join(', ')} }`;
    }
    switch (nullable.name) {
      case 'Int':
        return String(this.int());
      case 'Float':
        return this.pick(['0', '1.5', '-3', '1e308']);
      case 'Boolean':
        return this.pick(['true', 'false']);
      case 'ID':
        return JSON.stringify(this.chance(0.8) ? this.pick(this.ids) : this.string());
      case 'Date':
        return JSON.stringify(this.pick(['2011-07-01', '2011-06-24', '0001-01-01', '2011-02-30', 'soon']));
      default:
        return JSON.stringify(this.string());
    }
  }

  private args(args: readonly GraphQLArgument[]): string {
    const given = args.filter((arg) => isNonNullType(arg.type) || this.chance(0.35));
    if (given.length === 0) return '';
    return `(${given.map((arg) => `${arg.name}: ${this.value(arg.type)}`).join(', ')})`;
  }

  private selection(type: GraphQLNamedType, depth: number): string {
    if (isUnionType(type) || isInterfaceType(type)) {
      const possible = this.schema.getPossibleTypes(type);
      const parts = ['__typename'];
      if (isInterfaceType(type) && this.chance(0.7)) parts.push(this.fields(type.getFields(), depth));
      if (this.chance(0.5)) {
        const concrete = this.pick(possible);
        parts.push(`... on ${concrete.name} { ${this.selection(concrete, depth)} }`);
      }
      return parts.filter(Boolean).join(' ');
    }
    if (isObjectType(type)) return this.fields(type.getFields(), depth) || '__typename';
    return '';
  }

  private fields(fields: Record<string, GraphQLField<unknown, unknown>>, depth: number): string {
    const all = Object.values(fields);
    const count = 1 + Math.floor(this.random() * 4);
    const chosen = new Set<GraphQLField<unknown, unknown>>();
    for (let i = 0; i < count; i += 1) chosen.add(this.pick(all));
    return [...chosen]
      .map((field) => {
        const named = getNamedType(field.type);
        if (isLeafType(named)) return `${field.name}${this.args(field.args)}`;
        if (depth <= 0) return '';
        return `${field.name}${this.args(field.args)} { ${this.selection(named, depth - 1)} }`;
      })
      .filter(Boolean)
      .join(' ');
  }

  /** A valid-looking query over 1 to 3 root fields, up to `depth` levels. */
  private query(): string {
    const root = this.schema.getQueryType();
    if (root === null || root === undefined) throw new Error('no Query type');
    const fields = Object.values(root.getFields());
    const count = 1 + Math.floor(this.random() * 3);
    const depth = 1 + Math.floor(this.random() * 6);
    const parts = Array.from({ length: count }, (_, index) => {
      const field = this.pick(fields);
      const named = getNamedType(field.type);
      const selection = isLeafType(named) ? '' : ` { ${this.selection(named, depth)} }`;
      return `f${index}: ${field.name}${this.args(field.args)}${selection}`;
    });
    return `{ ${parts.join(' ')} }`;
  }

  /** The next operation: valid-looking, or broken in one of several ways. */
  next(): { kind: 'valid' | 'broken'; body: unknown } {
    const query = this.query();
    if (this.chance(0.75)) return { kind: 'valid', body: { query } };
    const broken = this.pick([
      () => ({ query: query.slice(0, Math.floor(this.random() * query.length)) }),
      () => ({ query: query.replace('{', '{ notAField ') }),
      () => ({ query: `mutation ${query}` }),
      () => ({ query: `subscription ${query}` }),
      () => ({ query: query.replace(/\([^()]*\)/, '(first: "ten")') }),
      () => ({ query: query.replace(/ \{ [^{}]* \}/, '') }),
      () => ({
        query: `query ($x: Int) ${query.replace(/first: -?\d+/, 'first: $x')}`,
        variables: { x: 'many' },
      }),
      () => ({ query: `${query} fragment F on Query { ...F }` }),
      () => ({ query, operationName: 'Missing' }),
      () => ({ query: 42 }),
      () => ({ variables: { a: 1 } }),
      () => `{"query": ${JSON.stringify(query)}`,
    ]);
    return { kind: 'broken', body: broken() };
  }
}

const logger = recordingLogger();
let server: TestServer;
let schema: GraphQLSchema;
let ids: string[];
let words: string[];

beforeAll(async () => {
  server = await startTestServer({ logger });
  const introspection = await server.graphql<IntrospectionQuery>(getIntrospectionQuery());
  schema = buildClientSchema(introspection.data as IntrospectionQuery);
  const data = (
    await server.graphql<{
      people: { edges: { node: { id: string } }[] };
      organizations: { edges: { node: { id: string; key: string } }[] };
      articles: { edges: { node: { id: string } }[] };
      statements: { edges: { node: { id: string } }[] };
      issues: { id: string; slug: string }[];
      events: { id: string }[];
      figures: { measure: string }[];
    }>(
      `{ people(first: 20) { edges { node { id } } } organizations(first: 20) { edges { node { id key } } }
         articles(first: 5) { edges { node { id } } } statements(first: 20) { edges { node { id } } }
         issues { id slug } events(first: 10) { id } figures(first: 10) { measure } }`,
    )
  ).data;
  if (data === null || data === undefined) throw new Error('no fixture data');
  ids = [
    ...data.people.edges.map((edge) => edge.node.id),
    ...data.organizations.edges.map((edge) => edge.node.id),
    ...data.articles.edges.map((edge) => edge.node.id),
    ...data.statements.edges.map((edge) => edge.node.id),
    ...data.issues.map((issue) => issue.id),
    ...data.events.map((event) => event.id),
  ];
  words = [
    ...data.issues.map((issue) => issue.slug),
    ...data.organizations.edges.map((edge) => edge.node.key),
    ...data.figures.map((figure) => figure.measure),
    'sebac-2011-ratification',
    'union',
    'bargaining table',
  ];
});
afterAll(async () => {
  await server.close();
});

describe('schema-driven fuzzing', () => {
  it(`answers ${OPERATIONS} generated operations below 500, within the deadline, leaking nothing`, async () => {
    const generator = new Generator(SEED, schema, ids, words);
    const operations = Array.from({ length: OPERATIONS }, () => generator.next());
    const outcomes = new Map<string, number>();
    const problems: string[] = [];
    let slowest = 0;
    let next = 0;
    const started = Date.now();

    const record = (operation: { kind: string; body: unknown }, response: RawResponse) => {
      const codes = [...new Set((response.body.errors ?? []).map((error) => error.extensions?.code))];
      const outcome = `${operation.kind} ${response.status} ${codes.length === 0 ? 'data' : codes.join('+')}`;
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      slowest = Math.max(slowest, response.ms);
      const describe = JSON.stringify(operation.body).slice(0, 300);
      if (response.status >= 500) problems.push(`HTTP ${response.status}: ${describe}`);
      if (codes.includes('INTERNAL_SERVER_ERROR')) problems.push(`INTERNAL_SERVER_ERROR: ${describe}`);
      const leaks = leaksIn(response.body, HOSTILE_STRINGS);
      if (leaks.length > 0)
        problems.push(`leaks ${leaks.join(', ')}: ${describe} → ${response.text.slice(0, 300)}`);
      if (response.ms > defaultLimits.executionTimeoutMs) problems.push(`${response.ms} ms: ${describe}`);
    };

    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < operations.length) {
          const operation = operations[next];
          next += 1;
          record(operation, await post(server.url, operation.body));
        }
      }),
    );

    const lines = [...outcomes]
      .sort((a, b) => b[1] - a[1])
      .map(([outcome, count]) => `  ${count} × ${outcome}`);
    console.log(
      `fuzz (seed ${SEED}): ${OPERATIONS} operations in ${((Date.now() - started) / 1000).toFixed(1)} s, ` +
        `slowest ${slowest.toFixed(0)} ms, ${problems.length} problems, ${logger.errors.length} server errors logged\n` +
        lines.join('\n'),
    );
    expect(problems).toEqual([]);
    expect(logger.errors.map((entry) => `${entry.message}: ${String(entry.error)}`)).toEqual([]);
    expect(slowest).toBeLessThan(defaultLimits.executionTimeoutMs);
    // Generous: nearly every generated selection is a new query text, which Neo4j plans afresh
    // (70–250 ms each for the composed root statements on the seed, see bench/RESULTS.md); 2 000
    // of them took 58 s alone on the 2-core machine, and CI shares it.
  }, 240_000);
});

/**
 * Small helpers for the analyst API integration tests: assertions on GraphQL responses, ids
 * looked up through the API, and the curated seed (YAML) and corpus the expectations come from.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { readConfig } from '../../src/config';
import { type GraphQLResponse, type TestServer } from './test-server';

export type GraphQLError = NonNullable<GraphQLResponse['errors']>[number];

/** Words an error message must never show a client: they betray the database or a stack. */
const LEAKS = ['Neo4j', 'Cypher', 'MATCH', 'at /'];

function hasKeyDeep(value: unknown, key: string): boolean {
  if (Array.isArray(value)) return value.some((item) => hasKeyDeep(item, key));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).some(([name, inner]) => name === key || hasKeyDeep(inner, key));
  }
  return false;
}

/** Every error of the response keeps the server's internals to itself. */
export function expectNoLeak(response: GraphQLResponse<unknown>): void {
  for (const error of response.errors ?? []) {
    expect(hasKeyDeep(error.extensions ?? {}, 'stacktrace')).toBe(false);
    for (const leak of LEAKS) expect(error.message).not.toContain(leak);
  }
}

/** Asserts the response failed with `code` (and leaks nothing); returns the first error. */
export function expectErrorCode(response: GraphQLResponse<unknown>, code: string): GraphQLError {
  expectNoLeak(response);
  const errors = response.errors ?? [];
  expect(errors.length).toBeGreaterThan(0);
  expect(errors.map((error) => error.extensions?.code)).toEqual(errors.map(() => code));
  return errors[0];
}

/** Asserts the response succeeded and returns its data. */
export function expectData<T>(response: GraphQLResponse<T>): T {
  expectNoLeak(response);
  expect(response.errors).toBeUndefined();
  expect(response.data).toBeTruthy();
  return response.data as T;
}

export interface Named {
  id: string;
  key: string;
  name: string;
}

/** Every person and organization by curated key, with the global id the API gives it. */
export async function stakeholdersByKey(server: TestServer): Promise<Map<string, Named>> {
  const data = expectData(
    await server.graphql<{
      people: { edges: { node: Named }[] };
      organizations: { edges: { node: Named }[] };
    }>(
      `{
        people(first: 100) { edges { node { id key name } } }
        organizations(first: 100) { edges { node { id key name } } }
      }`,
    ),
  );
  const all = [...data.people.edges, ...data.organizations.edges].map((edge) => edge.node);
  return new Map(all.map((node) => [node.key, node]));
}

/** The global id of a stakeholder, failing loudly when the seed has no such key. */
export function idOf(stakeholders: Map<string, Named>, key: string): string {
  const stakeholder = stakeholders.get(key);
  if (stakeholder === undefined) throw new Error(`no stakeholder ${key} in the API`);
  return stakeholder.id;
}

export interface ArticleRef {
  id: string;
  key: string;
}

/** Every article by curated key, with the global id the API gives it. */
export async function articlesByKey(server: TestServer): Promise<Map<string, ArticleRef>> {
  const data = expectData(
    await server.graphql<{ articles: { edges: { node: ArticleRef }[] } }>(
      '{ articles(first: 100) { edges { node { id key } } } }',
    ),
  );
  return new Map(data.articles.edges.map((edge) => [edge.node.key, edge.node]));
}

interface SeedDate {
  date: string;
}

export interface SeedStatement {
  id: string;
  text: string;
  article: string;
  speaker?: string;
  onBehalfOf?: string;
  saidOn?: SeedDate;
  issues?: string[];
}

export interface SeedPosition {
  id: string;
  holder: string;
  issue: string;
  stance: string;
  asOf: SeedDate;
  confidence: number;
  evidence: string[];
}

export interface SeedArticle {
  key: string;
  file: string;
  /** The article's text. */
  corpus: string;
}

export interface Seed {
  articles: Map<string, SeedArticle>;
  statements: SeedStatement[];
  positions: SeedPosition[];
}

interface ArticleFileYaml {
  /** The article's id: its text is seed/articles/<id>.txt. */
  article: string;
  statements: Omit<SeedStatement, 'article'>[];
  positions?: SeedPosition[];
}

let cachedSeed: Seed | undefined;

/** Reads seed/data/*.yaml and the article texts they name (once per test file). */
export function readSeed(): Seed {
  if (cachedSeed !== undefined) return cachedSeed;
  const dataDir = path.resolve(__dirname, '../../seed/data');
  const articlesDir = readConfig().articlesDir;
  const seed: Seed = { articles: new Map(), statements: [], positions: [] };
  for (const file of readdirSync(dataDir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()) {
    if (file === 'entities.yaml') continue;
    const doc = parse(readFileSync(path.join(dataDir, file), 'utf8')) as ArticleFileYaml;
    const key = doc.article;
    const textFile = `${key}.txt`;
    const corpus = readFileSync(path.join(articlesDir, textFile), 'utf8');
    seed.articles.set(key, { key, file: textFile, corpus });
    seed.statements.push(...doc.statements.map((statement) => ({ ...statement, article: key })));
    seed.positions.push(...(doc.positions ?? []));
  }
  cachedSeed = seed;
  return seed;
}

/** The corpus text of an article, by its curated key. */
export function corpusOf(articleKey: string): string {
  const article = readSeed().articles.get(articleKey);
  if (article === undefined) throw new Error(`no article ${articleKey} in the seed`);
  return article.corpus;
}

/** Sorted copy, for comparing sets of names or keys. */
export function sorted(values: Iterable<string>): string[] {
  return [...values].sort();
}

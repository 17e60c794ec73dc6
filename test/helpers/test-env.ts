import { type LocalNeo4j } from '../../src/db';

declare global {
  var __localNeo4j: LocalNeo4j | undefined;
}

export const TEST_ENV = { uri: 'STAKEHOLDER_GRAPH_TEST_NEO4J_URI' } as const;

/** The URI the global setup chose; fails loudly when a test runs outside the integration project. */
export function testNeo4jUri(): string {
  const uri = process.env[TEST_ENV.uri];
  if (uri === undefined) throw new Error('integration tests must run through jest with the global setup');
  return uri;
}

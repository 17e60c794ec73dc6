/**
 * The README's questions as a load generator asks them: the playground's read examples, with the
 * ids they ask a user to paste looked up the way the playground says, plus two more questions.
 * Shared by bench/soak.ts and bench/readme-p50.ts.
 */
import { playgroundExamples } from '../src/playground/examples';

export interface Operation {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

async function graphql<T>(baseUrl: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors !== undefined || body.data === undefined) {
    throw new Error(`setup query failed: ${JSON.stringify(body.errors)}`);
  }
  return body.data;
}

/** The ids the examples ask a user to paste, looked up the way the playground tells them to. */
export async function operations(baseUrl: string): Promise<Operation[]> {
  const found = await graphql<{ search: { node: { id: string; __typename: string } }[] }>(
    baseUrl,
    '{ search(text: "Dannel Malloy", first: 1) { node { id __typename } } }',
  );
  const orgs = await graphql<{ organizations: { edges: { node: { id: string; name: string } }[] } }>(
    baseUrl,
    '{ organizations(first: 100) { edges { node { id name } } } }',
  );
  const malloy = found.search[0]?.node.id;
  const sebac = orgs.organizations.edges.find((edge) => /SEBAC|Coalition/i.test(edge.node.name))?.node.id;
  if (malloy === undefined || sebac === undefined)
    throw new Error('cannot find Malloy and SEBAC: is the graph seeded?');
  const withIds: Record<string, Record<string, unknown>> = {
    GovernorTimeline: { holderId: malloy },
    Connections: { fromId: malloy, toId: sebac },
  };
  // The read examples only: the mutations need a token and would change the graph.
  const reads = playgroundExamples.filter((example) => example.headers === undefined);
  const examples: Operation[] = reads.map((example) => ({
    name: example.name,
    query: example.query,
    variables: withIds[example.name],
  }));
  return [
    ...examples,
    {
      name: 'WhoSpeaksForSebac',
      query:
        'query WhoSpeaksForSebac($id: ID!) { organization(id: $id) { spokespeople { person { name } titles evidence { text } } } }',
      variables: { id: sebac },
    },
    {
      name: 'PlannedLayoffs',
      query:
        'query PlannedLayoffs { figures(measure: "planned-layoffs") { value qualifier asReported article { id } } }',
    },
  ];
}

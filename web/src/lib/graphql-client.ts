/**
 * The whole GraphQL client: one POST to /graphql per call with a document the codegen typed.
 * Views make one call each (the browser test counts them), so there is no cache to keep.
 */
import type { TypedDocumentString } from '../gql/graphql';

export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Runs `document` with `variables`; resolves with its data or rejects with the first error. */
export async function execute<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TResult> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
    },
    body: JSON.stringify({ query: document.toString(), variables }),
    signal,
  });
  const contentType = response.headers.get('content-type') ?? '';
  if (!/json/.test(contentType)) {
    throw new GraphQLRequestError(`The API answered ${response.status} ${response.statusText}.`);
  }
  const body = (await response.json()) as GraphQLResponse<TResult>;
  const [first] = body.errors ?? [];
  if (first) throw new GraphQLRequestError(first.message, first.extensions?.code);
  if (body.data == null) throw new GraphQLRequestError(`The API answered ${response.status} with no data.`);
  return body.data;
}

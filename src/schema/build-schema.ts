import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from '../auth/auth-checker';
import { resolvers } from '../resolvers';

let cached: Promise<GraphQLSchema> | undefined;

/** Builds the executable schema once per process (type-graphql metadata is global anyway). */
export function buildAppSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers,
    authChecker,
    validate: { forbidUnknownValues: false },
  }).then((schema) => {
    // type-graphql has no option for the root type's description; the playground shows it first.
    const query = schema.getQueryType();
    if (query !== null && query !== undefined) {
      query.description =
        'Who said what, who stands where, and who speaks for whom in public disputes (see `disputes`; the first is the 2011 Connecticut state-employee concessions dispute). Every answer carries its evidence.';
    }
    const mutation = schema.getMutationType();
    if (mutation !== null && mutation !== undefined) {
      mutation.description =
        'Editors change the graph: every mutation needs a Bearer token with the editor role, runs in one transaction and writes an audit entry with it.';
    }
    return schema;
  });
  return cached;
}

/** The SDL as committed in schema.graphql: sorted, so that moving code around changes nothing. */
export async function printAppSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildAppSchema()))}\n`;
}

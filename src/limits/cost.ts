/**
 * The cost model graphql-query-complexity applies to an operation before it runs: a scalar costs
 * nothing, an object field 1 plus its selection, and a list field 1 plus its selection times the
 * number of items it may return — `first` (its default when omitted) where the field takes one,
 * an expected size where it does not. Nested lists therefore multiply, which is exactly how the
 * answer grows.
 */
import { getNamedType, getNullableType, isLeafType, isListType, type GraphQLOutputType } from 'graphql';
import { type ComplexityEstimator } from 'graphql-query-complexity';

/**
 * What one mutation root field costs on top of its selection: a write transaction with its audit
 * entry is worth many reads, and the price bounds how many writes one aliased document can batch.
 */
export const MUTATION_FIELD_COST = 100;

/** Assumed length of a list field without `first` (evidence, aliases, issues of a statement …). */
export const EXPECTED_LIST_SIZE = 10;

function isList(type: GraphQLOutputType): boolean {
  return isListType(getNullableType(type));
}

/** Relay connections carry `first` on the field and return their edges as a list. */
function isConnection(type: GraphQLOutputType): boolean {
  return getNamedType(type).name.endsWith('Connection');
}

export const costEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  // Introspection answers are bounded by the schema, not the data; RESPONSE_MAX_BYTES bounds
  // a pathological one.
  if (type.name.startsWith('__') || field.name.startsWith('__')) return 0;
  if (type.name === 'Mutation') return MUTATION_FIELD_COST + childComplexity;
  const first = typeof args.first === 'number' && args.first > 0 ? args.first : undefined;
  if (isConnection(field.type)) return 1 + (first ?? EXPECTED_LIST_SIZE) * childComplexity;
  if (type.name.endsWith('Connection') && field.name === 'edges') return childComplexity;
  if (isList(field.type)) return 1 + (first ?? EXPECTED_LIST_SIZE) * Math.max(childComplexity, 1);
  return isLeafType(getNamedType(field.type)) ? 0 : 1 + childComplexity;
};

/** Conversions from mutation inputs to what src/write takes, shared by the mutation resolvers. */
import { fromGlobalId } from '../schema/global-id';
import { type DatedInput } from '../schema/position.input';
import { type AsOf } from '../write/position.write';

/** Statement keys from global ids; BAD_USER_INPUT naming `field` when one is not a Statement id. */
export function statementKeys(ids: readonly string[], field = 'input.evidenceIds'): string[] {
  return ids.map((id) => fromGlobalId(id, field, ['Statement']).key);
}

export function dated(input: DatedInput): AsOf {
  return {
    date: input.date,
    precision: input.precision,
    earliest: input.earliest ?? null,
    latest: input.latest ?? null,
    inferred: input.inferred,
    note: input.note ?? null,
  };
}

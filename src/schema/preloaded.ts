/**
 * What a root field's one composed query fetched along with a record (see src/db/compose.ts): the
 * related records by field, so the field resolvers return them instead of asking a loader. A field
 * absent here was not fetched and goes through its loader as before.
 */
export function preloadedOf<R extends object, K extends keyof R>(
  record: R,
  fields: readonly K[],
): Partial<Pick<R, K>> {
  const preloaded: Partial<Pick<R, K>> = {};
  for (const field of fields) {
    if (record[field] !== undefined) preloaded[field] = record[field];
  }
  return preloaded;
}

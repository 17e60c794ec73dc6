import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Throws BAD_USER_INPUT unless `value` is a real calendar date written YYYY-MM-DD. */
export function parseIsoDate(value: unknown): string {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (match !== null) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    // Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear takes the year as written.
    const date = new Date(0);
    date.setUTCFullYear(year, month - 1, day);
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) {
      return value as string;
    }
  }
  throw new GraphQLError(
    `Invalid Date ${JSON.stringify(value)}: expected a calendar date written YYYY-MM-DD, e.g. "2011-07-05".`,
    { extensions: { code: 'BAD_USER_INPUT' } },
  );
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description:
    'A calendar date, YYYY-MM-DD. Where a date is inferred or imprecise, the field beside it says so.',
  serialize: (value) => String(value),
  parseValue: parseIsoDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('Invalid Date: expected a string written YYYY-MM-DD, e.g. "2011-07-05".', {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    return parseIsoDate(ast.value);
  },
});

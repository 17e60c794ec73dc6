/**
 * Variables must be well-formed Unicode. JSON can carry half of a surrogate pair ("\ud800"), and
 * the driver sends strings as UTF-8, where such a half becomes U+FFFD: the graph would hold other
 * text than the client sent, silently (and an ingested article would share its hash with every
 * text that differs from it only there). Strings written into the query itself are already
 * refused by graphql's lexer.
 */
import { type ApolloServerPlugin } from '@apollo/server';
import { ClientError } from '../errors';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The path of the first string in `variables` holding a lone surrogate ("$input.text",
 * "$ids[2]"), or null. Walked with a list rather than recursion: the body may nest deeply.
 */
export function illFormedVariable(variables: Record<string, unknown>): string | null {
  const pending: { value: unknown; path: string }[] = Object.entries(variables).map(([name, value]) => ({
    value,
    path: `$${name}`,
  }));
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { value, path } = next;
    if (typeof value === 'string') {
      if (LONE_SURROGATE.test(value)) return path;
    } else if (Array.isArray(value)) {
      value.forEach((item: unknown, i) => pending.push({ value: item, path: `${path}[${i}]` }));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) pending.push({ value: item, path: `${path}.${key}` });
    }
  }
  return null;
}

export function wellFormedInputPlugin(): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ request }) {
          const at = illFormedVariable(request.variables ?? {});
          if (at !== null) {
            // HTTP 400, as for variables that do not coerce: nothing of the operation ran.
            throw new ClientError(
              `${at} is not well-formed Unicode: it holds half of a surrogate pair (\\uD800–\\uDFFF without its other half). Send the character itself or both halves.`,
              'BAD_USER_INPUT',
              { argument: at, http: { status: 400 } },
            );
          }
          return Promise.resolve();
        },
      });
    },
  };
}

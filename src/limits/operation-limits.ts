/**
 * Limits checked before an operation runs, each answering HTTP 400 with a stable code and the
 * measured value beside the limit: tokens (before parsing), depth, aliases and directives
 * (graphql-armor's validation rules), the operation type (no subscriptions), and the estimated cost
 * (graphql-query-complexity with the model in cost.ts).
 */
import { type ApolloServerPlugin } from '@apollo/server';
import { type RequestHandler } from 'express';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  GraphQLError,
  Lexer,
  OperationTypeNode,
  Source,
  TokenKind,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { BadRequestError, type LimitCode, OperationLimitError } from '../errors';
import { costEstimator } from './cost';
import { type Limits } from './limits.config';

/** graphql-armor words its rejections "… limit of N exceeded, found M."; we keep both numbers. */
const ARMOR_MESSAGE = /limit of (\d+) exceeded, found (\d+)/;

function armorReject(code: LimitCode, what: string, hint: string) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const match = ARMOR_MESSAGE.exec(error.message);
    const [limit, measured] = match === null ? [NaN, NaN] : [Number(match[1]), Number(match[2])];
    context?.reportError(
      new OperationLimitError(
        code,
        `${what} is ${measured}, over the limit of ${limit}. ${hint}`,
        measured,
        limit,
      ),
    );
  };
}

/** graphql-armor's depth, alias and directive rules, reporting our error classes. */
export function operationLimitRules(limits: Limits): ValidationRule[] {
  // propagateOnRejection: false makes armor report through onReject instead of throwing its own
  // error, whose code Apollo would turn into GRAPHQL_VALIDATION_FAILED.
  const common = { exposeLimits: true, propagateOnRejection: false } as const;
  return [
    maxDepthRule({
      ...common,
      n: limits.maxDepth,
      onReject: [armorReject('QUERY_TOO_DEEP', 'The query depth', 'Ask for fewer nested levels.')],
    }),
    maxAliasesRule({
      ...common,
      n: limits.maxAliases,
      onReject: [
        armorReject('TOO_MANY_ALIASES', 'The number of aliases', 'Send fewer aliased fields per request.'),
      ],
    }),
    maxDirectivesRule({
      ...common,
      n: limits.maxDirectives,
      onReject: [armorReject('TOO_MANY_DIRECTIVES', 'The number of directives', 'Use fewer directives.')],
    }),
  ];
}

/**
 * Counts a document's lexical tokens without parsing it (linear, and the body is capped at
 * 100 kB). graphql-armor's token limit replaces graphql-js's parser, which Apollo Server does not
 * let a plugin do; graphql-js's own `maxTokens` parse option does not report the count.
 */
export function countTokens(source: string): number {
  const lexer = new Lexer(new Source(source));
  let tokens = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) tokens += 1;
  } catch {
    // A lexical error: the parser reports it with its position.
  }
  return tokens;
}

/**
 * Express middleware refusing a document with too many tokens before Apollo parses it. It is
 * middleware because Apollo Server answers 500 to anything a plugin throws before parsing.
 */
export function tokenLimit(limits: Pick<Limits, 'maxTokens'>): RequestHandler {
  return (req, res, next) => {
    const body: unknown = req.body;
    const query =
      body !== null && typeof body === 'object' && !Array.isArray(body)
        ? (body as { query?: unknown }).query
        : (req.query as { query?: unknown }).query;
    const tokens = typeof query === 'string' ? countTokens(query) : 0;
    if (tokens <= limits.maxTokens) {
      next();
      return;
    }
    const error = new OperationLimitError(
      'TOO_MANY_TOKENS',
      `The document has ${tokens} tokens, over the limit of ${limits.maxTokens}. Send a shorter document.`,
      tokens,
      limits.maxTokens,
    );
    const { http: _status, ...extensions } = error.extensions;
    res.status(400).json({ errors: [{ message: error.message, extensions }] });
  };
}

/** The Apollo plugin enforcing the operation type and the cost limit. */
export function operationLimitsPlugin(limits: Limits): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ operation, document, request, schema }) {
          // No operation by that name: execution answers OPERATION_RESOLUTION_FAILURE.
          if (operation === undefined) return Promise.resolve();
          // Queries and mutations run; subscriptions have no transport here.
          if (operation.operation === OperationTypeNode.SUBSCRIPTION) {
            throw new BadRequestError(
              'Subscription operations are not supported: send a query or a mutation.',
            );
          }
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [costEstimator],
              maxQueryNodes: 10_000,
            });
          } catch (error) {
            if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) {
              throw new OperationLimitError(
                'QUERY_TOO_COMPLEX',
                'The query expands to more than 10000 fields (fragments spread many times). Simplify it.',
                10_001,
                10_000,
              );
            }
            // Variables that do not coerce: execution rejects them with BAD_USER_INPUT before
            // any resolver runs, so there is nothing to cost.
            return Promise.resolve();
          }
          if (cost > limits.maxCost) {
            throw new OperationLimitError(
              'QUERY_TOO_COMPLEX',
              `The query's estimated cost is ${cost}, over the limit of ${limits.maxCost}. Each list multiplies the cost of what it contains by its first (or expected size): ask for smaller pages or fewer nested lists.`,
              cost,
              limits.maxCost,
            );
          }
          return Promise.resolve();
        },
      });
    },
  };
}

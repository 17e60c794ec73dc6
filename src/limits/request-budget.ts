/**
 * The last line of defence, inside execution: every request gets a budget of response bytes and
 * of wall-clock time. Each resolved field is charged its name and value; past either limit the
 * remaining fields fail without running, and the response is replaced by one error, so one
 * request can neither grow the heap without bound nor hold the database past its deadline.
 * The operation limits (operation-limits.ts) reject almost everything that would get here.
 */
import { type ApolloServerPlugin } from '@apollo/server';
import { type GraphQLFormattedError } from 'graphql';
import { type ClientError, ExecutionTimeoutError, ResponseTooLargeError } from '../errors';
import { type Limits } from './limits.config';

/** JSON punctuation and the quotes around a field name, roughly, per field. */
const FIELD_OVERHEAD = 4;
/** A number, boolean or null as JSON, roughly. */
const SCALAR_SIZE = 8;

export class RequestBudget {
  /** Epoch ms after which the request stops; the database layer shortens its timeouts to it. */
  readonly deadline: number;
  private bytes = 0;
  private failure: ClientError | null = null;

  constructor(private readonly limits: Pick<Limits, 'responseMaxBytes' | 'executionTimeoutMs'>) {
    this.deadline = Date.now() + limits.executionTimeoutMs;
  }

  /** The error that stopped the request, if any. */
  get exceeded(): ClientError | null {
    return this.failure;
  }

  /** Estimated bytes charged so far. */
  get charged(): number {
    return this.bytes;
  }

  /** Charges `bytes`; throws once either limit is passed (and on every call after). */
  charge(bytes: number): void {
    if (this.failure !== null) throw this.failure;
    this.bytes += bytes;
    if (this.bytes > this.limits.responseMaxBytes) {
      this.failure = new ResponseTooLargeError(this.limits.responseMaxBytes);
    } else if (Date.now() > this.deadline) {
      this.failure = new ExecutionTimeoutError(this.limits.executionTimeoutMs);
    }
    if (this.failure !== null) throw this.failure;
  }
}

/** A resolved value's JSON size, roughly; an object's own fields are charged as they resolve. */
function sizeOf(value: unknown): number {
  if (typeof value === 'string') return value.length + 2;
  if (Array.isArray(value)) return value.reduce((sum: number, item: unknown) => sum + 1 + sizeOf(item), 2);
  return value !== null && typeof value === 'object' ? 0 : SCALAR_SIZE;
}

/** Charges every resolved field to the request's budget and reports a stopped request once. */
export function requestBudgetPlugin(): ApolloServerPlugin<{ budget: RequestBudget }> {
  return {
    requestDidStart() {
      return Promise.resolve({
        executionDidStart() {
          return Promise.resolve({
            willResolveField({ contextValue, info }) {
              contextValue.budget.charge(info.fieldName.length + FIELD_OVERHEAD);
              return (_error, result) => addQuietly(contextValue.budget, sizeOf(result));
            },
          });
        },
        willSendResponse({ contextValue, response }) {
          const failure = contextValue.budget.exceeded;
          if (failure !== null && response.body.kind === 'single') {
            // The fields that failed after the limit each carry the same error; one is enough,
            // and the partial data is dropped rather than serialized.
            const error: GraphQLFormattedError = { message: failure.message, extensions: failure.extensions };
            response.body.singleResult = { data: null, errors: [error] };
          }
          return Promise.resolve();
        },
      });
    },
  };
}

function addQuietly(budget: RequestBudget, bytes: number): void {
  try {
    budget.charge(bytes);
  } catch {
    // Recorded in budget.exceeded; the next field fails with it.
  }
}

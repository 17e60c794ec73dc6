import { GraphQLError } from 'graphql';
import { createFormatError, DatabaseQueryError, NotFoundError } from '../../src/errors';

const logged: unknown[] = [];
const format = (development: boolean) =>
  createFormatError({ development, logger: { error: (_message, error) => logged.push(error) } });

describe('formatError', () => {
  it('passes client errors through with their code and without a stack trace', () => {
    const error = new NotFoundError('issue', 'nope');
    const result = format(false)(
      { message: error.message, extensions: { ...error.extensions, stacktrace: ['x'] } },
      error,
    );
    expect(result.extensions).toEqual({ code: 'NOT_FOUND', what: 'issue', key: 'nope' });
  });

  it('masks internal errors outside development and logs the original', () => {
    const error = new DatabaseQueryError(
      'issue/find',
      'Neo.ClientError.Statement.SyntaxError',
      'MATCH (n) secret',
    );
    const result = format(false)(
      { message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } },
      new GraphQLError(error.message, { originalError: error }),
    );
    expect(result).toEqual({
      message: 'Internal server error',
      locations: undefined,
      path: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(logged).toContain(error);
  });
});

describe('formatError on scalar literals', () => {
  it('reports a malformed Date literal as BAD_USER_INPUT rather than a validation failure', () => {
    const scalarError = new GraphQLError('Invalid Date "2011-13-45"', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const validation = new GraphQLError(scalarError.message, {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      originalError: scalarError,
    });
    const result = format(false)(
      { message: validation.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      validation,
    );
    expect(result.extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });
});

import { Neo4jError } from 'neo4j-driver';
import { mapDriverError } from '../../src/db/errors';
import {
  DatabaseBusyError,
  DatabaseQueryError,
  DatabaseUnavailableError,
  RequestTimeoutError,
} from '../../src/errors';

const driverError = (message: string, code: string) => new Neo4jError(message, code, '50N42', 'error');

describe('mapDriverError', () => {
  it('maps a connection acquisition timeout (a full pool) to DATABASE_BUSY with a message free of pool state', () => {
    const error = mapDriverError(
      driverError(
        'Connection acquisition timed out in 300 ms. Pool status: Active conn count = 1, Idle conn count = 0.',
        'N/A',
      ),
      'issue/list-issues',
    );
    expect(error).toBeInstanceOf(DatabaseBusyError);
    expect(error.message).not.toMatch(/pool|conn|issue/i);
  });

  it('keeps other driver errors apart: unavailable, and a query error that stays internal', () => {
    expect(mapDriverError(driverError('gone', 'ServiceUnavailable'), 'q')).toBeInstanceOf(
      DatabaseUnavailableError,
    );
    expect(mapDriverError(driverError('bad', 'Neo.ClientError.Statement.SyntaxError'), 'q')).toBeInstanceOf(
      DatabaseQueryError,
    );
  });

  it('maps a transient error that outlived the driver’s retries to DATABASE_BUSY, not internal', () => {
    for (const code of [
      'Neo.TransientError.Transaction.DeadlockDetected',
      'Neo.TransientError.Transaction.LockClientStopped',
      'Neo.TransientError.General.OutOfMemoryError',
    ]) {
      expect(mapDriverError(driverError('try again', code), 'q')).toBeInstanceOf(DatabaseBusyError);
    }
    expect(
      mapDriverError(
        driverError('timed out', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'),
        'q',
      ),
    ).not.toBeInstanceOf(DatabaseBusyError);
  });

  it('passes our own errors (a timed-out request) through unchanged', () => {
    const timeout = new RequestTimeoutError(100);
    expect(mapDriverError(timeout, 'q')).toBe(timeout);
  });
});

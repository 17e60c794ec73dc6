/** Optimistic concurrency: every editable node carries `version`; updates may name the one they read. */
import { ConflictError } from '../errors';

/** CONFLICT when an update names a version the object has moved past. */
export function checkVersion(what: string, current: number, expected: number | null | undefined): void {
  if (expected === null || expected === undefined || expected === current) return;
  throw new ConflictError(
    `The ${what} is at version ${current}, not ${expected}: someone changed it since you read it. Read it again, reapply your change and send the current version.`,
    { currentVersion: current, expectedVersion: expected },
  );
}

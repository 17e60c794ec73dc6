/**
 * Keyset pagination: a cursor is the sort key and id of the last edge, so a page never skips or
 * repeats rows when others are inserted before it (unlike offsets).
 */
import { BadUserInputError } from '../errors';
import { MAX_PAGE_SIZE } from '../schema/args';
import { type Page } from '../schema/pagination';

export function checkPageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new BadUserInputError(
      `first must be between 1 and ${MAX_PAGE_SIZE}, got ${first}. Page with after: endCursor.`,
      'first',
    );
  }
  return first;
}

export function encodeCursor(sort: string, key: string): string {
  return Buffer.from(JSON.stringify([sort, key]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): { sort: string; key: string } | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && parsed.every((part) => typeof part === 'string')) {
      return { sort: parsed[0], key: parsed[1] };
    }
  } catch {
    // Falls through to the error below: a cursor we did not make.
  }
  throw new BadUserInputError(
    'after is not a cursor from this API: pass pageInfo.endCursor of the previous page.',
    'after',
  );
}

/**
 * decodeCursor for pages sorted by a date (undated last as '9999-12-31'): the sort must be a
 * calendar day, since the page resumes on a date index.
 */
export function decodeDateCursor(cursor: string | null | undefined): { sort: string; key: string } | null {
  const decoded = decodeCursor(cursor);
  if (decoded === null) return null;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(decoded.sort) ? new Date(`${decoded.sort}T00:00:00Z`) : null;
  if (day === null || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== decoded.sort) {
    throw new BadUserInputError(
      'after is not a cursor from this API: pass pageInfo.endCursor of the previous page.',
      'after',
    );
  }
  return decoded;
}

/** Turns first+1 fetched rows into a page; the extra row only tells that another page exists. */
export function toPage<R, T>(
  rows: R[],
  first: number,
  sortOf: (row: R) => string,
  keyOf: (row: R) => string,
  toNode: (row: R) => T,
): Page<T> {
  const pageRows = rows.slice(0, first);
  const edges = pageRows.map((row) => ({ cursor: encodeCursor(sortOf(row), keyOf(row)), node: toNode(row) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

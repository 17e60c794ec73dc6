import { useEffect, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql';
import { execute } from './graphql-client';

export type QueryState<T> =
  { status: 'loading'; data?: T } | { status: 'error'; error: Error } | { status: 'done'; data: T };

/**
 * Runs one query whenever its variables change (compared as JSON, so callers may pass a fresh
 * object each render). A newer run aborts the older one, so a fast slider never shows stale data
 * as current: a result counts as 'done' only for the variables it was fetched with, from the very
 * render in which the variables change. While a new run loads, the previous data stays on screen.
 */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  skip = false,
): QueryState<TResult> {
  const key = JSON.stringify(variables);
  const [result, setResult] = useState<{ key: string | null; state: QueryState<TResult> }>({
    key: null,
    state: { status: 'loading' },
  });
  useEffect(() => {
    if (skip) return undefined;
    const controller = new AbortController();
    execute(document, JSON.parse(key) as TVariables, controller.signal).then(
      (data) => setResult({ key, state: { status: 'done', data } }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const failure = error instanceof Error ? error : new Error(String(error));
        setResult({ key, state: { status: 'error', error: failure } });
      },
    );
    return () => controller.abort();
  }, [document, key, skip]);

  if (result.key === key) return result.state;
  return { status: 'loading', data: result.state.status === 'done' ? result.state.data : undefined };
}

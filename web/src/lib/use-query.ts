import { useEffect, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql';
import { execute } from './graphql-client';

export type QueryState<T> =
  { status: 'loading'; data?: T } | { status: 'error'; error: Error } | { status: 'done'; data: T };

/**
 * Runs one query whenever its variables change (compared as JSON, so callers may pass a fresh
 * object each render). A newer run aborts the older one, so a fast slider never shows stale data.
 * While a new run loads, the previous data stays on screen.
 */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  skip = false,
): QueryState<TResult> {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<QueryState<TResult>>({ status: 'loading' });
  useEffect(() => {
    if (skip) return undefined;
    const controller = new AbortController();
    setState((previous) => ({
      status: 'loading',
      data: previous.status === 'error' ? undefined : previous.data,
    }));
    execute(document, JSON.parse(key) as TVariables, controller.signal).then(
      (data) => setState({ status: 'done', data }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => controller.abort();
  }, [document, key, skip]);
  return state;
}

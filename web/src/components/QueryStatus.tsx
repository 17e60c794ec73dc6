import type { QueryState } from '../lib/use-query';

/** What a view shows before its data arrives, or instead of it when the request failed. */
export function QueryStatus({ state, what }: { state: QueryState<unknown>; what: string }) {
  if (state.status === 'error') {
    return (
      <div className="query-error" role="alert">
        <h1>Could not load {what}</h1>
        <p>{state.error.message}</p>
      </div>
    );
  }
  return (
    <p className="loading" role="status">
      Loading {what}…
    </p>
  );
}

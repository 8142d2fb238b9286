// A query for one record that its page also changes (a lookup request moved by its citizen or by staff): a mutation
// answers with the record as it is now, which shows in place of the loaded one until the next load replaces it.
// After a failure that says the page was stale, the page calls refetch. Used by the citizen's and the staff's
// request pages, two subpackages: the weapp build copies it into each (client/config/index.ts).
import { useEffect, useState } from 'react';
import type { TypedDocument } from './client';
import { type QueryState, useQuery } from './use-query';

export interface RecordQueryHandle<T> {
  /** The record in the query's states: a mutation's latest answer, else the loaded one; null when there is none. */
  state: QueryState<T | null>;
  refetch: () => Promise<void>;
  /** Shows a mutation's answer until the next load. */
  replace: (record: T) => void;
}

export function useRecordQuery<TResult, TVariables, T>(
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables,
  select: (data: TResult) => T | null | undefined,
): RecordQueryHandle<T> {
  const query = useQuery(document, variables);
  const [updated, setUpdated] = useState<T | null>(null);
  const fresh = query.state.status === 'success' ? select(query.state.data) : null;
  useEffect(() => {
    if (fresh) setUpdated(null);
  }, [fresh]);

  const shown = (data: TResult) => updated ?? select(data) ?? null;
  let state: QueryState<T | null>;
  switch (query.state.status) {
    case 'success':
      state = { status: 'success', data: shown(query.state.data) };
      break;
    case 'loading':
      state = { status: 'loading', previous: query.state.previous === null ? null : shown(query.state.previous) };
      break;
    default:
      state = query.state;
  }
  return { state, refetch: query.refetch, replace: setUpdated };
}

// Run a query when a component mounts or its variables change; expose idle | loading | success | failure.
import { useCallback, useEffect, useRef, useState } from 'react';
import { type GraphQLFailure, send, type TypedDocument } from './client';

export type QueryState<T> =
  | { status: 'idle' }
  /** `previous` keeps the last data on screen while refetching (pull-to-refresh, retry). */
  | { status: 'loading'; previous: T | null }
  | { status: 'success'; data: T }
  | { status: 'failure'; failure: GraphQLFailure };

export interface QueryHandle<T> {
  state: QueryState<T>;
  /** Runs the query again; resolves when the new state is set. */
  refetch: () => Promise<void>;
}

export interface QueryOptions {
  /** Do not run (yet), e.g. while a required page parameter is missing; the state stays idle. */
  skip?: boolean;
}

export function useQuery<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables,
  options: QueryOptions = {},
): QueryHandle<TResult> {
  const [state, setState] = useState<QueryState<TResult>>(
    options.skip ? { status: 'idle' } : { status: 'loading', previous: null },
  );
  // Only the newest request may set state: an older, slower answer must not overwrite it.
  const latest = useRef(0);
  const mounted = useRef(true);
  // The last data and the variables it answered; only a refetch of the same variables shows it meanwhile.
  const dataRef = useRef<{ key: string; data: TResult } | null>(null);
  const variablesKey = JSON.stringify(variables ?? {});
  const skip = options.skip === true;

  const run = useCallback(async () => {
    const id = ++latest.current;
    const previous = dataRef.current?.key === variablesKey ? dataRef.current.data : null;
    setState({ status: 'loading', previous });
    const vars = JSON.parse(variablesKey) as TVariables;
    const result = await send(document, vars);
    if (!mounted.current || id !== latest.current) return;
    if (result.ok) {
      dataRef.current = { key: variablesKey, data: result.data };
      setState({ status: 'success', data: result.data });
    } else {
      setState({ status: 'failure', failure: result.failure });
    }
  }, [document, variablesKey]);

  useEffect(() => {
    mounted.current = true;
    if (skip) setState({ status: 'idle' });
    else void run();
    return () => {
      mounted.current = false;
    };
  }, [run, skip]);

  return { state, refetch: run };
}

/** The data to show: the current success, or the previous data while a refetch is loading. */
export function dataOf<T>(state: QueryState<T>): T | null {
  if (state.status === 'success') return state.data;
  if (state.status === 'loading') return state.previous;
  return null;
}

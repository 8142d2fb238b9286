// A Relay connection as a growing list: the first page through useQuery, further pages appended by loadMore.
import { useCallback, useRef, useState } from 'react';
import { type GraphQLFailure, send, type TypedDocument } from './client';
import { type QueryState, useQuery } from './use-query';

export interface Connection<N> {
  edges: ReadonlyArray<{ node: N }>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export interface ConnectionHandle<N> {
  /** The whole list so far, in the four query states. */
  state: QueryState<N[]>;
  hasMore: boolean;
  loadingMore: boolean;
  loadMoreFailure: GraphQLFailure | null;
  loadMore: () => Promise<void>;
  refetch: () => Promise<void>;
}

export function useConnection<TResult, TVariables extends { after?: string | null }, N>(
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables,
  select: (data: TResult) => Connection<N>,
): ConnectionHandle<N> {
  const first = useQuery(document, variables);
  // Pages after the first, tagged with the first page they continue: a new first page (refetch or new
  // variables) makes them stale without an effect to clear them.
  const [extra, setExtra] = useState<{
    base: TResult;
    items: N[];
    endCursor: string | null;
    hasNextPage: boolean;
  } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [failed, setFailed] = useState<{ base: TResult; failure: GraphQLFailure } | null>(null);
  const selectRef = useRef(select);
  selectRef.current = select;
  const variablesRef = useRef(variables);
  variablesRef.current = variables;

  const base = first.state.status === 'success' ? first.state.data : null;
  const firstPage = base ? selectRef.current(base) : null;
  const more = extra && extra.base === base ? extra : null;

  const items = firstPage ? [...firstPage.edges.map((edge) => edge.node), ...(more?.items ?? [])] : [];
  const endCursor = more ? more.endCursor : (firstPage?.pageInfo.endCursor ?? null);
  const hasMore = more ? more.hasNextPage : (firstPage?.pageInfo.hasNextPage ?? false);

  const loadMore = useCallback(async () => {
    if (!base || loadingMore || !hasMore || !endCursor) return;
    setLoadingMore(true);
    setFailed(null);
    const result = await send(document, { ...variablesRef.current, after: endCursor });
    setLoadingMore(false);
    if (!result.ok) {
      setFailed({ base, failure: result.failure });
      return;
    }
    const page = selectRef.current(result.data);
    setExtra((previous) => ({
      base,
      items: [...(previous?.base === base ? previous.items : []), ...page.edges.map((edge) => edge.node)],
      endCursor: page.pageInfo.endCursor ?? null,
      hasNextPage: page.pageInfo.hasNextPage,
    }));
  }, [base, document, endCursor, hasMore, loadingMore]);

  let state: QueryState<N[]>;
  switch (first.state.status) {
    case 'success':
      state = { status: 'success', data: items };
      break;
    case 'loading':
      state = {
        status: 'loading',
        previous: first.state.previous ? selectRef.current(first.state.previous).edges.map((edge) => edge.node) : null,
      };
      break;
    default:
      state = first.state;
  }

  return {
    state,
    hasMore,
    loadingMore,
    loadMoreFailure: failed && failed.base === base ? failed.failure : null,
    loadMore,
    refetch: first.refetch,
  };
}

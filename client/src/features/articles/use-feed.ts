// The feed as a list that grows both ways: older pages appended (first/after the end cursor, infinite scroll) and
// newer items prepended (last/before the start cursor, pull to refresh). The server's keyset cursors stay valid
// while new articles are published, so neither direction repeats or skips an item.

import Taro from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { describeFailure, type GraphQLFailure, send } from '../../graphql/client';
import {
  type ArticleItemFragment,
  ArticlesDocument,
  type ArticlesQuery,
  type ArticlesQueryVariables,
} from '../../graphql/generated/operations';

const PAGE_SIZE = 10;

export type FeedFilter = Pick<ArticlesQueryVariables, 'category' | 'search'>;

interface Loaded {
  items: ArticleItemFragment[];
  startCursor: string | null;
  endCursor: string | null;
  hasNextPage: boolean;
}

export type FeedState =
  | { status: 'loading' }
  | { status: 'failure'; failure: GraphQLFailure }
  | ({ status: 'success' } & Loaded);

export interface FeedHandle {
  state: FeedState;
  loadingMore: boolean;
  loadMoreFailure: GraphQLFailure | null;
  loadMore: () => Promise<void>;
  /** Pull to refresh: newer items on top; the whole first page again when there were none loaded. */
  refreshNewer: () => Promise<void>;
  reload: () => Promise<void>;
}

type Connection = ArticlesQuery['articles'];

function loadedOf(connection: Connection): Loaded {
  return {
    items: connection.edges.map((edge) => edge.node),
    startCursor: connection.pageInfo.startCursor ?? null,
    endCursor: connection.pageInfo.endCursor ?? null,
    hasNextPage: connection.pageInfo.hasNextPage,
  };
}

export function useFeed(filter: FeedFilter): FeedHandle {
  const [state, setState] = useState<FeedState>({ status: 'loading' });
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreFailure, setLoadMoreFailure] = useState<GraphQLFailure | null>(null);
  // Each filter change or reload starts a new generation; answers of an older one are dropped.
  const generation = useRef(0);
  const stateRef = useRef(state);
  stateRef.current = state;
  const filterKey = JSON.stringify({ category: filter.category ?? null, search: filter.search || null });
  const filterRef = useRef(filter);
  filterRef.current = filter;

  const variables = useCallback(
    (page: Pick<ArticlesQueryVariables, 'first' | 'after' | 'last' | 'before'>): ArticlesQueryVariables => {
      const { category, search } = JSON.parse(filterKey) as FeedFilter;
      return { category, search, ...page };
    },
    [filterKey],
  );

  const reload = useCallback(async () => {
    const id = ++generation.current;
    setLoadMoreFailure(null);
    // The previous items stay on screen while the new first page loads (a filter change shows the spinner).
    if (stateRef.current.status !== 'success') setState({ status: 'loading' });
    const result = await send(ArticlesDocument, variables({ first: PAGE_SIZE }));
    if (id !== generation.current) return;
    setState(
      result.ok
        ? { status: 'success', ...loadedOf(result.data.articles) }
        : { status: 'failure', failure: result.failure },
    );
  }, [variables]);

  useEffect(() => {
    // A new filter must not show the old filter's items meanwhile.
    setState({ status: 'loading' });
    stateRef.current = { status: 'loading' };
    void reload();
  }, [reload]);

  const loadMore = useCallback(async () => {
    const current = stateRef.current;
    if (current.status !== 'success' || !current.hasNextPage || !current.endCursor || loadingMore) return;
    const id = generation.current;
    setLoadingMore(true);
    setLoadMoreFailure(null);
    const result = await send(ArticlesDocument, variables({ first: PAGE_SIZE, after: current.endCursor }));
    setLoadingMore(false);
    if (id !== generation.current) return;
    if (!result.ok) {
      setLoadMoreFailure(result.failure);
      return;
    }
    const page = loadedOf(result.data.articles);
    setState((previous) => {
      if (previous.status !== 'success') return previous;
      const known = new Set(previous.items.map((item) => item.id));
      return {
        ...previous,
        items: [...previous.items, ...page.items.filter((item) => !known.has(item.id))],
        endCursor: page.endCursor ?? previous.endCursor,
        hasNextPage: page.hasNextPage,
      };
    });
  }, [loadingMore, variables]);

  const refreshNewer = useCallback(async () => {
    const current = stateRef.current;
    if (current.status !== 'success' || !current.startCursor) return reload();
    const id = generation.current;
    const result = await send(ArticlesDocument, variables({ last: PAGE_SIZE, before: current.startCursor }));
    if (id !== generation.current) return;
    if (!result.ok) {
      // The list on screen is still good: say what went wrong and keep it.
      void Taro.showToast({ title: describeFailure(result.failure), icon: 'none' });
      return;
    }
    const connection = result.data.articles;
    // More new items than one page: a gap would open between them and the list, so start over from the top.
    if (connection.pageInfo.hasPreviousPage) return reload();
    const page = loadedOf(connection);
    setState((previous) => {
      if (previous.status !== 'success' || page.items.length === 0) return previous;
      const fresh = new Set(page.items.map((item) => item.id));
      return {
        ...previous,
        items: [...page.items, ...previous.items.filter((item) => !fresh.has(item.id))],
        startCursor: page.startCursor ?? previous.startCursor,
      };
    });
  }, [reload, variables]);

  return { state, loadingMore, loadMoreFailure, loadMore, refreshNewer, reload };
}

// A paginated list (a useConnection handle) in its four states: loading, empty (with an optional action), failure
// with 重试, and the items followed by their footer (加载更多, a failed page's 重试, 没有更多了). Reaching the bottom
// of the page loads the next page too.
import { View } from '@tarojs/components';
import { useReachBottom } from '@tarojs/taro';
import type { ReactNode } from 'react';
import { describeFailure } from '../graphql/client';
import type { ConnectionHandle } from '../graphql/use-connection';
import { DataState } from './DataState';
import { ListFooter } from './ListFooter';

export interface PagedListProps<N> {
  list: ConnectionHandle<N>;
  /** One item, with its key. */
  renderItem: (item: N) => ReactNode;
  emptyText: string;
  emptyAction?: ReactNode;
  /** The class of the items' container. */
  className: string;
}

export function PagedList<N>({ list, renderItem, emptyText, emptyAction, className }: PagedListProps<N>) {
  useReachBottom(() => void list.loadMore());
  return (
    <DataState
      state={list.state}
      onRetry={list.refetch}
      isEmpty={(items) => items.length === 0}
      emptyText={emptyText}
      emptyAction={emptyAction}
    >
      {(items) => (
        <View className={className}>
          {items.map(renderItem)}
          <ListFooter
            hasMore={list.hasMore}
            loading={list.loadingMore}
            failure={list.loadMoreFailure ? describeFailure(list.loadMoreFailure) : null}
            onMore={list.loadMore}
          />
        </View>
      )}
    </DataState>
  );
}

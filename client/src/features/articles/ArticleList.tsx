// All articles, newest first, filterable by category; pages load as the visitor scrolls.
import { View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { useState } from 'react';
import { DataState } from '../../components/DataState';
import { ListFooter } from '../../components/ListFooter';
import { Tabs } from '../../components/Tabs';
import { describeFailure } from '../../graphql/client';
import { type ArticleCategory, ArticlesDocument, type ArticlesQuery } from '../../graphql/generated/graphql';
import { useConnection } from '../../graphql/use-connection';
import { ArticleItem } from './ArticleItem';
import { CATEGORY_LABELS } from './labels';

type CategoryKey = 'ALL' | ArticleCategory;

const TABS: ReadonlyArray<{ key: CategoryKey; label: string }> = [
  { key: 'ALL', label: '全部' },
  { key: 'NEWS', label: CATEGORY_LABELS.NEWS },
  { key: 'STORY', label: CATEGORY_LABELS.STORY },
  { key: 'RESEARCH', label: CATEGORY_LABELS.RESEARCH },
  { key: 'VIDEO', label: CATEGORY_LABELS.VIDEO },
];

const selectConnection = (data: ArticlesQuery) => data.articles;

export function ArticleList() {
  const [category, setCategory] = useState<CategoryKey>('ALL');
  const list = useConnection(
    ArticlesDocument,
    { category: category === 'ALL' ? null : category, first: 10 },
    selectConnection,
  );
  useReachBottom(() => void list.loadMore());
  usePullDownRefresh(() => {
    void list.refetch().finally(() => Taro.stopPullDownRefresh());
  });

  return (
    <View className="article-list">
      <Tabs items={TABS} value={category} onChange={setCategory} className="article-list__tabs" />
      <DataState state={list.state} onRetry={list.refetch} isEmpty={(items) => items.length === 0} emptyText="暂无文章">
        {(items) => (
          <View className="article-list__items">
            {items.map((article) => (
              <ArticleItem key={article.id} article={article} />
            ))}
            <ListFooter
              hasMore={list.hasMore}
              loading={list.loadingMore}
              failure={list.loadMoreFailure ? describeFailure(list.loadMoreFailure) : null}
              onMore={list.loadMore}
            />
          </View>
        )}
      </DataState>
    </View>
  );
}

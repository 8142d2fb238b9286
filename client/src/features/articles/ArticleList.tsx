// All articles, newest first, filterable by category; pages load as the visitor scrolls.

import { View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { ARTICLE_CATEGORIES, ARTICLE_CATEGORY_LABELS, type ArticleCategory } from '@zz/shared/content/categories';
import { useState } from 'react';
import { PagedList } from '../../components/PagedList';
import { Tabs } from '../../components/Tabs';
import { ArticlesDocument, type ArticlesQuery } from '../../graphql/generated/operations';
import { useConnection } from '../../graphql/use-connection';
import { ArticleItem } from './ArticleItem';

type CategoryKey = 'ALL' | ArticleCategory;

const TABS: ReadonlyArray<{ key: CategoryKey; label: string }> = [
  { key: 'ALL', label: '全部' },
  ...ARTICLE_CATEGORIES.map((key) => ({ key, label: ARTICLE_CATEGORY_LABELS[key] })),
];

const selectConnection = (data: ArticlesQuery) => data.articles;

export function ArticleList() {
  const [category, setCategory] = useState<CategoryKey>('ALL');
  const list = useConnection(
    ArticlesDocument,
    { category: category === 'ALL' ? null : category, first: 10 },
    selectConnection,
  );
  usePullDownRefresh(() => {
    void list.refetch().finally(() => Taro.stopPullDownRefresh());
  });

  return (
    <View className="article-list">
      <Tabs items={TABS} value={category} onChange={setCategory} className="article-list__tabs" />
      <PagedList
        list={list}
        renderItem={(article) => <ArticleItem key={article.id} article={article} />}
        emptyText="暂无文章"
        className="article-list__items"
      />
    </View>
  );
}

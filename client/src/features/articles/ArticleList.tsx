// The feed (档案资讯): category tabs in the server's order, a search box, pinned and featured items first,
// pull to refresh for newer items and infinite scroll for older ones, with its four states.

import { Input, ScrollView, Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { ARTICLE_CATEGORIES, ARTICLE_CATEGORY_LABELS, type ArticleCategory } from '@zz/shared/content/categories';
import { useEffect, useMemo, useState } from 'react';
import { a11y } from '../../components/a11y';
import { EmptyState, FailureState, LoadingState } from '../../components/DataState';
import { ListFooter } from '../../components/ListFooter';
import { describeFailure } from '../../graphql/client';
import { ArticleCategoriesDocument } from '../../graphql/generated/operations';
import { useQuery } from '../../graphql/use-query';
import { cx } from '../../lib/cx';
import { go, routes } from '../../lib/navigation';
import { ArticleItem } from './ArticleItem';
import { useFeed } from './use-feed';

type CategoryKey = 'ALL' | ArticleCategory;

/** The server caps search at 40 characters. */
const SEARCH_MAX = 40;
/** Wait for a pause in typing (IME composition sends many inputs) before asking the server. */
const SEARCH_DEBOUNCE_MS = 400;

export function ArticleList({ initialCategory }: { initialCategory?: ArticleCategory }) {
  const [category, setCategory] = useState<CategoryKey>(initialCategory ?? 'ALL');
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const term = typed.trim();
    if (term === search) return;
    const timer = setTimeout(() => setSearch(term), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [typed, search]);

  const feed = useFeed({ category: category === 'ALL' ? null : category, search: search || null });
  usePullDownRefresh(() => {
    void feed.refreshNewer().finally(() => Taro.stopPullDownRefresh());
  });
  useReachBottom(() => void feed.loadMore());

  const clear = () => {
    setTyped('');
    setSearch('');
  };

  return (
    <View className="article-list">
      <View className="article-search">
        <Text className="article-search__icon">搜</Text>
        <Input
          className="article-search__input"
          value={typed}
          type="text"
          confirmType="search"
          maxlength={SEARCH_MAX}
          placeholder="搜索文章标题或内容"
          data-testid="article-search"
          onInput={(event) => setTyped(event.detail.value)}
          onConfirm={(event) => setSearch(event.detail.value.trim())}
        />
        {typed ? (
          <View className="article-search__clear" data-testid="article-search-clear" onClick={clear}>
            <Text>清除</Text>
          </View>
        ) : null}
      </View>
      <CategoryTabs value={category} onChange={setCategory} />
      {category === 'RESEARCH' ? <PublicationsCard /> : null}
      <FeedItems feed={feed} search={search} onRetry={() => void feed.reload()} />
    </View>
  );
}

function CategoryTabs({ value, onChange }: { value: CategoryKey; onChange: (key: CategoryKey) => void }) {
  const query = useQuery(ArticleCategoriesDocument, {});
  // Until (or unless) the server answers, the shared default order keeps the tabs usable.
  const tabs = useMemo(() => {
    const fromServer = query.state.status === 'success' ? query.state.data.articleCategories : null;
    const list =
      fromServer ?? ARTICLE_CATEGORIES.map((key) => ({ category: key, label: ARTICLE_CATEGORY_LABELS[key] }));
    return [{ key: 'ALL' as CategoryKey, label: '全部' }, ...list.map((c) => ({ key: c.category, label: c.label }))];
  }, [query.state]);
  return (
    <ScrollView className="article-tabs" scrollX enhanced showScrollbar={false} {...a11y({ role: 'tablist' })}>
      <View className="article-tabs__row">
        {tabs.map((tab) => (
          <View
            key={tab.key}
            className={cx('article-tabs__item', tab.key === value && 'is-active')}
            data-testid="article-tab"
            data-key={tab.key}
            onClick={() => onChange(tab.key)}
            {...a11y({
              role: 'tab',
              label: tab.label,
              selected: tab.key === value,
              onActivate: () => onChange(tab.key),
            })}
          >
            <Text>{tab.label}</Text>
          </View>
        ))}
      </View>
    </ScrollView>
  );
}

function PublicationsCard() {
  return (
    <View
      className="article-publications"
      hoverClass="article-item--pressed"
      data-testid="publications-entry"
      onClick={() => go(routes.publications())}
    >
      <View className="article-publications__main">
        <Text className="article-publications__title">编研成果书目</Text>
        <Text className="article-publications__hint">档案汇编与史料出版物，查看在哪里可以阅读</Text>
      </View>
      <Text className="article-publications__arrow">›</Text>
    </View>
  );
}

function FeedItems({
  feed,
  search,
  onRetry,
}: {
  feed: ReturnType<typeof useFeed>;
  search: string;
  onRetry: () => void;
}) {
  const { state } = feed;
  if (state.status === 'loading') return <LoadingState />;
  if (state.status === 'failure') return <FailureState failure={state.failure} onRetry={onRetry} />;
  if (state.items.length === 0) {
    return <EmptyState text={search ? `没有找到与“${search}”相关的文章` : '暂无文章'} />;
  }
  return (
    <View className="article-list__items" data-testid="article-feed">
      {state.items.map((article) => (
        <ArticleItem key={article.id} article={article} highlight />
      ))}
      <ListFooter
        hasMore={state.hasNextPage}
        loading={feed.loadingMore}
        failure={feed.loadMoreFailure ? describeFailure(feed.loadMoreFailure) : null}
        onMore={() => void feed.loadMore()}
      />
    </View>
  );
}

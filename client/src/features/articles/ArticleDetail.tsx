// An article: its video or cover, title, source line and body.

import { Text, Video, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ARTICLE_CATEGORY_LABELS } from '@zz/shared/content/categories';
import { useEffect } from 'react';
import { Cover } from '../../components/Cover';
import { DataState, EmptyState } from '../../components/DataState';
import { ArticleDocument, type ArticleQuery } from '../../graphql/generated/operations';
import { useQuery } from '../../graphql/use-query';
import { assetUrl } from '../../lib/asset-url';
import { formatPublished } from '../../lib/format';
import { ArticleBody } from './ArticleBody';
import './articles.css';

type Article = NonNullable<ArticleQuery['article']>;

export function ArticleDetail({ id }: { id: string | undefined }) {
  const query = useQuery(ArticleDocument, { id: id ?? '' }, { skip: !id });
  const category = query.state.status === 'success' ? query.state.data.article?.category : undefined;
  useEffect(() => {
    if (category) void Taro.setNavigationBarTitle({ title: ARTICLE_CATEGORY_LABELS[category] });
  }, [category]);

  if (!id) return <EmptyState text="未指定文章" />;
  return (
    <DataState
      state={query.state}
      onRetry={query.refetch}
      isEmpty={(data) => !data.article}
      emptyText="文章不存在或已下线"
    >
      {(data) => (data.article ? <ArticleView article={data.article} /> : null)}
    </DataState>
  );
}

function ArticleView({ article: a }: { article: Article }) {
  const video = assetUrl(a.videoUrl);
  const byline = [a.author, a.source ? `来源：${a.source}` : null, a.branch?.shortName].filter(Boolean).join(' · ');
  return (
    <View className="article-detail" data-testid="article-detail" data-id={a.id}>
      {video ? (
        <Video
          className="article-detail__video"
          src={video}
          poster={assetUrl(a.coverUrl) ?? undefined}
          controls
          showFullscreenBtn
          objectFit="contain"
        />
      ) : a.coverUrl ? (
        <Cover url={a.coverUrl} title={a.title} className="article-detail__cover" />
      ) : null}
      <View className="article-detail__content">
        <Text className="article-detail__title">{a.title}</Text>
        <View className="article-detail__meta">
          <Text className="article-detail__category">{ARTICLE_CATEGORY_LABELS[a.category]}</Text>
          <Text className="article-detail__date">{a.publishedAt ? formatPublished(a.publishedAt) : ''}</Text>
        </View>
        {byline ? <Text className="article-detail__byline">{byline}</Text> : null}
        <View className="article-detail__body">
          <ArticleBody blocks={a.body} />
        </View>
      </View>
    </View>
  );
}

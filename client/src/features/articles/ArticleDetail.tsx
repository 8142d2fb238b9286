// An article page: its video or cover, title, byline and facts, the rich body, then 预约参观 when it belongs to an
// on-site exhibition, the like and share bar, and related articles.

import { Image, Button as NativeButton, Text, Video, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ARTICLE_CATEGORY_LABELS } from '@zz/shared/content/categories';
import { useEffect, useState } from 'react';
import { Button } from '../../components/Button';
import { DataState, EmptyState } from '../../components/DataState';
import { Tag } from '../../components/Tag';
import { PLATFORM } from '../../config';
import { ArticleDocument, type ArticleQuery } from '../../graphql/generated/operations';
import { useQuery } from '../../graphql/use-query';
import { assetUrl } from '../../lib/asset-url';
import { cx } from '../../lib/cx';
import { formatDateTime } from '../../lib/format';
import { go, routes } from '../../lib/navigation';
import { ArticleBody } from './ArticleBody';
import { ArticleItem } from './ArticleItem';
import { LikeSignIn } from './LikeSignIn';
import { useEngagement } from './use-engagement';
import './articles.css';
import { imageAlt } from '../../components/a11y';

type Article = NonNullable<ArticleQuery['article']>;

export function ArticleDetail({ id }: { id: string | undefined }) {
  const query = useQuery(ArticleDocument, { id: id ?? '' }, { skip: !id });
  const category = query.state.status === 'success' ? query.state.data.article?.category : undefined;
  useEffect(() => {
    if (category) void Taro.setNavigationBarTitle({ title: ARTICLE_CATEGORY_LABELS[category] });
  }, [category]);

  if (!id) return <EmptyState text="文章不存在或已下线" />;
  return (
    <DataState
      state={query.state}
      onRetry={query.refetch}
      isEmpty={(data) => !data.article}
      emptyText="文章不存在或已下线"
      emptyAction={
        <Button variant="secondary" size="sm" onClick={() => go(routes.articles())}>
          看看其他文章
        </Button>
      }
    >
      {(data) => (data.article ? <ArticleView article={data.article} /> : null)}
    </DataState>
  );
}

function ArticleView({ article: a }: { article: Article }) {
  const engagement = useEngagement(a);
  const [signingIn, setSigningIn] = useState(false);
  const video = assetUrl(a.video?.url ?? a.videoUrl);
  const cover = a.cover?.url ?? assetUrl(a.coverUrl);
  const onsite = a.exhibition?.mode === 'ONSITE' ? a.exhibition : null;

  // After signing in the reader's tap still means "like", whatever this page showed while signed out.
  const like = async (liked?: boolean) => {
    if ((await engagement.toggleLike(liked)) === 'needs-sign-in') setSigningIn(true);
  };

  return (
    <View className="article-detail" data-testid="article-detail" data-id={a.id}>
      {video ? (
        <Video
          className="article-detail__video"
          src={video}
          poster={assetUrl(a.video?.posterUrl) ?? cover ?? undefined}
          controls
          showFullscreenBtn
          objectFit="contain"
          data-testid="article-video"
        />
      ) : cover ? (
        <Image className="article-detail__cover" src={cover} mode="aspectFill" {...imageAlt('')} />
      ) : null}
      <View className="article-detail__content">
        <Text className="article-detail__title" userSelect>
          {a.title}
        </Text>
        <View className="article-detail__meta">
          <Text className="article-detail__category">{ARTICLE_CATEGORY_LABELS[a.category]}</Text>
          {a.branch ? <Text className="article-detail__branch">{a.branch.shortName}</Text> : null}
          {a.publishedAt ? <Text className="article-detail__date">{formatDateTime(a.publishedAt)}</Text> : null}
        </View>
        <Byline author={a.author} source={a.source} />
        <View className="article-detail__facts">
          <Text>约 {a.readingMinutes} 分钟读完</Text>
          <Text className="article-detail__reads" data-testid="article-reads">
            阅读 {engagement.counts.readCount}
          </Text>
        </View>
        {a.tags.length > 0 ? (
          <View className="article-detail__tags">
            {a.tags.map((tag) => (
              <Tag key={tag} tone="muted">
                {tag}
              </Tag>
            ))}
          </View>
        ) : null}
        <View className="article-detail__body">
          <ArticleBody blocks={a.body} />
        </View>
        {onsite ? (
          <View className="article-detail__visit">
            <Text className="article-detail__visit-title">{onsite.title}</Text>
            <Button block onClick={() => go(routes.exhibition(onsite.id))} className="article-detail__visit-button">
              预约参观
            </Button>
          </View>
        ) : null}
        <View className="article-detail__actions">
          <View
            className={cx('article-action', engagement.counts.viewerLiked && 'article-action--on')}
            hoverClass="article-action--pressed"
            data-testid="article-like"
            data-liked={engagement.counts.viewerLiked ? 'true' : 'false'}
            aria-label={engagement.counts.viewerLiked ? '取消点赞' : '点赞'}
            onClick={() => void like()}
          >
            <Text className="article-action__icon">{engagement.counts.viewerLiked ? '♥' : '♡'}</Text>
            <Text className="article-action__label">
              {engagement.counts.viewerLiked ? '已赞' : '点赞'} {engagement.counts.likeCount}
            </Text>
          </View>
          {PLATFORM === 'weapp' ? (
            // The native share button is the only way to open WeChat's share sheet from the page itself.
            <NativeButton
              className="article-action article-action--native"
              openType="share"
              data-testid="article-share"
            >
              <Text className="article-action__icon">↗</Text>
              <Text className="article-action__label">分享</Text>
            </NativeButton>
          ) : (
            <View
              className="article-action"
              hoverClass="article-action--pressed"
              data-testid="article-share"
              onClick={() => void engagement.copyLink()}
            >
              <Text className="article-action__icon">↗</Text>
              <Text className="article-action__label">分享</Text>
            </View>
          )}
        </View>
      </View>
      {a.related.length > 0 ? (
        <View className="article-detail__related" data-testid="article-related">
          <Text className="article-detail__related-title">相关文章</Text>
          {a.related.map((item) => (
            <ArticleItem key={item.id} article={item} />
          ))}
        </View>
      ) : null}
      {signingIn ? (
        <LikeSignIn
          onClose={() => setSigningIn(false)}
          onSignedIn={() => {
            setSigningIn(false);
            void like(true);
          }}
        />
      ) : null}
    </View>
  );
}

function Byline({ author, source }: { author?: string | null; source?: string | null }) {
  const parts = [author ? `作者：${author}` : null, source ? `来源：${source}` : null].filter(Boolean);
  return parts.length > 0 ? <Text className="article-detail__byline">{parts.join('　')}</Text> : null;
}

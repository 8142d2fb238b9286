// One article in a list: a big card for featured items (cover on top), otherwise a row with a cover thumb.
// Both show 置顶 when pinned, the category, archive, date and the read and like counts.

import { Image, Text, View } from '@tarojs/components';
import { ARTICLE_CATEGORY_LABELS } from '@zz/shared/content/categories';
import { Tag } from '../../components/Tag';
import type { ArticleItemFragment } from '../../graphql/generated/operations';
import { assetUrl } from '../../lib/asset-url';
import { cx } from '../../lib/cx';
import { formatPublished } from '../../lib/format';
import { go, routes } from '../../lib/navigation';
import './articles.css';
import { imageAlt } from '../../components/a11y';

export interface ArticleItemProps {
  article: ArticleItemFragment;
  /** The feed shows featured items big; home and related lists keep every item a row. */
  highlight?: boolean;
}

export function ArticleItem({ article: a, highlight = false }: ArticleItemProps) {
  const big = highlight && a.featured;
  const cover = assetUrl(big ? (a.cover?.url ?? a.coverUrl) : (a.cover?.thumbUrl ?? a.coverUrl));
  return (
    <View
      className={cx('article-item', big && 'article-item--featured')}
      hoverClass="article-item--pressed"
      data-testid="article-item"
      data-id={a.id}
      onClick={() => go(routes.article(a.id))}
    >
      {big && cover ? (
        <Image className="article-item__hero" src={cover} mode="aspectFill" lazyLoad {...imageAlt('')} />
      ) : null}
      <View className="article-item__row">
        <View className="article-item__main">
          <View className="article-item__heading">
            {highlight && a.pinned ? (
              <Tag tone="accent" className="article-item__pinned">
                置顶
              </Tag>
            ) : null}
            {big ? (
              <Tag tone="warning" className="article-item__featured-tag">
                精选
              </Tag>
            ) : null}
            <Text className="article-item__title">{a.title}</Text>
          </View>
          <Text className="article-item__summary">{a.summary}</Text>
          <View className="article-item__meta">
            <Text className="article-item__category">{ARTICLE_CATEGORY_LABELS[a.category]}</Text>
            {a.videoUrl ? <Text className="article-item__video">▶ 视频</Text> : null}
            {a.branch ? <Text className="article-item__branch">{a.branch.shortName}</Text> : null}
            <Text className="article-item__date">{a.publishedAt ? formatPublished(a.publishedAt) : ''}</Text>
          </View>
          <View className="article-item__counts">
            <Text>阅读 {a.readCount}</Text>
            <Text className="article-item__likes">赞 {a.likeCount}</Text>
          </View>
        </View>
        {!big && cover ? (
          <Image className="article-item__thumb" src={cover} mode="aspectFill" lazyLoad {...imageAlt('')} />
        ) : null}
      </View>
    </View>
  );
}

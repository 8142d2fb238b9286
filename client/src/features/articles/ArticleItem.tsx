// One article in a list: title, summary, category and date, with a thumbnail when it has a cover.

import { Image, Text, View } from '@tarojs/components';
import { ARTICLE_CATEGORY_LABELS } from '@zz/shared/content/categories';
import type { ArticleItemFragment } from '../../graphql/generated/operations';
import { assetUrl } from '../../lib/asset-url';
import { formatPublished } from '../../lib/format';
import { go, routes } from '../../lib/navigation';
import './articles.css';

export function ArticleItem({ article }: { article: ArticleItemFragment }) {
  const a = article;
  const cover = assetUrl(a.coverUrl);
  return (
    <View
      className="article-item"
      hoverClass="article-item--pressed"
      data-testid="article-item"
      data-id={a.id}
      onClick={() => go(routes.article(a.id))}
    >
      <View className="article-item__main">
        <Text className="article-item__title">{a.title}</Text>
        <Text className="article-item__summary">{a.summary}</Text>
        <View className="article-item__meta">
          <Text className="article-item__category">{ARTICLE_CATEGORY_LABELS[a.category]}</Text>
          {a.videoUrl ? <Text className="article-item__video">▶ 视频</Text> : null}
          <Text className="article-item__date">{a.publishedAt ? formatPublished(a.publishedAt) : ''}</Text>
        </View>
      </View>
      {cover ? <Image className="article-item__thumb" src={cover} mode="aspectFill" lazyLoad /> : null}
    </View>
  );
}

// A rich body as readers see it: one view per ContentBlock. The staff studio's preview renders the same
// component, so what an editor previews is exactly what a reader gets. Kept light: it ships in the main package.
// The server has sanitised every html field, and RichText renders no live components, so html goes in as nodes.

import { Image, RichText, ScrollView, Text, Video, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ContentBlockFieldsFragment } from '../../graphql/generated/operations';
import { assetUrl } from '../../lib/asset-url';
import { go, routes } from '../../lib/navigation';
import './article-body.css';
import { imageAlt } from '../../components/a11y';

/** Structural: the studio's own fragment with the same fields fits too. */
export type ContentBlockView = ContentBlockFieldsFragment;

export interface ArticleBodyProps {
  blocks: readonly ContentBlockView[];
  /** Replaces the full-screen preview (the studio may want its own); default Taro.previewImage. */
  onImagePreview?: (current: string, urls: string[]) => void;
}

export function ArticleBody({ blocks, onImagePreview }: ArticleBodyProps) {
  // Every image of the body, so a reader swipes from one to the next in the preview.
  const imageUrls = blocks.flatMap((b) => (b.kind === 'IMAGE' && b.image ? [b.image.largeUrl] : []));
  const preview = (current: string) => {
    if (onImagePreview) onImagePreview(current, imageUrls);
    else void Taro.previewImage({ current, urls: imageUrls });
  };
  return (
    <View className="article-body" data-testid="article-body">
      {blocks.map((block, index) => (
        // Blocks have no ids and one body's order never changes while it is shown: the index is a stable key.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <Block key={index} block={block} onPreview={preview} />
      ))}
    </View>
  );
}

function Block({ block: b, onPreview }: { block: ContentBlockView; onPreview: (url: string) => void }) {
  switch (b.kind) {
    case 'HEADING':
      return (
        <Text className={`article-body__heading article-body__heading--h${b.level === 3 ? 3 : 2}`} userSelect>
          {b.text ?? ''}
        </Text>
      );
    case 'PARAGRAPH':
      return <RichText className="article-body__p" nodes={b.html ?? ''} userSelect />;
    case 'QUOTE':
      return (
        <View className="article-body__quote">
          <RichText nodes={b.html ?? ''} userSelect />
        </View>
      );
    case 'LIST':
      return (
        <View className="article-body__list">
          {(b.items ?? []).map((item, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: items of one list keep their order
            <View key={i} className="article-body__li">
              <Text className="article-body__marker">{b.ordered ? `${i + 1}.` : '•'}</Text>
              <RichText className="article-body__li-text" nodes={item} userSelect />
            </View>
          ))}
        </View>
      );
    case 'IMAGE':
      return b.image ? <Figure image={b.image} alt={b.alt} caption={b.caption} onPreview={onPreview} /> : null;
    case 'VIDEO': {
      const src = assetUrl(b.videoUrl);
      if (!src) return null;
      return (
        <View className="article-body__figure">
          <Video
            className="article-body__video"
            src={src}
            poster={assetUrl(b.posterUrl) ?? undefined}
            controls
            showFullscreenBtn
            objectFit="contain"
          />
          {b.caption ? <Text className="article-body__caption">{b.caption}</Text> : null}
        </View>
      );
    }
    case 'EXHIBIT':
      // Null when the exhibit or its exhibition is not published: readers see nothing rather than a dead link.
      return b.exhibit ? <ExhibitCard exhibit={b.exhibit} caption={b.caption} /> : null;
    case 'TABLE':
      return <Table header={b.tableHeader ?? []} rows={(b.tableRows ?? []).map((r) => r.cells)} />;
    default:
      return null;
  }
}

function Figure({
  image,
  alt,
  caption,
  onPreview,
}: {
  image: NonNullable<ContentBlockView['image']>;
  alt?: string | null;
  caption?: string | null;
  onPreview: (url: string) => void;
}) {
  return (
    <View className="article-body__figure">
      <Image
        className="article-body__image"
        src={image.url}
        mode="widthFix"
        lazyLoad
        {...imageAlt(alt ?? caption ?? '文章配图')}
        data-testid="article-image"
        onClick={() => onPreview(image.largeUrl)}
      />
      {caption ? <Text className="article-body__caption">{caption}</Text> : null}
    </View>
  );
}

function ExhibitCard({
  exhibit: e,
  caption,
}: {
  exhibit: NonNullable<ContentBlockView['exhibit']>;
  caption?: string | null;
}) {
  const thumb = e.images[0]?.thumbUrl;
  return (
    <View
      className="article-body__exhibit"
      hoverClass="article-body__exhibit--pressed"
      data-testid="article-exhibit"
      onClick={() => go(routes.onlineHall(e.onlineExhibition.id, e.id))}
    >
      {thumb ? (
        <Image className="article-body__exhibit-thumb" src={thumb} mode="aspectFill" lazyLoad {...imageAlt('')} />
      ) : null}
      <View className="article-body__exhibit-main">
        <Text className="article-body__exhibit-title">{e.title}</Text>
        <Text className="article-body__exhibit-caption">{caption || e.caption}</Text>
        <Text className="article-body__exhibit-link">在网上展厅「{e.onlineExhibition.title}」中查看 ›</Text>
      </View>
    </View>
  );
}

function Table({ header, rows }: { header: readonly string[]; rows: ReadonlyArray<readonly string[]> }) {
  return (
    <ScrollView className="article-body__table-scroll" scrollX>
      <View className="article-body__table">
        {header.length > 0 ? (
          <View className="article-body__tr article-body__tr--head">
            {header.map((cell, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns keep their order
              <Text key={i} className="article-body__td">
                {cell}
              </Text>
            ))}
          </View>
        ) : null}
        {rows.map((cells, r) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows keep their order
          <View key={r} className="article-body__tr">
            {cells.map((cell, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns keep their order
              <Text key={i} className="article-body__td">
                {cell}
              </Text>
            ))}
          </View>
        ))}
      </View>
    </ScrollView>
  );
}

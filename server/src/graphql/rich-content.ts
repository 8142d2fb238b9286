// GraphQL types every content feature shares: stored public images, the blocks of a rich body, and the
// vocabulary of content statuses and the staff's actions on them.
import {
  CONTENT_ACTION_LABELS,
  CONTENT_ACTIONS,
  CONTENT_BLOCK_KIND_LABELS,
  CONTENT_BLOCK_KINDS,
  CONTENT_STATUS_LABELS,
  CONTENT_STATUSES,
  type ContentBlock,
  MEDIA_VARIANT_WIDTHS,
  type MediaVariant,
  mediaIdOfPath,
  mediaPath,
} from '@zz/shared';
import { builder } from '../builder';
import { enumFromVocabulary } from './vocabulary';

export const ContentStatusEnum = enumFromVocabulary('ContentStatus', CONTENT_STATUSES, CONTENT_STATUS_LABELS);
export const ContentActionEnum = enumFromVocabulary('ContentAction', CONTENT_ACTIONS, CONTENT_ACTION_LABELS);
export const ContentBlockKindEnum = enumFromVocabulary(
  'ContentBlockKind',
  CONTENT_BLOCK_KINDS,
  CONTENT_BLOCK_KIND_LABELS,
);

/** An image in our own storage, as stored: its path (/media/<id>/<width>.jpg) and, when known, its size. */
export interface MediaImageSource {
  path: string;
  width: number | null;
  height: number | null;
}

/** The image a stored path names, or null when the path is not one of our media (never rendered). */
export function mediaImageOf(
  path: string | null | undefined,
  width: number | null = null,
  height: number | null = null,
): MediaImageSource | null {
  return path && mediaIdOfPath(path) ? { path, width, height } : null;
}

const variantUrl = (publicBaseUrl: string, source: MediaImageSource, variant: MediaVariant) =>
  `${publicBaseUrl}${mediaPath(mediaIdOfPath(source.path) as string, variant)}`;

export const MediaImageRef = builder.objectRef<MediaImageSource>('MediaImage').implement({
  description: `A stored public image in screen-sized JPEG variants (${Object.values(MEDIA_VARIANT_WIDTHS).join(', ')} px wide), absolute URLs`,
  fields: (t) => ({
    url: t.string({
      description: '960 px wide: what a page shows',
      resolve: (s, _a, ctx) => variantUrl(ctx.config.publicBaseUrl, s, 'screen'),
    }),
    thumbUrl: t.string({
      description: '480 px wide: lists and share cards',
      resolve: (s, _a, ctx) => variantUrl(ctx.config.publicBaseUrl, s, 'thumb'),
    }),
    largeUrl: t.string({
      description: '1600 px wide: full-screen preview and zoom',
      resolve: (s, _a, ctx) => variantUrl(ctx.config.publicBaseUrl, s, 'large'),
    }),
    width: t.int({ nullable: true, description: 'Of the original, when known', resolve: (s) => s.width }),
    height: t.int({ nullable: true, resolve: (s) => s.height }),
  }),
});

/** A URL as the client uses it: our media and other own paths made absolute, https links as they are. */
export function absoluteUrl(publicBaseUrl: string, url: string): string {
  return url.startsWith('/') ? `${publicBaseUrl}${url}` : url;
}

const ContentTableRowRef = builder.objectRef<string[]>('ContentTableRow').implement({
  fields: (t) => ({ cells: t.stringList({ description: 'Plain text cells', resolve: (row) => row }) }),
});

type Pick1<K extends ContentBlock['kind']> = Extract<ContentBlock, { kind: K }>;
const when = <K extends ContentBlock['kind'], R>(block: ContentBlock, kind: K, value: (b: Pick1<K>) => R): R | null =>
  block.kind === kind ? value(block as Pick1<K>) : null;

export const ContentBlockRef = builder.objectRef<ContentBlock>('ContentBlock').implement({
  description: 'One block of a rich body (shared/src/content/blocks.ts), parsed from the stored clean HTML',
  fields: (t) => ({
    kind: t.field({ type: ContentBlockKindEnum, resolve: (b) => b.kind }),
    level: t.int({
      nullable: true,
      description: 'HEADING: 2 or 3',
      resolve: (b) => when(b, 'HEADING', (h) => h.level),
    }),
    text: t.string({
      nullable: true,
      description: 'HEADING: the text',
      resolve: (b) => when(b, 'HEADING', (h) => h.text),
    }),
    html: t.string({
      nullable: true,
      description: 'PARAGRAPH, QUOTE: clean inline HTML (strong, em, b, i, br, a) for <RichText>',
      resolve: (b) => (b.kind === 'PARAGRAPH' || b.kind === 'QUOTE' ? b.html : null),
    }),
    ordered: t.boolean({ nullable: true, resolve: (b) => when(b, 'LIST', (l) => l.ordered) }),
    items: t.stringList({
      nullable: true,
      description: 'LIST: clean inline HTML per item',
      resolve: (b) => when(b, 'LIST', (l) => l.items),
    }),
    image: t.field({
      type: MediaImageRef,
      nullable: true,
      resolve: (b) => when(b, 'IMAGE', (i) => mediaImageOf(i.src, i.width, i.height)),
    }),
    alt: t.string({ nullable: true, resolve: (b) => when(b, 'IMAGE', (i) => i.alt) }),
    caption: t.string({
      nullable: true,
      description: 'IMAGE, VIDEO, EXHIBIT',
      resolve: (b) => (b.kind === 'IMAGE' || b.kind === 'VIDEO' || b.kind === 'EXHIBIT' ? b.caption : null),
    }),
    videoUrl: t.string({
      nullable: true,
      resolve: (b, _a, ctx) => when(b, 'VIDEO', (v) => absoluteUrl(ctx.config.publicBaseUrl, v.src)),
    }),
    posterUrl: t.string({
      nullable: true,
      resolve: (b, _a, ctx) =>
        when(b, 'VIDEO', (v) => (v.poster ? absoluteUrl(ctx.config.publicBaseUrl, v.poster) : null)),
    }),
    exhibitId: t.id({
      nullable: true,
      description: 'EXHIBIT: the id as stored (the editor keeps it even when the exhibit is not published)',
      resolve: (b) => when(b, 'EXHIBIT', (e) => e.exhibitId),
    }),
    tableHeader: t.stringList({ nullable: true, resolve: (b) => when(b, 'TABLE', (x) => x.header) }),
    tableRows: t.field({ type: [ContentTableRowRef], nullable: true, resolve: (b) => when(b, 'TABLE', (x) => x.rows) }),
  }),
});

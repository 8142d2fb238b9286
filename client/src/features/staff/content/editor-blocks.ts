// The block editor's list: each shared ContentBlock with a key for React and, for the blocks edited as text
// (paragraph, quote, list), the text in the textarea. A block loaded from the server keeps its clean inline HTML
// (bold, links…) until staff edit its text; edited text becomes escaped inline HTML, so nothing typed can add markup.
import { type ContentBlock, type ContentBlockKind, escapeHtml, inlineHtmlOfText } from '@zz/shared/content/blocks';
import type { StudioBlockFieldsFragment } from '../graphql';

export interface EditorBlock {
  key: string;
  block: ContentBlock;
  /** PARAGRAPH, QUOTE: the text; LIST: one item per line. */
  text: string;
}

let counter = 0;
const nextKey = () => `b${++counter}`;

/** Clean inline HTML as the text staff edit: <br> as line breaks, tags dropped, entities decoded. */
export function textOfInlineHtml(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}

/**
 * A stored image's own path: the server answers absolute URLs (https://host/media/<id>/960.jpg), the stored HTML
 * and its allow-list want the path (mediaIdOfPath reads `/media/<id>/960.jpg`).
 */
export function pathOfUrl(url: string): string {
  return url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]+/i, '');
}

/** An absolute media URL as its path when it is ours; anything else (an https video) unchanged. */
const mediaPathOr = (url: string) => (/^[a-z]+:\/\/[^/]+\/media\//i.test(url) ? pathOfUrl(url) : url);

export function editorBlock(block: ContentBlock): EditorBlock {
  let text = '';
  if (block.kind === 'PARAGRAPH' || block.kind === 'QUOTE') text = textOfInlineHtml(block.html);
  if (block.kind === 'LIST') text = block.items.map(textOfInlineHtml).join('\n');
  return { key: nextKey(), block, text };
}

/** A block as the server answers it (a parsed body, or the sanitiser's preview of a paste). */
export function blockOfServer(b: StudioBlockFieldsFragment): ContentBlock | null {
  switch (b.kind) {
    case 'HEADING':
      return { kind: 'HEADING', level: b.level === 3 ? 3 : 2, text: b.text ?? '' };
    case 'PARAGRAPH':
      return { kind: 'PARAGRAPH', html: b.html ?? '' };
    case 'QUOTE':
      return { kind: 'QUOTE', html: b.html ?? '' };
    case 'LIST':
      return { kind: 'LIST', ordered: b.ordered ?? false, items: b.items ?? [] };
    case 'IMAGE':
      if (!b.image) return null;
      return {
        kind: 'IMAGE',
        src: pathOfUrl(b.image.url),
        width: b.image.width ?? null,
        height: b.image.height ?? null,
        alt: b.alt ?? '',
        caption: b.caption ?? '',
      };
    case 'VIDEO':
      return {
        kind: 'VIDEO',
        src: b.videoUrl ? mediaPathOr(b.videoUrl) : '',
        poster: b.posterUrl ? mediaPathOr(b.posterUrl) : null,
        caption: b.caption ?? '',
      };
    case 'EXHIBIT':
      return { kind: 'EXHIBIT', exhibitId: b.exhibitId ?? b.exhibit?.id ?? '', caption: b.caption ?? '' };
    case 'TABLE':
      return { kind: 'TABLE', header: b.tableHeader ?? [], rows: (b.tableRows ?? []).map((r) => r.cells) };
  }
}

export function editorBlocksOfServer(blocks: readonly StudioBlockFieldsFragment[]): EditorBlock[] {
  return blocks.flatMap((b) => {
    const block = blockOfServer(b);
    return block ? [editorBlock(block)] : [];
  });
}

/** A new, empty block of a kind the editor offers. */
export function emptyBlock(kind: ContentBlockKind): EditorBlock {
  switch (kind) {
    case 'HEADING':
      return editorBlock({ kind, level: 2, text: '' });
    case 'PARAGRAPH':
    case 'QUOTE':
      return editorBlock({ kind, html: '' });
    case 'LIST':
      return editorBlock({ kind, ordered: false, items: [] });
    case 'IMAGE':
      return editorBlock({ kind, src: '', width: null, height: null, alt: '', caption: '' });
    case 'VIDEO':
      return editorBlock({ kind, src: '', poster: null, caption: '' });
    case 'EXHIBIT':
      return editorBlock({ kind, exhibitId: '', caption: '' });
    case 'TABLE':
      return editorBlock({ kind, header: [], rows: [] });
  }
}

/** The textarea's new text: the block's HTML follows it, escaped. */
export function withText(item: EditorBlock, text: string): EditorBlock {
  const { block } = item;
  if (block.kind === 'PARAGRAPH' || block.kind === 'QUOTE') {
    return { ...item, text, block: { ...block, html: inlineHtmlOfText(text) } };
  }
  if (block.kind === 'LIST') {
    const items = text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean)
      .map(escapeHtml);
    return { ...item, text, block: { ...block, items } };
  }
  return item;
}

/** Blocks that would publish as nothing (an image never uploaded, an empty paragraph) are left out of the HTML. */
export function isBlank(block: ContentBlock): boolean {
  switch (block.kind) {
    case 'HEADING':
      return !block.text.trim();
    case 'PARAGRAPH':
    case 'QUOTE':
      return !block.html.replace(/<br>/g, '').trim();
    case 'LIST':
      return block.items.length === 0;
    case 'IMAGE':
      return !block.src;
    case 'VIDEO':
      return !block.src.trim();
    case 'EXHIBIT':
      return !block.exhibitId.trim();
    case 'TABLE':
      return block.rows.length === 0 && block.header.length === 0;
  }
}

export function contentBlocksOf(items: readonly EditorBlock[]): ContentBlock[] {
  return items.map((item) => item.block).filter((block) => !isBlank(block));
}

export function moveItem<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (target < 0 || target >= list.length) return [...list];
  const next = [...list];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}

/** Pasted plain text (no HTML on the clipboard) as escaped paragraphs, one per blank-line-separated run. */
export function htmlOfPlainText(text: string): string {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => `<p>${inlineHtmlOfText(part)}</p>`)
    .join('\n');
}

// Rich text that staff write (article bodies, pasted formatted text): sanitised on the server when saved, against
// an allow-list, and parsed back into blocks (shared/src/content/blocks.ts) for the reader's page and the editor.
//
// Two passes, so that nothing depends on one library being perfect:
//   1. sanitize-html drops everything outside the allow-list: scripts, styles, frames, event attributes, `style`,
//      non-https links, images not in our own storage — and the mini-program tags (video, button, navigator,
//      web-view…) that Taro's HTML renderer would turn into live components.
//   2. What is left is read into blocks and written out again with blocksToHtml, escaping every text. The stored
//      HTML is therefore always exactly one of the block shapes blocks.ts lists, however malformed the input was.
import { blocksToHtml, type ContentBlock, escapeHtml, MEDIA_PATH_PATTERN, mediaIdOfPath } from '@zz/shared';
import { parseDocument } from 'htmlparser2';
import sanitizeHtml from 'sanitize-html';

export interface CleanRichText {
  /** The HTML to store: only the shapes blocks.ts lists, images only from our own storage. */
  html: string;
  /** Plain text of it (one line per block): search, excerpts and share cards. */
  text: string;
  blocks: ContentBlock[];
}

export interface RichTextOptions {
  /** Our public origin: absolute image URLs under it are made relative; any other origin's images are dropped. */
  publicBaseUrl?: string;
}

/**
 * Twice what a save may send (callers refuse above CONTENT_LIMITS.bodyHtmlMaxBytes first, and GraphQL bodies stop
 * at 128 KiB); input is cut here before parsing so no caller can make the sanitiser work on more.
 */
export const MAX_INPUT_CHARACTERS = 200_000;
/** Deeper nesting than this is read as its text: no real article nests 32 levels, and recursion stays bounded. */
const MAX_DEPTH = 32;

const INLINE_TAGS = ['strong', 'em', 'b', 'i', 'a', 'br'];
const BLOCK_TAGS = ['h2', 'h3', 'p', 'blockquote', 'ul', 'ol', 'li', 'figure', 'figcaption', 'img'];
const TABLE_TAGS = ['table', 'thead', 'tbody', 'tr', 'th', 'td'];

/**
 * Elements whose content is not text a reader should see: dropped whole, not unwrapped. Frames, embedded
 * documents and the mini-program's own components are here so their inner text cannot leak in either.
 */
const DROPPED_WITH_CONTENT = [
  'script',
  'style',
  'textarea',
  'option',
  'noscript',
  'template',
  'title',
  'head',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'canvas',
  'audio',
  'video',
  'source',
  'track',
  'map',
  'select',
  'button',
  'input',
  'form',
  'navigator',
  'web-view',
  'cover-view',
  'cover-image',
  'picker',
  'picker-view',
  'swiper',
  'movable-area',
  'movable-view',
  'live-player',
  'live-pusher',
  'camera',
  'map',
  'ad',
  'official-account',
  'open-data',
  'editor',
  'rich-text',
  'scroll-view',
  'page-container',
  'share-element',
  'xml',
  'plaintext',
  'xmp',
];

const HTTPS_URL = /^https:\/\/[^\s"'<>]+$/i;
const EXHIBIT_ID = /^[1-9]\d{0,15}$/;

/**
 * The media path a URL names when it is our storage (relative, or absolute under our origin), else null: what a
 * body, a cover or a poster may store.
 */
export function ownMediaPath(url: string | undefined, publicBaseUrl: string | undefined): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  const path = publicBaseUrl && trimmed.startsWith(`${publicBaseUrl}/`) ? trimmed.slice(publicBaseUrl.length) : trimmed;
  return MEDIA_PATH_PATTERN.test(path) ? path : null;
}

function firstPass(html: string, options: RichTextOptions): string {
  return sanitizeHtml(html.slice(0, MAX_INPUT_CHARACTERS), {
    allowedTags: [...INLINE_TAGS, ...BLOCK_TAGS, ...TABLE_TAGS, 'h1', 'h4', 'h5', 'h6'],
    allowedAttributes: {
      a: ['href'],
      img: ['src', 'alt', 'width', 'height'],
      figure: ['data-video', 'data-poster', 'data-exhibit'],
    },
    allowedSchemes: ['https'],
    allowedSchemesByTag: {},
    allowProtocolRelative: false,
    allowedStyles: {},
    allowVulnerableTags: false,
    disallowedTagsMode: 'discard',
    nonTextTags: DROPPED_WITH_CONTENT,
    // Headings beyond the two levels an article uses become the nearest one.
    transformTags: { h1: 'h2', h4: 'h3', h5: 'h3', h6: 'h3' },
    exclusiveFilter: (frame) => frame.tag === 'img' && ownMediaPath(frame.attribs.src, options.publicBaseUrl) === null,
  });
}

// ---------------------------------------------------------------------------------------------------------
// Reading the sanitised HTML into blocks

type Document = ReturnType<typeof parseDocument>;
type DomNode = Document['children'][number];
type DomElement = Extract<DomNode, { type: 'tag' | 'script' | 'style' }>;

const isElement = (node: DomNode): node is DomElement =>
  node.type === 'tag' || node.type === 'script' || node.type === 'style';
const isText = (node: DomNode): node is Extract<DomNode, { type: 'text' }> => node.type === 'text';

/** All text under a node, without recursion (deeply nested input cannot exhaust the stack). */
function textOf(node: DomNode): string {
  let text = '';
  const stack: DomNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop() as DomNode;
    if (isText(current)) text += current.data;
    else if (isElement(current)) {
      if (current.name === 'br') text += '\n';
      for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i] as DomNode);
    }
  }
  return text;
}

const collapse = (text: string) =>
  text
    .replace(/[ \t\r\f\v\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim();

/** Inline HTML of nodes, written by us: escaped text, and only strong/em/b/i/br and https links. */
function inlineHtmlOf(nodes: readonly DomNode[], depth = 0): string {
  let html = '';
  for (const node of nodes) {
    if (isText(node)) {
      html += escapeHtml(node.data.replace(/\s+/g, ' '));
      continue;
    }
    if (!isElement(node)) continue;
    if (depth >= MAX_DEPTH) {
      html += escapeHtml(textOf(node).replace(/\s+/g, ' '));
      continue;
    }
    const inner = inlineHtmlOf(node.children as DomNode[], depth + 1);
    switch (node.name) {
      case 'br':
        html += '<br>';
        break;
      case 'strong':
      case 'em':
      case 'b':
      case 'i':
        html += inner.trim() ? `<${node.name}>${inner}</${node.name}>` : inner;
        break;
      case 'a': {
        const href = node.attribs.href?.trim();
        html += href && HTTPS_URL.test(href) && inner.trim() ? `<a href="${escapeHtml(href)}">${inner}</a>` : inner;
        break;
      }
      default:
        // A block element inside inline content (malformed nesting): its text, separated.
        html += inner;
    }
  }
  return html;
}

/** Inline HTML without leading or trailing space and breaks, and one space where text nodes met with two. */
const trimInline = (html: string) => html.replace(/ {2,}/g, ' ').replace(/^(\s|<br>)+|(\s|<br>)+$/g, '');

function intAttribute(value: string | undefined): number | null {
  if (!value || !/^\d{1,5}$/.test(value)) return null;
  const n = Number(value);
  return n > 0 ? n : null;
}

function figcaptionOf(element: DomElement): string {
  const caption = (element.children as DomNode[]).find((c) => isElement(c) && c.name === 'figcaption');
  return caption ? collapse(textOf(caption)).replace(/\n/g, ' ') : '';
}

function imageBlock(img: DomElement, caption: string, options: RichTextOptions): ContentBlock | null {
  const src = ownMediaPath(img.attribs.src, options.publicBaseUrl);
  if (!src) return null;
  return {
    kind: 'IMAGE',
    src,
    width: intAttribute(img.attribs.width),
    height: intAttribute(img.attribs.height),
    alt: collapse(img.attribs.alt ?? '').slice(0, 200),
    caption,
  };
}

function figureBlocks(figure: DomElement, options: RichTextOptions): ContentBlock[] {
  const caption = figcaptionOf(figure);
  const video = figure.attribs['data-video']?.trim();
  if (video && (HTTPS_URL.test(video) || mediaIdOfPath(video))) {
    return [
      {
        kind: 'VIDEO',
        src: video,
        poster: ownMediaPath(figure.attribs['data-poster'], options.publicBaseUrl),
        caption,
      },
    ];
  }
  const exhibit = figure.attribs['data-exhibit']?.trim();
  if (exhibit && EXHIBIT_ID.test(exhibit)) return [{ kind: 'EXHIBIT', exhibitId: exhibit, caption }];
  const images = findAll(figure, 'img');
  const blocks = images
    .map((img, i) => imageBlock(img, i === images.length - 1 ? caption : '', options))
    .filter((b): b is ContentBlock => b !== null);
  if (blocks.length > 0) return blocks;
  return caption ? [{ kind: 'PARAGRAPH', html: inlineHtmlOfTextPlain(caption) }] : [];
}

/** Descendant elements named `name`, in document order, without recursion. */
function findAll(root: DomElement, name: string): DomElement[] {
  const found: DomElement[] = [];
  const stack: DomNode[] = [...(root.children as DomNode[])].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as DomNode;
    if (!isElement(node)) continue;
    if (node.name === name) found.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as DomNode);
  }
  return found;
}

function tableBlock(table: DomElement): ContentBlock | null {
  const rows = findAll(table, 'tr').map((tr) =>
    (tr.children as DomNode[])
      .filter((c): c is DomElement => isElement(c) && (c.name === 'td' || c.name === 'th'))
      .map((cell) => ({ header: cell.name === 'th', text: collapse(textOf(cell)).slice(0, 500) })),
  );
  const nonEmpty = rows.filter((r) => r.length > 0);
  if (nonEmpty.length === 0) return null;
  const [first, ...rest] = nonEmpty;
  const hasHeader = first.every((c) => c.header);
  return {
    kind: 'TABLE',
    header: hasHeader ? first.map((c) => c.text) : [],
    rows: (hasHeader ? rest : nonEmpty).map((r) => r.map((c) => c.text)),
  };
}

const BLOCK_ELEMENTS = new Set(['h2', 'h3', 'p', 'blockquote', 'ul', 'ol', 'figure', 'img', 'table', 'li']);

/**
 * Blocks of a sequence of nodes. Inline runs between block elements become paragraphs; block elements found
 * inside a paragraph (malformed nesting) split it. Nesting deeper than MAX_DEPTH is read as text.
 */
function blocksOf(nodes: readonly DomNode[], options: RichTextOptions, depth = 0): ContentBlock[] {
  const blocks: ContentBlock[] = [];
  let inline: DomNode[] = [];
  const flushInline = () => {
    const html = trimInline(inlineHtmlOf(inline));
    if (html) blocks.push({ kind: 'PARAGRAPH', html });
    inline = [];
  };
  for (const node of nodes) {
    if (!isElement(node) || !BLOCK_ELEMENTS.has(node.name) || depth >= MAX_DEPTH) {
      if (isElement(node) && depth >= MAX_DEPTH) {
        flushInline();
        const text = collapse(textOf(node));
        if (text) blocks.push({ kind: 'PARAGRAPH', html: inlineHtmlOfTextPlain(text) });
      } else inline.push(node);
      continue;
    }
    flushInline();
    const children = node.children as DomNode[];
    switch (node.name) {
      case 'h2':
      case 'h3': {
        const text = collapse(textOf(node)).replace(/\n/g, ' ');
        if (text) blocks.push({ kind: 'HEADING', level: node.name === 'h2' ? 2 : 3, text });
        break;
      }
      case 'p':
      case 'li':
        blocks.push(...blocksOf(children, options, depth + 1));
        break;
      case 'blockquote': {
        const inner = blocksOf(children, options, depth + 1);
        const html = inner
          .map((b) => (b.kind === 'PARAGRAPH' || b.kind === 'QUOTE' ? b.html : escapeHtml(plainTextOfBlock(b))))
          .filter(Boolean)
          .join('<br>');
        if (html) blocks.push({ kind: 'QUOTE', html });
        break;
      }
      case 'ul':
      case 'ol': {
        // Nested lists are flattened into the one list: the reader's page shows one level.
        const items = findAll(node, 'li')
          .map((li) =>
            trimInline(
              inlineHtmlOf(
                (li.children as DomNode[]).filter((c) => !(isElement(c) && (c.name === 'ul' || c.name === 'ol'))),
              ),
            ),
          )
          .filter(Boolean);
        if (items.length > 0) blocks.push({ kind: 'LIST', ordered: node.name === 'ol', items });
        break;
      }
      case 'figure':
        blocks.push(...figureBlocks(node, options));
        break;
      case 'img': {
        const image = imageBlock(node, '', options);
        if (image) blocks.push(image);
        break;
      }
      case 'table': {
        const table = tableBlock(node);
        if (table) blocks.push(table);
        break;
      }
    }
  }
  flushInline();
  return blocks;
}

const inlineHtmlOfTextPlain = (text: string) => escapeHtml(text).replace(/\n/g, '<br>');

/** The text of inline HTML that inlineHtmlOf wrote (entities decoded, tags gone). */
function textOfInlineHtml(html: string): string {
  return html
    .replace(/<br>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(
      /&(amp|lt|gt|quot|#39);/g,
      (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] as string,
    );
}

function plainTextOfBlock(block: ContentBlock): string {
  switch (block.kind) {
    case 'HEADING':
      return block.text;
    case 'PARAGRAPH':
    case 'QUOTE':
      return textOfInlineHtml(block.html);
    case 'LIST':
      return block.items.map(textOfInlineHtml).join('\n');
    case 'IMAGE':
    case 'VIDEO':
    case 'EXHIBIT':
      return block.caption;
    case 'TABLE':
      return [block.header, ...block.rows].map((r) => r.join(' ')).join('\n');
  }
}

/** Plain text of blocks, one line per block (empty ones left out). */
export function plainTextOfBlocks(blocks: readonly ContentBlock[]): string {
  return blocks
    .map(plainTextOfBlock)
    .map((t) => t.trim())
    .filter(Boolean)
    .join('\n');
}

/** Cleans untrusted HTML (a save, a paste) down to the allow-list. Never throws for bad markup. */
export function sanitizeRichHtml(html: string, options: RichTextOptions = {}): CleanRichText {
  const blocks = blocksOf(parseDocument(firstPass(html, options)).children as DomNode[], options);
  return { html: blocksToHtml(blocks), text: plainTextOfBlocks(blocks), blocks };
}

/** The blocks of HTML that sanitizeRichHtml produced (read the same way, so any stored body parses). */
export function htmlToBlocks(cleanHtml: string): ContentBlock[] {
  return blocksOf(parseDocument(cleanHtml).children as DomNode[], {});
}

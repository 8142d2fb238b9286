// The body of an article or an online exhibition's introduction, as the block editor and the reader see it.
// Stored as clean HTML (the server sanitises every save against its allow-list); the server parses that HTML back
// into these blocks for the reader's page and the editor. blocksToHtml is the editor's way to HTML, the
// seed's too. The HTML shape of each block (the only shapes the sanitiser keeps):
//   HEADING    <h2>text</h2> or <h3>text</h3>
//   PARAGRAPH  <p>inline</p>                 inline = text with <strong> <em> <b> <i> <br> <a href="https://…">
//   QUOTE      <blockquote><p>inline</p></blockquote>
//   LIST       <ul|ol><li>inline</li>…</ul|ol>
//   IMAGE      <figure><img src="/media/<id>/960.jpg" alt width height><figcaption>text</figcaption></figure>
//   VIDEO      <figure data-video="https://…mp4 or /media/…" data-poster="/media/<id>/960.jpg"><figcaption>…</figcaption></figure>
//              (never a <video> tag: Taro's HTML renderer would make it a live component)
//   EXHIBIT    <figure data-exhibit="<online exhibit id>"><figcaption>…</figcaption></figure>
//   TABLE      <table><thead><tr><th>…</th></tr></thead><tbody><tr><td>…</td></tr></tbody></table>  (plain text cells)

export const CONTENT_BLOCK_KINDS = [
  'HEADING',
  'PARAGRAPH',
  'QUOTE',
  'LIST',
  'IMAGE',
  'VIDEO',
  'EXHIBIT',
  'TABLE',
] as const;
export type ContentBlockKind = (typeof CONTENT_BLOCK_KINDS)[number];
export const CONTENT_BLOCK_KIND_LABELS: Record<ContentBlockKind, string> = {
  HEADING: '标题',
  PARAGRAPH: '段落',
  QUOTE: '引用',
  LIST: '列表',
  IMAGE: '图片',
  VIDEO: '视频',
  EXHIBIT: '展品',
  TABLE: '表格',
};
/** The blocks the editor offers to add (tables arrive only by pasting). */
export const EDITOR_BLOCK_KINDS = [
  'HEADING',
  'PARAGRAPH',
  'IMAGE',
  'QUOTE',
  'LIST',
  'VIDEO',
  'EXHIBIT',
] as const satisfies readonly ContentBlockKind[];

export type ContentBlock =
  | { kind: 'HEADING'; level: 2 | 3; text: string }
  /** `html` is inline HTML (see above); the editor's plain text is escaped before it becomes one. */
  | { kind: 'PARAGRAPH'; html: string }
  | { kind: 'QUOTE'; html: string }
  | { kind: 'LIST'; ordered: boolean; items: string[] }
  | { kind: 'IMAGE'; src: string; width: number | null; height: number | null; alt: string; caption: string }
  | { kind: 'VIDEO'; src: string; poster: string | null; caption: string }
  | { kind: 'EXHIBIT'; exhibitId: string; caption: string }
  | { kind: 'TABLE'; header: string[]; rows: string[][] };

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe to place inside HTML, as element content or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Plain text (as typed in the editor) as inline HTML: escaped, line breaks kept as <br>. */
export function inlineHtmlOfText(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, '<br>');
}

const attr = (name: string, value: string | number | null) =>
  value === null || value === '' ? '' : ` ${name}="${escapeHtml(String(value))}"`;
const caption = (text: string) => (text.trim() ? `<figcaption>${escapeHtml(text.trim())}</figcaption>` : '');

/** One block as the HTML the server stores (before sanitising, which keeps exactly these shapes). */
export function blockToHtml(block: ContentBlock): string {
  switch (block.kind) {
    case 'HEADING':
      return `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`;
    case 'PARAGRAPH':
      return `<p>${block.html}</p>`;
    case 'QUOTE':
      return `<blockquote><p>${block.html}</p></blockquote>`;
    case 'LIST': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => `<li>${item}</li>`).join('')}</${tag}>`;
    }
    case 'IMAGE':
      return `<figure><img${attr('src', block.src)}${attr('alt', block.alt)}${attr('width', block.width)}${attr('height', block.height)}>${caption(block.caption)}</figure>`;
    case 'VIDEO':
      return `<figure${attr('data-video', block.src)}${attr('data-poster', block.poster)}>${caption(block.caption)}</figure>`;
    case 'EXHIBIT':
      return `<figure${attr('data-exhibit', block.exhibitId)}>${caption(block.caption)}</figure>`;
    case 'TABLE': {
      const row = (cells: string[], tag: 'th' | 'td') =>
        `<tr>${cells.map((c) => `<${tag}>${escapeHtml(c)}</${tag}>`).join('')}</tr>`;
      const head = block.header.length ? `<thead>${row(block.header, 'th')}</thead>` : '';
      return `<table>${head}<tbody>${block.rows.map((r) => row(r, 'td')).join('')}</tbody></table>`;
    }
  }
}

export function blocksToHtml(blocks: readonly ContentBlock[]): string {
  return blocks.map(blockToHtml).join('\n');
}

/** Chinese readers take in about 400 characters a minute; never less than one minute. */
export const READING_CHARACTERS_PER_MINUTE = 400;

export function readingMinutesOf(plainText: string): number {
  const characters = plainText.replace(/\s+/g, '').length;
  return Math.max(1, Math.round(characters / READING_CHARACTERS_PER_MINUTE));
}

/** How long a share card's or a list's excerpt is, in characters. */
export const EXCERPT_LENGTH = 80;

export function excerptOf(plainText: string, length = EXCERPT_LENGTH): string {
  const flat = plainText.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1)}…`;
}

/**
 * Text as search compares it: NFKC (full-width letters and digits become ASCII), lower case, runs of white
 * space as one space. Used for the stored search text and for the query alike, so they always meet.
 */
export function normalizeSearchText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Limits of what staff write. */
export const CONTENT_LIMITS = {
  titleMax: 60,
  summaryMax: 200,
  tagsMax: 8,
  tagMax: 12,
  authorMax: 40,
  sourceMax: 60,
  /**
   * HTML of one body in UTF-8 bytes: ~30,000 Chinese characters, more than a long illustrated article needs, and
   * inside the GraphQL request body limit (128 KiB) with room for the rest of the form.
   */
  bodyHtmlMaxBytes: 100_000,
  searchMax: 40,
  exhibitsMax: 120,
  exhibitImagesMax: 9,
} as const;

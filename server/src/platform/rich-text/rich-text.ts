// Rich text that staff write (article bodies): sanitised on the server when saved, against an allow-list, and
// parsed back into blocks (shared/src/content/blocks.ts) for the reader's page and the editor.
// PLACEHOLDER until the real sanitiser lands: it keeps only the text, escaped, in paragraphs.
import { type ContentBlock, escapeHtml } from '@zz/shared';

export interface CleanRichText {
  /** The HTML to store: only the shapes blocks.ts lists, images only from our own storage. */
  html: string;
  /** Plain text of it (paragraphs separated by new lines): search, excerpts and share cards. */
  text: string;
}

/** Cleans untrusted HTML (a save, a paste) down to the allow-list. Never throws for bad markup. */
export function sanitizeRichHtml(html: string): CleanRichText {
  const text = html
    .replace(/<[^>]*>/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
  return {
    html: text
      ? text
          .split('\n')
          .map((line) => `<p>${escapeHtml(line)}</p>`)
          .join('\n')
      : '',
    text,
  };
}

/** The blocks of HTML that sanitizeRichHtml produced (anything else is skipped). */
export function htmlToBlocks(cleanHtml: string): ContentBlock[] {
  return [...cleanHtml.matchAll(/<p>(.*?)<\/p>/g)].map((m) => ({ kind: 'PARAGRAPH', html: m[1] }));
}

// The block editor's model (client/src/features/staff/content/editor-blocks.ts): what a loaded body becomes in
// the editor, what typed text becomes in the HTML that is saved, and the stored image paths it keeps.
import { blocksToHtml } from '@zz/shared';
import { describe, expect, it } from 'vitest';
import {
  blockOfServer,
  contentBlocksOf,
  editorBlock,
  emptyBlock,
  htmlOfPlainText,
  moveItem,
  pathOfUrl,
  textOfInlineHtml,
  withText,
} from '../../client/src/features/staff/content/editor-blocks';

describe('the studio block editor model', () => {
  it('keeps a loaded paragraph’s inline HTML until its text is edited, then escapes what was typed', () => {
    const loaded = editorBlock({ kind: 'PARAGRAPH', html: '侨批<strong>家书</strong><br>第二行 &amp; 更多' });
    expect(loaded.text).toBe('侨批家书\n第二行 & 更多');
    expect(blocksToHtml(contentBlocksOf([loaded]))).toBe('<p>侨批<strong>家书</strong><br>第二行 &amp; 更多</p>');
    const edited = withText(loaded, '侨批 <b>家书</b>\n第二行');
    expect(blocksToHtml(contentBlocksOf([edited]))).toBe('<p>侨批 &lt;b&gt;家书&lt;/b&gt;<br>第二行</p>');
  });

  it('makes a list of one escaped item per non-empty line', () => {
    const list = withText(emptyBlock('LIST'), '一、侨批\n\n  二、<回批>  \n');
    expect(list.block).toEqual({ kind: 'LIST', ordered: false, items: ['一、侨批', '二、&lt;回批&gt;'] });
  });

  it('keeps the stored /media path of an image the server answers with an absolute URL', () => {
    expect(pathOfUrl('https://dangan.zhangzhou.test/media/0123456789abcdef0123456789abcdef/960.jpg')).toBe(
      '/media/0123456789abcdef0123456789abcdef/960.jpg',
    );
    const image = blockOfServer({
      kind: 'IMAGE',
      image: {
        url: 'http://127.0.0.1:4000/media/0123456789abcdef0123456789abcdef/960.jpg',
        thumbUrl: '',
        largeUrl: '',
        width: 960,
        height: 600,
      },
      alt: '侨批',
      caption: '民国侨批',
    });
    expect(image).toEqual({
      kind: 'IMAGE',
      src: '/media/0123456789abcdef0123456789abcdef/960.jpg',
      width: 960,
      height: 600,
      alt: '侨批',
      caption: '民国侨批',
    });
    // An https video elsewhere stays as it is; our own poster becomes its path.
    expect(
      blockOfServer({
        kind: 'VIDEO',
        videoUrl: 'https://video.example.com/a.mp4',
        posterUrl: 'https://dangan.zhangzhou.test/media/0123456789abcdef0123456789abcdef/960.jpg',
        caption: '',
      }),
    ).toEqual({
      kind: 'VIDEO',
      src: 'https://video.example.com/a.mp4',
      poster: '/media/0123456789abcdef0123456789abcdef/960.jpg',
      caption: '',
    });
  });

  it('leaves blocks that would publish as nothing out of the saved HTML', () => {
    const blocks = [
      emptyBlock('IMAGE'),
      emptyBlock('PARAGRAPH'),
      withText(emptyBlock('PARAGRAPH'), '正文'),
      emptyBlock('EXHIBIT'),
    ];
    expect(blocksToHtml(contentBlocksOf(blocks))).toBe('<p>正文</p>');
  });

  it('moves a block up or down and ignores a move past either end', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('turns pasted plain text into escaped paragraphs, one per blank-line-separated run', () => {
    expect(htmlOfPlainText('第一段\n续行\n\n<第二段>\n\n\n')).toBe('<p>第一段<br>续行</p>\n<p>&lt;第二段&gt;</p>');
    expect(textOfInlineHtml('<a href="https://a.cn">链接</a>&quot;引号&quot;')).toBe('链接"引号"');
  });
});

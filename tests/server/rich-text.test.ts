// The sanitiser every saved body and every paste goes through (platform/rich-text): what it must never let
// through, what it must keep, and that what it stores is always one of the block shapes and stable when
// sanitised again.
import { blocksToHtml, type ContentBlock } from '@zz/shared';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { htmlToBlocks, MAX_INPUT_CHARACTERS, sanitizeRichHtml } from '../../server/src/platform/rich-text/rich-text';

const MEDIA = '/media/0123456789abcdef0123456789abcdef/960.jpg';
const ORIGIN = 'https://archive.example.cn';
const clean = (html: string) => sanitizeRichHtml(html, { publicBaseUrl: ORIGIN });

/** What the stored HTML may contain: these elements with these attributes, nothing else. */
const ALLOWED: Record<string, readonly string[]> = {
  h2: [],
  h3: [],
  p: [],
  br: [],
  strong: [],
  em: [],
  b: [],
  i: [],
  a: ['href'],
  blockquote: [],
  ul: [],
  ol: [],
  li: [],
  figure: ['data-video', 'data-poster', 'data-exhibit'],
  figcaption: [],
  img: ['src', 'alt', 'width', 'height'],
  table: [],
  thead: [],
  tbody: [],
  tr: [],
  th: [],
  td: [],
};

type Node = ReturnType<typeof parseDocument>['children'][number];

/** Every element of the HTML with its attributes, depth first. */
function elementsOf(html: string): Array<{ name: string; attribs: Record<string, string> }> {
  const found: Array<{ name: string; attribs: Record<string, string> }> = [];
  const stack: Node[] = [...parseDocument(html).children];
  while (stack.length) {
    const node = stack.pop() as Node;
    if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
      found.push({ name: node.name, attribs: node.attribs });
      stack.push(...(node.children as Node[]));
    }
  }
  return found;
}

/** Fails with the offending element when the HTML holds anything outside the allow-list. */
function expectOnlyAllowed(html: string): void {
  for (const element of elementsOf(html)) {
    expect(Object.keys(ALLOWED), `element <${element.name}>`).toContain(element.name);
    for (const [name, value] of Object.entries(element.attribs)) {
      expect(ALLOWED[element.name], `attribute ${name} on <${element.name}>`).toContain(name);
      if (name === 'href') expect(value).toMatch(/^https:\/\//);
      if (name === 'src' || name === 'data-poster') expect(value).toMatch(/^\/media\/[0-9a-f]{32}\/\d+\.jpg$/);
      if (name === 'data-video') expect(value).toMatch(/^(https:\/\/|\/media\/)/);
    }
  }
}

describe('the rich-text sanitiser', () => {
  it('drops scripts and styles with their content, and keeps the text around them', () => {
    const result = clean(
      '<p>侨批<script>alert("x")</script>故事</p><style>p{color:red}</style><script src="https://x/a.js"></script>',
    );
    expect(result.html).toBe('<p>侨批故事</p>');
    expect(result.text).toBe('侨批故事');
  });

  it('drops event handler and style attributes everywhere', () => {
    const result = clean(
      `<p onclick="steal()" style="color:red">文字 <strong onmouseover="x()">强调</strong></p><img src="${MEDIA}" onerror="steal()" onload="x()">`,
    );
    expect(result.html).toBe(`<p>文字 <strong>强调</strong></p>\n<figure><img src="${MEDIA}"></figure>`);
    expect(result.html).not.toMatch(/on\w+=|style=/);
  });

  it('keeps https links only: javascript:, data:, vbscript:, protocol-relative and http links lose their href', () => {
    for (const href of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java&#x09;script:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      '//evil.example/x',
      'http://plain.example/x',
    ]) {
      const result = clean(`<p><a href="${href}">链接</a></p>`);
      expect(result.html, href).toBe('<p>链接</p>');
    }
    expect(clean('<p><a href="https://www.zz.gov.cn/x?a=1&b=2">市政府</a></p>').html).toBe(
      '<p><a href="https://www.zz.gov.cn/x?a=1&amp;b=2">市政府</a></p>',
    );
  });

  it('keeps images only from our own storage: data URLs, other hosts and javascript sources are removed', () => {
    for (const src of [
      'data:image/png;base64,iVBORw0KGgo=',
      'https://evil.example/media/0123456789abcdef0123456789abcdef/960.jpg',
      'javascript:alert(1)',
      '/media/../../etc/passwd',
      '/uploads/0123456789abcdef0123456789abcdef',
    ]) {
      expect(clean(`<p>前<img src="${src}">后</p>`).html, src).toBe('<p>前后</p>');
    }
    // Our own origin's absolute URL is stored as the path, so a change of domain never breaks a body.
    expect(clean(`<img src="${ORIGIN}${MEDIA}" alt="批信" width="800" height="600">`).html).toBe(
      `<figure><img src="${MEDIA}" alt="批信" width="800" height="600"></figure>`,
    );
  });

  it('never lets a mini-program or frame tag through, nor the text inside it', () => {
    const tags = [
      'video',
      'button',
      'navigator',
      'web-view',
      'iframe',
      'object',
      'audio',
      'form',
      'textarea',
      'map',
      'picker',
      'swiper',
      'cover-view',
      'rich-text',
      'svg',
      'noscript',
      'template',
    ];
    for (const tag of tags) {
      const result = clean(
        `<p>前</p><${tag} src="https://x.example/v.mp4" url="/pages/me/index">内部文字</${tag}><p>后</p>`,
      );
      expect(result.html, tag).toBe('<p>前</p>\n<p>后</p>');
      expect(result.text).not.toContain('内部文字');
    }
    // Elements that cannot hold content are dropped as themselves.
    for (const tag of ['frame', 'embed', 'input', 'source', 'track']) {
      expect(clean(`<p>前<${tag} src="https://x.example/a" onload="x()">后</p>`).html, tag).toBe('<p>前后</p>');
    }
  });

  it('turns malformed and nested markup into the block shapes', () => {
    const result = clean(
      '<div><p>段一<h2>标题<p>嵌套</h2>段二</p><ul><li>甲<ul><li>乙</li></ul></li><li>丙</ul><blockquote><p>引</p><ul><li>文</li></ul></blockquote><h1>大</h1><h5>小</h5>未闭合<b>粗',
    );
    expectOnlyAllowed(result.html);
    expect(result.blocks.map((b) => b.kind)).toEqual([
      'PARAGRAPH',
      'HEADING',
      'PARAGRAPH',
      'LIST',
      'QUOTE',
      'HEADING',
      'HEADING',
      'PARAGRAPH',
    ]);
    expect(result.blocks[3]).toEqual({ kind: 'LIST', ordered: false, items: ['甲', '乙', '丙'] });
    expect(result.blocks[5]).toEqual({ kind: 'HEADING', level: 2, text: '大' });
    expect(result.blocks[6]).toEqual({ kind: 'HEADING', level: 3, text: '小' });
    expect(result.blocks[7]).toEqual({ kind: 'PARAGRAPH', html: '未闭合<b>粗</b>' });
  });

  it('reads nesting deeper than any article as its text, without exhausting the stack', () => {
    // 10,000 levels: 150,000 characters, inside the input limit.
    const deep = `${'<blockquote><b>'.repeat(10_000)}深处${'</b></blockquote>'.repeat(10_000)}`;
    const result = clean(deep);
    expectOnlyAllowed(result.html);
    expect(result.text).toContain('深处');
  });

  it('bounds the work of a huge document: input beyond the limit is cut before parsing', () => {
    const paragraph = '<p>漳州侨批档案</p>';
    const huge = paragraph.repeat(Math.ceil((MAX_INPUT_CHARACTERS * 3) / paragraph.length));
    const result = clean(huge);
    expectOnlyAllowed(result.html);
    const kept = result.blocks.length;
    expect(kept).toBeLessThanOrEqual(Math.ceil(MAX_INPUT_CHARACTERS / paragraph.length));
    expect(kept).toBeGreaterThan(Math.floor(MAX_INPUT_CHARACTERS / paragraph.length) - 2);
  });

  it('escapes text so markup inside it stays text', () => {
    const result = clean('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; "引号"</p>');
    expect(result.html).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;引号&quot;</p>');
    expect(result.text).toBe('<script>alert(1)</script> & "引号"');
    expectOnlyAllowed(result.html);
  });

  it('keeps every block the editor writes exactly, and a second pass changes nothing', () => {
    const blocks: ContentBlock[] = [
      { kind: 'HEADING', level: 2, text: '侨批：跨越重洋的家书' },
      {
        kind: 'PARAGRAPH',
        html: '“侨批”又称<strong>银信</strong>，<em>信汇合一</em>。<br>见<a href="https://www.zz.gov.cn/">官网</a>',
      },
      { kind: 'QUOTE', html: '家中老幼平安，勿念。' },
      { kind: 'LIST', ordered: true, items: ['批信', '回批', '<b>汇款凭证</b>'] },
      { kind: 'IMAGE', src: MEDIA, width: 1200, height: 800, alt: '批封', caption: '民国时期的侨批封' },
      { kind: 'VIDEO', src: 'https://video.example.cn/qiaopi.mp4', poster: MEDIA, caption: '纪录片片段' },
      { kind: 'EXHIBIT', exhibitId: '42', caption: '展品：回批' },
      {
        kind: 'TABLE',
        header: ['年份', '件数'],
        rows: [
          ['1936', '128'],
          ['1948', '311'],
        ],
      },
    ];
    const result = clean(blocksToHtml(blocks));
    expect(result.blocks).toEqual(blocks);
    expect(htmlToBlocks(result.html)).toEqual(blocks);
    expect(clean(result.html).html).toBe(result.html);
    expect(result.text.split('\n')).toContain('侨批：跨越重洋的家书');
  });

  it('keeps only the allow-list, and is stable, for random tag soup', () => {
    const pieces = [
      '<p>',
      '</p>',
      '<div>',
      '</div>',
      '<b>',
      '</b>',
      '<script>',
      '</script>',
      '<a href="https://a.cn">',
      '<a href="javascript:x">',
      '</a>',
      `<img src="${MEDIA}">`,
      '<img src=x onerror=y>',
      '<video>',
      '</video>',
      '<ul>',
      '<li>',
      '</li>',
      '</ul>',
      '<figure data-video="javascript:x">',
      '<figure data-exhibit="7">',
      '</figure>',
      '<figcaption>',
      '<table>',
      '<tr>',
      '<td>',
      '</table>',
      '<h2>',
      '</h2>',
      '<blockquote>',
      '</blockquote>',
      '<br>',
      '<!--',
      '-->',
      '<![CDATA[',
      ']]>',
      '<style>',
      '</style>',
      '"',
      "'",
      '<',
      '>',
      '&',
      '侨',
      '批',
      ' ',
      '\n',
      '<web-view src="https://e">',
      '<span style="x">',
    ];
    let seed = 20261203;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 300; round++) {
      const soup = Array.from(
        { length: 5 + Math.floor(random() * 60) },
        () => pieces[Math.floor(random() * pieces.length)],
      ).join('');
      const result = clean(soup);
      expectOnlyAllowed(result.html);
      expect(clean(result.html).html, soup).toBe(result.html);
    }
  });
});

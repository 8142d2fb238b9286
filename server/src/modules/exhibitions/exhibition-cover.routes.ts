// The placeholder cover of an exhibition without an uploaded one: an SVG drawn from its title and archive over a
// lattice in the app's colours (client/src/theme/tokens.css), served at a stable URL until staff upload a picture.
// Everything taken from the exhibition is escaped: a title is text, never markup.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Deps } from '../../context';
import { sendJson } from '../../platform/http/http';
import { branchById } from '../branches/branch.service';
import { getExhibition } from './exhibition.service';

/** Where an exhibition's placeholder cover is served (GET /covers/exhibitions/<id>.svg). */
export const placeholderCoverPath = (exhibitionId: number) => `/covers/exhibitions/${exhibitionId}.svg`;
const COVER_PATH = /^\/covers\/exhibitions\/([1-9][0-9]{0,15})\.svg$/;

const THEME = {
  primary: '#1d4f57',
  primaryStrong: '#143a40',
  accent: '#b3261e',
  accentSoft: '#f7e4df',
  paper: '#f5efe3',
};

/** Three lattices (回纹, 冰裂 lines, 方格), chosen by id so neighbouring cards differ. */
const PATTERNS = [
  'M0 0h40v40H0zM8 8h24v24H8zM16 16h8v8h-8z',
  'M0 0l40 40M40 0L0 40M20 0v40',
  'M0 20h40M20 0v40M0 0h40v40H0z',
];

export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );
}

/** The title in at most two lines of `perLine` characters (the second cut with an ellipsis). */
function titleLines(title: string, perLine: number): string[] {
  const chars = Array.from(title.trim());
  if (chars.length <= perLine) return [chars.join('')];
  const second = chars.slice(perLine, perLine * 2);
  if (chars.length > perLine * 2) second[perLine - 1] = '…';
  return [chars.slice(0, perLine).join(''), second.join('')];
}

export function renderPlaceholderCover(cover: { id: number; title: string; archive: string }): string {
  const pattern = PATTERNS[cover.id % PATTERNS.length];
  const seal = escapeXml(Array.from(cover.title.trim())[0] ?? '档');
  const lines = titleLines(cover.title, 12);
  const firstLineY = lines.length === 1 ? 236 : 206;
  const title = lines
    .map((line, i) => `<text x="208" y="${firstLineY + i * 58}" class="t">${escapeXml(line)}</text>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="750" height="420" viewBox="0 0 750 420" preserveAspectRatio="xMidYMid slice" role="img" aria-label="${escapeXml(cover.title)}">
<defs>
<linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${THEME.primary}"/><stop offset="1" stop-color="${THEME.primaryStrong}"/></linearGradient>
<pattern id="p" width="40" height="40" patternUnits="userSpaceOnUse"><path d="${pattern}" fill="none" stroke="${THEME.paper}" stroke-opacity="0.12" stroke-width="2"/></pattern>
<style>.t{font:700 44px "Songti SC","Noto Serif CJK SC","Source Han Serif SC",serif;fill:${THEME.paper}}.a{font:28px sans-serif;fill:${THEME.accentSoft};letter-spacing:4px}.s{font:700 64px "Songti SC","Noto Serif CJK SC",serif;fill:#fff}</style>
</defs>
<rect width="750" height="420" fill="url(#g)"/>
<rect width="750" height="420" fill="url(#p)"/>
<rect x="48" y="150" width="128" height="128" rx="10" fill="${THEME.accent}" stroke="${THEME.accentSoft}" stroke-width="4"/>
<text x="112" y="237" text-anchor="middle" class="s">${seal}</text>
${title}
<text x="208" y="${firstLineY + lines.length * 58 + 6}" class="a">${escapeXml(cover.archive)}</text>
<rect x="0" y="404" width="750" height="16" fill="${THEME.accent}"/>
</svg>`;
}

/**
 * GET|HEAD /covers/exhibitions/<id>.svg. The picture follows the title, so it is cached for an hour and then
 * revalidated by its ETag (a hash of the SVG) rather than kept forever. Drafts and reading rooms answer 404 like
 * a missing exhibition: the route shows what the public API shows.
 */
export function createCoverRoutes(deps: Pick<Deps, 'db' | 'clock'>) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const match = COVER_PATH.exec(req.url?.split('?')[0] ?? '');
    if (!match || (req.method !== 'GET' && req.method !== 'HEAD')) {
      sendJson(res, 404, { error: { code: 'COVER_NOT_FOUND', message: '未找到该封面' } });
      return;
    }
    const id = Number(match[1]);
    void (async () => {
      const exhibition = await getExhibition(deps, null, id);
      if (!exhibition) {
        sendJson(res, 404, { error: { code: 'COVER_NOT_FOUND', message: '未找到该封面' } });
        return;
      }
      const branch = await branchById(deps.db, exhibition.branchId);
      const svg = renderPlaceholderCover({ id, title: exhibition.title, archive: branch?.name ?? '' });
      const etag = `"${createHash('sha256').update(svg).digest('hex').slice(0, 16)}"`;
      const headers = {
        'content-type': 'image/svg+xml; charset=utf-8',
        'cache-control': 'public, max-age=3600',
        'x-content-type-options': 'nosniff',
        // An SVG opened on its own must not run anything (it has no script, and this keeps it so).
        'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
        etag,
      };
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, headers);
        res.end();
        return;
      }
      const body = Buffer.from(svg, 'utf8');
      res.writeHead(200, { ...headers, 'content-length': String(body.length) });
      res.end(req.method === 'HEAD' ? undefined : body);
    })().catch((error: unknown) => {
      console.error('cover failed', error);
      if (res.headersSent) res.destroy();
      else sendJson(res, 503, { error: { code: 'COVER_UNAVAILABLE', message: '封面暂时无法生成' } });
    });
  };
}

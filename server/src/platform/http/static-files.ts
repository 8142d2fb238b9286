// GET|HEAD of the H5 app's files (client/dist/h5): the precompressed twin a browser accepts (.br, then .gz, made at
// build time by scripts/precompress.mjs, never on the fly), a year of caching for files whose name carries a content
// hash, and revalidation for everything else (index.html names the hashed files, so it must never be kept stale).
import { createReadStream, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** The encodings the build writes beside a file, in the order the server prefers them (brotli is smaller). */
export const PRECOMPRESSED = [
  { coding: 'br', suffix: '.br' },
  { coding: 'gzip', suffix: '.gz' },
] as const;

/** Vite and Taro name built files `<name>.<8 hex digits>.<ext>`: a new content gets a new name. */
const HASHED_NAME = /\.[0-9a-f]{8}\.[a-z0-9]+$/i;
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** May be stored, but asked about again (ETag / Last-Modified) before every use. */
export const REVALIDATE = 'no-cache';

/** The codings the client accepts, from Accept-Encoding (`q=0` refuses one; `*` stands for any not named). */
export function acceptedCodings(header: string | undefined): (coding: string) => boolean {
  const weights = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    weights.set(name, q ? Number(q.slice(2)) || 0 : 1);
  }
  return (coding) => (weights.get(coding) ?? weights.get('*') ?? 0) > 0;
}

/** The file under `root` that a URL path names, or null when the path is malformed or leads outside `root`. */
function fileUnder(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const file = resolve(root, `.${decoded.endsWith('/') ? `${decoded}index.html` : decoded}`);
  return file.startsWith(root + sep) ? file : null;
}

const statOrNull = (path: string): Promise<Stats | null> => stat(path).catch(() => null);

/** Strong validators per representation: the same file compressed is another set of bytes. */
const etagOf = (source: Stats, coding: string | null) =>
  `"${source.size.toString(36)}-${Math.floor(source.mtimeMs).toString(36)}${coding ? `-${coding}` : ''}"`;

function notModified(req: IncomingMessage, etag: string, source: Stats): boolean {
  const ifNoneMatch = req.headers['if-none-match'];
  // If-None-Match wins over If-Modified-Since when both are sent (RFC 9110 §13.2.2).
  if (ifNoneMatch) return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
  const since = Date.parse(req.headers['if-modified-since'] ?? '');
  return Number.isFinite(since) && Math.floor(source.mtimeMs / 1000) * 1000 <= since;
}

/**
 * A handler for the files under `dir`; `next` answers what is not there (a path outside `dir` is not there).
 * Files are looked up per request, so rebuilding the H5 app while the server runs serves the new build at once.
 */
export function createStaticFiles(
  dir: string,
): (req: IncomingMessage, res: ServerResponse, next: () => void) => Promise<void> {
  const root = resolve(dir);
  return async (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const file = fileUnder(root, req.url?.split('?')[0] ?? '/');
    const source = file ? await statOrNull(file) : null;
    if (!file || !source?.isFile()) return next();

    const accepts = acceptedCodings(req.headers['accept-encoding']?.toString());
    let served = { path: file, size: source.size, coding: null as string | null };
    for (const { coding, suffix } of PRECOMPRESSED) {
      if (!accepts(coding)) continue;
      const twin = await statOrNull(file + suffix);
      // A twin older than its source is left over from an earlier build: its bytes are not the file's any more.
      if (twin?.isFile() && twin.mtimeMs >= source.mtimeMs) {
        served = { path: file + suffix, size: twin.size, coding };
        break;
      }
    }
    const etag = etagOf(source, served.coding);
    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const headers: Record<string, string> = {
      'content-type': type,
      'cache-control': HASHED_NAME.test(file) ? IMMUTABLE : REVALIDATE,
      etag,
      'last-modified': source.mtime.toUTCString(),
      'x-content-type-options': 'nosniff',
      // Caches must key on Accept-Encoding for any type the build may have compressed.
      ...(type.startsWith('text/') || type.includes('json') || type.includes('svg') ? { vary: 'Accept-Encoding' } : {}),
      ...(served.coding ? { 'content-encoding': served.coding } : {}),
    };
    if (notModified(req, etag, source)) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    res.writeHead(200, { ...headers, 'content-length': String(served.size) });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(served.path)
      // Deleted between stat and read (a rebuild): the length is promised, so the connection is cut.
      .on('error', () => res.destroy())
      .pipe(res);
  };
}

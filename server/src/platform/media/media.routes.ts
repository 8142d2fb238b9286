// GET|HEAD /media/<id>/<480|960|1600>.jpg: public images (article and exhibition pictures) to anyone, from
// MediaStorage. A stored variant never changes (a new picture gets a new id), so browsers, WeChat and any CDN may
// keep it for a year without asking again. Nothing but the exact key pattern reaches the storage, so no path is
// ever built from what a client sent.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { MEDIA_PATH_PATTERN } from '@zz/shared';
import { sendJson } from '../http/http';
import type { MediaStorage } from './media-storage';

const notFound = (res: ServerResponse) =>
  sendJson(res, 404, { error: { code: 'MEDIA_NOT_FOUND', message: '未找到该图片' } }, { 'cache-control': 'no-store' });

export function createMediaRoutes(storage: MediaStorage): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(
        res,
        405,
        { error: { code: 'MEDIA_METHOD_NOT_ALLOWED', message: '不支持该请求方法' } },
        { allow: 'GET, HEAD' },
      );
      return;
    }
    const match = MEDIA_PATH_PATTERN.exec(req.url?.split('?')[0] ?? '');
    if (!match) return notFound(res);
    const [, id, width] = match;
    // The content behind a key never changes, so its key is a strong validator.
    const etag = `"${id}-${width}"`;
    storage
      .get(`${id}/${width}.jpg`)
      .then((stored) => {
        if (!stored) return notFound(res);
        const headers = {
          'content-type': 'image/jpeg',
          'cache-control': 'public, max-age=31536000, immutable',
          'x-content-type-options': 'nosniff',
          etag,
        };
        if (req.headers['if-none-match'] === etag) {
          res.writeHead(304, headers);
          res.end();
          return;
        }
        res.writeHead(200, { ...headers, 'content-length': String(stored.bytes.length) });
        res.end(req.method === 'HEAD' ? undefined : stored.bytes);
      })
      .catch((error: unknown) => {
        console.error('media read failed', error);
        if (res.headersSent) res.destroy();
        else sendJson(res, 503, { error: { code: 'MEDIA_UNAVAILABLE', message: '图片暂时无法读取，请稍后再试' } });
      });
  };
}

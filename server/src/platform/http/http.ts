// Node HTTP plumbing shared by the routes of the one server (app.ts: /graphql, /uploads): request bodies read
// within a byte limit, and JSON answers.
import type { IncomingMessage, ServerResponse } from 'node:http';

export type BoundedBody =
  | { kind: 'read'; body: Buffer }
  /** Refused: nothing kept. The caller answers (413) with `connection: close`. */
  | { kind: 'too-large'; reason: string }
  /** The request broke off (client gone); there is no one to answer. */
  | { kind: 'failed' };

/**
 * A request body, read into memory only up to `limit` bytes: the bytes are counted as they arrive, so a chunked
 * body without Content-Length is held to the limit too, and a declared Content-Length above it is refused before
 * anything is read. GET, HEAD and OPTIONS have an empty body.
 */
export function readBodyWithinLimit(req: IncomingMessage, limit: number): Promise<BoundedBody> {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS')
    return Promise.resolve({ kind: 'read', body: Buffer.alloc(0) });
  const declared = Number(req.headers['content-length']);
  if (declared > limit)
    return Promise.resolve({ kind: 'too-large', reason: `Content-Length ${declared} is above ${limit} bytes` });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      stop();
      chunks.length = 0;
      // Left flowing without a listener, the rest of the body is discarded until the connection closes.
      resolve({ kind: 'too-large', reason: `body passed ${limit} bytes` });
    };
    const onEnd = () => {
      stop();
      resolve({ kind: 'read', body: Buffer.concat(chunks, size) });
    };
    const onError = () => {
      stop();
      resolve({ kind: 'failed' });
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

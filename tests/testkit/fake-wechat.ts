// A stand-in for api.weixin.qq.com on 127.0.0.1: GET /sns/jscode2session answers per code as configured,
// the way WeChat does (HTTP 200, text/plain JSON, errcode on failure), and records every request.
import { randomBytes } from 'node:crypto';
import { createServer, type ServerResponse } from 'node:http';

export type WechatReply =
  /** A successful exchange. Like WeChat's codes, it works once; a second use answers 40163. */
  | { kind: 'session'; openid: string; unionid?: string; sessionKey?: string; reusable?: boolean }
  /** WeChat's own errors: 40029 invalid code, 40163 used code, 45011 rate limit, 40226 risky user, -1 busy. */
  | { kind: 'error'; errcode: number; errmsg?: string }
  /** A failure before WeChat's application answers (a gateway error). */
  | { kind: 'http'; status: number }
  /** Never answers: the client must give up on its own timeout. */
  | { kind: 'hang' };

export interface RecordedWechatRequest {
  path: string;
  appid: string | null;
  secret: string | null;
  js_code: string | null;
  grant_type: string | null;
}

export interface FakeWechat {
  url: string;
  appId: string;
  secret: string;
  requests: RecordedWechatRequest[];
  /** Configures the answer for one code; unknown codes get 40029 as on the real API. */
  reply(code: string, reply: WechatReply): void;
  /** A fresh code that signs in as `openid`; returns the code and the session_key WeChat would hand out. */
  sessionCode(openid: string, extra?: { unionid?: string }): { code: string; sessionKey: string };
  /** Environment for startTestServer so the real WeChat client talks to this server. */
  env(): Record<string, string>;
  close(): Promise<void>;
}

const ERRMSG: Record<number, string> = {
  [-1]: 'system error',
  40029: 'invalid code',
  40163: 'code been used',
  45011: 'api minute-quota reach limit  mustslower  retry next minute',
  40226: 'high risk user',
  40013: 'invalid appid',
  40125: 'invalid appsecret',
};

export async function startFakeWechat(options: { appId?: string; secret?: string } = {}): Promise<FakeWechat> {
  const appId = options.appId ?? `wx${randomBytes(8).toString('hex')}`;
  const secret = options.secret ?? randomBytes(16).toString('hex');
  const replies = new Map<string, WechatReply>();
  const used = new Set<string>();
  const requests: RecordedWechatRequest[] = [];

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake-wechat');
    const q = url.searchParams;
    requests.push({
      path: url.pathname,
      appid: q.get('appid'),
      secret: q.get('secret'),
      js_code: q.get('js_code'),
      grant_type: q.get('grant_type'),
    });
    if (req.method !== 'GET' || url.pathname !== '/sns/jscode2session') {
      res.writeHead(404).end();
      return;
    }
    if (q.get('appid') !== appId) return sendError(res, 40013);
    if (q.get('secret') !== secret) return sendError(res, 40125);
    if (q.get('grant_type') !== 'authorization_code') return sendError(res, 40002, 'invalid grant_type');
    const code = q.get('js_code') ?? '';
    const reply = replies.get(code) ?? { kind: 'error', errcode: 40029 };
    switch (reply.kind) {
      case 'hang':
        return; // the socket stays open until the client aborts or close() runs
      case 'http':
        res.writeHead(reply.status, { 'content-type': 'text/html' }).end(`<h1>${reply.status}</h1>`);
        return;
      case 'error':
        return sendError(res, reply.errcode, reply.errmsg);
      case 'session': {
        if (!reply.reusable && used.has(code)) return sendError(res, 40163);
        used.add(code);
        return sendBody(res, {
          session_key: reply.sessionKey ?? randomBytes(16).toString('base64'),
          openid: reply.openid,
          ...(reply.unionid ? { unionid: reply.unionid } : {}),
        });
      }
    }
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fake WeChat server has no port');
  const url = `http://127.0.0.1:${address.port}`;

  return {
    url,
    appId,
    secret,
    requests,
    reply: (code, reply) => {
      replies.set(code, reply);
    },
    sessionCode(openid, extra = {}) {
      const code = `code-${randomBytes(8).toString('hex')}`;
      const sessionKey = randomBytes(16).toString('base64');
      replies.set(code, { kind: 'session', openid, sessionKey, unionid: extra.unionid });
      return { code, sessionKey };
    },
    env: () => ({ WECHAT_APPID: appId, WECHAT_SECRET: secret, WECHAT_API_BASE: url }),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function sendError(res: ServerResponse, errcode: number, errmsg?: string): void {
  sendBody(res, { errcode, errmsg: errmsg ?? ERRMSG[errcode] ?? 'error' });
}

function sendBody(res: ServerResponse, body: unknown): void {
  // WeChat serves this JSON as text/plain; the client must not depend on the content type.
  res.writeHead(200, { 'content-type': 'text/plain' }).end(JSON.stringify(body));
}

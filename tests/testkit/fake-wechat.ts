// A stand-in for api.weixin.qq.com on 127.0.0.1: GET /sns/jscode2session answers per code as configured,
// the way WeChat does (HTTP 200, text/plain JSON, errcode on failure), and records every request.
// POST /cgi-bin/stable_token hands out one token while it is valid (as WeChat does for every caller);
// POST /cgi-bin/message/subscribe/send checks the token and records each send, answering queued errcodes first.
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

/** One call to subscribe/send, whatever it was answered. */
export interface RecordedSend {
  accessToken: string | null;
  touser: string;
  template_id: string;
  page: string;
  data: Record<string, { value: string }>;
  miniprogram_state: string;
  lang: string;
  /** What the fake answered: 0 for a delivered message. */
  errcode: number;
}

/** The answer of the next subscribe/send call: a WeChat errcode, or an HTTP failure before WeChat answers. */
export type SendReply = { errcode: number } | { http: number };

export interface FakeWechat {
  url: string;
  /** Every POST /cgi-bin/stable_token (its body). */
  tokenRequests: Array<{ grant_type?: string; appid?: string; secret?: string; force_refresh?: boolean }>;
  /** Every POST /cgi-bin/message/subscribe/send; `delivered()` keeps those answered 0. */
  sends: RecordedSend[];
  delivered(): RecordedSend[];
  /** The next subscribe/send calls answer these, one each, in order; later calls succeed. */
  queueSendReplies(...replies: SendReply[]): void;
  /** Makes the current token invalid (sends with it answer 40001); the next stable_token issues a new one. */
  revokeToken(): void;
  /** Seconds a newly issued token lives (WeChat: 7200). */
  tokenLifetimeSeconds: number;
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
  43101: 'user refuse to accept the msg',
  47003: 'argument invalid! data.thing1.value invalid',
  40003: 'invalid openid',
  40037: 'invalid template_id',
  41030: 'invalid page',
  45009: 'reach max api daily quota limit',
};

export async function startFakeWechat(options: { appId?: string; secret?: string } = {}): Promise<FakeWechat> {
  const appId = options.appId ?? `wx${randomBytes(8).toString('hex')}`;
  const secret = options.secret ?? randomBytes(16).toString('hex');
  const replies = new Map<string, WechatReply>();
  const used = new Set<string>();
  const requests: RecordedWechatRequest[] = [];

  const tokenRequests: FakeWechat['tokenRequests'] = [];
  const sends: RecordedSend[] = [];
  const sendReplies: SendReply[] = [];
  let token: string | null = null;
  let tokenSerial = 0;
  const fake = { tokenLifetimeSeconds: 7200 };

  const handlePost = (path: string, query: URLSearchParams, body: string, res: ServerResponse) => {
    let json: Record<string, unknown>;
    try {
      json = JSON.parse(body);
    } catch {
      return sendError(res, 47001, 'data format error');
    }
    if (path === '/cgi-bin/stable_token') {
      tokenRequests.push(json);
      if (json.appid !== appId) return sendError(res, 40013);
      if (json.secret !== secret) return sendError(res, 40125);
      if (json.grant_type !== 'client_credential') return sendError(res, 40002, 'invalid grant_type');
      if (!token || json.force_refresh === true) token = `token-${++tokenSerial}-${randomBytes(6).toString('hex')}`;
      return sendBody(res, { access_token: token, expires_in: fake.tokenLifetimeSeconds });
    }
    if (path === '/cgi-bin/message/subscribe/send') {
      const reply = sendReplies.shift();
      const accessToken = query.get('access_token');
      const tokenValid = token !== null && accessToken === token;
      const errcode = !tokenValid ? 40001 : reply && 'errcode' in reply ? reply.errcode : 0;
      sends.push({
        accessToken,
        touser: String(json.touser),
        template_id: String(json.template_id),
        page: String(json.page),
        data: json.data as RecordedSend['data'],
        miniprogram_state: String(json.miniprogram_state),
        lang: String(json.lang),
        errcode: reply && 'http' in reply && tokenValid ? -1 : errcode,
      });
      if (!tokenValid) return sendError(res, 40001, 'invalid credential, access_token is invalid or not latest');
      if (reply && 'http' in reply) {
        res.writeHead(reply.http, { 'content-type': 'text/html' }).end(`<h1>${reply.http}</h1>`);
        return;
      }
      if (errcode !== 0) return sendError(res, errcode);
      return sendBody(res, { errcode: 0, errmsg: 'ok' });
    }
    res.writeHead(404).end();
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake-wechat');
    const q = url.searchParams;
    if (req.method === 'POST') {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => handlePost(url.pathname, q, Buffer.concat(chunks).toString('utf8'), res));
      return;
    }
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
    tokenRequests,
    sends,
    delivered: () => sends.filter((send) => send.errcode === 0),
    queueSendReplies: (...replies) => {
      sendReplies.push(...replies);
    },
    revokeToken: () => {
      token = null;
    },
    get tokenLifetimeSeconds() {
      return fake.tokenLifetimeSeconds;
    },
    set tokenLifetimeSeconds(seconds: number) {
      fake.tokenLifetimeSeconds = seconds;
    },
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

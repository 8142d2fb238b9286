// The one adapter to WeChat's servers. Its base URL is configurable (WECHAT_API_BASE), so tests run it
// against a fake server on 127.0.0.1. session_key and access tokens never leave this file.
import { MemoryTokenCache, type TokenCache } from './token-cache';

export interface WechatSession {
  openid: string;
  unionid: string | null;
}

/** One subscribe message, as POST /cgi-bin/message/subscribe/send takes it. */
export interface SubscribeMessage {
  touser: string;
  template_id: string;
  page: string;
  data: Record<string, { value: string }>;
  miniprogram_state: 'formal' | 'trial' | 'developer';
  lang: 'zh_CN';
}

export interface WechatClient {
  /** Exchanges a `wx.login` code for the user's openid (jscode2session). */
  code2Session(code: string): Promise<WechatSession>;
  /**
   * The access token from POST /cgi-bin/stable_token, cached until 300 s before it expires. Never asks for
   * force_refresh (WeChat allows 20 a day): stable_token renews the token by itself 5 minutes before expiry.
   */
  stableToken(): Promise<string>;
  /** Sends one subscribe message; a WeChat error (or no answer: -1) throws WechatApiError. */
  sendSubscribeMessage(message: SubscribeMessage): Promise<void>;
}

/** WeChat's answers that mean the access token is not (or no longer) valid: fetch a token again, once. */
export const INVALID_TOKEN_ERRCODES: readonly number[] = [40001, 42001, 40014];
/** A token is used until this long before WeChat says it expires. */
export const TOKEN_EARLY_RENEWAL_MS = 300_000;

/** WeChat answered with an error code (or could not be reached: errcode -1 by WeChat's own convention). */
export class WechatApiError extends Error {
  constructor(
    readonly errcode: number,
    readonly errmsg: string,
  ) {
    super(`WeChat API error ${errcode}: ${errmsg}`);
    this.name = 'WechatApiError';
  }
}

export interface WechatClientOptions {
  apiBase: string;
  appId: string | null;
  secret: string | null;
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** The clock token expiry is measured on (the app's, so tests can move it). */
  now?: () => number;
  /** Shared through Redis when REDIS_URL is set (see token-cache.ts); in this process otherwise. */
  tokenCache?: TokenCache;
}

export function createWechatClient(options: WechatClientOptions): WechatClient {
  const doFetch = options.fetch ?? fetch;
  const now = options.now ?? Date.now;
  const cache = options.tokenCache ?? new MemoryTokenCache();
  const timeout = () => AbortSignal.timeout(options.timeoutMs ?? 5000);

  /**
   * Calls WeChat and answers its JSON. A network failure or a non-2xx answer is errcode -1 (worth a retry); an
   * answer carrying an errcode throws it as WechatApiError.
   */
  async function callWechat<T>(url: URL, jsonBody?: unknown): Promise<T> {
    let body: T & { errcode?: number; errmsg?: string };
    try {
      const init: RequestInit =
        jsonBody === undefined
          ? {}
          : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(jsonBody) };
      const response = await doFetch(url, { ...init, signal: timeout() });
      if (!response.ok) throw new WechatApiError(-1, `HTTP ${response.status}`);
      body = await response.json();
    } catch (error) {
      if (error instanceof WechatApiError) throw error;
      throw new WechatApiError(-1, error instanceof Error ? error.message : 'network error');
    }
    if (body.errcode) throw new WechatApiError(body.errcode, body.errmsg ?? '');
    return body;
  }

  async function fetchStableToken(): Promise<string> {
    if (!options.appId || !options.secret) throw new WechatApiError(-2, 'WeChat is not configured');
    const body = await callWechat<{ access_token?: string; expires_in?: number }>(
      new URL(`${options.apiBase}/cgi-bin/stable_token`),
      { grant_type: 'client_credential', appid: options.appId, secret: options.secret },
    );
    if (!body.access_token || !body.expires_in) throw new WechatApiError(-1, 'response without access_token');
    const expiresAt = now() + body.expires_in * 1000;
    await cache.set({ token: body.access_token, expiresAt }, expiresAt - TOKEN_EARLY_RENEWAL_MS - now());
    return body.access_token;
  }

  async function stableToken(): Promise<string> {
    const cached = await cache.get();
    if (cached && now() < cached.expiresAt - TOKEN_EARLY_RENEWAL_MS) return cached.token;
    return fetchStableToken();
  }

  async function send(token: string, message: SubscribeMessage) {
    const url = new URL(`${options.apiBase}/cgi-bin/message/subscribe/send`);
    url.searchParams.set('access_token', token);
    await callWechat<object>(url, message);
  }

  return {
    stableToken,
    async sendSubscribeMessage(message) {
      try {
        await send(await stableToken(), message);
      } catch (error) {
        if (!(error instanceof WechatApiError) || !INVALID_TOKEN_ERRCODES.includes(error.errcode)) throw error;
        // The cached token is no longer valid (revoked, or renewed elsewhere): fetch one again, once.
        await cache.clear();
        await send(await fetchStableToken(), message);
      }
    },
    async code2Session(code) {
      if (!options.appId || !options.secret) throw new WechatApiError(-2, 'WeChat sign-in is not configured');
      const url = new URL(`${options.apiBase}/sns/jscode2session`);
      url.searchParams.set('appid', options.appId);
      url.searchParams.set('secret', options.secret);
      url.searchParams.set('js_code', code);
      url.searchParams.set('grant_type', 'authorization_code');
      const body = await callWechat<{ openid?: string; unionid?: string }>(url);
      if (!body.openid) throw new WechatApiError(-1, 'response without openid');
      return { openid: body.openid, unionid: body.unionid ?? null };
    },
  };
}

// The one adapter to WeChat's servers. Its base URL is configurable (WECHAT_API_BASE), so tests run it
// against a fake server on 127.0.0.1. session_key never leaves this file.

export interface WechatSession {
  openid: string;
  unionid: string | null;
}

export interface WechatClient {
  /** Exchanges a `wx.login` code for the user's openid (jscode2session). */
  code2Session(code: string): Promise<WechatSession>;
}

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
}

export function createWechatClient(options: WechatClientOptions): WechatClient {
  const doFetch = options.fetch ?? fetch;
  return {
    async code2Session(code) {
      if (!options.appId || !options.secret) throw new WechatApiError(-2, 'WeChat sign-in is not configured');
      const url = new URL(`${options.apiBase}/sns/jscode2session`);
      url.searchParams.set('appid', options.appId);
      url.searchParams.set('secret', options.secret);
      url.searchParams.set('js_code', code);
      url.searchParams.set('grant_type', 'authorization_code');
      let body: { openid?: string; unionid?: string; errcode?: number; errmsg?: string };
      try {
        const response = await doFetch(url, { signal: AbortSignal.timeout(options.timeoutMs ?? 5000) });
        if (!response.ok) throw new WechatApiError(-1, `HTTP ${response.status}`);
        body = await response.json();
      } catch (error) {
        if (error instanceof WechatApiError) throw error;
        throw new WechatApiError(-1, error instanceof Error ? error.message : 'network error');
      }
      if (body.errcode) throw new WechatApiError(body.errcode, body.errmsg ?? '');
      if (!body.openid) throw new WechatApiError(-1, 'response without openid');
      return { openid: body.openid, unionid: body.unionid ?? null };
    },
  };
}

// Decides, at build time, which API origin a client build talks to, and refuses a release build that no phone
// could use. config/index.ts calls it and stops the build on a refusal; the result is inlined as
// process.env.TARO_APP_API_BASE, so client/src/config.ts holds no default of its own.

/** The local server of `npm start`: what a development (watch) build of the mini-program talks to. */
export const LOCAL_API_BASE = 'http://127.0.0.1:4000';

/** The explicit opt-in for a production-mode build against a plain-http server (local and test builds only). */
export const ALLOW_INSECURE_VARIABLE = 'ZZ_ALLOW_INSECURE_API_BASE';

export interface ApiBaseInput {
  /** TARO_ENV: 'weapp' or 'h5'. */
  platform: string;
  /** Taro's mode: `taro build` without --watch builds for production. */
  production: boolean;
  /** TARO_APP_API_BASE as given (client/.env, .env.local or the shell). */
  apiBase: string | undefined;
  /** ZZ_ALLOW_INSECURE_API_BASE as given (only the shell: Taro reads TARO_APP_* from .env files). */
  allowInsecure: string | undefined;
}

export type ApiBaseDecision = { ok: true; apiBase: string; warning: string | null } | { ok: false; message: string };

const HOW_TO_FIX =
  '请设置 TARO_APP_API_BASE=https://<已在小程序后台登记的服务器域名> 后重新构建；' +
  `本地或测试构建请同时设置 TARO_APP_API_BASE=${LOCAL_API_BASE} 和 ${ALLOW_INSECURE_VARIABLE}=1（npm run build:weapp:local）。\n` +
  'Set TARO_APP_API_BASE=https://<a server domain registered in the mini-program console> and build again; ' +
  `for a local or test build set TARO_APP_API_BASE=${LOCAL_API_BASE} together with ${ALLOW_INSECURE_VARIABLE}=1 ` +
  '(npm run build:weapp:local).';

export function decideApiBase(input: ApiBaseInput): ApiBaseDecision {
  const given = (input.apiBase ?? '').trim().replace(/\/+$/, '');
  const allow = (input.allowInsecure ?? '').trim();
  if (allow !== '' && allow !== '1')
    return { ok: false, message: `${ALLOW_INSECURE_VARIABLE} 只能是 1 / must be 1 or unset, got "${allow}".` };

  if (given === '') {
    // H5 is served by our own server: the same origin is right, and it is whatever the browser loaded.
    if (input.platform !== 'weapp') return { ok: true, apiBase: '', warning: null };
    // A mini-program has no origin. In watch mode DevTools talks to the local server (with 不校验合法域名).
    if (!input.production) return { ok: true, apiBase: LOCAL_API_BASE, warning: null };
    return {
      ok: false,
      message:
        '小程序正式构建缺少接口地址：TARO_APP_API_BASE 未设置，手机无法访问 127.0.0.1。\n' +
        'The production weapp build has no API base: TARO_APP_API_BASE is not set, and no phone can reach 127.0.0.1.\n' +
        HOW_TO_FIX,
    };
  }

  let url: URL | null = null;
  try {
    url = new URL(given);
  } catch {
    url = null;
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.search || url.hash || url.username || url.password)
    return {
      ok: false,
      message:
        `TARO_APP_API_BASE 不是有效的接口地址 / is not an API origin: "${given}"（例如 / e.g. https://api.archive.example）。\n` +
        HOW_TO_FIX,
    };

  if (url.protocol === 'https:' || !input.production) return { ok: true, apiBase: given, warning: null };
  if (allow === '1')
    return {
      ok: true,
      apiBase: given,
      warning:
        `${ALLOW_INSECURE_VARIABLE}=1: 此构建使用 http 接口地址 ${given}，仅供本地或测试使用，不能发布。\n` +
        `${ALLOW_INSECURE_VARIABLE}=1: this build talks to ${given} over plain http; for local or test use only, never release it.`,
    };
  return {
    ok: false,
    message:
      `正式构建的接口地址必须使用 HTTPS（微信只允许 https 域名），当前为 ${given}。\n` +
      `A production build needs an https API base (WeChat only calls https domains); TARO_APP_API_BASE is ${given}.\n` +
      HOW_TO_FIX,
  };
}

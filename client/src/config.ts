// The one reader of build-time configuration on the client. Everything else imports from here.

export type Platform = 'weapp' | 'h5';

export const PLATFORM: Platform = process.env.TARO_ENV === 'weapp' ? 'weapp' : 'h5';

// H5 is served by our own server, so '' (same origin) is right there; a mini-program has no origin.
const DEFAULT_API_BASE = PLATFORM === 'weapp' ? 'http://127.0.0.1:4000' : '';

export const API_BASE: string = (process.env.TARO_APP_API_BASE || DEFAULT_API_BASE).replace(/\/+$/, '');

export const GRAPHQL_ENDPOINT = `${API_BASE}/graphql`;

/** Taro storage keys, all under one prefix so they are easy to find in DevTools. */
export const STORAGE_KEYS = {
  session: 'zz.session',
  elderMode: 'zz.elderMode',
  /** Set once the first-launch offer of 长辈模式 was declined (暂不需要), so it is not offered again. */
  elderModeOffered: 'zz.elderModeOffered',
  /** A random id of this device, so an anonymous reader's reads count once a day (recordArticleRead). */
  readerKey: 'zz.readerKey',
} as const;

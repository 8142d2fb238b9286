// The one reader of build-time configuration on the client. Everything else imports from here.

export type Platform = 'weapp' | 'h5';

export const PLATFORM: Platform = process.env.TARO_ENV === 'weapp' ? 'weapp' : 'h5';

// Decided by the build (client/config/api-base.ts): '' (same origin) on H5 served by our server, the local server
// in a weapp watch build, and an https origin in a release build, which refuses to build without one.
export const API_BASE: string = process.env.TARO_APP_API_BASE ?? '';

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

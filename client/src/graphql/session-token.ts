// The signed-in session's bearer token, kept in Taro storage so it survives restarts.
import Taro from '@tarojs/taro';
import { STORAGE_KEYS } from '../config';

export function readSessionToken(): string | null {
  try {
    const value: unknown = Taro.getStorageSync(STORAGE_KEYS.session);
    return typeof value === 'string' && value.length > 0 ? value : null;
  } catch {
    return null;
  }
}

/**
 * The session as an HTTP header, for what is sent beside GraphQL (the photo uploads, an attachment staff opened):
 * the server reads the same `Authorization: Bearer` there. Empty when signed out.
 */
export function authorizationHeader(): Record<string, string> {
  const token = readSessionToken();
  return token ? { authorization: `Bearer ${token}` } : {};
}

/** Offline copies of e-tickets carry the previous person's (masked) data: they go when the session changes. */
const PERSONAL_CACHE_PREFIX = 'zz.ticket.';

export function writeSessionToken(token: string | null): void {
  if (token === readSessionToken()) return;
  if (token) Taro.setStorageSync(STORAGE_KEYS.session, token);
  else Taro.removeStorageSync(STORAGE_KEYS.session);
  try {
    for (const key of Taro.getStorageInfoSync().keys) {
      if (key.startsWith(PERSONAL_CACHE_PREFIX)) Taro.removeStorageSync(key);
    }
  } catch {
    // Storage unavailable: nothing cached to remove.
  }
}

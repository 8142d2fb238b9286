// The device's reader key: created once, kept in storage, sent with recordArticleRead so that an anonymous reader's
// reads count at most once a day. Not a secret and not an identity; Math.random suffices (weapp has no crypto).
import Taro from '@tarojs/taro';
import { STORAGE_KEYS } from '../../config';

const VALID = /^[A-Za-z0-9_-]{16,64}$/;

export function readerKey(): string {
  try {
    const stored: unknown = Taro.getStorageSync(STORAGE_KEYS.readerKey);
    if (typeof stored === 'string' && VALID.test(stored)) return stored;
  } catch {
    // Storage unavailable: a fresh key per open still counts the read.
  }
  let key = Date.now().toString(36);
  while (key.length < 32) key += Math.floor(Math.random() * 36 ** 6).toString(36);
  key = key.slice(0, 32);
  try {
    Taro.setStorageSync(STORAGE_KEYS.readerKey, key);
  } catch {
    // See above.
  }
  return key;
}

// 长辈模式: larger type and touch targets. The visitor's choice is stored; without one we follow
// WeChat's own font-size setting, so someone who already enlarged text in WeChat gets it here too.
import Taro from '@tarojs/taro';
import { useSyncExternalStore } from 'react';
import { PLATFORM, STORAGE_KEYS } from '../../config';

// WeChat reports 17 for the standard size; 20 and above are the "large" steps of its slider.
const LARGE_WECHAT_FONT_SIZE = 20;

type Preference = 'on' | 'off';

let enabled: boolean | null = null;
const listeners = new Set<() => void>();

function readPreference(): Preference | null {
  try {
    const value: unknown = Taro.getStorageSync(STORAGE_KEYS.elderMode);
    return value === 'on' || value === 'off' ? value : null;
  } catch {
    return null;
  }
}

function wechatFontIsLarge(): boolean {
  if (PLATFORM !== 'weapp') return false;
  try {
    return (Taro.getSystemInfoSync().fontSizeSetting ?? 0) >= LARGE_WECHAT_FONT_SIZE;
  } catch {
    return false;
  }
}

export function isElderMode(): boolean {
  if (enabled === null) {
    const preference = readPreference();
    enabled = preference ? preference === 'on' : wechatFontIsLarge();
  }
  return enabled;
}

export function setElderMode(on: boolean): void {
  Taro.setStorageSync(STORAGE_KEYS.elderMode, on ? 'on' : 'off');
  enabled = on;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether 长辈模式 is on; re-renders every mounted page when it is toggled. */
export function useElderMode(): boolean {
  return useSyncExternalStore(subscribe, isElderMode, isElderMode);
}

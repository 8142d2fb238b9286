// 长辈模式: larger type and touch targets on every page. A choice made with a switch is stored and wins; without one
// we follow WeChat's own font-size setting, read again each time a page shows (WeChat has no event for it: someone
// who enlarges text in WeChat's settings comes back to the app, and the page showing again is that moment). The
// first launch offers it once, on the home page; 暂不需要 is remembered without turning following off.
import Taro from '@tarojs/taro';
import { useSyncExternalStore } from 'react';
import { PLATFORM, STORAGE_KEYS } from '../../config';

// WeChat reports 17 (iOS) or 16 (Android) for the standard size; 20 and above are the "large" steps of its slider.
const LARGE_WECHAT_FONT_SIZE = 20;

type Preference = 'on' | 'off';

interface ElderModeState {
  on: boolean;
  /** Whether the first-launch offer is still to be shown. */
  offerPending: boolean;
}

let state: ElderModeState | null = null;
const listeners = new Set<() => void>();

function readStorage(key: string): unknown {
  try {
    return Taro.getStorageSync(key);
  } catch {
    return null;
  }
}

function readPreference(): Preference | null {
  const value = readStorage(STORAGE_KEYS.elderMode);
  return value === 'on' || value === 'off' ? value : null;
}

/** WeChat's font size in px: getAppBaseInfo where the base library has it, getSystemInfoSync before that. */
function wechatFontSize(): number {
  if (PLATFORM !== 'weapp') return 0;
  try {
    // Taro's type of getAppBaseInfo's result lacks fontSizeSetting, which WeChat documents (base library 2.23.4).
    const info = (typeof Taro.getAppBaseInfo === 'function' ? Taro.getAppBaseInfo() : Taro.getSystemInfoSync()) as {
      fontSizeSetting?: number;
    };
    return Number(info.fontSizeSetting ?? 0);
  } catch {
    return 0;
  }
}

function computeState(): ElderModeState {
  const preference = readPreference();
  const on = preference ? preference === 'on' : wechatFontSize() >= LARGE_WECHAT_FONT_SIZE;
  // Nobody needs the offer when a choice is stored or WeChat's large text already turned it on.
  const offerPending = preference === null && !on && readStorage(STORAGE_KEYS.elderModeOffered) !== true;
  return { on, offerPending };
}

function current(): ElderModeState {
  state ??= computeState();
  return state;
}

function publish(next: ElderModeState): void {
  if (state && state.on === next.on && state.offerPending === next.offerPending) return;
  state = next;
  for (const listener of listeners) listener();
}

export function isElderMode(): boolean {
  return current().on;
}

/** The switch (on 我的, on the home page, in the offer): a choice that is stored and stops following WeChat. */
export function setElderMode(on: boolean): void {
  Taro.setStorageSync(STORAGE_KEYS.elderMode, on ? 'on' : 'off');
  publish({ on, offerPending: false });
}

/** 暂不需要 in the first-launch offer: the offer goes for good, WeChat's font size is still followed. */
export function dismissElderModeOffer(): void {
  Taro.setStorageSync(STORAGE_KEYS.elderModeOffered, true);
  publish({ on: current().on, offerPending: false });
}

/** Reads WeChat's font size again (a page shows): elder mode follows it while no choice is stored. */
export function followWechatFontSize(): void {
  publish(computeState());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether 长辈模式 is on; re-renders every mounted page when it changes. */
export function useElderMode(): boolean {
  return useSyncExternalStore(subscribe, isElderMode, isElderMode);
}

const offerPending = () => current().offerPending;

/** Whether the first-launch offer is to be shown. */
export function useElderModeOffer(): boolean {
  return useSyncExternalStore(subscribe, offerPending, offerPending);
}

// The unread count of the message centre, refreshed whenever a tab page shows: 我的 prints it and the 我的 tab
// carries it as a badge. Signed out there is nothing to count, so no request is sent.
import Taro, { useDidShow } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { send } from '../../graphql/client';
import { UnreadMessageCountDocument } from '../../graphql/generated/operations';
import { readSessionToken } from '../../graphql/session-token';

/** The 我的 tab's position in app.config.ts's tabBar list. */
const ME_TAB_INDEX = 3;

function showBadge(count: number): void {
  // Taro's H5 tab bar may lack these; a failed badge is cosmetic, never an error to show.
  if (count > 0) {
    if (typeof Taro.setTabBarBadge !== 'function') return;
    void Taro.setTabBarBadge({ index: ME_TAB_INDEX, text: count > 99 ? '99+' : String(count) }).catch(() => {});
  } else if (typeof Taro.removeTabBarBadge === 'function') {
    void Taro.removeTabBarBadge({ index: ME_TAB_INDEX }).catch(() => {});
  }
}

/** Call on every tab page. Returns the count (null while unknown or signed out) and a way to refresh it. */
export function useUnreadMessages(): { count: number | null; refresh: () => void } {
  const [count, setCount] = useState<number | null>(null);
  const refresh = useCallback(() => {
    if (!readSessionToken()) {
      setCount(null);
      showBadge(0);
      return;
    }
    void send(UnreadMessageCountDocument, {}).then((result) => {
      // A failed count keeps the last one: the badge is a hint, the message centre has the truth.
      if (!result.ok) return;
      setCount(result.data.unreadMessageCount);
      showBadge(result.data.unreadMessageCount);
    });
  }, []);
  useDidShow(refresh);
  return { count, refresh };
}

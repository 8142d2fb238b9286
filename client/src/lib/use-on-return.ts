// Runs `action` when the visitor comes back to this page from another one (navigateBack, a tab switch).
// Not on the page's first show: a component that mounts after it (behind a loading state) would otherwise
// take its first return for the first show, so "hidden before" is what counts.
import { useDidHide, useDidShow } from '@tarojs/taro';
import { useRef } from 'react';

export function useOnReturn(action: () => void): void {
  const hidden = useRef(false);
  const latest = useRef(action);
  latest.current = action;
  useDidHide(() => {
    hidden.current = true;
  });
  useDidShow(() => {
    if (!hidden.current) return;
    hidden.current = false;
    latest.current();
  });
}

// Every page's root: applies 长辈模式 and the page background. Pages never style their own root.
import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { type ReactNode, useEffect } from 'react';
import { PLATFORM } from '../config';
import { followWechatFontSize, useElderMode } from '../features/elder-mode/elder-mode';
import { cx } from '../lib/cx';

export interface PageProps {
  /** Names the page for styles and end-to-end tests, e.g. "home" → class `page-home`. */
  name: string;
  children: ReactNode;
  /** Pages with their own full-bleed header skip the default padding. */
  flush?: boolean;
}

export function Page({ name, children, flush = false }: PageProps) {
  const elder = useElderMode();
  // Coming back to a page is when a changed WeChat font size shows (WeChat sends no event for it).
  useDidShow(followWechatFontSize);
  useEffect(() => {
    if (PLATFORM !== 'h5') return;
    // On H5 each page scrolls inside Taro's .taro_page element: reachable by Tab, so the arrow keys scroll it on
    // pages whose tappable rows are not focusable themselves.
    for (const root of Array.from(document.querySelectorAll(`.page-${name}`))) {
      root.closest('.taro_page')?.setAttribute('tabindex', '0');
    }
  }, [name]);
  return (
    <View
      className={cx('zz-page', `page-${name}`, elder && 'zz-page--elder', flush && 'zz-page--flush')}
      data-testid={`page-${name}`}
    >
      {children}
    </View>
  );
}

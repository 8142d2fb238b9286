// Every page's root: applies 长辈模式 and the page background. Pages never style their own root.
import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import type { ReactNode } from 'react';
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
  return (
    <View
      className={cx('zz-page', `page-${name}`, elder && 'zz-page--elder', flush && 'zz-page--flush')}
      data-testid={`page-${name}`}
    >
      {children}
    </View>
  );
}

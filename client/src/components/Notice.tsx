// A boxed message inside a page: information, a warning, or something not yet available.
import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { cx } from '../lib/cx';
import { a11y } from './a11y';

export interface NoticeProps {
  title?: string;
  children: ReactNode;
  tone?: 'info' | 'warning' | 'accent';
  className?: string;
}

export function Notice({ title, children, tone = 'info', className }: NoticeProps) {
  return (
    <View className={cx('zz-notice', `zz-notice--${tone}`, className)}>
      {title ? (
        <Text className="zz-notice__title" {...a11y({ role: 'heading', level: 3 })}>
          {title}
        </Text>
      ) : null}
      <View className="zz-notice__body">{children}</View>
    </View>
  );
}

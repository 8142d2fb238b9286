import { Text } from '@tarojs/components';
import type { ReactNode } from 'react';
import { cx } from '../lib/cx';

export interface TagProps {
  children: ReactNode;
  tone?: 'primary' | 'accent' | 'muted' | 'success' | 'warning';
  className?: string;
}

export function Tag({ children, tone = 'primary', className }: TagProps) {
  return <Text className={cx('zz-tag', `zz-tag--${tone}`, className)}>{children}</Text>;
}

import { Text } from '@tarojs/components';
import type { ReactNode } from 'react';
import { cx } from '../lib/cx';

export type TagTone = 'primary' | 'accent' | 'muted' | 'success' | 'warning';

export interface TagProps {
  children: ReactNode;
  tone?: TagTone;
  className?: string;
}

export function Tag({ children, tone = 'primary', className }: TagProps) {
  return <Text className={cx('zz-tag', `zz-tag--${tone}`, className)}>{children}</Text>;
}

// A titled block of a page, with an optional 「更多」 link on the right.
import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { cx } from '../lib/cx';

export interface SectionProps {
  title: string;
  children: ReactNode;
  moreText?: string;
  onMore?: () => void;
  className?: string;
}

export function Section({ title, children, moreText = '更多', onMore, className }: SectionProps) {
  return (
    <View className={cx('zz-section', className)}>
      <View className="zz-section__header">
        <Text className="zz-section__title">{title}</Text>
        {onMore ? (
          <Text className="zz-section__more" onClick={onMore}>
            {moreText} ›
          </Text>
        ) : null}
      </View>
      {children}
    </View>
  );
}

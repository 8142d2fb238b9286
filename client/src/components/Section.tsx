// A titled block of a page, with an optional 「更多」 link on the right.
import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { cx } from '../lib/cx';
import { a11y } from './a11y';

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
        <Text className="zz-section__title" {...a11y({ role: 'heading', level: 2 })}>
          {title}
        </Text>
        {onMore ? (
          <Text
            className="zz-section__more"
            onClick={onMore}
            {...a11y({ role: 'link', label: `${title}：${moreText}`, onActivate: onMore })}
          >
            {moreText} ›
          </Text>
        ) : null}
      </View>
      {children}
    </View>
  );
}

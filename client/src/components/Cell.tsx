// One row of a grouped list: a label, an optional value or hint, and a chevron when it navigates.
import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { cx } from '../lib/cx';
import { a11y } from './a11y';

export interface CellProps {
  label: ReactNode;
  value?: ReactNode;
  hint?: ReactNode;
  onClick?: () => void;
  className?: string;
}

export function Cell({ label, value, hint, onClick, className }: CellProps) {
  return (
    <View
      className={cx('zz-cell', onClick && 'zz-cell--link', className)}
      hoverClass={onClick ? 'zz-cell--pressed' : 'none'}
      onClick={onClick}
      {...(onClick ? a11y({ role: 'button', onActivate: onClick }) : {})}
    >
      <View className="zz-cell__main">
        <Text className="zz-cell__label">{label}</Text>
        {hint ? <Text className="zz-cell__hint">{hint}</Text> : null}
      </View>
      {value !== undefined ? <View className="zz-cell__value">{value}</View> : null}
      {onClick ? (
        <Text className="zz-cell__arrow" aria-hidden="true">
          ›
        </Text>
      ) : null}
    </View>
  );
}

export function CellGroup({ children, className }: { children: ReactNode; className?: string }) {
  return <View className={cx('zz-cell-group', className)}>{children}</View>;
}

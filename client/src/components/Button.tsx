// The one tappable button style. A View rather than Taro's Button: the native button carries
// platform chrome (borders via ::after, fixed line-height) that fights the design tokens.
import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { cx } from '../lib/cx';
import { a11y } from './a11y';

export interface ButtonProps {
  children: ReactNode;
  onClick?: () => void;
  variant?: 'primary' | 'secondary' | 'ghost' | 'danger';
  size?: 'md' | 'sm';
  block?: boolean;
  disabled?: boolean;
  /** Shows 「请稍候…」 and ignores taps while an action is in flight. */
  loading?: boolean;
  className?: string;
  /** The name read out when the visible text alone does not say what the button does (e.g. 「删除」 of whom). */
  label?: string;
}

export function Button({
  children,
  onClick,
  variant = 'primary',
  size = 'md',
  block = false,
  disabled = false,
  loading = false,
  className,
  label,
}: ButtonProps) {
  const inactive = disabled || loading;
  return (
    <View
      className={cx(
        'zz-button',
        `zz-button--${variant}`,
        `zz-button--${size}`,
        block && 'zz-button--block',
        inactive && 'zz-button--disabled',
        className,
      )}
      hoverClass={inactive ? 'none' : 'zz-button--pressed'}
      onClick={inactive ? undefined : onClick}
      {...a11y({ role: 'button', label, disabled: inactive, onActivate: onClick })}
    >
      <Text className="zz-button__label">{loading ? '请稍候…' : children}</Text>
    </View>
  );
}

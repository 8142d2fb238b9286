// Segmented tabs for switching a list between a few fixed views.
import { Text, View } from '@tarojs/components';
import { cx } from '../lib/cx';
import { a11y } from './a11y';

export interface TabItem<K extends string> {
  key: K;
  label: string;
}

export interface TabsProps<K extends string> {
  items: ReadonlyArray<TabItem<K>>;
  value: K;
  onChange: (key: K) => void;
  className?: string;
}

export function Tabs<K extends string>({ items, value, onChange, className }: TabsProps<K>) {
  return (
    <View className={cx('zz-tabs', className)} {...a11y({ role: 'tablist' })}>
      {items.map((item) => (
        <View
          key={item.key}
          className={cx('zz-tabs__item', `zz-tabs__item--${item.key.toLowerCase()}`, item.key === value && 'is-active')}
          onClick={() => onChange(item.key)}
          {...a11y({
            role: 'tab',
            label: item.label,
            selected: item.key === value,
            onActivate: () => onChange(item.key),
          })}
        >
          <Text className="zz-tabs__label">{item.label}</Text>
        </View>
      ))}
    </View>
  );
}

// A row of figures with their captions, e.g. 容量 / 已约 / 已入馆.
import { Text, View } from '@tarojs/components';
import { cx } from '../../../lib/cx';
import './staff-ui.css';

export interface Figure {
  label: string;
  value: string | number;
  tone?: 'default' | 'success' | 'accent' | 'warning';
}

export function Figures({ items, className }: { items: ReadonlyArray<Figure>; className?: string }) {
  return (
    <View className={cx('staff-figures', className)}>
      {items.map((item) => (
        <View key={item.label} className="staff-figures__item">
          <Text className={cx('staff-figures__value', item.tone && `staff-figures__value--${item.tone}`)}>
            {item.value}
          </Text>
          <Text className="staff-figures__label">{item.label}</Text>
        </View>
      ))}
    </View>
  );
}

// A row of choices shown all at once (a few exhibitions, weekdays, slots): one or several may be on.
import { Text, View } from '@tarojs/components';
import { cx } from '../../../lib/cx';
import './staff-ui.css';

export interface ChipOption<V> {
  value: V;
  label: string;
  hint?: string;
  disabled?: boolean;
}

export interface ChipsProps<V> {
  options: ReadonlyArray<ChipOption<V>>;
  /** The chosen values; one for a single choice. */
  selected: ReadonlyArray<V>;
  onToggle: (value: V) => void;
  className?: string;
  testId?: string;
}

export function Chips<V extends string | number>({ options, selected, onToggle, className, testId }: ChipsProps<V>) {
  return (
    <View className={cx('staff-chips', className)} data-testid={testId}>
      {options.map((option) => {
        const on = selected.includes(option.value);
        return (
          <View
            key={String(option.value)}
            className={cx('staff-chip', on && 'staff-chip--on', option.disabled && 'staff-chip--disabled')}
            onClick={option.disabled ? undefined : () => onToggle(option.value)}
          >
            <Text className="staff-chip__label">{option.label}</Text>
            {option.hint ? <Text className="staff-chip__hint">{option.hint}</Text> : null}
          </View>
        );
      })}
    </View>
  );
}

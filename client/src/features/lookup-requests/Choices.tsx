// A short list of options shown all at once, one of which the citizen picks: large rows rather than a picker,
// so every choice and what it implies (its hint) can be read before tapping.
import { Text, View } from '@tarojs/components';
import { cx } from '../../lib/cx';

export interface ChoiceOption<V extends string> {
  value: V;
  label: string;
  hint?: string;
  /** A short word beside the label, e.g. 需到馆. */
  badge?: string;
  disabled?: boolean;
}

export interface ChoicesProps<V extends string> {
  options: ReadonlyArray<ChoiceOption<V>>;
  value: V | null;
  onChange: (value: V) => void;
  /** Two short options per row (uses, deliveries); one per row when hints need the width. */
  columns?: 1 | 2;
  className?: string;
}

export function Choices<V extends string>({ options, value, onChange, columns = 1, className }: ChoicesProps<V>) {
  return (
    <View className={cx('lookup-choices', columns === 2 && 'lookup-choices--two', className)}>
      {options.map((option) => {
        const selected = option.value === value;
        return (
          <View
            key={option.value}
            className={cx('lookup-choice', selected && 'is-selected', option.disabled && 'is-disabled')}
            hoverClass={option.disabled ? 'none' : 'lookup-choice--pressed'}
            data-testid="lookup-choice"
            data-value={option.value}
            onClick={option.disabled ? undefined : () => onChange(option.value)}
          >
            <View className="lookup-choice__head">
              <Text className="lookup-choice__mark">{selected ? '●' : '○'}</Text>
              <Text className="lookup-choice__label">{option.label}</Text>
              {option.badge ? <Text className="lookup-choice__badge">{option.badge}</Text> : null}
            </View>
            {option.hint ? <Text className="lookup-choice__hint">{option.hint}</Text> : null}
          </View>
        );
      })}
    </View>
  );
}

// Fields that open the platform's picker: one of a list, a date, a time. The box shows the current choice.
import { Picker, Text, View } from '@tarojs/components';
import { cx } from '../../lib/cx';
import { a11y } from '../a11y';
import { type FieldFrameProps, FieldRow } from './Field';

/** A tappable box that opens the picker; `display` is what it shows. */
function PickerBox({ display, placeholder, label }: { display: string; placeholder?: string; label?: string }) {
  const shown = display || placeholder || '请选择';
  return (
    <View className="zz-input zz-picker" {...a11y({ role: 'button', label: label ? `${label}：${shown}` : undefined })}>
      <Text className={cx('zz-picker__value', !display && 'zz-picker__value--empty')}>{shown}</Text>
      <Text className="zz-picker__arrow" aria-hidden="true">
        ▾
      </Text>
    </View>
  );
}

export interface PickerFieldProps<V extends string | number> extends FieldFrameProps {
  value: V;
  options: ReadonlyArray<{ value: V; label: string }>;
  onChange: (value: V) => void;
}

export function PickerField<V extends string | number>({ value, options, onChange, ...frame }: PickerFieldProps<V>) {
  const index = Math.max(
    options.findIndex((o) => o.value === value),
    0,
  );
  return (
    <FieldRow {...frame}>
      <Picker
        mode="selector"
        range={options.map((o) => o.label)}
        value={index}
        onChange={(event) => {
          const option = options[Number(event.detail.value)];
          if (option) onChange(option.value);
        }}
      >
        <PickerBox display={options[index]?.label ?? ''} label={frame.label} />
      </Picker>
    </FieldRow>
  );
}

export interface DateFieldProps extends FieldFrameProps {
  value: string;
  onChange: (value: string) => void;
  /** Shows a 清除 link that sets the value to ''. */
  clearable?: boolean;
  placeholder?: string;
  start?: string;
  end?: string;
}

export function DateField({ value, onChange, clearable, placeholder, start, end, ...frame }: DateFieldProps) {
  return (
    <FieldRow {...frame}>
      <View className="zz-picker-row">
        <Picker
          mode="date"
          className="zz-picker-row__picker"
          value={value}
          start={start}
          end={end}
          onChange={(event) => onChange(String(event.detail.value))}
        >
          <PickerBox display={value} placeholder={placeholder} label={frame.label} />
        </Picker>
        {clearable && value ? (
          <Text
            className="zz-picker-row__clear"
            onClick={() => onChange('')}
            {...a11y({ role: 'button', label: `清除${frame.label ?? ''}`, onActivate: () => onChange('') })}
          >
            清除
          </Text>
        ) : null}
      </View>
    </FieldRow>
  );
}

export interface TimeFieldProps extends FieldFrameProps {
  value: string;
  onChange: (value: string) => void;
}

export function TimeField({ value, onChange, ...frame }: TimeFieldProps) {
  return (
    <FieldRow {...frame}>
      <Picker mode="time" value={value} onChange={(event) => onChange(String(event.detail.value))}>
        <PickerBox display={value} placeholder="HH:MM" label={frame.label} />
      </Picker>
    </FieldRow>
  );
}

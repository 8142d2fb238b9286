// Form rows for the staff tools: a label, the control, and a hint or the field's error below it.
import { Input, Picker, Switch, Text, Textarea, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { cx } from '../../../lib/cx';
import './staff-ui.css';

interface RowProps {
  label: string;
  error?: string | null;
  hint?: ReactNode;
  className?: string;
  children: ReactNode;
}

export function FieldRow({ label, error, hint, className, children }: RowProps) {
  return (
    <View className={cx('zz-field', 'staff-field', error && 'staff-field--invalid', className)}>
      <Text className="zz-field__label">{label}</Text>
      {children}
      {error ? (
        <Text className="zz-field__error">{error}</Text>
      ) : hint ? (
        <Text className="staff-field__hint">{hint}</Text>
      ) : null}
    </View>
  );
}

export interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'number' | 'idcard';
  placeholder?: string;
  maxlength?: number;
  error?: string | null;
  hint?: ReactNode;
  className?: string;
}

export function TextField(props: TextFieldProps) {
  return (
    <FieldRow label={props.label} error={props.error} hint={props.hint} className={props.className}>
      <Input
        className="zz-input staff-field__input"
        type={props.type ?? 'text'}
        value={props.value}
        placeholder={props.placeholder}
        maxlength={props.maxlength ?? 140}
        onInput={(event) => props.onChange(event.detail.value)}
      />
    </FieldRow>
  );
}

export function TextAreaField(props: Omit<TextFieldProps, 'type'> & { height?: 'sm' | 'lg' }) {
  return (
    <FieldRow label={props.label} error={props.error} hint={props.hint} className={props.className}>
      {/* The frame is a View: on H5 the textarea inherits its host's height, so padding there would overflow. */}
      <View className={cx('staff-textarea', props.height === 'lg' && 'staff-textarea--lg')}>
        <Textarea
          className="staff-textarea__control"
          value={props.value}
          placeholder={props.placeholder}
          maxlength={props.maxlength ?? -1}
          onInput={(event) => props.onChange(event.detail.value)}
        />
      </View>
    </FieldRow>
  );
}

/** A tappable box that opens the platform's picker; `display` is what the box shows. */
function PickerBox({ display, placeholder }: { display: string; placeholder?: string }) {
  return (
    <View className="zz-input staff-picker">
      <Text className={cx('staff-picker__value', !display && 'staff-picker__value--empty')}>
        {display || placeholder || '请选择'}
      </Text>
      <Text className="staff-picker__arrow">▾</Text>
    </View>
  );
}

export interface DateFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Shows a 清除 link that sets the value to ''. */
  clearable?: boolean;
  placeholder?: string;
  start?: string;
  end?: string;
  error?: string | null;
  hint?: ReactNode;
  className?: string;
}

export function DateField(props: DateFieldProps) {
  return (
    <FieldRow label={props.label} error={props.error} hint={props.hint} className={props.className}>
      <View className="staff-picker-row">
        <Picker
          mode="date"
          className="staff-picker-row__picker"
          value={props.value}
          start={props.start}
          end={props.end}
          onChange={(event) => props.onChange(String(event.detail.value))}
        >
          <PickerBox display={props.value} placeholder={props.placeholder} />
        </Picker>
        {props.clearable && props.value ? (
          <Text className="staff-picker-row__clear" onClick={() => props.onChange('')}>
            清除
          </Text>
        ) : null}
      </View>
    </FieldRow>
  );
}

export function TimeField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
}) {
  return (
    <FieldRow label={props.label} error={props.error}>
      <Picker mode="time" value={props.value} onChange={(event) => props.onChange(String(event.detail.value))}>
        <PickerBox display={props.value} placeholder="HH:MM" />
      </Picker>
    </FieldRow>
  );
}

export interface SelectFieldProps<V extends string | number> {
  label: string;
  value: V;
  options: ReadonlyArray<{ value: V; label: string }>;
  onChange: (value: V) => void;
  error?: string | null;
  className?: string;
}

export function SelectField<V extends string | number>(props: SelectFieldProps<V>) {
  const index = Math.max(
    props.options.findIndex((o) => o.value === props.value),
    0,
  );
  return (
    <FieldRow label={props.label} error={props.error} className={props.className}>
      <Picker
        mode="selector"
        range={props.options.map((o) => o.label)}
        value={index}
        onChange={(event) => {
          const option = props.options[Number(event.detail.value)];
          if (option) props.onChange(option.value);
        }}
      >
        <PickerBox display={props.options[index]?.label ?? ''} />
      </Picker>
    </FieldRow>
  );
}

export function SwitchRow(props: {
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  className?: string;
}) {
  return (
    <View className={cx('staff-switch', props.className)}>
      <View className="staff-switch__text">
        <Text className="staff-switch__label">{props.label}</Text>
        {props.hint ? <Text className="staff-switch__hint">{props.hint}</Text> : null}
      </View>
      <Switch checked={props.checked} color="#1d4f57" onChange={(event) => props.onChange(event.detail.value)} />
    </View>
  );
}

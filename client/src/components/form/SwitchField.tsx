// An on/off setting: its label and hint on the left, the switch on the right.
import { Switch, Text, View } from '@tarojs/components';
import { cx } from '../../lib/cx';
import { controlLabel } from '../a11y';

export interface SwitchFieldProps {
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  className?: string;
}

export function SwitchField({ label, hint, checked, onChange, className }: SwitchFieldProps) {
  return (
    <View className={cx('zz-switch', className)}>
      <View className="zz-switch__text">
        <Text className="zz-switch__label">{label}</Text>
        {hint ? <Text className="zz-switch__hint">{hint}</Text> : null}
      </View>
      <Switch
        checked={checked}
        color="#1d4f57"
        onChange={(event) => onChange(event.detail.value)}
        {...controlLabel(label)}
      />
    </View>
  );
}

// A password box: masked, no autocorrect, with a class per field so tests and styles can find it.
import { Input } from '@tarojs/components';
import { controlLabel } from '../../../components/a11y';

export function PasswordInput(props: {
  value: string;
  onChange: (value: string) => void;
  name: string;
  /** Its field's label, read out for the box. */
  label: string;
  maxlength?: number;
}) {
  return (
    <Input
      className={`zz-input staff-password__${props.name}`}
      password
      value={props.value}
      maxlength={props.maxlength ?? 128}
      onInput={(event) => props.onChange(event.detail.value)}
      {...controlLabel(props.label)}
    />
  );
}

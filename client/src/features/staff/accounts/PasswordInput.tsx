// A password box: masked, no autocorrect, with a class per field so tests and styles can find it.
import { Input } from '@tarojs/components';

export function PasswordInput(props: {
  value: string;
  onChange: (value: string) => void;
  name: string;
  maxlength?: number;
}) {
  return (
    <Input
      className={`zz-input staff-password__${props.name}`}
      password
      value={props.value}
      maxlength={props.maxlength ?? 128}
      onInput={(event) => props.onChange(event.detail.value)}
    />
  );
}

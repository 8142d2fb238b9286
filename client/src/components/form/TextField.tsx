// Single-line text and number inputs, and the paragraph textarea.
import { Input, Textarea, View } from '@tarojs/components';
import { cx } from '../../lib/cx';
import { controlLabel } from '../a11y';
import { type FieldFrameProps, FieldRow } from './Field';

export interface TextFieldProps extends FieldFrameProps {
  value: string;
  onChange: (value: string) => void;
  /** When the field is left: forms judge half-typed values only then. */
  onBlur?: () => void;
  /** 'idcard' and 'number' open the matching keyboard in the mini-program. */
  type?: 'text' | 'number' | 'idcard';
  placeholder?: string;
  /** The shared model's limit for the field; the input stops there. */
  maxlength: number;
  /** Takes the focus when it turns true (a form's first wrong field). */
  focus?: boolean;
}

export function TextField({ value, onChange, onBlur, type, placeholder, maxlength, focus, ...frame }: TextFieldProps) {
  return (
    <FieldRow {...frame}>
      <Input
        className="zz-input"
        type={type ?? 'text'}
        value={value}
        placeholder={placeholder}
        maxlength={maxlength}
        focus={focus}
        onInput={(event) => onChange(event.detail.value)}
        onBlur={onBlur}
        {...controlLabel(frame.label ?? placeholder)}
      />
    </FieldRow>
  );
}

export interface TextAreaProps {
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  placeholder?: string;
  /** -1 for none. */
  maxlength: number;
  /** sm: a few lines; lg: an article; xl: a roster of up to 50 lines. */
  size?: 'sm' | 'lg' | 'xl';
  invalid?: boolean;
  className?: string;
  /** Takes the focus when it turns true (a form's first wrong field). */
  focus?: boolean;
  /** An anchor a form scrolls to. */
  id?: string;
  /** The name read out for the textarea: its field's label, or else the placeholder. */
  label?: string;
}

/** The textarea alone, for a field that lays out its own help and counts (the group roster). */
export function TextArea({
  value,
  onChange,
  onBlur,
  placeholder,
  maxlength,
  size,
  invalid,
  className,
  focus,
  id,
  label,
}: TextAreaProps) {
  return (
    // The frame is a View: on H5 the textarea inherits its host's height, so padding there would overflow.
    <View
      id={id}
      className={cx(
        'zz-textarea',
        size && size !== 'sm' && `zz-textarea--${size}`,
        invalid && 'zz-textarea--invalid',
        className,
      )}
    >
      <Textarea
        className="zz-textarea__control"
        value={value}
        placeholder={placeholder}
        maxlength={maxlength}
        focus={focus}
        onInput={(event) => onChange(event.detail.value)}
        onBlur={onBlur}
        {...controlLabel(label ?? placeholder)}
      />
    </View>
  );
}

export type TextAreaFieldProps = FieldFrameProps & Omit<TextAreaProps, 'invalid' | 'className'>;

export function TextAreaField({ value, onChange, onBlur, placeholder, maxlength, size, ...frame }: TextAreaFieldProps) {
  return (
    <FieldRow {...frame}>
      <TextArea
        value={value}
        onChange={onChange}
        onBlur={onBlur}
        placeholder={placeholder}
        maxlength={maxlength}
        size={size}
        label={frame.label}
      />
    </FieldRow>
  );
}

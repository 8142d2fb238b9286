// The one field kit of every form, citizen and staff: a row with its label (and required mark), the control,
// and below it the field's error or else its hint. The controls (text, textarea, pickers, switch, document
// type + number) are in this folder; forms give each row a className as a handle for styles and tests.
import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { cx } from '../../lib/cx';
import './form.css';

export interface FieldRowProps {
  /** Omitted where the surrounding dialog or section already says what the field is. */
  label?: string;
  /** Marks the label with an asterisk. */
  required?: boolean;
  /** A message to show beside the field; it replaces the hint and marks the control invalid. */
  error?: string | null;
  hint?: ReactNode;
  className?: string;
  /** An anchor a form scrolls to when this is its first wrong field. */
  id?: string;
  children: ReactNode;
}

export function FieldRow({ label, required, error, hint, className, id, children }: FieldRowProps) {
  return (
    <View id={id} className={cx('zz-field', error && 'zz-field--invalid', className)}>
      {label ? (
        <Text className="zz-field__label">
          {label}
          {required ? <Text className="zz-field__required">*</Text> : null}
        </Text>
      ) : null}
      {children}
      {error ? (
        <Text className="zz-field__error">{error}</Text>
      ) : hint ? (
        <Text className="zz-field__hint">{hint}</Text>
      ) : null}
    </View>
  );
}

/** What every field takes besides its value: the row's label, messages and handle. */
export type FieldFrameProps = Omit<FieldRowProps, 'children'>;

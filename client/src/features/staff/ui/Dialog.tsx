// A modal panel inside the page, for confirmations that need typed input (a reason, a headcount).
// Taro.showModal cannot take input on H5, and its weapp `editable` mode allows one line without validation.
import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { Button } from '../../../components/Button';
import './staff-ui.css';

export interface DialogProps {
  title: string;
  children?: ReactNode;
  confirmText?: string;
  cancelText?: string;
  /** A destructive action gets the danger style. */
  danger?: boolean;
  pending?: boolean;
  /** Disables the confirm button, e.g. while a required reason is empty. */
  confirmDisabled?: boolean;
  /** A failure message from the last attempt, shown above the buttons. */
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
  testId?: string;
}

export function Dialog(props: DialogProps) {
  return (
    <View className="staff-dialog" catchMove data-testid={props.testId ?? 'staff-dialog'}>
      <View className="staff-dialog__mask" onClick={props.pending ? undefined : props.onCancel} />
      <View className="staff-dialog__panel">
        <Text className="staff-dialog__title">{props.title}</Text>
        <View className="staff-dialog__body">{props.children}</View>
        {props.error ? (
          <Text className="staff-dialog__error" data-testid="staff-dialog-error">
            {props.error}
          </Text>
        ) : null}
        <View className="staff-dialog__actions">
          <Button variant="secondary" size="sm" disabled={props.pending} onClick={props.onCancel}>
            {props.cancelText ?? '取消'}
          </Button>
          <Button
            variant={props.danger ? 'danger' : 'primary'}
            size="sm"
            loading={props.pending}
            disabled={props.confirmDisabled}
            onClick={props.onConfirm}
            className="staff-dialog__confirm"
          >
            {props.confirmText ?? '确定'}
          </Button>
        </View>
      </View>
    </View>
  );
}

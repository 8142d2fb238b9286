// 修改密码: the current password (the one-time one an administrator gave, or the account's own) and a new one twice,
// checked with the shared password rules the server applies again. Forced after a one-time sign-in.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordChangeModel } from '@zz/shared/identity/staff-accounts';
import { fieldErrorsOf } from '@zz/shared/validation/field-errors';
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { FieldRow } from '../../../components/form/Field';
import { Notice } from '../../../components/Notice';
import { describeFailure } from '../../../graphql/client';
import { isSuccessResult, messagesByPath } from '../../../graphql/errors';
import { useMutation } from '../../../graphql/use-mutation';
import { StaffChangeMyPasswordDocument } from '../graphql';
import { accountErrorMessage } from './messages';
import { PasswordInput } from './PasswordInput';
import './accounts.css';

export function PasswordChangeForm({ forced, onChanged }: { forced: boolean; onChanged: () => void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const mutation = useMutation(StaffChangeMyPasswordDocument);

  async function submit() {
    const checked = passwordChangeModel.safeParse({ currentPassword: current, newPassword: next });
    const found = checked.success ? {} : messagesByPath(fieldErrorsOf(checked.error));
    if (!found.newPassword && next !== repeat) found.repeat = '两次输入的新密码不一致';
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return;
    const result = await mutation.run({ currentPassword: current, newPassword: next });
    if (!result.ok) return setFailure(describeFailure(result.failure));
    const answer = result.data.changeMyPassword;
    if (isSuccessResult(answer)) {
      void Taro.showToast({ title: '密码已修改', icon: 'success' });
      onChanged();
      return;
    }
    if (answer.__typename === 'InputValidationError') return setErrors(messagesByPath(answer.fieldErrors));
    setFailure(accountErrorMessage(answer));
  }

  return (
    <View className="staff-form staff-password" data-testid="staff-password-form">
      {forced ? (
        <Notice tone="warning" title="请先修改初始密码">
          <Text>您正在使用管理员提供的一次性密码。设置自己的新密码后才能使用工作人员功能。</Text>
        </Notice>
      ) : null}
      <FieldRow label={forced ? '一次性密码' : '当前密码'} error={errors.currentPassword}>
        <PasswordInput value={current} onChange={setCurrent} name="current" label="当前密码" />
      </FieldRow>
      <FieldRow label="新密码" error={errors.newPassword} hint={`至少${PASSWORD_MIN_LENGTH}位，不能只有数字或只有字母`}>
        <PasswordInput value={next} onChange={setNext} name="new" label="新密码" maxlength={PASSWORD_MAX_LENGTH} />
      </FieldRow>
      <FieldRow label="再次输入新密码" error={errors.repeat}>
        <PasswordInput
          value={repeat}
          onChange={setRepeat}
          name="repeat"
          label="再次输入新密码"
          maxlength={PASSWORD_MAX_LENGTH}
        />
      </FieldRow>
      {failure ? (
        <Text className="staff-form__error" data-testid="staff-password-failure">
          {failure}
        </Text>
      ) : null}
      <Button block loading={mutation.pending} onClick={() => void submit()} className="staff-password__submit">
        修改密码
      </Button>
    </View>
  );
}

// 工作人员登录: username and password, for accounts created by an administrator.
import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Button } from '../../components/Button';
import { signInStaff } from '../session/session';
import './staff.css';

export function StaffSignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ready = username.trim().length > 0 && password.length > 0;

  async function submit() {
    if (pending || !ready) return;
    setPending(true);
    setError(null);
    const outcome = await signInStaff(username, password);
    setPending(false);
    if (outcome.ok && outcome.account.kind === 'STAFF') onSignedIn();
    else setError(outcome.ok ? '该账号不是工作人员账号' : outcome.message);
  }

  return (
    <View className="staff-sign-in" data-testid="staff-sign-in">
      <Text className="staff-sign-in__title">工作人员登录</Text>
      <View className="zz-field">
        <Text className="zz-field__label">用户名</Text>
        <Input
          className="zz-input staff-sign-in__username"
          value={username}
          placeholder="请输入用户名"
          onInput={(event) => setUsername(event.detail.value)}
        />
      </View>
      <View className="zz-field">
        <Text className="zz-field__label">密码</Text>
        <Input
          className="zz-input staff-sign-in__password"
          value={password}
          password
          placeholder="请输入密码"
          onInput={(event) => setPassword(event.detail.value)}
          onConfirm={() => void submit()}
        />
      </View>
      {error ? (
        <Text className="staff-sign-in__error" data-testid="staff-sign-in-error">
          {error}
        </Text>
      ) : null}
      <Button block className="staff-sign-in__submit" loading={pending} disabled={!ready} onClick={() => void submit()}>
        登录
      </Button>
    </View>
  );
}

// Visitor sign-in: 微信一键登录 in the mini-program, and the clearly labelled 开发环境登录 wherever the
// server offers it (H5 previews and local development; never in production).
import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { PLATFORM } from '../../config';
import type { ViewerQuery } from '../../graphql/generated/operations';
import { type SignInOutcome, signInForDevelopment, signInWithWechat } from './session';
import './session.css';

export interface SignInPanelProps {
  authOptions: ViewerQuery['authOptions'];
  onSignedIn: () => void;
  /** Why to sign in here; by default what signing in opens (booking). */
  title?: string;
}

export function SignInPanel({ authOptions, onSignedIn, title = '登录后可预约参观、管理预约' }: SignInPanelProps) {
  const [pending, setPending] = useState<'wechat' | 'development' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [displayName, setDisplayName] = useState('');
  const wechat = PLATFORM === 'weapp' && authOptions.wechatSignIn;
  const development = authOptions.developmentSignIn;

  async function attempt(kind: 'wechat' | 'development', action: () => Promise<SignInOutcome>) {
    if (pending) return;
    setPending(kind);
    setError(null);
    const outcome = await action();
    setPending(null);
    if (outcome.ok) onSignedIn();
    else setError(outcome.message);
  }

  return (
    <View className="sign-in" data-testid="sign-in">
      <Text className="sign-in__title">{title}</Text>
      {wechat ? (
        <Button
          block
          className="sign-in__wechat"
          loading={pending === 'wechat'}
          onClick={() => void attempt('wechat', signInWithWechat)}
        >
          微信一键登录
        </Button>
      ) : null}
      {development ? (
        <View className="sign-in__development">
          <Text className="sign-in__development-label">开发环境登录</Text>
          <Text className="sign-in__development-hint">仅用于开发与测试，正式环境不提供。</Text>
          <Input
            className="zz-input sign-in__name"
            value={displayName}
            placeholder="输入昵称，如：测试访客"
            maxlength={20}
            onInput={(event) => setDisplayName(event.detail.value)}
          />
          <Button
            block
            variant={wechat ? 'secondary' : 'primary'}
            className="sign-in__development-button"
            loading={pending === 'development'}
            disabled={displayName.trim().length === 0}
            onClick={() => void attempt('development', () => signInForDevelopment(displayName))}
          >
            开发环境登录
          </Button>
        </View>
      ) : null}
      {!wechat && !development ? (
        <Notice tone="warning" className="sign-in__unavailable">
          <Text>请在微信中打开「漳州档案」小程序登录。</Text>
        </Notice>
      ) : null}
      {error ? (
        <Text className="sign-in__error" data-testid="sign-in-error">
          {error}
        </Text>
      ) : null}
    </View>
  );
}

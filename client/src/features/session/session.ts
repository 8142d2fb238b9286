// Sign-in and sign-out for visitors (WeChat, or the labelled development sign-in) and staff.
// Each returns either the signed-in account or a Chinese message chosen by the error's __typename.
import Taro from '@tarojs/taro';
import { PLATFORM } from '../../config';
import { describeFailure, execute } from '../../graphql/client';
import { commonErrorMessage, isSuccessResult } from '../../graphql/errors';
import {
  SignInForDevelopmentDocument,
  type SignInForDevelopmentMutation,
  SignInStaffDocument,
  type SignInStaffMutation,
  SignInWithWechatDocument,
  type SignInWithWechatMutation,
  SignOutDocument,
  type ViewerFieldsFragment,
} from '../../graphql/generated/operations';
import { writeSessionToken } from '../../graphql/session-token';

export type SignInOutcome = { ok: true; account: ViewerFieldsFragment } | { ok: false; message: string };

type WechatError = Exclude<SignInWithWechatMutation['signInWithWechat'], { data: unknown }>;
type DevelopmentError = Exclude<SignInForDevelopmentMutation['signInForDevelopment'], { data: unknown }>;
type StaffError = Exclude<SignInStaffMutation['signInStaff'], { data: unknown }>;

function wechatErrorMessage(error: WechatError): string {
  switch (error.__typename) {
    case 'WechatCodeInvalidError':
      return '微信登录凭证已失效，请重新点击登录';
    case 'WechatRateLimitedError':
      return '微信登录过于频繁，请稍后再试';
    case 'WechatUserBlockedError':
      return '该微信账号已被微信限制登录';
    case 'WechatUnavailableError':
      return error.wechatCode === -2 ? '服务器尚未配置微信登录' : '微信登录服务暂时不可用，请稍后再试';
    default:
      return commonErrorMessage(error);
  }
}

function developmentErrorMessage(error: DevelopmentError): string {
  switch (error.__typename) {
    case 'DevelopmentSignInDisabledError':
      return '开发环境登录已关闭，请在微信中打开小程序';
    case 'InputValidationError':
      return error.fieldErrors[0]?.message ?? '请填写昵称';
    default:
      return commonErrorMessage(error);
  }
}

function staffErrorMessage(error: StaffError): string {
  switch (error.__typename) {
    case 'InvalidCredentialsError':
      return '用户名或密码错误';
    case 'RateLimitedError':
      return `尝试次数过多，请${error.retryAfterSeconds}秒后再试`;
    default:
      return commonErrorMessage(error);
  }
}

function signedIn(data: { token: string; account: ViewerFieldsFragment }): SignInOutcome {
  writeSessionToken(data.token);
  return { ok: true, account: data.account };
}

/** 微信登录: a one-time code from Taro.login, exchanged by the server for a session. */
export async function signInWithWechat(): Promise<SignInOutcome> {
  if (PLATFORM !== 'weapp') return { ok: false, message: '请在微信中打开小程序登录' };
  let code: string;
  try {
    code = (await Taro.login()).code;
  } catch {
    return { ok: false, message: '无法获取微信登录凭证，请稍后再试' };
  }
  const result = await execute(SignInWithWechatDocument, { code });
  if (!result.ok) return { ok: false, message: describeFailure(result.failure) };
  const answer = result.data.signInWithWechat;
  return isSuccessResult(answer) ? signedIn(answer.data) : { ok: false, message: wechatErrorMessage(answer) };
}

/** 开发环境登录: only offered when the server says it is available (never in production). */
export async function signInForDevelopment(displayName: string): Promise<SignInOutcome> {
  const result = await execute(SignInForDevelopmentDocument, { displayName: displayName.trim() });
  if (!result.ok) return { ok: false, message: describeFailure(result.failure) };
  const answer = result.data.signInForDevelopment;
  return isSuccessResult(answer) ? signedIn(answer.data) : { ok: false, message: developmentErrorMessage(answer) };
}

export async function signInStaff(username: string, password: string): Promise<SignInOutcome> {
  const result = await execute(SignInStaffDocument, { username: username.trim(), password });
  if (!result.ok) return { ok: false, message: describeFailure(result.failure) };
  const answer = result.data.signInStaff;
  return isSuccessResult(answer) ? signedIn(answer.data) : { ok: false, message: staffErrorMessage(answer) };
}

/** Ends the session on the server when reachable; the local token is dropped either way. */
export async function signOut(): Promise<void> {
  await execute(SignOutDocument);
  writeSessionToken(null);
}

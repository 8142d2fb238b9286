// Expected sign-in failures. WeChat's error codes are mapped to these so the client can explain each.
import { businessTimeOf } from '@zz/shared';

export class WechatCodeInvalidError extends Error {
  constructor(readonly wechatCode: number) {
    super(wechatCode === 40163 ? '登录凭证已被使用，请重新登录' : '登录凭证无效或已过期，请重新登录');
    this.name = 'WechatCodeInvalidError';
  }
}

export class WechatRateLimitedError extends Error {
  constructor() {
    super('登录过于频繁，请稍后再试');
    this.name = 'WechatRateLimitedError';
  }
}

export class WechatUserBlockedError extends Error {
  constructor() {
    super('该微信账号存在风险，已被微信限制登录');
    this.name = 'WechatUserBlockedError';
  }
}

export class WechatUnavailableError extends Error {
  constructor(readonly wechatCode: number) {
    super(wechatCode === -2 ? '服务器尚未配置微信登录' : '微信登录服务暂时不可用，请稍后再试');
    this.name = 'WechatUnavailableError';
  }
}

export class DevelopmentSignInDisabledError extends Error {
  constructor() {
    super('开发环境登录已关闭，请在微信中打开小程序');
    this.name = 'DevelopmentSignInDisabledError';
  }
}

export class InvalidCredentialsError extends Error {
  constructor() {
    super('用户名或密码错误');
    this.name = 'InvalidCredentialsError';
  }
}

/**
 * Sign-in is locked after repeated failures (for the username tried, or for the address it came from). Said the
 * same way whether or not the username exists, with the instant it opens again.
 */
export class SignInLockedError extends Error {
  constructor(
    readonly retryAt: number,
    readonly retryAfterSeconds: number,
  ) {
    super(`登录失败次数过多，已暂时锁定，请于${businessTimeOf(retryAt)}后再试`);
    this.name = 'SignInLockedError';
  }
}

/** The username is another account's (the unique index said so). */
export class UsernameTakenError extends Error {
  constructor(readonly username: string) {
    super('该用户名已被使用，请换一个');
    this.name = 'UsernameTakenError';
  }
}

/** Administrators do not disable, re-role or reset their own account (another administrator does). */
export class OwnAccountError extends Error {
  constructor(readonly action: 'DISABLE' | 'CHANGE_ROLE' | 'RESET_PASSWORD') {
    super(
      action === 'DISABLE'
        ? '不能停用自己的账号'
        : action === 'CHANGE_ROLE'
          ? '不能修改自己的角色或所属档案馆'
          : '请在“修改密码”中修改自己的密码',
    );
    this.name = 'OwnAccountError';
  }
}

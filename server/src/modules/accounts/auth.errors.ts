// Expected sign-in failures. WeChat's error codes are mapped to these so the client can explain each.
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

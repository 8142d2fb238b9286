// The client's only configuration: TARO_APP_* variables that Taro inlines at build time (defaults in client/.env).
/// <reference types="@tarojs/taro" />

declare module '*.css';
declare module '*.png';

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production';
    /** The build target; set by `taro build --type`. */
    TARO_ENV: 'weapp' | 'h5';
    /** API origin. Empty: same origin on H5, http://127.0.0.1:4000 on weapp. */
    TARO_APP_API_BASE?: string;
    /** WeChat appid written into the weapp project.config.json (touristappid by default). */
    TARO_APP_WECHAT_APPID?: string;
    /** Taro's own appid variable; config/index.ts fills it from TARO_APP_WECHAT_APPID. */
    TARO_APP_ID?: string;
  }
}

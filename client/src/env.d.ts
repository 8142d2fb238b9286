// The client's only configuration: TARO_APP_* variables that Taro inlines at build time (defaults in client/.env).
/// <reference types="@tarojs/taro" />

declare module '*.css';
declare module '*.png';

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production';
    /** The build target; set by `taro build --type`. */
    TARO_ENV: 'weapp' | 'h5';
    /**
     * API origin, as client/config/api-base.ts decided it: empty means same origin (H5); a weapp watch build gets
     * http://127.0.0.1:4000; a production build needs https (or an explicit ZZ_ALLOW_INSECURE_API_BASE=1).
     */
    TARO_APP_API_BASE?: string;
    /** WeChat appid written into the weapp project.config.json (touristappid by default). */
    TARO_APP_WECHAT_APPID?: string;
    /** Taro's own appid variable; config/index.ts fills it from TARO_APP_WECHAT_APPID. */
    TARO_APP_ID?: string;
  }
}

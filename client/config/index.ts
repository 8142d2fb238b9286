// Taro build configuration for both targets (weapp, h5). Runtime configuration lives in src/config.ts.
import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import { requireWithEsbuild } from '@tarojs/helper';
import type * as Packages from '../src/packages';
import { decideApiBase } from './api-base';
import { compactOperations } from './compact-operations';
import {
  h5Chunks,
  h5DirectComponentImports,
  h5LazyComponents,
  h5LazyPreviewImage,
  h5PreloadHomePage,
} from './h5-chunks';
import { h5StaticFiles } from './h5-static-files';
import { MANIFEST_PATH } from './persisted-operations';
import { subpackageChunks } from './subpackage-chunks';

// Taro compiles only files under config/ when it requires this one, so src/packages.ts is loaded the way Taro
// loads src/app.config.ts: bundled by its esbuild loader, then turned into CommonJS.
const { SHARED_FEATURES, SUBPACKAGES }: typeof Packages = requireWithEsbuild(
  path.resolve(__dirname, '../src/packages.ts'),
  {
    customSwcConfig: { module: { type: 'commonjs' } },
  },
);

// Taro's CLI has already loaded client/.env* into process.env (a variable set in the shell wins).
// DevTools reads the appid from the copied project.config.json; Taro overwrites it with TARO_APP_ID,
// so our one public name for it, TARO_APP_WECHAT_APPID, is forwarded here.
process.env.TARO_APP_ID ||= process.env.TARO_APP_WECHAT_APPID || 'touristappid';

export default defineConfig<'vite'>((_merge, { mode }) => {
  const production = mode === 'production';
  // A release build must name an https API: an unset variable used to bake http://127.0.0.1:4000 into the weapp.
  const api = decideApiBase({
    platform: process.env.TARO_ENV ?? '',
    production,
    apiBase: process.env.TARO_APP_API_BASE,
    allowInsecure: process.env.ZZ_ALLOW_INSECURE_API_BASE,
  });
  if (!api.ok) {
    // Printed and exited rather than thrown: Taro would bury the message under its own stack trace.
    console.error(`\n${api.message}\n`);
    process.exit(1);
  }
  if (api.warning) console.warn(`\n${api.warning}\n`);
  const config: UserConfigExport<'vite'> = {
    projectName: 'zhangzhou-archive',
    date: '2025-11-24',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // weapp and h5 would overwrite each other in one folder.
    outputRoot: `dist/${process.env.TARO_ENV}`,
    framework: 'react',
    // base.wxml repeats its node templates once per nesting level (~2.9 KB a level, in the main package). Nodes
    // nested deeper than this render through Taro's recursive `comp` component instead, which costs a custom
    // component per deep subtree; 12 levels hold our pages' usual depth, and the 3 levels given up (of the default
    // 16) are the ~9 KB that keep the main package under its 450 KiB budget.
    baseLevel: 12,
    compiler: {
      type: 'vite',
      // Both targets ship the GraphQL documents minified, and a production build ships each operation's persisted id
      // instead (what a production server accepts). H5 loads each page's code with the page (h5-chunks.ts) and emits
      // the favicon; the mini-program needs subpackage-aware chunks.
      vitePlugins: [
        compactOperations({
          persistedManifest: production ? path.resolve(__dirname, '../..', MANIFEST_PATH) : undefined,
        }),
        ...(process.env.TARO_ENV === 'h5'
          ? [
              h5Chunks(),
              h5LazyPreviewImage(),
              h5DirectComponentImports(),
              // What only a few pages show, and heavy: Swiper with its library, Video with its controls. Not the form
              // controls (Picker, Textarea): props set on them before their chunk arrived were lost (a textarea fell
              // back to 140 characters and lost its accessible name), so they load with the app.
              h5LazyComponents(['taro-swiper-core', 'taro-swiper-item-core', 'taro-video-core']),
              h5PreloadHomePage('pages/index/index'),
              h5StaticFiles(
                ['favicon.ico', 'favicon.svg'].map((name) => path.resolve(__dirname, '../src/favicon', name)),
              ),
            ]
          : subpackageChunks({
              sourceRoot: path.resolve(__dirname, '../src'),
              packages: SUBPACKAGES,
              // Tickets (booking) and certificates (lookup) both draw QR codes.
              copyIntoEachSubpackage: ['qrcode-generator'],
              // What only subpackage pages use, though more than one of them: the shared rules and models with zod
              // (which validates them), the form kit, the sign-in gate of citizen pages, the timeline of requests,
              // the mutation hook, the moved-request hook. Each subpackage carries its own copy, so the main
              // package keeps only what its own pages import (a few label tables and time helpers of shared/).
              // A module here must hold no state that pages of two packages would need to share.
              copySourcesUnder: [
                path.resolve(__dirname, '../../shared/src'),
                path.dirname(require.resolve('zod/package.json')),
                path.resolve(__dirname, '../src/components/form'),
                path.resolve(__dirname, '../src/components/Timeline.tsx'),
                path.resolve(__dirname, '../src/features/session/SignInGate.tsx'),
                // 消息提醒, in 消息 and on the 预约成功 ticket (messages and booking).
                path.resolve(__dirname, '../src/features/notifications/ReminderSettings.tsx'),
                path.resolve(__dirname, '../src/graphql/use-mutation.ts'),
                path.resolve(__dirname, '../src/graphql/use-record-query.ts'),
                path.resolve(__dirname, '../src/lib/whole-number.ts'),
              ],
              // Feature folders that several subpackages share (the staff tools of staff, studio and admin) and
              // their generated operations: copied whole, styles too, since no main-package page uses them.
              copyFeaturesUnder: SHARED_FEATURES.flatMap((group) => [
                ...group.features.map((feature) => path.resolve(__dirname, '../src/features', feature)),
                path.resolve(__dirname, '../src/graphql/generated', group.name),
              ]),
            })),
      ],
    },
    // WeChat's aria-role and aria-label on view, text and image (see aria-attributes.ts).
    plugins: [path.resolve(__dirname, 'aria-attributes.ts')],
    alias: {
      // npm nests this package under client/ (it peers vite 4 while the root holds vitest's vite), and
      // the hoisted @tarojs/plugin-platform-h5 imports it from the root; point that import back here.
      '@tarojs/plugin-framework-react': path.resolve(__dirname, '../node_modules/@tarojs/plugin-framework-react'),
    },
    // The decided base replaces the one Taro read from client/.env (defineConstants win over its env constants).
    defineConstants: { 'process.env.TARO_APP_API_BASE': JSON.stringify(api.apiBase) },
    copy: { patterns: [], options: {} },
    jsMinimizer: 'terser',
    // Taro's own terser options already set `output`; only the switch is ours.
    terser: { enable: production },
    csso: { enable: production },
    mini: {
      enableSourceMap: !production,
      postcss: {
        pxtransform: { enable: true, config: {} },
        // WeChat renders with WebKit (iOS) or Chromium (Android): the prefixes package.json's desktop browsers
        // ('last 3 versions': IE, old Edge…) would add, -ms- ones, never apply in the mini-program.
        autoprefixer: { enable: true, config: { overrideBrowserslist: ['Android >= 4.1', 'ios >= 8'] } },
        cssModules: { enable: false },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      enableSourceMap: !production,
      postcss: {
        autoprefixer: { enable: true, config: {} },
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
  };
  return config;
});

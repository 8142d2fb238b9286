// Issue 14 (release builds): which API origin a client build talks to. A production weapp build without an https
// API base must fail with a message naming the variable; local and test builds opt in to plain http by name.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ALLOW_INSECURE_VARIABLE,
  type ApiBaseInput,
  decideApiBase,
  LOCAL_API_BASE,
} from '../../client/config/api-base';
import { WEAPP_DIR } from '../testkit/weapp-build';

const release = (apiBase: string | undefined, allowInsecure?: string): ApiBaseInput => ({
  platform: 'weapp',
  production: true,
  apiBase,
  allowInsecure,
});

function refusal(input: ApiBaseInput): string {
  const decision = decideApiBase(input);
  if (decision.ok) throw new Error(`expected a refusal, got ${decision.apiBase}`);
  return decision.message;
}

describe('the API base of a client build', () => {
  it('refuses a production weapp build with no API base, in Chinese and English, naming the variable', () => {
    for (const unset of [undefined, '', '   ']) {
      const message = refusal(release(unset));
      expect(message).toContain('小程序正式构建缺少接口地址');
      expect(message).toContain('The production weapp build has no API base');
      expect(message).toContain('TARO_APP_API_BASE=https://');
      expect(message).toContain(`${ALLOW_INSECURE_VARIABLE}=1`);
    }
  });

  it('refuses a production weapp build with no API base even when plain http is allowed: the address is explicit', () => {
    expect(refusal(release(undefined, '1'))).toContain('TARO_APP_API_BASE 未设置');
  });

  it('refuses plain http in a production build unless the opt-in is set, and then warns', () => {
    expect(refusal(release('http://127.0.0.1:4000'))).toContain('A production build needs an https API base');
    expect(refusal({ ...release('http://192.168.1.20:4000'), platform: 'h5' })).toContain('HTTPS');

    const local = decideApiBase(release('http://127.0.0.1:4000/', '1'));
    expect(local).toEqual({ ok: true, apiBase: 'http://127.0.0.1:4000', warning: expect.any(String) });
    expect(local.ok && local.warning).toContain('never release it');
  });

  it('takes an https API base for a release build, without a trailing slash, keeping a path prefix', () => {
    expect(decideApiBase(release('https://api.archive.example/'))).toEqual({
      ok: true,
      apiBase: 'https://api.archive.example',
      warning: null,
    });
    expect(decideApiBase(release(' https://archive.example/api '))).toEqual({
      ok: true,
      apiBase: 'https://archive.example/api',
      warning: null,
    });
  });

  it('refuses what is no API origin, in any mode', () => {
    for (const bad of [
      'api.archive.example',
      'ftp://archive.example',
      'https://archive.example/?x=1',
      'https://u:p@a.example',
    ]) {
      expect(refusal({ ...release(bad), production: false })).toContain('is not an API origin');
      expect(refusal(release(bad))).toContain('TARO_APP_API_BASE 不是有效的接口地址');
    }
  });

  it('takes only 1 as the opt-in, so a "0" or "false" cannot allow plain http by accident', () => {
    for (const value of ['0', 'false', 'yes']) {
      expect(refusal(release('https://api.archive.example', value))).toContain(`must be 1 or unset, got "${value}"`);
    }
  });

  it('keeps H5 on its own origin when no base is set, in production too (the server serves it)', () => {
    expect(decideApiBase({ platform: 'h5', production: true, apiBase: '', allowInsecure: undefined })).toEqual({
      ok: true,
      apiBase: '',
      warning: null,
    });
  });

  it('gives a weapp watch build the local server when no base is set, and takes plain http there', () => {
    const watch = { platform: 'weapp', production: false, allowInsecure: undefined };
    expect(decideApiBase({ ...watch, apiBase: undefined })).toEqual({
      ok: true,
      apiBase: LOCAL_API_BASE,
      warning: null,
    });
    expect(decideApiBase({ ...watch, apiBase: 'http://192.168.1.20:4000' })).toEqual({
      ok: true,
      apiBase: 'http://192.168.1.20:4000',
      warning: null,
    });
  });

  // The real build command: Taro loads client/config/index.ts, which stops before anything is built or cleaned
  // (about 3 s), so the weapp build the other suites run is left as it was.
  it('stops `taro build --type weapp` at once with the message when the base is plain http and not allowed', () => {
    const client = resolve(__dirname, '../../client');
    const before = existsSync(join(WEAPP_DIR, 'app.json')) ? statSync(join(WEAPP_DIR, 'app.json')).mtimeMs : null;
    const { NODE_ENV: _vitestMode, [ALLOW_INSECURE_VARIABLE]: _optIn, ...env } = process.env;
    const build = spawnSync(resolve(__dirname, '../../node_modules/.bin/taro'), ['build', '--type', 'weapp'], {
      cwd: client,
      // Without NODE_ENV, `taro build` builds for production, as `npm run build:weapp` does.
      env: { ...env, TARO_APP_API_BASE: 'http://127.0.0.1:4000' },
      encoding: 'utf8',
    });
    expect(build.status).toBe(1);
    expect(build.stderr).toContain('正式构建的接口地址必须使用 HTTPS');
    expect(build.stderr).toContain(`${ALLOW_INSECURE_VARIABLE}=1`);
    const after = existsSync(join(WEAPP_DIR, 'app.json')) ? statSync(join(WEAPP_DIR, 'app.json')).mtimeMs : null;
    expect(after).toBe(before);
  });
});

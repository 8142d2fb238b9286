// The server's one reader of the environment: defaults, validation (all problems at once), production rules.
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseDatabaseUrl, REPO_ROOT } from '../../server/src/config';

const piiKey = () => randomBytes(32).toString('base64');
// Explicit keys and an in-memory database keep these tests from touching data/pii.key and
// data/certificate-signing.key.
const quiet = { PII_KEY: piiKey(), CERTIFICATE_SIGNING_KEY: piiKey(), DATABASE_URL: 'sqlite::memory:' };

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig defaults', () => {
  it('runs in development on port 4000 with the embedded database and development sign-in', () => {
    const config = loadConfig({ PII_KEY: quiet.PII_KEY, CERTIFICATE_SIGNING_KEY: quiet.CERTIFICATE_SIGNING_KEY });
    expect(config).toMatchObject({
      nodeEnv: 'development',
      isProduction: false,
      host: '0.0.0.0',
      port: 4000,
      database: { dialect: 'sqlite', file: resolve(REPO_ROOT, 'data/archive.sqlite') },
      seedDemo: true,
      wechat: { appId: null, secret: null, apiBase: 'https://api.weixin.qq.com' },
      developmentSignIn: true,
      sessionTtlSeconds: 30 * 24 * 3600,
      piiKeySource: 'environment',
      certificateSigningKeySource: 'environment',
      publicBaseUrl: 'http://127.0.0.1:4000',
      redisUrl: null,
      staticDir: resolve(REPO_ROOT, 'client/dist/h5'),
    });
    expect(config.piiKey).toHaveLength(32);
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.wechat)).toBe(true);
  });

  it('treats blank values as unset', () => {
    const config = loadConfig({ ...quiet, PORT: ' ', SESSION_TTL: '', SEED_DEMO: '', HOST: '  ' });
    expect(config.port).toBe(4000);
    expect(config.host).toBe('0.0.0.0');
    expect(config.sessionTtlSeconds).toBe(30 * 24 * 3600);
  });

  it('seeds demo content only for the embedded database outside production', () => {
    expect(loadConfig(quiet).seedDemo).toBe(true);
    expect(loadConfig({ ...quiet, DATABASE_URL: 'mysql://root@127.0.0.1:3306/archive' }).seedDemo).toBe(false);
    expect(loadConfig({ ...quiet, SEED_DEMO: 'no' }).seedDemo).toBe(false);
    expect(loadConfig({ ...quiet, DATABASE_URL: 'mysql://root@h/archive', SEED_DEMO: 'TRUE' }).seedDemo).toBe(true);
  });

  it('gives an in-memory database a throwaway key instead of writing one to disk', () => {
    const a = loadConfig({ DATABASE_URL: 'sqlite::memory:' });
    const b = loadConfig({ DATABASE_URL: 'sqlite::memory:' });
    expect(a.piiKeySource).toBe('generated');
    expect(a.piiKey.equals(b.piiKey)).toBe(false);
    expect(a.certificateSigningKeySource).toBe('generated');
    expect(a.certificateSigningKey.equals(b.certificateSigningKey)).toBe(false);
    expect(a.certificateSigningKey.equals(a.piiKey)).toBe(false);
  });

  it('serves no static files when STATIC_DIR is empty, and resolves a relative one from the repository', () => {
    expect(loadConfig({ ...quiet, STATIC_DIR: '' }).staticDir).toBeNull();
    expect(loadConfig({ ...quiet, STATIC_DIR: 'client/dist/h5' }).staticDir).toBe(resolve(REPO_ROOT, 'client/dist/h5'));
    expect(loadConfig({ ...quiet, STATIC_DIR: '/srv/h5' }).staticDir).toBe('/srv/h5');
  });

  it('turns the development sign-in off once a WeChat app is configured', () => {
    const config = loadConfig({ ...quiet, WECHAT_APPID: 'wx123', WECHAT_SECRET: 's', WECHAT_API_BASE: 'http://x/' });
    expect(config.developmentSignIn).toBe(false);
    expect(config.wechat).toEqual({ appId: 'wx123', secret: 's', apiBase: 'http://x' });
  });
});

describe('loadConfig validation', () => {
  it('reports every invalid value together', () => {
    const invalid: Record<string, string> = {
      NODE_ENV: 'staging',
      PORT: '70000',
      DATABASE_URL: 'postgres://localhost/archive',
      SESSION_TTL: '10',
      WECHAT_API_BASE: 'ftp://api.weixin.qq.com',
      PII_KEY: Buffer.alloc(16).toString('base64'),
      CERTIFICATE_SIGNING_KEY: Buffer.alloc(31).toString('base64'),
      PUBLIC_BASE_URL: 'archive.example',
      REDIS_URL: 'http://localhost:6379',
      SEED_DEMO: 'maybe',
    };
    const problems = problemsOf(invalid);
    expect(problems).toHaveLength(Object.keys(invalid).length);
    for (const name of Object.keys(invalid)) {
      expect(
        problems.filter((p) => p.startsWith(name)),
        name,
      ).toHaveLength(1);
    }
    // The error message lists them all, one per line, for the operator starting the server.
    expect(() => loadConfig(invalid)).toThrow(/Invalid configuration:\n {2}- NODE_ENV/);
  });

  it('quotes the offending value', () => {
    expect(problemsOf({ ...quiet, PORT: 'eighty' })).toEqual(['PORT must be an integer ≥ 0 ≤ 65535, got "eighty"']);
    expect(problemsOf({ ...quiet, SESSION_TTL: '1.5' })[0]).toContain('"1.5"');
  });

  it('reads the long-term templates as a list of template keys, and names an unknown one', () => {
    expect([...loadConfig(quiet).notifications.longTermTemplates]).toEqual([]);
    const config = loadConfig({ ...quiet, WECHAT_LONG_TERM_TEMPLATES: ' LOOKUP_PROGRESS, VISIT_REMINDER ' });
    expect([...config.notifications.longTermTemplates].sort()).toEqual(['LOOKUP_PROGRESS', 'VISIT_REMINDER']);
    expect(problemsOf({ ...quiet, WECHAT_LONG_TERM_TEMPLATES: 'LOOKUP_PROGRESS,lookup_progress' })).toEqual([
      'WECHAT_LONG_TERM_TEMPLATES names an unknown template "lookup_progress" (one of BOOKING_RESULT, VISIT_REMINDER, WAITLIST_RESULT, ACCOUNT_NOTICE, LOOKUP_PROGRESS)',
    ]);
  });

  it('needs the secret together with the app id', () => {
    expect(problemsOf({ ...quiet, WECHAT_APPID: 'wx123' })).toEqual([
      'WECHAT_SECRET is required when WECHAT_APPID is set',
    ]);
  });
});

describe('loadConfig in production', () => {
  it('requires PII_KEY, CERTIFICATE_SIGNING_KEY, PUBLIC_BASE_URL and the WeChat app id and secret', () => {
    const problems = problemsOf({ NODE_ENV: 'production', DATABASE_URL: 'mysql://root@db/archive' });
    expect(problems).toHaveLength(4);
    expect(problems.some((p) => p.startsWith('PII_KEY is required'))).toBe(true);
    expect(problems.some((p) => p.startsWith('CERTIFICATE_SIGNING_KEY is required'))).toBe(true);
    expect(problems.some((p) => p.startsWith('PUBLIC_BASE_URL is required'))).toBe(true);
    expect(problems.some((p) => p.startsWith('WECHAT_APPID and WECHAT_SECRET are required'))).toBe(true);
  });

  it('starts with them, without development sign-in or demo content', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'mysql://app@db:3306/archive',
      PII_KEY: piiKey(),
      CERTIFICATE_SIGNING_KEY: piiKey(),
      PUBLIC_BASE_URL: 'https://archive.example/',
      WECHAT_APPID: 'wx123',
      WECHAT_SECRET: 'secret',
    });
    expect(config).toMatchObject({ isProduction: true, developmentSignIn: false, seedDemo: false });
    expect(config.piiKeySource).toBe('environment');
    expect(config.certificateSigningKeySource).toBe('environment');
    expect(config.publicBaseUrl).toBe('https://archive.example');
  });

  it('refuses a public base URL that certificates printed on paper could not rely on', () => {
    const production = {
      NODE_ENV: 'production',
      DATABASE_URL: 'mysql://app@db:3306/archive',
      PII_KEY: piiKey(),
      CERTIFICATE_SIGNING_KEY: piiKey(),
      WECHAT_APPID: 'wx123',
      WECHAT_SECRET: 'secret',
    };
    expect(problemsOf({ ...production, PUBLIC_BASE_URL: 'http://archive.example' })).toEqual([
      'PUBLIC_BASE_URL must use https when NODE_ENV=production',
    ]);
    expect(problemsOf({ ...quiet, PUBLIC_BASE_URL: 'https://archive.example/?q=1' })).toEqual([
      'PUBLIC_BASE_URL must be an http(s) origin and path, got "https://archive.example/?q=1"',
    ]);
  });
});

describe('DATABASE_URL', () => {
  it('defaults to the embedded database under data/', () => {
    expect(parseDatabaseUrl(undefined)).toEqual({ dialect: 'sqlite', file: resolve(REPO_ROOT, 'data/archive.sqlite') });
  });

  it('resolves sqlite paths from the repository root and keeps absolute ones', () => {
    expect(parseDatabaseUrl('sqlite:data/x.sqlite')).toEqual({
      dialect: 'sqlite',
      file: resolve(REPO_ROOT, 'data/x.sqlite'),
    });
    expect(parseDatabaseUrl('sqlite:///tmp/x.sqlite')).toEqual({ dialect: 'sqlite', file: '/tmp/x.sqlite' });
    expect(parseDatabaseUrl('sqlite::memory:')).toEqual({ dialect: 'sqlite', file: ':memory:' });
  });

  it('keeps a mysql:// URL as it is', () => {
    const url = 'mysql://app:p%40ss@db.internal:3307/archive?ssl=true';
    expect(parseDatabaseUrl(url)).toEqual({ dialect: 'mysql', url });
  });

  it('reports URLs it cannot use', () => {
    const problemsFor = (value: string) => {
      const problems: string[] = [];
      parseDatabaseUrl(value, problems);
      return problems;
    };
    expect(problemsFor('sqlite:')[0]).toMatch(/needs a path/);
    expect(problemsFor('mysql://root@127.0.0.1:3306/')[0]).toMatch(/needs a database name/);
    expect(problemsFor('mysql://root@[bad/archive')[0]).toMatch(/not a valid mysql:\/\/ URL/);
    expect(problemsFor('postgres://x/y')[0]).toMatch(/must start with mysql:\/\/ or sqlite:/);
  });
});

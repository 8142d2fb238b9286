// The one reader of process.env on the server: every setting is parsed and validated here, all problems
// are reported together, and the result is frozen. Other modules receive a Config, never the environment.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ARTICLE_CATEGORIES,
  type ArticleCategory,
  isArticleCategory,
  TEMPLATE_KEYS,
  type TemplateKey,
} from '@zz/shared';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DEFAULT_DATA_DIR = resolve(REPO_ROOT, 'data');

export type DatabaseConfig = { dialect: 'sqlite'; file: string } | { dialect: 'mysql'; url: string };

export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  isProduction: boolean;
  host: string;
  port: number;
  database: DatabaseConfig;
  /**
   * Connections each process keeps to MySQL (DATABASE_POOL_SIZE, default 10; SQLite has one). More do not make a
   * rush faster: measured with the release rush, see README "Scaling out". Mind MySQL's max_connections across
   * all processes.
   */
  databasePoolSize: number;
  /** Demo content is seeded on start for the embedded database, unless SEED_DEMO says otherwise. */
  seedDemo: boolean;
  wechat: { appId: string | null; secret: string | null; apiBase: string };
  /** Development sign-in exists only without a WeChat app id and never in production. */
  developmentSignIn: boolean;
  sessionTtlSeconds: number;
  piiKey: Buffer;
  piiKeySource: KeySource;
  /** The 32-byte Ed25519 seed that signs lookup certificates (their QR codes are checked with its public key). */
  certificateSigningKey: Buffer;
  certificateSigningKeySource: KeySource;
  /** Where the public reaches this server (no trailing slash): certificate QR codes point at `${it}/verify/…`. */
  publicBaseUrl: string;
  redisUrl: string | null;
  /** Prefix of the rate-limit keys in Redis (RATE_LIMIT_PREFIX): deployments or test runs sharing one Redis keep apart. */
  rateLimitPrefix: string;
  /** Staff sign-in lockout after repeated failures. */
  signInLockout: SignInLockoutConfig;
  /** Attempts per minute, counted in the shared rate limiter. */
  attemptLimits: AttemptLimitsConfig;
  /** Behind a reverse proxy: take the client address for rate limits from X-Forwarded-For. */
  trustProxy: boolean;
  /** Which other web origins may call /graphql from a browser (CORS). */
  cors: CorsConfig;
  /** Directory of the H5 build served at '/', or null to serve only the API. */
  staticDir: string | null;
  uploads: UploadsConfig;
  notifications: NotificationsConfig;
  content: ContentConfig;
  exports: ExportsConfig;
  door: DoorConfig;
  audit: AuditConfig;
}

/**
 * Browsers may call the API from these origins besides the server's own (the H5 app is served by this server, and
 * the mini-program is no browser, so production needs none unless the bureau hosts the H5 app elsewhere).
 */
export interface CorsConfig {
  /** CORS_ORIGINS: a comma-separated allow-list of exact origins, e.g. https://h5.archive.example. */
  origins: readonly string[];
  /** Outside production, any http://localhost:<port> or http://127.0.0.1:<port> (Taro's H5 dev server). */
  allowLoopback: boolean;
}

/** The audit log (platform/audit). */
export interface AuditConfig {
  /**
   * How long audit rows are kept online, in days (AUDIT_RETENTION_DAYS, default 400: the bureau keeps at least
   * 12 months). Fewer than 183 days is refused: China's Cybersecurity Law (art. 21) requires network logs to be
   * kept at least six months.
   */
  retentionDays: number;
}

/** The shortest retention the law allows (six months, counted generously). */
export const MIN_AUDIT_RETENTION_DAYS = 183;

/**
 * Repeated failed staff sign-ins lock sign-in for a while, per account and per client address, in the shared rate
 * limiter (Redis when REDIS_URL is set), so every server process sees the same lock.
 */
export interface SignInLockoutConfig {
  /** Failures of one username within the window that lock it (SIGNIN_LOCK_ACCOUNT_FAILURES, default 5). */
  accountFailures: number;
  /** Failures from one address within the window that lock it (SIGNIN_LOCK_ADDRESS_FAILURES, default 20). */
  addressFailures: number;
  /** The window the failures are counted in, seconds (SIGNIN_FAILURE_WINDOW, default 900). */
  failureWindowSeconds: number;
  /** How long a lock holds, seconds (SIGNIN_LOCK_SECONDS, default 900). */
  lockSeconds: number;
}

/**
 * How many attempts per minute the rate limiter admits (Redis when REDIS_URL is set, so all processes count
 * together). At a release, a citizen taps 预约 a few times and a phone retries; a script taps hundreds.
 */
export interface AttemptLimitsConfig {
  /** Booking attempts (createBooking, joinWaitlist, requestGroupVisit) of one account (BOOKING_ATTEMPTS_PER_ACCOUNT, default 10). */
  bookingPerAccount: number;
  /**
   * Booking attempts from one client address (BOOKING_ATTEMPTS_PER_ADDRESS, default 300): high, because mobile
   * carriers put many phones behind one address (carrier-grade NAT), and the per-account limit does the rest.
   */
  bookingPerAddress: number;
  /** Development sign-ins from one address (DEV_SIGNIN_PER_ADDRESS, default 30, as WeChat sign-in). */
  developmentSignInPerAddress: number;
}

/** The door. */
export interface DoorConfig {
  /** Minutes during which staff may undo a mistaken check-in (CHECK_IN_UNDO_MINUTES). */
  undoMinutes: number;
}

/** CSV exports of personal data (modules/exports). */
export interface ExportsConfig {
  /** An unmasked export of more rows than this waits for a second administrator's approval. */
  approvalRows: number;
  /** How long an approved unmasked export may be downloaded (once), in seconds. */
  downloadTtlSeconds: number;
  /** Rows read per keyset-paged batch while streaming: what the server holds in memory at once. */
  batchRows: number;
}

/** Articles, online exhibitions and their public images. */
export interface ContentConfig {
  /** Directory of public images (platform/media); default data/media beside the embedded database. */
  mediaDir: string;
  /** The feed's tabs in order (ARTICLE_CATEGORY_ORDER, comma-separated); categories left out come after, in the shared order. */
  categoryOrder: readonly ArticleCategory[];
  /**
   * How long a public read (feed, article, online exhibitions, branches, home) stays in the response cache, in
   * seconds (PUBLIC_CACHE_TTL, default 60; 0 turns the cache off). Publishing invalidates at once; the TTL bounds
   * what an invalidation that failed (Redis unreachable) could leave behind.
   */
  publicCacheTtlSeconds: number;
}

/** WeChat subscribe messages (the notifications module). */
export interface NotificationsConfig {
  /** Delivery to WeChat runs only with WECHAT_APPID; without it every message stays in the in-app centre. */
  wechatDelivery: boolean;
  /** The template id the archive chose in WeChat's console per template key; null: in-app only. */
  templateIds: Readonly<Record<TemplateKey, string | null>>;
  /**
   * Templates the archive holds as long-term subscriptions (open to 政务民生 services): one accept keeps them on
   * until the citizen turns them off; the others are one-time, one message per accept.
   */
  longTermTemplates: ReadonlySet<TemplateKey>;
  /** Which build a message opens: formal (released), trial or developer. */
  miniprogramState: 'formal' | 'trial' | 'developer';
  /** The business-time hour (0–23) at which the day-before reminders go out. */
  reminderHour: number;
}

/** Photos of identity documents sent to POST /uploads (platform/uploads). */
export interface UploadsConfig {
  /** Largest request body accepted, counted as the bytes arrive. */
  maxBytes: number;
  /** Uploads one account may send per hour. */
  perAccountPerHour: number;
  /** How long an upload that no request has claimed is kept, in seconds. */
  unclaimedTtlSeconds: number;
  /** How long attachments are kept after the request that claimed them closes, in days (for scheduleUploadDeletion). */
  retentionDaysAfterClose: number;
}

/** Where a key came from: the environment, a file kept beside the embedded database, or generated now. */
export type KeySource = 'environment' | 'generated' | 'file';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env): Readonly<Config> {
  const problems: string[] = [];
  const nodeEnv = parseNodeEnv(env.NODE_ENV, problems);
  const isProduction = nodeEnv === 'production';

  const port = parseInteger('PORT', env.PORT, 4000, problems, { min: 0, max: 65535 });
  const host = env.HOST?.trim() || '0.0.0.0';
  const database = parseDatabaseUrl(env.DATABASE_URL, problems);
  const databasePoolSize = parseInteger('DATABASE_POOL_SIZE', env.DATABASE_POOL_SIZE, 10, problems, {
    min: 1,
    max: 500,
  });
  const sessionTtlSeconds = parseInteger('SESSION_TTL', env.SESSION_TTL, 30 * 24 * 3600, problems, { min: 60 });

  const appId = env.WECHAT_APPID?.trim() || null;
  const secret = env.WECHAT_SECRET?.trim() || null;
  if (appId && !secret) problems.push('WECHAT_SECRET is required when WECHAT_APPID is set');
  if (isProduction && !appId) problems.push('WECHAT_APPID and WECHAT_SECRET are required when NODE_ENV=production');
  const apiBase = (env.WECHAT_API_BASE?.trim() || 'https://api.weixin.qq.com').replace(/\/+$/, '');
  if (!/^https?:\/\//.test(apiBase)) problems.push(`WECHAT_API_BASE must be an http(s) URL, got "${apiBase}"`);

  const keys = { isProduction, database, problems };
  const pii = parseKey({ variable: 'PII_KEY', file: 'pii.key', value: env.PII_KEY, ...keys });
  const certificateKey = parseKey({
    variable: 'CERTIFICATE_SIGNING_KEY',
    file: 'certificate-signing.key',
    value: env.CERTIFICATE_SIGNING_KEY,
    ...keys,
  });
  const publicBaseUrl = parsePublicBaseUrl(env.PUBLIC_BASE_URL, isProduction, port, problems);
  const redisUrl = env.REDIS_URL?.trim() || null;
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) problems.push('REDIS_URL must start with redis:// or rediss://');

  const rateLimitPrefix = env.RATE_LIMIT_PREFIX?.trim() || 'zz:rl:';
  const signInLockout: SignInLockoutConfig = {
    accountFailures: parseInteger('SIGNIN_LOCK_ACCOUNT_FAILURES', env.SIGNIN_LOCK_ACCOUNT_FAILURES, 5, problems, {
      min: 1,
      max: 1000,
    }),
    addressFailures: parseInteger('SIGNIN_LOCK_ADDRESS_FAILURES', env.SIGNIN_LOCK_ADDRESS_FAILURES, 20, problems, {
      min: 1,
      max: 100000,
    }),
    failureWindowSeconds: parseInteger('SIGNIN_FAILURE_WINDOW', env.SIGNIN_FAILURE_WINDOW, 900, problems, {
      min: 1,
      max: 86400,
    }),
    lockSeconds: parseInteger('SIGNIN_LOCK_SECONDS', env.SIGNIN_LOCK_SECONDS, 900, problems, { min: 1, max: 86400 }),
  };

  const perMinute = (name: string, fallback: number) =>
    parseInteger(name, env[name], fallback, problems, { min: 1, max: 1_000_000 });
  const attemptLimits: AttemptLimitsConfig = {
    bookingPerAccount: perMinute('BOOKING_ATTEMPTS_PER_ACCOUNT', 10),
    bookingPerAddress: perMinute('BOOKING_ATTEMPTS_PER_ADDRESS', 300),
    developmentSignInPerAddress: perMinute('DEV_SIGNIN_PER_ADDRESS', 30),
  };

  const seedDemo = parseBoolean('SEED_DEMO', env.SEED_DEMO, database.dialect === 'sqlite' && !isProduction, problems);
  const trustProxy = parseBoolean('TRUST_PROXY', env.TRUST_PROXY, false, problems);
  const cors: CorsConfig = { origins: parseOrigins(env.CORS_ORIGINS, problems), allowLoopback: !isProduction };
  const staticDir = env.STATIC_DIR === '' ? null : resolve(REPO_ROOT, env.STATIC_DIR?.trim() || 'client/dist/h5');
  const uploads: UploadsConfig = {
    // A phone photo is 2–6 MB. What is stored is bounded by its 2400 px, not by this: under 4 MiB even for noise.
    maxBytes: parseInteger('UPLOAD_MAX_BYTES', env.UPLOAD_MAX_BYTES, 8 * 1024 * 1024, problems, {
      min: 1024,
      max: 16 * 1024 * 1024,
    }),
    perAccountPerHour: parseInteger('UPLOAD_RATE_LIMIT', env.UPLOAD_RATE_LIMIT, 30, problems, { min: 1 }),
    unclaimedTtlSeconds: parseInteger('UPLOAD_UNCLAIMED_TTL', env.UPLOAD_UNCLAIMED_TTL, 24 * 3600, problems, {
      min: 60,
    }),
    retentionDaysAfterClose: parseInteger('UPLOAD_RETENTION_DAYS', env.UPLOAD_RETENTION_DAYS, 90, problems, {
      min: 0,
    }),
  };

  const notifications = parseNotifications(env, Boolean(appId), problems);
  const content: ContentConfig = {
    mediaDir: resolve(REPO_ROOT, env.MEDIA_DIR?.trim() || resolve(DEFAULT_DATA_DIR, 'media')),
    categoryOrder: parseCategoryOrder(env.ARTICLE_CATEGORY_ORDER, problems),
    publicCacheTtlSeconds: parseInteger('PUBLIC_CACHE_TTL', env.PUBLIC_CACHE_TTL, 60, problems, { min: 0, max: 3600 }),
  };

  const audit: AuditConfig = {
    retentionDays: parseAuditRetention(env.AUDIT_RETENTION_DAYS, problems),
  };

  const door: DoorConfig = {
    undoMinutes: parseInteger('CHECK_IN_UNDO_MINUTES', env.CHECK_IN_UNDO_MINUTES, 5, problems, { min: 0, max: 120 }),
  };

  const exportsConfig: ExportsConfig = {
    approvalRows: parseInteger('EXPORT_APPROVAL_ROWS', env.EXPORT_APPROVAL_ROWS, 200, problems, { min: 0 }),
    downloadTtlSeconds: parseInteger('EXPORT_DOWNLOAD_TTL', env.EXPORT_DOWNLOAD_TTL, 24 * 3600, problems, {
      min: 60,
    }),
    batchRows: parseInteger('EXPORT_BATCH_ROWS', env.EXPORT_BATCH_ROWS, 500, problems, { min: 10, max: 5000 }),
  };

  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze({
    nodeEnv,
    isProduction,
    host,
    port,
    database,
    databasePoolSize,
    seedDemo,
    wechat: Object.freeze({ appId, secret, apiBase }),
    developmentSignIn: !appId && !isProduction,
    sessionTtlSeconds,
    piiKey: pii.key,
    piiKeySource: pii.source,
    certificateSigningKey: certificateKey.key,
    certificateSigningKeySource: certificateKey.source,
    publicBaseUrl,
    redisUrl,
    rateLimitPrefix,
    signInLockout: Object.freeze(signInLockout),
    attemptLimits: Object.freeze(attemptLimits),
    trustProxy,
    cors: Object.freeze(cors),
    staticDir,
    uploads: Object.freeze(uploads),
    notifications: Object.freeze(notifications),
    content: Object.freeze(content),
    audit: Object.freeze(audit),
    door: Object.freeze(door),
    exports: Object.freeze(exportsConfig),
  });
}

function parseOrigins(value: string | undefined, problems: string[]): readonly string[] {
  const origins: string[] = [];
  for (const item of (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean)) {
    let url: URL | null = null;
    try {
      url = new URL(item);
    } catch {
      url = null;
    }
    // An origin is scheme, host and port only: a path or a trailing slash would never equal a browser's Origin.
    if (!url || !/^https?:$/.test(url.protocol) || url.origin !== item)
      problems.push(`CORS_ORIGINS: "${item}" is not an origin such as https://h5.archive.example`);
    else origins.push(item);
  }
  return Object.freeze(origins);
}

function parseAuditRetention(value: string | undefined, problems: string[]): number {
  const days = parseInteger('AUDIT_RETENTION_DAYS', value, 400, problems, {});
  if (days < MIN_AUDIT_RETENTION_DAYS) {
    problems.push(
      `AUDIT_RETENTION_DAYS must be at least ${MIN_AUDIT_RETENTION_DAYS} (China's Cybersecurity Law keeps network logs six months or more; the bureau keeps 12 months), got "${value}"`,
    );
    return 400;
  }
  return days;
}

function parseCategoryOrder(value: string | undefined, problems: string[]): readonly ArticleCategory[] {
  const named = (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  const unknown = named.filter((v) => !isArticleCategory(v));
  if (unknown.length > 0)
    problems.push(
      `ARTICLE_CATEGORY_ORDER: unknown categories ${unknown.join(', ')} (known: ${ARTICLE_CATEGORIES.join(', ')})`,
    );
  const first = [...new Set(named.filter(isArticleCategory))];
  return Object.freeze([...first, ...ARTICLE_CATEGORIES.filter((c) => !first.includes(c))]);
}

function parseNotifications(env: Env, wechatDelivery: boolean, problems: string[]): NotificationsConfig {
  const templateIds = Object.fromEntries(
    TEMPLATE_KEYS.map((key) => [key, env[`WECHAT_TEMPLATE_${key}`]?.trim() || null]),
  ) as Record<TemplateKey, string | null>;
  const longTermTemplates = new Set<TemplateKey>();
  for (const key of (env.WECHAT_LONG_TERM_TEMPLATES ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean)) {
    if ((TEMPLATE_KEYS as readonly string[]).includes(key)) longTermTemplates.add(key as TemplateKey);
    else
      problems.push(
        `WECHAT_LONG_TERM_TEMPLATES names an unknown template "${key}" (one of ${TEMPLATE_KEYS.join(', ')})`,
      );
  }
  const state = env.WECHAT_MINIPROGRAM_STATE?.trim() || 'formal';
  if (state !== 'formal' && state !== 'trial' && state !== 'developer')
    problems.push(`WECHAT_MINIPROGRAM_STATE must be formal, trial or developer, got "${state}"`);
  return {
    wechatDelivery,
    templateIds: Object.freeze(templateIds),
    longTermTemplates,
    miniprogramState: state === 'trial' || state === 'developer' ? state : 'formal',
    reminderHour: parseInteger('REMINDER_HOUR', env.REMINDER_HOUR, 18, problems, { min: 0, max: 23 }),
  };
}

function parseNodeEnv(value: string | undefined, problems: string[]): Config['nodeEnv'] {
  const v = value?.trim() || 'development';
  if (v === 'development' || v === 'production' || v === 'test') return v;
  problems.push(`NODE_ENV must be development, production or test, got "${v}"`);
  return 'development';
}

function parseInteger(
  name: string,
  value: string | undefined,
  fallback: number,
  problems: string[],
  range: { min?: number; max?: number },
): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (
    !Number.isInteger(n) ||
    (range.min !== undefined && n < range.min) ||
    (range.max !== undefined && n > range.max)
  ) {
    problems.push(
      `${name} must be an integer${range.min !== undefined ? ` ≥ ${range.min}` : ''}${range.max !== undefined ? ` ≤ ${range.max}` : ''}, got "${value}"`,
    );
    return fallback;
  }
  return n;
}

function parseBoolean(name: string, value: string | undefined, fallback: boolean, problems: string[]): boolean {
  if (value === undefined || value.trim() === '') return fallback;
  if (/^(1|true|yes)$/i.test(value)) return true;
  if (/^(0|false|no)$/i.test(value)) return false;
  problems.push(`${name} must be true or false, got "${value}"`);
  return fallback;
}

export function parseDatabaseUrl(value: string | undefined, problems: string[] = []): DatabaseConfig {
  const v = value?.trim();
  if (!v) return { dialect: 'sqlite', file: resolve(DEFAULT_DATA_DIR, 'archive.sqlite') };
  if (v.startsWith('sqlite:')) {
    const path = v.slice('sqlite:'.length).replace(/^\/\//, '');
    if (!path) problems.push('DATABASE_URL sqlite: needs a path, e.g. sqlite:data/archive.sqlite or sqlite::memory:');
    return { dialect: 'sqlite', file: path === ':memory:' ? path : resolve(REPO_ROOT, path) };
  }
  if (v.startsWith('mysql://')) {
    try {
      const url = new URL(v);
      if (!url.pathname.replace('/', ''))
        problems.push('DATABASE_URL mysql:// needs a database name, e.g. mysql://root@127.0.0.1:3306/archive');
    } catch {
      problems.push('DATABASE_URL is not a valid mysql:// URL');
    }
    return { dialect: 'mysql', url: v };
  }
  problems.push(`DATABASE_URL must start with mysql:// or sqlite:, got "${v}"`);
  return { dialect: 'sqlite', file: resolve(DEFAULT_DATA_DIR, 'archive.sqlite') };
}

/**
 * A 32-byte secret (the personal-data key, the certificate signing seed): from the environment, required in
 * production; in development a generated key is kept in data/ beside the embedded database so what it protects
 * stays readable across restarts, and an in-memory database gets a throwaway one.
 */
function parseKey(options: {
  variable: string;
  file: string;
  value: string | undefined;
  isProduction: boolean;
  database: DatabaseConfig;
  problems: string[];
}): { key: Buffer; source: KeySource } {
  const { variable, value, problems } = options;
  if (value?.trim()) {
    const key = Buffer.from(value.trim(), 'base64');
    if (key.length !== 32)
      problems.push(`${variable} must be 32 bytes encoded in base64 (e.g. \`openssl rand -base64 32\`)`);
    return { key, source: 'environment' };
  }
  if (options.isProduction) {
    problems.push(`${variable} is required when NODE_ENV=production (32 bytes, base64)`);
    return { key: Buffer.alloc(32), source: 'environment' };
  }
  const { database } = options;
  if (database.dialect === 'sqlite' && database.file === ':memory:')
    return { key: randomBytes(32), source: 'generated' };
  const file = resolve(DEFAULT_DATA_DIR, options.file);
  if (existsSync(file)) return { key: Buffer.from(readFileSync(file, 'utf8').trim(), 'base64'), source: 'file' };
  const key = randomBytes(32);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600 });
  return { key, source: 'generated' };
}

/** The public origin of the server; production needs the real https one (QR codes printed on paper point there). */
function parsePublicBaseUrl(value: string | undefined, isProduction: boolean, port: number, problems: string[]) {
  const v = value?.trim().replace(/\/+$/, '');
  if (!v) {
    if (isProduction)
      problems.push('PUBLIC_BASE_URL is required when NODE_ENV=production (e.g. https://archive.example)');
    return `http://127.0.0.1:${port}`;
  }
  let url: URL | null = null;
  try {
    url = new URL(v);
  } catch {
    url = null;
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.search || url.hash) {
    problems.push(`PUBLIC_BASE_URL must be an http(s) origin and path, got "${v}"`);
  } else if (isProduction && url.protocol !== 'https:') {
    problems.push('PUBLIC_BASE_URL must use https when NODE_ENV=production');
  }
  return v;
}

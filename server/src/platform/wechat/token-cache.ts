// Where the access token from /cgi-bin/stable_token is kept until 300 s before it expires. With REDIS_URL it is
// shared by every server process; without it each process keeps its own, which is still correct because
// stable_token hands every caller the same token while it is valid.
import { Redis } from 'ioredis';

export interface CachedToken {
  token: string;
  /** When WeChat said the token expires (ms since the epoch). */
  expiresAt: number;
}

export interface TokenCache {
  get(): Promise<CachedToken | null>;
  set(value: CachedToken, ttlMs: number): Promise<void>;
  clear(): Promise<void>;
  close(): Promise<void>;
}

export function createTokenCache(redisUrl: string | null, key: string): TokenCache {
  return redisUrl ? new RedisTokenCache(redisUrl, key) : new MemoryTokenCache();
}

export class MemoryTokenCache implements TokenCache {
  private value: CachedToken | null = null;
  async get() {
    return this.value;
  }
  async set(value: CachedToken) {
    this.value = value;
  }
  async clear() {
    this.value = null;
  }
  async close() {}
}

class RedisTokenCache implements TokenCache {
  private readonly redis: Redis;
  constructor(
    url: string,
    private readonly key: string,
  ) {
    this.redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2, enableOfflineQueue: true });
    // A failed read or write reaches its caller (delivery is retried by the outbox); no log line per reconnect.
    this.redis.on('error', () => {});
  }
  async get() {
    const raw = await this.redis.get(this.key);
    return raw ? (JSON.parse(raw) as CachedToken) : null;
  }
  async set(value: CachedToken, ttlMs: number) {
    if (ttlMs > 0) await this.redis.set(this.key, JSON.stringify(value), 'PX', Math.ceil(ttlMs));
  }
  async clear() {
    await this.redis.del(this.key);
  }
  async close() {
    await this.redis.quit();
  }
}

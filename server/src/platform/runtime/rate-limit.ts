// Fixed-window rate limits. With REDIS_URL the counters live in Redis and are shared by every server
// process; without it (the embedded single-process setup) they live in this process.
import { Redis } from 'ioredis';

export interface RateLimitDecision {
  allowed: boolean;
  retryAfterSeconds: number;
}

export interface RateLimiter {
  hit(key: string, limit: number, windowSeconds: number): Promise<RateLimitDecision>;
  close(): Promise<void>;
}

export function createRateLimiter(redisUrl: string | null, now: () => number): RateLimiter {
  return redisUrl ? new RedisRateLimiter(redisUrl, now) : new MemoryRateLimiter(now);
}

class MemoryRateLimiter implements RateLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();
  constructor(private readonly now: () => number) {}

  async hit(key: string, limit: number, windowSeconds: number): Promise<RateLimitDecision> {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + windowSeconds * 1000 };
      this.windows.set(key, window);
      if (this.windows.size > 10_000) this.sweep(now);
    }
    window.count += 1;
    return { allowed: window.count <= limit, retryAfterSeconds: Math.ceil((window.resetAt - now) / 1000) };
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }

  async close(): Promise<void> {}
}

class RedisRateLimiter implements RateLimiter {
  private readonly redis: Redis;
  constructor(
    url: string,
    private readonly now: () => number,
  ) {
    this.redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2, enableOfflineQueue: true });
  }

  async hit(key: string, limit: number, windowSeconds: number): Promise<RateLimitDecision> {
    const windowIndex = Math.floor(this.now() / 1000 / windowSeconds);
    const redisKey = `zz:rl:${key}:${windowIndex}`;
    const [[, count]] = (await this.redis
      .multi()
      .incr(redisKey)
      .expire(redisKey, windowSeconds + 1)
      .exec()) as [[unknown, number]];
    const retryAfterSeconds = (windowIndex + 1) * windowSeconds - Math.floor(this.now() / 1000);
    return { allowed: count <= limit, retryAfterSeconds: Math.max(1, retryAfterSeconds) };
  }

  async close(): Promise<void> {
    await this.redis.quit();
  }
}

// Fixed-window rate limits and timed locks. With REDIS_URL the counters and locks live in Redis and are shared
// by every server process; without it (the embedded single-process setup) they live in this process. Keys are
// prefixed (RATE_LIMIT_PREFIX) so deployments, or test runs, sharing one Redis never count each other's hits.
import type { Redis } from 'ioredis';
import { RateLimitedError } from '../../errors';
import { connectRedis, type RedisConnection } from './redis-connection';

/** The window of the per-minute attempt limits (config.attemptLimits). */
export const ATTEMPT_WINDOW_SECONDS = 60;

export interface RateLimitDecision {
  allowed: boolean;
  retryAfterSeconds: number;
}

export interface RateLimiter {
  /** Counts one hit of `key` in the current window; allowed while the window's count stays within `limit`. */
  hit(key: string, limit: number, windowSeconds: number): Promise<RateLimitDecision>;
  /** Forgets the current window's hits of `key` (a successful sign-in clears its account's failures). */
  reset(key: string, windowSeconds: number): Promise<void>;
  /** Locks `key` until the instant `until` (epoch ms by the limiter's clock); a later lock extends an earlier one. */
  lock(key: string, until: number): Promise<void>;
  /** The instant a lock on `key` ends, or null when it is not locked. */
  lockedUntil(key: string): Promise<number | null>;
  close(): Promise<void>;
}

/** One limit to count a hit against: `limit` hits of `key` per `windowSeconds`. */
export interface LimitCheck {
  key: string;
  limit: number;
  windowSeconds: number;
}

/**
 * Counts one hit against each check (together), and refuses with RateLimitedError, naming the longest wait, when
 * any of them is over its limit.
 */
export async function enforceRateLimits(limiter: RateLimiter, checks: readonly LimitCheck[]): Promise<void> {
  const decisions = await Promise.all(checks.map((c) => limiter.hit(c.key, c.limit, c.windowSeconds)));
  const refused = decisions.filter((d) => !d.allowed);
  if (refused.length > 0) throw new RateLimitedError(Math.max(...refused.map((d) => d.retryAfterSeconds)));
}

export function createRateLimiter(
  redisUrl: string | null,
  now: () => number,
  prefix = 'zz:rl:',
  log: (message: string) => void = console.warn,
): RateLimiter {
  if (!redisUrl) return new MemoryRateLimiter(now);
  return new FallbackRateLimiter(new RedisRateLimiter(redisUrl, now, prefix), new MemoryRateLimiter(now), log);
}

/**
 * The shared limiter, and this process's own while Redis does not answer: a request is never failed or held up by
 * the limiter. Counting locally is the safe side of an outage: every limit still holds, per process instead of for
 * all of them together (with N processes, at most N times the limit gets through). The switch is logged both ways.
 */
class FallbackRateLimiter implements RateLimiter {
  private degradedSince: number | null = null;
  constructor(
    private readonly shared: RedisRateLimiter,
    private readonly local: MemoryRateLimiter,
    private readonly log: (message: string) => void,
  ) {}

  private async use<T>(operation: (limiter: RateLimiter) => Promise<T>): Promise<T> {
    // Away: straight to the local count, without waiting for a command to time out.
    if (!this.shared.connection.isAway()) {
      try {
        const result = await operation(this.shared);
        if (this.degradedSince !== null) {
          this.log('rate limits: Redis answers again; counting in Redis, shared by every process');
          this.degradedSince = null;
        }
        return result;
      } catch (error) {
        this.degrade(error instanceof Error ? error.message : String(error));
      }
    } else {
      this.degrade(`Redis is ${this.shared.connection.status()}`);
    }
    return operation(this.local);
  }

  private degrade(reason: string): void {
    if (this.degradedSince !== null) return;
    this.degradedSince = Date.now();
    this.log(
      `rate limits: Redis unavailable (${reason}); counting in this process, with the same limits, until it answers`,
    );
  }

  hit(key: string, limit: number, windowSeconds: number): Promise<RateLimitDecision> {
    return this.use((limiter) => limiter.hit(key, limit, windowSeconds));
  }
  reset(key: string, windowSeconds: number): Promise<void> {
    return this.use((limiter) => limiter.reset(key, windowSeconds));
  }
  lock(key: string, until: number): Promise<void> {
    return this.use((limiter) => limiter.lock(key, until));
  }
  lockedUntil(key: string): Promise<number | null> {
    return this.use((limiter) => limiter.lockedUntil(key));
  }
  async close(): Promise<void> {
    await this.shared.close();
  }
}

class MemoryRateLimiter implements RateLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();
  private readonly locks = new Map<string, number>();
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

  async reset(key: string): Promise<void> {
    this.windows.delete(key);
  }

  async lock(key: string, until: number): Promise<void> {
    this.locks.set(key, Math.max(until, this.locks.get(key) ?? 0));
    if (this.locks.size > 10_000) this.sweep(this.now());
  }

  async lockedUntil(key: string): Promise<number | null> {
    const until = this.locks.get(key);
    return until !== undefined && until > this.now() ? until : null;
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
    for (const [key, until] of this.locks) if (until <= now) this.locks.delete(key);
  }

  async close(): Promise<void> {}
}

class RedisRateLimiter implements RateLimiter {
  readonly connection: RedisConnection;
  private readonly redis: Redis;
  constructor(
    url: string,
    private readonly now: () => number,
    private readonly prefix: string,
  ) {
    this.connection = connectRedis(url);
    this.redis = this.connection.redis;
  }

  private windowKey(key: string, windowSeconds: number): { redisKey: string; windowIndex: number } {
    const windowIndex = Math.floor(this.now() / 1000 / windowSeconds);
    return { redisKey: `${this.prefix}${key}:${windowIndex}`, windowIndex };
  }

  async hit(key: string, limit: number, windowSeconds: number): Promise<RateLimitDecision> {
    const { redisKey, windowIndex } = this.windowKey(key, windowSeconds);
    const [[, count]] = (await this.redis
      .multi()
      .incr(redisKey)
      .expire(redisKey, windowSeconds + 1)
      .exec()) as [[unknown, number]];
    const retryAfterSeconds = (windowIndex + 1) * windowSeconds - Math.floor(this.now() / 1000);
    return { allowed: count <= limit, retryAfterSeconds: Math.max(1, retryAfterSeconds) };
  }

  async reset(key: string, windowSeconds: number): Promise<void> {
    await this.redis.del(this.windowKey(key, windowSeconds).redisKey);
  }

  async lock(key: string, until: number): Promise<void> {
    // The end instant is the value (read against the same clock that set it); Redis's own expiry only tidies up.
    // GREATEST in one script, so two processes locking at once keep the later end.
    const ttlMs = Math.max(1000, until - this.now()) + 60_000;
    await this.redis.eval(
      "local v = tonumber(redis.call('GET', KEYS[1]) or '0') if tonumber(ARGV[1]) > v then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) end return 1",
      1,
      `${this.prefix}lock:${key}`,
      String(until),
      String(ttlMs),
    );
  }

  async lockedUntil(key: string): Promise<number | null> {
    const value = await this.redis.get(`${this.prefix}lock:${key}`);
    const until = value === null ? Number.NaN : Number(value);
    return Number.isFinite(until) && until > this.now() ? until : null;
  }

  close(): Promise<void> {
    return this.connection.close();
  }
}

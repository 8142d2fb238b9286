// Rate limits: one process counts in memory; with REDIS_URL every process shares the counters, so a
// client cannot get around a limit by landing on another server behind the load balancer.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../server/src/platform/runtime/rate-limit';

const redisUrl = process.env.REDIS_URL?.trim();
// Production runs several processes behind Redis, so CI must exercise it: a CI run without REDIS_URL fails
// loudly (as testkit/dialects.ts does for MYSQL_URL) instead of skipping the shared limiter. Locally it is
// skipped without REDIS_URL, under a name that says so.
if (!redisUrl && process.env.CI === 'true') {
  throw new Error(
    'REDIS_URL is not set but CI=true: the Redis rate limiter test is mandatory in CI. ' +
      'Set REDIS_URL=redis://127.0.0.1:6379 (the test uses its own random key).',
  );
}

describe('in-process rate limiter', () => {
  it('allows the limit, refuses the next, and opens again when the window passes', async () => {
    let now = 1_000_000;
    const limiter = createRateLimiter(null, () => now);
    const decisions = [];
    for (let i = 0; i < 4; i++) decisions.push(await limiter.hit('k', 3, 60));
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false]);
    expect(decisions[3].retryAfterSeconds).toBe(60);
    now += 60_000;
    expect((await limiter.hit('k', 3, 60)).allowed).toBe(true);
    await limiter.close();
  });
});

describe.runIf(redisUrl)('Redis rate limiter (needs REDIS_URL; skipped without it outside CI)', () => {
  it('shares one counter between two server processes’ limiters', async () => {
    // A fixed instant, so the six hits cannot straddle two windows.
    const instant = Date.now();
    const now = () => instant;
    const first = createRateLimiter(redisUrl as string, now);
    const second = createRateLimiter(redisUrl as string, now);
    const key = `test:${randomBytes(6).toString('hex')}`;
    try {
      const allowed = [];
      for (let i = 0; i < 6; i++) allowed.push((await (i % 2 === 0 ? first : second).hit(key, 5, 60)).allowed);
      expect(allowed).toEqual([true, true, true, true, true, false]);
    } finally {
      await first.close();
      await second.close();
    }
  });
});

// Rate limits: one process counts in memory; with REDIS_URL every process shares the counters, so a
// client cannot get around a limit by landing on another server behind the load balancer.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../server/src/platform/runtime/rate-limit';

const redisUrl = process.env.REDIS_URL?.trim();

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

describe.runIf(redisUrl)('Redis rate limiter (REDIS_URL)', () => {
  it('shares one counter between two server processes’ limiters', async () => {
    const now = () => Date.now();
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

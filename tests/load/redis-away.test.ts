// Redis goes away: the server's own Redis (rate limits and the public response cache) is killed while citizens sign
// in, read and book. Nothing fails or waits on it: the limits count in the process, with the same limits, saying so
// in the log once; public reads come from the database; and when Redis returns the limits are shared again, said
// in the log too.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { HomeDocument, SignInForDevelopmentDocument } from '../testkit/generated/graphql';
import { ownRedisUnavailable, type RedisInstance, startOwnRedis } from '../testkit/redis-instance';
import { attemptBooking, createRushSlot } from '../testkit/rush';
import { acceptCurrentPrivacyNotice } from '../testkit/seed';
import { startTestServer, type TestServer } from '../testkit/server';

const unavailable = ownRedisUnavailable();
if (unavailable && process.env.CI === 'true')
  throw new Error(`CI=true but the Redis fault test cannot run: ${unavailable}`);

describe.skipIf(unavailable !== null)(`Redis goes away${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  let redis: RedisInstance;
  let server: TestServer;
  const warnings: string[] = [];
  let attempts = 0;

  beforeAll(async () => {
    redis = await startOwnRedis();
    vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
    });
    server = await startTestServer({
      dialect: 'sqlite',
      env: {
        REDIS_URL: redis.url,
        PUBLIC_CACHE_TTL: '60',
        BOOKING_ATTEMPTS_PER_ACCOUNT: '3',
        TRUST_PROXY: 'true',
      },
    });
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    await redis?.kill();
    vi.restoreAllMocks();
  });

  async function citizen(name: string) {
    const result = await server.execute(SignInForDevelopmentDocument, { name });
    const payload = result.data?.signInForDevelopment;
    expect(payload?.__typename, JSON.stringify(result)).toBe('MutationSignInForDevelopmentSuccess');
    if (payload?.__typename !== 'MutationSignInForDevelopmentSuccess') throw new Error('no sign-in');
    await acceptCurrentPrivacyNotice(server, payload.data.token);
    return payload.data.token;
  }

  async function book(slotId: number, token: string) {
    attempts += 1;
    return (
      await attemptBooking(server.url, slotId, {
        token,
        serial: attempts,
        idempotencyKey: `redis-away-${attempts}`,
        address: `10.7.0.${attempts}`,
      })
    ).typename;
  }

  async function readHome() {
    const result = await server.execute(HomeDocument, {});
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    expect(result.data?.home).toBeTruthy();
  }

  it('signs in, reads and books with the limits counted in the process, then shares them again', async () => {
    const { slotId } = await createRushSlot(server.db, server.clock.now(), 50);
    const first = await citizen('雷迪斯一');
    await readHome();
    expect(await book(slotId, first)).toBe('MutationCreateBookingSuccess');
    expect(warnings.filter((w) => w.startsWith('rate limits:'))).toEqual([]);

    await redis.kill();

    // Everything still answers, typed: a sign-in, public reads (twice: a cache miss each time), bookings.
    const second = await citizen('雷迪斯二');
    await readHome();
    await readHome();
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await book(slotId, second));
    // The local count holds the same limit: three attempts a minute for an account.
    expect(answers).toEqual([...Array(3).fill('MutationCreateBookingSuccess'), 'RateLimitedError']);
    expect(warnings.filter((w) => w.includes('rate limits: Redis unavailable'))).toHaveLength(1);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

    await redis.start();
    // The client reconnects by itself (its back-off is at most 2 s): the next attempts count in Redis again.
    const third = await citizen('雷迪斯三');
    await vi.waitFor(
      async () => {
        await book(slotId, third);
        expect(warnings.some((w) => w.includes('rate limits: Redis answers again'))).toBe(true);
      },
      { timeout: 15_000, interval: 500 },
    );
    await readHome();
    const slot = await server.db.selectFrom('slot').select('booked').where('id', '=', slotId).executeTakeFirstOrThrow();
    const confirmed = await server.db
      .selectFrom('booking')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('slot_id', '=', slotId)
      .executeTakeFirstOrThrow();
    expect(slot.booked).toBe(Number(confirmed.n));
  }, 60_000);
});

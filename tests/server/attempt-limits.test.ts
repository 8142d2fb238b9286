// Limits on attempts at release time: booking attempts per account and per client address, and development sign-ins
// per address. Over a limit the answer is the typed RateLimitedError with the seconds to wait, and nothing is written;
// the next minute admits again. With REDIS_URL two server processes count together, so a script cannot get around a
// limit by landing on another server behind the load balancer.
import { describe, expect, it } from 'vitest';
import { SignInForDevelopmentDocument } from '../testkit/generated/graphql';
import { attemptBooking, createRushSlot } from '../testkit/rush';
import { acceptCurrentPrivacyNotice, signInCitizen } from '../testkit/seed';
import { startTestServer, type TestServer } from '../testkit/server';
import { useTestServer } from '../testkit/suite';

const LIMITS = {
  BOOKING_ATTEMPTS_PER_ACCOUNT: '3',
  BOOKING_ATTEMPTS_PER_ADDRESS: '5',
  DEV_SIGNIN_PER_ADDRESS: '4',
  // The phones' addresses are told by the X-Forwarded-For of a proxy we run.
  TRUST_PROXY: 'true',
};

async function countRows(server: TestServer, table: 'booking' | 'account'): Promise<number> {
  const row = await server.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

let serial = 0;
/** One booking attempt of a citizen from an address; each attempt is a new request (its own key). */
async function book(server: TestServer, slotId: number, token: string, address: string) {
  serial += 1;
  return attemptBooking(server.url, slotId, { token, serial, idempotencyKey: `limit-attempt-${serial}`, address });
}

const signIn = (server: TestServer, name: string, address: string) =>
  server.execute(SignInForDevelopmentDocument, { name }, undefined, { 'x-forwarded-for': address });

let signIns = 0;
/** A citizen signed in from an address of their own, with the privacy notice accepted, ready to book. */
async function citizenFrom(server: TestServer): Promise<{ token: string }> {
  signIns += 1;
  const result = await signIn(server, `限流市民${signIns}`, `10.9.${signIns >> 8}.${signIns & 255}`);
  const payload = result.data?.signInForDevelopment;
  if (payload?.__typename !== 'MutationSignInForDevelopmentSuccess') throw new Error(JSON.stringify(result));
  await acceptCurrentPrivacyNotice(server, payload.data.token);
  return { token: payload.data.token };
}

describe('attempt limits (sqlite)', () => {
  const server = useTestServer({ dialect: 'sqlite', env: LIMITS });

  it('admits 3 booking attempts of an account a minute, refuses the 4th with the wait and writes nothing', async () => {
    const { slotId } = await createRushSlot(server().db, server().clock.now(), 50);
    const citizen = await citizenFrom(server());
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push((await book(server(), slotId, citizen.token, `10.1.0.${i}`)).typename);
    expect(answers).toEqual(Array(3).fill('MutationCreateBookingSuccess'));
    const bookings = await countRows(server(), 'booking');
    const refused = await server().executeRaw(
      'mutation ($input: CreateBookingInput!) { createBooking(input: $input) { __typename ... on RateLimitedError { message retryAfterSeconds } } }',
      {
        input: {
          slotId: String(slotId),
          phone: '13800138000',
          idempotencyKey: 'limit-attempt-over-account',
          visitors: [{ name: '林小雨', documentType: 'RESIDENT_ID', documentNumber: '350602199001011236' }],
        },
      },
      citizen.token,
      { 'x-forwarded-for': '10.1.0.9' },
    );
    const payload = (
      refused.data as { createBooking: { __typename: string; message: string; retryAfterSeconds: number } }
    ).createBooking;
    expect(payload.__typename).toBe('RateLimitedError');
    expect(payload.retryAfterSeconds).toBeGreaterThan(0);
    expect(payload.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(payload.message).toMatch(/操作过于频繁，请\d+秒后再试/);
    expect(await countRows(server(), 'booking')).toBe(bookings);

    // Another citizen is not held up by this one's limit; this one is admitted again the next minute.
    const other = await citizenFrom(server());
    expect((await book(server(), slotId, other.token, '10.1.1.1')).typename).toBe('MutationCreateBookingSuccess');
    server().clock.advance(60_000);
    expect((await book(server(), slotId, citizen.token, '10.1.0.10')).typename).toBe('MutationCreateBookingSuccess');
  });

  it('admits 5 booking attempts from one address a minute, whoever makes them; other addresses go on', async () => {
    server().clock.advance(60_000);
    const { slotId } = await createRushSlot(server().db, server().clock.now(), 50);
    const citizens = await Promise.all(Array.from({ length: 6 }, () => citizenFrom(server())));
    const answers = [];
    for (const citizen of citizens) answers.push((await book(server(), slotId, citizen.token, '10.2.0.1')).typename);
    expect(answers).toEqual([...Array(5).fill('MutationCreateBookingSuccess'), 'RateLimitedError']);
    expect((await book(server(), slotId, citizens[5].token, '10.2.0.2')).typename).toBe('MutationCreateBookingSuccess');
  });

  it('admits 4 development sign-ins from one address a minute; the 5th makes no account', async () => {
    server().clock.advance(60_000);
    const answers = [];
    for (let i = 0; i < 4; i++) {
      const result = await signIn(server(), `限流${i}`, '10.3.0.1');
      answers.push(result.data?.signInForDevelopment.__typename);
    }
    expect(answers).toEqual(Array(4).fill('MutationSignInForDevelopmentSuccess'));
    const accounts = await countRows(server(), 'account');
    const over = await signIn(server(), '限流4', '10.3.0.1');
    expect(over.data?.signInForDevelopment.__typename).toBe('RateLimitedError');
    expect(await countRows(server(), 'account')).toBe(accounts);
    expect((await signIn(server(), '限流5', '10.3.0.2')).data?.signInForDevelopment.__typename).toBe(
      'MutationSignInForDevelopmentSuccess',
    );
  });
});

const redisUrl = process.env.REDIS_URL?.trim();

describe.runIf(redisUrl)('attempt limits shared through Redis (needs REDIS_URL)', () => {
  it('counts one account’s attempts on two server processes together', async () => {
    // Each run its own key prefix, so runs sharing a Redis never count each other's attempts.
    const env = {
      ...LIMITS,
      REDIS_URL: redisUrl as string,
      RATE_LIMIT_PREFIX: `zz:test:${Date.now()}:${Math.random()}:`,
    };
    const first = await startTestServer({ dialect: 'sqlite', env });
    const second = await startTestServer({
      dialect: 'sqlite',
      sharedDatabaseUrl: first.databaseUrl,
      env,
      clock: first.clock,
    });
    try {
      const { slotId } = await createRushSlot(first.db, first.clock.now(), 50);
      const citizen = await signInCitizen(first);
      const answers = [];
      for (let i = 0; i < 4; i++) {
        const server = i % 2 === 0 ? first : second;
        answers.push((await book(server, slotId, citizen.token, `10.4.0.${i}`)).typename);
      }
      expect(answers).toEqual([...Array(3).fill('MutationCreateBookingSuccess'), 'RateLimitedError']);
    } finally {
      await second.close();
      await first.close();
    }
  });
});

// The heart of booking: 1000 distinct citizens rush a 100-place slot at once. Exactly 100 visitors are
// confirmed, every other attempt is told the slot is full, and retries with the same key book once.
// Runs on SQLite and MariaDB in-process, and on MariaDB with two separate server processes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../testkit/dialects';
import { type ServerProcess, spawnServer } from '../testkit/processes';
import { createRushSlot, type RushAttempt, type RushOutcome, rush, throughputOf } from '../testkit/rush';
import { signInMany } from '../testkit/seed';
import { startTestServer, type TestServer } from '../testkit/server';

const ATTEMPTS = 1000;
const CAPACITY = 100;

async function assertExactlyFull(
  server: TestServer,
  slotId: number,
  outcomes: RushOutcome[],
  expectedAttempts: number,
) {
  const byType = new Map<string, number>();
  for (const o of outcomes) byType.set(o.typename, (byType.get(o.typename) ?? 0) + 1);
  // Every attempt got a definite, typed answer: a booking or "slot full". Nothing else.
  expect([...byType.keys()].sort()).toEqual(['MutationCreateBookingSuccess', 'SlotFullError']);
  const distinctBookings = new Set(outcomes.filter((o) => o.bookingId).map((o) => o.bookingId));
  expect(distinctBookings.size).toBe(CAPACITY);
  expect(outcomes.length).toBe(expectedAttempts);

  const slot = await server.db.selectFrom('slot').selectAll().where('id', '=', slotId).executeTakeFirstOrThrow();
  expect(slot.booked).toBe(CAPACITY);
  const confirmed = await server.db
    .selectFrom('booking_visitor')
    .innerJoin('booking', 'booking.id', 'booking_visitor.booking_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('booking.slot_id', '=', slotId)
    .where('booking.status', '=', 'CONFIRMED')
    .executeTakeFirstOrThrow();
  expect(Number(confirmed.n)).toBe(CAPACITY);
  const bookings = await server.db
    .selectFrom('booking')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('slot_id', '=', slotId)
    .executeTakeFirstOrThrow();
  // No booking row exists beyond the confirmed ones: full attempts left nothing behind.
  expect(Number(bookings.n)).toBe(CAPACITY);
}

/** The figures of a rush, printed (never asserted: speed is measured by `npm run bench`, not by tests). */
function printFigures(label: string, outcomes: RushOutcome[], elapsedMs: number) {
  const { p50, p99 } = throughputOf(
    outcomes.map((o) => o.latencyMs),
    elapsedMs,
  );
  console.info(
    `${label}: ${outcomes.length} attempts in ${(elapsedMs / 1000).toFixed(1)} s, ` +
      `p50 ${p50.toFixed(0)} ms, p99 ${p99.toFixed(0)} ms`,
  );
}

function attemptsFor(tokens: string[]): RushAttempt[] {
  const attempts = tokens.map((token, serial) => ({ token, serial, idempotencyKey: `rush-${serial}-key` }));
  // Every tenth citizen's request is sent twice at once, as a client retrying after a timeout would.
  return [...attempts, ...attempts.filter((a) => a.serial % 10 === 0)];
}

describe.each(dialects)('booking rush in one process (%s)', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ dialect });
  }, 180_000);
  afterAll(async () => server?.close());

  it(`${ATTEMPTS} concurrent attempts for ${CAPACITY} places confirm exactly ${CAPACITY} visitors`, async () => {
    const { slotId } = await createRushSlot(server.db, server.clock.now(), CAPACITY);
    const tokens = (await signInMany(server, ATTEMPTS, { prefix: '抢票' })).map((c) => c.token);
    const attempts = attemptsFor(tokens);
    const started = performance.now();
    const outcomes = await rush([server.url], slotId, attempts);
    printFigures(`rush in one process (${dialect})`, outcomes, performance.now() - started);
    await assertExactlyFull(server, slotId, outcomes, attempts.length);
    // A retried request that booked got its own booking back, not a second one.
    for (const a of attempts.filter((x) => x.serial % 10 === 0)) {
      const mine = outcomes.filter((_, i) => attempts[i].serial === a.serial);
      expect(new Set(mine.map((o) => o.bookingId)).size).toBe(1);
    }
  }, 180_000);
});

describe.runIf(dialects.includes('mysql'))('booking rush across two server processes (mysql)', () => {
  let server: TestServer;
  const children: ServerProcess[] = [];
  const urls: string[] = [];

  beforeAll(async () => {
    // The in-process server creates and migrates the database and seeds accounts; two more processes
    // share it, as servers behind a load balancer would.
    server = await startTestServer({ dialect: 'mysql', clock: undefined });
    const database = server.config.database;
    if (database.dialect !== 'mysql') throw new Error('expected mysql');
    for (let i = 0; i < 2; i++) {
      const child = await spawnServer({ databaseUrl: database.url, piiKey: server.config.piiKey });
      children.push(child);
      urls.push(child.url);
    }
  }, 180_000);

  afterAll(async () => {
    await Promise.all(children.map((child) => child.stop()));
    await server?.close();
  });

  it(`${ATTEMPTS} attempts split over two processes confirm exactly ${CAPACITY} visitors`, async () => {
    // The child processes run on the real clock, so the slot is placed relative to real time.
    const { slotId } = await createRushSlot(server.db, Date.now(), CAPACITY);
    const tokens = (await signInMany(server, ATTEMPTS, { prefix: '抢票' })).map((c) => c.token);
    const attempts = attemptsFor(tokens);
    const started = performance.now();
    const outcomes = await rush(urls, slotId, attempts);
    printFigures('rush across two server processes (mysql)', outcomes, performance.now() - started);
    await assertExactlyFull(server, slotId, outcomes, attempts.length);
  }, 180_000);
});

// A booking rush: many distinct citizens try to book the same slot at once. Shared by the rush test and
// the benchmark. Fixtures go through the repositories; bookings go through GraphQL over HTTP.
import { randomBytes } from 'node:crypto';
import { addDays, businessDateOf, instantOf, residentIdCheckCharacter } from '@zz/shared';
import type { Executor } from '../../server/src/db/database';
import { branchIdByCode } from '../../server/src/modules/branches/branch.service';
import { insertExhibition } from '../../server/src/modules/exhibitions/exhibition.repository';
import { updatePolicy } from '../../server/src/modules/scheduling/plan.service';
import { insertMissingSlots } from '../../server/src/modules/scheduling/slot.repository';
import {
  RushCreateBookingDocument,
  type RushCreateBookingMutation,
  type RushCreateBookingMutationVariables,
} from './generated/graphql';
import type { GraphQLResult } from './server';

/** A valid resident ID number, distinct per serial (region 350602, birth date varied, check digit computed). */
export function residentIdFor(serial: number): string {
  const birth = new Date(Date.UTC(1950, 0, 1) + (serial % 20000) * 86_400_000)
    .toISOString()
    .slice(0, 10)
    .replace(/-/g, '');
  const sequence = String(Math.floor(serial / 20000) * 1000 + (serial % 1000))
    .padStart(3, '0')
    .slice(-3);
  const first17 = `350602${birth}${sequence}`;
  return first17 + residentIdCheckCharacter(first17);
}

/** An exhibition open every day with one slot of `capacity` places two days after `now` (bookable now). */
export async function createRushSlot(
  db: Executor,
  now: number,
  capacity: number,
): Promise<{ slotId: number; exhibitionId: number }> {
  const branchId = (await branchIdByCode(db, 'city')) as number;
  const exhibitionId = await insertExhibition(db, {
    branch_id: branchId,
    slug: `rush-${randomBytes(4).toString('hex')}`,
    title: '抢票压力测试展',
    mode: 'ONSITE',
    summary: 'rush',
    description: 'rush',
    opens_on: businessDateOf(now),
    featured: 0,
    published_at: now,
    created_at: now,
    updated_at: now,
  });
  await updatePolicy(db, exhibitionId, { closedWeekdays: [] });
  const date = addDays(businessDateOf(now), 2);
  await insertMissingSlots(db, [
    {
      exhibition_id: exhibitionId,
      visit_date: date,
      start_at: instantOf(date, '10:00'),
      end_at: instantOf(date, '11:30'),
      capacity,
    },
  ]);
  const slot = await db
    .selectFrom('slot')
    .select('id')
    .where('exhibition_id', '=', exhibitionId)
    .executeTakeFirstOrThrow();
  return { slotId: slot.id, exhibitionId };
}

export interface RushAttempt {
  token: string;
  serial: number;
  idempotencyKey: string;
  /** The phone's own address, sent as X-Forwarded-For (read only by a server that trusts its proxy). */
  address?: string;
}

export interface RushOutcome {
  typename: string;
  bookingId: string | null;
  latencyMs: number;
}

/** Sends one createBooking over HTTP to `url` and records the result type and latency. */
export async function attemptBooking(url: string, slotId: number, attempt: RushAttempt): Promise<RushOutcome> {
  const started = performance.now();
  const variables: RushCreateBookingMutationVariables = {
    input: {
      slotId: String(slotId),
      phone: '13800138000',
      idempotencyKey: attempt.idempotencyKey,
      visitors: [{ name: '压测', documentType: 'RESIDENT_ID', documentNumber: residentIdFor(attempt.serial) }],
    },
  };
  // Over fetch rather than TestServer.execute: the rush spreads over several server processes' URLs.
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${attempt.token}`,
      ...(attempt.address ? { 'x-forwarded-for': attempt.address } : {}),
    },
    body: JSON.stringify({ query: String(RushCreateBookingDocument), variables }),
  });
  const body = (await response.json()) as GraphQLResult<RushCreateBookingMutation>;
  const latencyMs = performance.now() - started;
  const result = body.data?.createBooking;
  if (!result)
    return { typename: `GraphQLError:${JSON.stringify(body.errors).slice(0, 200)}`, bookingId: null, latencyMs };
  const bookingId = result.__typename === 'MutationCreateBookingSuccess' ? result.data.id : null;
  return { typename: result.__typename, bookingId, latencyMs };
}

/** Runs attempts with all of them in flight at once, spread round-robin over the given server URLs. */
export function rush(urls: string[], slotId: number, attempts: RushAttempt[]): Promise<RushOutcome[]> {
  return Promise.all(attempts.map((a, i) => attemptBooking(urls[i % urls.length], slotId, a)));
}

/**
 * Runs operations 0..count-1 with `concurrency` workers, each starting the next when its previous one finished
 * (0: every one at once, as at a release). Answers how long it took, in ms.
 */
export async function runConcurrently(
  count: number,
  concurrency: number,
  operation: (serial: number) => Promise<void>,
): Promise<number> {
  const started = performance.now();
  if (concurrency <= 0) {
    await Promise.all(Array.from({ length: count }, (_, serial) => operation(serial)));
  } else {
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < count) await operation(next++);
      }),
    );
  }
  return performance.now() - started;
}

/** Operations per second over the elapsed time, with the median and the 99th percentile of their latencies. */
export interface Throughput {
  perSecond: number;
  p50: number;
  p99: number;
}

export function throughputOf(latencies: number[], elapsedMs: number): Throughput {
  return {
    perSecond: (latencies.length / elapsedMs) * 1000,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** What a citizen's phone saw while it kept trying one booking until it got a definite answer. */
export interface PersistentOutcome {
  /** The definite answer: MutationCreateBookingSuccess or SlotFullError. */
  typename: string;
  /** Every booking id a success answer carried (retries with the same key must all carry the same one). */
  bookingIds: string[];
  /** Answers that said "try again" (SERVICE_BUSY, 5xx) or never came (connection refused or reset). */
  retries: number;
  /** What those were, by kind, for the failure message. */
  failures: string[];
}

const DEFINITE = new Set(['MutationCreateBookingSuccess', 'SlotFullError']);

/**
 * One citizen's booking as a phone retries it: the same idempotency key each time, through the given servers in
 * turn (a load balancer takes a dead server out), after a pause, until a definite answer or the deadline.
 */
export async function bookUntilAnswered(
  urls: string[],
  slotId: number,
  attempt: RushAttempt,
  options: { deadlineMs: number; pauseMs?: number },
): Promise<PersistentOutcome> {
  const outcome: PersistentOutcome = { typename: 'NO_ANSWER', bookingIds: [], retries: 0, failures: [] };
  const deadline = Date.now() + options.deadlineMs;
  for (let i = 0; Date.now() < deadline; i++) {
    const url = urls[(attempt.serial + i) % urls.length];
    try {
      const answer = await attemptBooking(url, slotId, attempt);
      if (answer.bookingId) outcome.bookingIds.push(answer.bookingId);
      if (DEFINITE.has(answer.typename)) {
        outcome.typename = answer.typename;
        return outcome;
      }
      outcome.failures.push(answer.typename.includes('SERVICE_BUSY') ? 'SERVICE_BUSY' : answer.typename.slice(0, 120));
    } catch (error) {
      outcome.failures.push(
        `network: ${(error as Error).cause ? String((error as Error).cause) : (error as Error).message}`.slice(0, 120),
      );
    }
    outcome.retries++;
    await new Promise((r) => setTimeout(r, (options.pauseMs ?? 200) * (1 + Math.random())));
  }
  return outcome;
}

/** Runs every phone's `run`, calling `fault` once (awaited before returning) when `after` of them have their answer. */
export async function rushWithFault<A>(
  attempts: A[],
  run: (attempt: A) => Promise<PersistentOutcome>,
  fault?: { after: number; run: () => Promise<void> },
): Promise<PersistentOutcome[]> {
  let answered = 0;
  let triggered: Promise<void> | null = null;
  const outcomes = await Promise.all(
    attempts.map(async (attempt) => {
      const outcome = await run(attempt);
      answered++;
      if (fault && answered >= fault.after && !triggered) triggered = fault.run();
      return outcome;
    }),
  );
  await triggered;
  return outcomes;
}

/**
 * Every phone ended with a definite answer, and retries with its key never saw two bookings. Returns the booking ids
 * the phones were told of.
 */
export function bookingsThePhonesSaw(outcomes: PersistentOutcome[]): Set<string> {
  const unanswered = outcomes.filter((o) => o.typename === 'NO_ANSWER').map((o) => o.failures.slice(-3));
  if (unanswered.length > 0) throw new Error(`phones left without an answer: ${JSON.stringify(unanswered)}`);
  for (const o of outcomes) {
    if (new Set(o.bookingIds).size > 1) throw new Error(`one phone saw two bookings: ${o.bookingIds.join(', ')}`);
  }
  return new Set(outcomes.flatMap((o) => o.bookingIds));
}

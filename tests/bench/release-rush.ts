// Bench section: the release-time rush. 1,000 citizens tap 预约 in the same second for a 100-place slot, through
// the public API of one server process of its own, from a load generator in another process. Printed: how many were
// booked (exactly the capacity, or FAIL), attempts per second, p50 and p99 of the answers; the p99 budget is 1 s on
// MariaDB. SQLite is measured too, for comparison.
import { readFileSync } from 'node:fs';
import { spawnServer } from '../testkit/processes';
import { createRushSlot, type RushAttempt, type RushOutcome, type Throughput, throughputOf } from '../testkit/rush';
import { signInMany } from '../testkit/seed';
import { startTestServer } from '../testkit/server';
import { BARE_QUERY, startBareYogaProcess } from './bare-yoga';
import type { Row } from './run';
import { type GeneratorJob, runGenerator } from './rush-generator';

export const RELEASE_RUSH = { citizens: 1000, places: 100, p99BudgetMs: 1000 } as const;

/** CPU time (user + system) a process has used so far, from Linux's /proc; NaN elsewhere. */
function cpuMsOf(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime, in clock ticks of 10 ms (fields 14 and 15 of stat, counted after the command's name).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

export async function releaseRushRows(): Promise<Row[]> {
  const rows = [...(await bareBaselineRows()), ...(await releaseRushOn('sqlite'))];
  return process.env.MYSQL_URL ? [...rows, ...(await releaseRushOn('mysql'))] : rows;
}

interface Measured extends Throughput {
  outcomes: RushOutcome[];
  /** The server process's CPU time per request, NaN without /proc. */
  cpuMs: number;
}

/** Runs one generator job against a server process and measures the answers and the server's CPU. */
async function measure(job: GeneratorJob, serverPid: number | undefined): Promise<Measured> {
  const cpuBefore = cpuMsOf(serverPid);
  const { outcomes, elapsedMs } = await runGenerator(job);
  const cpuMs = (cpuMsOf(serverPid) - cpuBefore) / outcomes.length;
  return {
    outcomes,
    cpuMs,
    ...throughputOf(
      outcomes.map((o) => o.latencyMs),
      elapsedMs,
    ),
  };
}

const answers = (m: Measured, unit: string) =>
  `${m.perSecond.toFixed(0)} ${unit}/s, p50 ${m.p50.toFixed(0)} ms, p99 ${m.p99.toFixed(0)} ms`;
const cpuValue = (m: Measured) => (Number.isNaN(m.cpuMs) ? 'not measured (no /proc)' : `${m.cpuMs.toFixed(2)} ms`);

/**
 * The floor of this machine: the same thousand requests at once against Yoga with a one-field schema, in its own
 * process, warmed up first like the server.
 */
async function bareBaselineRows(): Promise<Row[]> {
  const bare = await startBareYogaProcess();
  try {
    const job = {
      kind: 'plain',
      url: bare.url,
      query: BARE_QUERY,
      count: RELEASE_RUSH.citizens,
      concurrency: 0,
    } as const;
    await runGenerator(job);
    const measured = await measure(job, bare.child.pid);
    const failed = measured.outcomes.filter((o) => o.typename !== 'data').length;
    return [
      {
        metric: `baseline: bare Yoga, ${RELEASE_RUSH.citizens} { __typename } at once (own process)`,
        value: answers(measured, 'requests'),
        ...(failed ? { budget: `${failed} failed`, result: 'FAIL' as const } : {}),
      },
      { metric: 'baseline: bare Yoga server CPU per request', value: cpuValue(measured) },
    ];
  } finally {
    await bare.stop();
  }
}

export async function releaseRushOn(dialect: 'sqlite' | 'mysql'): Promise<Row[]> {
  // The in-process server makes the database, signs the citizens in and lays out the slots; the server measured is a
  // process of its own on the same database, on the real clock.
  const setup = await startTestServer({ dialect, clock: undefined });
  const server = await spawnServer({
    databaseUrl: setup.databaseUrl,
    piiKey: setup.config.piiKey,
    // Each phone comes from its own address, as on the internet; a proxy we run says which (TRUST_PROXY).
    env: { TRUST_PROXY: 'true' },
    // BENCH_SERVER_NODE_OPTIONS='--cpu-prof --cpu-prof-dir=/tmp/prof' profiles the server under the rush.
    nodeOptions: process.env.BENCH_SERVER_NODE_OPTIONS?.split(' ').filter(Boolean) ?? [],
  });
  try {
    const citizens = await signInMany(setup, RELEASE_RUSH.citizens * 2, { prefix: '放票' });
    const rushOf = async (from: number, places: number) => {
      const { slotId } = await createRushSlot(setup.db, Date.now(), places);
      const attempts: RushAttempt[] = citizens.slice(from, from + RELEASE_RUSH.citizens).map((c, i) => ({
        token: c.token,
        serial: from + i,
        idempotencyKey: `release-${from + i}`,
        address: `10.${((from + i) >> 16) & 255}.${((from + i) >> 8) & 255}.${(from + i) & 255}`,
      }));
      const job: GeneratorJob = { kind: 'booking', urls: [server.url], slotId, attempts, concurrency: 0 };
      return { slotId, job, attempts };
    };
    // A server at 20:00 has been up all day: an earlier release (other citizens, another slot) warms it up first.
    await runGenerator((await rushOf(RELEASE_RUSH.citizens, RELEASE_RUSH.places)).job);
    const { slotId, job, attempts: sent } = await rushOf(0, RELEASE_RUSH.places);
    const measured = await measure(job, server.child.pid);
    const booked = measured.outcomes.filter((o) => o.typename === 'MutationCreateBookingSuccess').length;
    const full = measured.outcomes.filter((o) => o.typename === 'SlotFullError').length;
    const slot = await setup.db.selectFrom('slot').select('booked').where('id', '=', slotId).executeTakeFirstOrThrow();
    const attempts = sent.length;
    const correct = booked === RELEASE_RUSH.places && slot.booked === RELEASE_RUSH.places && booked + full === attempts;
    const others = attempts - booked - full;
    const label = `${dialect}, ${RELEASE_RUSH.citizens} citizens for ${RELEASE_RUSH.places} places, 1 server process`;
    return [
      {
        metric: `release rush booked (${label})`,
        value: `${booked} booked, ${full} told full${others ? `, ${others} other answers` : ''}`,
        budget: `exactly ${RELEASE_RUSH.places}`,
        result: correct ? 'PASS' : 'FAIL',
      },
      {
        metric: `release rush answers (${dialect})`,
        value: answers(measured, 'attempts'),
        ...(dialect === 'mysql'
          ? {
              budget: `p99 <= ${RELEASE_RUSH.p99BudgetMs} ms`,
              result: measured.p99 <= RELEASE_RUSH.p99BudgetMs ? ('PASS' as const) : ('FAIL' as const),
            }
          : {}),
      },
      { metric: `release rush server CPU per attempt (${dialect})`, value: cpuValue(measured) },
    ];
  } finally {
    await server.stop();
    await setup.close();
  }
}

// Bench section: the release-time rush. 1,000 citizens tap 预约 in the same second for a 100-place slot, through
// the public API of one server process of its own, from a load generator in another process. Printed: how many were
// booked (exactly the capacity, or FAIL), attempts per second, p50 and p99 of the answers; the p99 budget is 1 s on
// MariaDB. SQLite is measured too, for comparison.
import { readFileSync } from 'node:fs';
import { spawnServer } from '../testkit/processes';
import { createRushSlot, percentile, type RushAttempt } from '../testkit/rush';
import { signInMany } from '../testkit/seed';
import { startTestServer } from '../testkit/server';
import type { Row } from './run';
import { runGenerator } from './rush-generator';

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
  const rows = process.env.BENCH_RELEASE_ONLY_MYSQL ? [] : await releaseRushOn('sqlite');
  return process.env.MYSQL_URL ? [...rows, ...(await releaseRushOn('mysql'))] : rows;
}

async function releaseRushOn(dialect: 'sqlite' | 'mysql'): Promise<Row[]> {
  // The in-process server makes the database, signs the citizens in and lays out the slot; the server measured is a
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
    const citizens = await signInMany(setup, RELEASE_RUSH.citizens, { prefix: '放票' });
    const { slotId } = await createRushSlot(setup.db, Date.now(), RELEASE_RUSH.places);
    const attempts: RushAttempt[] = citizens.map((c, serial) => ({
      token: c.token,
      serial,
      idempotencyKey: `release-${serial}`,
      address: `10.${(serial >> 16) & 255}.${(serial >> 8) & 255}.${serial & 255}`,
    }));
    const cpuBefore = cpuMsOf(server.child.pid);
    const { outcomes, elapsedMs } = await runGenerator({ urls: [server.url], slotId, attempts, concurrency: 0 });
    const cpuPerAttempt = (cpuMsOf(server.child.pid) - cpuBefore) / attempts.length;
    const booked = outcomes.filter((o) => o.typename === 'MutationCreateBookingSuccess').length;
    const full = outcomes.filter((o) => o.typename === 'SlotFullError').length;
    const slot = await setup.db.selectFrom('slot').select('booked').where('id', '=', slotId).executeTakeFirstOrThrow();
    const correct =
      booked === RELEASE_RUSH.places && slot.booked === RELEASE_RUSH.places && booked + full === attempts.length;
    const latencies = outcomes.map((o) => o.latencyMs);
    const p50 = percentile(latencies, 50);
    const p99 = percentile(latencies, 99);
    const label = `${dialect}, ${RELEASE_RUSH.citizens} citizens for ${RELEASE_RUSH.places} places, 1 server process`;
    const others = attempts.length - booked - full;
    return [
      {
        metric: `release rush booked (${label})`,
        value: `${booked} booked, ${full} told full${others ? `, ${others} other answers` : ''}`,
        budget: `exactly ${RELEASE_RUSH.places}`,
        result: correct ? 'PASS' : 'FAIL',
      },
      {
        metric: `release rush answers (${dialect})`,
        value: `${((attempts.length / elapsedMs) * 1000).toFixed(0)} attempts/s, p50 ${p50.toFixed(0)} ms, p99 ${p99.toFixed(0)} ms`,
        ...(dialect === 'mysql'
          ? {
              budget: `p99 <= ${RELEASE_RUSH.p99BudgetMs} ms`,
              result: p99 <= RELEASE_RUSH.p99BudgetMs ? 'PASS' : 'FAIL',
            }
          : {}),
      },
      {
        metric: `release rush server CPU per attempt (${dialect})`,
        value: Number.isNaN(cpuPerAttempt) ? 'not measured (no /proc)' : `${cpuPerAttempt.toFixed(2)} ms`,
      },
    ];
  } finally {
    await server.stop();
    await setup.close();
  }
}

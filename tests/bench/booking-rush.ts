// Bench section: a booking rush through the real server (GraphQL over HTTP, N concurrent bookers on one
// slot) beside the same database doing the same conditional update + inserts directly (mysql2, or
// better-sqlite3 when no MySQL is configured), measured in the same run. The ratio is the figure.
import { randomBytes } from 'node:crypto';
import SQLite from 'better-sqlite3';
import { createPool } from 'mysql2/promise';
import { createRushSlot, residentIdFor, runConcurrently, type Throughput, throughputOf } from '../testkit/rush';
import { signInCitizen } from '../testkit/seed';
import { startTestServer } from '../testkit/server';
import type { Row } from './run';
import { runGenerator } from './rush-generator';

/** The share of the bare transaction's throughput the server keeps (issue 14): SQLite's transaction is in-process. */
const RATIO_GOALS = { mysql: 0.5, sqlite: 0.2 } as const;
const BOOKERS = 50;
const BOOKINGS = 2000;

/** Runs `total` operations with `concurrency` workers; each operation's latency is recorded. */
async function measure(
  total: number,
  concurrency: number,
  operation: (serial: number) => Promise<void>,
): Promise<Throughput> {
  const latencies: number[] = [];
  const elapsedMs = await runConcurrently(total, concurrency, async (serial) => {
    const t0 = performance.now();
    await operation(serial);
    latencies.push(performance.now() - t0);
  });
  return throughputOf(latencies, elapsedMs);
}

const RAW_UPDATE =
  'UPDATE slot SET booked = booked + 1 WHERE id = ? AND status = ? AND booked + offer_held + 1 <= capacity';
const RAW_BOOKING =
  'INSERT INTO booking (reference, kind, account_id, exhibition_id, slot_id, visit_date, party_size, status, idempotency_key, created_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)';
const RAW_VISITOR =
  'INSERT INTO booking_visitor (booking_id, exhibition_id, visit_date, name_cipher, document_type, document_cipher, document_index, active_document_key, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)';

/** The rush on SQLite, and on MySQL too when MYSQL_URL is set. */
export async function bookingRushRows(): Promise<Row[]> {
  const rows = await bookingRushRowsOn('sqlite');
  return process.env.MYSQL_URL ? [...rows, ...(await bookingRushRowsOn('mysql'))] : rows;
}

async function bookingRushRowsOn(dialect: 'sqlite' | 'mysql'): Promise<Row[]> {
  const server = await startTestServer({ dialect });
  try {
    const now = server.clock.now();
    const tokens = await Promise.all(Array.from({ length: BOOKERS }, (_, i) => signInCitizen(server, `压测${i}`)));
    // Capacity above the number of bookings: every attempt books, so the figure is booking throughput.
    const app = await createRushSlot(server.db, now, BOOKINGS + 10);
    // The load generator runs in a process of its own (tests/bench/rush-generator.ts), so the figure is the server's.
    const attempts = Array.from({ length: BOOKINGS }, (_, serial) => ({
      token: tokens[serial % BOOKERS].token,
      serial,
      idempotencyKey: `bench-${serial}-${randomBytes(3).toString('hex')}`,
    }));
    await runGenerator({
      kind: 'booking',
      urls: [server.url],
      slotId: app.slotId,
      attempts: attempts.slice(0, 200),
      concurrency: BOOKERS,
    });
    const rest = attempts.slice(200);
    const generated = await runGenerator({
      kind: 'booking',
      urls: [server.url],
      slotId: app.slotId,
      attempts: rest,
      concurrency: BOOKERS,
    });
    const failures = generated.outcomes.filter((o) => o.typename !== 'MutationCreateBookingSuccess').length;
    const viaServer = throughputOf(
      generated.outcomes.map((o) => o.latencyMs),
      generated.elapsedMs,
    );

    const raw = await createRushSlot(server.db, now, BOOKINGS + 10);
    const slot = await server.db.selectFrom('slot').selectAll().where('id', '=', raw.slotId).executeTakeFirstOrThrow();
    const accountId = tokens[0].accountId;
    const cipher = server.app.services.vault.encrypt('压测');
    const rowValues = (serial: number) => ({
      booking: [
        `R${serial}${randomBytes(3).toString('hex')}`,
        'INDIVIDUAL',
        accountId,
        slot.exhibition_id,
        slot.id,
        slot.visit_date,
        'CONFIRMED',
        `raw-${serial}`,
        now,
      ],
      visitor: (bookingId: number) => {
        const index = server.app.services.vault.blindIndex('document', `RESIDENT_ID:${residentIdFor(serial)}`);
        return [
          bookingId,
          slot.exhibition_id,
          slot.visit_date,
          cipher,
          'RESIDENT_ID',
          cipher,
          index,
          index,
          'CONFIRMED',
        ];
      },
    });
    let direct: Throughput;
    if (server.config.database.dialect === 'mysql') {
      const pool = createPool({ uri: server.config.database.url, connectionLimit: 10 });
      try {
        direct = await measure(BOOKINGS, BOOKERS, async (serial) => {
          const conn = await pool.getConnection();
          try {
            await conn.beginTransaction();
            const [update] = await conn.execute(RAW_UPDATE, [slot.id, 'OPEN']);
            if ((update as { affectedRows: number }).affectedRows !== 1) throw new Error('raw rush: slot full');
            const values = rowValues(serial);
            const [insert] = await conn.execute(RAW_BOOKING, values.booking);
            await conn.execute(RAW_VISITOR, values.visitor((insert as { insertId: number }).insertId));
            await conn.commit();
          } catch (error) {
            await conn.rollback();
            throw error;
          } finally {
            conn.release();
          }
        });
      } finally {
        await pool.end();
      }
    } else {
      const file = server.config.database.file;
      const sqlite = new SQLite(file);
      sqlite.pragma('busy_timeout = 5000');
      const update = sqlite.prepare(RAW_UPDATE);
      const insertBooking = sqlite.prepare(RAW_BOOKING);
      const insertVisitor = sqlite.prepare(RAW_VISITOR);
      const book = sqlite.transaction((serial: number) => {
        if (update.run(slot.id, 'OPEN').changes !== 1) throw new Error('raw rush: slot full');
        const values = rowValues(serial);
        const { lastInsertRowid } = insertBooking.run(...values.booking);
        insertVisitor.run(...values.visitor(Number(lastInsertRowid)));
      });
      direct = await measure(BOOKINGS, BOOKERS, async (serial) => {
        book(serial);
      });
      sqlite.close();
    }
    const label = `${dialect}, ${BOOKERS} bookers, ${BOOKINGS} bookings, generator in its own process`;
    const ratio = viaServer.perSecond / direct.perSecond;
    return [
      {
        metric: `booking rush via GraphQL (${label})`,
        value: `${viaServer.perSecond.toFixed(0)} bookings/s, p50 ${viaServer.p50.toFixed(1)} ms, p99 ${viaServer.p99.toFixed(1)} ms`,
        budget: failures === 0 ? undefined : `${failures} failed`,
        result: failures === 0 ? undefined : 'FAIL',
      },
      {
        metric: `same transaction direct (${dialect === 'mysql' ? 'mysql2' : 'better-sqlite3'})`,
        value: `${direct.perSecond.toFixed(0)} tx/s, p50 ${direct.p50.toFixed(1)} ms, p99 ${direct.p99.toFixed(1)} ms`,
      },
      {
        metric: `booking rush ratio (${dialect}, GraphQL / direct)`,
        value: ratio.toFixed(2),
        budget: `>= ${RATIO_GOALS[dialect]}`,
        result: ratio >= RATIO_GOALS[dialect] ? 'PASS' : 'FAIL',
      },
    ];
  } finally {
    await server.close();
  }
}

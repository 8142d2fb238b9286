// Bench section: a 100,000-row bookings CSV streamed from the real server (SQLite) through its HTTP route, read
// as a client would. Reports rows/s and how far the process's RSS rose above where it stood before the export
// (the server runs in this process, so its memory is ours): a streamed export holds one batch at a time, so the
// rise stays far below the size of the file, and the row fails if it does not. A tenth of the rows is streamed
// first for comparison. run.ts runs this section in a fresh process of its own, with --expose-gc so each export
// starts from a collected heap. The budget holds the peak rise of the JavaScript memory (heap and buffers, which a
// collection brings back down before the export: what the export itself held); the RSS is reported beside it, but
// it is a high-water mark that seeding 110,000 rows has already raised past anything an export needs.
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { instantOf } from '@zz/shared';
import type { Insertable } from 'kysely';
import type { Database } from '../../server/src/db/database';
import { createExhibition, createStaff, signInCitizen } from '../testkit/seed';
import { startTestServer, type TestServer } from '../testkit/server';
import type { Row } from './run';

export const EXPORT_ROWS = 100_000;
const VISITORS_PER_BOOKING = 5;
/** Peak memory growth allowed while streaming: well under the ~15 MB file, let alone 100,000 decoded rows. */
const MEMORY_GROWTH_BUDGET_MIB = 64;
const MiB = 1024 * 1024;

async function seedBookings(server: TestServer, rows: number): Promise<{ exhibitionId: number; date: string }> {
  const holder = await signInCitizen(server);
  const exhibition = await createExhibition(server);
  const date = exhibition.opensOn > '2026-11-24' ? exhibition.opensOn : '2026-11-24';
  const slot = await server.db
    .insertInto('slot')
    .values({
      exhibition_id: exhibition.id,
      visit_date: date,
      start_at: instantOf(date, '09:00'),
      end_at: instantOf(date, '17:00'),
      capacity: rows,
    })
    .executeTakeFirstOrThrow();
  const slotId = Number(slot.insertId);
  const vault = server.app.services.vault;
  // One ciphertext per column reused: the bench measures streaming, not the seeding's encryption.
  const name = vault.encrypt('陈秀英');
  const documentCipher = vault.encrypt('350602199001011234');
  const phone = vault.encrypt('13800138000');
  const bookings = rows / VISITORS_PER_BOOKING;
  const prefix = `B${exhibition.id}-`;
  const CHUNK = 500;
  for (let start = 0; start < bookings; start += CHUNK) {
    await server.db.transaction().execute(async (trx) => {
      const values: Array<Insertable<Database['booking']>> = [];
      for (let i = start; i < Math.min(start + CHUNK, bookings); i += 1) {
        values.push({
          reference: `${prefix}${String(i).padStart(9, '0')}`,
          kind: 'INDIVIDUAL',
          account_id: holder.accountId,
          exhibition_id: exhibition.id,
          slot_id: slotId,
          visit_date: date,
          party_size: VISITORS_PER_BOOKING,
          status: 'CONFIRMED',
          idempotency_key: null,
          holder_phone_cipher: phone,
          organization: null,
          leader_name_cipher: null,
          review_note: null,
          reviewed_by: null,
          reviewed_at: null,
          checked_in_at: null,
          cancelled_at: null,
          cancel_reason: null,
          created_at: 0,
        });
      }
      await trx.insertInto('booking').values(values).execute();
      const ids = await trx
        .selectFrom('booking')
        .select('id')
        .where('reference', '>=', values[0].reference)
        .where('reference', '<=', values[values.length - 1].reference)
        .execute();
      const visitors: Array<Insertable<Database['booking_visitor']>> = ids.flatMap(({ id }) =>
        Array.from({ length: VISITORS_PER_BOOKING }, (_, n) => ({
          booking_id: id,
          exhibition_id: exhibition.id,
          visit_date: date,
          name_cipher: name,
          document_type: 'RESIDENT_ID' as const,
          document_cipher: documentCipher,
          document_index: `${id}-${n}`,
          active_document_key: null,
          status: 'CONFIRMED' as const,
          checked_in_at: null,
          checked_in_by: null,
        })),
      );
      // SQLite limits the variables of one statement: a few hundred rows at a time.
      for (let v = 0; v < visitors.length; v += 250) {
        await trx
          .insertInto('booking_visitor')
          .values(visitors.slice(v, v + 250))
          .execute();
      }
    });
  }
  return { exhibitionId: exhibition.id, date };
}

interface Streamed {
  rows: number;
  bytes: number;
  seconds: number;
  /** Peak rise of the JavaScript memory (heap and buffers) while streaming. */
  growthMiB: number;
  rssGrowthMiB: number;
}

/** What the process holds for JavaScript: the heap and the buffers outside it (the CSV's chunks, SQLite's rows). */
const jsMemory = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.external + m.arrayBuffers;
};

/** Streams one export as a client would, sampling the memory while the bytes arrive. */
async function streamExport(server: TestServer, token: string, seeded: { exhibitionId: number; date: string }) {
  globalThis.gc?.();
  const baseline = { rss: process.memoryUsage().rss, js: jsMemory() };
  const peak = { ...baseline };
  const sample = () => {
    peak.rss = Math.max(peak.rss, process.memoryUsage().rss);
    peak.js = Math.max(peak.js, jsMemory());
  };
  const sampler = setInterval(sample, 10);
  const started = performance.now();
  const query = `from=${seeded.date}&to=${seeded.date}&exhibitionId=${seeded.exhibitionId}`;
  const response = await fetch(`${server.url}/exports/bookings.csv?${query}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!response.ok || !response.body) throw new Error(`export failed: ${response.status}`);
  let bytes = 0;
  let lines = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.length;
    for (const byte of value) if (byte === 0x0a) lines += 1;
    sample();
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  return {
    rows: lines - 1,
    bytes,
    seconds,
    growthMiB: (peak.js - baseline.js) / MiB,
    rssGrowthMiB: (peak.rss - baseline.rss) / MiB,
  } satisfies Streamed;
}

/** This section in a fresh Node process (see the top of the file): its rows, as JSON on the last line it prints. */
export async function exportRowsInOwnProcess(): Promise<Row[]> {
  const { execFileSync } = await import('node:child_process');
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', '--expose-gc', fileURLToPath(import.meta.url), '--json'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 16 * MiB },
  );
  return JSON.parse(output.trim().split('\n').at(-1) as string) as Row[];
}

export async function exportRows(): Promise<Row[]> {
  const server = await startTestServer({ dialect: 'sqlite' });
  try {
    // A tenth of the rows first: constant memory means both exports rise about as much.
    const small = await seedBookings(server, EXPORT_ROWS / 10);
    const large = await seedBookings(server, EXPORT_ROWS);
    const admin = await createStaff(server, 'ADMIN');
    const tenth = await streamExport(server, admin.token, small);
    const whole = await streamExport(server, admin.token, large);
    return [
      {
        metric: 'export: bookings CSV rows streamed',
        value: `${whole.rows} (${(whole.bytes / MiB).toFixed(1)} MiB)`,
        budget: String(EXPORT_ROWS),
        result: whole.rows === EXPORT_ROWS && tenth.rows === EXPORT_ROWS / 10 ? 'PASS' : 'FAIL',
      },
      { metric: 'export: rows/s', value: String(Math.round(whole.rows / whole.seconds)) },
      {
        metric: `export: peak memory growth (heap + buffers), ${EXPORT_ROWS / 10} rows`,
        value: `${tenth.growthMiB.toFixed(1)} MiB`,
      },
      {
        metric: `export: peak memory growth (heap + buffers), ${EXPORT_ROWS} rows`,
        value: `${whole.growthMiB.toFixed(1)} MiB`,
        budget: `${MEMORY_GROWTH_BUDGET_MIB} MiB`,
        result: whole.growthMiB <= MEMORY_GROWTH_BUDGET_MIB ? 'PASS' : 'FAIL',
      },
      {
        metric: `export: peak RSS growth, ${EXPORT_ROWS / 10} / ${EXPORT_ROWS} rows (after seeding)`,
        value: `${tenth.rssGrowthMiB.toFixed(1)} / ${whole.rssGrowthMiB.toFixed(1)} MiB`,
      },
    ];
  } finally {
    await server.close();
  }
}

/**
 * `tsx tests/bench/exports.ts` runs this section alone. Not a top-level await: run.ts imports this module, so
 * awaiting its import here would wait for this module's own evaluation to end.
 */
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  void Promise.all([exportRows(), import('./run')]).then(([rows, { printTable }]) => {
    if (process.argv.includes('--json')) console.log(JSON.stringify(rows));
    else printTable(rows);
    if (rows.some((row) => row.result === 'FAIL')) process.exitCode = 1;
  });
}

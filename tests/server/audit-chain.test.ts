// The audit log's chain: an intact log verifies; a changed row, a removed middle row and a removed last row are each
// detected (and named) by verifyAuditChain, the function behind `npm run audit:verify`; the retention purge removes
// the old rows, records the anchor it removed and an AUDIT_PURGED row, and the chain still verifies after it while
// tampering after it is still detected; a purge run twice, or in two processes at once, purges once.
import { randomBytes } from 'node:crypto';
import { addDays } from '@zz/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/src/config';
import { purgeExpiredAuditRows } from '../../server/src/jobs/audit-retention.job';
import { verifyAuditChain } from '../../server/src/platform/audit/audit-chain';
import { recordAudit } from '../../server/src/platform/audit/audit-log';
import { purgeAuditLog } from '../../server/src/platform/audit/audit-retention';
import { at, TEST_TODAY } from '../testkit/booking';
import { dialects } from '../testkit/dialects';
import { SetWorkingCalendarDayDocument } from '../testkit/generated/graphql';
import { call, successData } from '../testkit/graphql';
import { createStaff, type StaffSignedIn } from '../testkit/seed';
import { startTestServer, type TestServer } from '../testkit/server';
import { useTestServer } from '../testkit/suite';

const DAY_MS = 24 * 3600 * 1000;

/** An audited action through GraphQL (a holiday set in the city's calendar), so rows come from the real path. */
async function auditedAction(server: TestServer, admin: StaffSignedIn, dayOffset: number) {
  successData(
    await call(
      server,
      SetWorkingCalendarDayDocument,
      { date: addDays(TEST_TODAY, 30 + dayOffset), kind: 'HOLIDAY' },
      admin.token,
    ),
  );
}

const verify = (server: TestServer) => verifyAuditChain(server.app.services);
const rowsOf = (server: TestServer) => server.db.selectFrom('audit_log').selectAll().orderBy('seq').execute();

describe.each(dialects)('verifying the audit chain (%s)', (dialect) => {
  const server = useTestServer({ dialect });
  let admin: StaffSignedIn;

  beforeAll(async () => {
    admin = await createStaff(server(), 'ADMIN');
    for (let i = 0; i < 5; i++) await auditedAction(server(), admin, i);
  });

  it('verifies an intact chain from the first row to the head', async () => {
    const rows = await rowsOf(server());
    expect(rows.length).toBeGreaterThanOrEqual(5);
    const verdict = await verify(server());
    expect(verdict).toMatchObject({ ok: true, rowsChecked: rows.length, anchor: null });
    if (verdict.ok) expect(verdict.head.seq).toBe(Number(rows[rows.length - 1].seq));
  });

  it('detects a changed row, and verifies again once it is put back', async () => {
    const [, second] = await rowsOf(server());
    await server().db.updateTable('audit_log').set({ reason: '改过的原因' }).where('seq', '=', second.seq).execute();
    expect(await verify(server())).toMatchObject({ ok: false, problem: 'ROW_CHANGED', seq: Number(second.seq) });

    // Changing the hash along with the content does not help without the key: the next row no longer follows.
    await server()
      .db.updateTable('audit_log')
      .set({ action: 'SIGN_IN', row_hash: 'f'.repeat(64) })
      .where('seq', '=', second.seq)
      .execute();
    expect((await verify(server())).ok).toBe(false);

    const { id: _id, ...original } = second;
    await server().db.updateTable('audit_log').set(original).where('seq', '=', second.seq).execute();
    expect((await verify(server())).ok).toBe(true);
  });

  it('detects a removed middle row by the gap in seq', async () => {
    const rows = await rowsOf(server());
    const middle = rows[2];
    await server().db.deleteFrom('audit_log').where('seq', '=', middle.seq).execute();
    expect(await verify(server())).toMatchObject({ ok: false, problem: 'ROWS_MISSING', seq: Number(middle.seq) });

    // Renumbering the rows after it to close the gap changes what their hashes cover.
    await server()
      .db.updateTable('audit_log')
      .set((eb) => ({ seq: eb('seq', '-', 1) }))
      .where('seq', '=', rows[3].seq)
      .execute();
    expect(await verify(server())).toMatchObject({ ok: false, seq: Number(middle.seq) });
    await server()
      .db.updateTable('audit_log')
      .set((eb) => ({ seq: eb('seq', '+', 1) }))
      .where('seq', '=', middle.seq)
      .execute();

    const { id: _id, ...original } = middle;
    await server().db.insertInto('audit_log').values(original).execute();
    expect((await verify(server())).ok).toBe(true);
  });

  it('detects removed last rows by comparing with the chain head', async () => {
    const rows = await rowsOf(server());
    const last = rows[rows.length - 1];
    await server().db.deleteFrom('audit_log').where('seq', '=', last.seq).execute();
    expect(await verify(server())).toMatchObject({
      ok: false,
      problem: 'HEAD_MISMATCH',
      seq: Number(rows[rows.length - 2].seq),
    });
    const { id: _id, ...original } = last;
    await server().db.insertInto('audit_log').values(original).execute();

    // A head moved back to hide them is told apart only by the rows it no longer names: the rows left still chain,
    // so the head itself must say where the log ends.
    await server()
      .db.updateTable('audit_chain_head')
      .set({ last_hash: '0'.repeat(64) })
      .where('id', '=', 1)
      .execute();
    expect(await verify(server())).toMatchObject({ ok: false, problem: 'HEAD_MISMATCH' });
    await server().db.updateTable('audit_chain_head').set({ last_hash: last.row_hash }).where('id', '=', 1).execute();
    expect((await verify(server())).ok).toBe(true);
  });
});

describe.each(dialects)('the audit retention purge (%s)', (dialect) => {
  const piiKey = randomBytes(32).toString('base64');
  const first = useTestServer({ dialect, env: { PII_KEY: piiKey } });
  let second: TestServer;
  let admin: StaffSignedIn;
  const retentionDays = 400;

  beforeAll(async () => {
    // A second process of the same deployment: same database, same key.
    second = await startTestServer({ dialect, sharedDatabaseUrl: first().databaseUrl, env: { PII_KEY: piiKey } });
    admin = await createStaff(first(), 'ADMIN');
  });
  afterAll(async () => {
    await second?.close();
  });

  const anchors = () => first().db.selectFrom('audit_anchor').selectAll().orderBy('through_seq').execute();
  const purgeRows = async () => (await rowsOf(first())).filter((r) => r.action === 'AUDIT_PURGED');

  it('keeps rows within the retention; removes older ones once, with their anchor, and the chain still verifies', async () => {
    const start = at(TEST_TODAY, '10:00');
    first().clock.set(start);
    second.clock.set(start);
    for (let i = 0; i < 4; i++) await auditedAction(first(), admin, i);
    const old = await rowsOf(first());

    // A year on (less than the retention): nothing is old enough.
    first().clock.set(start + 365 * DAY_MS);
    expect(await purgeExpiredAuditRows(first().app.services)).toBe(0);

    // Past the retention, with newer rows since: the old ones go, the newer stay.
    first().clock.set(start + (retentionDays + 1) * DAY_MS);
    second.clock.set(start + (retentionDays + 1) * DAY_MS);
    // Sessions do not last a year: a member of staff signs in again.
    const later = await createStaff(first(), 'ADMIN');
    await auditedAction(first(), later, 10);
    await auditedAction(first(), later, 11);
    const [firstPurge, secondPurge] = await Promise.all([
      purgeExpiredAuditRows(first().app.services),
      purgeExpiredAuditRows(second.app.services),
    ]);
    expect(firstPurge + secondPurge).toBe(old.length);
    expect(Math.min(firstPurge, secondPurge)).toBe(0);
    // And a repeat, in either process, finds nothing.
    expect(await purgeExpiredAuditRows(first().app.services)).toBe(0);
    expect(await purgeExpiredAuditRows(second.app.services)).toBe(0);

    const left = await rowsOf(first());
    expect(left.map((r) => Number(r.seq))).not.toContain(Number(old[0].seq));
    expect(Number(left[0].seq)).toBe(Number(old[old.length - 1].seq) + 1);
    const lastOld = old[old.length - 1];
    expect((await anchors()).map((a) => [Number(a.through_seq), a.through_hash, Number(a.purged_rows)])).toEqual([
      [Number(lastOld.seq), lastOld.row_hash, old.length],
    ]);
    const [purged] = await purgeRows();
    expect(purged).toMatchObject({ result: 'OK', actor_account_id: null, row_count: old.length });
    expect(JSON.parse(purged.detail ?? '{}')).toMatchObject({ fromSeq: 1, throughSeq: Number(lastOld.seq) });

    const verdict = await verify(first());
    expect(verdict).toMatchObject({ ok: true, anchor: { throughSeq: Number(lastOld.seq) }, rowsChecked: left.length });
  });

  it('still detects tampering after a purge: a changed row, a removed first row, a forged anchor', async () => {
    const [firstLeft, secondLeft] = await rowsOf(first());
    await first().db.updateTable('audit_log').set({ actor_name: '别人' }).where('seq', '=', secondLeft.seq).execute();
    expect(await verify(first())).toMatchObject({ ok: false, problem: 'ROW_CHANGED', seq: Number(secondLeft.seq) });
    await first()
      .db.updateTable('audit_log')
      .set({ actor_name: secondLeft.actor_name })
      .where('seq', '=', secondLeft.seq)
      .execute();

    // The first row after the anchor removed: the walk from the anchor finds the gap.
    await first().db.deleteFrom('audit_log').where('seq', '=', firstLeft.seq).execute();
    expect(await verify(first())).toMatchObject({ ok: false, problem: 'ROWS_MISSING', seq: Number(firstLeft.seq) });
    // Hiding that by moving the anchor forward: the anchor's keyed hash no longer matches.
    await first()
      .db.updateTable('audit_anchor')
      .set({ through_seq: Number(firstLeft.seq), through_hash: firstLeft.row_hash })
      .execute();
    expect(await verify(first())).toMatchObject({ ok: false, problem: 'ANCHOR_INVALID' });
  });

  it('refuses to purge a range whose chain does not verify, so a purge never hides tampering', async () => {
    const server = await startTestServer({ dialect });
    try {
      const deps = server.app.services;
      const staff = await createStaff(server, 'ADMIN');
      for (let i = 0; i < 3; i++) await auditedAction(server, staff, i);
      const [, middle] = await rowsOf(server);
      await server.db.updateTable('audit_log').set({ reason: '改' }).where('seq', '=', middle.seq).execute();
      server.clock.advance((retentionDays + 1) * DAY_MS);
      // A fresh row so the old ones are not the whole log.
      await recordAudit(deps, {
        action: 'SIGN_OUT',
        result: 'OK',
        actor: null,
        source: { requestId: null, clientAddress: null },
      });
      expect(await purgeAuditLog(deps, retentionDays)).toBe(0);
      expect(await server.db.selectFrom('audit_anchor').selectAll().execute()).toEqual([]);
      expect(await verify(server)).toMatchObject({ ok: false, problem: 'ROW_CHANGED', seq: Number(middle.seq) });
    } finally {
      await server.close();
    }
  });
});

describe('the audit retention setting', () => {
  it('defaults to 400 days and refuses less than 183 (six months, the legal minimum)', () => {
    expect(loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'sqlite::memory:' }).audit.retentionDays).toBe(400);
    expect(
      loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'sqlite::memory:', AUDIT_RETENTION_DAYS: '183' }).audit
        .retentionDays,
    ).toBe(183);
    expect(() =>
      loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'sqlite::memory:', AUDIT_RETENTION_DAYS: '182' }),
    ).toThrow(/AUDIT_RETENTION_DAYS must be at least 183/);
    expect(() => loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'sqlite::memory:', AUDIT_RETENTION_DAYS: 'x' })).toThrow(
      /AUDIT_RETENTION_DAYS/,
    );
  });
});

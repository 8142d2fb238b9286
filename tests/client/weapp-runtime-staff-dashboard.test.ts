// 今日概况, 趋势 and 数据导出 in the weapp production build, run in the fake WeChat host (tests/testkit/weapp-host/)
// against a real server: an archive's staff member sees today's slot with booked / arrived / remaining on the
// staff home, the stats page shows the attendance of a single walk-in as no rate at all, and 数据导出 in the
// mini-program says where to download (the H5 staff address) instead of downloading, while an unmasked export
// with a reason is requested by taps and approved at once under the row limit.
// Needs `npm run build:weapp:local`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  at,
  bookOk,
  createBookableExhibition,
  MINUTE_MS,
  registerWalkIn,
  successData,
  TEST_TODAY,
} from '../testkit/booking';
import { ExportRequestsDocument } from '../testkit/generated/graphql';
import { call } from '../testkit/graphql';
import { createStaff, signInCitizen } from '../testkit/seed';
import { DEFAULT_TEST_INSTANT } from '../testkit/server';
import { useTestServer } from '../testkit/suite';
import { WEAPP_DIR } from '../testkit/weapp-build';
import { useStaffPhones } from '../testkit/weapp-staff';

const built = existsSync(join(WEAPP_DIR, 'app.json'));
const SUITE = built
  ? '今日概况 and 数据导出 in the weapp build'
  : '今日概况 and 数据导出 in the weapp build — SKIPPED: client/dist/weapp/app.json is missing; run `npm run build:weapp:local`';

describe.skipIf(!built)(SUITE, () => {
  const server = useTestServer(() => ({ dialect: 'sqlite' }));
  // Staff sign-in allows ten a minute per address, so each test starts a couple of minutes after the one before.
  let tests = 0;
  beforeEach(() => server().clock.set(DEFAULT_TEST_INSTANT + 2 * MINUTE_MS * tests++));
  const signedIn = useStaffPhones(server);

  it("shows today's slot counters, an honest rate on the stats page, and where to download exports", async () => {
    const clerk = await createStaff(server(), 'BRANCH_STAFF', { branchCode: 'huaan' });
    const exhibition = await createBookableExhibition(server(), clerk, {
      plans: [{ startTime: '14:00', endTime: '16:00', capacity: 20 }],
    });
    const slot = await exhibition.slotAt(TEST_TODAY);
    await bookOk(server(), await signInCitizen(server()), slot.id, { visitors: 2 });
    // A walk-in comes within the slot's entry window, as a ticket does.
    server().clock.set(at(TEST_TODAY, '14:05'));
    successData(await registerWalkIn(server(), clerk, slot.id, 1));

    const host = await signedIn(clerk);
    const home = host.page;
    const row = home.get({ className: 'staff-overview-slot', text: exhibition.title });
    expect(row.text).toContain('已约 3');
    expect(row.text).toContain('已到 1（现场 1）');
    expect(row.text).toContain('余 17');
    expect(home.all({ className: 'staff-counter' })).toHaveLength(4);

    // 统计: one walk-in and no booked visitor whose day is over: no rate, not 100%.
    await home.tap({ className: 'staff-tool--stats' });
    expect(host.page.route).toBe('admin/pages/stats/index');
    expect(host.page.get({ className: 'trends' }).text).toContain('现场登记');
    expect(host.page.get({ className: 'trends' }).text).not.toContain('100%');
    expect(host.page.textsOf({ className: 'staff-figures__value' })).toContain('—');
    const back = await host.navigateBack();
    expect(back.route).toBe('staff/pages/index/index');

    await back.tap({ className: 'staff-tool--exports' });
    const again = host;
    const page = host.page;
    expect(page.route).toBe('admin/pages/exports/index');
    expect(page.title).toBe('数据导出');
    // No file can be saved in the mini-program: the H5 address instead, and no masked download button.
    expect(page.get({ className: 'exports__address' }).text).toContain('/#/admin/pages/exports/index');
    expect(page.all({ className: 'exports-submit' })).toEqual([]);
    await page.tap({ className: 'zz-button', inside: { className: 'exports__elsewhere' } });
    expect(again.calls('setClipboardData')).toEqual([
      expect.objectContaining({ data: expect.stringContaining('/#/admin/pages/exports/index') }),
    ]);

    // Showing data in full: a reason first; an empty one is refused beside the field and nothing is sent.
    await page.change({ tag: 'switch', inside: { className: 'exports-unmasked' } }, true);
    await page.tap({ className: 'exports-submit' });
    expect(page.get({ className: 'exports-reason' }).text).toContain('请填写导出原因');
    expect(again.record.requests.map((r) => r.operation)).not.toContain('StaffRequestUnmaskedExport');
    await page.type({ tag: 'input', inside: { className: 'exports-reason' } }, '核对本月参观名单');
    await page.tap({ className: 'exports-submit' });
    expect(page.get({ className: 'exports__message' }).text).toContain('请在电脑浏览器打开工作人员网页版下载');
    const [request] = await call(server(), ExportRequestsDocument, {}, clerk.token);
    expect(request).toMatchObject({ kind: 'BOOKINGS', status: 'APPROVED', reason: '核对本月参观名单', mine: true });
    expect(page.get({ className: 'exports-request' }).text).toContain('请在工作人员网页版下载');
    expect(again.errors).toEqual([]);
    expect(again.record.missing).toEqual([]);
  });
});

// 今日概况 and 数据导出 in the H5 build, served by the real server, in Debian's Chromium at phone size: a member of
// an archive's staff sees today's slot with its booked / arrived / remaining counters, opens 数据导出 from the staff
// home and downloads the bookings CSV, whose first bytes are the UTF-8 BOM and whose names are masked.
// Screenshots go to tests/e2e/artifacts/staff-dashboard-*.png. Requires `npm run build:h5`.
import { mkdirSync, readFileSync } from 'node:fs';
import { maskName } from '@zz/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookOk, createBookableExhibition, registerWalkIn, successData, TEST_TODAY, visitor } from '../testkit/booking';
import {
  type BrowserSession,
  FAILURE_DIR,
  openH5App,
  phoneScreenshot,
  signInOnStaffPage,
  tapTargets,
  visibleIn,
} from '../testkit/browser';
import { createStaff, signInCitizen } from '../testkit/seed';
import type { TestServer } from '../testkit/server';

describe('今日概况 and 数据导出 in the browser (H5, sqlite)', () => {
  let session: BrowserSession;
  let server: TestServer;
  beforeAll(async () => {
    session = await openH5App({ syncPageClock: true });
    ({ server } = session);
    mkdirSync(FAILURE_DIR, { recursive: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  const shot = (p: Page, name: string, whole?: string) => phoneScreenshot(p, `staff-dashboard-${name}`, whole);

  it("shows today's counters and downloads a masked CSV that starts with the BOM", async () => {
    const clerk = await createStaff(server, 'BRANCH_STAFF', { branchCode: 'longhai' });
    const exhibition = await createBookableExhibition(server, clerk, {
      plans: [{ startTime: '10:15', endTime: '12:00', capacity: 20 }],
    });
    const slot = await exhibition.slotAt(TEST_TODAY, '10:15');
    const people = [visitor(), visitor()];
    await bookOk(server, await signInCitizen(server), slot.id, { visitors: people });
    successData(await registerWalkIn(server, clerk, slot.id, 1));

    let p: Page | undefined;
    try {
      const { page } = await session.newPhone();
      p = page;
      await page.goto(`${server.url}/#/staff/pages/index/index`, { waitUntil: 'domcontentloaded' });
      await signInOnStaffPage(page, clerk);
      const row = page
        .locator('[data-testid=staff-overview-slot]')
        .filter({ visible: true })
        .filter({ hasText: exhibition.title })
        .first();
      await row.waitFor({ timeout: 15_000 });
      const text = await row.textContent();
      expect(text).toContain('已约 3');
      expect(text).toContain('已到 1（现场 1）');
      expect(text).toContain('余 17');
      for (const counter of ['groups', 'lookups', 'overdue', 'messages']) {
        expect(await visibleIn(page, `[data-testid=staff-counter-${counter}]`).isVisible()).toBe(true);
      }
      const { small } = await tapTargets(page, '.staff-counter, .staff-overview-slot');
      expect(small).toEqual([]);
      await shot(page, '01-home', '[data-testid=staff-dashboard]');

      await visibleIn(page, '.staff-tool--exports').click();
      await visibleIn(page, '[data-testid=exports]').waitFor({ timeout: 15_000 });
      await shot(page, '02-exports', '[data-testid=exports]');
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 15_000 }),
        visibleIn(page, '.exports-submit').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^bookings_.*\.csv$/);
      const file = readFileSync(await download.path());
      expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const csv = file.subarray(3).toString('utf8');
      expect(csv.startsWith('预约号,')).toBe(true);
      for (const person of people) {
        expect(csv).toContain(maskName(person.name));
        expect(csv).not.toContain(person.documentNumber);
      }
      await visibleIn(page, '[data-testid=exports-message]').waitFor({ timeout: 5_000 });
      expect(await visibleIn(page, '[data-testid=exports-message]').textContent()).toContain('已下载');
    } catch (error) {
      throw p ? await session.explainFailure('staff-dashboard', error) : error;
    }
  });
});

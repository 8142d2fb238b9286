// 查档 administration in the H5 build, served by the real server, in Debian's Chromium at phone size: an archive's
// staff member (龙海区) opens 查档设置 from the staff home, is refused an out-of-range target beside its field, saves
// new record types and targets, and the server answers them; a checker of the same archive sees them read-only.
// The administrator marks a holiday on 工作日历 and workingCalendar answers it; an archive's staff member sees it
// and cannot change it. Every tap target on both pages measures at least 44 CSS px (88 design px) both ways.
// Screenshots at phone size go to tests/e2e/artifacts/lookup-admin-*.png.
// Requires `npm run build:h5` (npm test runs it before vitest).
import { mkdirSync } from 'node:fs';
import { ARCHIVE_BRANCHES, LOOKUP_RECORD_TYPE_LABELS, LOOKUP_RECORD_TYPES, type LookupRecordType } from '@zz/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_PAGES } from '../../client/src/features/staff/routes';
import {
  type BrowserSession,
  FAILURE_DIR,
  openH5App,
  phoneScreenshot,
  signInOnStaffPage,
  tapTargets,
  visibleIn,
} from '../testkit/browser';
import { LookupArchivesDocument, WorkingCalendarDocument } from '../testkit/generated/graphql';
import { call, successData } from '../testkit/graphql';
import { createStaff, type StaffSignedIn } from '../testkit/seed';
import type { TestServer } from '../testkit/server';

/** Everything tappable on the two pages. */
const TAP_TARGETS = [
  '.zz-button',
  '.staff-chip',
  '.zz-input',
  '.zz-cell--link',
  '.staff-stepbar__step',
  '.staff-stepbar__back',
  '.working-calendar__day--editable',
]
  .map((selector) => `.lookup-admin ${selector}`)
  .join(', ');

describe('查档 administration in the browser (H5, sqlite)', () => {
  let session: BrowserSession;
  let server: TestServer;
  beforeAll(async () => {
    // The page's clock is the server's: the calendar opens on the month of TEST_TODAY (2026-11-24).
    session = await openH5App({ syncPageClock: true });
    ({ server } = session);
    mkdirSync(FAILURE_DIR, { recursive: true });
  });
  afterAll(async () => session?.close());

  const shot = (p: Page, name: string, whole?: string) => phoneScreenshot(p, `lookup-admin-${name}`, whole);

  /** A phone of its own signed in as `staff` on the staff home, then on the tool behind `tile`. */
  async function staffPhone(staff: StaffSignedIn, tile?: string): Promise<Page> {
    const { page } = await session.newPhone();
    await page.goto(`${server.url}/#/${STAFF_PAGES.home}`, { waitUntil: 'domcontentloaded' });
    await signInOnStaffPage(page, staff);
    await visibleIn(page, '[data-testid=staff-dashboard]').waitFor({ timeout: 15_000 });
    if (tile) await visibleIn(page, `.staff-tool--${tile}`).click();
    return page;
  }

  /** At least `count` tap targets on screen, none of them too small. */
  async function expectTapTargets(p: Page, count: number) {
    const { measured, small } = await tapTargets(p, TAP_TARGETS);
    expect(small).toEqual([]);
    expect(measured).toBeGreaterThanOrEqual(count);
  }

  async function settingsOf(code: string) {
    const archive = (await call(server, LookupArchivesDocument, {})).find((a) => a.branch.code === code);
    if (!archive) throw new Error(`no archive ${code}`);
    return { enabledRecordTypes: archive.enabledRecordTypes, targets: archive.targets, lead: archive.visitLeadDays };
  }

  it("lets an archive's staff member change the record types and targets, refusing a bad value beside its field; a checker reads them", async () => {
    const clerk = await createStaff(server, 'BRANCH_STAFF', { branchCode: 'longhai' });
    const checker = await createStaff(server, 'CHECKER', { branchCode: 'longhai' });
    let p: Page | undefined;
    try {
      p = await staffPhone(clerk);
      const page = p;
      // The staff home offers both new tools beside 查档受理.
      await shot(page, '01-home', '[data-testid=staff-dashboard]');
      await visibleIn(page, '.staff-tool--lookup-settings').click();
      const form = visibleIn(page, '[data-testid=lookup-settings-form]');
      await form.waitFor({ timeout: 15_000 });
      expect(await visibleIn(page, '[data-testid=lookup-settings-branch]').textContent()).toBe(
        ARCHIVE_BRANCHES.find((b) => b.code === 'longhai')?.name,
      );
      const chip = (type: LookupRecordType) =>
        form.locator('.staff-chip', { hasText: LOOKUP_RECORD_TYPE_LABELS[type] });
      expect(await form.locator('.staff-chip--on').allTextContents()).toEqual(
        LOOKUP_RECORD_TYPES.map((t) => LOOKUP_RECORD_TYPE_LABELS[t]),
      );
      await expectTapTargets(page, LOOKUP_RECORD_TYPES.length + 5);
      await shot(page, '02-settings', '[data-testid=lookup-settings]');

      await chip('MARRIAGE').click();
      await chip('NOTARY').click();
      await visibleIn(page, '.lookup-settings__acceptDays input').fill('0');
      await visibleIn(page, '.lookup-settings__save').click();
      expect(await visibleIn(page, '.lookup-settings__acceptDays .zz-field__error').textContent()).toBe(
        '应为1–30个工作日',
      );
      expect(await visibleIn(page, '[data-testid=lookup-settings-failure]').textContent()).toBe(
        '请按提示修改标红的项目',
      );
      await visibleIn(page, '.lookup-settings__acceptDays').scrollIntoViewIfNeeded();
      await shot(page, '03-settings-refused');

      await visibleIn(page, '.lookup-settings__acceptDays input').fill('2');
      await visibleIn(page, '.lookup-settings__answerDays input').fill('5');
      await visibleIn(page, '.lookup-settings__visitLeadDays input').fill('3');
      await visibleIn(page, '.lookup-settings__save').click();
      await page.getByText('查档设置已保存').waitFor({ timeout: 15_000 });
      await expect
        .poll(() => settingsOf('longhai'))
        .toEqual({
          enabledRecordTypes: LOOKUP_RECORD_TYPES.filter((t) => t !== 'MARRIAGE' && t !== 'NOTARY'),
          targets: { acceptDays: 2, answerDays: 5, notifyDays: 2 },
          lead: 3,
        });
      expect(await form.locator('.zz-field__error').count()).toBe(0);
      await shot(page, '04-settings-saved');

      // A checker of the same archive: what was saved, read-only, and no save action.
      const reader = await session.newPhone();
      p = reader.page;
      await reader.page.goto(`${server.url}/#/${STAFF_PAGES.lookupSettings}`, { waitUntil: 'domcontentloaded' });
      await signInOnStaffPage(reader.page, checker);
      const readOnly = visibleIn(reader.page, '[data-testid=lookup-settings-readonly]');
      await readOnly.waitFor({ timeout: 15_000 });
      expect(await readOnly.textContent()).toContain('查档设置由本馆馆员或管理员修改。');
      expect(await readOnly.locator('.zz-tag').allTextContents()).not.toContain(LOOKUP_RECORD_TYPE_LABELS.MARRIAGE);
      expect(await readOnly.textContent()).toContain('受理时限');
      expect(await reader.page.locator('.lookup-settings__save').count()).toBe(0);
      await shot(reader.page, '05-settings-readonly', '[data-testid=lookup-settings]');
      expect(session.problems.filter((problem) => problem.startsWith('pageerror'))).toEqual([]);
    } catch (error) {
      if (p) await shot(p, 'settings-failure').catch(() => undefined);
      throw await session.explainFailure('lookup-admin-settings', error);
    }
  }, 90_000);

  it("lets the administrator mark a holiday on the working calendar; workingCalendar answers it; an archive's staff member only reads it", async () => {
    const admin = await createStaff(server, 'ADMIN');
    const clerk = await createStaff(server, 'BRANCH_STAFF', { branchCode: 'zhangpu' });
    const day = (p: Page, date: string) => visibleIn(p, `[data-testid=working-calendar-day][data-date="${date}"]`);
    let p: Page | undefined;
    try {
      p = await staffPhone(admin, 'working-calendar');
      const page = p;
      const calendar = visibleIn(page, '[data-testid=working-calendar]');
      await calendar.waitFor({ timeout: 15_000 });
      expect(await visibleIn(page, '[data-testid=working-calendar-month]').textContent()).toBe('2026年11月');
      await visibleIn(page, '.working-calendar__next').click();
      await visibleIn(page, '[data-testid=working-calendar][data-month="2026-12"]').waitFor();
      expect(await day(page, '2026-12-26').getAttribute('data-type')).toBe('WEEKEND');
      // 31 days, the two month steps, 回到本月.
      await expectTapTargets(page, 34);

      await day(page, '2026-12-31').click();
      const dialog = visibleIn(page, '[data-testid=calendar-day-dialog]');
      await dialog.waitFor();
      expect(await dialog.locator('.staff-dialog__title').textContent()).toBe('12月31日 周四');
      await dialog.locator('.calendar-day__note input').fill('元旦调休');
      // Behind the dialog's two kinds, its note and its two buttons, the month is still on screen.
      await expectTapTargets(page, 34 + 5);
      await shot(page, '06-calendar-dialog');
      await dialog.locator('.staff-dialog__confirm').click();
      await visibleIn(page, '[data-testid=working-calendar-day][data-date="2026-12-31"][data-type=HOLIDAY]').waitFor({
        timeout: 15_000,
      });
      expect(await day(page, '2026-12-31').textContent()).toBe('31休');
      expect(await day(page, '2026-12-31').getAttribute('data-working')).toBe('false');
      expect(await visibleIn(page, '.working-calendar__entry').textContent()).toContain('元旦调休');
      expect(
        successData(await call(server, WorkingCalendarDocument, { from: '2026-12-01', to: '2026-12-31' })),
      ).toEqual([{ date: '2026-12-31', kind: 'HOLIDAY', note: '元旦调休' }]);
      await shot(page, '07-calendar', '[data-testid=working-calendar]');

      // An archive's staff member: the holiday is there, and tapping the day opens nothing.
      p = await staffPhone(clerk, 'working-calendar');
      const reader = p;
      await visibleIn(reader, '[data-testid=working-calendar]').waitFor({ timeout: 15_000 });
      expect(await visibleIn(reader, '.staff-hint').textContent()).toContain('工作日历由管理员维护');
      await visibleIn(reader, '.working-calendar__next').click();
      await day(reader, '2026-12-31').waitFor();
      expect(await day(reader, '2026-12-31').getAttribute('data-type')).toBe('HOLIDAY');
      await day(reader, '2026-12-31').click();
      await reader.waitForTimeout(300);
      expect(await reader.locator('[data-testid=calendar-day-dialog]').count()).toBe(0);
      expect(await reader.locator('.working-calendar__day--editable').count()).toBe(0);
      await shot(reader, '08-calendar-readonly', '[data-testid=working-calendar]');
      expect(session.problems.filter((problem) => problem.startsWith('pageerror'))).toEqual([]);
    } catch (error) {
      if (p) await shot(p, 'calendar-failure').catch(() => undefined);
      throw await session.explainFailure('lookup-admin-calendar', error);
    }
  }, 90_000);
});

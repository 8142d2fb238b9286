// 查档 administration in the weapp production build, run in the fake WeChat host (tests/testkit/weapp-host/)
// against a real server: an archive's staff member changes the record types it holds and its working-day targets
// by taps (a value out of range is refused beside its field) and the server answers the new settings; the city
// administrator, from the 查档受理 queue's header, picks another archive; the administrator marks a holiday and a make-up working day on the working
// calendar, clears one, and workingCalendar answers exactly that; a checker and an archive's staff member read
// what they may not change, with nothing to tap that would change it. Needs `npm run build:weapp:local`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ARCHIVE_BRANCHES, LOOKUP_RECORD_TYPE_LABELS, LOOKUP_RECORD_TYPES } from '@zz/shared';
import { beforeEach, describe, expect, it } from 'vitest';
import { STAFF_PAGES } from '../../client/src/features/staff/routes';
import { MINUTE_MS, TEST_TODAY } from '../testkit/booking';
import {
  LookupArchivesDocument,
  SetWorkingCalendarDayDocument,
  WorkingCalendarDocument,
} from '../testkit/generated/graphql';
import { call, successData } from '../testkit/graphql';
import { createStaff } from '../testkit/seed';
import { DEFAULT_TEST_INSTANT } from '../testkit/server';
import { useTestServer } from '../testkit/suite';
import { WEAPP_DIR } from '../testkit/weapp-build';
import type { WeappPage } from '../testkit/weapp-host/host';
import { useStaffPhones } from '../testkit/weapp-staff';

const built = existsSync(join(WEAPP_DIR, 'app.json'));
const SUITE = built
  ? '查档 administration in the weapp build'
  : '查档 administration in the weapp build — SKIPPED: client/dist/weapp/app.json is missing; run `npm run build:weapp:local`';

const archiveName = (code: string) => ARCHIVE_BRANCHES.find((b) => b.code === code)?.name ?? code;

describe.skipIf(!built)(SUITE, () => {
  const server = useTestServer({ dialect: 'sqlite' });
  // Each test signs in two or three times; staff sign-in allows ten a minute per address, so each test starts a
  // couple of minutes after the one before (still the morning of TEST_TODAY).
  let tests = 0;
  beforeEach(() => server().clock.set(DEFAULT_TEST_INSTANT + 2 * MINUTE_MS * tests++));

  /** A phone on the staff home page, signed in as `staff`. */
  const signedIn = useStaffPhones(server);

  async function settingsOf(code: string) {
    const archives = await call(server(), LookupArchivesDocument, {});
    const archive = archives.find((a) => a.branch.code === code);
    if (!archive) throw new Error(`no archive ${code}`);
    return { enabledRecordTypes: archive.enabledRecordTypes, targets: archive.targets, lead: archive.visitLeadDays };
  }

  const typeChip = (page: WeappPage, type: (typeof LOOKUP_RECORD_TYPES)[number]) =>
    page.get({
      className: 'staff-chip',
      text: LOOKUP_RECORD_TYPE_LABELS[type],
      inside: { className: 'lookup-settings__types' },
    });
  const numberInput = (key: string) => ({ tag: 'input', inside: { className: `lookup-settings__${key}` } });
  const fieldError = (page: WeappPage, key: string) =>
    page.all({ className: 'zz-field__error', inside: { className: `lookup-settings__${key}` } }).map((n) => n.text);

  /** The grid cell of a date in the month on screen. */
  const dayCell = (page: WeappPage, date: string) =>
    page.get({ className: 'working-calendar__day', text: new RegExp(`^${Number(date.slice(8))}[休班]?$`) });

  async function calendarOf(from: string, to: string) {
    return successData(await call(server(), WorkingCalendarDocument, { from, to }));
  }

  describe('查档设置', () => {
    it("lets an archive's staff member switch record types and change the targets by taps; the server answers the new settings", async () => {
      const clerk = await createStaff(server(), 'BRANCH_STAFF', { branchCode: 'longhai' });
      const before = await settingsOf('longhai');
      expect(before.enabledRecordTypes).toEqual([...LOOKUP_RECORD_TYPES]);

      const host = await signedIn(clerk);
      await host.page.tap({ className: 'staff-tool--lookup-settings' });
      const page = host.page;
      expect(page.route).toBe(STAFF_PAGES.lookupSettings);
      expect(page.title).toBe('查档设置');
      expect(page.get({ className: 'lookup-settings__branch' }).text).toBe(archiveName('longhai'));
      // Every type of the shared vocabulary, with its label; all held until the archive says otherwise.
      expect(
        page.all({ className: 'staff-chip', inside: { className: 'lookup-settings__types' } }).map((c) => c.text),
      ).toEqual(LOOKUP_RECORD_TYPES.map((t) => LOOKUP_RECORD_TYPE_LABELS[t]));
      expect(typeChip(page, 'MARRIAGE').classes).toContain('staff-chip--on');

      await page.tap(typeChip(page, 'MARRIAGE'));
      await page.tap(typeChip(page, 'NOTARY'));
      expect(typeChip(page, 'MARRIAGE').classes).not.toContain('staff-chip--on');

      // Out of range: refused beside the field before anything is sent.
      await page.type(numberInput('acceptDays'), '0');
      await page.type(numberInput('visitLeadDays'), '15');
      await page.tap({ className: 'lookup-settings__save' });
      expect(fieldError(page, 'acceptDays')).toEqual(['应为1–30个工作日']);
      expect(fieldError(page, 'visitLeadDays')).toEqual(['应为0–14个工作日']);
      expect(page.get({ className: 'staff-form__error' }).text).toBe('请按提示修改标红的项目');
      expect(host.record.requests.map((r) => r.operation)).not.toContain('StaffSetLookupSettings');

      await page.type(numberInput('acceptDays'), '2');
      await page.type(numberInput('answerDays'), '6');
      await page.type(numberInput('notifyDays'), '3');
      await page.type(numberInput('visitLeadDays'), '2');
      await page.tap({ className: 'lookup-settings__save' });
      expect(host.calls('showToast').map((c) => c.title)).toContain('查档设置已保存');
      expect(page.all({ className: 'zz-field__error' })).toEqual([]);

      expect(await settingsOf('longhai')).toEqual({
        enabledRecordTypes: LOOKUP_RECORD_TYPES.filter((t) => t !== 'MARRIAGE' && t !== 'NOTARY'),
        targets: { acceptDays: 2, answerDays: 6, notifyDays: 3 },
        lead: 2,
      });
      // Another archive is untouched.
      expect(await settingsOf('city')).toEqual(before);

      // Opened again, the page shows what was saved.
      const again = await host.reLaunch(`/${STAFF_PAGES.lookupSettings}`);
      expect(typeChip(again, 'MARRIAGE').classes).not.toContain('staff-chip--on');
      expect(typeChip(again, 'EMPLOYMENT').classes).toContain('staff-chip--on');
      expect(again.get(numberInput('answerDays')).attributes.value).toBe('6');
      expect(host.errors).toEqual([]);
      expect(host.record.missing).toEqual([]);
    });

    it('lets the city administrator pick another archive and change its settings only', async () => {
      const admin = await createStaff(server(), 'ADMIN');
      const before = await settingsOf('zhangpu');
      const cityBefore = await settingsOf('city');
      const host = await signedIn(admin);
      // Reached from the 查档受理 queue's header this time.
      await host.page.tap({ className: 'staff-tool--lookups' });
      await host.page.tap({ className: 'staff-lookup-queue__link--settings' });
      const page = host.page;
      expect(page.route).toBe(STAFF_PAGES.lookupSettings);
      expect(host.stack.map((p) => p.route)).toEqual([
        STAFF_PAGES.home,
        STAFF_PAGES.lookupQueue,
        STAFF_PAGES.lookupSettings,
      ]);
      const archives = await call(server(), LookupArchivesDocument, {});
      await page.change(
        { tag: 'picker', inside: { className: 'lookup-settings__archive' } },
        archives.findIndex((a) => a.branch.code === 'zhangpu'),
      );
      expect(page.get({ className: 'zz-picker__value', inside: { className: 'lookup-settings__archive' } }).text).toBe(
        archiveName('zhangpu'),
      );
      await page.tap(typeChip(page, 'PROPERTY'));
      await page.type(numberInput('answerDays'), '10');
      await page.tap({ className: 'lookup-settings__save' });
      expect(host.calls('showToast').map((c) => c.title)).toContain('查档设置已保存');

      expect(await settingsOf('zhangpu')).toEqual({
        enabledRecordTypes: before.enabledRecordTypes.filter((t) => t !== 'PROPERTY'),
        targets: { ...before.targets, answerDays: 10 },
        lead: before.lead,
      });
      expect(await settingsOf('city')).toEqual(cityBefore);
      expect(host.errors).toEqual([]);
    });

    it('shows a checker the settings read-only, with no save action and who may change them', async () => {
      const checker = await createStaff(server(), 'CHECKER', { branchCode: 'longhai' });
      const host = await signedIn(checker);
      // The manager's tools are not offered on the checker's home page.
      expect(host.page.all({ className: 'staff-tool--lookup-settings' })).toEqual([]);
      expect(host.page.all({ className: 'staff-tool--working-calendar' })).toEqual([]);

      const page = await host.reLaunch(`/${STAFF_PAGES.lookupSettings}`);
      expect(page.all({ className: 'lookup-settings__save' })).toEqual([]);
      expect(page.all({ tag: 'input' })).toEqual([]);
      expect(page.text()).toContain('仅供查看');
      expect(page.text()).toContain('查档设置由本馆馆员或管理员修改。');
      const held = (await settingsOf('longhai')).enabledRecordTypes;
      expect(page.textsOf({ className: 'zz-tag', inside: { className: 'lookup-settings__tags' } })).toEqual(
        held.map((t) => LOOKUP_RECORD_TYPE_LABELS[t]),
      );
      expect(page.text()).toContain('受理时限');
      expect(host.errors).toEqual([]);
    });
  });

  describe('工作日历', () => {
    // TEST_TODAY is Tuesday 2026-11-24: the page opens on November; these days are in December.
    const NEW_YEARS_EVE = '2026-12-31'; // a Thursday
    const SATURDAY = '2026-12-26';

    it('lets the administrator mark a holiday and a make-up working day by taps, and clear one; workingCalendar answers it', async () => {
      const admin = await createStaff(server(), 'ADMIN');
      const host = await signedIn(admin);
      await host.page.tap({ className: 'staff-tool--working-calendar' });
      const page = host.page;
      expect(page.route).toBe(STAFF_PAGES.workingCalendar);
      expect(page.get({ className: 'working-calendar__month' }).text).toBe('2026年11月');
      // Today is framed; Monday first: November 2026 starts on a Sunday, after six blank cells.
      expect(dayCell(page, TEST_TODAY).classes).toContain('working-calendar__day--today');
      expect(page.all({ className: 'working-calendar__blank' })).toHaveLength(6);
      expect(page.all({ className: 'working-calendar__day' })).toHaveLength(30);
      expect(dayCell(page, '2026-11-28').classes).toContain('working-calendar__day--weekend');

      await page.tap({ className: 'working-calendar__next' });
      expect(page.get({ className: 'working-calendar__month' }).text).toBe('2026年12月');
      expect(page.text()).toContain('本月没有节假日或调休安排');

      // A weekday is offered as a holiday; a note that is too long is refused beside its field.
      await page.tap(dayCell(page, NEW_YEARS_EVE));
      expect(page.get({ className: 'staff-dialog__title' }).text).toBe('12月31日 周四');
      expect(page.get({ className: 'staff-chip--on', inside: { className: 'calendar-day__kind' } }).text).toContain(
        '法定节假日',
      );
      await page.type({ tag: 'input', inside: { className: 'calendar-day__note' } }, '元'.repeat(31));
      await page.tap({ className: 'staff-dialog__confirm' });
      expect(page.get({ className: 'zz-field__error', inside: { className: 'calendar-day__note' } }).text).toBe(
        '说明不能超过30字',
      );
      await page.type({ tag: 'input', inside: { className: 'calendar-day__note' } }, '元旦调休');
      await page.tap({ className: 'staff-dialog__confirm' });
      expect(host.calls('showToast').map((c) => c.title)).toContain('已设为法定节假日');
      expect(page.all({ className: 'staff-dialog' })).toEqual([]);
      expect(dayCell(page, NEW_YEARS_EVE).text).toBe('31休');
      expect(dayCell(page, NEW_YEARS_EVE).classes).toContain('working-calendar__day--holiday');

      // A Saturday is offered as a make-up working day.
      await page.tap(dayCell(page, SATURDAY));
      expect(page.get({ className: 'staff-chip--on', inside: { className: 'calendar-day__kind' } }).text).toContain(
        '调休上班',
      );
      await page.tap({ className: 'staff-dialog__confirm' });
      expect(dayCell(page, SATURDAY).text).toBe('26班');
      expect(page.textsOf({ className: 'working-calendar__entry' })).toEqual([
        expect.stringContaining('12月26日 周六'),
        expect.stringContaining('12月31日 周四'),
      ]);
      expect(await calendarOf('2026-12-01', '2026-12-31')).toEqual([
        { date: SATURDAY, kind: 'WORKDAY', note: null },
        { date: NEW_YEARS_EVE, kind: 'HOLIDAY', note: '元旦调休' },
      ]);

      // Cleared from its entry in the list below the grid: the Saturday is a weekend day again.
      await page.tap({ className: 'working-calendar__entry', text: '12月26日' });
      expect(page.get({ className: 'calendar-day__now' }).text).toBe('现为调休上班');
      await page.tap({ className: 'calendar-day__clear' });
      expect(host.calls('showToast').map((c) => c.title)).toContain('已恢复常规安排');
      expect(dayCell(page, SATURDAY).classes).toContain('working-calendar__day--weekend');
      expect(await calendarOf('2026-12-01', '2026-12-31')).toEqual([
        { date: NEW_YEARS_EVE, kind: 'HOLIDAY', note: '元旦调休' },
      ]);
      expect(host.errors).toEqual([]);
      expect(host.record.missing).toEqual([]);
    });

    it("shows an archive's staff member the calendar read-only: the marks, and no day to tap", async () => {
      const admin = await createStaff(server(), 'ADMIN');
      const marked = { date: '2026-11-27', kind: 'HOLIDAY', note: '闭馆日' } as const;
      successData(await call(server(), SetWorkingCalendarDayDocument, marked, admin.token));
      const clerk = await createStaff(server(), 'BRANCH_STAFF', { branchCode: 'zhangpu' });
      const host = await signedIn(clerk);
      await host.page.tap({ className: 'staff-tool--working-calendar' });
      const page = host.page;
      expect(page.text()).toContain('工作日历由管理员维护');
      expect(dayCell(page, '2026-11-27').text).toBe('27休');
      expect(page.get({ className: 'working-calendar__entry' }).text).toContain('闭馆日');
      expect(page.all({ className: 'working-calendar__day--editable' })).toEqual([]);
      await expect(page.tap(dayCell(page, '2026-11-26'))).rejects.toThrow(/nothing handles "tap"/);
      await expect(page.tap({ className: 'working-calendar__entry' })).rejects.toThrow(/nothing handles "tap"/);
      expect(page.all({ className: 'staff-dialog' })).toEqual([]);
      expect(host.errors).toEqual([]);
    });
  });
});

// 扫码核验 and 今日名单 in the weapp production build, run in the fake WeChat host against a real server: the
// checker scans a ticket with WeChat's scanner (wx.scanCode) and sees the visitor's full name and document tail,
// with a short vibration; the same ticket again is refused with a long one. On the roster, one visitor of a party
// of two is checked in by a tap (a party arriving split). A ticket shown too early offers 特殊放行 to a manager,
// who gives a reason and sees the normal admission; a checker is not offered it. jsQR, the H5 camera decoder, is
// not in the build.
// Needs `npm run build:weapp:local`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { StaffRole } from '@zz/shared/identity/staff-roles';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { at, bookOk, createBookableExhibition, TEST_TODAY, visitor } from '../testkit/booking';
import { createStaff, signInCitizen } from '../testkit/seed';
import { DEFAULT_TEST_INSTANT } from '../testkit/server';
import { useTestServer } from '../testkit/suite';
import { WEAPP_DIR } from '../testkit/weapp-build';
import { launchWeapp, type WeappHost } from '../testkit/weapp-host/host';

const built = existsSync(join(WEAPP_DIR, 'app.json'));
const SUITE = built
  ? 'the door in the weapp build'
  : 'the door in the weapp build — SKIPPED: client/dist/weapp/app.json is missing; run `npm run build:weapp:local`';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe.skipIf(!built)(SUITE, () => {
  const server = useTestServer(() => ({ dialect: 'sqlite' }));
  const hosts: WeappHost[] = [];
  // Each test books before the slot and then goes to the door: the day starts over.
  beforeEach(() => server().clock.set(DEFAULT_TEST_INSTANT));
  afterAll(() => {
    for (const host of hosts) host.close();
  });

  async function signedIn(entry: string, scanCode?: () => string | null, role: StaffRole = 'CHECKER') {
    const checker = await createStaff(server(), role);
    const host = await launchWeapp({ serverUrl: server().url, now: () => server().clock.now(), entry, scanCode });
    hosts.push(host);
    await host.page.type({ className: 'staff-sign-in__username' }, checker.username);
    await host.page.type({ className: 'staff-sign-in__password' }, checker.password);
    await host.page.tap({ className: 'staff-sign-in__submit' });
    return host;
  }

  async function todaysSlot() {
    const admin = await createStaff(server(), 'ADMIN');
    const exhibition = await createBookableExhibition(server(), admin, {
      plans: [{ startTime: '14:00', endTime: '16:00', capacity: 20 }],
    });
    return exhibition.slotAt(TEST_TODAY);
  }

  it('scans a ticket with WeChat’s scanner, names the visitor in full, and vibrates short, then long for a refusal', async () => {
    const slot = await todaysSlot();
    const person = visitor({ name: '陈嘉庚' });
    const booking = await bookOk(server(), await signInCitizen(server()), slot.id, { visitors: [person] });
    server().clock.set(at(TEST_TODAY, '14:05'));
    const desk = await signedIn('/staff/pages/scan/index', () => booking.ticketToken ?? null);
    const page = desk.page;

    await page.tap({ className: 'checkin__scan' });
    expect(desk.calls('scanCode')).toHaveLength(1);
    const admitted = page.get({ className: 'checkin-outcome' });
    expect(admitted.classes).toContain('checkin-outcome--admitted');
    expect(page.get({ className: 'checkin-outcome__fullname' }).text).toBe('陈嘉庚');
    expect(admitted.text).toContain(`证件尾号 ${person.documentNumber.slice(-4)}`);
    expect(desk.calls('vibrateShort')).toHaveLength(1);
    expect(desk.calls('vibrateLong')).toHaveLength(0);

    await page.tap({ className: 'checkin__scan' });
    const refused = page.get({ className: 'checkin-outcome' });
    expect(refused.classes).toContain('checkin-outcome--refused');
    expect(refused.text).toContain('已于 14:05 入馆');
    expect(desk.calls('vibrateLong')).toHaveLength(1);
    expect(desk.errors).toEqual([]);
    expect(desk.record.missing).toEqual([]);
  });

  it('says who and when a ticket shown too early may enter', async () => {
    const slot = await todaysSlot();
    const booking = await bookOk(server(), await signInCitizen(server()), slot.id, {
      visitors: [visitor({ name: '林巧稚' }), visitor({ name: '林语堂' })],
    });
    server().clock.set(at(TEST_TODAY, '13:00'));
    const desk = await signedIn('/staff/pages/scan/index', () => booking.ticketToken ?? null);
    await desk.page.tap({ className: 'checkin__scan' });
    const refused = desk.page.get({ className: 'checkin-outcome' });
    expect(refused.classes).toContain('checkin-outcome--refused');
    expect(refused.text).toContain('14:00 场次 13:30 起可入场');
    expect(refused.text).toContain('林** 等 2 人');
    expect(desk.calls('vibrateLong')).toHaveLength(1);
  });

  it('checks in one visitor of two from the roster', async () => {
    const slot = await todaysSlot();
    await bookOk(server(), await signInCitizen(server()), slot.id, {
      visitors: [visitor({ name: '黄道周' }), visitor({ name: '黄仲昭' })],
    });
    server().clock.set(at(TEST_TODAY, '14:10'));
    const host = await signedIn(`/staff/pages/roster/index?slotId=${slot.id}`);
    const page = host.page;
    await expect.poll(() => page.all({ className: 'roster-visitor__admit' }).length).toBe(2);
    await page.tap(page.all({ className: 'roster-visitor__admit' })[0]);
    await expect.poll(() => page.get({ className: 'roster__notice' }).text).toContain('黄道周');
    await expect.poll(() => page.all({ className: 'roster-visitor__admit' }).length).toBe(1);
    expect(page.all({ className: 'roster-visitor__undo' })).toHaveLength(1);
    expect(host.calls('vibrateShort')).toHaveLength(1);
    expect(host.errors).toEqual([]);
  });

  it('leaves jsQR, the H5 camera decoder, out of the mini-program', () => {
    const scripts = filesUnder(WEAPP_DIR).filter((file) => file.endsWith('.js'));
    const withDecoder = scripts.filter((file) => readFileSync(file, 'utf8').includes('inversionAttempts'));
    expect(withDecoder).toEqual([]);
  });

  // Last in the file: its four staff sign-ins would otherwise take the roster test past the sign-in rate limit
  // (10 a minute from one address, counted on the test clock, which each test turns back).
  it('offers 特殊放行 of a ticket shown too early to a manager, who gives a reason and admits the party', async () => {
    const slot = await todaysSlot();
    const person = visitor({ name: '林巧稚' });
    const booking = await bookOk(server(), await signInCitizen(server()), slot.id, {
      visitors: [person, visitor({ name: '林语堂' })],
    });
    server().clock.set(at(TEST_TODAY, '13:00'));

    // A checker is refused and offered no override.
    const door = await signedIn('/staff/pages/scan/index', () => booking.ticketToken ?? null);
    await door.page.tap({ className: 'checkin__scan' });
    expect(door.page.get({ className: 'checkin-outcome' }).classes).toContain('checkin-outcome--refused');
    expect(door.page.all({ className: 'checkin-override__open' })).toEqual([]);

    const desk = await signedIn('/staff/pages/scan/index', () => booking.ticketToken ?? null, 'ADMIN');
    const page = desk.page;
    await page.tap({ className: 'checkin__scan' });
    expect(page.get({ className: 'checkin-outcome' }).text).toContain('14:00 场次 13:30 起可入场');
    await page.tap({ className: 'checkin-override__open' });
    // One character is too short a reason: the field says so and nothing is sent.
    await page.type({ tag: 'input', inside: { className: 'checkin-override__reason' } }, '晚');
    expect(page.get({ className: 'checkin-override' }).text).toContain('请填写特殊放行原因（2–100字）');
    await page.type({ tag: 'input', inside: { className: 'checkin-override__reason' } }, '老人行动不便，提前入场');
    await page.tap({ className: 'checkin-override__confirm' });

    const admitted = page.get({ className: 'checkin-outcome' });
    expect(admitted.classes).toContain('checkin-outcome--admitted');
    expect(page.get({ className: 'checkin-outcome__count' }).text).toBe('2 人');
    expect(page.all({ className: 'checkin-outcome__fullname' }).map((n) => n.text)).toEqual(['林巧稚', '林语堂']);
    expect(admitted.text).toContain(`证件尾号 ${person.documentNumber.slice(-4)}`);
    const rows = await server()
      .db.selectFrom('audit_log')
      .select(['reason', 'actor_account_id'])
      .where('action', '=', 'BOOKING_CHECK_IN_OVERRIDE')
      .where('target_id', '=', booking.id)
      .execute();
    expect(rows.map((r) => r.reason)).toEqual(['老人行动不便，提前入场', '老人行动不便，提前入场']);
    expect(desk.errors).toEqual([]);
    expect(door.errors).toEqual([]);
  });
});

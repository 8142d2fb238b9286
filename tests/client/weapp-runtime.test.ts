// The weapp production build, run in a fake WeChat host (tests/testkit/weapp-host.ts) against a real server
// with the demo content: every page of app.json loads; home, the exhibition list and an exhibition render the
// server's data; a citizen signs in with WeChat, books a visit by taps (the confirm tap asks for the booking's
// subscribe messages) and finds it in 我的预约 and its confirmation in 消息, read by a tap; a checker
// admits the visitor at the door; a citizen files a 本人 lookup request by taps and follows it, and staff find
// it in the queue and accept it; a proxy's photos go up with wx.chooseMedia and wx.uploadFile, and staff open one
// with a reason (wx.downloadFile, wx.previewImage). The last block shows, with tiny synthetic builds, that the host
// catches the defects it exists for: a main-package require of a subpackage file, and browser or Node globals.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { addDays } from '@zz/shared';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { STAFF_PAGES, STAFF_ROOTS } from '../../client/src/features/staff/routes';
import {
  at,
  call,
  createBookableExhibition,
  MINUTE_MS,
  phoneNumber,
  type SlotView,
  successData,
  TEST_TODAY,
  type VisitorInput,
  visitor,
} from '../testkit/booking';
import { type FakeWechat, startFakeWechat } from '../testkit/fake-wechat';
import {
  BookingDocument,
  LookupArchivesDocument,
  LookupRequestDocument,
  MySubscriptionsDocument,
  SlotRosterDocument,
  SubmitLookupRequestDocument,
  UnreadMessageCountDocument,
  WeappCurrentExhibitionsDocument,
  WeappHomeIdsDocument,
  WeappHomeTitlesDocument,
} from '../testkit/generated/graphql';
import { attachmentReadings, lookupInput, moveLookupOk, subjectPerson } from '../testkit/lookup';
import { notificationEnv, templateIdOf } from '../testkit/notifications';
import { createStaff, type StaffSignedIn } from '../testkit/seed';
import { DEFAULT_TEST_INSTANT } from '../testkit/server';
import { useTestServer } from '../testkit/suite';
import { getUpload } from '../testkit/uploads';
import { readAppJson, subpackageRoots, WEAPP_DIR } from '../testkit/weapp-build';
import { type LaunchOptions, launchWeapp, type WeappHost, WeappHostError } from '../testkit/weapp-host/host';

const built = existsSync(join(WEAPP_DIR, 'app.json'));
const SUITE = built
  ? 'the weapp build in a fake WeChat host'
  : 'the weapp build in a fake WeChat host — SKIPPED: client/dist/weapp/app.json is missing; run `npm run build:weapp:local`';

/** How the app shows a resident ID number: the region, eight stars for the birth date, the last four. */
const masked = (documentNumber: string) => `${documentNumber.slice(0, 6)}********${documentNumber.slice(-4)}`;
/** How the app writes a date in full: 2026年11月29日. */
const longDate = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

describe.skipIf(!built)(SUITE, () => {
  let wechat: FakeWechat;
  beforeAll(async () => {
    wechat = await startFakeWechat();
  });
  afterAll(async () => wechat?.close());
  const server = useTestServer(() => ({ dialect: 'sqlite', env: { SEED_DEMO: 'true', ...notificationEnv(wechat) } }));

  const hosts: WeappHost[] = [];
  afterAll(() => {
    for (const host of hosts) host.close();
  });
  /** A phone: the build launched against the test server, its clock on the server's ManualClock. */
  async function launch(options: LaunchOptions = {}): Promise<WeappHost> {
    const host = await launchWeapp({ serverUrl: server().url, now: () => server().clock.now(), ...options });
    hosts.push(host);
    return host;
  }

  describe('browsing', () => {
    beforeEach(() => server().clock.set(DEFAULT_TEST_INSTANT));

    it('loads every page of app.json, main package and subpackages, through onLoad, onShow and onReady, without browser-only globals', async () => {
      const host = await launch();
      const routes = host.allRoutes();
      const app = readAppJson();
      expect(routes).toEqual([
        ...app.pages,
        ...(app.subPackages ?? []).flatMap((p) => p.pages.map((page) => `${p.root.replace(/\/*$/, '')}/${page}`)),
      ]);
      expect(routes).toContain(STAFF_PAGES.scan);
      // Pages that show one record get a real one; the others open as a link without a query would.
      const home = await call(server(), WeappHomeIdsDocument, {});
      const queries: Record<string, string> = {
        'pages/exhibition/index': `?id=${home.featuredExhibitions[0].id}`,
        'online/pages/article/index': `?id=${home.latestArticles[0].id}`,
      };
      // Only the main package is loaded at start-up.
      expect(host.loadedPackages).toEqual([]);
      for (const route of routes) {
        const page = await host.reLaunch(`/${route}${queries[route] ?? ''}`);
        expect(page.route).toBe(route);
        expect(page.lifecycle, route).toEqual(['onLoad', 'onShow', 'onReady']);
        expect(page.texts().length, `${route} rendered no text`).toBeGreaterThan(0);
      }
      expect(host.loadedPackages).toEqual(subpackageRoots(app));
      // A ReferenceError anywhere (module, hook, timer, handler) would have failed reLaunch; caught ones show here.
      expect(host.errors).toEqual([]);
      expect(host.record.missing).toEqual([]);
      expect(host.console.filter((c) => c.level === 'error' || /is not defined/.test(c.text))).toEqual([]);
    });

    it('asks for the staff sign-in on every page of staff, studio and admin, and refuses a checker a studio tool and 统计', async () => {
      const host = await launch();
      for (const path of Object.values(STAFF_PAGES)) {
        const page = await host.reLaunch(`/${path}`);
        expect(page.route).toBe(path);
        expect(page.all({ className: 'staff-sign-in__submit' }), path).toHaveLength(1);
      }
      // Each staff subpackage was downloaded for its own pages.
      expect(host.loadedPackages).toEqual(STAFF_ROOTS.map((root) => `${root}/`));

      // A checker signs in on a studio page: the manager's tool is refused there, and 统计 in admin too.
      const checker = await createStaff(server(), 'CHECKER');
      const studio = await host.reLaunch(`/${STAFF_PAGES.content}`);
      await studio.type({ className: 'staff-sign-in__username' }, checker.username);
      await studio.type({ className: 'staff-sign-in__password' }, checker.password);
      await studio.tap({ className: 'staff-sign-in__submit' });
      expect(studio.all({ className: 'staff-sign-in' })).toEqual([]);
      expect(studio.all({ className: 'staff-gate' })).toHaveLength(1);
      expect(studio.text()).toContain('无权使用此功能');
      const stats = await host.reLaunch(`/${STAFF_PAGES.stats}`);
      expect(stats.all({ className: 'staff-sign-in' })).toEqual([]);
      expect(stats.all({ className: 'staff-gate' })).toHaveLength(1);
      expect(stats.text()).toContain('无权使用此功能');
      expect(stats.all({ className: 'stats' })).toEqual([]);
      // Nor is 统计 among the checker's tools on the staff home: the door is theirs.
      const home = await host.reLaunch(`/${STAFF_PAGES.home}`);
      await expect.poll(() => home.all({ className: 'staff-tool--scan' }).length).toBe(1);
      expect(home.all({ className: 'staff-tool--stats' })).toEqual([]);
      expect(host.errors).toEqual([]);
    });

    it('loads every staff page for an administrator signed in on the staff home page', async () => {
      const admin = await createStaff(server(), 'ADMIN');
      const exhibition = await createBookableExhibition(server(), admin);
      const slot = await exhibition.slotAt(TEST_TODAY);
      const host = await launch({ entry: `/${STAFF_PAGES.home}` });
      await host.page.type({ className: 'staff-sign-in__username' }, admin.username);
      await host.page.type({ className: 'staff-sign-in__password' }, admin.password);
      await host.page.tap({ className: 'staff-sign-in__submit' });

      const queries: Record<string, string> = {
        [STAFF_PAGES.roster]: `?slotId=${slot.id}`,
        [STAFF_PAGES.slots]: `?exhibitionId=${exhibition.id}`,
        [STAFF_PAGES.exhibitionEdit]: `?id=${exhibition.id}`,
      };
      // Pages about today's slots or about this exhibition must show it; the group review has no group to show.
      const showsExhibition = new Set(Object.keys(queries).concat([STAFF_PAGES.home, STAFF_PAGES.scan]));
      // Every page of the three staff subpackages (desk, studio, administration), each behind the staff gate.
      const staffRoutes = host.allRoutes().filter((r) => STAFF_ROOTS.some((root) => r.startsWith(`${root}/`)));
      expect(staffRoutes).toEqual(expect.arrayContaining(Object.values(STAFF_PAGES)));
      expect(staffRoutes).toHaveLength(Object.keys(STAFF_PAGES).length);
      for (const route of staffRoutes) {
        const page = await host.reLaunch(`/${route}${queries[route] ?? ''}`);
        expect(page.lifecycle, route).toEqual(['onLoad', 'onShow', 'onReady']);
        expect(page.all({ className: 'staff-sign-in' }), `${route} asks to sign in again`).toEqual([]);
        expect(page.all({ className: 'staff-gate' }), `${route} refuses an administrator`).toEqual([]);
        if (showsExhibition.has(route)) expect(page.text(), route).toContain(exhibition.title);
      }
      expect(host.errors).toEqual([]);
      expect(host.record.missing).toEqual([]);
    });

    it('renders the featured exhibitions and the latest articles from the server on the home page', async () => {
      const home = await call(server(), WeappHomeTitlesDocument, {});
      expect(home.featuredExhibitions.length).toBeGreaterThan(0);
      expect(home.latestArticles.length).toBeGreaterThan(0);

      const host = await launch();
      const page = host.page;
      expect(page.route).toBe('pages/index/index');
      expect(page.textsOf({ className: 'exhibition-card__title' })).toEqual(
        home.featuredExhibitions.map((e: { title: string }) => e.title),
      );
      // 最新资讯 (精选文章 above it lists the featured ones).
      expect(page.textsOf({ className: 'article-item__title', inside: { className: 'home__articles' } })).toEqual(
        home.latestArticles.map((a: { title: string }) => a.title),
      );
      expect(host.record.requests.map((r) => [r.operation, r.status])).toContainEqual(['Home', 200]);
    });

    it('lists the current exhibitions and opens one with its details', async () => {
      const exhibitions = await call(server(), WeappCurrentExhibitionsDocument, {});
      const listed = exhibitions.edges.map((e) => e.node);
      expect(listed.length).toBeGreaterThan(0);

      const host = await launch();
      let page = await host.switchTab('/pages/exhibitions/index');
      expect(page.textsOf({ className: 'exhibition-card__title' })).toEqual(listed.map((e) => e.title));

      const [shown] = listed;
      await page.tap({ className: 'exhibition-card', text: shown.title });
      page = host.page;
      expect(page.route).toBe('pages/exhibition/index');
      expect(page.query.id).toBe(shown.id);
      expect(page.title).toBe(shown.title);
      expect(page.textsOf({ className: 'exhibition-detail__title' })).toEqual([shown.title]);
      expect(page.textsOf({ className: 'exhibition-detail__summary' })).toEqual([shown.summary]);
      expect(shown.venue).toEqual(expect.any(String));
      expect(page.get({ className: 'exhibition-detail__venue' }).text).toContain(shown.venue as string);
      expect(page.get({ className: 'exhibition-detail__branch' }).text).toContain(shown.branch.name);
      expect(host.stack.map((p) => p.route)).toEqual(['pages/exhibitions/index', 'pages/exhibition/index']);
    });
  });

  describe('a booking, from the citizen to the door', () => {
    // The citizen's phone and booking are shared by the tests below, which continue where the first left off.
    let citizen: WeappHost;
    let booked:
      | {
          id: string;
          reference: string;
          title: string;
          slot: SlotView;
          visitDate: string;
          guest: VisitorInput;
          manager: StaffSignedIn;
        }
      | undefined;

    it('books a visit by taps: WeChat sign-in, an exhibition, a released day, a slot, a visitor, confirm, the ticket', async () => {
      const manager = await createStaff(server(), 'BRANCH_STAFF');
      const policy = { releaseDaysAhead: 3, releaseTime: '08:30' };
      const exhibition = await createBookableExhibition(server(), manager, { policy });
      // TEST_TODAY is a Tuesday: the visit is on Sunday 2026-11-29, and the Monday after it is a closing day.
      const visitDate = addDays(TEST_TODAY, 5);
      // The visit day's places were released a minute ago; later days are not released yet.
      server().clock.set(at(addDays(visitDate, -policy.releaseDaysAhead), policy.releaseTime) + MINUTE_MS);
      const slot = await exhibition.slotAt(visitDate, '14:00');
      const calendar = await exhibition.calendar(addDays(TEST_TODAY, 3), 14);
      expect(calendar.find((d) => d.date === visitDate)?.availability).toBe('AVAILABLE');
      const notYet = calendar.find((d) => d.availability === 'NOT_OPEN_YET');
      expect(notYet).toBeDefined();

      const openid = `o-${randomBytes(6).toString('hex')}`;
      const codes: string[] = [];
      citizen = await launch({
        login: () => {
          const { code } = wechat.sessionCode(openid);
          codes.push(code);
          return code;
        },
      });

      // 我的 → 微信一键登录: wx.login's code goes through the server to (fake) WeChat.
      let page = await citizen.switchTab('/pages/me/index');
      await page.tap({ className: 'sign-in__wechat' });
      expect(codes).toHaveLength(1);
      expect(wechat.requests.map((r) => r.js_code)).toContain(codes[0]);
      expect(page.all({ className: 'sign-in__wechat' })).toEqual([]);
      expect(page.all({ className: 'me__bookings' })).toHaveLength(1);

      // 展览 → the exhibition.
      page = await citizen.switchTab('/pages/exhibitions/index');
      await page.tap({ className: 'exhibition-card', text: exhibition.title });
      page = citizen.page;
      expect(page.route).toBe('pages/exhibition/index');
      expect(page.title).toBe(exhibition.title);

      // The calendar: the visit day has places, an unreleased day says so. Tapping the date bubbles to its cell.
      const dateOf = (date: string) => {
        const [, m, d] = date.split('-').map(Number);
        return page.get({ className: 'visit-day__date', text: new RegExp(`^${m}/${d}$`) });
      };
      expect(dateOf(visitDate).parent?.text).toContain('余量 20');
      expect(dateOf(notYet?.date ?? '').parent?.text).toContain('未放票');
      await page.tap(dateOf(visitDate));
      expect(page.get({ className: 'visit-slots__title' }).text).toContain(longDate(visitDate).replace(/^\d+年/, ''));
      const rows = page.all({ className: 'visit-slot' });
      expect(rows.map((r) => r.text)).toEqual(['14:00–16:00余 20预约']);
      await page.tap(rows[0]);

      // The booking form for that slot.
      page = citizen.page;
      expect(page.route).toBe('booking/pages/form/index');
      expect(page.query.slotId).toBe(slot.id);
      expect(page.text()).toContain(exhibition.title);
      const guest = visitor();
      // A new account accepts the 个人信息保护说明 first: the card stands where the document fields will be.
      expect(page.all({ className: 'visitor-fields__number' })).toEqual([]);
      await page.tap({ className: 'consent-card__accept' });
      // The field kit names the row; the input is inside it.
      await page.type({ tag: 'input', inside: { className: 'visitor-fields__name' } }, guest.name);
      await page.type({ tag: 'input', inside: { className: 'visitor-fields__number' } }, guest.documentNumber);
      await page.type({ tag: 'input', inside: { className: 'booking-form__phone' } }, phoneNumber());
      await page.tap({ className: 'booking-form__next' });

      // Confirm: what was typed, in full, for the citizen to check.
      const confirmation = page.get({ className: 'booking-confirm' }).text;
      expect(confirmation).toContain(guest.name);
      expect(confirmation).toContain(guest.documentNumber);
      await page.tap({ className: 'booking-confirm__submit' });

      // The ticket replaces the form.
      page = citizen.page;
      expect(page.route).toBe('booking/pages/ticket/index');
      expect(citizen.stack.map((p) => p.route)).toEqual([
        'pages/exhibitions/index',
        'pages/exhibition/index',
        'booking/pages/ticket/index',
      ]);
      const roster = await call(server(), SlotRosterDocument, { slotId: slot.id }, manager.token);
      expect(roster).toHaveLength(1);
      expect(roster[0]).toMatchObject({ id: page.query.id, status: 'CONFIRMED', partySize: 1, visitDate });
      const ticket = page.text();
      for (const expected of [
        '待参观',
        exhibition.title,
        `${longDate(visitDate)} 周日 14:00–16:00`,
        roster[0].reference,
        masked(guest.documentNumber),
      ]) {
        expect(ticket).toContain(expected);
      }
      expect(ticket).not.toContain(guest.documentNumber);
      expect(citizen.errors).toEqual([]);
      expect(citizen.record.missing).toEqual([]);

      booked = {
        id: roster[0].id,
        reference: roster[0].reference,
        title: exhibition.title,
        slot,
        visitDate,
        guest,
        manager,
      };
    });

    it('lists that booking in 我的预约, and opens its ticket from there', async () => {
      expect(booked, 'needs the booking made by taps in the test above').toBeDefined();
      if (!booked) return;
      let page = await citizen.switchTab('/pages/me/index');
      await page.tap({ className: 'me__bookings' });
      page = citizen.page;
      expect(page.route).toBe('booking/pages/mine/index');
      const items = page.all({ className: 'booking-item' });
      expect(items).toHaveLength(1);
      expect(items[0].text).toContain(booked.title);
      expect(items[0].text).toContain('待参观');
      expect(items[0].text).toContain(longDate(booked.visitDate).replace(/^\d+年/, ''));

      await page.tap(items[0]);
      page = citizen.page;
      expect(page.route).toBe('booking/pages/ticket/index');
      expect(page.query.id).toBe(booked.id);
      expect(page.text()).toContain(booked.reference);
      expect(citizen.stack.map((p) => p.route)).toEqual([
        'pages/me/index',
        'booking/pages/mine/index',
        'booking/pages/ticket/index',
      ]);
    });

    it('asked for the booking reminders inside the confirm tap, lists the confirmation in 消息 with the unread count, and a tap reads it', async () => {
      expect(booked, 'needs the booking made by taps in the first test of this block').toBeDefined();
      if (!booked) return;
      const token = citizen.storage('zz.session') as string;
      // The confirm tap asked WeChat first thing, synchronously, for the three templates the booking may send.
      const asked = citizen.record.calls.filter((c) => c.api === 'requestSubscribeMessage');
      expect(asked.map((c) => c.options)).toEqual([
        expect.objectContaining({
          inTap: true,
          tmplIds: (['BOOKING_RESULT', 'VISIT_REMINDER', 'WAITLIST_RESULT'] as const).map(templateIdOf),
        }),
      ]);
      // The fake user accepted all three; the client reported it, so the server holds one credit for each.
      const subscriptions = await call(server(), MySubscriptionsDocument, {}, token);
      const credits = Object.fromEntries(subscriptions.map((s) => [s.template, s.credits]));
      expect(credits).toMatchObject({ BOOKING_RESULT: 1, VISIT_REMINDER: 1, WAITLIST_RESULT: 1, LOOKUP_PROGRESS: 0 });

      // 我的: the 消息 entry counts the confirmation, and so does the tab's badge.
      const unread = await call(server(), UnreadMessageCountDocument, {}, token);
      // The confirmation is this new citizen's only message.
      expect(unread).toBe(1);
      let page = await citizen.switchTab('/pages/me/index');
      expect(page.get({ className: 'me__unread' }).text).toBe(String(unread));
      const badges = citizen.record.calls.filter((c) => c.api === 'setTabBarBadge' || c.api === 'removeTabBarBadge');
      expect(badges.at(-1)).toEqual({ api: 'setTabBarBadge', options: { index: 3, text: String(unread) } });

      // 消息 lists it unread; a tap opens the ticket and marks it read.
      await page.tap({ className: 'me__messages' });
      page = citizen.page;
      expect(page.route).toBe('messages/pages/index/index');
      const item = page.get({ className: 'message-item', text: /预约成功/ });
      expect(item.text).toContain(booked.title);
      expect(page.all({ className: 'message-item__dot' }).length).toBe(unread);
      // 消息提醒 below says which reminders are on, from the same credits.
      expect(page.get({ className: 'reminder', text: /预约结果通知/ }).text).toContain('剩余1次');
      expect(page.get({ className: 'reminder', text: /查档进度通知/ }).text).toContain('未开启');
      // A tap on a reminder that is off asks WeChat again, inside the tap, for that template alone; 查档进度 is held
      // long-term (政务民生), so the accept turns it on until the citizen turns it off.
      await page.tap(page.get({ className: 'reminder', text: /查档进度通知/ }));
      expect(citizen.record.calls.filter((c) => c.api === 'requestSubscribeMessage').at(-1)?.options).toEqual(
        expect.objectContaining({ inTap: true, tmplIds: [templateIdOf('LOOKUP_PROGRESS')] }),
      );
      await expect
        .poll(async () =>
          (await call(server(), MySubscriptionsDocument, {}, token)).find((s) => s.template === 'LOOKUP_PROGRESS'),
        )
        .toMatchObject({ longTerm: true, on: true });
      await expect.poll(() => page.get({ className: 'reminder', text: /查档进度通知/ }).text).toContain('长期开启');
      await page.tap(item);
      expect(citizen.page.route).toBe('booking/pages/ticket/index');
      expect(citizen.page.query.id).toBe(booked.id);
      expect(await call(server(), UnreadMessageCountDocument, {}, token)).toBe(unread - 1);

      // Back in 消息 the dot is gone; back on 我的 the badge follows.
      page = await citizen.navigateBack();
      expect(page.all({ className: 'message-item__dot' }).length).toBe(unread - 1);
      page = await citizen.switchTab('/pages/me/index');
      expect(page.all({ className: 'me__unread' })).toEqual([]);
      expect(citizen.record.calls.filter((c) => c.api.endsWith('TabBarBadge')).at(-1)?.api).toBe('removeTabBarBadge');
      expect(citizen.errors).toEqual([]);
      expect(citizen.record.missing).toEqual([]);
    });

    it("admits the visitor on the staff check-in page by document number, and refuses the ticket's QR afterwards", async () => {
      expect(booked, 'needs the booking made by taps in the first test of this block').toBeDefined();
      if (!booked) return;
      const checker = await createStaff(server(), 'CHECKER');
      // The citizen's session (kept under the client's storage key) reads the ticket's QR content.
      const session = citizen.storage('zz.session');
      expect(typeof session).toBe('string');
      const ticket = await call(server(), BookingDocument, { id: booked.id }, session as string);
      const ticketToken = ticket?.ticketToken ?? null;
      expect(ticketToken).toEqual(expect.any(String));
      // At the door a quarter of an hour before the 14:00 slot (the door opens 30 minutes before).
      server().clock.set(at(booked.visitDate, '13:45'));

      const desk = await launch({ entry: `/${STAFF_PAGES.scan}`, scanCode: () => ticketToken });
      const page = desk.page;
      expect(page.route).toBe(STAFF_PAGES.scan);
      expect(desk.loadedPackages).toEqual(['staff/']);
      await page.type({ className: 'staff-sign-in__username' }, checker.username);
      await page.type({ className: 'staff-sign-in__password' }, checker.password);
      await page.tap({ className: 'staff-sign-in__submit' });

      // The day's slots come from the server: the booked exhibition's 14:00 slot is offered.
      const slots = page.get({ className: 'checkin-document' }).text;
      expect(slots).toContain(booked.title);
      // The chips of one exhibition follow its title; other exhibitions may have a 14:00 slot too.
      const chip = () => {
        const group = page.get({ className: 'checkin-document__exhibition', text: booked?.title }).parent;
        return page.get({ className: 'staff-chip', text: '14:00–16:00' }, group ?? undefined);
      };
      await page.tap(chip());
      expect(chip().classes).toContain('staff-chip--on');
      await page.type({ tag: 'input', inside: { className: 'checkin-document__number' } }, booked.guest.documentNumber);
      await page.tap({ className: 'checkin-document__submit' });

      const admitted = page.get({ className: 'checkin-outcome' });
      expect(admitted.classes).toContain('checkin-outcome--admitted');
      expect(admitted.text).toContain('准予入馆');
      expect(admitted.text).toContain(booked.title);
      expect(admitted.text).toContain(booked.reference);
      const roster = await call(server(), SlotRosterDocument, { slotId: booked.slot.id }, booked.manager.token);
      expect(roster[0]).toMatchObject({ id: booked.id, status: 'CHECKED_IN', checkedInCount: 1 });

      // 扫码核验 reads the ticket's QR (wx.scanCode): the visitor is already in.
      await page.tap({ className: 'checkin__scan' });
      expect(desk.calls('scanCode')).toHaveLength(1);
      const refused = page.get({ className: 'checkin-outcome' });
      expect(refused.classes).toContain('checkin-outcome--refused');
      expect(refused.text).toContain('已于 13:45 入馆');
      expect(desk.errors).toEqual([]);
      expect(desk.record.missing).toEqual([]);
    });
  });

  describe('a lookup request, from the citizen to the staff queue', () => {
    // The citizen's phone and request are shared by the tests below, which continue where the first left off.
    let citizen: WeappHost;
    let filed: { id: string; receiptNumber: string; documentNumber: string } | undefined;
    /** The session of the proxy whose photos the upload test sent; the test after it files their request. */
    let proxy: { token: string } | undefined;
    beforeAll(() => server().clock.set(DEFAULT_TEST_INSTANT));

    it('files a 本人 request by taps: 查档 tab, 在线申请, type, relation, details, a check of the typed data in full, submit', async () => {
      const openid = `o-${randomBytes(6).toString('hex')}`;
      citizen = await launch({ login: () => wechat.sessionCode(openid).code });
      let page = await citizen.switchTab('/pages/me/index');
      await page.tap({ className: 'sign-in__wechat' });

      // 查档 → 在线申请: the lookup subpackage loads only now.
      page = await citizen.switchTab('/pages/lookup/index');
      expect(citizen.loadedPackages).toEqual([]);
      await page.tap({ className: 'lookup-apply__start' });
      page = citizen.page;
      expect(page.route).toBe('lookup/pages/apply/index');
      expect(citizen.loadedPackages).toEqual(['lookup/']);

      // 1 the record type; 2 whose record it is, with what it needs.
      await page.tap({ className: 'lookup-choice', text: '招工/调动/工龄' });
      await page.tap({ className: 'lookup-nav__next' });
      const self = page.get({ className: 'lookup-choice', text: /^[○●]本人/ });
      expect(self.text).toContain('只需本人身份证件');
      expect(page.get({ className: 'lookup-choice', text: /^[○●]受托/ }).text).toContain('需到馆');
      await page.tap(self);
      expect(page.get({ className: 'lookup-desk-notice' }).text).toContain('可在线办理');
      await page.tap({ className: 'lookup-nav__next' });

      // 3 the details. 下一步 with nothing typed names what is missing, beside each field.
      await page.tap({ className: 'lookup-nav__next' });
      expect(page.get({ className: 'lf-applicant-name' }).text).toContain('请填写姓名');
      expect(page.get({ className: 'lf-clues-description' }).text).toContain('请填写档案情况描述');
      expect(citizen.calls('pageScrollTo').some((c) => c.selector === '.lf-applicant-name')).toBe(true);

      const applicant = visitor();
      const phone = phoneNumber();
      const clue = '1985年招工进入漳州糖厂，需查招工登记表';
      await page.type({ tag: 'input', inside: { className: 'lf-applicant-name' } }, applicant.name);
      await page.type({ tag: 'input', inside: { className: 'lf-applicant-documentNumber' } }, applicant.documentNumber);
      await page.type({ tag: 'input', inside: { className: 'lf-phone' } }, phone);
      await page.type({ tag: 'textarea', inside: { className: 'lf-clues-description' } }, clue);
      await page.tap({ className: 'lookup-choice', text: '退休审批' });
      await page.tap({ className: 'lookup-choice', text: /^[○●]复制/ });
      await page.tap({ className: 'lookup-choice', text: /^[○●]到馆领取/ });
      // The receiving archive: one of the twelve, as lookupArchives lists them; the holding one stays 不详.
      const archives = await call(server(), LookupArchivesDocument, {});
      const receiving = archives[0].branch;
      const names = page.textsOf({ className: 'lookup-choice__label', inside: { className: 'lf-receivingBranchId' } });
      expect(names).toHaveLength(12);
      expect(names[0]).toBe('漳州市档案馆');
      await page.tap({
        className: 'lookup-choice',
        text: /^[○●]漳州市档案馆/,
        inside: { className: 'lf-receivingBranchId' },
      });
      // No photo for 本人: the photos section is not there at all.
      expect(page.all({ className: 'lookup-photo' })).toEqual([]);
      await page.tap({ className: 'lookup-nav__next' });

      // 4 the check: the applicant's own input in full, on their own phone.
      const review = page.get({ className: 'lookup-review' }).text;
      for (const expected of [applicant.name, applicant.documentNumber, phone, clue, '退休审批', '复制', '到馆领取']) {
        expect(review).toContain(expected);
      }
      expect(review).toContain('不详（由工作人员确定）');
      await page.tap({ className: 'lookup-review__submit' });
      // The submit tap asked WeChat, before anything else, for the 查档 progress template.
      expect(citizen.record.calls.filter((c) => c.api === 'requestSubscribeMessage').at(-1)?.options).toMatchObject({
        inTap: true,
        tmplIds: [templateIdOf('LOOKUP_PROGRESS')],
      });

      // The request's page replaces the form: its receipt number, its status and what that means, the timeline.
      page = citizen.page;
      expect(page.route).toBe('lookup/pages/request/index');
      expect(citizen.stack.map((p) => p.route)).toEqual(['pages/lookup/index', 'lookup/pages/request/index']);
      const session = citizen.storage('zz.session') as string;
      const stored = await call(server(), LookupRequestDocument, { id: page.query.id }, session);
      expect(stored).toMatchObject({
        status: 'SUBMITTED',
        recordType: 'EMPLOYMENT',
        relation: 'SELF',
        receivingBranch: { code: receiving.code },
        holdingBranch: null,
        clues: [{ key: 'description', value: clue }],
      });
      const receiptNumber = stored?.receiptNumber ?? '';
      expect(page.get({ className: 'lookup-request__receipt' }).text).toBe(receiptNumber);
      expect(page.get({ className: 'lookup-request__status' }).text).toBe('已提交');
      expect(page.get({ className: 'lookup-request__meaning' }).text).toBe(
        '申请已提交，等待档案馆核对身份和查档范围。',
      );
      // Filed on Tuesday 24 November: acceptance is due the next working day.
      expect(page.get({ className: 'lookup-request__due' }).text).toBe('下一步预计在 2026年11月25日 前办理');
      const steps = page.all({ className: 'zz-timeline__step' }).map((s) => s.text);
      expect(steps).toEqual(['已提交2026-11-24 10:00 · 本人']);
      // From now on the server's masked copy: the number no longer shows in full.
      expect(page.text()).not.toContain(applicant.documentNumber);
      expect(page.text()).toContain(masked(applicant.documentNumber));
      expect(citizen.errors).toEqual([]);
      expect(citizen.record.missing).toEqual([]);
      filed = { id: page.query.id, receiptNumber, documentNumber: applicant.documentNumber };
    });

    it('lists the request in 我的查档 and shows its status on the 查档 tab', async () => {
      expect(filed, 'needs the request filed by taps in the test above').toBeDefined();
      if (!filed) return;
      let page = await citizen.switchTab('/pages/me/index');
      await page.tap({ className: 'me__lookups' });
      page = citizen.page;
      expect(page.route).toBe('lookup/pages/mine/index');
      const items = page.all({ className: 'lookup-item' });
      expect(items.map((i) => i.text)).toEqual([expect.stringContaining(filed.receiptNumber)]);
      expect(items[0].text).toContain('已提交');
      expect(items[0].text).toContain('招工/调动/工龄');

      page = await citizen.switchTab('/pages/lookup/index');
      const latest = page.get({ className: 'lookup-latest' });
      expect(latest.text).toContain(filed.receiptNumber);
      expect(latest.text).toContain('已提交');
      await page.tap(latest);
      expect(citizen.page.route).toBe('lookup/pages/request/index');
      expect(citizen.page.query.id).toBe(filed.id);
    });

    it('lists the request in the staff queue, accepts it by taps, refreshes when a colleague moved it first, reveals the number with a reason; the citizen answers 需补正', async () => {
      expect(filed, 'needs the request filed by taps in the first test of this block').toBeDefined();
      if (!filed) return;
      const clerk = await createStaff(server(), 'BRANCH_STAFF');
      const colleague = await createStaff(server(), 'BRANCH_STAFF');
      const desk = await launch({ entry: `/${STAFF_PAGES.home}` });
      let page = desk.page;
      await page.type({ className: 'staff-sign-in__username' }, clerk.username);
      await page.type({ className: 'staff-sign-in__password' }, clerk.password);
      await page.tap({ className: 'staff-sign-in__submit' });
      await page.tap({ className: 'staff-tool--lookups' });

      // 待受理: the request, with its subject's name masked.
      page = desk.page;
      expect(page.route).toBe(STAFF_PAGES.lookupQueue);
      const item = page.get({ className: 'staff-lookup-item', text: filed.receiptNumber });
      expect(item.text).toContain('已提交');
      expect(item.text).toContain('招工/调动/工龄 · 本人');
      // Searching by receipt number finds it, typed in lower case with spaces.
      await page.type(
        { tag: 'input', inside: { className: 'staff-lookup-filters__receipt' } },
        ` ${filed.receiptNumber.toLowerCase()} `,
      );
      await page.tap({ className: 'staff-lookup-filters__go' });
      expect(page.all({ className: 'staff-lookup-item' }).map((i) => i.text)).toEqual([
        expect.stringContaining(filed.receiptNumber),
      ]);
      await page.tap({ className: 'staff-lookup-item' });

      // The request: masked personal data, the moves the state machine gives the receiving archive.
      page = desk.page;
      expect(page.route).toBe(STAFF_PAGES.lookupRequest);
      expect(page.text()).toContain(masked(filed.documentNumber));
      expect(page.text()).not.toContain(filed.documentNumber);
      expect(page.textsOf({ className: 'staff-lookup-action' })).toEqual(['受理', '要求补正', '不予受理']);
      await page.tap({ className: 'staff-lookup-action--accept' });
      await page.tap({ className: 'staff-dialog__confirm' });
      expect(page.get({ className: 'staff-lookup-detail' }).text).toContain('已受理');
      expect(page.textsOf({ className: 'staff-lookup-action' })).toEqual([
        '要求补正',
        '不予受理',
        '转至保管馆',
        '开始查档',
      ]);
      const session = citizen.storage('zz.session') as string;
      expect((await call(server(), LookupRequestDocument, { id: filed.id }, session))?.status).toBe('ACCEPTED');

      // A colleague starts the search meanwhile; this page still shows 已受理 and its 开始查档 is refused.
      await moveLookupOk(server(), colleague, filed.id, 'START_SEARCH', { expectedStatus: 'ACCEPTED' });
      await page.tap({ className: 'staff-lookup-action--start_search' });
      await page.tap({ className: 'staff-dialog__confirm' });
      expect(desk.calls('showToast').map((c) => c.title)).toContain('该申请已被他人处理，已刷新');
      expect(page.all({ className: 'staff-dialog' })).toEqual([]);
      expect(page.get({ className: 'staff-lookup-detail' }).text).toContain('查档中');

      // 查看完整证件号 takes a reason; then the number shows in full.
      await page.tap({ className: 'staff-lookup-reveal' });
      await page.tap({ className: 'staff-dialog__confirm' });
      expect(page.get({ className: 'staff-lookup-reveal__reason' }).text).toContain('请填写查看原因');
      await page.type({ tag: 'input', inside: { className: 'staff-lookup-reveal__reason' } }, '到馆核验身份');
      await page.tap({ className: 'staff-dialog__confirm' });
      expect(page.get({ className: 'staff-lookup-people' }).text).toContain(filed.documentNumber);
      expect(page.text()).toContain('已显示完整信息，本次查看已记录');
      expect(desk.errors).toEqual([]);
      expect(desk.record.missing).toEqual([]);

      // The citizen's page shows the steps, each with its archive.
      const mine = await citizen.reLaunch(`/lookup/pages/request/index?id=${filed.id}`);
      expect(mine.all({ className: 'zz-timeline__step' }).map((s) => s.text)).toEqual([
        '已提交2026-11-24 10:00 · 本人',
        '已受理2026-11-24 10:00 · 漳州市档案馆',
        '查档中2026-11-24 10:00 · 漳州市档案馆',
      ]);

      // Asked for more, the citizen answers on the same page and the request goes back to be accepted.
      await moveLookupOk(server(), colleague, filed.id, 'ASK_FOR_MORE', { note: '请补充招工单位全称' });
      const asked = await citizen.reLaunch(`/lookup/pages/request/index?id=${filed.id}`);
      expect(asked.get({ className: 'lookup-request__note' }).text).toBe('需补充：请补充招工单位全称');
      await asked.type({ tag: 'textarea', inside: { className: 'lookup-supplement__note' } }, '单位全称：国营漳州糖厂');
      await asked.tap({ className: 'lookup-supplement__submit' });
      expect(asked.get({ className: 'lookup-request__status' }).text).toBe('已提交');
      expect(asked.all({ className: 'lookup-supplement' })).toEqual([]);
      expect(asked.textsOf({ className: 'zz-timeline__title' }).slice(-2)).toEqual(['需补正', '已提交']);
      expect(citizen.errors).toEqual([]);
    });

    it("uploads the photos a proxy's request needs with wx.chooseMedia and wx.uploadFile to the real POST /uploads", async () => {
      const photo = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#cfc6b0' } })
        .jpeg()
        .toBuffer();
      let picks = 0;
      const openid = `o-${randomBytes(6).toString('hex')}`;
      const phone = await launch({
        entry: '/lookup/pages/apply/index',
        login: () => wechat.sessionCode(openid).code,
        // The first pick is cancelled; then the same photo each time.
        chooseMedia: () => (++picks === 1 ? null : { name: 'document.jpg', content: photo }),
      });
      // Signed out, the form offers WeChat sign-in in place.
      await phone.page.tap({ className: 'sign-in__wechat' });
      const page = phone.page;
      await page.tap({ className: 'lookup-choice', text: '招工/调动/工龄' });
      await page.tap({ className: 'lookup-nav__next' });
      await page.tap({ className: 'lookup-choice', text: /^[○●]受托/ });
      await page.tap({ className: 'lookup-nav__next' });
      const fields = page.all({ className: 'lookup-photo' });
      expect(fields.map((f) => f.text)).toEqual([
        expect.stringContaining('当事人身份证件'),
        expect.stringContaining('授权委托书(写明查档事项)'),
      ]);

      const pick = (label: string) =>
        page.tap({ className: 'lookup-photo__pick', inside: { className: 'lookup-photo', text: label } });
      await pick('当事人身份证件');
      expect(page.all({ className: 'lookup-photo__image' })).toEqual([]);
      await pick('当事人身份证件');
      await pick('授权委托书');
      const previews = page.all({ className: 'lookup-photo__image' }).map((image) => image.attributes.src);
      expect(previews).toEqual(['http://tmp/1-document.jpg', 'http://tmp/2-document.jpg']);
      const uploads = phone.record.requests.filter((r) => r.url.includes('/uploads'));
      expect(uploads.map((r) => [r.method, new URL(r.url).pathname + new URL(r.url).search, r.status])).toEqual([
        ['POST', '/uploads?purpose=LOOKUP_DOCUMENT', 201],
        ['POST', '/uploads?purpose=LOOKUP_DOCUMENT', 201],
      ]);
      // This suite's only uploads: stored, re-encoded, and not claimed by any request yet.
      const stored = await server().db.selectFrom('upload').select(['purpose', 'mime', 'claimed_at']).execute();
      expect(stored).toEqual([
        { purpose: 'LOOKUP_DOCUMENT', mime: 'image/jpeg', claimed_at: null },
        { purpose: 'LOOKUP_DOCUMENT', mime: 'image/jpeg', claimed_at: null },
      ]);
      expect(phone.errors).toEqual([]);
      expect(phone.record.missing).toEqual([]);
      proxy = { token: phone.storage('zz.session') as string };
    });

    it('opens a photo of that request for staff of the receiving archive with a reason: wx.downloadFile with their session, then wx.previewImage of the file', async () => {
      expect(proxy, 'needs the photos uploaded by the test above').toBeDefined();
      if (!proxy) return;
      // The proxy files the request citing their two photos (the filing by taps is the first test of this block).
      const uploads = await server().db.selectFrom('upload').select('id').orderBy('id').execute();
      const attachments = [
        { uploadId: uploads[0].id, kind: 'PRINCIPAL_ID' as const },
        { uploadId: uploads[1].id, kind: 'AUTHORISATION' as const },
      ];
      const input = await lookupInput(server(), {
        receiving: 'xiangcheng',
        relation: 'PROXY',
        subject: subjectPerson(),
        attachments,
      });
      const request = successData(await call(server(), SubmitLookupRequestDocument, { input }, proxy.token));
      const clerk = await createStaff(server(), 'BRANCH_STAFF', { branchCode: 'xiangcheng' });
      const desk = await launch({ entry: `/${STAFF_PAGES.home}` });
      await desk.page.type({ className: 'staff-sign-in__username' }, clerk.username);
      await desk.page.type({ className: 'staff-sign-in__password' }, clerk.password);
      await desk.page.tap({ className: 'staff-sign-in__submit' });
      const page = await desk.reLaunch(`/${STAFF_PAGES.lookupRequest}?id=${request.id}`);

      // Each required document with its photo's 查看; the reason is asked first.
      const row = { className: 'zz-cell', text: '授权委托书' };
      expect(page.get(row).text).toContain('已上传 1 张');
      expect(page.textsOf({ className: 'staff-lookup-attachment__open' })).toEqual(['查看', '查看']);
      await page.tap({ className: 'staff-lookup-attachment__open', inside: row });
      expect(page.get({ className: 'staff-dialog__title' }).text).toBe('查看材料：授权委托书(写明查档事项)');
      await page.tap({ className: 'staff-dialog__confirm' });
      expect(page.get({ className: 'staff-lookup-attachment__reason' }).text).toContain('请填写查看原因');
      expect(desk.calls('downloadFile')).toEqual([]);
      await page.type({ tag: 'input', inside: { className: 'staff-lookup-attachment__reason' } }, '核对授权范围');
      await page.tap({ className: 'staff-dialog__confirm' });

      // The photo came down with the session (the grant alone admits no one), and WeChat's viewer shows that file.
      const [download] = desk.calls('downloadFile') as Array<{ url: string; header: Record<string, string> }>;
      const path = new URL(download.url).pathname + new URL(download.url).search;
      expect(path).toMatch(new RegExp(`^/uploads/${attachments[1].uploadId}\\?grant=`));
      expect(download.header).toEqual({ authorization: `Bearer ${desk.storage('zz.session')}` });
      const [preview] = desk.calls('previewImage') as Array<{ urls: string[]; current: string }>;
      expect(preview.urls).toEqual([preview.current]);
      const shown = desk.record.tempFiles.get(preview.current);
      const read = await getUpload(server(), clerk.token, path);
      expect(read.status).toBe(200);
      expect(read.headers.get('content-type')).toBe('image/jpeg');
      expect(shown?.equals(read.bytes)).toBe(true);
      expect((await sharp(shown).metadata()).width).toBe(400);
      // Without the session the same URL is refused (401): what wx.previewImage of the URL itself would get.
      expect((await getUpload(server(), null, path)).status).toBe(401);
      expect(page.get({ className: 'staff-viewer__image' }).attributes.src).toBe(preview.current);
      expect(page.text()).toContain('本次查看已记录');

      // The reading is recorded for the audit log, with the member of staff, the photo and the reason.
      expect(await attachmentReadings(server())).toEqual([
        {
          staff_account_id: clerk.accountId,
          subject_kind: 'LOOKUP_ATTACHMENT',
          subject_id: Number(request.id),
          field: attachments[1].uploadId,
          reason: '核对授权范围',
        },
      ]);
      await page.tap({ className: 'staff-viewer__close' });
      expect(page.all({ className: 'staff-viewer' })).toEqual([]);
      expect(desk.errors).toEqual([]);
      expect(desk.record.missing).toEqual([]);
    });
  });
});

describe('the weapp host itself', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  /** A tiny build: one main page, one subpackage `sub/` with one page, and the files given. */
  function fixture(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'weapp-fixture-'));
    dirs.push(dir);
    const all: Record<string, string> = {
      'app.json': JSON.stringify({
        pages: ['pages/index/index'],
        subPackages: [{ root: 'sub', pages: ['pages/a/index'] }],
      }),
      'app.js': 'App({});',
      'pages/index/index.js': 'Page({});',
      'sub/x.js': 'module.exports = { x: 1 };',
      'sub/pages/a/index.js': 'Page({});',
      ...files,
    };
    for (const [path, content] of Object.entries(all)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    return dir;
  }

  it('fails a main-package module that requires a subpackage file, naming both files', async () => {
    const dir = fixture({ 'pages/index/index.js': "const sub = require('../../sub/x.js');\nPage({ data: sub });" });
    const error = await launchWeapp({ dir }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WeappHostError);
    expect((error as Error).message).toMatch(
      /^pages\/index\/index\.js \(in the main package\) requires "\.\.\/\.\.\/sub\/x\.js" = sub\/x\.js, a file of subpackage "sub\/"/,
    );
  });

  it('lets a subpackage page require its own subpackage and the main package', async () => {
    const dir = fixture({
      'lib/shared.js': 'module.exports = { y: 2 };',
      'sub/pages/a/index.js':
        "const x = require('../../x.js');\nconst shared = require('../../../lib/shared.js');\nPage({ data: { sum: x.x + shared.y } });",
    });
    const host = await launchWeapp({ dir });
    try {
      expect(host.loadedPackages).toEqual([]);
      const page = await host.navigateTo('/sub/pages/a/index');
      expect(page.data).toEqual({ sum: 3 });
      expect(host.loadedPackages).toEqual(['sub/']);
      expect(host.loader.loaded).toEqual([
        'app.js',
        'pages/index/index.js',
        'sub/pages/a/index.js',
        'sub/x.js',
        'lib/shared.js',
      ]);
    } finally {
      host.close();
    }
  });

  it.each([
    ['process', 'process.env.NODE_ENV'],
    ['fetch', "fetch('https://example.com')"],
    ['URL', "new URL('https://example.com')"],
    ['window', 'window.location.href'],
    ['MessageChannel', 'new MessageChannel()'],
  ])('fails with a ReferenceError when a module touches %s', async (name, use) => {
    const dir = fixture({ 'pages/index/index.js': `const value = ${use};\nPage({ data: { value } });` });
    const error = await launchWeapp({ dir }).then(
      () => null,
      (e: unknown) => e,
    );
    // The error comes from the host's own realm, so it is no `instanceof ReferenceError` here.
    expect(error).toMatchObject({ name: 'ReferenceError', message: `${name} is not defined` });
  });

  it('fails with a ReferenceError when a lifecycle hook touches a browser global, and lets `typeof` probe', async () => {
    const probing = fixture({
      'pages/index/index.js':
        "Page({ data: { browser: typeof window !== 'undefined', node: typeof process !== 'undefined' } });",
    });
    const host = await launchWeapp({ dir: probing });
    expect(host.page.data).toEqual({ browser: false, node: false });
    host.close();

    const touching = fixture({ 'pages/index/index.js': "Page({ onLoad() { document.title = 'x'; } });" });
    await expect(launchWeapp({ dir: touching })).rejects.toMatchObject({
      name: 'ReferenceError',
      message: 'document is not defined',
    });
  });

  it('fails naming a real wx API that the host does not provide', async () => {
    const dir = fixture({ 'pages/index/index.js': 'Page({ onLoad() { wx.getLocation({}); } });' });
    await expect(launchWeapp({ dir })).rejects.toThrow(/^wx\.getLocation is not provided by the weapp host/);
  });
});

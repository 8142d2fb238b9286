// The door in the H5 build, served by the real server, in Debian's Chromium at phone size. The camera is a canvas
// stream drawing the QR code of a real ticket (getUserMedia is replaced before the page loads), so the page's own
// loop reads real frames and the real jsQR decodes them: the checker signs in on 扫码核验, the ticket is read from
// the camera and checked in, and the page shows the visitor's full name and document tail. Then 今日名单: a
// search by name finds the booking, one of its two visitors is checked in (a party arriving split) and the
// counters say so. A browser without a camera gets a clear message instead.
// Screenshots at phone size go to tests/e2e/artifacts/door-*.png.
// Requires `npm run build:h5` (npm test runs it before vitest).
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import '../../server/src/modules/door/door.table';
import { at, bookOk, createBookableExhibition, TEST_TODAY, visitor } from '../testkit/booking';
import {
  type BrowserSession,
  FAILURE_DIR,
  openH5App,
  phoneScreenshot,
  signInOnStaffPage,
  visibleIn,
} from '../testkit/browser';
import { phoneWithCamera as phoneWithFakeCamera, qrDataUrl, showTicket } from '../testkit/camera';
import { createStaff, signInCitizen } from '../testkit/seed';
import { DEFAULT_TEST_INSTANT, type TestServer } from '../testkit/server';

describe('the door in the browser (H5, sqlite)', () => {
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
  // Each test books before the slot and then goes to the door: the day starts over.
  beforeEach(() => server.clock.set(DEFAULT_TEST_INSTANT));

  async function todaysSlot() {
    const admin = await createStaff(server, 'ADMIN');
    const exhibition = await createBookableExhibition(server, admin, {
      plans: [{ startTime: '14:00', endTime: '16:00', capacity: 20 }],
    });
    return exhibition.slotAt(TEST_TODAY);
  }

  const phoneWithCamera = (image: string | null, ticketInView = true) =>
    phoneWithFakeCamera(session, image, ticketInView);

  it('queues a scan while the network is down and checks it in once it returns', async () => {
    const slot = await todaysSlot();
    const booking = await bookOk(server, await signInCitizen(server), slot.id, {
      visitors: [visitor({ name: '林语堂' })],
    });
    const checker = await createStaff(server, 'CHECKER');
    server.clock.set(at(TEST_TODAY, '14:05'));
    const page = await phoneWithCamera(qrDataUrl(booking.visitors[0].ticketToken!), false);
    try {
      await page.goto(`${server.url}/#/staff/pages/scan/index`, { waitUntil: 'domcontentloaded' });
      await signInOnStaffPage(page, checker);
      const status = visibleIn(page, '[data-testid="checkin-camera-status"]');
      await expect.poll(() => status.textContent(), { timeout: 10_000 }).toContain('摄像头已开启');

      await page.context().setOffline(true);
      await showTicket(page);
      await visibleIn(page, '[data-testid="checkin-queued"]').waitFor({ timeout: 10_000 });
      expect(await visibleIn(page, '[data-testid="checkin-queue-waiting"]').textContent()).toContain('暂存 1 条');

      // The network returns: the queue is sent within its retry interval and the result is listed.
      await page.context().setOffline(false);
      const result = visibleIn(page, '[data-testid="checkin-queue-result"]');
      await expect
        .poll(() => result.textContent().catch(() => ''), { timeout: 20_000 })
        .toContain('已入馆 1 人 林语堂');
      const scans = await server.db
        .selectFrom('door_scan')
        .selectAll()
        .where('booking_id', '=', Number(booking.id))
        .execute();
      expect(scans).toHaveLength(1);
      await phoneScreenshot(page, 'door-offline-synced');
    } catch (error) {
      throw await session.explainFailure('door-offline', error);
    } finally {
      await page.context().setOffline(false);
      await page.close();
    }
  });

  it('checks in a ticket read from the camera and shows the full name to match the ID card', async () => {
    const slot = await todaysSlot();
    const person = visitor({ name: '陈嘉庚' });
    const booking = await bookOk(server, await signInCitizen(server), slot.id, { visitors: [person] });
    const checker = await createStaff(server, 'CHECKER');
    server.clock.set(at(TEST_TODAY, '14:05'));
    const page = await phoneWithCamera(qrDataUrl(booking.visitors[0].ticketToken!));
    try {
      await page.goto(`${server.url}/#/staff/pages/scan/index`, { waitUntil: 'domcontentloaded' });
      await signInOnStaffPage(page, checker);
      await visibleIn(page, '[data-testid="checkin-admitted"]').waitFor({ timeout: 20_000 });
      expect(await visibleIn(page, '[data-testid="checkin-revealed-name"]').textContent()).toBe('陈嘉庚');
      expect(await visibleIn(page, '[data-testid="checkin-revealed"]').textContent()).toContain(
        `证件尾号 ${person.documentNumber.slice(-4)}`,
      );
      await phoneScreenshot(page, 'door-camera-admitted');
      // The same ticket still in front of the camera is not admitted twice.
      const row = await server.db
        .selectFrom('booking')
        .select('checked_in_count')
        .where('id', '=', Number(booking.id))
        .executeTakeFirstOrThrow();
      expect(row.checked_in_count).toBe(1);
    } catch (error) {
      throw await session.explainFailure('door-camera', error);
    } finally {
      await page.close();
    }
  });

  it('says plainly when there is no camera, and keeps the field for a hand-held scanner', async () => {
    const checker = await createStaff(server, 'CHECKER');
    const page = await phoneWithCamera(null);
    try {
      await page.goto(`${server.url}/#/staff/pages/scan/index`, { waitUntil: 'domcontentloaded' });
      await signInOnStaffPage(page, checker);
      const status = visibleIn(page, '[data-testid="checkin-camera-status"]');
      await expect.poll(() => status.textContent(), { timeout: 10_000 }).toContain('未找到摄像头');
      expect(await visibleIn(page, '.checkin__paste-input').isVisible()).toBe(true);
    } catch (error) {
      throw await session.explainFailure('door-no-camera', error);
    } finally {
      await page.close();
    }
  });

  it('finds a booking on the roster by name and checks in one of its two visitors', async () => {
    const slot = await todaysSlot();
    const party = [visitor({ name: '林巧稚' }), visitor({ name: '林语堂' })];
    await bookOk(server, await signInCitizen(server), slot.id, { visitors: party });
    await bookOk(server, await signInCitizen(server), slot.id, { visitors: [visitor({ name: '黄道周' })] });
    const checker = await createStaff(server, 'CHECKER');
    server.clock.set(at(TEST_TODAY, '14:10'));
    const page = await phoneWithCamera(null);
    try {
      await page.goto(`${server.url}/#/staff/pages/roster/index?slotId=${slot.id}`, { waitUntil: 'domcontentloaded' });
      await signInOnStaffPage(page, checker);
      const figures = visibleIn(page, '[data-testid="roster-door-figures"]');
      await expect.poll(() => figures.textContent(), { timeout: 10_000 }).toMatch(/3\s*已预约/);
      await visibleIn(page, '[data-testid="roster-search"] input').fill('巧稚');
      await visibleIn(page, '.roster__search-submit').click();
      await expect.poll(() => page.locator('[data-testid="roster-booking"]').filter({ visible: true }).count()).toBe(1);

      await visibleIn(page, '.roster-visitor__admit').click();
      const notice = visibleIn(page, '[data-testid="roster-notice"]');
      await expect.poll(() => notice.textContent(), { timeout: 10_000 }).toContain('林巧稚');
      expect(await notice.textContent()).toContain(`证件尾号 ${party[0].documentNumber.slice(-4)}`);
      // One of two in; the other still has its button, and the counters say 1 arrived of 3.
      await expect.poll(() => page.locator('.roster-visitor__admit').filter({ visible: true }).count()).toBe(1);
      expect(await page.locator('.roster-visitor__undo').filter({ visible: true }).count()).toBe(1);
      await expect.poll(() => figures.textContent()).toMatch(/1\s*已到/);
      await phoneScreenshot(page, 'door-roster-split');
    } catch (error) {
      throw await session.explainFailure('door-roster', error);
    } finally {
      await page.close();
    }
  });
});

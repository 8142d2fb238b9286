// 我的预约 end to end in the H5 build, at phone size: book two visitors, the 预约成功 moment (添加到日历 downloads
// an .ics with the session's times in UTC), the ticket names both in full with masked documents, 取消此人 for one
// (the other stays), then the other (the booking is cancelled and moves to 已取消), and 再次预约 books the same
// party again from the booking form.
// Requires `npm run build:h5` (npm test runs it before vitest).
import { readFile } from 'node:fs/promises';
import { addDays, icsDateTime, residentIdCheckCharacter } from '@zz/shared';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_TODAY } from '../testkit/booking';
import { type BrowserSession, openH5App, phoneScreenshot } from '../testkit/browser';
import {
  ExhibitionCalendarDocument,
  ExhibitionSlotsDocument,
  FirstCurrentOnsiteExhibitionDocument,
} from '../testkit/generated/graphql';
import type { TestServer } from '../testkit/server';

function residentId(first17: string): string {
  return first17 + residentIdCheckCharacter(first17);
}

describe('my bookings in the browser (H5, sqlite)', () => {
  let session: BrowserSession;
  let server: TestServer;
  let page: Page;
  beforeAll(async () => {
    session = await openH5App({ syncPageClock: true });
    ({ server, page } = session);
  });
  afterAll(async () => session?.close());

  /** H5 keeps earlier pages of the stack in the DOM, hidden; act on what the visitor sees. */
  const visibleAll = (selector: string): Locator => page.locator(selector).filter({ visible: true });
  const visible = (selector: string): Locator => visibleAll(selector).first();

  /** Two open sessions with places after today (cancelling today's would be past the free cancellation time). */
  async function twoOpenSlots() {
    const exhibition = (await server.execute(FirstCurrentOnsiteExhibitionDocument, {})).data!.exhibitions.edges[0].node;
    const days = (
      await server.execute(ExhibitionCalendarDocument, { id: exhibition.id, from: addDays(TEST_TODAY, 1), days: 13 })
    ).data!.exhibition!.calendar.filter((d) => d.availability === 'AVAILABLE');
    const slots = [];
    for (const day of days) {
      const open = (
        await server.execute(ExhibitionSlotsDocument, { id: exhibition.id, date: day.date })
      ).data!.exhibition!.slots.filter((s) => s.status === 'OPEN' && s.remaining >= 2);
      if (open[0]) slots.push(open[0]);
      if (slots.length === 2) break;
    }
    expect(slots).toHaveLength(2);
    return { exhibition, slots };
  }

  /** Confirms the dialog Taro's showModal draws on H5. */
  const confirmDialog = () => visible('.taro-model__confirm').click();

  it('books two, adds the visit to the calendar, cancels them one by one, and books the same party again', async () => {
    const { exhibition, slots } = await twoOpenSlots();
    const lin = residentId('35060219880517203');
    const chen = residentId('35060219900101201');

    try {
      await page.goto(`${server.url}/#/pages/me/index`, { waitUntil: 'domcontentloaded' });
      await visible('.sign-in__name input').fill('我的预约测试');
      await visible('.sign-in__development-button').click();
      await visible('[data-testid=account-card]').waitFor({ timeout: 15_000 });

      // The booking form of the first session: two visitors typed in.
      await page.goto(`${server.url}/#/booking/pages/form/index?slotId=${slots[0].id}`);
      await visible('[data-testid=booking-form]').waitFor({ timeout: 15_000 });
      // A new account accepts the 个人信息保护说明 before the first document number.
      await visible('.consent-card__accept').click();
      await visible('.visitor-fields__name input').fill('林晓');
      await visible('.visitor-fields__number input').fill(lin);
      await visible('.booking-form__add').click();
      await visibleAll('.visitor-fields__name input').nth(1).fill('陈明');
      await visibleAll('.visitor-fields__number input').nth(1).fill(chen);
      await visible('.booking-form__phone input').fill('13912345678');
      await visible('.booking-form__next').click();
      await visible('.booking-confirm__submit').click();

      // 预约成功: when and where, the calendar, the reminders.
      const booked = visible('[data-testid=booked-moment]');
      await booked.waitFor({ timeout: 15_000 });
      const ticket = visible('[data-testid=ticket][data-status=CONFIRMED]');
      const bookingId = (await ticket.getAttribute('data-id')) as string;
      expect(page.url()).toContain('booked=1');
      const moment = await booked.textContent();
      expect(moment).toContain('预约成功');
      expect(moment).toContain('林晓、陈明');
      expect(await visible('[data-testid=booked-when]').textContent()).toContain(slots[0].visitDate.slice(5, 7));
      await phoneScreenshot(page, 'my-bookings-booked');

      const [download] = await Promise.all([page.waitForEvent('download'), visible('.booked__calendar').click()]);
      expect(download.suggestedFilename()).toMatch(/\.ics$/);
      const ics = await readFile((await download.path()) as string, 'utf8');
      expect(ics).toContain(`\r\nDTSTART:${icsDateTime(Date.parse(slots[0].startAt))}\r\n`);
      expect(ics).toContain(`\r\nDTEND:${icsDateTime(Date.parse(slots[0].endAt))}\r\n`);
      expect(ics).toContain(exhibition.title);

      // The ticket names both in full; their document numbers stay masked.
      const names = () => visibleAll('[data-testid=ticket-visitor-name]').allTextContents();
      expect(await names()).toEqual(['林晓', '陈明']);
      expect(await ticket.textContent()).not.toContain(lin);

      // 取消此人 for 林晓: the dialog, then 陈明 stays.
      await visible('[data-testid=ticket-visitor][data-status=CONFIRMED] [data-testid=cancel-visitor]').click();
      await expect.poll(() => visible('.taro-modal__title, .taro-model__title').textContent()).toContain('林晓');
      await confirmDialog();
      await expect
        .poll(() => visibleAll('[data-testid=ticket-visitor]').evaluateAll((rows) => rows.map((r) => r.dataset.status)))
        .toEqual(['CANCELLED', 'CONFIRMED']);
      expect(await visible('[data-testid=ticket-status]').textContent()).toBe('待参观');
      await phoneScreenshot(page, 'my-bookings-one-cancelled');
      const afterOne = await server.db
        .selectFrom('booking')
        .select(['status', 'party_size'])
        .where('id', '=', Number(bookingId))
        .executeTakeFirstOrThrow();
      expect(afterOne).toEqual({ status: 'CONFIRMED', party_size: 1 });

      // The last one: the booking is cancelled.
      await visible('[data-testid=ticket-visitor][data-status=CONFIRMED] [data-testid=cancel-visitor]').click();
      await confirmDialog();
      await expect.poll(() => visible('[data-testid=ticket-status]').textContent()).toBe('已取消');

      // 我的预约: not under 待参观 any more, under 已取消.
      await visible('.ticket__mine').click();
      await visible('.my-bookings__tabs').waitFor();
      await expect.poll(() => visibleAll(`[data-testid=booking-item][data-id="${bookingId}"]`).count()).toBe(0);
      await visible('.my-bookings__tabs >> text=已取消').click();
      const cancelledItem = visible(`[data-testid=booking-item][data-id="${bookingId}"]`);
      await cancelledItem.waitFor();
      expect(await cancelledItem.getAttribute('data-status')).toBe('CANCELLED');
      await phoneScreenshot(page, 'my-bookings-cancelled-tab');

      // 再次预约 from the ticket: the exhibition page, carrying the booking, which passes it on to the form of the
      // session chosen (the exhibition page's part); here the form of the second session is opened with it.
      await cancelledItem.click();
      await visible('.ticket__again').click();
      await expect.poll(() => page.url()).toContain(`again=${bookingId}`);
      expect(page.url()).toContain(`id=${exhibition.id}`);
      await page.goto(`${server.url}/#/booking/pages/form/index?slotId=${slots[1].id}&again=${bookingId}`);
      // A hash change alone leaves the exhibition page on top of H5's page stack: start the app at the form.
      await page.reload({ waitUntil: 'domcontentloaded' });
      const previous = visible('[data-testid=previous-party]');
      await previous.waitFor({ timeout: 15_000 });
      expect(await previous.textContent()).toBe('同行人：上次的参观人 林晓、陈明');
      await phoneScreenshot(page, 'my-bookings-again');
      await visible('.booking-form__phone input').fill('13912345678');
      await visible('.booking-form__next').click();
      await visible('.booking-confirm__submit').click();
      await visible('[data-testid=booked-moment]').waitFor({ timeout: 15_000 });
      const again = visible('[data-testid=ticket][data-status=CONFIRMED]');
      expect(await again.getAttribute('data-id')).not.toBe(bookingId);
      expect(await names()).toEqual(['林晓', '陈明']);
    } catch (error) {
      throw await session.explainFailure('my-bookings', error);
    }
  }, 120_000);
});

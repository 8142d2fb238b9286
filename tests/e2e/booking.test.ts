// A citizen books a visit end to end in the H5 build, served by the real server, in Debian's Chromium at
// phone size: sign in (开发环境登录), pick an onsite exhibition, a day with places and a session, accept the
// 个人信息保护说明, add one visitor with a valid resident ID, confirm what was typed (once more after a lost
// answer), see the e-ticket's QR, find it in 我的预约 and cancel it.
// Requires `npm run build:h5` (npm test runs it before vitest).
import { addDays, residentIdCheckCharacter } from '@zz/shared';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_TODAY } from '../testkit/booking';
import { type BrowserSession, openH5App } from '../testkit/browser';
import { operationNameOfBody } from '../testkit/client-operations';
import { FirstCurrentOnsiteExhibitionDocument } from '../testkit/generated/graphql';
import type { TestServer } from '../testkit/server';

/** A resident ID for an adult born 1988-05-17, with the GB 11643 check character computed. */
function residentId(): string {
  const first17 = '35060219880517203';
  return first17 + residentIdCheckCharacter(first17);
}

describe('booking a visit in the browser (H5, sqlite)', () => {
  let session: BrowserSession;
  let server: TestServer;
  let page: Page;
  beforeAll(async () => {
    session = await openH5App({ syncPageClock: true });
    ({ server, page } = session);
  });
  afterAll(async () => session?.close());

  /** H5 keeps earlier pages of the stack in the DOM, hidden; act on what the visitor sees. */
  const visible = (selector: string): Locator => page.locator(selector).filter({ visible: true }).first();

  it('signs in, books a session with one visitor, shows the QR ticket, and cancels it from 我的预约', async () => {
    const listed = await server.execute(FirstCurrentOnsiteExhibitionDocument, {});
    const exhibition = listed.data!.exhibitions.edges[0].node;
    const documentNumber = residentId();

    try {
      // 我的 → 开发环境登录
      await page.goto(`${server.url}/#/pages/me/index`, { waitUntil: 'domcontentloaded' });
      await visible('.sign-in__name input').fill('预约测试');
      await visible('.sign-in__development-button').click();
      await visible('[data-testid=account-card]').waitFor({ timeout: 15_000 });

      // 展览 → the exhibition → a day with places → a session with places
      await page.goto(`${server.url}/#/pages/exhibitions/index`);
      await visible(`.exhibition-card[data-id="${exhibition.id}"]`).click();
      // A later day than today: today's sessions are already past their free cancellation time (10:00 on
      // the test clock), and cancelling them would count as a no-show.
      const day = visible(`[data-testid=visit-day][data-availability=AVAILABLE]:not([data-date="${TEST_TODAY}"])`);
      await day.waitFor({ timeout: 15_000 });
      await day.click();
      const date = await day.getAttribute('data-date');
      // The calendar starts on the server's today and covers two weeks.
      expect(date && date > TEST_TODAY && date <= addDays(TEST_TODAY, 13)).toBe(true);
      const slot = visible(`[data-testid=visit-slots][data-date="${date}"] [data-testid=visit-slot][data-state=open]`);
      await slot.waitFor();
      const slotId = Number(await slot.getAttribute('data-slot-id'));
      await slot.click();

      // The form: first the 个人信息保护说明 (a new account has not accepted it), then one new visitor, checked as
      // typed, and a mobile number
      await visible('[data-testid=booking-form]').waitFor();
      await visible('.consent-card__accept').click();
      await visible('.visitor-fields__name input').fill('林晓');
      await visible('.visitor-fields__number input').fill(documentNumber.slice(0, 17) + wrongCheck(documentNumber));
      await expect.poll(() => visible('[data-testid=visitor-fields]').textContent()).toContain('校验位不正确');
      await visible('.visitor-fields__number input').fill(documentNumber);
      await visible('.booking-form__phone input').fill('13912345678');
      await visible('.booking-form__next').click();

      // Confirmation shows the visitor as typed, in full (their own input on their own phone), then the booking
      const confirm = visible('[data-testid=booking-confirm]');
      await confirm.waitFor();
      const summary = await confirm.textContent();
      expect(summary).toContain(exhibition.title);
      expect(summary).toContain('林晓');
      expect(summary).toContain(documentNumber);
      // The first answer is lost after the server has booked (a timeout on a bad connection); the retry
      // sends the form's idempotency key again and gets that same booking back instead of a second one.
      let lost = false;
      await page.route('**/graphql', async (route) => {
        if (!lost && operationNameOfBody(route.request().postData() ?? '') === 'CreateBooking') {
          lost = true;
          await route.fetch();
          return route.abort('timedout');
        }
        return route.fallback();
      });
      await visible('.booking-confirm__submit').click();
      await expect.poll(() => visible('[data-testid=booking-error]').textContent()).toContain('不会重复预约');
      await visible('.booking-confirm__submit').click();

      // The e-ticket with a drawn QR code
      const ticket = visible('[data-testid=ticket][data-status=CONFIRMED]');
      await ticket.waitFor({ timeout: 15_000 });
      const bookingId = await ticket.getAttribute('data-id');
      const qr = visible('[data-testid=ticket-qr] img');
      await expect
        .poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
        .toBeGreaterThan(0);
      expect(await ticket.textContent()).toContain(exhibition.title);
      // Kept on the device for showing it offline.
      expect(await page.evaluate((key) => localStorage.getItem(key), `zz.ticket.${bookingId}`)).toContain(bookingId);

      const booked = await server.db
        .selectFrom('booking')
        .select(['slot_id', 'status', 'party_size', 'account_id'])
        .where('id', '=', Number(bookingId))
        .executeTakeFirstOrThrow();
      expect(booked).toMatchObject({ slot_id: slotId, status: 'CONFIRMED', party_size: 1 });
      const ofAccount = await server.db
        .selectFrom('booking')
        .select('id')
        .where('account_id', '=', booked.account_id)
        .execute();
      expect(ofAccount).toEqual([{ id: Number(bookingId) }]);
      const stored = await server.db
        .selectFrom('booking_visitor')
        .select('document_cipher')
        .where('booking_id', '=', Number(bookingId))
        .executeTakeFirstOrThrow();
      expect(stored.document_cipher).not.toContain(documentNumber);

      // 我的预约 → the booking → 取消预约 → confirm in the dialog
      await visible('.ticket__mine').click();
      const item = visible(`[data-testid=booking-item][data-id="${bookingId}"]`);
      await item.waitFor();
      expect(await item.textContent()).toContain('待参观');
      await item.click();
      await visible('[data-testid=ticket][data-status=CONFIRMED] .ticket__cancel').click();
      await visible('.taro-model__confirm').click();
      await expect.poll(() => visible('[data-testid=ticket-status]').textContent()).toBe('已取消');

      const cancelled = await server.db
        .selectFrom('booking')
        .select(['status', 'cancel_reason'])
        .where('id', '=', Number(bookingId))
        .executeTakeFirstOrThrow();
      // Cancelled well before the session, so it does not count as a no-show.
      expect(cancelled).toEqual({ status: 'CANCELLED', cancel_reason: 'CITIZEN' });
    } catch (error) {
      throw await session.explainFailure('booking', error);
    }
  }, 60_000);
});

/** Any check character but the right one. */
function wrongCheck(id: string): string {
  return '10X98765432'.split('').find((c) => c !== id[17]) as string;
}

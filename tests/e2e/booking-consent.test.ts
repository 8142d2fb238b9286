// Checking one's own data and consent, in the H5 build at phone size (issue 13): a citizen who has not accepted the
// 个人信息保护说明 sees a card where the document fields would be, reads the notice on its own page and accepts it
// there (the server records the version); a wrong document number on 下一步 is scrolled to and focused; the
// confirmation shows the name, number and phone exactly as typed; 常用参观人 saves someone only with the holder's
// confirmation of their consent and lists them by full name, number masked; the 团体预约 roster marks each line as
// it is typed and its counts add up, within the range of the slot's group places.
// Requires `npm run build:h5`.
import { addDays, PRIVACY_NOTICE_VERSION, residentIdCheckCharacter } from '@zz/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_TODAY } from '../testkit/booking';
import { type BrowserSession, openH5App, phoneScreenshot, visibleIn } from '../testkit/browser';
import { FirstCurrentOnsiteExhibitionDocument } from '../testkit/generated/graphql';
import type { TestServer } from '../testkit/server';

/** A resident ID for an adult born on `birth` (yyyymmdd), sequence `seq`, with its check character. */
function residentId(birth: string, seq: number): string {
  const first17 = `350602${birth}${String(seq).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}

/** Whether the focused element is inside `selector` and that element is within the viewport. */
async function focusedIn(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const active = document.activeElement;
    const field = active?.closest(sel);
    if (!field) return false;
    const box = field.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight;
  }, selector);
}

describe('consent and checking one’s own data in the browser (H5, sqlite)', () => {
  let session: BrowserSession;
  let server: TestServer;
  let page: Page;
  beforeAll(async () => {
    session = await openH5App({ syncPageClock: true });
    ({ server, page } = session);
  });
  afterAll(async () => session?.close());

  const visible = (selector: string) => visibleIn(page, selector);

  it('asks for consent before the first document number, focuses a wrong field, and confirms what was typed', async () => {
    const listed = await server.execute(FirstCurrentOnsiteExhibitionDocument, {});
    const exhibition = listed.data!.exhibitions.edges[0].node;
    const documentNumber = residentId('19880517', 203);
    const wrongNumber = documentNumber.slice(0, 17) + (documentNumber[17] === '1' ? '2' : '1');

    try {
      await page.goto(`${server.url}/#/pages/me/index`, { waitUntil: 'domcontentloaded' });
      await visible('.sign-in__name input').fill('核对测试');
      await visible('.sign-in__development-button').click();
      await visible('[data-testid=account-card]').waitFor({ timeout: 15_000 });

      // Tomorrow's first session, released and open (tests/e2e/booking.test.ts walks the calendar to it).
      const slot = await server.db
        .selectFrom('slot')
        .select('id')
        .where('exhibition_id', '=', Number(exhibition.id))
        .where('visit_date', '=', addDays(TEST_TODAY, 1))
        .orderBy('start_at')
        .executeTakeFirstOrThrow();
      const slotId = String(slot.id);
      await page.goto(`${server.url}/#/booking/pages/form/index?slotId=${slotId}`);

      // The gate: the card stands where the document fields would be.
      await visible('[data-testid=booking-form]').waitFor();
      await visible('[data-testid=consent-card]').waitFor();
      expect(await page.locator('.visitor-fields__number input').filter({ visible: true }).count()).toBe(0);
      await phoneScreenshot(page, 'booking-consent-card');

      // The notice is a page of its own; accepting there records the version and returns to the form.
      await visible('.consent-card__link').click();
      const notice = visible('[data-testid=privacy-notice]');
      await notice.waitFor();
      const text = await notice.textContent();
      for (const heading of ['收集哪些信息', '为什么收集', '保存多久', '谁能看到', '如何撤回']) {
        expect(text).toContain(heading);
      }
      expect(text).toContain(PRIVACY_NOTICE_VERSION);
      await phoneScreenshot(page, 'privacy-notice', '[data-testid=privacy-notice]');
      await visible('.privacy-notice__accept').click();
      await visible('[data-testid=booking-form] .visitor-fields__number input').waitFor({ timeout: 15_000 });
      const account = await server.db
        .selectFrom('account')
        .select('id')
        .where('display_name', '=', '核对测试')
        .executeTakeFirstOrThrow();
      const consents = await server.db
        .selectFrom('privacy_consent')
        .select(['version', 'withdrawn_at'])
        .where('account_id', '=', account.id)
        .execute();
      expect(consents).toEqual([{ version: PRIVACY_NOTICE_VERSION, withdrawn_at: null }]);

      // A wrong check character: 下一步 scrolls to the number and puts the cursor in it.
      await visible('.visitor-fields__name input').fill('林晓');
      await visible('.visitor-fields__number input').fill(wrongNumber);
      await visible('.booking-form__phone input').fill('13912345678');
      await visible('.booking-form__phone input').blur();
      await visible('.booking-form__next').click();
      await expect.poll(() => focusedIn(page, '.visitor-fields__number')).toBe(true);
      expect(await visible('[data-testid=visitor-fields]').textContent()).toContain('校验位');
      expect(await page.locator('[data-testid=booking-confirm]').filter({ visible: true }).count()).toBe(0);

      // Put right, the confirmation shows what was typed, in full.
      await visible('.visitor-fields__number input').fill(documentNumber);
      await visible('.booking-form__next').click();
      const confirm = visible('[data-testid=booking-confirm]');
      await confirm.waitFor();
      const summary = await confirm.textContent();
      expect(summary).toContain('林晓');
      expect(summary).toContain(documentNumber);
      expect(summary).toContain('13912345678');
      await phoneScreenshot(page, 'booking-confirm-typed', '[data-testid=booking-confirm]');
      await visible('.booking-confirm__submit').click();
      await visible('[data-testid=ticket]').waitFor({ timeout: 15_000 });

      // 常用参观人: saving someone needs the holder's word that the person agreed; the list names them in full.
      const friend = residentId('19750203', 41);
      await page.goto(`${server.url}/#/booking/pages/visitors/index`);
      await visible('.frequent-visitors__add').click();
      await visible('[data-testid=frequent-visitor-form] .visitor-fields__name input').fill('陈明');
      await visible('[data-testid=frequent-visitor-form] .visitor-fields__number input').fill(friend);
      await visible('.frequent-visitors__save').click();
      await expect
        .poll(() => visible('.frequent-visitors__consent').textContent())
        .toContain('请确认已征得该参观人同意');
      expect(await page.locator('[data-testid=frequent-visitor]').filter({ visible: true }).count()).toBe(0);
      await visible('.frequent-visitors__consent .consent-check__row').click();
      await visible('.frequent-visitors__save').click();
      const saved = visible('[data-testid=frequent-visitor]');
      await saved.waitFor();
      const savedText = await saved.textContent();
      expect(savedText).toContain('陈明');
      expect(savedText).toContain(`${friend.slice(0, 6)}********${friend.slice(-4)}`);
      expect(savedText).not.toContain(friend);

      // 团体预约 on the same session: the slot's 30 group places bound the range; lines are judged as typed.
      await page.goto(`${server.url}/#/booking/pages/group/index?slotId=${slotId}`);
      const form = visible('[data-testid=group-form]');
      await form.waitFor({ timeout: 15_000 });
      expect(await form.textContent()).toContain('10–30人');
      const roster = [
        `张三 ${residentId('19900101', 11)}`,
        `李四 ${residentId('19900101', 12)}`,
        `王五 ${residentId('19900101', 13).slice(0, 16)}`,
        `赵六 ${residentId('19900101', 11)}`,
      ].join('\n');
      await visible('.roster-field__input textarea').fill(roster);
      await expect
        .poll(() => visible('[data-testid=roster-count]').textContent())
        .toBe('共 4 人：2 人无误（成人 2，未成年 0），2 人有误；本场次可10–30人');
      const marks = await page
        .locator('[data-testid=roster-line]')
        .filter({ visible: true })
        .evaluateAll((lines) => lines.map((line) => line.getAttribute('data-ok')));
      expect(marks).toEqual(['true', 'true', 'false', 'false']);
      expect(await visible('[data-testid=roster-lines]').textContent()).toContain('同一证件不能重复添加');
      await phoneScreenshot(page, 'group-roster-lines', '[data-testid=group-form]');

      // Submitting with the organisation blank: the first wrong field, at the top, is scrolled to and focused.
      await visible('.group-form__submit').click();
      await expect.poll(() => focusedIn(page, '#group-organization')).toBe(true);
      expect(await visible('.group-form__organization').textContent()).toContain('请填写单位或学校名称');
    } catch (error) {
      throw await session.explainFailure('booking-consent', error);
    }
  }, 90_000);
});

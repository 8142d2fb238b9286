// An archive lookup (查档) end to end in the H5 build, served by the real server, in Debian's Chromium at phone
// size. A citizen files a 本人 request for a certificate by taps (type, relation, details, the check of their own
// data in full, submit); staff of the receiving archive (芗城区) accept it and forward it to the archive the clues
// name (龙海区); staff there start the search, record it found with its 档号 and issue the certificate — every
// step through the staff pages, in a second browser context signed in as each member of staff; the citizen sees
// the timeline and the certificate with its QR code; the QR's verification page (GET /verify/… on the server)
// says 真实有效. A second test books and cancels a reading-room seat for a request to read the record (查阅); a
// third uploads photos of the documents a proxy needs through the real POST /uploads and files the request, and
// staff of the receiving archive open one of the photos with a reason (recorded for the audit log).
// Screenshots at phone size go to tests/e2e/artifacts/lookup-*.png.
// Requires `npm run build:h5` (npm test runs it before vitest).
import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_PAGES } from '../../client/src/features/staff/routes';
import { visitor } from '../testkit/booking';
import {
  type BrowserSession,
  FAILURE_DIR,
  openH5App,
  phoneScreenshot,
  signInOnStaffPage,
  visibleIn,
} from '../testkit/browser';
import { LookupRequestDocument, SubmitLookupRequestDocument } from '../testkit/generated/graphql';
import { call } from '../testkit/graphql';
import { attachmentReadings, branchId, lookupInput } from '../testkit/lookup';
import { createStaff, type StaffSignedIn } from '../testkit/seed';
import type { TestServer } from '../testkit/server';

const CLUE = '1985年在龙海石码镇招工进入龙海糖厂，需查招工登记表';

describe('a lookup request in the browser (H5, sqlite)', () => {
  let session: BrowserSession;
  let server: TestServer;
  let page: Page;
  beforeAll(async () => {
    session = await openH5App({ syncPageClock: true });
    ({ server, page } = session);
    mkdirSync(FAILURE_DIR, { recursive: true });
  });
  afterAll(async () => session?.close());

  const visible = (selector: string) => visibleIn(page, selector);
  const choice = (value: string, within = '') =>
    visible(`${within} [data-testid=lookup-choice][data-value="${value}"]`.trim());
  /** A screenshot at phone size, tests/e2e/artifacts/lookup-<name>.png. */
  const shot = (p: Page, name: string, whole?: string) => phoneScreenshot(p, `lookup-${name}`, whole);

  /** The citizen's session token; Taro's H5 storage keeps each value as JSON `{ "data": … }`. */
  async function citizenToken(): Promise<string> {
    const raw = await page.evaluate(() => localStorage.getItem('zz.session'));
    return (JSON.parse(raw ?? '{}') as { data?: string }).data ?? '';
  }

  /** A new citizen each time: the previous test's session is dropped first. */
  async function signInCitizen(name: string) {
    await page.goto(`${server.url}/#/pages/me/index`, { waitUntil: 'domcontentloaded' });
    await page.evaluate(() => localStorage.removeItem('zz.session'));
    await page.reload({ waitUntil: 'domcontentloaded' });
    await visible('.sign-in__name input').fill(name);
    await visible('.sign-in__development-button').click();
    await visible('[data-testid=account-card]').waitFor({ timeout: 15_000 });
  }

  /** A member of staff in a browser context of their own (their own session), on the request's staff page. */
  async function staffPage(
    staff: StaffSignedIn,
    requestId: string,
    tab: '待受理' | '办理中',
  ): Promise<{ context: BrowserContext; p: Page }> {
    const context = await session.browser.newContext({ viewport: { width: 375, height: 667 }, deviceScaleFactor: 2 });
    const p = await context.newPage();
    try {
      await p.goto(`${server.url}/#/${STAFF_PAGES.lookupQueue}`, { waitUntil: 'domcontentloaded' });
      await signInOnStaffPage(p, staff);
      await p
        .locator('[data-testid=staff-lookup-tabs] .staff-chip', { hasText: tab })
        .filter({ visible: true })
        .click();
      await visibleIn(p, `[data-testid=staff-lookup-item][data-id="${requestId}"]`).click();
      await visibleIn(p, `[data-testid=staff-lookup-detail][data-id="${requestId}"]`).waitFor();
    } catch (error) {
      // The failure report shows the citizen's page; this one shows the staff member's.
      await shot(p, `staff-${staff.branchCode}-failure`);
      throw error;
    }
    return { context, p };
  }

  /** One move through the staff page's action button and its dialog; `fill` types what the move needs. */
  async function move(p: Page, action: string, to: string, fill?: () => Promise<void>) {
    await visibleIn(p, `.staff-lookup-action--${action}`).click();
    await visibleIn(p, '[data-testid=staff-lookup-move]').waitFor();
    await fill?.();
    await visibleIn(p, '[data-testid=staff-lookup-move] .staff-dialog__confirm').click();
    await visibleIn(p, `[data-testid=staff-lookup-detail][data-status=${to}]`).waitFor({ timeout: 15_000 });
  }

  it('files a request, staff accept, forward, find and issue, the citizen sees the timeline and the certificate, and its QR says genuine', async () => {
    const xiangcheng = await createStaff(server, 'BRANCH_STAFF', { branchCode: 'xiangcheng' });
    const longhai = await createStaff(server, 'BRANCH_STAFF', { branchCode: 'longhai' });
    const applicant = visitor({ name: '林晓梅' });
    try {
      await signInCitizen('查档测试');

      // 查档 → 在线申请
      await page.goto(`${server.url}/#/pages/lookup/index`);
      await visible('[data-testid=lookup-apply]').waitFor();
      await shot(page, '01-tab');
      await visible('.lookup-apply__start').click();

      // 1 type, 2 relation (with what it needs and whether the desk must see it)
      await visible('[data-testid=lookup-apply-form][data-step=type]').waitFor();
      await choice('EMPLOYMENT').click();
      await shot(page, '02-type');
      await visible('.lookup-nav__next').click();
      await choice('PROXY').click();
      expect(await visible('.lookup-desk-notice').textContent()).toContain('需要到馆办理');
      await choice('SELF').click();
      expect(await visible('.lookup-desk-notice').textContent()).toContain('可在线办理');
      await shot(page, '03-relation');
      await visible('.lookup-nav__next').click();

      // 3 details: an empty 下一步 names the missing fields beside them
      await visible('[data-testid=lookup-apply-form][data-step=details]').waitFor();
      await visible('.lookup-nav__next').click();
      expect(await visible('.lf-applicant-name').textContent()).toContain('请填写姓名');
      expect(await visible('.lf-clues-description').textContent()).toContain('请填写档案情况描述');
      await visible('.lf-applicant-name input').fill(applicant.name);
      await visible('.lf-applicant-documentNumber input').fill(applicant.documentNumber);
      await visible('.lf-phone input').fill('13912345678');
      await visible('.lf-clues-description textarea').fill(CLUE);
      await choice('RETIREMENT_APPROVAL').click();
      await choice('CERTIFY').click();
      await choice('ELECTRONIC').click();
      await choice(await branchId(server, 'xiangcheng'), '.lf-receivingBranchId').click();
      // The clue names 龙海: the form suggests its archive; the citizen leaves it 不详 for staff to route.
      expect(await visible('[data-testid=lookup-suggestion]').textContent()).toContain(
        '根据“龙海”，档案可能由龙海区档案馆保管',
      );
      await shot(page, '04-details', '[data-testid=lookup-details]');
      await visible('.lookup-nav__next').click();

      // 4 the check: the citizen's own input in full
      const review = visible('[data-testid=lookup-review]');
      await review.waitFor();
      const reviewed = await review.textContent();
      for (const expected of [
        applicant.name,
        applicant.documentNumber,
        '13912345678',
        CLUE,
        '芗城区档案馆',
        '电子证明',
      ]) {
        expect(reviewed).toContain(expected);
      }
      await shot(page, '05-review', '[data-testid=lookup-review]');
      await visible('.lookup-review__submit').click();

      // The request's page: receipt, status, meaning, due date, the first step
      const filed = visible('[data-testid=lookup-request][data-status=SUBMITTED]');
      await filed.waitFor({ timeout: 15_000 });
      const requestId = (await filed.getAttribute('data-id')) as string;
      const receipt = (await visible('[data-testid=lookup-receipt]').textContent()) ?? '';
      expect(receipt).toMatch(/^ZZDA-XC-20261124-\d{4}$/);
      expect(await visible('[data-testid=lookup-due]').textContent()).toBe('下一步预计在 2026年11月25日 前办理');
      await shot(page, '06-submitted', '[data-testid=lookup-request]');

      // 芗城区 accepts and forwards to the archive the clues name (offered first, as 线索推荐).
      const receiving = await staffPage(xiangcheng, requestId, '待受理');
      await shot(receiving.p, '07-staff-request', '[data-testid=staff-lookup-detail]');
      await move(receiving.p, 'accept', 'ACCEPTED');
      await move(receiving.p, 'forward', 'FORWARDED', async () => {
        const suggested = visibleIn(receiving.p, '[data-testid=staff-lookup-move] .staff-chip').first();
        expect(await suggested.textContent()).toBe('龙海区档案馆线索推荐');
        await suggested.click();
        await shot(receiving.p, '08-staff-forward');
        await visibleIn(receiving.p, '.staff-lookup-move__note textarea').fill('招工单位在龙海');
      });
      await receiving.context.close();

      // 龙海区 finds it under 办理中, searches, records it found with its 档号, and issues the certificate.
      const holding = await staffPage(longhai, requestId, '办理中');
      await move(holding.p, 'start_search', 'SEARCHING');
      await move(holding.p, 'record_found', 'FOUND', async () => {
        await visibleIn(holding.p, '[data-testid=staff-lookup-move] .staff-dialog__confirm').click();
        expect(await visibleIn(holding.p, '.staff-lookup-move__reference').textContent()).toContain('请填写档号');
        await visibleIn(holding.p, '.staff-lookup-move__reference input').fill('LH-0012-1985-033');
      });
      await move(holding.p, 'issue_certificate', 'CERTIFIED');
      await shot(holding.p, '09-staff-certified', '[data-testid=staff-lookup-detail]');
      await holding.context.close();

      // The citizen: every step with its time and archive, and the certificate with its QR code.
      await page.reload();
      const certified = visible('[data-testid=lookup-request][data-status=CERTIFIED]');
      await certified.waitFor({ timeout: 15_000 });
      const steps = await page
        .locator('[data-testid=lookup-request] [data-testid=timeline-step]')
        .filter({ visible: true })
        .allTextContents();
      expect(steps).toEqual([
        '已提交2026-11-24 10:00 · 本人',
        '已受理2026-11-24 10:00 · 芗城区档案馆',
        '已转馆2026-11-24 10:00 · 芗城区档案馆招工单位在龙海',
        '查档中2026-11-24 10:00 · 龙海区档案馆',
        '已查到2026-11-24 10:00 · 龙海区档案馆',
        '已出证2026-11-24 10:00 · 龙海区档案馆',
      ]);
      const certificate = visible('[data-testid=lookup-certificate]');
      const card = (await certificate.textContent()) ?? '';
      for (const expected of [
        'ZZDA-LH-ZM-2026-00001',
        'LH-0012-1985-033',
        '龙海区档案馆',
        '2026年11月24日',
        '查有记载',
      ]) {
        expect(card).toContain(expected);
      }
      const qr = visible('[data-testid=certificate-qr] img');
      await expect
        .poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
        .toBeGreaterThan(0);
      await certificate.scrollIntoViewIfNeeded();
      await shot(page, '10-certificate');
      await shot(page, '11-request-full', '[data-testid=lookup-request]');

      // The QR's URL, opened on the server: the public verification page.
      const stored = await server.execute(LookupRequestDocument, { id: requestId }, await citizenToken());
      const url = stored.data?.lookupRequest?.certificate?.verificationUrl ?? '';
      expect(await visible('.lookup-certificate__url').textContent()).toBe(url);
      const path = new URL(url).pathname;
      expect(path).toMatch(/^\/verify\/ZZDA-LH-ZM-2026-00001\./);
      await page.goto(`${server.url}${path}`);
      const verdict = page.locator('.verdict');
      expect(await verdict.getAttribute('data-verdict')).toBe('GENUINE');
      expect(await verdict.textContent()).toBe('真实有效');
      const verification = (await page.textContent('main')) ?? '';
      expect(verification).toContain('龙海区档案馆');
      expect(verification).toContain('林**');
      expect(verification).not.toContain(applicant.name);
      await shot(page, '12-verify');
      expect(session.problems.filter((p) => p.startsWith('pageerror'))).toEqual([]);
    } catch (error) {
      throw await session.explainFailure('lookup', error);
    }
  }, 120_000);

  it('books a reading-room seat for a request to read the record, on the first day the lead time allows, and cancels it', async () => {
    try {
      await signInCitizen('阅览测试');
      // Filed over GraphQL with the page's own session: the filing by taps is the test above.
      const input = await lookupInput(server, { receiving: 'city', use: 'READ' });
      const filed = await call(server, SubmitLookupRequestDocument, { input }, await citizenToken());
      if (filed.__typename !== 'MutationSubmitLookupRequestSuccess') throw new Error(filed.__typename);
      await page.goto(`${server.url}/#/lookup/pages/request/index?id=${filed.data.id}`);
      const picker = visible('[data-testid=lookup-visit-picker]');
      await picker.waitFor({ timeout: 15_000 });
      // Today (Tuesday) is inside the one working day of lead time: closed, and Wednesday is chosen.
      expect(await picker.locator('[data-testid=visit-day]').first().getAttribute('data-availability')).toBe('CLOSED');
      expect(await picker.locator('[data-testid=visit-day].is-selected').getAttribute('data-date')).toBe('2026-11-25');
      const seat = visible('[data-testid=lookup-seats][data-date="2026-11-25"] [data-testid=lookup-seat]');
      await seat.waitFor();
      expect(await seat.textContent()).toContain('09:00–11:30');
      await shot(page, '14-visit-picker');
      await seat.click();
      await visible('.taro-model__confirm').click();
      const booked = visible('[data-testid=lookup-visit-booked]');
      await booked.waitFor({ timeout: 15_000 });
      expect(await booked.textContent()).toContain('2026年11月25日 周三 09:00–11:30');
      await shot(page, '15-visit-booked');
      const steps = await page.locator('[data-testid=timeline-step]').filter({ visible: true }).allTextContents();
      expect(steps.at(-1)).toMatch(/^预约到馆2026-11-24 10:00 · 本人/);

      await visible('.lookup-visit__cancel').click();
      await visible('.taro-model__confirm').click();
      await expect.poll(() => visible('[data-testid=lookup-visit-picker]').textContent()).toContain('上次预约已取消');
    } catch (error) {
      throw await session.explainFailure('lookup-visit', error);
    }
  }, 60_000);

  it('uploads a photo of each document a proxy needs through POST /uploads, files the request, and staff of the receiving archive open one with a reason', async () => {
    const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#d8cfb8' } })
      .jpeg()
      .toBuffer();
    const xiangcheng = await createStaff(server, 'BRANCH_STAFF', { branchCode: 'xiangcheng' });
    const proxy = visitor({ name: '王代办' });
    const principal = visitor({ name: '陈委托' });
    try {
      await signInCitizen('代查测试');
      await page.goto(`${server.url}/#/lookup/pages/apply/index`);
      await choice('EMPLOYMENT').click();
      await visible('.lookup-nav__next').click();
      await choice('PROXY').click();
      expect(await visible('[data-testid=lookup-step-relation]').textContent()).toContain(
        '需上传：当事人身份证件、授权委托书(写明查档事项)',
      );
      await visible('.lookup-nav__next').click();
      await visible('[data-testid=lookup-details]').waitFor();
      expect(await visible('.lookup-desk-notice').textContent()).toContain('需要到馆办理');

      for (const kind of ['PRINCIPAL_ID', 'AUTHORISATION']) {
        const field = visible(`[data-testid=lookup-photo][data-kind=${kind}]`);
        const chooser = page.waitForEvent('filechooser');
        await field.locator('.lookup-photo__pick').click();
        await (await chooser).setFiles({ name: `${kind}.jpg`, mimeType: 'image/jpeg', buffer: photo });
        await visible(`[data-testid=lookup-photo][data-kind=${kind}][data-uploaded=true] img`).waitFor();
      }
      await shot(page, '13-photos', '[data-testid=lookup-details]');
      // Stored by the server for this account, re-encoded and not yet claimed by any request.
      const uploads = await server.db.selectFrom('upload').select(['purpose', 'mime', 'claimed_at']).execute();
      expect(uploads).toEqual([
        { purpose: 'LOOKUP_DOCUMENT', mime: 'image/jpeg', claimed_at: null },
        { purpose: 'LOOKUP_DOCUMENT', mime: 'image/jpeg', claimed_at: null },
      ]);

      // The rest of the details, the check, and the filing, which claims both photos for the request.
      await visible('.lf-applicant-name input').fill(proxy.name);
      await visible('.lf-applicant-documentNumber input').fill(proxy.documentNumber);
      await visible('.lf-phone input').fill('13912345678');
      await visible('.lf-subject-name input').fill(principal.name);
      await visible('.lf-subject-documentNumber input').fill(principal.documentNumber);
      await visible('.lf-clues-description textarea').fill(CLUE);
      await choice('RETIREMENT_APPROVAL').click();
      await choice('CERTIFY').click();
      await choice('PICKUP').click();
      await choice(await branchId(server, 'xiangcheng'), '.lf-receivingBranchId').click();
      await visible('.lookup-nav__next').click();
      await visible('[data-testid=lookup-review]').waitFor();
      await visible('.lookup-review__submit').click();
      const filed = visible('[data-testid=lookup-request][data-status=SUBMITTED]');
      await filed.waitFor({ timeout: 15_000 });
      const requestId = (await filed.getAttribute('data-id')) as string;
      const attached = await server.db
        .selectFrom('lookup_attachment')
        .select(['upload_id', 'kind'])
        .where('request_id', '=', Number(requestId))
        .execute();
      const authorisation = attached.find((a) => a.kind === 'AUTHORISATION')?.upload_id;
      expect(attached.map((a) => a.kind).sort()).toEqual(['AUTHORISATION', 'PRINCIPAL_ID']);

      // 芗城区 sees both documents with their photos; 查看 asks why, records it, and shows the photo.
      const receiving = await staffPage(xiangcheng, requestId, '待受理');
      const row = visibleIn(receiving.p, '[data-testid=staff-lookup-attachment][data-kind=AUTHORISATION]');
      await row.scrollIntoViewIfNeeded();
      await shot(receiving.p, '16-staff-attachments');
      await row.locator('.staff-lookup-attachment__open').click();
      const reason = visibleIn(receiving.p, '[data-testid=staff-lookup-attachment-reason]');
      await reason.locator('.staff-dialog__confirm').click();
      expect(await reason.locator('.staff-lookup-attachment__reason').textContent()).toContain('请填写查看原因');
      await reason.locator('.staff-lookup-attachment__reason input').fill('核对授权委托书');
      await reason.locator('.staff-dialog__confirm').click();
      const image = visibleIn(receiving.p, '[data-testid=staff-lookup-attachment-image] img');
      await expect
        .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 15_000 })
        .toBe(640);
      expect(await visibleIn(receiving.p, '[data-testid=staff-lookup-attachment-viewer]').textContent()).toContain(
        '本次查看已记录',
      );
      await shot(receiving.p, '17-staff-attachment-photo');
      // The reading is in the audit record: who, which request and photo, and why.
      expect(await attachmentReadings(server)).toEqual([
        {
          staff_account_id: xiangcheng.accountId,
          subject_kind: 'LOOKUP_ATTACHMENT',
          subject_id: Number(requestId),
          field: authorisation,
          reason: '核对授权委托书',
        },
      ]);
      await visibleIn(receiving.p, '.staff-viewer__close').click();
      await receiving.context.close();
      expect(session.problems.filter((p) => p.startsWith('pageerror'))).toEqual([]);
    } catch (error) {
      throw await session.explainFailure('lookup-photos', error);
    }
  }, 90_000);
});

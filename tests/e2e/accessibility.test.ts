// axe-core on every main page of the H5 build, served by the real server, in Debian's Chromium at phone size: each
// citizen page (the tabs, an exhibition, articles, the booking form and its confirmation step, a ticket, 我的预约,
// 常用参观人, the group form, 查档 with a certified request, messages, the online halls) and each staff page of the
// four staff subpackages (STAFF_PAGES), signed in, with real data. A page fails on any critical or serious
// violation, named with its rule, element and page. The booking path runs again in 长辈模式.
// Requires `npm run build:h5` (npm test runs it before vitest).
import { addDays } from '@zz/shared';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { STAFF_PAGES } from '../../client/src/features/staff/routes';
import { expectNoSeriousViolations } from '../testkit/axe';
import { bookOk, createBookableExhibition, successData, TEST_TODAY, visitor } from '../testkit/booking';
import { type BrowserSession, FAILURE_DIR, openH5App, visibleIn } from '../testkit/browser';
import {
  NewestArticleIdDocument,
  ReaderHallsDocument,
  StudioArticlesDocument,
  StudioOnlineExhibitionsDocument,
} from '../testkit/generated/graphql';
import { call } from '../testkit/graphql';
import { lookupInput, lookupRequest, moveLookupOk, submitLookup } from '../testkit/lookup';
import { createStaff, signInCitizen } from '../testkit/seed';
import type { TestServer } from '../testkit/server';

/** What the pages are opened with: ids of the seeded records. */
interface Seeded {
  exhibitionId: string;
  slotId: string;
  bookingId: string;
  articleId: string;
  hallId: string;
  lookupId: string;
  staffLookupId: string;
  studioArticleId: string;
  studioHallId: string;
  accountId: string;
}

type PathOf = (s: Seeded) => string;

/** Citizen pages: [page name (its data-testid page-<name>), path]. */
const CITIZEN_PAGES: ReadonlyArray<[string, PathOf]> = [
  ['home', () => 'pages/index/index'],
  ['exhibitions', () => 'pages/exhibitions/index'],
  ['exhibition', (s) => `pages/exhibition/index?id=${s.exhibitionId}`],
  ['lookup', () => 'pages/lookup/index'],
  ['me', () => 'pages/me/index'],
  ['articles', () => 'pages/articles/index'],
  ['article', (s) => `online/pages/article/index?id=${s.articleId}`],
  ['booking-form', (s) => `booking/pages/form/index?slotId=${s.slotId}`],
  ['booking-ticket', (s) => `booking/pages/ticket/index?id=${s.bookingId}`],
  ['my-bookings', () => 'booking/pages/mine/index'],
  ['visitors', () => 'booking/pages/visitors/index'],
  ['group-visit', (s) => `booking/pages/group/index?slotId=${s.slotId}`],
  ['lookup-apply', () => 'lookup/pages/apply/index'],
  ['my-lookups', () => 'lookup/pages/mine/index'],
  ['lookup-request', (s) => `lookup/pages/request/index?id=${s.lookupId}`],
  ['messages', () => 'messages/pages/index/index'],
  ['online-exhibitions', () => 'online/pages/index/index'],
  ['online-hall', (s) => `online/pages/hall/index?id=${s.hallId}`],
  ['publications', () => 'online/pages/publications/index'],
  ['privacy-notice', () => 'booking/pages/privacy/index'],
];

/** The query each staff page needs to show a record rather than its empty state. */
const STAFF_QUERIES: Partial<Record<keyof typeof STAFF_PAGES, PathOf>> = {
  roster: (s) => `?slotId=${s.slotId}`,
  slots: (s) => `?exhibitionId=${s.exhibitionId}`,
  exhibitionEdit: (s) => `?id=${s.exhibitionId}`,
  lookupRequest: (s) => `?id=${s.staffLookupId}`,
  articleEdit: (s) => `?id=${s.studioArticleId}`,
  onlineEdit: (s) => `?id=${s.studioHallId}`,
  venue: (s) => `?exhibitionId=${s.exhibitionId}`,
  accountEdit: (s) => `?id=${s.accountId}`,
};

const STAFF: ReadonlyArray<[string, PathOf]> = Object.entries(STAFF_PAGES).map(([key, path]) => [
  key,
  (s) => `${path}${STAFF_QUERIES[key as keyof typeof STAFF_PAGES]?.(s) ?? ''}`,
]);

describe('axe-core on every main page (H5, sqlite)', () => {
  let session: BrowserSession;
  let server: TestServer;
  let seeded: Seeded;
  let citizenPage: Page;
  let staffPage: Page;
  let elderPage: Page;

  beforeAll(async () => {
    session = await openH5App({ syncPageClock: true });
    ({ server } = session);
    const admin = await createStaff(server, 'ADMIN');
    const xiangcheng = await createStaff(server, 'BRANCH_STAFF', { branchCode: 'xiangcheng' });
    const longhai = await createStaff(server, 'BRANCH_STAFF', { branchCode: 'longhai' });
    const citizen = await signInCitizen(server, '无障碍测试');

    // A bookable exhibition with a group quota, so the group form opens; a later day than today.
    const exhibition = await createBookableExhibition(server, admin, {
      plans: [{ startTime: '14:00', endTime: '16:00', capacity: 40, groupQuota: 30 }],
    });
    const slot = await exhibition.slotAt(addDays(TEST_TODAY, 2));
    const booking = await bookOk(server, citizen, slot.id, {
      visitors: [visitor()],
      saveVisitors: true,
      visitorsConsent: true,
    });

    // A 查档 request certified by the archive holding the record: the certificate with its QR code.
    const input = await lookupInput(server, { receiving: 'xiangcheng', use: 'CERTIFY', delivery: 'ELECTRONIC' });
    const filed = successData(await submitLookup(server, citizen, input));
    await moveLookupOk(server, xiangcheng, filed.id, 'ACCEPT');
    await moveLookupOk(server, xiangcheng, filed.id, 'FORWARD', { holding: 'longhai' });
    await moveLookupOk(server, longhai, filed.id, 'START_SEARCH');
    await moveLookupOk(server, longhai, filed.id, 'RECORD_FOUND', { archiveReference: '龙海-1985-招工-017' });
    await moveLookupOk(server, longhai, filed.id, 'ISSUE_CERTIFICATE');
    if (!(await lookupRequest(server, citizen.token, filed.id))?.certificate) throw new Error('no certificate');
    // One more request, still waiting at the city archive, for the staff request page.
    const waiting = successData(await submitLookup(server, citizen, await lookupInput(server)));

    const articleId = (await call(server, NewestArticleIdDocument, {})).edges[0].node.id;
    const [hall] = await call(server, ReaderHallsDocument, {});
    const studioArticle = (await call(server, StudioArticlesDocument, { first: 1 }, admin.token)).edges[0].node;
    const [studioHall] = await call(server, StudioOnlineExhibitionsDocument, {}, admin.token);
    seeded = {
      exhibitionId: exhibition.id,
      slotId: slot.id,
      bookingId: booking.id,
      articleId,
      hallId: hall.id,
      lookupId: filed.id,
      staffLookupId: waiting.id,
      studioArticleId: studioArticle.id,
      studioHallId: studioHall.id,
      accountId: String(xiangcheng.accountId),
    };

    citizenPage = await phoneWith({ 'zz.session': citizen.token });
    staffPage = await phoneWith({ 'zz.session': admin.token });
    elderPage = await phoneWith({ 'zz.session': citizen.token, 'zz.elderMode': 'on' });
  }, 120_000);
  afterAll(async () => session?.close());

  /** A phone whose storage already holds these values (Taro's H5 storage keeps each as JSON `{ "data": … }`). */
  async function phoneWith(storage: Record<string, string>): Promise<Page> {
    const { context, page } = await session.newPhone();
    await withStorage(context, storage);
    return page;
  }

  /** Opens the page afresh (a full load, so no earlier page is left in the DOM) and waits for its data. */
  async function open(page: Page, path: string, name: string): Promise<void> {
    await page.goto('about:blank');
    await page.goto(`${server.url}/#/${path}`, { waitUntil: 'domcontentloaded' });
    await visibleIn(page, `[data-testid=page-${name}]`).waitFor({ timeout: 20_000 });
    await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
    await page
      .locator('[data-testid=state-loading]')
      .filter({ visible: true })
      .first()
      .waitFor({ state: 'detached', timeout: 15_000 })
      .catch(() => {});
  }

  async function check(page: Page, path: string, name: string, label = name): Promise<void> {
    try {
      await open(page, path, name);
    } catch (error) {
      throw await session.explainFailure(`axe-${label}`, error);
    }
    await expectNoSeriousViolations(page, label);
  }

  it.each(CITIZEN_PAGES)(
    'finds no critical or serious violation on the citizen page %s',
    { timeout: 60_000 },
    async (name, path) => {
      await check(citizenPage, path(seeded), name);
    },
  );

  it('finds none on the booking confirmation step', { timeout: 60_000 }, async () => {
    await fillBookingForm(citizenPage);
    await expectNoSeriousViolations(citizenPage, 'booking-confirm');
  });

  it.each(STAFF)('finds none on the staff page %s', { timeout: 60_000 }, async (key, path) => {
    const name = pageNameOf(key);
    await check(staffPage, path(seeded), name, `staff ${key}`);
  });

  it('finds none on the booking path in 长辈模式', { timeout: 120_000 }, async () => {
    for (const [name, path] of CITIZEN_PAGES.filter(([n]) =>
      ['home', 'exhibition', 'booking-form', 'booking-ticket', 'my-bookings'].includes(n),
    )) {
      await check(elderPage, path(seeded), name, `elder ${name}`);
      const elder = await visibleIn(elderPage, `[data-testid=page-${name}]`).getAttribute('class');
      if (!elder?.includes('zz-page--elder')) throw new Error(`${name} is not in 长辈模式: ${elder}`);
    }
    await fillBookingForm(elderPage);
    await expectNoSeriousViolations(elderPage, 'elder booking-confirm');
  });

  /** The booking form with the saved visitor ticked and a phone number, then 下一步: the confirmation step. */
  async function fillBookingForm(page: Page): Promise<void> {
    try {
      await open(page, `booking/pages/form/index?slotId=${seeded.slotId}`, 'booking-form');
      await visibleIn(page, '[data-testid=saved-visitor]').click();
      await visibleIn(page, '.booking-form__phone input').fill('13912345678');
      await visibleIn(page, '.booking-form__next').click();
      await visibleIn(page, '[data-testid=booking-confirm]').waitFor({ timeout: 15_000 });
    } catch (error) {
      await page.screenshot({ path: `${FAILURE_DIR}/axe-booking-confirm-failure.png` }).catch(() => {});
      throw error;
    }
  }
});

/** The page name of a staff page (its data-testid page-<name>): staff-<kebab-case key>, the home is "staff". */
function pageNameOf(key: string): string {
  if (key === 'home') return 'staff';
  const kebab = key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return `staff-${kebab}`;
}

async function withStorage(context: BrowserContext, storage: Record<string, string>): Promise<void> {
  await context.addInitScript((values: Record<string, string>) => {
    for (const [key, value] of Object.entries(values)) localStorage.setItem(key, JSON.stringify({ data: value }));
  }, storage);
}

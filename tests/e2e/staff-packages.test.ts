// The staff tools' three subpackages (staff, studio, admin) in the H5 build, served by the real server, in Debian's
// Chromium: every staff page, wherever it ships, sits behind the staff sign-in; a checker signed in on a studio page
// is refused the manager's tool there and sees an administration page; an archive's staff member signed in on the
// studio page sees its list, and its 新建文章 link stays in the studio.
// Requires `npm run build:h5` (npm test runs it before vitest).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_PAGES } from '../../client/src/features/staff/routes';
import { type BrowserSession, openH5App, signInOnStaffPage, visibleIn } from '../testkit/browser';
import { createStaff } from '../testkit/seed';
import type { TestServer } from '../testkit/server';

describe('the staff subpackages in the browser (H5, sqlite)', () => {
  let session: BrowserSession;
  let server: TestServer;
  beforeAll(async () => {
    session = await openH5App();
    ({ server } = session);
  });
  afterAll(async () => session?.close());

  async function phoneOn(path: string): Promise<Page> {
    const { page } = await session.newPhone();
    await page.goto(`${server.url}/#/${path}`, { waitUntil: 'domcontentloaded' });
    return page;
  }

  it('asks for the staff sign-in on every page of staff, archive, studio and admin when nobody is signed in', {
    timeout: 120_000,
  }, async () => {
    const paths = Object.values(STAFF_PAGES);
    // All three subpackages are there.
    expect(new Set(paths.map((path) => path.split('/')[0]))).toEqual(new Set(['staff', 'archive', 'studio', 'admin']));
    for (const path of paths) {
      // A fresh phone each time: the page is the first one opened, as from a link.
      const page = await phoneOn(path);
      await visibleIn(page, '.staff-sign-in__submit').waitFor({ timeout: 15_000 });
      expect(page.url(), path).toContain(`#/${path}`);
      expect(await page.locator('[data-testid=studio-content], [data-testid=staff-dashboard]').count(), path).toBe(0);
      await page.context().close();
    }
  });

  it("refuses a checker the studio's content page, and 统计 in admin too, once signed in there", async () => {
    const checker = await createStaff(server, 'CHECKER');
    const page = await phoneOn(STAFF_PAGES.content);
    await signInOnStaffPage(page, checker);
    await visibleIn(page, '[data-testid=staff-forbidden]').waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-testid=studio-content]').count()).toBe(0);

    // The session holds across subpackages: 统计 opens signed in, with no sign-in form, and refuses a checker.
    await page.goto(`${server.url}/#/${STAFF_PAGES.stats}`, { waitUntil: 'domcontentloaded' });
    await visibleIn(page, '[data-testid=staff-forbidden]').waitFor({ timeout: 15_000 });
    expect(await page.locator('.staff-sign-in:visible, [data-testid=stats]:visible').count()).toBe(0);
  });

  it("shows an archive's staff member the studio's list after signing in on it, and opens the article editor from it", async () => {
    const clerk = await createStaff(server, 'BRANCH_STAFF', { branchCode: 'zhangpu' });
    const page = await phoneOn(STAFF_PAGES.content);
    await signInOnStaffPage(page, clerk);
    await visibleIn(page, '[data-testid=studio-content]').waitFor({ timeout: 15_000 });
    await visibleIn(page, '.studio-list__new-article').click();
    await page.waitForURL((url) => url.hash.startsWith(`#/${STAFF_PAGES.articleEdit}`), { timeout: 15_000 });
    expect(await page.locator('.staff-sign-in:visible').count()).toBe(0);
  });
});

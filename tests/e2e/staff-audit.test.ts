// 审计日志 in the H5 build, served by the real server, in Debian's Chromium at phone size. 诏安's clerk reads a 查档
// request's personal data with a reason and accepts it; 南靖's administrator changes their archive's 查档 settings.
// The city administrator opens 审计日志 from the staff home, sees every row newest first with who, role, archive,
// action, target, fields, reason, request id and address, and finds the reading by typing the applicant's document
// number (which is hashed by the server and stored nowhere). 南靖's administrator sees only 南靖's row. A clerk has
// no tile, and the page itself tells them it is not theirs.
// Screenshots at phone size go to tests/e2e/artifacts/staff-audit-*.png.
// Requires `npm run build:h5` (npm test runs it before vitest).
import { mkdirSync } from 'node:fs';
import { AUDIT_ACTION_LABELS } from '@zz/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserSession,
  FAILURE_DIR,
  openH5App,
  phoneScreenshot,
  signInOnStaffPage,
  tapTargets,
  visibleIn,
} from '../testkit/browser';
import { RevealLookupPersonalDataDocument, SetLookupSettingsDocument } from '../testkit/generated/graphql';
import { call, successData } from '../testkit/graphql';
import { branchId, lookupInput, moveLookupOk, submitLookup } from '../testkit/lookup';
import { createStaff, type StaffSignedIn, signInCitizen } from '../testkit/seed';
import type { TestServer } from '../testkit/server';

const TAP_TARGETS = ['.zz-button', '.zz-input'].map((selector) => `.staff-audit ${selector}`).join(', ');

/** The log also records every staff sign-in (the test's own included): the rows these tests made are the rest. */
const withoutSignIns = (actions: (string | null)[]) => actions.filter((action) => action !== 'SIGN_IN');

describe('审计日志 in the browser (H5, sqlite)', () => {
  let session: BrowserSession;
  let server: TestServer;
  let applicantDocument = '';
  let nanjingAdmin: StaffSignedIn;
  beforeAll(async () => {
    session = await openH5App({ syncPageClock: true });
    ({ server } = session);
    mkdirSync(FAILURE_DIR, { recursive: true });
    const clerk = await createStaff(server, 'BRANCH_STAFF', { branchCode: 'zhaoan', displayName: '诏安馆员' });
    const citizen = await signInCitizen(server);
    const input = await lookupInput(server, { receiving: 'zhaoan' });
    applicantDocument = input.applicant.documentNumber;
    const filed = successData(await submitLookup(server, citizen, input));
    successData(
      await call(
        server,
        RevealLookupPersonalDataDocument,
        { requestId: filed.id, reason: '核对申请人身份' },
        clerk.token,
      ),
    );
    await moveLookupOk(server, clerk, filed.id, 'ACCEPT');
    nanjingAdmin = await createStaff(server, 'BRANCH_ADMIN', { branchCode: 'nanjing', displayName: '南靖管理员' });
    successData(
      await call(
        server,
        SetLookupSettingsDocument,
        {
          branchId: await branchId(server, 'nanjing'),
          settings: {
            enabledRecordTypes: ['EMPLOYMENT'],
            targets: { acceptDays: 3, answerDays: 15, notifyDays: 2 },
            visitLeadDays: 2,
          },
        },
        nanjingAdmin.token,
      ),
    );
  });
  afterAll(async () => {
    await session?.close();
  });

  const shot = (p: Page, name: string, whole?: string) => phoneScreenshot(p, `staff-audit-${name}`, whole);

  async function openAudit(staff: StaffSignedIn) {
    const { page } = await session.newPhone();
    await page.goto(`${session.server.url}/#/staff/pages/index/index`, { waitUntil: 'domcontentloaded' });
    await signInOnStaffPage(page, staff);
    await visibleIn(page, '[data-testid=staff-dashboard]').waitFor({ timeout: 15_000 });
    return page;
  }

  it('shows the city administrator every row and finds a person by their document number', async () => {
    const admin = await createStaff(server, 'ADMIN', { displayName: '市馆管理员' });
    let p: Page | undefined;
    try {
      const page = await openAudit(admin);
      p = page;
      await visibleIn(page, '.staff-tool--audit').click();
      const items = page.locator('[data-testid=staff-audit-item]').filter({ visible: true });
      await items.first().waitFor({ timeout: 15_000 });
      // Newest first: 南靖's settings, then 诏安's acceptance, then the reading.
      const actions = await items.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-action')));
      expect(withoutSignIns(actions)).toEqual(['SETTINGS_CHANGED', 'LOOKUP_ACTION', 'PERSONAL_DATA_REVEALED']);
      const reading = items.filter({ hasText: AUDIT_ACTION_LABELS.PERSONAL_DATA_REVEALED }).first();
      expect(await reading.locator('.staff-audit-item__who').textContent()).toBe('诏安馆员 · 馆员 · 诏安县');
      expect(await reading.locator('.staff-audit-item__reason').textContent()).toBe('原因：核对申请人身份');
      expect(await reading.locator('.staff-audit-item__fields').textContent()).toContain('申请人证件号');
      expect(await reading.locator('.staff-audit-item__target').textContent()).toMatch(/^对象：查档申请 #\d+$/);
      expect(await reading.locator('.staff-audit-item__source').textContent()).toMatch(/^请求 \S+ · 地址 \S+$/);
      const { small, measured } = await tapTargets(page, TAP_TARGETS);
      expect(small).toEqual([]);
      expect(measured).toBeGreaterThanOrEqual(3);
      await shot(page, '01-all');

      // Typed as people type it: spaces, a lower-case x.
      const typed = `${applicantDocument.slice(0, 6)} ${applicantDocument.slice(6).toLowerCase()}`;
      await visibleIn(page, '.staff-audit-filters__person input').fill(typed);
      await visibleIn(page, '.staff-audit-filters__go').click();
      await expect
        .poll(() => items.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-action'))), { timeout: 15_000 })
        .toEqual(['LOOKUP_ACTION', 'PERSONAL_DATA_REVEALED']);
      await shot(page, '02-person');

      // A number that is not one is refused with the reason, and nothing is listed.
      await visibleIn(page, '.staff-audit-filters__person input').fill('张三');
      await visibleIn(page, '.staff-audit-filters__go').click();
      await visibleIn(page, 'text=请输入完整的证件号码或11位手机号').waitFor({ timeout: 15_000 });
      expect(await items.count()).toBe(0);

      // The search left no trace of the number in the log.
      const rows = await server.db.selectFrom('audit_log').selectAll().execute();
      expect(JSON.stringify(rows)).not.toContain(applicantDocument);
      expect(session.problems.filter((problem) => problem.startsWith('pageerror'))).toEqual([]);
    } catch (error) {
      if (p) await shot(p, 'failure').catch(() => undefined);
      throw await session.explainFailure('staff-audit', error);
    }
  }, 90_000);

  it('shows an archive administrator their archive’s rows only, and a clerk neither the tile nor the page', async () => {
    let p: Page | undefined;
    try {
      const page = await openAudit(nanjingAdmin);
      p = page;
      await visibleIn(page, '.staff-tool--audit').click();
      const items = page.locator('[data-testid=staff-audit-item]').filter({ visible: true });
      await items.first().waitFor({ timeout: 15_000 });
      const actions = await items.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-action')));
      expect(withoutSignIns(actions)).toEqual(['SETTINGS_CHANGED']);
      expect(await visibleIn(page, '.staff-audit .staff-hint').textContent()).toContain('本馆');
      await shot(page, '03-archive');

      const clerk = await createStaff(server, 'BRANCH_STAFF', { branchCode: 'nanjing' });
      const clerkPage = await openAudit(clerk);
      p = clerkPage;
      expect(await clerkPage.locator('.staff-tool--audit').count()).toBe(0);
      await clerkPage.goto(`${session.server.url}/#/admin/pages/audit/index`, { waitUntil: 'domcontentloaded' });
      await visibleIn(clerkPage, '[data-testid=staff-forbidden]').waitFor({ timeout: 15_000 });
      expect(await visibleIn(clerkPage, '[data-testid=staff-forbidden]').textContent()).toContain('审计日志仅限');
    } catch (error) {
      if (p) await shot(p, 'failure').catch(() => undefined);
      throw await session.explainFailure('staff-audit', error);
    }
  }, 90_000);
});

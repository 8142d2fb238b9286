// 审计日志 in the weapp production build, run in the fake WeChat host (tests/testkit/weapp-host/) against a real
// server: 诏安's clerk reads a 查档 request's personal data with a reason (through GraphQL). The city administrator
// opens 审计日志 from the staff home, sees the reading with who, role, archive, reason and fields, and finds it by
// the applicant's document number as typed; 南靖's administrator sees none of 诏安's rows; a clerk and a checker
// have no tile.
// Needs `npm run build:weapp:local`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ARCHIVE_BRANCHES, AUDIT_ACTION_LABELS } from '@zz/shared';
import { beforeEach, describe, expect, it } from 'vitest';
import { MINUTE_MS } from '../testkit/booking';
import { RevealLookupPersonalDataDocument } from '../testkit/generated/graphql';
import { call, successData } from '../testkit/graphql';
import { lookupInput, submitLookup } from '../testkit/lookup';
import { createStaff, signInCitizen } from '../testkit/seed';
import { DEFAULT_TEST_INSTANT } from '../testkit/server';
import { useTestServer } from '../testkit/suite';
import { WEAPP_DIR } from '../testkit/weapp-build';
import { useStaffPhones } from '../testkit/weapp-staff';

const archiveShortName = (code: string) => ARCHIVE_BRANCHES.find((b) => b.code === code)?.shortName ?? code;

const built = existsSync(join(WEAPP_DIR, 'app.json'));
const SUITE = built
  ? '审计日志 in the weapp build'
  : '审计日志 in the weapp build — SKIPPED: client/dist/weapp/app.json is missing; run `npm run build:weapp:local`';

describe.skipIf(!built)(SUITE, () => {
  const server = useTestServer(() => ({ dialect: 'sqlite' }));
  // Staff sign-in allows ten a minute per address, so each test starts a couple of minutes after the one before.
  let tests = 0;
  beforeEach(() => server().clock.set(DEFAULT_TEST_INSTANT + 2 * MINUTE_MS * tests++));
  const signedIn = useStaffPhones(server);

  it('lists the reading for the city administrator and finds it by the applicant’s document number', async () => {
    const clerk = await createStaff(server(), 'BRANCH_STAFF', { branchCode: 'zhaoan', displayName: '诏安馆员' });
    const citizen = await signInCitizen(server());
    const input = await lookupInput(server(), { receiving: 'zhaoan' });
    const filed = successData(await submitLookup(server(), citizen, input));
    successData(
      await call(
        server(),
        RevealLookupPersonalDataDocument,
        { requestId: filed.id, reason: '核对申请人身份' },
        clerk.token,
      ),
    );
    // Another person's reading, which the search must leave out.
    const other = await lookupInput(server(), { receiving: 'zhaoan' });
    const otherFiled = successData(await submitLookup(server(), await signInCitizen(server()), other));
    successData(
      await call(
        server(),
        RevealLookupPersonalDataDocument,
        { requestId: otherFiled.id, reason: '电话核实' },
        clerk.token,
      ),
    );

    const admin = await createStaff(server(), 'ADMIN');
    const host = await signedIn(admin);
    await host.page.tap({ className: 'staff-tool--audit' });
    const page = host.page;
    expect(page.route).toBe('admin/pages/audit/index');
    expect(page.title).toBe('审计日志');
    // The log also holds the staff's sign-ins; the two readings are its rows of that action.
    const reveals = () =>
      page
        .all({ className: 'staff-audit-item' })
        .filter(
          (item) =>
            page.get({ className: 'staff-audit-item__action' }, item).text ===
            AUDIT_ACTION_LABELS.PERSONAL_DATA_REVEALED,
        );
    expect(reveals()).toHaveLength(2);
    // Read inside the first (newest) reading.
    const first = (className: string) => page.get({ className }, reveals()[0]);
    // Newest first: the other reading.
    expect(first('staff-audit-item__action').text).toBe(AUDIT_ACTION_LABELS.PERSONAL_DATA_REVEALED);
    expect(first('staff-audit-item__reason').text).toBe('原因：电话核实');
    expect(first('staff-audit-item__who').text).toBe('诏安馆员 · 馆员 · 诏安县');
    expect(first('staff-audit-item__fields').text).toContain('申请人证件号');
    expect(first('staff-audit-item__when').text).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);

    await page.type(
      { tag: 'input', inside: { className: 'staff-audit-filters__person' } },
      input.applicant.documentNumber.toLowerCase(),
    );
    await page.tap({ className: 'staff-audit-filters__go' });
    const items = page.all({ className: 'staff-audit-item' });
    expect(items).toHaveLength(1);
    expect(first('staff-audit-item__reason').text).toBe('原因：核对申请人身份');
    expect(host.errors).toEqual([]);
    expect(host.record.missing).toEqual([]);
  });

  it('shows an archive administrator no other archive’s rows, and clerks and checkers no tile', async () => {
    const nanjing = await createStaff(server(), 'BRANCH_ADMIN', { branchCode: 'nanjing' });
    const host = await signedIn(nanjing);
    await host.page.tap({ className: 'staff-tool--audit' });
    expect(host.page.route).toBe('admin/pages/audit/index');
    // Their own archive's rows only (their sign-in), none of 诏安's readings above.
    const items = host.page.all({ className: 'staff-audit-item' });
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(host.page.get({ className: 'staff-audit-item__who' }, item).text).toContain(archiveShortName('nanjing'));
    }
    expect(host.page.text()).not.toContain(AUDIT_ACTION_LABELS.PERSONAL_DATA_REVEALED);
    expect(host.errors).toEqual([]);

    for (const role of ['BRANCH_STAFF', 'CHECKER'] as const) {
      const phone = await signedIn(await createStaff(server(), role, { branchCode: 'nanjing' }));
      expect(phone.page.all({ className: 'staff-tool--scan' })).toHaveLength(1);
      expect(phone.page.all({ className: 'staff-tool--audit' })).toEqual([]);
    }
  });
});

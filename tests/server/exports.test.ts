// CSV exports over the real HTTP route and GraphQL: the BOM, formula escaping, document numbers kept as text,
// masking by default, unmasked exports with a reason and (above EXPORT_APPROVAL_ROWS) a second administrator's
// approval, one download per approval, the audit rows, and scope (another archive's rows never appear).
import { addDays, maskDocumentNumber, maskName } from '@zz/shared';
import { describe, expect, it } from 'vitest';
import { escapeFormula } from '../../server/src/modules/exports/export.csv';
import '../../server/src/platform/audit/audit-log.table';
import {
  bookOk,
  call,
  createBookableExhibition,
  requestGroupVisit,
  roster,
  successData,
  TEST_TODAY,
  visitor,
} from '../testkit/booking';
import { dialects } from '../testkit/dialects';
import {
  DecideExportDocument,
  ExportRequestsDocument,
  RequestUnmaskedExportDocument,
} from '../testkit/generated/graphql';
import { branchId, submitLookupOk } from '../testkit/lookup';
import { signInCitizen } from '../testkit/seed';
import type { TestServer } from '../testkit/server';
import { useStaffSuite } from '../testkit/suite';

const APPROVAL_ROWS = 3;
const BOM = [0xef, 0xbb, 0xbf];

async function download(server: TestServer, token: string, path: string, query: Record<string, string> = {}) {
  const url = `${server.url}${path}?${new URLSearchParams(query)}`;
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { status: response.status, bytes, text: new TextDecoder().decode(bytes.subarray(3)), response };
}

function auditRows(server: TestServer, action: string) {
  return server.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('seq').execute();
}

describe.each(dialects)('CSV exports (%s)', (dialect) => {
  const { server, staff } = useStaffSuite(
    { dialect, env: { EXPORT_APPROVAL_ROWS: String(APPROVAL_ROWS) } },
    {
      manager: ['BRANCH_STAFF'],
      branchAdmin: ['BRANCH_ADMIN'],
      otherBranchAdmin: ['BRANCH_ADMIN', { branchCode: 'xiangcheng' }],
      elsewhere: ['BRANCH_STAFF', { branchCode: 'xiangcheng' }],
      admin: ['ADMIN'],
      checker: ['CHECKER'],
    },
  );

  /** An exhibition of the city archive with one booking of two named visitors and one group with a hostile name. */
  async function seeded() {
    const exhibition = await createBookableExhibition(server(), staff.manager, {
      plans: [{ startTime: '14:00', endTime: '16:00', capacity: 20, groupQuota: 20 }],
    });
    const people = [visitor(), visitor()];
    const slot = await exhibition.slotAt(TEST_TODAY);
    const booking = await bookOk(server(), await signInCitizen(server()), slot.id, { visitors: people });
    const groupDay = addDays(TEST_TODAY, 3);
    const organization = '=HYPERLINK("http://evil.example","点我")';
    successData(
      await requestGroupVisit(
        server(),
        await signInCitizen(server()),
        (await exhibition.slotAt(groupDay)).id,
        roster(10, 0, groupDay),
        { organization },
      ),
    );
    return { exhibition, people, booking, organization, range: { from: TEST_TODAY, to: groupDay } };
  }

  it('streams a masked CSV by default: BOM, masked names and document numbers kept as text, formulas escaped', async () => {
    const { exhibition, people, booking, organization, range } = await seeded();
    const csv = await download(server(), staff.manager.token, '/exports/bookings.csv', {
      ...range,
      exhibitionId: exhibition.id,
    });
    expect(csv.status).toBe(200);
    expect(csv.response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect([...csv.bytes.subarray(0, 3)]).toEqual(BOM);
    const lines = csv.text.trimEnd().split('\r\n');
    expect(lines[0].startsWith('预约号,')).toBe(true);
    expect(lines).toHaveLength(1 + people.length + 10);
    for (const person of people) {
      expect(csv.text).not.toContain(person.name);
      expect(csv.text).not.toContain(person.documentNumber);
      expect(csv.text).toContain(maskName(person.name));
      // A tab first: Excel keeps the cell as text (all 18 characters), not a number rounded after 15 digits.
      expect(csv.text).toContain(`,\t${maskDocumentNumber(person.documentNumber)},`);
    }
    expect(csv.text).toContain(booking.reference);
    // The organisation's formula reaches the file as text: an apostrophe first (and quoted for its quotes).
    expect(csv.text).toContain(`"'${organization.replaceAll('"', '""')}"`);
    expect(csv.text).not.toMatch(/(^|,)=HYPERLINK/m);

    const recorded = (await auditRows(server(), 'EXPORT_DOWNLOADED')).at(-1);
    expect(recorded).toMatchObject({ actor_account_id: staff.manager.accountId, row_count: people.length + 10 });
    expect(recorded?.revealed_fields).toBeNull();
  });

  it('escapes every formula start, tab and carriage return included', () => {
    for (const hostile of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1'])
      expect(escapeFormula(hostile)).toBe(`'${hostile}`);
    expect(escapeFormula('漳州市第一中学')).toBe('漳州市第一中学');
  });

  it('never shows another archive its rows, and refuses a wider scope or the audit log to branch staff', async () => {
    const { exhibition, booking, range } = await seeded();
    const theirs = await download(server(), staff.elsewhere.token, '/exports/bookings.csv', range);
    expect(theirs.status).toBe(200);
    expect(theirs.text).not.toContain(booking.reference);
    const named = await download(server(), staff.elsewhere.token, '/exports/bookings.csv', {
      ...range,
      exhibitionId: exhibition.id,
    });
    expect(named.text.trimEnd().split('\r\n')).toHaveLength(1);
    const wider = await download(server(), staff.elsewhere.token, '/exports/bookings.csv', {
      ...range,
      branchId: await branchId(server(), 'city'),
    });
    expect(wider.status).toBe(403);
    expect((await download(server(), staff.manager.token, '/exports/audit-log.csv', range)).status).toBe(403);
    expect((await download(server(), staff.checker.token, '/exports/bookings.csv', range)).status).toBe(403);
    const anonymous = await fetch(`${server().url}/exports/bookings.csv?from=${range.from}&to=${range.to}`);
    expect(anonymous.status).toBe(401);
    // The city administration sees it, and can narrow to one archive.
    expect((await download(server(), staff.admin.token, '/exports/bookings.csv', range)).text).toContain(
      booking.reference,
    );
    const narrowed = await download(server(), staff.admin.token, '/exports/bookings.csv', {
      ...range,
      branchId: await branchId(server(), 'xiangcheng'),
    });
    expect(narrowed.text).not.toContain(booking.reference);
  });

  it('refuses an unmasked export without a reason, and changes nothing', async () => {
    const { exhibition, range } = await seeded();
    const before = (await auditRows(server(), 'EXPORT_REQUESTED')).length;
    const refused = await call(
      server(),
      RequestUnmaskedExportDocument,
      { input: { kind: 'BOOKINGS', ...range, exhibitionId: exhibition.id }, reason: '  ' },
      staff.manager.token,
    );
    expect(refused).toMatchObject({ __typename: 'InputValidationError' });
    expect((await auditRows(server(), 'EXPORT_REQUESTED')).length).toBe(before);
  });

  it('lets a small unmasked export be downloaded at once, but only once, with full names and document numbers', async () => {
    const { exhibition, people } = await seeded();
    const reason = '核对当日入馆名单';
    const request = successData(
      await call(
        server(),
        RequestUnmaskedExportDocument,
        { input: { kind: 'BOOKINGS', from: TEST_TODAY, to: TEST_TODAY, exhibitionId: exhibition.id }, reason },
        staff.manager.token,
      ),
    );
    expect(request).toMatchObject({ status: 'APPROVED', rowCount: people.length, mine: true });
    expect(request.rowCount).toBeLessThanOrEqual(APPROVAL_ROWS);

    // Nobody else downloads it, not even an administrator.
    const stolen = await download(server(), staff.admin.token, '/exports/download', { request: request.id });
    expect(stolen.status).toBe(404);
    const csv = await download(server(), staff.manager.token, '/exports/download', { request: request.id });
    expect(csv.status).toBe(200);
    expect([...csv.bytes.subarray(0, 3)]).toEqual(BOM);
    for (const person of people) {
      expect(csv.text).toContain(person.name);
      expect(csv.text).toContain(`,\t${person.documentNumber},`);
    }
    const again = await download(server(), staff.manager.token, '/exports/download', { request: request.id });
    expect(again.status).toBe(410);
    expect(JSON.parse(new TextDecoder().decode(again.bytes)).error.code).toBe('EXPORT_ALREADY_DOWNLOADED');

    const requested = (await auditRows(server(), 'EXPORT_REQUESTED')).at(-1);
    expect(requested).toMatchObject({ reason, row_count: people.length, target_id: request.id });
    expect(requested?.revealed_fields).toContain('VISITOR_DOCUMENT_NUMBER');
    const downloaded = (await auditRows(server(), 'EXPORT_DOWNLOADED')).at(-1);
    expect(downloaded).toMatchObject({ reason, row_count: people.length, target_id: request.id });
    expect(downloaded?.detail).not.toContain(people[0].name);
  });

  it('refuses an approved download once its time has passed', async () => {
    const { exhibition } = await seeded();
    const request = successData(
      await call(
        server(),
        RequestUnmaskedExportDocument,
        {
          input: { kind: 'BOOKINGS', from: TEST_TODAY, to: TEST_TODAY, exhibitionId: exhibition.id },
          reason: '核对当日入馆名单',
        },
        staff.manager.token,
      ),
    );
    expect(request.status).toBe('APPROVED');
    expect(Date.parse(request.expiresAt ?? '')).toBe(
      server().clock.now() + server().config.exports.downloadTtlSeconds * 1000,
    );
    server().clock.set(Date.parse(request.expiresAt ?? '') + 1000);
    const late = await download(server(), staff.manager.token, '/exports/download', { request: request.id });
    expect(late.status).toBe(410);
    expect(JSON.parse(new TextDecoder().decode(late.bytes)).error.code).toBe('EXPORT_EXPIRED');
  });

  it('holds a large unmasked export for a second administrator: never the requester, then one download', async () => {
    const { exhibition, range } = await seeded();
    const request = successData(
      await call(
        server(),
        RequestUnmaskedExportDocument,
        { input: { kind: 'BOOKINGS', ...range, exhibitionId: exhibition.id }, reason: '团体参观名单报送公安' },
        staff.branchAdmin.token,
      ),
    );
    expect(request.status).toBe('PENDING');
    expect(request.rowCount).toBeGreaterThan(APPROVAL_ROWS);

    const early = await download(server(), staff.branchAdmin.token, '/exports/download', { request: request.id });
    expect(early.status).toBe(403);
    expect(JSON.parse(new TextDecoder().decode(early.bytes)).error.code).toBe('EXPORT_NOT_APPROVED');

    const self = await call(server(), DecideExportDocument, { id: request.id, approve: true }, staff.branchAdmin.token);
    expect(self).toMatchObject({ __typename: 'ExportApprovalRefusedError', rule: 'SELF_APPROVAL' });
    // Another archive's administrator does not even see it; branch staff may not decide at all.
    const other = await call(
      server(),
      DecideExportDocument,
      { id: request.id, approve: true },
      staff.otherBranchAdmin.token,
    );
    expect(other.__typename).toBe('ExportRequestNotFoundError');
    const pendingForAdmin = await call(server(), ExportRequestsDocument, {}, staff.admin.token);
    expect(pendingForAdmin.map((r) => r.id)).toContain(request.id);
    expect(
      (await call(server(), ExportRequestsDocument, {}, staff.otherBranchAdmin.token)).map((r) => r.id),
    ).not.toContain(request.id);

    const approved = successData(
      await call(server(), DecideExportDocument, { id: request.id, approve: true }, staff.admin.token),
    );
    expect(approved.status).toBe('APPROVED');
    const twice = await call(server(), DecideExportDocument, { id: request.id, approve: false }, staff.admin.token);
    expect(twice).toMatchObject({ __typename: 'ExportApprovalRefusedError', rule: 'NOT_PENDING' });

    const csv = await download(server(), staff.branchAdmin.token, '/exports/download', { request: request.id });
    expect(csv.status).toBe(200);
    expect(csv.text.trimEnd().split('\r\n')).toHaveLength(1 + request.rowCount);
    expect(
      (await download(server(), staff.branchAdmin.token, '/exports/download', { request: request.id })).status,
    ).toBe(410);
    expect((await auditRows(server(), 'EXPORT_APPROVED')).at(-1)).toMatchObject({
      actor_account_id: staff.admin.accountId,
      target_id: request.id,
      row_count: request.rowCount,
    });
  });

  it('records a refusal, after which nothing can be downloaded', async () => {
    const { exhibition, range } = await seeded();
    const request = successData(
      await call(
        server(),
        RequestUnmaskedExportDocument,
        { input: { kind: 'BOOKINGS', ...range, exhibitionId: exhibition.id }, reason: '核对团体名单信息' },
        staff.manager.token,
      ),
    );
    const refused = successData(
      await call(server(), DecideExportDocument, { id: request.id, approve: false }, staff.branchAdmin.token),
    );
    expect(refused.status).toBe('REFUSED');
    expect((await download(server(), staff.manager.token, '/exports/download', { request: request.id })).status).toBe(
      403,
    );
    expect((await auditRows(server(), 'EXPORT_REFUSED')).at(-1)).toMatchObject({
      actor_account_id: staff.branchAdmin.accountId,
      target_id: request.id,
    });
  });

  it('exports lookup requests and the audit log to administrators, masked', async () => {
    const range = { from: TEST_TODAY, to: TEST_TODAY };
    const applicant = visitor();
    const filed = await submitLookupOk(server(), await signInCitizen(server()), {
      applicant: {
        name: applicant.name,
        documentType: applicant.documentType,
        documentNumber: applicant.documentNumber,
      },
    });
    const audit = await download(server(), staff.branchAdmin.token, '/exports/audit-log.csv', range);
    expect(audit.status).toBe(200);
    expect([...audit.bytes.subarray(0, 3)]).toEqual(BOM);
    expect(audit.text.startsWith('序号,')).toBe(true);
    const lookups = await download(server(), staff.manager.token, '/exports/lookups.csv', {
      ...range,
      status: 'SUBMITTED',
    });
    expect(lookups.status).toBe(200);
    expect(lookups.text.startsWith('受理编号,')).toBe(true);
    expect(lookups.text).toContain(filed.receiptNumber);
    expect(lookups.text).toContain(`,\t${maskDocumentNumber(applicant.documentNumber)},`);
    expect(lookups.text).not.toContain(applicant.documentNumber);
    expect(lookups.text).not.toContain(applicant.name);
    // The other archive's staff never see the city archive's request.
    const theirs = await download(server(), staff.elsewhere.token, '/exports/lookups.csv', range);
    expect(theirs.text).not.toContain(filed.receiptNumber);
    const badStatus = await download(server(), staff.manager.token, '/exports/lookups.csv', {
      ...range,
      status: 'NOPE',
    });
    expect(badStatus.status).toBe(400);
  });
});

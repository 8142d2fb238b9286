// What the audit log records and who reads it. A representative staff action of each audited group writes its
// row (actor, role, archive, target, request id, address) in the action's transaction, with a keyed hash of the
// person concerned and no plaintext personal data in any column; the auditLog query finds rows by person (typed as
// staff type it), staff member, action and date, newest first a page at a time, and shows city administrators
// everything, archive administrators their archive's rows, and refuses every other role.
import { addDays } from '@zz/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../server/src/platform/audit/audit-chain';
import { auditPersonHash, auditPersonOfDocument } from '../../server/src/platform/audit/audit-log';
import {
  bookOk,
  createBookableExhibition,
  phoneNumber,
  requestGroupVisit,
  roster,
  TEST_TODAY,
} from '../testkit/booking';
import { dialects } from '../testkit/dialects';
import {
  AuditLogDocument,
  type AuditLogQueryVariables,
  CloseSlotDocument,
  RevealLookupPersonalDataDocument,
  RevealMessageRecipientPhoneDocument,
  ReviewGroupVisitDocument,
  SetLookupSettingsDocument,
} from '../testkit/generated/graphql';
import { call, resultAs, successData } from '../testkit/graphql';
import { lookupInput, moveLookupOk, submitLookup } from '../testkit/lookup';
import { deliver, messagesOf } from '../testkit/notifications';
import { createStaff, type StaffSignedIn, signInCitizen } from '../testkit/seed';
import { useStaffSuite } from '../testkit/suite';

const GROUP_DAY = addDays(TEST_TODAY, 2);

/** Every staff sign-in is a row too (the suite's own); the rows these tests look for are the others. */
const withoutSignIns = <T extends { action: string }>(entries: T[]) => entries.filter((e) => e.action !== 'SIGN_IN');

describe.each(dialects)('the audit log (%s)', (dialect) => {
  const { server, staff } = useStaffSuite(
    { dialect, resetClock: false },
    {
      admin: ['ADMIN'],
      zhaoanAdmin: ['BRANCH_ADMIN', { branchCode: 'zhaoan' }],
      nanjingAdmin: ['BRANCH_ADMIN', { branchCode: 'nanjing' }],
      zhaoanStaff: ['BRANCH_STAFF', { branchCode: 'zhaoan' }],
      checker: ['CHECKER', { branchCode: 'zhaoan' }],
    },
  );
  /** Every personal datum the actions below handled: none may appear in the log. */
  const plaintexts: string[] = [];
  let applicantDocument = '';
  let recipientPhone = '';
  let lookupId = '';
  let zhaoanBranchId = '';

  const rows = () => server().db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
  const rowsOf = async (action: string) => (await rows()).filter((r) => r.action === action);
  const search = async (who: StaffSignedIn, variables: AuditLogQueryVariables) =>
    call(server(), AuditLogDocument, variables, who.token);
  const entries = async (who: StaffSignedIn, variables: AuditLogQueryVariables = {}) =>
    successData(await search(who, { first: 50, ...variables })).edges.map((e) => e.node);

  beforeAll(async () => {
    zhaoanBranchId = String(
      (await server().db.selectFrom('branch').select('id').where('code', '=', 'zhaoan').executeTakeFirstOrThrow()).id,
    );
    // 查档: filed at 诏安, read in full and accepted by 诏安's staff.
    const citizen = await signInCitizen(server());
    const input = await lookupInput(server(), { receiving: 'zhaoan' });
    const filed = successData(await submitLookup(server(), citizen, input));
    lookupId = filed.id;
    applicantDocument = input.applicant.documentNumber;
    plaintexts.push(input.applicant.name, input.applicant.documentNumber, input.phone);
    successData(
      await call(
        server(),
        RevealLookupPersonalDataDocument,
        { requestId: filed.id, reason: '核对申请人身份' },
        staff.zhaoanStaff.token,
      ),
    );
    await moveLookupOk(server(), staff.zhaoanStaff, filed.id, 'ACCEPT');
  });

  it('records a reading of a request’s personal data: the person’s hash, the fields shown, the reason', async () => {
    // The request is about the applicant themself: one person, one row.
    const revealed = await rowsOf('PERSONAL_DATA_REVEALED');
    expect(revealed).toHaveLength(1);
    const vault = server().app.services.vault;
    expect(revealed.map((r) => r.person_hash)).toContain(
      auditPersonHash(vault, auditPersonOfDocument(applicantDocument)),
    );
    for (const row of revealed) {
      expect(row).toMatchObject({
        result: 'OK',
        actor_account_id: staff.zhaoanStaff.accountId,
        actor_role: 'BRANCH_STAFF',
        actor_branch_id: Number(zhaoanBranchId),
        target_kind: 'LOOKUP_REQUEST',
        target_id: lookupId,
        reason: '核对申请人身份',
      });
      expect(row.request_id).toMatch(/^[A-Za-z0-9._-]+$/);
      expect(row.client_address).toBeTruthy();
    }
    expect(revealed[0].revealed_fields).toBe(
      'APPLICANT_NAME,APPLICANT_DOCUMENT_NUMBER,APPLICANT_PHONE,SUBJECT_NAME,SUBJECT_DOCUMENT_NUMBER,CLUES',
    );
  });

  it('records a move of a 查档 request with its from and to, and the applicant’s hash', async () => {
    const [move] = await rowsOf('LOOKUP_ACTION');
    expect(move).toMatchObject({
      actor_account_id: staff.zhaoanStaff.accountId,
      target_kind: 'LOOKUP_REQUEST',
      target_id: lookupId,
      person_hash: auditPersonHash(server().app.services.vault, auditPersonOfDocument(applicantDocument)),
    });
    expect(JSON.parse(move.detail ?? '{}')).toEqual({ action: 'ACCEPT', from: 'SUBMITTED', to: 'ACCEPTED' });
  });

  it('records configuration changes, a group review, a slot closed with its bookings, and a phone revealed', async () => {
    // Configuration: an exhibition with its plan and slots (saveExhibition, setSlotTemplates, generateSlots).
    const exhibition = await createBookableExhibition(server(), staff.zhaoanStaff, {
      branchCode: 'zhaoan',
      plans: [{ startTime: '14:00', endTime: '16:00', capacity: 20, groupQuota: 30 }],
    });
    const changed = await rowsOf('EXHIBITION_CHANGED');
    expect(changed.at(-1)).toMatchObject({ target_kind: 'EXHIBITION', target_id: exhibition.id });
    expect(JSON.parse(changed.at(-1)?.detail ?? '{}')).toMatchObject({ change: 'CREATED' });
    expect((await rowsOf('SLOTS_CHANGED')).map((r) => JSON.parse(r.detail ?? '{}').change)).toEqual([
      'TEMPLATES',
      'GENERATED',
    ]);
    successData(
      await call(
        server(),
        SetLookupSettingsDocument,
        {
          branchId: zhaoanBranchId,
          settings: {
            enabledRecordTypes: ['EMPLOYMENT', 'MARRIAGE'],
            targets: { acceptDays: 3, answerDays: 15, notifyDays: 2 },
            visitLeadDays: 2,
          },
        },
        staff.zhaoanAdmin.token,
      ),
    );
    expect((await rowsOf('SETTINGS_CHANGED')).at(-1)).toMatchObject({
      actor_role: 'BRANCH_ADMIN',
      target_kind: 'LOOKUP_SETTINGS',
      target_id: zhaoanBranchId,
    });

    // A group visit reviewed.
    const organizer = await signInCitizen(server());
    const members = roster(2, 8, GROUP_DAY);
    const leaderPhone = phoneNumber();
    plaintexts.push(...members.flatMap((m) => [m.name, m.documentNumber]), leaderPhone);
    const groupSlot = await exhibition.slotAt(GROUP_DAY);
    const group = successData(await requestGroupVisit(server(), organizer, groupSlot.id, members, { leaderPhone }));
    successData(
      await call(server(), ReviewGroupVisitDocument, { bookingId: group.id, approve: true }, staff.zhaoanStaff.token),
    );
    const [reviewed] = await rowsOf('GROUP_VISIT_REVIEWED');
    expect(reviewed).toMatchObject({ target_kind: 'BOOKING', target_id: group.id });
    expect(JSON.parse(reviewed.detail ?? '{}')).toMatchObject({ approved: true });

    // A slot closed with a booking on it: the booking is cancelled by staff.
    const citizen = await signInCitizen(server());
    recipientPhone = phoneNumber();
    plaintexts.push(recipientPhone);
    const slot = await exhibition.slotAt(TEST_TODAY);
    await bookOk(server(), citizen, slot.id, { phone: recipientPhone });
    successData(
      await call(server(), CloseSlotDocument, { slotId: slot.id, reason: '设备检修' }, staff.zhaoanStaff.token),
    );
    expect(await rowsOf('BOOKING_CANCELLED_BY_STAFF')).toEqual([
      expect.objectContaining({ target_kind: 'SLOT', target_id: slot.id, row_count: 1 }),
    ]);

    // The citizen's phone revealed for a message WeChat could not deliver.
    await deliver(server());
    const [message] = await messagesOf(server(), citizen.accountId);
    await server()
      .db.updateTable('notification_outbox')
      .set({ status: 'NO_GRANT' })
      .where('id', '=', message.id)
      .execute();
    successData(
      await call(
        server(),
        RevealMessageRecipientPhoneDocument,
        { messageId: message.id, reason: '电话通知闭馆' },
        staff.zhaoanStaff.token,
      ),
    );
    const phoneRow = (await rowsOf('PERSONAL_DATA_REVEALED')).at(-1);
    expect(phoneRow).toMatchObject({
      target_kind: 'NOTIFICATION',
      target_id: String(message.id),
      revealed_fields: 'RECIPIENT_PHONE',
      person_hash: auditPersonHash(server().app.services.vault, { kind: 'phone', value: recipientPhone }),
    });
  });

  it('keeps no plaintext personal data in any column of any row, and the chain verifies', async () => {
    const all = await rows();
    expect(all.length).toBeGreaterThanOrEqual(10);
    const text = JSON.stringify(all);
    for (const value of plaintexts) expect(text).not.toContain(value);
    expect(await verifyAuditChain(server().app.services)).toMatchObject({ ok: true, rowsChecked: all.length });
  });

  it('shows city administrators every row, archive administrators their archive’s, and refuses the rest', async () => {
    const total = (await rows()).length;
    expect((await entries(staff.admin)).length).toBe(Math.min(total, 50));
    const zhaoan = await entries(staff.zhaoanAdmin);
    expect(zhaoan.length).toBeGreaterThan(0);
    expect(zhaoan.every((e) => e.actorBranch?.id === zhaoanBranchId)).toBe(true);
    // 南靖's administrator sees only their own sign-in, none of the rows made here.
    expect(withoutSignIns(await entries(staff.nanjingAdmin))).toEqual([]);
    for (const refused of [staff.zhaoanStaff, staff.checker]) {
      expect(resultAs(await search(refused, {}), 'NotAuthorizedError').reason).toBe('FORBIDDEN');
    }
    const anonymous = await server().execute(AuditLogDocument, {}, null);
    expect(anonymous.data?.auditLog.__typename).toBe('NotAuthorizedError');
  });

  it('finds rows by person as staff type the number, by staff member, action and date', async () => {
    const typed = `${applicantDocument.slice(0, 6)} ${applicantDocument.slice(6).toLowerCase()}`;
    const byPerson = await entries(staff.admin, { person: typed });
    expect(byPerson.map((e) => e.action).sort()).toEqual(['LOOKUP_ACTION', 'PERSONAL_DATA_REVEALED']);
    expect(byPerson.every((e) => e.targetId === lookupId)).toBe(true);
    const byPhone = await entries(staff.admin, {
      person: `+86 ${recipientPhone.slice(0, 3)}-${recipientPhone.slice(3)}`,
    });
    expect(byPhone.map((e) => [e.action, e.revealedFields])).toEqual([['PERSONAL_DATA_REVEALED', ['RECIPIENT_PHONE']]]);

    const byAccount = await entries(staff.admin, { staff: String(staff.zhaoanAdmin.accountId) });
    expect(withoutSignIns(byAccount).map((e) => e.action)).toEqual(['SETTINGS_CHANGED']);
    expect(withoutSignIns(byAccount)[0]).toMatchObject({
      actorRole: 'BRANCH_ADMIN',
      actorName: staff.zhaoanAdmin.displayName,
    });
    const byName = await entries(staff.admin, { staff: 'BRANCH_ADMIN 测试' });
    expect(withoutSignIns(byName).map((e) => e.actorAccountId)).toEqual([String(staff.zhaoanAdmin.accountId)]);

    const groupReviews = await entries(staff.admin, { action: 'GROUP_VISIT_REVIEWED' });
    expect(groupReviews).toHaveLength(1);
    expect(await entries(staff.admin, { from: addDays(TEST_TODAY, 1) })).toEqual([]);
    expect((await entries(staff.admin, { from: TEST_TODAY, to: TEST_TODAY })).length).toBe((await rows()).length);

    const invalid = await search(staff.admin, { person: '张' });
    expect(resultAs(invalid, 'InputValidationError').fieldErrors.map((e) => e.path)).toEqual(['person']);
    const reversed = await search(staff.admin, { from: TEST_TODAY, to: addDays(TEST_TODAY, -1) });
    expect(resultAs(reversed, 'InputValidationError').fieldErrors.map((e) => e.path)).toEqual(['to']);
  });

  it('pages newest first with a cursor, without repeating or skipping a row', async () => {
    const all = (await rows()).map((r) => String(r.seq)).reverse();
    const seen: string[] = [];
    let after: string | null | undefined;
    for (;;) {
      const page = successData(await search(staff.admin, { first: 3, after }));
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
    const forged = await server().execute(AuditLogDocument, { after: 'not-a-cursor' }, staff.admin.token);
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_CURSOR');
  });

  it('leaves no row when a reveal is refused (staff of another archive)', async () => {
    const other = await createStaff(server(), 'BRANCH_STAFF', { branchCode: 'nanjing' });
    // After their sign-in (itself a row): the refused reveal must add none.
    const before = (await rows()).length;
    const refused = await call(
      server(),
      RevealLookupPersonalDataDocument,
      { requestId: lookupId, reason: '看看' },
      other.token,
    );
    expect(refused.__typename).not.toBe('MutationRevealLookupPersonalDataSuccess');
    expect((await rows()).length).toBe(before);
  });
});

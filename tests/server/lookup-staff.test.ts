// The staff side of lookups: the queue (tabs, record type, filing dates, receipt number, overdue against the
// working-day targets and the holiday calendar), an archive's settings, reading personal data in full with a
// recorded reason, routing suggestions; and what the filing form refuses before anything is written.
import { addDays } from '@zz/shared';
import { describe, expect, it } from 'vitest';
import { at, resultAs, successData, TEST_TODAY } from '../testkit/booking';
import { dialects } from '../testkit/dialects';
import {
  BookLookupVisitDocument,
  LookupQueueDocument,
  LookupQueuePageDocument,
  type LookupQueueQueryVariables,
  LookupRequestForStaffDocument,
  RevealLookupPersonalDataDocument,
  SetLookupSettingsDocument,
  SetWorkingCalendarDayDocument,
  WorkingCalendarDocument,
} from '../testkit/generated/graphql';
import { call } from '../testkit/graphql';
import {
  branchId,
  lookupInput,
  lookupRequest,
  moveLookupOk,
  subjectPerson,
  submitLookup,
  submitLookupOk,
} from '../testkit/lookup';
import { createStaff, type StaffSignedIn, signInCitizen } from '../testkit/seed';
import { useStaffSuite } from '../testkit/suite';

describe.each(dialects)('lookups for staff (%s)', (dialect) => {
  const { server, staff } = useStaffSuite(
    { dialect, resetClock: false },
    {
      admin: ['ADMIN'],
      zhaoan: ['BRANCH_STAFF', { branchCode: 'zhaoan' }],
      nanjing: ['BRANCH_STAFF', { branchCode: 'nanjing' }],
    },
  );

  async function queue(staff: StaffSignedIn, variables: LookupQueueQueryVariables) {
    const result = successData(await call(server(), LookupQueueDocument, { first: 50, ...variables }, staff.token));
    return result.edges.map((e) => e.node);
  }

  it('lists an archive’s requests by tab, record type, filing date and receipt number, due first', async () => {
    const citizen = await signInCitizen(server());
    const monday = await submitLookupOk(server(), citizen, { receiving: 'zhaoan' });
    server().clock.set(at(addDays(TEST_TODAY, 1), '10:00'));
    const retirement = await submitLookupOk(server(), citizen, {
      receiving: 'zhaoan',
      recordType: 'RETIREMENT',
      clues: { description: '离退休审批表' },
    });
    const accepted = await submitLookupOk(server(), await signInCitizen(server()), { receiving: 'zhaoan' });
    await moveLookupOk(server(), staff.zhaoan, accepted.id, 'ACCEPT');
    server().clock.set(at(TEST_TODAY, '10:00'));

    const ids = (nodes: { id: string }[]) => nodes.map((n) => n.id);
    expect(ids(await queue(staff.zhaoan, { tab: 'NEW' }))).toEqual([monday.id, retirement.id]);
    expect(ids(await queue(staff.zhaoan, { tab: 'IN_PROGRESS' }))).toEqual([accepted.id]);
    expect(ids(await queue(staff.zhaoan, { tab: 'ALL', recordType: 'RETIREMENT' }))).toEqual([retirement.id]);
    expect(
      ids(await queue(staff.zhaoan, { tab: 'ALL', submittedFrom: '2026-11-25', submittedTo: '2026-11-25' })),
    ).toEqual([retirement.id, accepted.id]);
    expect(ids(await queue(staff.zhaoan, { tab: 'ALL', submittedTo: '2026-11-24' }))).toEqual([monday.id]);
    expect(
      ids(await queue(staff.zhaoan, { tab: 'ALL', receiptNumber: ` ${retirement.receiptNumber.toLowerCase()} ` })),
    ).toEqual([retirement.id]);
    expect(await queue(staff.nanjing, { tab: 'ALL' })).toEqual([]);
    // Administrators look at all archives, or one.
    expect(ids(await queue(staff.admin, { tab: 'NEW', branchId: await branchId(server(), 'zhaoan') }))).toEqual([
      monday.id,
      retirement.id,
    ]);
    expect(ids(await queue(staff.admin, { tab: 'NEW', branchId: await branchId(server(), 'nanjing') }))).toEqual([]);
    // Branch staff cannot widen their view to another archive.
    expect(ids(await queue(staff.nanjing, { tab: 'NEW', branchId: await branchId(server(), 'zhaoan') }))).toEqual([]);
    const reversed = await call(
      server(),
      LookupQueueDocument,
      { submittedFrom: '2026-11-25', submittedTo: '2026-11-24' },
      staff.zhaoan.token,
    );
    expect(resultAs(reversed, 'InputValidationError').fieldErrors).toEqual([
      { path: 'submittedTo', message: '结束日期不能早于开始日期' },
    ]);
  });

  it('flags requests whose next step is overdue on the working-day targets, holidays and make-up days included', async () => {
    // Filed on Friday 4 December: acceptance is due on Monday the 7th, unless the 7th is a holiday.
    server().clock.set(at('2026-12-04', '10:00'));
    successData(
      await call(
        server(),
        SetWorkingCalendarDayDocument,
        { date: '2026-12-07', kind: 'HOLIDAY', note: '测试' },
        staff.admin.token,
      ),
    );
    const late = await submitLookupOk(server(), await signInCitizen(server()), { receiving: 'nanjing' });
    expect(late.dueOn).toBe('2026-12-08');
    // A make-up working day on Saturday the 12th: filed on Friday the 11th, due that Saturday.
    successData(
      await call(server(), SetWorkingCalendarDayDocument, { date: '2026-12-12', kind: 'WORKDAY' }, staff.admin.token),
    );
    server().clock.set(at('2026-12-11', '10:00'));
    const onTime = await submitLookupOk(server(), await signInCitizen(server()), { receiving: 'nanjing' });
    expect(onTime.dueOn).toBe('2026-12-12');

    const flags = async () =>
      (await queue(staff.nanjing, { tab: 'NEW' })).map((n) => [n.id, n.dueOn, n.overdue] as const);
    expect(await flags()).toEqual([
      [late.id, '2026-12-08', true],
      [onTime.id, '2026-12-12', false],
    ]);
    expect((await queue(staff.nanjing, { tab: 'NEW', overdueOnly: true })).map((n) => n.id)).toEqual([late.id]);
    server().clock.set(at('2026-12-13', '09:00'));
    expect((await queue(staff.nanjing, { tab: 'NEW', overdueOnly: true })).map((n) => n.id)).toEqual([
      late.id,
      onTime.id,
    ]);
    const calendar = successData(
      await call(server(), WorkingCalendarDocument, { from: '2026-12-01', to: '2026-12-31' }),
    );
    expect(calendar).toEqual([
      { date: '2026-12-07', kind: 'HOLIDAY', note: '测试' },
      { date: '2026-12-12', kind: 'WORKDAY', note: null },
    ]);
    server().clock.set(at(TEST_TODAY, '10:00'));
  });

  it('marks a day again with another kind or note (the staff page edits a marked day in place), and refuses a long note at its path', async () => {
    const day = '2027-01-30'; // a Saturday
    const mark = (kind: 'HOLIDAY' | 'WORKDAY', note: string | null) =>
      call(server(), SetWorkingCalendarDayDocument, { date: day, kind, note }, staff.admin.token);
    const listed = async () => successData(await call(server(), WorkingCalendarDocument, { from: day, to: day }));
    successData(await mark('HOLIDAY', '春节'));
    expect(successData(await mark('WORKDAY', null))).toEqual({ date: day, kind: 'WORKDAY', note: null });
    expect(await listed()).toEqual([{ date: day, kind: 'WORKDAY', note: null }]);
    expect(resultAs(await mark('HOLIDAY', '节'.repeat(31)), 'InputValidationError').fieldErrors).toEqual([
      { path: 'note', message: '说明不能超过30字' },
    ]);
    expect(await listed()).toEqual([{ date: day, kind: 'WORKDAY', note: null }]);
  });

  it('counts due dates on an archive’s own targets, which only its staff and administrators change', async () => {
    const longwen = await branchId(server(), 'longwen');
    const settings = {
      enabledRecordTypes: ['EMPLOYMENT' as const, 'MARRIAGE' as const],
      targets: { acceptDays: 3, answerDays: 10, notifyDays: 5 },
      visitLeadDays: 2,
    };
    expect(
      resultAs(
        await call(server(), SetLookupSettingsDocument, { branchId: longwen, settings }, staff.zhaoan.token),
        'NotAuthorizedError',
      ).reason,
    ).toBe('FORBIDDEN');
    const saved = successData(
      await call(server(), SetLookupSettingsDocument, { branchId: longwen, settings }, staff.admin.token),
    );
    // Saved in the vocabulary's order.
    expect(saved).toEqual({ ...settings, enabledRecordTypes: ['MARRIAGE', 'EMPLOYMENT'] });
    const filed = await submitLookupOk(server(), await signInCitizen(server()), { receiving: 'longwen' });
    expect(filed.dueOn).toBe('2026-11-27');
    const invalid = await call(
      server(),
      SetLookupSettingsDocument,
      { branchId: longwen, settings: { ...settings, targets: { acceptDays: 0, answerDays: 4, notifyDays: 2 } } },
      staff.admin.token,
    );
    expect(resultAs(invalid, 'InputValidationError').fieldErrors).toEqual([
      { path: 'settings.targets.acceptDays', message: '应为1–30个工作日' },
    ]);
  });

  it('shows staff masked personal data, and the full data only for a stated reason, recording each reading', async () => {
    const citizen = await signInCitizen(server());
    const subject = subjectPerson();
    const input = await lookupInput(server(), {
      receiving: 'zhaoan',
      recordType: 'MARRIAGE',
      relation: 'SELF',
      clues: { partyOneName: '沈国强', partyTwoName: '许美玲', year: '1983', office: '诏安县民政局' },
      delivery: 'POST',
      postalAddress: '福建省漳州市诏安县南诏镇中山路8号',
      applicant: subject,
    });
    const filed = successData(await submitLookup(server(), citizen, input));
    const asStaff = await lookupRequest(server(), staff.zhaoan.token, filed.id);
    expect(asStaff).toMatchObject({
      applicant: {
        name: `${subject.name[0]}**`,
        documentNumber: `${subject.documentNumber.slice(0, 6)}********${subject.documentNumber.slice(-4)}`,
      },
      clues: [
        { key: 'partyOneName', value: '沈**' },
        { key: 'partyTwoName', value: '许**' },
        { key: 'year', value: '1983' },
        { key: 'office', value: '诏安县民政局' },
      ],
      postalAddress: '福建省漳州市******',
    });
    const blank = await call(
      server(),
      RevealLookupPersonalDataDocument,
      { requestId: filed.id, reason: ' ' },
      staff.zhaoan.token,
    );
    expect(resultAs(blank, 'InputValidationError').fieldErrors).toEqual([
      { path: 'reason', message: '请填写查看原因（100字以内）' },
    ]);
    expect(await server().db.selectFrom('personal_data_access').selectAll().execute()).toEqual([]);

    server().clock.advance(30_000);
    const revealed = successData(
      await call(
        server(),
        RevealLookupPersonalDataDocument,
        { requestId: filed.id, reason: '到馆核对身份证原件' },
        staff.zhaoan.token,
      ),
    );
    expect(revealed).toEqual({
      requestId: filed.id,
      applicantName: subject.name,
      applicantDocumentNumber: subject.documentNumber,
      applicantPhone: input.phone,
      subjectName: subject.name,
      subjectDocumentNumber: subject.documentNumber,
      clues: [
        { key: 'partyOneName', value: '沈国强' },
        { key: 'partyTwoName', value: '许美玲' },
        { key: 'year', value: '1983' },
        { key: 'office', value: '诏安县民政局' },
      ],
      postalAddress: '福建省漳州市诏安县南诏镇中山路8号',
    });
    const log = await server()
      .db.selectFrom('personal_data_access')
      .select(['staff_account_id', 'branch_id', 'subject_kind', 'subject_id', 'field', 'reason', 'accessed_at'])
      .orderBy('id')
      .execute();
    const entry = {
      staff_account_id: staff.zhaoan.accountId,
      branch_id: Number(await branchId(server(), 'zhaoan')),
      subject_kind: 'LOOKUP_REQUEST',
      subject_id: Number(filed.id),
      reason: '到馆核对身份证原件',
      accessed_at: server().clock.now(),
    };
    expect(log).toEqual(
      [
        'APPLICANT_NAME',
        'APPLICANT_DOCUMENT_NUMBER',
        'APPLICANT_PHONE',
        'SUBJECT_NAME',
        'SUBJECT_DOCUMENT_NUMBER',
        'CLUES',
        'POSTAL_ADDRESS',
      ].map((field) => ({ ...entry, field })),
    );
    server().clock.advance(-30_000);
  });

  it('suggests to staff the archive a request’s clues name while its holding archive is unknown', async () => {
    const filed = await submitLookupOk(server(), await signInCitizen(server()), {
      receiving: 'zhaoan',
      recordType: 'EDUCATED_YOUTH',
      clues: { year: '1975', destination: '平和县小溪公社', workUnit: '知青林场' },
    });
    expect(filed.holdingBranch).toBeNull();
    const view = await call(server(), LookupRequestForStaffDocument, { id: filed.id }, staff.zhaoan.token);
    expect(view?.suggestedHoldingBranchCode).toBe('pinghe');
  });

  it('refuses a filing that misses what its record type and relation need, writing nothing', async () => {
    const citizen = await signInCitizen(server());
    const before = await server().db.selectFrom('lookup_request').select('id').execute();
    const heir = await lookupInput(server(), { receiving: 'zhaoan', relation: 'HEIR', subject: subjectPerson() });
    expect(resultAs(await submitLookup(server(), citizen, heir), 'InputValidationError').fieldErrors).toEqual([
      { path: 'attachments', message: '请上传：当事人死亡证明、亲属关系或继承关系证明' },
    ]);
    const marriage = await lookupInput(server(), {
      receiving: 'zhaoan',
      recordType: 'MARRIAGE',
      relation: 'PROXY',
      clues: { partyOneName: '沈国强' },
    });
    expect(resultAs(await submitLookup(server(), citizen, marriage), 'InputValidationError').fieldErrors).toEqual([
      { path: 'subject', message: '请填写档案当事人的姓名和证件' },
      { path: 'clues.partyTwoName', message: '请填写另一方姓名' },
      { path: 'clues.year', message: '请填写登记年份' },
      { path: 'clues.office', message: '请填写登记机关' },
      { path: 'attachments', message: '请上传：当事人身份证件、经公证的授权委托书' },
    ]);
    // The kinds are right but no upload has these ids: refused as not the citizen's, and nothing is written
    // (lookup-attachments.test.ts files such requests with real uploads).
    const withDocuments = {
      ...heir,
      attachments: [
        { uploadId: '4'.repeat(32), kind: 'DEATH_CERTIFICATE' as const },
        { uploadId: '5'.repeat(32), kind: 'KINSHIP_PROOF' as const },
      ],
    };
    expect(
      resultAs(await submitLookup(server(), citizen, withDocuments), 'LookupAttachmentNotAvailableError'),
    ).toMatchObject({
      attachmentReason: 'NOT_AVAILABLE',
    });
    const unknownArchive = { ...(await lookupInput(server())), receivingBranchId: '999999' };
    expect(resultAs(await submitLookup(server(), citizen, unknownArchive), 'InputValidationError').fieldErrors).toEqual(
      [{ path: 'receivingBranchId', message: '所选档案馆不存在' }],
    );
    expect(await server().db.selectFrom('lookup_request').select('id').execute()).toEqual(before);
  });

  it('answers a queue page of 20 requests with their timelines, appointments, certificates and archives in ≤ 8 statements, however many it lists', async () => {
    const huaan = await createStaff(server(), 'BRANCH_STAFF', { branchCode: 'huaan' });
    for (let i = 0; i < 20; i++) {
      const citizen = await signInCitizen(server());
      const filed = await submitLookupOk(server(), citizen, { receiving: 'huaan', use: 'READ' });
      if (i % 4 === 0) {
        const slot = await server()
          .db.selectFrom('slot')
          .innerJoin('exhibition', 'exhibition.id', 'slot.exhibition_id')
          .innerJoin('branch', 'branch.id', 'exhibition.branch_id')
          .select('slot.id')
          .where('exhibition.mode', '=', 'READING_ROOM')
          .where('branch.code', '=', 'huaan')
          .where('slot.visit_date', '=', '2026-11-26')
          .executeTakeFirstOrThrow();
        successData(
          await call(
            server(),
            BookLookupVisitDocument,
            { requestId: filed.id, slotId: String(slot.id) },
            citizen.token,
          ),
        );
      }
      if (i % 2 === 0) {
        await moveLookupOk(server(), huaan, filed.id, 'ACCEPT');
        await moveLookupOk(server(), huaan, filed.id, 'START_SEARCH');
        await moveLookupOk(server(), huaan, filed.id, 'RECORD_FOUND', { archiveReference: `HA-${i}` });
        await moveLookupOk(server(), huaan, filed.id, 'ISSUE_CERTIFICATE');
      }
    }
    let nodes = 0;
    const statements = await server().statementsDuring(async () => {
      const result = await server().execute(LookupQueuePageDocument, { first: 20 }, huaan.token);
      expect(result.errors).toBeUndefined();
      nodes = successData(result.data!.lookupQueue).edges.length;
    });
    expect(nodes).toBe(20);
    expect(statements.length, statements.join('\n')).toBeLessThanOrEqual(8);
  });
});

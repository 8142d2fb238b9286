// A lookup request through GraphQL from filing to completion: receipt numbers, masked personal data, the moves
// of the state machine with their typed refusals, due dates on working days, the timeline, the messages left
// for the citizen, the one-open-request rule, asking for more and refusing, and two members of staff racing.
import { addDays } from '@zz/shared';
import { describe, expect, it } from 'vitest';
import { LookupRequestChangedError } from '../../server/src/modules/lookup/lookup.errors';
import { moveRequest } from '../../server/src/modules/lookup/transition.service';
import {
  actorOf,
  at,
  depsOf,
  outboxOf,
  resultAs,
  rivalBeforeFirstUpdate,
  successData,
  TEST_TODAY,
} from '../testkit/booking';
import { dialects } from '../testkit/dialects';
import {
  SetLookupSettingsDocument,
  SupplementLookupRequestDocument,
  WithdrawLookupRequestDocument,
} from '../testkit/generated/graphql';
import { call } from '../testkit/graphql';
import {
  branchId,
  lookupInput,
  lookupRequest,
  moveLookup,
  moveLookupOk,
  submitLookup,
  submitLookupOk,
} from '../testkit/lookup';
import { createStaff, signInCitizen } from '../testkit/seed';
import { useStaffSuite } from '../testkit/suite';

const masked = (id: string) => `${id.slice(0, 6)}********${id.slice(-4)}`;

describe.each(dialects)('lookup requests from filing to completion (%s)', (dialect) => {
  const { server, staff } = useStaffSuite(
    { dialect, resetClock: false },
    {
      xiangcheng: ['BRANCH_STAFF', { branchCode: 'xiangcheng' }],
      xiangchengColleague: ['BRANCH_STAFF', { branchCode: 'xiangcheng' }],
      longhai: ['BRANCH_STAFF', { branchCode: 'longhai' }],
    },
  );

  it("files a request under the receiving archive's receipt number of the day, its personal data masked, acceptance due the next working day", async () => {
    const citizen = await signInCitizen(server());
    const input = await lookupInput(server(), { receiving: 'dongshan' });
    const filed = successData(await submitLookup(server(), citizen, input));
    expect(filed).toMatchObject({
      receiptNumber: 'ZZDA-DS-20261124-0001',
      status: 'SUBMITTED',
      statusNote: null,
      recordType: 'EMPLOYMENT',
      relation: 'SELF',
      applicant: {
        name: `${input.applicant.name[0]}**`,
        documentType: 'RESIDENT_ID',
        documentNumber: masked(input.applicant.documentNumber),
        phone: `${input.phone.slice(0, 3)}****${input.phone.slice(-4)}`,
      },
      // 本人: the subject is the applicant.
      subject: { name: `${input.applicant.name[0]}**`, documentNumber: masked(input.applicant.documentNumber) },
      clues: [{ key: 'description', label: '档案情况描述', value: '1985年招工进入漳州糖厂，需查招工登记表' }],
      receivingBranch: { code: 'dongshan' },
      holdingBranch: null,
      requiredDocuments: [],
      deskVisit: false,
      needsVisit: false,
      dueOn: '2026-11-25',
      overdue: false,
      closedAt: null,
      roles: ['CITIZEN'],
      availableActions: ['WITHDRAW'],
    });
    const second = await submitLookupOk(server(), await signInCitizen(server()), { receiving: 'dongshan' });
    expect(second.receiptNumber).toBe('ZZDA-DS-20261124-0002');
    // Another archive counts its own day.
    const city = await submitLookupOk(server(), await signInCitizen(server()), { receiving: 'pinghe' });
    expect(city.receiptNumber).toBe('ZZDA-PH-20261124-0001');
  });

  it('takes a request received by one archive and held by another through every step to completion, recording each', async () => {
    const citizen = await signInCitizen(server());
    const filed = await submitLookupOk(server(), citizen, { receiving: 'xiangcheng', use: 'CERTIFY' });
    const accepted = await moveLookupOk(server(), staff.xiangcheng, filed.id, 'ACCEPT');
    // Accepted on Tuesday 24 November: the answer is due four working days on, Monday 30 November.
    expect(accepted).toMatchObject({ status: 'ACCEPTED', dueOn: '2026-11-30' });
    expect(accepted.availableActions).toEqual(['ASK_FOR_MORE', 'REFUSE', 'FORWARD', 'START_SEARCH']);

    const forwarded = await moveLookupOk(server(), staff.xiangcheng, filed.id, 'FORWARD', {
      holding: 'longhai',
      note: '婚前工作单位在龙海',
    });
    // Forwarding does not restart the answer clock.
    expect(forwarded).toMatchObject({ status: 'FORWARDED', holdingBranch: { code: 'longhai' }, dueOn: '2026-11-30' });
    expect(forwarded.availableActions).toEqual([]);

    server().clock.set(at(addDays(TEST_TODAY, 1), '09:00'));
    expect(await moveLookupOk(server(), staff.longhai, filed.id, 'START_SEARCH')).toMatchObject({
      status: 'SEARCHING',
    });
    const found = await moveLookupOk(server(), staff.longhai, filed.id, 'RECORD_FOUND', {
      archiveReference: 'LH-0012-1985-033',
    });
    // Found on Wednesday 25 November: the citizen must have it within two working days, by Friday 27.
    expect(found).toMatchObject({ status: 'FOUND', archiveReference: 'LH-0012-1985-033', dueOn: '2026-11-27' });
    const certified = await moveLookupOk(server(), staff.longhai, filed.id, 'ISSUE_CERTIFICATE');
    expect(certified).toMatchObject({ status: 'CERTIFIED', dueOn: '2026-11-27' });
    expect(certified.certificate).toMatchObject({
      serial: 'ZZDA-LH-ZM-2026-00001',
      issuingBranch: { code: 'longhai' },
    });
    const completed = await moveLookupOk(server(), staff.xiangcheng, filed.id, 'MARK_COLLECTED');
    expect(completed).toMatchObject({ status: 'COMPLETED', dueOn: null, availableActions: [] });

    const seen = await lookupRequest(server(), citizen.token, filed.id);
    expect(seen?.timeline.map((e) => [e.kind, e.fromStatus, e.toStatus, e.branch?.code ?? null, e.byCitizen])).toEqual([
      ['SUBMIT', null, 'SUBMITTED', null, true],
      ['ACCEPT', 'SUBMITTED', 'ACCEPTED', 'xiangcheng', false],
      ['FORWARD', 'ACCEPTED', 'FORWARDED', 'xiangcheng', false],
      ['START_SEARCH', 'FORWARDED', 'SEARCHING', 'longhai', false],
      ['RECORD_FOUND', 'SEARCHING', 'FOUND', 'longhai', false],
      ['ISSUE_CERTIFICATE', 'FOUND', 'CERTIFIED', 'longhai', false],
      ['MARK_COLLECTED', 'CERTIFIED', 'COMPLETED', 'xiangcheng', false],
    ]);
    expect(seen?.timeline[2].note).toBe('婚前工作单位在龙海');
    expect(seen?.timeline.map((e) => e.at)).toEqual([
      ...Array(3).fill(new Date(at(TEST_TODAY, '10:00')).toISOString()),
      ...Array(4).fill(new Date(at(addDays(TEST_TODAY, 1), '09:00')).toISOString()),
    ]);
    expect((await outboxOf(server(), [citizen.accountId])).map((m) => [m.kind, JSON.parse(m.payload)])).toEqual([
      ['LOOKUP_ACCEPTED', { requestId: Number(filed.id), receiptNumber: filed.receiptNumber }],
      ['LOOKUP_FORWARDED', { requestId: Number(filed.id), receiptNumber: filed.receiptNumber }],
      ['LOOKUP_FOUND', { requestId: Number(filed.id), receiptNumber: filed.receiptNumber }],
      [
        'LOOKUP_CERTIFICATE_ISSUED',
        { requestId: Number(filed.id), receiptNumber: filed.receiptNumber, serial: 'ZZDA-LH-ZM-2026-00001' },
      ],
    ]);
    server().clock.set(at(TEST_TODAY, '10:00'));
  });

  it('lets the receiving archive search its own holdings without forwarding, and close a request nothing was found for', async () => {
    const citizen = await signInCitizen(server());
    const filed = await submitLookupOk(server(), citizen, { receiving: 'xiangcheng' });
    await moveLookupOk(server(), staff.xiangcheng, filed.id, 'ACCEPT');
    const searching = await moveLookupOk(server(), staff.xiangcheng, filed.id, 'START_SEARCH');
    expect(searching).toMatchObject({ status: 'SEARCHING', holdingBranch: { code: 'xiangcheng' } });
    const notFound = await moveLookupOk(server(), staff.xiangcheng, filed.id, 'RECORD_NOT_FOUND', {
      note: '1980–1990年招工档案中未见该姓名',
    });
    expect(notFound).toMatchObject({ status: 'NOT_FOUND', statusNote: '1980–1990年招工档案中未见该姓名' });
    expect(await moveLookupOk(server(), staff.xiangcheng, filed.id, 'CLOSE')).toMatchObject({ status: 'COMPLETED' });
    expect((await outboxOf(server(), [citizen.accountId])).map((m) => m.kind)).toEqual([
      'LOOKUP_ACCEPTED',
      'LOOKUP_NOT_FOUND',
    ]);
  });

  it('refuses a move the state machine does not list with a typed error naming the status and the action', async () => {
    const citizen = await signInCitizen(server());
    const filed = await submitLookupOk(server(), citizen, { receiving: 'xiangcheng' });
    expect(
      resultAs(await moveLookup(server(), staff.xiangcheng, filed.id, 'RECORD_FOUND'), 'IllegalLookupTransitionError'),
    ).toMatchObject({ from: 'SUBMITTED', action: 'RECORD_FOUND', message: '申请已提交，不能登记已查到' });
    // A citizen's move made by staff.
    expect(
      resultAs(await moveLookup(server(), staff.xiangcheng, filed.id, 'WITHDRAW'), 'IllegalLookupTransitionError'),
    ).toMatchObject({ from: 'SUBMITTED', action: 'WITHDRAW' });
    await moveLookupOk(server(), staff.xiangcheng, filed.id, 'ACCEPT');
    await moveLookupOk(server(), staff.xiangcheng, filed.id, 'FORWARD', { holding: 'longhai' });
    // Searching a forwarded request is the holding archive's move, not the receiving one's.
    expect(
      resultAs(await moveLookup(server(), staff.xiangcheng, filed.id, 'START_SEARCH'), 'IllegalLookupTransitionError'),
    ).toMatchObject({ from: 'FORWARDED', action: 'START_SEARCH' });
    // Handing over needs a result first, and this request is picked up, not posted.
    expect(
      resultAs(await moveLookup(server(), staff.xiangcheng, filed.id, 'MARK_POSTED'), 'IllegalLookupTransitionError'),
    ).toMatchObject({ from: 'FORWARDED', action: 'MARK_POSTED' });
    expect((await lookupRequest(server(), citizen.token, filed.id))?.status).toBe('FORWARDED');
  });

  it('asks for more with a note of what is missing, and the answer sends the request back to be accepted again', async () => {
    const citizen = await signInCitizen(server());
    const filed = await submitLookupOk(server(), citizen, { receiving: 'xiangcheng' });
    const noNote = resultAs(
      await moveLookup(server(), staff.xiangcheng, filed.id, 'ASK_FOR_MORE'),
      'InputValidationError',
    );
    expect(noNote.fieldErrors).toEqual([{ path: 'note', message: '请说明需要补充的材料或线索' }]);
    const asked = await moveLookupOk(server(), staff.xiangcheng, filed.id, 'ASK_FOR_MORE', {
      note: '请补充招工单位全称',
    });
    // Nothing is due from the archive while it waits on the citizen.
    expect(asked).toMatchObject({ status: 'NEEDS_MORE', statusNote: '请补充招工单位全称', dueOn: null });
    expect((await outboxOf(server(), [citizen.accountId])).map((m) => [m.kind, JSON.parse(m.payload).missing])).toEqual(
      [['LOOKUP_NEEDS_MORE', '请补充招工单位全称']],
    );

    const empty = await call(server(), SupplementLookupRequestDocument, { id: filed.id, input: {} }, citizen.token);
    expect(resultAs(empty, 'InputValidationError').fieldErrors).toEqual([
      { path: 'note', message: '请补充线索、材料或说明' },
    ]);
    server().clock.set(at('2026-11-27', '16:00'));
    const answered = successData(
      await call(
        server(),
        SupplementLookupRequestDocument,
        { id: filed.id, input: { clues: { description: '1985年招工进入漳州糖厂（国营）' }, note: '已补充单位全称' } },
        citizen.token,
      ),
    );
    // Answered on Friday 27 November: acceptance is due on Monday 30.
    expect(answered).toMatchObject({
      status: 'SUBMITTED',
      statusNote: '已补充单位全称',
      dueOn: '2026-11-30',
      clues: [{ key: 'description', value: '1985年招工进入漳州糖厂（国营）' }],
    });
    expect(await moveLookupOk(server(), staff.xiangcheng, filed.id, 'ACCEPT')).toMatchObject({ status: 'ACCEPTED' });
    server().clock.set(at(TEST_TODAY, '10:00'));
  });

  it('refuses with a reason, which closes the request and lets the person file again', async () => {
    const citizen = await signInCitizen(server());
    const input = await lookupInput(server(), { receiving: 'xiangcheng' });
    const filed = successData(await submitLookup(server(), citizen, input));
    expect(
      resultAs(await moveLookup(server(), staff.xiangcheng, filed.id, 'REFUSE'), 'InputValidationError').fieldErrors,
    ).toEqual([{ path: 'note', message: '请填写不予受理的原因' }]);
    const refused = await moveLookupOk(server(), staff.xiangcheng, filed.id, 'REFUSE', { note: '申请人非档案当事人' });
    expect(refused).toMatchObject({ status: 'REFUSED', statusNote: '申请人非档案当事人', dueOn: null });
    expect((await lookupRequest(server(), citizen.token, filed.id))?.closedAt).toBe(
      new Date(at(TEST_TODAY, '10:00')).toISOString(),
    );
    expect((await outboxOf(server(), [citizen.accountId])).map((m) => [m.kind, JSON.parse(m.payload).reason])).toEqual([
      ['LOOKUP_REFUSED', '申请人非档案当事人'],
    ]);
    const again = successData(await submitLookup(server(), citizen, { ...input, phone: input.phone }));
    expect(again.status).toBe('SUBMITTED');
  });

  it('refuses a second open request for the same person and record type, naming the first only to its own citizen', async () => {
    const citizen = await signInCitizen(server());
    const input = await lookupInput(server(), { receiving: 'huaan' });
    const first = successData(await submitLookup(server(), citizen, input));
    const duplicate = resultAs(await submitLookup(server(), citizen, input), 'DuplicateOpenLookupError');
    expect(duplicate).toMatchObject({ recordType: 'EMPLOYMENT', receiptNumber: first.receiptNumber });
    // Someone else asking about the same person is refused without learning the first request's number.
    const stranger = await signInCitizen(server());
    expect(resultAs(await submitLookup(server(), stranger, input), 'DuplicateOpenLookupError')).toMatchObject({
      recordType: 'EMPLOYMENT',
      receiptNumber: null,
    });
    // Another record type of the same person is a different request; the refusals gave their numbers back.
    const other = successData(
      await submitLookup(server(), citizen, {
        ...input,
        recordType: 'RETIREMENT',
        clues: { description: '离休审批表' },
      }),
    );
    expect(other.receiptNumber).toBe(
      `ZZDA-HA-20261124-${String(Number(first.receiptNumber.slice(-4)) + 1).padStart(4, '0')}`,
    );
    // Once withdrawn, the first no longer blocks.
    expect(
      successData(await call(server(), WithdrawLookupRequestDocument, { id: first.id }, citizen.token)).status,
    ).toBe('WITHDRAWN');
    expect(successData(await submitLookup(server(), citizen, input)).status).toBe('SUBMITTED');
  });

  it('lets only one of two members of staff move a request they both saw (on MySQL both really reach the update; SQLite may run them one after the other)', async () => {
    let raced = 0;
    for (let round = 0; round < 6 && raced < 2; round++) {
      const filed = await submitLookupOk(server(), await signInCitizen(server()), { receiving: 'xiangcheng' });
      let results: Awaited<ReturnType<typeof moveLookup>>[] = [];
      const statements = await server().statementsDuring(async () => {
        results = await Promise.all([
          moveLookup(server(), staff.xiangcheng, filed.id, 'ACCEPT', { expectedStatus: 'SUBMITTED' }),
          moveLookup(server(), staff.xiangchengColleague, filed.id, 'REFUSE', {
            expectedStatus: 'SUBMITTED',
            note: '材料不全',
          }),
        ]);
      });
      raced = statements.filter((sql) => /^update .lookup_request. set/i.test(sql)).length;
      const winner = results.find((r) => r.__typename === 'MutationMoveLookupRequestSuccess');
      const loser = results.find((r) => r.__typename !== 'MutationMoveLookupRequestSuccess');
      const won = winner ? successData(winner).status : null;
      expect(['ACCEPTED', 'REFUSED']).toContain(won);
      expect(loser && resultAs(loser, 'LookupRequestChangedError').currentStatus).toBe(won);
      const timeline = (await lookupRequest(server(), staff.xiangcheng.token, filed.id))?.timeline ?? [];
      // One move happened, once: one timeline entry after the filing.
      expect(timeline.map((e) => e.toStatus)).toEqual(['SUBMITTED', won]);
    }
    if (dialect === 'mysql') expect(raced, 'both moves reached the update in one of the rounds').toBe(2);
  });

  it('refuses a move when a colleague moved the request between its read and its update, changing nothing (the race staged on both databases: the rival commits just before the conditional update)', async () => {
    const filed = await submitLookupOk(server(), await signInCitizen(server()), { receiving: 'xiangcheng' });
    const { db, raced } = rivalBeforeFirstUpdate(server().db, 'lookup_request', () =>
      moveLookupOk(server(), staff.xiangchengColleague, filed.id, 'REFUSE', {
        expectedStatus: 'SUBMITTED',
        note: '材料不全',
      }),
    );
    const late = moveRequest(
      depsOf(server(), db),
      await actorOf(server(), staff.xiangcheng),
      Number(filed.id),
      { action: 'ACCEPT', expectedStatus: 'SUBMITTED' },
      { daysAfterClose: server().config.uploads.retentionDaysAfterClose },
    );
    await expect(late).rejects.toBeInstanceOf(LookupRequestChangedError);
    await expect(late).rejects.toMatchObject({ status: 'REFUSED' });
    expect(raced()).toBe(true);
    const timeline = (await lookupRequest(server(), staff.xiangcheng.token, filed.id))?.timeline ?? [];
    expect(timeline.map((e) => e.toStatus)).toEqual(['SUBMITTED', 'REFUSED']);
  });

  it('takes the archive in whose name staff act from their role, and refuses a forward to an archive that does not hold the type', async () => {
    const admin = await createStaff(server(), 'ADMIN');
    const nanjing = await branchId(server(), 'nanjing');
    const settings = {
      enabledRecordTypes: ['MARRIAGE' as const],
      targets: { acceptDays: 1, answerDays: 4, notifyDays: 2 },
      visitLeadDays: 1,
    };
    successData(await call(server(), SetLookupSettingsDocument, { branchId: nanjing, settings }, admin.token));
    const filed = await submitLookupOk(server(), await signInCitizen(server()), { receiving: 'xiangcheng' });
    await moveLookupOk(server(), admin, filed.id, 'ACCEPT');
    expect(
      resultAs(
        await moveLookup(server(), admin, filed.id, 'FORWARD', { holding: 'nanjing' }),
        'LookupRecordTypeNotHeldError',
      ),
    ).toMatchObject({ recordType: 'EMPLOYMENT', branchName: '南靖县档案馆' });
    expect(
      resultAs(
        await moveLookup(server(), admin, filed.id, 'FORWARD', { holding: 'xiangcheng' }),
        'InputValidationError',
      ).fieldErrors,
    ).toEqual([{ path: 'holdingBranchId', message: '档案由本馆保管时，请直接开始查档' }]);
    // Filing with a holding archive that does not hold the type is refused at once.
    const citizen = await signInCitizen(server());
    expect(
      resultAs(
        await submitLookup(
          server(),
          citizen,
          await lookupInput(server(), { receiving: 'xiangcheng', holding: 'nanjing' }),
        ),
        'LookupRecordTypeNotHeldError',
      ),
    ).toMatchObject({ recordType: 'EMPLOYMENT', branchName: '南靖县档案馆' });
    await moveLookupOk(server(), admin, filed.id, 'FORWARD', { holding: 'longhai' });
    const timeline = (await lookupRequest(server(), admin.token, filed.id))?.timeline ?? [];
    // The city administrator acted for 芗城, the receiving archive.
    expect(timeline.map((e) => e.branch?.code ?? null)).toEqual([null, 'xiangcheng', 'xiangcheng']);
  });
});

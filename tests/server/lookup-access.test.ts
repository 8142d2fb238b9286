// Who may see and act on a lookup request: its citizen, staff of the archive that received it and of the one
// that holds the record (the city administrator for any); nobody else, on any lookup field. Another archive's
// staff, another citizen, an anonymous caller and a checker are refused, and nothing changes.
import { ARCHIVE_BRANCHES } from '@zz/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../testkit/dialects';
import {
  BookLookupVisitDocument,
  CancelLookupVisitDocument,
  ClearWorkingCalendarDayDocument,
  LookupQueueDocument,
  LookupRequestDocument,
  LookupRequestForStaffDocument,
  MoveLookupRequestDocument,
  MyLookupRequestsDocument,
  OpenLookupAttachmentDocument,
  RevealLookupPersonalDataDocument,
  RevokeLookupCertificateDocument,
  SetLookupSettingsDocument,
  SetWorkingCalendarDayDocument,
  SupplementLookupRequestDocument,
  WithdrawLookupRequestDocument,
} from '../testkit/generated/graphql';
import { outcome } from '../testkit/graphql';
import { branchId, lookupRequest, moveLookupOk, submitLookupOk } from '../testkit/lookup';
import { createStaff, type SignedInAs, type StaffSignedIn, signInCitizen } from '../testkit/seed';
import type { GraphQLResult, TestServer } from '../testkit/server';
import { useTestServer } from '../testkit/suite';

/** An upload id of the right shape that names no attachment (reading attachments: lookup-attachments.test.ts). */
const UPLOAD_ID = 'd'.repeat(32);

async function queueIds(server: TestServer, staff: StaffSignedIn): Promise<string[]> {
  const result = await server.execute(LookupQueueDocument, { tab: 'ALL', first: 50 }, staff.token);
  const queue = result.data?.lookupQueue;
  if (queue?.__typename !== 'QueryLookupQueueSuccess') throw new Error(JSON.stringify(result));
  return queue.data.edges.map((e) => e.node.id);
}

describe.each(dialects)('who may see and act on a lookup request (%s)', (dialect) => {
  const server = useTestServer({ dialect });
  const staffOf = new Map<string, StaffSignedIn>();
  let admin: StaffSignedIn;
  let checker: StaffSignedIn;

  beforeAll(async () => {
    const start = server().clock.now();
    // Staff sign-in allows 10 a minute from one address: the clock moves on between the 14 sign-ins.
    const signIn = async (...args: Parameters<typeof createStaff>) => {
      server().clock.advance(7_000);
      return createStaff(...args);
    };
    for (const branch of ARCHIVE_BRANCHES) {
      staffOf.set(branch.code, await signIn(server(), 'BRANCH_STAFF', { branchCode: branch.code }));
    }
    admin = await signIn(server(), 'ADMIN');
    checker = await signIn(server(), 'CHECKER', { branchCode: 'xiangcheng' });
    server().clock.set(start);
  });
  const staff = (code: string) => staffOf.get(code) as StaffSignedIn;

  it('keeps a request that concerns only 芗城 from 龙海’s staff: they cannot read, list or move it', async () => {
    const filed = await submitLookupOk(server(), await signInCitizen(server()), { receiving: 'xiangcheng' });
    const longhai = staff('longhai');
    expect(await lookupRequest(server(), longhai.token, filed.id)).toBeNull();
    expect(await queueIds(server(), longhai)).not.toContain(filed.id);
    const tries = {
      move: outcome(
        await server().execute(MoveLookupRequestDocument, { input: { id: filed.id, action: 'ACCEPT' } }, longhai.token),
      ),
      reveal: outcome(
        await server().execute(
          RevealLookupPersonalDataDocument,
          { requestId: filed.id, reason: '核对身份' },
          longhai.token,
        ),
      ),
      revoke: outcome(
        await server().execute(RevokeLookupCertificateDocument, { requestId: filed.id, reason: '误发' }, longhai.token),
      ),
      openAttachment: outcome(
        await server().execute(
          OpenLookupAttachmentDocument,
          { requestId: filed.id, uploadId: UPLOAD_ID, reason: '核对' },
          longhai.token,
        ),
      ),
      settings: outcome(
        await server().execute(
          SetLookupSettingsDocument,
          {
            branchId: await branchId(server(), 'xiangcheng'),
            settings: {
              enabledRecordTypes: [],
              targets: { acceptDays: 1, answerDays: 4, notifyDays: 2 },
              visitLeadDays: 1,
            },
          },
          longhai.token,
        ),
      ),
    };
    expect(tries).toEqual({
      move: 'LookupRequestNotFoundError',
      reveal: 'LookupRequestNotFoundError',
      revoke: 'LookupRequestNotFoundError',
      openAttachment: 'LookupRequestNotFoundError',
      settings: 'NotAuthorizedError:FORBIDDEN',
    });
    const seen = await lookupRequest(server(), staff('xiangcheng').token, filed.id);
    expect(seen).toMatchObject({ status: 'SUBMITTED', roles: ['RECEIVING_ARCHIVE'] });
    expect(seen?.timeline).toHaveLength(1);
    expect(await server().db.selectFrom('personal_data_access').selectAll().execute()).toEqual([]);
  });

  it('makes a forwarded request visible to the receiving and the holding archive and to no other', async () => {
    const filed = await submitLookupOk(server(), await signInCitizen(server()), { receiving: 'xiangcheng' });
    await moveLookupOk(server(), staff('xiangcheng'), filed.id, 'ACCEPT');
    await moveLookupOk(server(), staff('xiangcheng'), filed.id, 'FORWARD', { holding: 'longhai' });
    const visibility: Record<string, { read: string[] | null; listed: boolean }> = {};
    for (const branch of ARCHIVE_BRANCHES) {
      const member = staff(branch.code);
      const read = await lookupRequest(server(), member.token, filed.id);
      visibility[branch.code] = {
        read: read?.roles ?? null,
        listed: (await queueIds(server(), member)).includes(filed.id),
      };
    }
    const hidden = { read: null, listed: false };
    expect(visibility).toEqual({
      city: hidden,
      xiangcheng: { read: ['RECEIVING_ARCHIVE'], listed: true },
      longwen: hidden,
      longhai: { read: ['HOLDING_ARCHIVE'], listed: true },
      changtai: hidden,
      zhangpu: hidden,
      yunxiao: hidden,
      zhaoan: hidden,
      dongshan: hidden,
      nanjing: hidden,
      pinghe: hidden,
      huaan: hidden,
    });
    // The city administrator sees every archive's requests and may act for either side.
    expect((await lookupRequest(server(), admin.token, filed.id))?.roles).toEqual([
      'RECEIVING_ARCHIVE',
      'HOLDING_ARCHIVE',
    ]);
    expect(await queueIds(server(), admin)).toContain(filed.id);
    // Only the holding archive moves it on.
    expect(await moveLookupOk(server(), staff('longhai'), filed.id, 'START_SEARCH')).toMatchObject({
      status: 'SEARCHING',
    });
  });

  it('shows a request whose holding archive the citizen named to that archive from the start', async () => {
    const filed = await submitLookupOk(server(), await signInCitizen(server()), {
      receiving: 'zhangpu',
      holding: 'yunxiao',
    });
    expect((await lookupRequest(server(), staff('yunxiao').token, filed.id))?.roles).toEqual(['HOLDING_ARCHIVE']);
    expect((await lookupRequest(server(), staff('yunxiao').token, filed.id))?.availableActions).toEqual([]);
    expect(await lookupRequest(server(), staff('zhaoan').token, filed.id)).toBeNull();
  });

  it('refuses another citizen, an anonymous caller and a checker on every lookup field, and changes nothing', async () => {
    const owner = await signInCitizen(server());
    const filed = await submitLookupOk(server(), owner, { receiving: 'xiangcheng', use: 'READ' });
    const other = await signInCitizen(server());
    const calendarDay = '2026-12-31';
    const callsAs = async (token: string | null) => {
      const run = (result: Promise<GraphQLResult<Record<string, unknown>>>) => result.then(outcome);
      const s = server();
      return {
        lookupRequest: await run(s.execute(LookupRequestDocument, { id: filed.id }, token)),
        lookupRequestForStaff: await run(s.execute(LookupRequestForStaffDocument, { id: filed.id }, token)),
        myLookupRequests: await s
          .execute(MyLookupRequestsDocument, {}, token)
          .then((r) =>
            r.errors?.length
              ? outcome(r)
              : r.data?.myLookupRequests.edges.some((e) => e.node.id === filed.id)
                ? 'listed'
                : 'not listed',
          ),
        lookupQueue: await run(s.execute(LookupQueueDocument, { tab: 'ALL' }, token)),
        moveLookupRequest: await run(
          s.execute(MoveLookupRequestDocument, { input: { id: filed.id, action: 'ACCEPT' } }, token),
        ),
        withdrawLookupRequest: await run(s.execute(WithdrawLookupRequestDocument, { id: filed.id }, token)),
        supplementLookupRequest: await run(
          s.execute(SupplementLookupRequestDocument, { id: filed.id, input: { note: '补充' } }, token),
        ),
        revealLookupPersonalData: await run(
          s.execute(RevealLookupPersonalDataDocument, { requestId: filed.id, reason: '核对' }, token),
        ),
        revokeLookupCertificate: await run(
          s.execute(RevokeLookupCertificateDocument, { requestId: filed.id, reason: '误发' }, token),
        ),
        openLookupAttachment: await run(
          s.execute(OpenLookupAttachmentDocument, { requestId: filed.id, uploadId: UPLOAD_ID, reason: '核对' }, token),
        ),
        bookLookupVisit: await run(s.execute(BookLookupVisitDocument, { requestId: filed.id, slotId: '1' }, token)),
        cancelLookupVisit: await run(s.execute(CancelLookupVisitDocument, { requestId: filed.id }, token)),
        setLookupSettings: await run(
          s.execute(
            SetLookupSettingsDocument,
            {
              branchId: await branchId(s, 'xiangcheng'),
              settings: {
                enabledRecordTypes: [],
                targets: { acceptDays: 1, answerDays: 4, notifyDays: 2 },
                visitLeadDays: 1,
              },
            },
            token,
          ),
        ),
        setWorkingCalendarDay: await run(
          s.execute(SetWorkingCalendarDayDocument, { date: calendarDay, kind: 'HOLIDAY' }, token),
        ),
        clearWorkingCalendarDay: await run(s.execute(ClearWorkingCalendarDayDocument, { date: calendarDay }, token)),
      };
    };

    expect(await callsAs(other.token)).toEqual({
      lookupRequest: 'null',
      // Null before any staff-only field of it is reached.
      lookupRequestForStaff: 'null',
      myLookupRequests: 'not listed',
      lookupQueue: 'error:FORBIDDEN',
      moveLookupRequest: 'NotAuthorizedError:FORBIDDEN',
      withdrawLookupRequest: 'LookupRequestNotFoundError',
      supplementLookupRequest: 'LookupRequestNotFoundError',
      revealLookupPersonalData: 'NotAuthorizedError:FORBIDDEN',
      revokeLookupCertificate: 'NotAuthorizedError:FORBIDDEN',
      openLookupAttachment: 'NotAuthorizedError:FORBIDDEN',
      bookLookupVisit: 'LookupRequestNotFoundError',
      cancelLookupVisit: 'LookupRequestNotFoundError',
      setLookupSettings: 'NotAuthorizedError:FORBIDDEN',
      setWorkingCalendarDay: 'NotAuthorizedError:FORBIDDEN',
      clearWorkingCalendarDay: 'NotAuthorizedError:FORBIDDEN',
    });
    const unauthenticated = 'NotAuthorizedError:UNAUTHENTICATED';
    expect(await callsAs(null)).toEqual({
      lookupRequest: 'error:UNAUTHENTICATED',
      lookupRequestForStaff: 'error:UNAUTHENTICATED',
      myLookupRequests: 'error:UNAUTHENTICATED',
      lookupQueue: 'error:UNAUTHENTICATED',
      moveLookupRequest: unauthenticated,
      withdrawLookupRequest: unauthenticated,
      supplementLookupRequest: unauthenticated,
      revealLookupPersonalData: unauthenticated,
      revokeLookupCertificate: unauthenticated,
      openLookupAttachment: unauthenticated,
      bookLookupVisit: unauthenticated,
      cancelLookupVisit: unauthenticated,
      setLookupSettings: unauthenticated,
      setWorkingCalendarDay: unauthenticated,
      clearWorkingCalendarDay: unauthenticated,
    });
    const forbidden = 'NotAuthorizedError:FORBIDDEN';
    expect(await callsAs(checker.token)).toEqual({
      lookupRequest: 'error:FORBIDDEN',
      lookupRequestForStaff: 'error:FORBIDDEN',
      myLookupRequests: 'error:FORBIDDEN',
      lookupQueue: 'error:FORBIDDEN',
      moveLookupRequest: forbidden,
      withdrawLookupRequest: forbidden,
      supplementLookupRequest: forbidden,
      revealLookupPersonalData: forbidden,
      revokeLookupCertificate: forbidden,
      openLookupAttachment: forbidden,
      bookLookupVisit: forbidden,
      cancelLookupVisit: forbidden,
      setLookupSettings: forbidden,
      setWorkingCalendarDay: forbidden,
      clearWorkingCalendarDay: forbidden,
    });

    const after = await lookupRequest(server(), owner.token, filed.id);
    expect(after).toMatchObject({ status: 'SUBMITTED', roles: ['CITIZEN'] });
    expect(after?.timeline.map((e) => e.kind)).toEqual(['SUBMIT']);
    expect(after?.visit).toBeNull();
    expect(await server().db.selectFrom('personal_data_access').selectAll().execute()).toEqual([]);
    expect(await server().db.selectFrom('working_calendar_day').selectAll().execute()).toEqual([]);
  });

  it('lets the owner read their own request and nobody’s personal data in full', async () => {
    const owner: SignedInAs = await signInCitizen(server());
    const filed = await submitLookupOk(server(), owner, { receiving: 'xiangcheng' });
    expect((await lookupRequest(server(), owner.token, filed.id))?.roles).toEqual(['CITIZEN']);
    const result = await server().execute(
      RevealLookupPersonalDataDocument,
      { requestId: filed.id, reason: '本人查看' },
      owner.token,
    );
    expect(outcome(result)).toBe('NotAuthorizedError:FORBIDDEN');
  });
});

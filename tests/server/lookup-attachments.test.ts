// Attachments of lookup requests, end to end over HTTP: photos sent to POST /uploads are claimed by the request
// that cites them (all or nothing, in the filing's transaction), listed on it with their sizes, read back by
// their citizen without a record and by staff of the request's two archives only once openLookupAttachment has
// recorded why; closing the request schedules their deletion, and the purge removes upload and attachment row
// together. The required documents of a relation are real uploads or the request is not filed.
import { DAY_MS, SUPPORTING_DOCUMENT_KIND_LABELS, type SupportingDocumentKind } from '@zz/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { purgeUploads } from '../../server/src/jobs/uploads-purge.job';
import { ManualClock } from '../../server/src/platform/runtime/clock';
import { signUploadReadGrant, UPLOAD_GRANT_TTL_MS } from '../../server/src/platform/uploads/upload-grant';
import { HOUR_MS, iso, resultAs, successData } from '../testkit/booking';
import { dialects } from '../testkit/dialects';
import {
  type LookupAttachmentInput,
  OpenLookupAttachmentDocument,
  SupplementLookupRequestDocument,
  WithdrawLookupRequestDocument,
} from '../testkit/generated/graphql';
import { call, outcome } from '../testkit/graphql';
import {
  branchId,
  type LookupInputOptions,
  lookupInput,
  lookupRequest,
  moveLookup,
  moveLookupOk,
  subjectPerson,
  submitLookup,
  uploadDocuments,
} from '../testkit/lookup';
import { createStaff, type SignedInAs, type StaffSignedIn, signInCitizen } from '../testkit/seed';
import { useTestServer } from '../testkit/suite';
import { expectRefused, getUpload } from '../testkit/uploads';

const RETENTION_DAYS = 30;
/** uploadDocuments sends 64 × 48 photos, stored as they are (under the longest-side bound). */
const PHOTO = { width: 64, height: 48 };

const byUploadId = (a: { uploadId: string }, b: { uploadId: string }) => a.uploadId.localeCompare(b.uploadId);

describe.each(dialects)('lookup attachments (%s)', (dialect) => {
  const server = useTestServer({ dialect, env: { UPLOAD_RETENTION_DAYS: String(RETENTION_DAYS) } });
  let xiangcheng: StaffSignedIn;
  let longhai: StaffSignedIn;
  let zhaoan: StaffSignedIn;
  let admin: StaffSignedIn;
  let checker: StaffSignedIn;

  beforeAll(async () => {
    xiangcheng = await createStaff(server(), 'BRANCH_STAFF', { branchCode: 'xiangcheng' });
    longhai = await createStaff(server(), 'BRANCH_STAFF', { branchCode: 'longhai' });
    zhaoan = await createStaff(server(), 'BRANCH_STAFF', { branchCode: 'zhaoan' });
    admin = await createStaff(server(), 'ADMIN');
    checker = await createStaff(server(), 'CHECKER', { branchCode: 'xiangcheng' });
  });

  /** A 受托 (proxy) request received by 芗城, with the two documents it needs uploaded by a new citizen. */
  async function proxyRequest(
    options: LookupInputOptions = {},
    kinds: SupportingDocumentKind[] = ['PRINCIPAL_ID', 'AUTHORISATION'],
  ) {
    const citizen = await signInCitizen(server());
    const attachments = await uploadDocuments(server(), citizen, kinds);
    const input = await lookupInput(server(), {
      receiving: 'xiangcheng',
      relation: 'PROXY',
      subject: subjectPerson(),
      attachments,
      ...options,
    });
    const filed = successData(await submitLookup(server(), citizen, input));
    return { citizen, attachments, filed };
  }

  /**
   * The same, accepted by 芗城 and forwarded to 龙海: two archives are involved. Another archive answering a
   * proxy needs the authorisation notarised, so this one was filed with it.
   */
  async function forwardedProxyRequest() {
    const made = await proxyRequest({}, ['PRINCIPAL_ID', 'NOTARISED_AUTHORISATION']);
    await moveLookupOk(server(), xiangcheng, made.filed.id, 'ACCEPT');
    await moveLookupOk(server(), xiangcheng, made.filed.id, 'FORWARD', { holding: 'longhai' });
    return made;
  }

  const open = (staff: SignedInAs | null, requestId: string, uploadId: string, reason: string) =>
    server().execute(OpenLookupAttachmentDocument, { requestId, uploadId, reason }, staff?.token ?? null);

  const openOk = async (staff: SignedInAs, requestId: string, uploadId: string, reason: string) => {
    const result = await open(staff, requestId, uploadId, reason);
    if (!result.data) throw new Error(JSON.stringify(result));
    return successData(result.data.openLookupAttachment);
  };

  function uploadRows(ids: readonly string[]) {
    return server()
      .db.selectFrom('upload')
      .select(['id', 'claimed_at', 'delete_after'])
      .where('id', 'in', [...ids])
      .orderBy('id')
      .execute();
  }

  function attachmentRows(requestId: string) {
    return server()
      .db.selectFrom('lookup_attachment')
      .selectAll()
      .where('request_id', '=', Number(requestId))
      .orderBy('upload_id')
      .execute();
  }

  function accessLog(requestId: string) {
    return server()
      .db.selectFrom('personal_data_access')
      .select(['staff_account_id', 'branch_id', 'subject_kind', 'subject_id', 'field', 'reason', 'accessed_at'])
      .where('subject_kind', '=', 'LOOKUP_ATTACHMENT')
      .where('subject_id', '=', Number(requestId))
      .orderBy('id')
      .execute();
  }

  /** Everything a refused filing must leave as it was. */
  async function lookupWrites(uploadIds: readonly string[]) {
    return {
      requests: await server().db.selectFrom('lookup_request').select('id').orderBy('id').execute(),
      attachments: await server().db.selectFrom('lookup_attachment').selectAll().orderBy('upload_id').execute(),
      uploads: await uploadRows(uploadIds),
    };
  }

  describe('claiming', () => {
    it("files a proxy request with the citizen's two uploads: both claimed, listed with their sizes for the citizen and the receiving archive", async () => {
      const { citizen, attachments, filed } = await proxyRequest();
      const now = server().clock.now();
      const ids = attachments.map((a) => a.uploadId).sort();
      const sizes = new Map(
        (await server().db.selectFrom('upload').select(['id', 'byte_size']).where('id', 'in', ids).execute()).map(
          (row) => [row.id, row.byte_size],
        ),
      );
      const listed = [...attachments].sort(byUploadId).map((a) => ({
        uploadId: a.uploadId,
        kind: a.kind,
        label: SUPPORTING_DOCUMENT_KIND_LABELS[a.kind],
        byteSize: sizes.get(a.uploadId),
        ...PHOTO,
        attachedAt: iso(now),
      }));

      expect(filed).toMatchObject({
        status: 'SUBMITTED',
        relation: 'PROXY',
        requiredDocuments: ['PRINCIPAL_ID', 'AUTHORISATION'],
        deskVisit: true,
        needsVisit: true,
      });
      expect(filed.attachments).toEqual(listed);
      expect((await lookupRequest(server(), citizen.token, filed.id))?.attachments).toEqual(listed);
      expect((await lookupRequest(server(), xiangcheng.token, filed.id))?.attachments).toEqual(listed);
      expect(await lookupRequest(server(), zhaoan.token, filed.id)).toBeNull();

      expect(await uploadRows(ids)).toEqual(ids.map((id) => ({ id, claimed_at: now, delete_after: null })));
      expect(await attachmentRows(filed.id)).toEqual(
        [...attachments]
          .sort(byUploadId)
          .map((a) => ({ request_id: Number(filed.id), upload_id: a.uploadId, kind: a.kind, attached_at: now })),
      );
    });

    it("refuses a request citing someone else's upload and writes nothing: no request, no receipt number, no upload claimed", async () => {
      const [citizen, other] = [await signInCitizen(server()), await signInCitizen(server())];
      const [mine] = await uploadDocuments(server(), citizen, ['PRINCIPAL_ID']);
      const [theirs] = await uploadDocuments(server(), other, ['AUTHORISATION']);
      const input = await lookupInput(server(), {
        receiving: 'changtai',
        relation: 'PROXY',
        subject: subjectPerson(),
        attachments: [mine, theirs],
      });
      const before = await lookupWrites([mine.uploadId, theirs.uploadId]);

      const refused = resultAs(await submitLookup(server(), citizen, input), 'LookupAttachmentNotAvailableError');
      expect(refused).toEqual({
        __typename: 'LookupAttachmentNotAvailableError',
        message: '附件无效、已过期或已被使用，请重新上传',
        attachmentReason: 'NOT_AVAILABLE',
      });
      expect(await lookupWrites([mine.uploadId, theirs.uploadId])).toEqual(before);
      expect(before.uploads.map((row) => row.claimed_at)).toEqual([null, null]);

      // Their own upload was not left half-claimed: it serves the next filing, which takes the day's first number.
      const [authorisation] = await uploadDocuments(server(), citizen, ['AUTHORISATION']);
      const filed = successData(
        await submitLookup(server(), citizen, { ...input, attachments: [mine, authorisation] }),
      );
      expect(filed.receiptNumber).toBe('ZZDA-CT-20261124-0001');
      expect(filed.attachments.map((a) => a.uploadId).sort()).toEqual([mine.uploadId, authorisation.uploadId].sort());
    });

    it('refuses one upload cited twice, an upload another request holds, an unknown id and a malformed one, writing nothing', async () => {
      const { citizen, attachments } = await proxyRequest();
      const [fresh] = await uploadDocuments(server(), citizen, ['PRINCIPAL_ID']);
      const input = await lookupInput(server(), {
        receiving: 'xiangcheng',
        relation: 'PROXY',
        subject: subjectPerson(),
      });
      const attempt = async (second: LookupAttachmentInput) =>
        submitLookup(server(), citizen, { ...input, attachments: [fresh, second] });
      const before = await lookupWrites([fresh.uploadId, ...attachments.map((a) => a.uploadId)]);

      const twice = await attempt({ uploadId: fresh.uploadId, kind: 'AUTHORISATION' });
      expect(resultAs(twice, 'LookupAttachmentNotAvailableError')).toMatchObject({
        attachmentReason: 'DUPLICATE',
        message: '同一份附件不能重复提交',
      });
      const taken = await attempt({ uploadId: attachments[1].uploadId, kind: 'AUTHORISATION' });
      expect(resultAs(taken, 'LookupAttachmentNotAvailableError').attachmentReason).toBe('NOT_AVAILABLE');
      const unknown = await attempt({ uploadId: 'c'.repeat(32), kind: 'AUTHORISATION' });
      expect(resultAs(unknown, 'LookupAttachmentNotAvailableError').attachmentReason).toBe('NOT_AVAILABLE');
      for (const malformed of ['41', fresh.uploadId.toUpperCase(), `${fresh.uploadId}0`]) {
        const result = await attempt({ uploadId: malformed, kind: 'AUTHORISATION' });
        expect(resultAs(result, 'InputValidationError').fieldErrors, malformed).toEqual([
          { path: 'attachments.1.uploadId', message: '附件无效，请重新上传' },
        ]);
      }

      expect(await lookupWrites([fresh.uploadId, ...attachments.map((a) => a.uploadId)])).toEqual(before);
    });

    it('lets only one of two filings sent at once take the same uploads', async () => {
      const citizen = await signInCitizen(server());
      const attachments = await uploadDocuments(server(), citizen, ['PRINCIPAL_ID', 'AUTHORISATION']);
      const inputs = await Promise.all(
        ['longwen', 'zhangpu'].map((receiving) =>
          lookupInput(server(), { receiving, relation: 'PROXY', subject: subjectPerson(), attachments }),
        ),
      );
      const results = await Promise.all(inputs.map((input) => submitLookup(server(), citizen, input)));
      expect(results.map((r) => r.__typename).sort()).toEqual([
        'LookupAttachmentNotAvailableError',
        'MutationSubmitLookupRequestSuccess',
      ]);
      const winner = successData(results.find((r) => r.__typename === 'MutationSubmitLookupRequestSuccess')!);
      const ids = attachments.map((a) => a.uploadId);
      const holders = await server()
        .db.selectFrom('lookup_attachment')
        .select('request_id')
        .where('upload_id', 'in', ids)
        .execute();
      expect(holders).toEqual([{ request_id: Number(winner.id) }, { request_id: Number(winner.id) }]);
    });

    it('takes more documents with a supplement, and refuses one already in use without moving the request', async () => {
      const { citizen, attachments, filed } = await proxyRequest();
      await moveLookupOk(server(), xiangcheng, filed.id, 'ASK_FOR_MORE', { note: '请补充经公证的授权委托书' });
      const supplement = (input: { note?: string; attachments: LookupAttachmentInput[] }) =>
        call(server(), SupplementLookupRequestDocument, { id: filed.id, input }, citizen.token);

      const reused = await supplement({
        note: '补充',
        attachments: [{ uploadId: attachments[0].uploadId, kind: 'NOTARISED_AUTHORISATION' }],
      });
      expect(resultAs(reused, 'LookupAttachmentNotAvailableError').attachmentReason).toBe('NOT_AVAILABLE');
      const unchanged = await lookupRequest(server(), citizen.token, filed.id);
      expect(unchanged?.status).toBe('NEEDS_MORE');
      expect(unchanged?.timeline.map((e) => e.kind)).toEqual(['SUBMIT', 'ASK_FOR_MORE']);

      const [notarised] = await uploadDocuments(server(), citizen, ['NOTARISED_AUTHORISATION']);
      server().clock.advance(60_000);
      try {
        const supplemented = successData(await supplement({ attachments: [notarised] }));
        expect(supplemented.status).toBe('SUBMITTED');
        // Oldest first: the filing's two, then the supplement's.
        expect(supplemented.attachments.map((a) => [a.uploadId, a.kind])).toEqual([
          ...[...attachments].sort(byUploadId).map((a) => [a.uploadId, a.kind]),
          [notarised.uploadId, 'NOTARISED_AUTHORISATION'],
        ]);
        expect(await uploadRows([notarised.uploadId])).toEqual([
          { id: notarised.uploadId, claimed_at: server().clock.now(), delete_after: null },
        ]);
      } finally {
        server().clock.advance(-60_000);
      }
    });
  });

  describe('reading', () => {
    it('lets staff of the receiving and the holding archive and the city administrator open an attachment with a reason, one record per opening', async () => {
      const { citizen, attachments, filed } = await forwardedProxyRequest();
      const { uploadId } = attachments[0];
      const original = await getUpload(server(), citizen.token, uploadId);
      expect(original.status).toBe(200);
      const now = server().clock.now();
      const openings: Array<[StaffSignedIn, string]> = [
        [xiangcheng, '核对委托人身份证件'],
        [longhai, '查档前核对授权范围'],
        [admin, '督查抽查'],
      ];

      for (const [staff, reason] of openings) {
        const access = await openOk(staff, filed.id, uploadId, reason);
        expect(access).toEqual({
          uploadId,
          kind: 'PRINCIPAL_ID',
          label: '当事人身份证件',
          path: expect.stringMatching(new RegExp(`^/uploads/${uploadId}\\?grant=[0-9]+\\.[0-9]+\\.[A-Za-z0-9_-]{22}$`)),
          expiresAt: iso(now + UPLOAD_GRANT_TTL_MS),
        });
        const read = await getUpload(server(), staff.token, access.path);
        expect(read.status).toBe(200);
        expect(read.headers.get('cache-control')).toBe('private, no-store');
        expect(read.bytes.equals(original.bytes)).toBe(true);
        // An image view that loads it again (a reload, a retry) reads it again without another record.
        expect((await getUpload(server(), staff.token, access.path)).status).toBe(200);
      }

      const branch = async (code: string) => Number(await branchId(server(), code));
      const staffBranch = [await branch('xiangcheng'), await branch('longhai'), await branch('city')];
      expect(await accessLog(filed.id)).toEqual(
        openings.map(([staff, reason], i) => ({
          staff_account_id: staff.accountId,
          branch_id: staffBranch[i],
          subject_kind: 'LOOKUP_ATTACHMENT',
          subject_id: Number(filed.id),
          field: uploadId,
          reason,
          accessed_at: now,
        })),
      );
      // And one audit row per opening: who, the request, the document kind, the reason; the person only as a hash.
      const audited = await server()
        .db.selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'ATTACHMENT_VIEWED')
        .where('target_id', '=', filed.id)
        .orderBy('seq')
        .execute();
      expect(audited).toEqual(
        openings.map(([staff, reason], i) =>
          expect.objectContaining({
            actor_account_id: staff.accountId,
            actor_branch_id: staffBranch[i],
            target_kind: 'LOOKUP_REQUEST',
            revealed_fields: 'PRINCIPAL_ID',
            reason,
            person_hash: expect.stringMatching(/^[0-9a-f]{64}$/),
            detail: JSON.stringify({ uploadId }),
          }),
        ),
      );
    });

    it('admits a grant only for the member of staff it was given to, for its upload, for five minutes', async () => {
      const { citizen, attachments, filed } = await forwardedProxyRequest();
      const [first, second] = attachments;
      const access = await openOk(xiangcheng, filed.id, first.uploadId, '核对');
      const query = access.path.split('?')[1];

      await expectRefused(getUpload(server(), longhai.token, access.path), 404, 'UPLOAD_NOT_FOUND');
      await expectRefused(
        getUpload(server(), xiangcheng.token, `/uploads/${second.uploadId}?${query}`),
        404,
        'UPLOAD_NOT_FOUND',
      );
      const tampered = `${access.path.slice(0, -1)}${access.path.endsWith('A') ? 'B' : 'A'}`;
      await expectRefused(getUpload(server(), xiangcheng.token, tampered), 404, 'UPLOAD_NOT_FOUND');
      await expectRefused(getUpload(server(), null, access.path), 401, 'UPLOAD_UNAUTHENTICATED');

      server().clock.advance(UPLOAD_GRANT_TTL_MS - 1);
      try {
        expect((await getUpload(server(), xiangcheng.token, access.path)).status).toBe(200);
        server().clock.advance(1);
        await expectRefused(getUpload(server(), xiangcheng.token, access.path), 404, 'UPLOAD_NOT_FOUND');
        // The citizen's own reading never expires.
        expect((await getUpload(server(), citizen.token, first.uploadId)).status).toBe(200);
      } finally {
        server().clock.advance(-UPLOAD_GRANT_TTL_MS);
      }
    });

    it('refuses staff of a third archive, a checker, another citizen and an anonymous caller, on the mutation and on the file', async () => {
      const { attachments, filed } = await forwardedProxyRequest();
      const { uploadId } = attachments[0];
      const other = await signInCitizen(server());
      const tries = async (caller: SignedInAs | null) => ({
        open: outcome(await open(caller, filed.id, uploadId, '核对')),
        file: (await getUpload(server(), caller?.token ?? null, uploadId)).status,
      });

      expect(await tries(zhaoan)).toEqual({ open: 'LookupRequestNotFoundError', file: 404 });
      expect(await tries(checker)).toEqual({ open: 'NotAuthorizedError:FORBIDDEN', file: 404 });
      expect(await tries(other)).toEqual({ open: 'NotAuthorizedError:FORBIDDEN', file: 404 });
      expect(await tries(null)).toEqual({ open: 'NotAuthorizedError:UNAUTHENTICATED', file: 401 });
      // Even a genuine grant admits no one without a role on the request: the role is checked again at reading.
      for (const outsider of [zhaoan, checker]) {
        const token = signUploadReadGrant(server().app.services.vault, {
          uploadId,
          accountId: outsider.accountId,
          expiresAt: server().clock.now() + UPLOAD_GRANT_TTL_MS,
        });
        await expectRefused(
          getUpload(server(), outsider.token, `/uploads/${uploadId}?grant=${token}`),
          404,
          'UPLOAD_NOT_FOUND',
        );
      }
      expect(await accessLog(filed.id)).toEqual([]);
    });

    it('lets the citizen read their own attachments with no reason and no record, and gives staff nothing without a reason', async () => {
      const { citizen, attachments, filed } = await forwardedProxyRequest();
      const elsewhere = await proxyRequest();
      for (const a of attachments) expect((await getUpload(server(), citizen.token, a.uploadId)).status).toBe(200);

      for (const staff of [xiangcheng, longhai, admin]) {
        await expectRefused(getUpload(server(), staff.token, attachments[0].uploadId), 404, 'UPLOAD_NOT_FOUND');
      }
      const reasonMessage = [{ path: 'reason', message: '请填写查看原因（100字以内）' }];
      for (const reason of ['', '   ', '因'.repeat(101)]) {
        const result = await call(
          server(),
          OpenLookupAttachmentDocument,
          { requestId: filed.id, uploadId: attachments[0].uploadId, reason },
          xiangcheng.token,
        );
        expect(resultAs(result, 'InputValidationError').fieldErrors).toEqual(reasonMessage);
      }
      // An attachment of another request is not opened through this one, and a malformed id is named as such.
      const notHere = await open(xiangcheng, filed.id, elsewhere.attachments[0].uploadId, '核对');
      expect(outcome(notHere)).toBe('LookupAttachmentNotFoundError');
      const malformed = await call(
        server(),
        OpenLookupAttachmentDocument,
        { requestId: filed.id, uploadId: 'not-an-upload', reason: '核对' },
        xiangcheng.token,
      );
      expect(resultAs(malformed, 'InputValidationError').fieldErrors).toEqual([
        { path: 'uploadId', message: '附件无效' },
      ]);

      expect(await accessLog(filed.id)).toEqual([]);
      expect(await accessLog(elsewhere.filed.id)).toEqual([]);
    });
  });

  describe('retention', () => {
    const purgeAt = (instant: number) => purgeUploads({ db: server().db, clock: new ManualClock(instant) });

    it(`keeps a withdrawn request's attachments ${RETENTION_DAYS} days, then the purge removes uploads and attachment rows, and the record of a reading stays`, async () => {
      const { citizen, attachments, filed } = await proxyRequest();
      const ids = attachments.map((a) => a.uploadId).sort();
      const filedAt = server().clock.now();
      await moveLookupOk(server(), xiangcheng, filed.id, 'ACCEPT');
      expect(await uploadRows(ids)).toEqual(ids.map((id) => ({ id, claimed_at: filedAt, delete_after: null })));

      server().clock.advance(HOUR_MS);
      try {
        const closedAt = server().clock.now();
        const withdrawn = await call(server(), WithdrawLookupRequestDocument, { id: filed.id }, citizen.token);
        expect(successData(withdrawn).status).toBe('WITHDRAWN');
        const due = closedAt + RETENTION_DAYS * DAY_MS;
        expect(await uploadRows(ids)).toEqual(ids.map((id) => ({ id, claimed_at: filedAt, delete_after: due })));
        await openOk(xiangcheng, filed.id, ids[0], '撤回后核对');

        await purgeAt(due - 1);
        expect(await uploadRows(ids)).toHaveLength(2);
        expect(await attachmentRows(filed.id)).toHaveLength(2);

        await purgeAt(due);
        expect(await uploadRows(ids)).toEqual([]);
        expect(await attachmentRows(filed.id)).toEqual([]);
        expect((await lookupRequest(server(), citizen.token, filed.id))?.attachments).toEqual([]);
        expect(outcome(await open(xiangcheng, filed.id, ids[0], '再次核对'))).toBe('LookupAttachmentNotFoundError');
        await expectRefused(getUpload(server(), citizen.token, ids[0]), 404, 'UPLOAD_NOT_FOUND');
        expect(await accessLog(filed.id)).toEqual([
          expect.objectContaining({ field: ids[0], reason: '撤回后核对', accessed_at: closedAt }),
        ]);
      } finally {
        server().clock.advance(-HOUR_MS);
      }
    });

    it('schedules the deletion when staff refuse or complete a request, in the transaction of the move', async () => {
      const refused = await proxyRequest();
      const refusedIds = refused.attachments.map((a) => a.uploadId).sort();
      // A move that fails after its update leaves the uploads as they were: the scheduling rolled back with it.
      await server().whileInsertsFail('lookup_event', () =>
        expect(
          moveLookup(server(), xiangcheng, refused.filed.id, 'REFUSE', { note: '委托书未写明查档事项' }),
        ).rejects.toThrow(/GraphQL errors/),
      );
      expect((await lookupRequest(server(), xiangcheng.token, refused.filed.id))?.status).toBe('SUBMITTED');
      expect((await uploadRows(refusedIds)).map((row) => row.delete_after)).toEqual([null, null]);

      const refusedAt = server().clock.now();
      await moveLookupOk(server(), xiangcheng, refused.filed.id, 'REFUSE', { note: '委托书未写明查档事项' });
      expect((await uploadRows(refusedIds)).map((row) => row.delete_after)).toEqual(
        refusedIds.map(() => refusedAt + RETENTION_DAYS * DAY_MS),
      );

      const completed = await proxyRequest();
      const completedIds = completed.attachments.map((a) => a.uploadId).sort();
      for (const action of ['ACCEPT', 'START_SEARCH', 'RECORD_NOT_FOUND'] as const) {
        await moveLookupOk(server(), xiangcheng, completed.filed.id, action);
      }
      expect((await uploadRows(completedIds)).map((row) => row.delete_after)).toEqual([null, null]);
      server().clock.advance(2 * HOUR_MS);
      try {
        await moveLookupOk(server(), xiangcheng, completed.filed.id, 'CLOSE');
        expect((await uploadRows(completedIds)).map((row) => row.delete_after)).toEqual(
          completedIds.map(() => server().clock.now() + RETENTION_DAYS * DAY_MS),
        );
      } finally {
        server().clock.advance(-2 * HOUR_MS);
      }
    });
  });

  describe('required documents', () => {
    it('files a proxy request only with its authorisation uploaded, and nothing is claimed by the refused one', async () => {
      const citizen = await signInCitizen(server());
      const [principalId] = await uploadDocuments(server(), citizen, ['PRINCIPAL_ID']);
      const input = await lookupInput(server(), { receiving: 'nanjing', relation: 'PROXY', subject: subjectPerson() });

      const without = await submitLookup(server(), citizen, { ...input, attachments: [principalId] });
      expect(resultAs(without, 'InputValidationError').fieldErrors).toEqual([
        { path: 'attachments', message: '请上传：授权委托书(写明查档事项)' },
      ]);
      expect((await uploadRows([principalId.uploadId]))[0].claimed_at).toBeNull();

      const [authorisation] = await uploadDocuments(server(), citizen, ['AUTHORISATION']);
      const filed = successData(
        await submitLookup(server(), citizen, { ...input, attachments: [principalId, authorisation] }),
      );
      expect(filed).toMatchObject({ status: 'SUBMITTED', relation: 'PROXY', deskVisit: true });
      expect(filed.attachments.map((a) => a.kind).sort()).toEqual(['AUTHORISATION', 'PRINCIPAL_ID']);
    });

    it('asks a proxy whose record another archive holds for a notarised authorisation, and an heir for both documents', async () => {
      const citizen = await signInCitizen(server());
      const plain = await uploadDocuments(server(), citizen, ['PRINCIPAL_ID', 'AUTHORISATION']);
      const crossArchive = await lookupInput(server(), {
        receiving: 'nanjing',
        holding: 'pinghe',
        relation: 'PROXY',
        subject: subjectPerson(),
      });
      const notNotarised = await submitLookup(server(), citizen, { ...crossArchive, attachments: plain });
      expect(resultAs(notNotarised, 'InputValidationError').fieldErrors).toEqual([
        { path: 'attachments', message: '请上传：经公证的授权委托书' },
      ]);
      const [notarised] = await uploadDocuments(server(), citizen, ['NOTARISED_AUTHORISATION']);
      const forwarded = successData(
        await submitLookup(server(), citizen, { ...crossArchive, attachments: [plain[0], notarised] }),
      );
      expect(forwarded.requiredDocuments).toEqual(['PRINCIPAL_ID', 'NOTARISED_AUTHORISATION']);

      const heir = await lookupInput(server(), { receiving: 'nanjing', relation: 'HEIR', subject: subjectPerson() });
      const [death] = await uploadDocuments(server(), citizen, ['DEATH_CERTIFICATE']);
      const half = await submitLookup(server(), citizen, { ...heir, attachments: [death] });
      expect(resultAs(half, 'InputValidationError').fieldErrors).toEqual([
        { path: 'attachments', message: '请上传：亲属关系或继承关系证明' },
      ]);
      const [kinship] = await uploadDocuments(server(), citizen, ['KINSHIP_PROOF']);
      const whole = successData(await submitLookup(server(), citizen, { ...heir, attachments: [death, kinship] }));
      expect(whole.attachments.map((a) => a.kind).sort()).toEqual(['DEATH_CERTIFICATE', 'KINSHIP_PROOF']);
      // The plain authorisation the cross-archive filing could not use is still the citizen's, unclaimed.
      expect((await uploadRows([plain[1].uploadId]))[0].claimed_at).toBeNull();
    });

    it('does not forward a proxy request to another archive before the notarised authorisation is supplied', async () => {
      const { citizen, filed } = await proxyRequest();
      await moveLookupOk(server(), xiangcheng, filed.id, 'ACCEPT');

      const refused = await moveLookup(server(), xiangcheng, filed.id, 'FORWARD', { holding: 'longhai' });
      expect(resultAs(refused, 'LookupDocumentsMissingError')).toMatchObject({
        missing: ['NOTARISED_AUTHORISATION'],
        message: '转馆查档须附经公证的授权委托书，请先要求申请人补正',
      });
      const unchanged = await lookupRequest(server(), citizen.token, filed.id);
      expect(unchanged).toMatchObject({ status: 'ACCEPTED', holdingBranch: null });
      expect(unchanged?.timeline.map((e) => e.kind)).toEqual(['SUBMIT', 'ACCEPT']);
      // The receiving archive may still search its own holdings: no other archive answers then.
      expect(unchanged?.requiredDocuments).toEqual(['PRINCIPAL_ID', 'AUTHORISATION']);

      await moveLookupOk(server(), xiangcheng, filed.id, 'ASK_FOR_MORE', {
        note: '转龙海区档案馆查档，请补充经公证的授权委托书',
      });
      const [notarised] = await uploadDocuments(server(), citizen, ['NOTARISED_AUTHORISATION']);
      successData(
        await call(
          server(),
          SupplementLookupRequestDocument,
          { id: filed.id, input: { attachments: [notarised] } },
          citizen.token,
        ),
      );
      await moveLookupOk(server(), xiangcheng, filed.id, 'ACCEPT');
      const forwarded = await moveLookupOk(server(), xiangcheng, filed.id, 'FORWARD', { holding: 'longhai' });
      expect(forwarded).toMatchObject({ status: 'FORWARDED', holdingBranch: { code: 'longhai' } });
      expect((await lookupRequest(server(), citizen.token, filed.id))?.requiredDocuments).toEqual([
        'PRINCIPAL_ID',
        'NOTARISED_AUTHORISATION',
      ]);
    });
  });
});

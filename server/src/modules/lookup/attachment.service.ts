// A request's attachments (photos of an authorisation, a death certificate…): claiming the citizen's uploads in
// the transaction that files or supplements the request, listing them with their sizes, who may read them
// (the citizen, and staff of the receiving and holding archives once they have said why), and their deletion a
// set time after the request closes. The photos themselves are the upload storage's (platform/uploads).
import {
  DAY_MS,
  isUploadId,
  revealReasonModel,
  SUPPORTING_DOCUMENT_KIND_LABELS,
  type SupportingDocumentKind,
} from '@zz/shared';
import type { Deps } from '../../context';
import type { Executor } from '../../db/database';
import { InputValidationError, parseInput } from '../../errors';
import type { Actor } from '../../platform/access/actor';
import { requireStaff } from '../../platform/access/guards';
import { auditPersonOfDocument, recordStaffAction } from '../../platform/audit/audit-log';
import { recordPersonalDataAccess } from '../../platform/pii/personal-data-access';
import type { AuthorizeUploadRead } from '../../platform/uploads/upload.routes';
import { claimUploads, describeUploads, scheduleUploadDeletion } from '../../platform/uploads/upload.service';
import { grantedUploadPath, signUploadReadGrant, UPLOAD_GRANT_TTL_MS } from '../../platform/uploads/upload-grant';
import { LookupAttachmentNotAvailableError, LookupAttachmentNotFoundError } from './lookup.errors';
import * as lookups from './lookup.repository';
import { requireRequestRow, rolesOf } from './lookup.service';

export interface LookupAttachment {
  requestId: number;
  uploadId: string;
  kind: SupportingDocumentKind;
  label: string;
  attachedAt: number;
  /** Of the stored (re-encoded) JPEG. */
  byteSize: number;
  width: number;
  height: number;
}

/** What a form cites: an upload id (already checked to be one by the shared model) and its kind. */
export interface AttachmentInput {
  uploadId: string;
  kind: SupportingDocumentKind;
}

/** How long a closed request's attachments are kept (config.uploads.retentionDaysAfterClose). */
export interface AttachmentRetention {
  daysAfterClose: number;
}

// ---- claiming --------------------------------------------------------------------------------------------

/**
 * Attaches the citizen's uploads to a request, in the caller's transaction: every id must be an upload of
 * theirs that no request holds yet, or LookupAttachmentNotAvailableError is thrown and the caller's transaction
 * (which may have claimed some already) rolls back whole — the request is not filed, nothing is claimed.
 */
export async function claimAttachments(
  db: Executor,
  owner: Actor,
  requestId: number,
  attachments: readonly AttachmentInput[],
  now: number,
): Promise<void> {
  if (attachments.length === 0) return;
  const ids = attachments.map((a) => a.uploadId);
  // claimUploads takes a set; one photo cited as two documents would pass it and then meet the unique index.
  if (new Set(ids).size !== ids.length) throw new LookupAttachmentNotAvailableError('DUPLICATE');
  if (!(await claimUploads(db, owner.accountId, 'LOOKUP_DOCUMENT', ids, now)))
    throw new LookupAttachmentNotAvailableError('NOT_AVAILABLE');
  await lookups.insertAttachments(
    db,
    attachments.map((a) => ({ request_id: requestId, upload_id: a.uploadId, kind: a.kind, attached_at: now })),
  );
}

// ---- listing ---------------------------------------------------------------------------------------------

/** Each request's attachments, oldest first, in two queries for any number of requests (one when none has any). */
export async function attachmentsOf(db: Executor, requestIds: readonly number[]): Promise<LookupAttachment[][]> {
  const rows = await lookups.listAttachmentsOfRequests(db, requestIds);
  const uploads = new Map(
    (
      await describeUploads(
        db,
        rows.map((row) => row.upload_id),
      )
    ).map((u) => [u.id, u]),
  );
  return requestIds.map((id) =>
    rows.flatMap((row) => {
      const upload = uploads.get(row.upload_id);
      // Attachment rows go with their upload (foreign key), so a missing one is only a purge racing this read.
      if (row.request_id !== id || !upload) return [];
      return [
        {
          requestId: row.request_id,
          uploadId: row.upload_id,
          kind: row.kind,
          label: SUPPORTING_DOCUMENT_KIND_LABELS[row.kind],
          attachedAt: row.attached_at,
          byteSize: upload.byteSize,
          width: upload.width,
          height: upload.height,
        },
      ];
    }),
  );
}

// ---- reading ---------------------------------------------------------------------------------------------

/** What staff get when they open an attachment: where to read it, and until when. */
export interface LookupAttachmentAccess {
  uploadId: string;
  kind: SupportingDocumentKind;
  label: string;
  /** `/uploads/<id>?grant=…`, relative to the API server; read with the same session before expiresAt. */
  path: string;
  expiresAt: number;
}

/**
 * Staff of the receiving or the holding archive (any archive's, for the city administrator) open an attachment of
 * a request, saying why. The reading is recorded (personal_data_access, LOOKUP_ATTACHMENT) in the caller's
 * transaction before any byte is served, and answered with a read grant for this member of staff only, valid a
 * few minutes: GET /uploads/<id> admits staff with that grant and no one else but the owner.
 *
 * Why a mutation and a grant rather than `GET /uploads/<id>?reason=…`: the reason is checked by the same shared
 * model as revealLookupPersonalData and refused with a typed InputValidationError the form can show; the reason
 * never sits in a URL (server logs, proxies, history); the record is written in a transaction before anything is
 * read, so no reading goes unrecorded; and the GET stays a plain read that an image view may repeat (reloads,
 * retries) without writing a row per repeat — one row per deliberate opening.
 */
export async function openAttachment(
  deps: Deps,
  actor: Actor | null,
  requestId: number,
  uploadId: string,
  reason: string,
): Promise<LookupAttachmentAccess> {
  const staff = requireStaff(actor);
  const { row } = await requireRequestRow(deps.db, staff, requestId);
  const why = parseInput(revealReasonModel, reason, 'reason');
  if (!isUploadId(uploadId)) throw InputValidationError.single('uploadId', '附件无效');
  const attachment = await lookups.findAttachment(deps.db, row.id, uploadId);
  if (!attachment) throw new LookupAttachmentNotFoundError();
  const now = deps.clock.now();
  await recordPersonalDataAccess(deps.db, {
    staffAccountId: staff.accountId,
    branchId: staff.branchId,
    subjectKind: 'LOOKUP_ATTACHMENT',
    subjectId: row.id,
    fields: [uploadId],
    reason: why,
    at: now,
  });
  await recordStaffAction(
    deps,
    staff,
    'ATTACHMENT_VIEWED',
    { kind: 'LOOKUP_REQUEST', id: row.id },
    {
      person: auditPersonOfDocument(deps.vault.decrypt(row.applicant_document_cipher)),
      revealedFields: [attachment.kind],
      reason: why,
      detail: { uploadId },
    },
  );
  const expiresAt = now + UPLOAD_GRANT_TTL_MS;
  const token = signUploadReadGrant(deps.vault, { uploadId, accountId: staff.accountId, expiresAt });
  return {
    uploadId,
    kind: attachment.kind,
    label: SUPPORTING_DOCUMENT_KIND_LABELS[attachment.kind],
    path: grantedUploadPath(uploadId, token),
    expiresAt,
  };
}

/**
 * Who may GET an upload (app.ts hands this to the upload routes): its owner, always and without a record; staff
 * with a role on the request it is attached to (receiving or holding archive; administrators for all; never a
 * checker) only with the grant openAttachment gave them, the role checked again at reading time. An upload
 * attached to no request is its owner's alone.
 */
export function lookupAttachmentReadPolicy(db: Executor): AuthorizeUploadRead {
  return async (actor, upload, { granted }) => {
    if (actor.accountId === upload.ownerAccountId) return true;
    if (!granted || actor.kind !== 'STAFF') return false;
    const request = await lookups.findRequestPartiesOfUpload(db, upload.id);
    return request !== undefined && rolesOf(actor, request).length > 0;
  };
}

// ---- retention -------------------------------------------------------------------------------------------

/**
 * When a request closes, in the transaction of the move: its uploads become due for the purge job a set time
 * later (the attachment rows go with them). Returns how many were scheduled.
 */
export async function scheduleAttachmentDeletion(
  db: Executor,
  requestId: number,
  closedAt: number,
  retention: AttachmentRetention,
): Promise<number> {
  const rows = await lookups.listAttachmentsOfRequests(db, [requestId]);
  if (rows.length === 0) return 0;
  return scheduleUploadDeletion(
    db,
    rows.map((row) => row.upload_id),
    closedAt + retention.daysAfterClose * DAY_MS,
  );
}

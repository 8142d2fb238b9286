// Lookup requests as citizens file and follow them, and as staff find them: filing (a receipt number from the
// receiving archive's counter of the day, the one-open-request rule left to the database), the citizen's list,
// withdrawing and answering 需补正, the staff queue, and reading personal data in full with a recorded reason.
import {
  addDays,
  addWorkingDays,
  archiveAbbreviationOf,
  type BusinessDate,
  businessDateOf,
  type ClueEntry,
  clueEntries,
  formatReceiptNumber,
  instantOf,
  LOOKUP_QUEUE_TAB_STATUSES,
  type LookupQueueTab,
  type LookupRecordType,
  type LookupRequestInput,
  type LookupStatus,
  lookupRequestModel,
  needsReadingRoomVisit,
  normalizeReceiptNumber,
  requiredDocuments,
  revealReasonModel,
  supplementModel,
} from '@zz/shared';
import type { Deps } from '../../context';
import { isUniqueViolation } from '../../db/db-errors';
import { InputValidationError, NotAuthorizedError, parseInput } from '../../errors';
import type { Actor } from '../../platform/access/actor';
import { branchFilterOf } from '../../platform/access/branch-scope';
import { requireCitizen, requireStaff } from '../../platform/access/guards';
import { auditPersonOfDocument, recordStaffAction } from '../../platform/audit/audit-log';
import { recordPersonalDataAccess } from '../../platform/pii/personal-data-access';
import { documentIndexOf, protectPhone } from '../../platform/pii/visitor-protection';
import { type Branch, branchesByIds } from '../branches/branch.service';
import { type AttachmentInput, type AttachmentRetention, claimAttachments } from './attachment.service';
import { DuplicateOpenLookupError } from './lookup.errors';
import * as lookups from './lookup.repository';
import {
  branchIdFromInput,
  decryptClues,
  type LookupRequest,
  loadWrittenRequest,
  recordEvent,
  requireRequestRow,
  toLookupRequest,
} from './lookup.service';
import { holidayCalendarFrom, settingsOfBranch } from './settings.service';
import { assertHoldsType, moveRequest } from './transition.service';

// ---- filing ----------------------------------------------------------------------------------------------

/**
 * A request after its checks, ready to write. Planning reads and validates outside the transaction, and
 * prepares the day's receipt counter row, so the transaction that follows only takes a number and writes.
 */
export interface SubmissionPlan {
  citizen: Actor;
  receiving: Branch;
  holding: Branch | null;
  recordType: LookupRecordType;
  today: BusinessDate;
  counter: { branch_id: number; series: 'RECEIPT'; period: string };
  subjectDocumentIndex: string;
  values: Omit<
    lookups.LookupRequestRow,
    'id' | 'receipt_number' | 'status' | 'open_key' | 'due_on' | 'submitted_at' | 'updated_at' | 'closed_at'
  >;
  acceptDays: number;
  /** Documents the shared model found complete for the record type and relation; claimed when written. */
  attachments: AttachmentInput[];
}

/** Phase one of filing: the shared request model, the archives, and the protected personal data. */
export async function planSubmission(
  deps: Deps,
  actor: Actor | null,
  input: LookupRequestInput,
): Promise<SubmissionPlan> {
  const citizen = requireCitizen(actor);
  const now = deps.clock.now();
  const today = businessDateOf(now);
  const form = parseInput(lookupRequestModel({ today }), input);
  // An id no archive has reads as -1, and is refused as such below.
  const receivingId = branchIdFromInput(form.receivingBranchId) ?? -1;
  const holdingId = form.holdingBranchId === null ? null : (branchIdFromInput(form.holdingBranchId) ?? -1);
  const [receiving, holding] = await branchesByIds(deps.db, [receivingId, holdingId ?? receivingId]);
  if (!receiving) throw InputValidationError.single('receivingBranchId', '所选档案馆不存在');
  if (holdingId !== null && !holding) throw InputValidationError.single('holdingBranchId', '所选档案馆不存在');
  if (holdingId !== null && holding) await assertHoldsType(deps, holding, form.recordType);
  const { deskVisit } = requiredDocuments(form.recordType, form.relation, { crossArchive: false });
  const { vault } = deps;
  const subjectDocumentIndex = documentIndexOf(vault, form.subject.documentType, form.subject.documentNumber);
  const counter = { branch_id: receiving.id, series: 'RECEIPT' as const, period: today.replace(/-/g, '') };
  await lookups.ensureCounter(deps.db, counter);
  return {
    citizen,
    receiving,
    holding: holdingId === null ? null : (holding ?? null),
    recordType: form.recordType,
    today,
    counter,
    subjectDocumentIndex,
    values: {
      account_id: citizen.accountId,
      receiving_branch_id: receiving.id,
      holding_branch_id: holdingId,
      record_type: form.recordType,
      relation: form.relation,
      applicant_name_cipher: vault.encrypt(form.applicant.name),
      applicant_document_type: form.applicant.documentType,
      applicant_document_cipher: vault.encrypt(form.applicant.documentNumber),
      applicant_phone_cipher: protectPhone(vault, form.phone),
      subject_name_cipher: vault.encrypt(form.subject.name),
      subject_document_type: form.subject.documentType,
      subject_document_cipher: vault.encrypt(form.subject.documentNumber),
      subject_document_index: subjectDocumentIndex,
      clues_cipher: vault.encrypt(JSON.stringify(form.clues)),
      purpose: form.purpose,
      purpose_text: form.purposeText,
      intended_use: form.use,
      delivery: form.delivery,
      postal_address_cipher: form.postalAddress ? vault.encrypt(form.postalAddress) : null,
      needs_visit: needsReadingRoomVisit(form.use, deskVisit) ? 1 : 0,
      status_note: null,
      archive_reference: null,
    },
    acceptDays: (await settingsOfBranch(deps.db, receiving.id)).targets.acceptDays,
    attachments: form.attachments,
  };
}

/**
 * Phase two, in the mutation's transaction: take the next receipt number of the archive's day (an atomic
 * increment; a rollback gives it back), write the request and its first timeline entry, claim its
 * attachments. The unique index over open requests is what refuses a second open request for the same
 * person and type, however many are sent at once: DuplicateOpenLookupError, and the number is given back.
 * Attachments that are not the citizen's own unclaimed uploads: LookupAttachmentNotAvailableError, and the
 * whole filing rolls back (the documents the request needs are real uploads, or it is not filed).
 */
export async function executeSubmission(deps: Deps, plan: SubmissionPlan): Promise<LookupRequest> {
  const now = deps.clock.now();
  const sequence = await lookups.takeNextNumber(deps.db, plan.counter);
  const holidays = await holidayCalendarFrom(deps.db, plan.today);
  let id: number;
  try {
    id = await lookups.insertRequest(deps.db, {
      ...plan.values,
      receipt_number: formatReceiptNumber(archiveAbbreviationOf(plan.receiving.code), plan.today, sequence),
      status: 'SUBMITTED',
      open_key: 1,
      due_on: addWorkingDays(plan.today, plan.acceptDays, holidays),
      submitted_at: now,
      updated_at: now,
      closed_at: null,
    });
  } catch (error) {
    if (isUniqueViolation(error, 'open_key')) throw new DuplicateOpenLookupError(plan.recordType, null);
    throw error;
  }
  await recordEvent(deps.db, {
    requestId: id,
    kind: 'SUBMIT',
    from: null,
    to: 'SUBMITTED',
    actor: plan.citizen,
    branchId: null,
    note: null,
    now,
  });
  await claimAttachments(deps.db, plan.citizen, id, plan.attachments, now);
  return loadWrittenRequest(deps, plan.citizen, id);
}

/**
 * After a refused filing has rolled back: the refusal names the open request when it is the citizen's own
 * (someone else's request for the same person is not shown to them).
 */
export async function explainDuplicate(deps: Deps, plan: SubmissionPlan): Promise<DuplicateOpenLookupError> {
  const open = await lookups.findOpenRequest(deps.db, plan.subjectDocumentIndex, plan.recordType);
  const [row] = open ? await lookups.findRequestsByIds(deps.db, [open.id]) : [];
  const own = row?.account_id === plan.citizen.accountId;
  return new DuplicateOpenLookupError(plan.recordType, own ? row.receipt_number : null);
}

// ---- the citizen's requests ------------------------------------------------------------------------------

export async function myRequests(
  deps: Deps,
  actor: Actor | null,
  page: { offset: number; limit: number },
): Promise<LookupRequest[]> {
  const citizen = requireCitizen(actor);
  const rows = await lookups.listRequestsOfAccount(deps.db, citizen.accountId, page);
  return rows.map((row) => toLookupRequest(deps.vault, row, citizen, deps.clock.now()));
}

export async function withdrawRequest(
  deps: Deps,
  actor: Actor | null,
  requestId: number,
  expected: LookupStatus | null,
  retention: AttachmentRetention,
) {
  requireCitizen(actor);
  await moveRequest(deps, actor, requestId, { action: 'WITHDRAW', expectedStatus: expected }, retention);
  return loadWrittenRequest(deps, actor, requestId);
}

export interface SupplementInput {
  clues?: Record<string, unknown> | null;
  note?: string | null;
  attachments?: { uploadId: string; kind: string }[] | null;
}

/** 补正: new clues, a note and more documents; the request goes back to the receiving archive. */
export async function supplementRequest(
  deps: Deps,
  actor: Actor | null,
  requestId: number,
  input: SupplementInput,
  retention: AttachmentRetention,
): Promise<LookupRequest> {
  const citizen = requireCitizen(actor);
  const { row } = await requireRequestRow(deps.db, citizen, requestId);
  const today = businessDateOf(deps.clock.now());
  const form = parseInput(supplementModel(row.record_type, { today }), input);
  const move = await moveRequest(
    deps,
    citizen,
    requestId,
    { action: 'SUPPLEMENT', expectedStatus: row.status, note: form.note },
    retention,
    form.clues ? { clues_cipher: deps.vault.encrypt(JSON.stringify(form.clues)) } : {},
  );
  await claimAttachments(deps.db, citizen, requestId, form.attachments, move.now);
  return loadWrittenRequest(deps, citizen, requestId);
}

// ---- the staff queue -------------------------------------------------------------------------------------

export interface QueueFilter {
  tab: LookupQueueTab;
  recordType: LookupRecordType | null;
  /** Business dates, inclusive. */
  submittedFrom: BusinessDate | null;
  submittedTo: BusinessDate | null;
  receiptNumber: string | null;
  overdueOnly: boolean;
  /** Administrators may look at one archive; branch staff always see their own. */
  branchId: number | null;
}

/** Requests received or held by the viewer's archive (every archive's for administrators), as filtered. */
export async function lookupQueue(
  deps: Deps,
  actor: Actor | null,
  filter: QueueFilter,
  page: { offset: number; limit: number },
): Promise<LookupRequest[]> {
  const staff = requireStaff(actor);
  // Checkers work the door; lookups are not theirs to see.
  if (staff.role === 'CHECKER') throw new NotAuthorizedError('FORBIDDEN');
  const scope = branchFilterOf(staff) ?? filter.branchId;
  if (filter.submittedFrom && filter.submittedTo && filter.submittedTo < filter.submittedFrom) {
    throw InputValidationError.single('submittedTo', '结束日期不能早于开始日期');
  }
  const now = deps.clock.now();
  const rows = await lookups.listQueue(deps.db, {
    branchId: scope,
    statuses: LOOKUP_QUEUE_TAB_STATUSES[filter.tab],
    recordType: filter.recordType,
    submittedFrom: filter.submittedFrom ? instantOf(filter.submittedFrom) : null,
    submittedBefore: filter.submittedTo ? instantOf(addDays(filter.submittedTo, 1)) : null,
    receiptNumber: filter.receiptNumber ? normalizeReceiptNumber(filter.receiptNumber) : null,
    dueBefore: filter.overdueOnly ? businessDateOf(now) : null,
    ...page,
  });
  return rows.map((row) => toLookupRequest(deps.vault, row, staff, now));
}

// ---- personal data in full -------------------------------------------------------------------------------

export interface LookupPersonalData {
  requestId: number;
  applicantName: string;
  applicantDocumentNumber: string;
  applicantPhone: string;
  subjectName: string;
  subjectDocumentNumber: string;
  clues: ClueEntry[];
  postalAddress: string | null;
}

/**
 * Staff of the two archives read a request's personal data in full, saying why; each datum read is recorded
 * (personal_data_access) in the same transaction, so no reading goes unrecorded.
 */
export async function revealPersonalData(
  deps: Deps,
  actor: Actor | null,
  requestId: number,
  reason: string,
): Promise<LookupPersonalData> {
  const staff = requireStaff(actor);
  const { row } = await requireRequestRow(deps.db, staff, requestId);
  const why = parseInput(revealReasonModel, reason, 'reason');
  const { vault } = deps;
  const data: LookupPersonalData = {
    requestId: row.id,
    applicantName: vault.decrypt(row.applicant_name_cipher),
    applicantDocumentNumber: vault.decrypt(row.applicant_document_cipher),
    applicantPhone: vault.decrypt(row.applicant_phone_cipher),
    subjectName: vault.decrypt(row.subject_name_cipher),
    subjectDocumentNumber: vault.decrypt(row.subject_document_cipher),
    clues: clueEntries(row.record_type, decryptClues(vault, row), true),
    postalAddress: row.postal_address_cipher ? vault.decrypt(row.postal_address_cipher) : null,
  };
  await recordPersonalDataAccess(deps.db, {
    staffAccountId: staff.accountId,
    branchId: staff.branchId,
    subjectKind: 'LOOKUP_REQUEST',
    subjectId: row.id,
    fields: [
      'APPLICANT_NAME',
      'APPLICANT_DOCUMENT_NUMBER',
      'APPLICANT_PHONE',
      'SUBJECT_NAME',
      'SUBJECT_DOCUMENT_NUMBER',
      'CLUES',
      ...(data.postalAddress ? ['POSTAL_ADDRESS'] : []),
    ],
    reason: why,
    at: deps.clock.now(),
  });
  // One audit row per person concerned, each with the fields of theirs that were shown, so a search by either
  // person's document number finds the reading (one row when the request is about the applicant themself).
  const target = { kind: 'LOOKUP_REQUEST', id: row.id };
  const applicant = auditPersonOfDocument(data.applicantDocumentNumber);
  const subject = auditPersonOfDocument(data.subjectDocumentNumber);
  const applicantFields = ['APPLICANT_NAME', 'APPLICANT_DOCUMENT_NUMBER', 'APPLICANT_PHONE'];
  const subjectFields = [
    'SUBJECT_NAME',
    'SUBJECT_DOCUMENT_NUMBER',
    'CLUES',
    ...(data.postalAddress ? ['POSTAL_ADDRESS'] : []),
  ];
  const readings =
    applicant.value === subject.value
      ? [{ person: applicant, revealedFields: [...applicantFields, ...subjectFields] }]
      : [
          { person: applicant, revealedFields: applicantFields },
          { person: subject, revealedFields: subjectFields },
        ];
  for (const reading of readings) {
    await recordStaffAction(deps, staff, 'PERSONAL_DATA_REVEALED', target, { ...reading, reason: why });
  }
  return data;
}

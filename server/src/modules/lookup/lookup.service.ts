// Lookup requests as domain objects: who may see and move one (its citizen, staff of the archive that
// received it and of the archive that holds the record; a city administrator acts for either), its personal
// data masked, its timeline and reading-room appointment (attachments: attachment.service.ts). Row types never
// leave this module.
import {
  availableActions,
  businessDateOf,
  type ClueEntry,
  clueEntries,
  type DocumentType,
  isCrossArchive,
  isOverdue,
  type LookupAction,
  type LookupClues,
  type LookupDelivery,
  type LookupEventKind,
  type LookupPurpose,
  type LookupRecordType,
  type LookupRelation,
  type LookupRole,
  type LookupStatus,
  type LookupUse,
  type LookupVisitStatus,
  maskAddress,
  maskPhone,
  placeTextOf,
  requiredDocuments,
  type SupportingDocumentKind,
  suggestHoldingBranch,
} from '@zz/shared';
import type { Deps } from '../../context';
import type { Executor } from '../../db/database';
import type { Actor } from '../../platform/access/actor';
import { isBranchInScope } from '../../platform/access/branch-scope';
import { isManagerRole } from '../../platform/access/scopes';
import type { PersonalDataVault } from '../../platform/pii/vault';
import { maskedDocumentOf, maskedNameOf } from '../../platform/pii/visitor-protection';
import { LookupRequestNotFoundError } from './lookup.errors';
import type { LookupRequestRow } from './lookup.repository';
import * as lookups from './lookup.repository';

export interface LookupPerson {
  maskedName: string;
  documentType: DocumentType;
  maskedDocumentNumber: string;
}

export interface LookupRequest {
  id: number;
  receiptNumber: string;
  accountId: number;
  receivingBranchId: number;
  holdingBranchId: number | null;
  /** For staff routing a request whose holding archive is unknown: the archive its clues name. */
  suggestedHoldingBranchCode: string | null;
  recordType: LookupRecordType;
  relation: LookupRelation;
  applicant: LookupPerson & { maskedPhone: string };
  subject: LookupPerson;
  /** Names masked. */
  clues: ClueEntry[];
  purpose: LookupPurpose;
  purposeText: string | null;
  use: LookupUse;
  delivery: LookupDelivery;
  maskedPostalAddress: string | null;
  needsVisit: boolean;
  /** The documents the request needs as it stands (forwarding to another archive may add a notarisation). */
  requiredDocuments: SupportingDocumentKind[];
  deskVisit: boolean;
  status: LookupStatus;
  statusNote: string | null;
  archiveReference: string | null;
  dueOn: string | null;
  overdue: boolean;
  submittedAt: number;
  updatedAt: number;
  closedAt: number | null;
  /** What the viewer is to this request, and so what they may do with it. */
  roles: LookupRole[];
  availableActions: LookupAction[];
}

type RequestParties = Pick<LookupRequestRow, 'account_id' | 'receiving_branch_id' | 'holding_branch_id'>;

/**
 * The viewer's roles on a request. Citizens act on their own requests; administrators and branch staff on the
 * requests their archive received or holds (administrators on all); checkers, who work the door, on none.
 */
export function rolesOf(actor: Actor | null, request: RequestParties): LookupRole[] {
  if (!actor) return [];
  if (actor.kind === 'CITIZEN') return actor.accountId === request.account_id ? ['CITIZEN'] : [];
  if (!isManagerRole(actor.role)) return [];
  const roles: LookupRole[] = [];
  if (isBranchInScope(actor, request.receiving_branch_id)) roles.push('RECEIVING_ARCHIVE');
  if (request.holding_branch_id !== null && isBranchInScope(actor, request.holding_branch_id)) {
    roles.push('HOLDING_ARCHIVE');
  }
  return roles;
}

export function decryptClues(vault: PersonalDataVault, row: Pick<LookupRequestRow, 'clues_cipher'>): LookupClues {
  return JSON.parse(vault.decrypt(row.clues_cipher)) as LookupClues;
}

export function toLookupRequest(vault: PersonalDataVault, row: LookupRequestRow, actor: Actor | null, now: number) {
  const roles = rolesOf(actor, row);
  const clues = decryptClues(vault, row);
  const requirement = requiredDocuments(row.record_type, row.relation, {
    crossArchive: isCrossArchive(row.receiving_branch_id, row.holding_branch_id),
  });
  const suggestion =
    row.holding_branch_id === null ? suggestHoldingBranch(row.record_type, placeTextOf(row.record_type, clues)) : null;
  return {
    id: row.id,
    receiptNumber: row.receipt_number,
    accountId: row.account_id,
    receivingBranchId: row.receiving_branch_id,
    holdingBranchId: row.holding_branch_id,
    suggestedHoldingBranchCode: suggestion?.code ?? null,
    recordType: row.record_type,
    relation: row.relation,
    applicant: {
      maskedName: maskedNameOf(vault, row.applicant_name_cipher),
      documentType: row.applicant_document_type,
      maskedDocumentNumber: maskedDocumentOf(vault, row.applicant_document_cipher),
      maskedPhone: maskPhone(vault.decrypt(row.applicant_phone_cipher)),
    },
    subject: {
      maskedName: maskedNameOf(vault, row.subject_name_cipher),
      documentType: row.subject_document_type,
      maskedDocumentNumber: maskedDocumentOf(vault, row.subject_document_cipher),
    },
    clues: clueEntries(row.record_type, clues),
    purpose: row.purpose,
    purposeText: row.purpose_text,
    use: row.intended_use,
    delivery: row.delivery,
    maskedPostalAddress: row.postal_address_cipher ? maskAddress(vault.decrypt(row.postal_address_cipher)) : null,
    needsVisit: row.needs_visit === 1,
    requiredDocuments: requirement.documents,
    deskVisit: requirement.deskVisit,
    status: row.status,
    statusNote: row.status_note,
    archiveReference: row.archive_reference,
    dueOn: row.due_on,
    overdue: isOverdue(row.due_on, businessDateOf(now)),
    submittedAt: row.submitted_at,
    updatedAt: row.updated_at,
    closedAt: row.closed_at,
    roles,
    availableActions: availableActions(row.status, roles),
  } satisfies LookupRequest;
}

/** An archive id as a form sends it (canonical digits), or null: anything else is an id no archive has. */
export function branchIdFromInput(raw: string): number | null {
  return /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : null;
}

/** A request the viewer has a role on, or null (not found and not theirs look the same). */
export async function readableRequest(
  deps: Pick<Deps, 'db' | 'vault' | 'clock'>,
  actor: Actor | null,
  id: number,
): Promise<LookupRequest | null> {
  const row = await lookups.findRequestById(deps.db, id);
  if (!row || rolesOf(actor, row).length === 0) return null;
  return toLookupRequest(deps.vault, row, actor, deps.clock.now());
}

/** The row of a request the viewer has a role on, with those roles; LookupRequestNotFoundError otherwise. */
export async function requireRequestRow(
  db: Executor,
  actor: Actor | null,
  id: number,
): Promise<{ row: LookupRequestRow; roles: LookupRole[] }> {
  const row = await lookups.findRequestById(db, id);
  const roles = row ? rolesOf(actor, row) : [];
  if (!row || roles.length === 0) throw new LookupRequestNotFoundError();
  return { row, roles };
}

/** Must exist: for read-backs right after this request changed it. */
export async function loadWrittenRequest(
  deps: Pick<Deps, 'db' | 'vault' | 'clock'>,
  actor: Actor | null,
  id: number,
): Promise<LookupRequest> {
  const request = await readableRequest(deps, actor, id);
  if (!request) throw new Error(`lookup request ${id} vanished`);
  return request;
}

// ---- what hangs off a request, loaded for many requests at once -----------------------------------------

export interface LookupEvent {
  id: number;
  requestId: number;
  kind: LookupEventKind;
  fromStatus: LookupStatus | null;
  toStatus: LookupStatus;
  at: number;
  /** The archive whose staff made the move; null for the citizen's own. */
  branchId: number | null;
  byCitizen: boolean;
  note: string | null;
}

export async function timelinesOf(db: Executor, requestIds: readonly number[]): Promise<LookupEvent[][]> {
  const rows = await lookups.listEventsOfRequests(db, requestIds);
  return requestIds.map((id) =>
    rows
      .filter((row) => row.request_id === id)
      .map((row) => ({
        id: row.id,
        requestId: row.request_id,
        kind: row.kind,
        fromStatus: row.from_status,
        toStatus: row.to_status,
        at: row.occurred_at,
        branchId: row.branch_id,
        byCitizen: row.actor_kind === 'CITIZEN',
        note: row.note,
      })),
  );
}

export interface LookupVisit {
  id: number;
  requestId: number;
  slotId: number;
  visitDate: string;
  status: LookupVisitStatus;
  bookedAt: number;
  cancelledAt: number | null;
  cancelReason: string | null;
}

export const toLookupVisit = (row: lookups.LookupVisitRow): LookupVisit => ({
  id: row.id,
  requestId: row.request_id,
  slotId: row.slot_id,
  visitDate: row.visit_date,
  status: row.status,
  bookedAt: row.booked_at,
  cancelledAt: row.cancelled_at,
  cancelReason: row.cancel_reason,
});

/** Each request's latest reading-room appointment (standing or cancelled), or null. */
export async function latestVisitsOf(db: Executor, requestIds: readonly number[]): Promise<(LookupVisit | null)[]> {
  const rows = await lookups.listVisitsOfRequests(db, requestIds);
  return requestIds.map((id) => {
    const own = rows.filter((row) => row.request_id === id);
    return own.length > 0 ? toLookupVisit(own[own.length - 1]) : null;
  });
}

/** A move that happened: the request as it was read, the role it was made in, where it went, its timeline entry. */
export interface Move {
  row: LookupRequestRow;
  role: LookupRole;
  to: LookupStatus;
  eventId: number;
  now: number;
  actorAccountId: number;
}

/** Records one step of a request's timeline, in the caller's transaction; answers with its id. */
export function recordEvent(
  db: Executor,
  event: {
    requestId: number;
    kind: LookupEventKind;
    from: LookupStatus | null;
    to: LookupStatus;
    actor: Actor;
    /** The archive in whose name staff acted; null for the citizen. */
    branchId: number | null;
    note: string | null;
    now: number;
  },
): Promise<number> {
  return lookups.insertEvent(db, {
    request_id: event.requestId,
    kind: event.kind,
    from_status: event.from,
    to_status: event.to,
    actor_account_id: event.actor.accountId,
    actor_kind: event.actor.kind,
    branch_id: event.branchId,
    note: event.note,
    occurred_at: event.now,
  });
}

// ---- notifications ---------------------------------------------------------------------------------------

/** What a notification about a request names (the delivery worker and the message centre ask). */
export interface RequestNoticeSubject {
  id: number;
  accountId: number;
  receiptNumber: string;
  status: LookupRequestRow['status'];
  receivingBranchId: number;
  holdingBranchId: number | null;
}

export async function requestNoticeSubjects(db: Executor, ids: readonly number[]): Promise<RequestNoticeSubject[]> {
  return (await lookups.findRequestsByIds(db, ids)).map((row) => ({
    id: row.id,
    accountId: row.account_id,
    receiptNumber: row.receipt_number,
    status: row.status,
    receivingBranchId: row.receiving_branch_id,
    holdingBranchId: row.holding_branch_id,
  }));
}

/** The applicants' phones in full, by request id, in one query; for staff who record why they read them. */
export async function requestApplicantPhones(
  deps: Pick<Deps, 'db' | 'vault'>,
  requestIds: readonly number[],
): Promise<Map<number, string>> {
  const rows = await lookups.findRequestsByIds(deps.db, requestIds);
  return new Map(rows.map((row) => [row.id, deps.vault.decrypt(row.applicant_phone_cipher)]));
}

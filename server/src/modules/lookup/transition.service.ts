// Moving a request: one function for every move of the state machine (shared/lookup/status-machine), whoever
// makes it. It checks the move against the table for the viewer's roles, applies it with a conditional update
// that names the status it was read in (two members of staff acting at once: one wins, the other is told the
// request changed), records the step on the timeline, tells the citizen through the outbox, sets the due date
// of the next step, and on closing frees the reading-room seat and schedules the deletion of the attachments
// — all in the caller's transaction.
import {
  businessDateOf,
  dueDateAfter,
  isOpenLookupStatus,
  type LookupAction,
  type LookupRole,
  type LookupStatus,
  lookupMoveModel,
  missingDocuments,
  nextStatus,
  requiredDocuments,
} from '@zz/shared';
import type { Deps } from '../../context';
import { InputValidationError, parseInput } from '../../errors';
import type { Actor } from '../../platform/access/actor';
import { requireActor, requireStaff } from '../../platform/access/guards';
import { auditPersonOfDocument, recordStaffAction } from '../../platform/audit/audit-log';
import type { OutboxMessage } from '../../platform/outbox/messages';
import { enqueueMessage } from '../../platform/outbox/outbox';
import { type Branch, branchesByIds } from '../branches/branch.service';
import { type AttachmentRetention, scheduleAttachmentDeletion } from './attachment.service';
import { type CertificateIssuing, issueCertificate } from './certificate.service';
import {
  IllegalLookupTransitionError,
  LookupDocumentsMissingError,
  LookupRecordTypeNotHeldError,
  LookupRequestChangedError,
} from './lookup.errors';
import type { LookupRequestRow, RequestChanges } from './lookup.repository';
import * as lookups from './lookup.repository';
import { branchIdFromInput, type Move, recordEvent, requireRequestRow } from './lookup.service';
import { releaseVisitOfClosedRequest, VISIT_RELEASED_NOTE } from './reading-room.service';
import { holidayCalendarFrom, settingsOfBranch } from './settings.service';

export interface MoveInput {
  action: LookupAction;
  /** The status the viewer saw; a request that has moved on since is not moved again. */
  expectedStatus: LookupStatus | null;
  note?: string | null;
  holdingBranchId?: string | null;
  archiveReference?: string | null;
}

/**
 * Makes one move. `retention` is how long a request that this move closes keeps its attachments; `extra` carries
 * what a move brings besides its status (a supplement's new clues). Throws
 * LookupRequestNotFoundError, LookupRequestChangedError, IllegalLookupTransitionError or InputValidationError,
 * and then nothing has changed.
 */
export async function moveRequest(
  deps: Deps,
  actor: Actor | null,
  requestId: number,
  input: MoveInput,
  retention: AttachmentRetention,
  extra: Pick<RequestChanges, 'clues_cipher'> = {},
): Promise<Move> {
  const viewer = requireActor(actor);
  const { row, roles } = await requireRequestRow(deps.db, viewer, requestId);
  if (input.expectedStatus !== null && input.expectedStatus !== row.status) {
    throw new LookupRequestChangedError(row.status);
  }
  // The first of the viewer's roles the table allows the move for (staff of an archive that both received and
  // holds the request act in whichever role the move needs).
  const allowed = roles
    .map((role) => ({ role, verdict: nextStatus(row.status, input.action, role) }))
    .find((candidate) => candidate.verdict.allowed);
  if (!allowed?.verdict.allowed) throw new IllegalLookupTransitionError(row.status, input.action);
  const { role } = allowed;
  const { to } = allowed.verdict;
  const form = parseInput(lookupMoveModel(input.action), {
    note: input.note ?? null,
    holdingBranchId: input.holdingBranchId ?? null,
    archiveReference: input.archiveReference ?? null,
  });
  assertDeliveryFits(input.action, row);

  const now = deps.clock.now();
  const today = businessDateOf(now);
  const [settings, holidays] = await Promise.all([
    settingsOfBranch(deps.db, row.receiving_branch_id),
    holidayCalendarFrom(deps.db, today),
  ]);
  const changes: RequestChanges = {
    ...extra,
    status: to,
    open_key: isOpenLookupStatus(to) ? 1 : null,
    status_note: form.note ?? null,
    due_on: dueDateAfter(to, { today, currentDue: row.due_on, targets: settings.targets, calendar: holidays }),
    updated_at: now,
    closed_at: isOpenLookupStatus(to) ? null : now,
  };
  if (input.action === 'FORWARD') changes.holding_branch_id = await forwardTarget(deps, row, form.holdingBranchId);
  // The receiving archive that searches itself becomes the holding archive.
  if (input.action === 'START_SEARCH' && role === 'RECEIVING_ARCHIVE')
    changes.holding_branch_id = row.receiving_branch_id;
  if (input.action === 'RECORD_FOUND') changes.archive_reference = form.archiveReference ?? null;

  if (!(await lookups.transitionRequest(deps.db, row.id, row.status, changes))) {
    throw new LookupRequestChangedError((await lookups.findCommittedStatus(deps.db, row.id)) ?? row.status);
  }
  // A closed request's documents are kept for the retention time from now, then purged with their rows.
  if (!isOpenLookupStatus(to)) await scheduleAttachmentDeletion(deps.db, row.id, now, retention);
  const branchId = branchOfRole(role, { ...row, ...changes });
  const eventId = await recordEvent(deps.db, {
    requestId: row.id,
    kind: input.action,
    from: row.status,
    to,
    actor: viewer,
    branchId,
    note: form.note ?? null,
    now,
  });
  const message = citizenMessage(row, to, eventId, form.note ?? null);
  if (message) await enqueueMessage(deps.db, message, now);
  // A closed request no longer needs its reading-room seat; the timeline says so too.
  if (!isOpenLookupStatus(to) && (await releaseVisitOfClosedRequest(deps, row.id))) {
    await recordEvent(deps.db, {
      requestId: row.id,
      kind: 'CANCEL_VISIT',
      from: to,
      to,
      actor: viewer,
      branchId,
      note: VISIT_RELEASED_NOTE,
      now,
    });
  }
  return { row, role, to, eventId, now, actorAccountId: viewer.accountId };
}

/** The archive staff act for in a role (the citizen acts for none). */
function branchOfRole(role: LookupRole, row: Pick<LookupRequestRow, 'receiving_branch_id' | 'holding_branch_id'>) {
  if (role === 'RECEIVING_ARCHIVE') return row.receiving_branch_id;
  if (role === 'HOLDING_ARCHIVE') return row.holding_branch_id;
  return null;
}

/** Handing over and posting are the two ends of the two deliveries; an electronic certificate is just closed. */
function assertDeliveryFits(action: LookupAction, row: LookupRequestRow) {
  if (action === 'MARK_COLLECTED' && row.delivery !== 'PICKUP') {
    throw InputValidationError.single('action', '该申请不是到馆领取，不能登记“已领取”');
  }
  if (action === 'MARK_POSTED' && row.delivery !== 'POST') {
    throw InputValidationError.single('action', '该申请不是邮寄，不能登记“已邮寄”');
  }
}

/** The archive a request is forwarded to: another real archive that holds records of the request's type. */
async function forwardTarget(deps: Deps, row: LookupRequestRow, rawId: string | null | undefined): Promise<number> {
  const id = branchIdFromInput(rawId ?? '');
  const [target] = id === null ? [undefined] : await branchesByIds(deps.db, [id]);
  if (!target) throw InputValidationError.single('holdingBranchId', '所选档案馆不存在');
  if (target.id === row.receiving_branch_id) {
    throw InputValidationError.single('holdingBranchId', '档案由本馆保管时，请直接开始查档');
  }
  await assertHoldsType(deps, target, row.record_type);
  await assertDocumentsForCrossArchive(deps, row);
  return target.id;
}

/**
 * A request answered by another archive needs what a cross-archive request needs (a relative's or proxy's
 * authorisation notarised); one filed for the receiving archive or 不详 may lack it, and is not forwarded then.
 */
async function assertDocumentsForCrossArchive(deps: Deps, row: LookupRequestRow) {
  const { documents } = requiredDocuments(row.record_type, row.relation, { crossArchive: true });
  const attached = (await lookups.listAttachmentsOfRequests(deps.db, [row.id])).map((a) => a.kind);
  const missing = missingDocuments(documents, attached);
  if (missing.length > 0) throw new LookupDocumentsMissingError(missing);
}

/** Refuses an archive that has not enabled the record type (it does not hold such records). */
export async function assertHoldsType(
  deps: Pick<Deps, 'db'>,
  branch: Branch,
  recordType: LookupRequestRow['record_type'],
) {
  const settings = await settingsOfBranch(deps.db, branch.id);
  if (!settings.enabledRecordTypes.includes(recordType))
    throw new LookupRecordTypeNotHeldError(recordType, branch.name);
}

/** What the citizen must be told when a request enters `to`; one message per move (the event id is its key). */
function citizenMessage(row: LookupRequestRow, to: LookupStatus, eventId: number, note: string | null) {
  const base = { accountId: row.account_id, dedupeKey: `lookup-event:${eventId}` };
  const ids = { requestId: row.id, receiptNumber: row.receipt_number };
  const messages: Partial<Record<LookupStatus, OutboxMessage>> = {
    ACCEPTED: { ...base, kind: 'LOOKUP_ACCEPTED', payload: ids },
    NEEDS_MORE: { ...base, kind: 'LOOKUP_NEEDS_MORE', payload: { ...ids, missing: note ?? '' } },
    REFUSED: { ...base, kind: 'LOOKUP_REFUSED', payload: { ...ids, reason: note ?? '' } },
    FORWARDED: { ...base, kind: 'LOOKUP_FORWARDED', payload: ids },
    FOUND: { ...base, kind: 'LOOKUP_FOUND', payload: ids },
    NOT_FOUND: { ...base, kind: 'LOOKUP_NOT_FOUND', payload: ids },
  };
  return messages[to] ?? null;
}

/** A move by staff: issuing the certificate comes with the move to CERTIFIED, in the same transaction. */
export async function moveAsStaff(
  deps: Deps,
  rules: { issuing: CertificateIssuing; retention: AttachmentRetention },
  actor: Actor | null,
  requestId: number,
  input: MoveInput,
): Promise<Move> {
  const staff = requireStaff(actor);
  const move = await moveRequest(deps, actor, requestId, input, rules.retention);
  if (move.to === 'CERTIFIED') await issueCertificate(deps, rules.issuing, move);
  await recordStaffAction(
    deps,
    staff,
    'LOOKUP_ACTION',
    { kind: 'LOOKUP_REQUEST', id: move.row.id },
    {
      person: auditPersonOfDocument(deps.vault.decrypt(move.row.applicant_document_cipher)),
      // The note goes to the citizen and may name people: the log keeps the move, not the words.
      detail: { action: input.action, from: move.row.status, to: move.to },
    },
  );
  return move;
}

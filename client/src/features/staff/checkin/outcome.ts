// What the door sees after a check-in attempt: admitted (how many, who) or refused, with the reason in
// Chinese. Each TicketRejectedError.reason has its own wording; times are business time.

import type { DocumentType } from '@zz/shared/identity/documents';
import { describeFailure, execute } from '../../../graphql/client';
import { commonErrorMessage } from '../../../graphql/errors';
import { formatShortDate, todayDate } from '../../../lib/format';
import { clockOf, dateOf } from '../format';
import {
  StaffCheckInByDocumentDocument,
  type StaffCheckInByDocumentMutation,
  type StaffCheckInFieldsFragment,
  StaffCheckInTicketDocument,
  type StaffCheckInTicketMutation,
  StaffOverrideCheckInDocument,
  type StaffOverrideCheckInMutation,
  StaffTicketBookingDocument,
} from '../graphql';
import { enqueueScan, newScanId, type QueuedScan, queuedScans, settleScan } from './scan-queue';

export type CheckInOutcome =
  | { kind: 'admitted'; result: StaffCheckInFieldsFragment }
  | {
      kind: 'refused';
      title: string;
      detail: string;
      who?: string | null;
      /** For a refusal by the entry window alone (too early or too late today): what 特殊放行 would admit. */
      overridable?: OverrideTarget | null;
    }
  /** The network is down: the scan waits on the device and is sent when it returns. */
  | { kind: 'queued'; waiting: number };

/** A ticket or a typed document that the entry window refused, for a manager's 特殊放行. */
export type OverrideTarget = { token: string } | { slotId: string; documentType: DocumentType; documentNumber: string };

type TicketAnswer = StaffCheckInTicketMutation['checkInTicket'];
type DocumentAnswer = StaffCheckInByDocumentMutation['checkInByDocument'];
type OverrideAnswer = StaffOverrideCheckInMutation['overrideCheckIn'];
type CheckInError = Exclude<TicketAnswer | DocumentAnswer | OverrideAnswer, { data: unknown }>;

/** The refusal shown for a typed failure of checkInTicket / checkInByDocument. */
export function refusalOf(error: CheckInError): { title: string; detail: string } {
  switch (error.__typename) {
    case 'TicketRejectedError':
      return rejectionOf(error);
    case 'NotAuthorizedError':
      return error.reason === 'FORBIDDEN'
        ? { title: '非本馆预约', detail: '该预约属于其他档案馆的展览，请引导访客前往对应场馆。' }
        : { title: '登录已失效', detail: '请返回工作台重新登录后再核验。' };
    case 'InputValidationError':
      return { title: '无法核验', detail: error.fieldErrors[0]?.message ?? error.message };
    default:
      return { title: '不予入馆', detail: commonErrorMessage(error) };
  }
}

type Rejection = Extract<CheckInError, { __typename: 'TicketRejectedError' }>;

/** Who the refused ticket is for, masked: "张* 等 3 人" (staff say it to the person in front of them). */
function whoOf(error: Rejection): string | null {
  if (!error.maskedName) return null;
  const size = error.partySize ?? 1;
  return size > 1 ? `${error.maskedName} 等 ${size} 人` : `${error.maskedName} · 1 人`;
}

function rejectionOf(error: Rejection) {
  return { ...rejectionWords(error), who: whoOf(error) };
}

function rejectionWords(error: Rejection): { title: string; detail: string } {
  const slotTime = clockOf(error.slotStartAt);
  switch (error.reason) {
    case 'INVALID':
      return { title: '无效票', detail: '二维码不是本馆电子票，或内容不完整。' };
    case 'NOT_FOUND':
      return { title: '未找到预约', detail: error.message };
    case 'ALREADY_CHECKED_IN': {
      const at = error.checkedInAt;
      const when = at && dateOf(at) !== todayDate() ? `${formatShortDate(dateOf(at))} ${clockOf(at)}` : clockOf(at);
      return {
        title: when ? `已于 ${when} 入馆` : '已核验入馆',
        detail: '该票已经核验过，不能重复入馆。',
      };
    }
    case 'CANCELLED':
      return { title: '预约已取消', detail: '该预约已取消（或团体预约未通过审核），不能入馆。' };
    case 'WRONG_DAY':
      return {
        title: error.visitDate ? `非今日（预约日期 ${formatShortDate(error.visitDate)}）` : '非今日预约',
        detail: `请访客在预约当日前来参观（${slotTime} 场次）。`,
      };
    case 'TOO_EARLY':
      // The server's message carries the exact window: "09:00 场次 08:30 起可入场".
      return {
        title: error.opensAt && slotTime ? `${slotTime} 场次 ${clockOf(error.opensAt)} 起可入场` : '未到入场时间',
        detail: '未到入场时间，请访客稍候再来核验。',
      };
    case 'TOO_LATE':
      return {
        title: slotTime ? `已过入场时间（${slotTime} 场）` : '已过入场时间',
        detail: `${error.message}。可为访客办理现场登记。`,
      };
    case 'NOT_CONFIRMED':
      return { title: '团体未审核', detail: '该团体预约尚未通过审核，暂不能入馆。' };
    default:
      return { title: '不予入馆', detail: error.message };
  }
}

function outcomeOf(answer: TicketAnswer | DocumentAnswer, target: OverrideTarget | null = null): CheckInOutcome {
  if ('data' in answer) return { kind: 'admitted', result: answer.data };
  const windowOnly =
    answer.__typename === 'TicketRejectedError' && (answer.reason === 'TOO_EARLY' || answer.reason === 'TOO_LATE');
  return { kind: 'refused', ...refusalOf(answer), overridable: windowOnly ? target : null };
}

/**
 * 特殊放行: admits what the entry window refused, with the reason (the server keeps it in the audit log). A reason
 * the server refuses comes back as `reasonError` for the field; anything else as the door's usual outcome.
 */
export async function overrideCheckIn(
  target: OverrideTarget,
  reason: string,
): Promise<{ outcome: CheckInOutcome } | { reasonError: string }> {
  const result = await execute(StaffOverrideCheckInDocument, { ...target, reason });
  if (!result.ok) return { outcome: transportRefusal(describeFailure(result.failure)) };
  const answer = result.data.overrideCheckIn;
  if (answer.__typename === 'InputValidationError') {
    const field = answer.fieldErrors.find((e) => e.path === 'reason');
    if (field) return { reasonError: field.message };
  }
  if ('data' in answer) return { outcome: { kind: 'admitted', result: answer.data } };
  return { outcome: { kind: 'refused', ...refusalOf(answer) } };
}

function transportRefusal(message: string): CheckInOutcome {
  return { kind: 'refused', title: '核验未完成', detail: message };
}

/**
 * Checks a ticket in. When the network is down the scan is queued on the device with its own id and time
 * (scan-queue.ts) and the answer says so; `queued` sends a scan from that queue.
 */
export async function checkInTicket(
  token: string,
  headcount: number | null,
  queued: QueuedScan | null = null,
): Promise<CheckInOutcome> {
  const scan = queued ?? { scanId: newScanId(), token, headcount, scannedAt: Date.now() };
  const result = await execute(StaffCheckInTicketDocument, {
    token,
    headcount,
    scanId: scan.scanId,
    scannedAt: new Date(scan.scannedAt).toISOString(),
  });
  if (!result.ok && result.failure.kind === 'network') {
    return { kind: 'queued', waiting: enqueueScan(scan) };
  }
  if (queued) settleScan(queued.scanId);
  return result.ok
    ? outcomeOf(result.data.checkInTicket, { token })
    : transportRefusal(describeFailure(result.failure));
}

/** What a queued scan came to, for the list staff read after the network returns. */
export interface SyncedScan {
  scan: QueuedScan;
  outcome: CheckInOutcome;
  /** For a ticket admitted at another door meanwhile: "已在其他入口入场 09:12". */
  conflict: string | null;
}

/** Sends the queued scans in order; stops at the first that still cannot reach the server. */
export async function syncQueuedScans(): Promise<SyncedScan[]> {
  const done: SyncedScan[] = [];
  for (const scan of queuedScans()) {
    const outcome = await checkInTicket(scan.token, scan.headcount, scan);
    if (outcome.kind === 'queued') break;
    done.push({ scan, outcome, conflict: conflictOf(outcome) });
  }
  return done;
}

function conflictOf(outcome: CheckInOutcome): string | null {
  if (outcome.kind !== 'refused' || !outcome.title.startsWith('已于')) return null;
  return outcome.title.replace(/^已于 (.*) 入馆$/, '已在其他入口入场 $1');
}

export async function checkInByDocument(input: {
  slotId: string;
  documentType: DocumentType;
  documentNumber: string;
}): Promise<CheckInOutcome> {
  const result = await execute(StaffCheckInByDocumentDocument, input);
  return result.ok
    ? outcomeOf(result.data.checkInByDocument, input)
    : transportRefusal(describeFailure(result.failure));
}

/**
 * A whole-booking ticket ('ZZT1.b<id>.<signature>', server/src/modules/booking/ticket.ts) names its booking
 * in clear. Reading the id only lets us ask a group leader's headcount first; the server still verifies
 * the signature when checking in. Visitor tickets ('v') and anything else give null.
 */
export function bookingIdOfTicket(token: string): string | null {
  const match = token.trim().match(/^ZZT1\.b(\d{1,12})\./);
  return match ? match[1] : null;
}

export interface GroupAtDoor {
  organization: string | null;
  partySize: number;
  checkedIn: number;
  /** People still expected: the default headcount. */
  remaining: number;
}

/** The group behind a leader's ticket when it can still be admitted, else null (check in directly). */
export async function groupOfTicket(token: string): Promise<GroupAtDoor | null> {
  const id = bookingIdOfTicket(token);
  if (!id) return null;
  const result = await execute(StaffTicketBookingDocument, { id });
  const booking = result.ok ? result.data.booking : null;
  // A group admitted in part is CHECKED_IN already; the rest may still come through the same ticket.
  if (booking?.kind !== 'GROUP' || (booking.status !== 'CONFIRMED' && booking.status !== 'CHECKED_IN')) return null;
  const remaining = booking.partySize - booking.checkedInCount;
  if (remaining <= 0) return null;
  return {
    organization: booking.organization ?? null,
    partySize: booking.partySize,
    checkedIn: booking.checkedInCount,
    remaining,
  };
}

// One Chinese sentence for every expected failure of the booking mutations, chosen by __typename. The error
// type is the union of the error members the generated result types list, and the switch is exhaustive: an
// error type added to one of these mutations fails the build here until it has its sentence.
import { businessDateOf } from '@zz/shared/time/business-time';
import {
  GROUP_MAX_SIZE,
  GROUP_MIN_SIZE,
  MINORS_PER_ADULT,
  NO_SHOW_LIMIT,
  NO_SHOW_WINDOW_DAYS,
} from '@zz/shared/visits/limits';
import { citizenCommonErrorMessage, type ResultError } from '../../graphql/errors';
import type {
  AcceptWaitlistOfferMutation,
  AddFrequentVisitorMutation,
  CancelBookingMutation,
  CancelBookingVisitorMutation,
  CreateBookingMutation,
  JoinWaitlistMutation,
  LeaveWaitlistMutation,
  RemoveFrequentVisitorMutation,
  RequestGroupVisitMutation,
  UpdateGroupRosterMutation,
} from '../../graphql/generated/booking/operations';
import { formatDate, formatDateTime } from '../../lib/format';

/** Every error member of the booking feature's mutation results. */
export type BookingError =
  | ResultError<CreateBookingMutation['createBooking']>
  | ResultError<JoinWaitlistMutation['joinWaitlist']>
  | ResultError<RequestGroupVisitMutation['requestGroupVisit']>
  | ResultError<UpdateGroupRosterMutation['updateGroupRoster']>
  | ResultError<CancelBookingMutation['cancelBooking']>
  | ResultError<CancelBookingVisitorMutation['cancelBookingVisitor']>
  | ResultError<AcceptWaitlistOfferMutation['acceptWaitlistOffer']>
  | ResultError<LeaveWaitlistMutation['leaveWaitlist']>
  | ResultError<AddFrequentVisitorMutation['addFrequentVisitor']>
  | ResultError<RemoveFrequentVisitorMutation['removeFrequentVisitor']>;

/** WaitlistNotAvailableError.reason (a string in the schema); an unknown one shows the server's message. */
const WAITLIST_REASONS: Readonly<Record<string, string>> = {
  SLOT_HAS_PLACES: '该场次仍有名额，请直接预约',
  ALREADY_WAITING: '您已在该场次的候补队列中，请在「我的预约」查看',
  NOT_OFFERED: '该候补尚未获得名额',
  OFFER_EXPIRED: '保留时间已过，名额已释放给下一位候补观众',
};

/** GroupRuleError.rule (a string in the schema); an unknown one shows the server's message. */
const GROUP_RULES: Readonly<Record<string, string>> = {
  SIZE: `团体人数应为${GROUP_MIN_SIZE}–${GROUP_MAX_SIZE}人`,
  ADULT_RATIO: `每${MINORS_PER_ADULT}名未成年人至少需要1名成年人带队`,
  ROSTER_LOCKED: '已过名单修改截止时间，如需调整请致电展馆',
  NOT_PENDING: '该团体预约已审核，不能再修改',
};

export function bookingErrorMessage(error: BookingError): string {
  switch (error.__typename) {
    case 'SlotFullError':
      return error.remaining
        ? `该场次仅剩${error.remaining}个名额，请减少参观人数或选择其他场次`
        : '该场次已约满，可加入候补或选择其他场次';
    case 'SlotClosedError':
      return error.closedReason
        ? `该场次已关闭（${error.closedReason}），请选择其他场次`
        : '该场次已关闭，请选择其他场次';
    case 'SlotNotFoundError':
      return '该场次不存在或已下线';
    case 'BookingNotOpenYetError':
      return `该场次将于 ${formatDateTime(error.opensAt)} 开放预约，请届时再来`;
    case 'BookingClosedError':
      return '该场次已停止预约，请选择其他场次';
    case 'BookingSuspendedError':
      return `因${NO_SHOW_WINDOW_DAYS}天内${NO_SHOW_LIMIT}次未到场，您的预约功能暂停至 ${businessDateOf(
        Date.parse(error.suspendedUntil),
      )}`;
    case 'DuplicateVisitorError':
      return `证件 ${error.documentNumber} 在 ${formatDate(error.visitDate)} 已有本展览的预约，同一参观人每天只能预约一次`;
    case 'WaitlistNotAvailableError':
      return WAITLIST_REASONS[error.waitlistReason] ?? error.message;
    case 'GroupRuleError':
      return GROUP_RULES[error.rule] ?? error.message;
    case 'GroupQuotaFullError':
      return error.groupRemaining
        ? `该场次团体名额仅剩${error.groupRemaining}人，请调整人数或选择其他场次`
        : '该场次团体名额已满，请选择其他场次';
    case 'BookingNotCancellableError':
      return '该预约当前不能取消（可能已入馆、已取消或场次已开始）';
    case 'BookingNotFoundError':
      return '未找到该预约，可能已被删除';
    case 'VisitorNotCancellableError':
      return error.visitorReason === 'GROUP_ROSTER'
        ? '团体预约请通过「修改团体名单」调整人员'
        : '该参观人已入馆或已记为未到场，不能取消';
    case 'PrivacyConsentRequiredError':
      return '请先阅读并同意《个人信息保护说明》，再填写证件信息或提交预约';
    case 'VisitorConsentRequiredError':
      return '保存常用参观人前，请确认已征得参观人本人同意';
    case 'NotFoundError':
      // removeFrequentVisitor: the saved visitor is gone (removed on another phone, say).
      return '该常用参观人已不存在，请刷新后重试';
    case 'RateLimitedError':
      // The server's sentence says how many seconds to wait.
      return error.message || '操作过于频繁，请稍后再试';
    default:
      return citizenCommonErrorMessage(error);
  }
}

// One Chinese sentence for every expected failure of the citizen's lookup mutations, chosen by __typename. The
// switch is exhaustive over the error members the generated result types list: an error type added to one of
// these mutations fails the build here until it has its sentence.
import { LOOKUP_STATUS_LABELS } from '@zz/shared/lookup/status-machine';
import { LOOKUP_RECORD_TYPE_LABELS } from '@zz/shared/lookup/vocabularies';
import { citizenCommonErrorMessage, type ResultError } from '../../graphql/errors';
import type {
  BookReadingRoomVisitMutation,
  CancelReadingRoomVisitMutation,
  SubmitLookupMutation,
  SupplementLookupMutation,
  WithdrawLookupMutation,
} from '../../graphql/generated/lookup/operations';
import { formatDate, formatDateTime } from '../../lib/format';

export type LookupError =
  | ResultError<SubmitLookupMutation['submitLookupRequest']>
  | ResultError<WithdrawLookupMutation['withdrawLookupRequest']>
  | ResultError<SupplementLookupMutation['supplementLookupRequest']>
  | ResultError<BookReadingRoomVisitMutation['bookLookupVisit']>
  | ResultError<CancelReadingRoomVisitMutation['cancelLookupVisit']>;

/** LookupVisitNotAvailableError.reason (a string in the schema); an unknown one shows the server's message. */
const VISIT_REASONS: Readonly<Record<string, string>> = {
  NOT_NEEDED: '本次查档无需到馆，不用预约查阅室',
  ALREADY_BOOKED: '您已预约到馆时间，如需更改请先取消原预约',
  NONE_BOOKED: '当前没有可取消的到馆预约',
  REQUEST_CLOSED: '申请已结束，不能再预约或取消到馆',
};

export function lookupErrorMessage(error: LookupError): string {
  switch (error.__typename) {
    case 'DuplicateOpenLookupError':
      return error.receiptNumber
        ? `您已有一件未办结的${LOOKUP_RECORD_TYPE_LABELS[error.recordType]}查档申请（受理号 ${error.receiptNumber}），请在「我的查档」中查看，办结后再申请`
        : `该当事人已有一件未办结的${LOOKUP_RECORD_TYPE_LABELS[error.recordType]}查档申请，办结后才能再次申请`;
    case 'LookupRecordTypeNotHeldError':
      return `${error.branchName}不保管${LOOKUP_RECORD_TYPE_LABELS[error.recordType]}档案，请改选其他档案馆或选择“不详”`;
    case 'LookupAttachmentNotAvailableError':
      return '上传的材料照片无效、已过期或重复使用，请删除后重新上传';
    case 'LookupRequestChangedError':
      return `申请状态已变为“${LOOKUP_STATUS_LABELS[error.currentStatus]}”，页面已刷新，请查看最新进展`;
    case 'IllegalLookupTransitionError':
      return `申请当前为“${LOOKUP_STATUS_LABELS[error.from]}”，不能进行此操作`;
    case 'LookupRequestNotFoundError':
      return '未找到该申请，可能不属于当前账号';
    case 'LookupVisitTooSoonError':
      return `查阅室需提前预约，最早可约 ${formatDate(error.earliestDate)}`;
    case 'LookupVisitNotAvailableError':
      return VISIT_REASONS[error.visitReason] ?? error.message;
    case 'SlotFullError':
      return '该时段座位已约满，请选择其他时段';
    case 'SlotClosedError':
      return error.closedReason
        ? `该时段已关闭（${error.closedReason}），请选择其他时段`
        : '该时段已关闭，请选择其他时段';
    case 'SlotNotFoundError':
      return '该时段不存在，请刷新后重新选择';
    case 'BookingNotOpenYetError':
      return `该时段将于 ${formatDateTime(error.opensAt)} 开放预约`;
    case 'BookingClosedError':
      return '该时段已停止预约，请选择其他时段';
    default:
      return citizenCommonErrorMessage(error);
  }
}

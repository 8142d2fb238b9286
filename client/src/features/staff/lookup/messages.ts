// Messages for the failures of staff actions on lookup requests (moves, reading personal data or an attachment,
// revoking a certificate), worded for staff, one per __typename. The switch is
// exhaustive: an error type added to these mutations fails the build here until it has its sentence.
import { LOOKUP_ACTION_LABELS, LOOKUP_STATUS_LABELS } from '@zz/shared/lookup/status-machine';
import { LOOKUP_RECORD_TYPE_LABELS, SUPPORTING_DOCUMENT_KIND_LABELS } from '@zz/shared/lookup/vocabularies';
import type { ResultError } from '../../../graphql/errors';
import { staffErrorMessage, unexpectedError } from '../errors';
import type {
  StaffMoveLookupRequestMutation,
  StaffOpenLookupAttachmentMutation,
  StaffRevealLookupPersonalDataMutation,
  StaffRevokeLookupCertificateMutation,
} from '../graphql';

export type StaffLookupError =
  | ResultError<StaffMoveLookupRequestMutation['moveLookupRequest']>
  | ResultError<StaffRevealLookupPersonalDataMutation['revealLookupPersonalData']>
  | ResultError<StaffRevokeLookupCertificateMutation['revokeLookupCertificate']>
  | ResultError<StaffOpenLookupAttachmentMutation['openLookupAttachment']>;

export function staffLookupErrorMessage(error: StaffLookupError): string {
  switch (error.__typename) {
    case 'LookupRequestChangedError':
      return `该申请已被他人处理（现为“${LOOKUP_STATUS_LABELS[error.currentStatus]}”），已刷新`;
    case 'IllegalLookupTransitionError':
      return `申请为“${LOOKUP_STATUS_LABELS[error.from]}”时，本馆不能“${LOOKUP_ACTION_LABELS[error.action]}”，已刷新`;
    case 'LookupRecordTypeNotHeldError':
      return `${error.branchName}未开放${LOOKUP_RECORD_TYPE_LABELS[error.recordType]}档案查询，请转至其他档案馆`;
    case 'LookupDocumentsMissingError':
      return `转馆前须由申请人补交${error.missing.map((kind) => SUPPORTING_DOCUMENT_KIND_LABELS[kind]).join('、')}，请先“要求补正”`;
    case 'LookupRequestNotFoundError':
      return '该申请不存在，或不属于本馆受理或保管';
    case 'LookupCertificateNotAvailableError':
      return error.certificateReason === 'REVOKED' ? '该证明已撤销' : '该申请尚未出具证明';
    case 'LookupAttachmentNotFoundError':
      return '该材料照片已不在此申请中（可能已按期删除），请刷新页面';
    case 'NotAuthorizedError':
      // Requests are worked by their receiving and holding archives; checkers at the door work none.
      return error.reason === 'FORBIDDEN'
        ? '没有权限：只有该申请的受理馆和保管馆可以办理、查看'
        : staffErrorMessage(error);
    case 'InputValidationError':
      return staffErrorMessage(error);
    default:
      return unexpectedError(error);
  }
}

/** Whether the failure means the page shows a request that has changed since it loaded. */
export function isStale(error: StaffLookupError): boolean {
  return error.__typename === 'LookupRequestChangedError' || error.__typename === 'IllegalLookupTransitionError';
}

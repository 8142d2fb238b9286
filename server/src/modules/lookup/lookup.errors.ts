// Expected failures of archive lookups: finding a request, the one-open-request rule, moves the state machine
// or a racing colleague refuse, archives that do not hold a type, attachments, reading-room appointments and
// certificates.
import type { LookupAction, LookupRecordType, LookupStatus, SupportingDocumentKind } from '@zz/shared';
import {
  LOOKUP_ACTION_LABELS,
  LOOKUP_RECORD_TYPE_LABELS,
  LOOKUP_STATUS_LABELS,
  SUPPORTING_DOCUMENT_KIND_LABELS,
} from '@zz/shared';
import { DomainError } from '../../errors';

/** No such request, or not one the caller may see (the same answer, so nothing leaks). */
export class LookupRequestNotFoundError extends DomainError {
  constructor() {
    super('未找到该查档申请');
  }
}

/** The person already has an open request of this type; it must close before another is filed. */
export class DuplicateOpenLookupError extends DomainError {
  constructor(
    readonly recordType: LookupRecordType,
    /** The open request's receipt number, when it is the caller's own (someone else's is not named). */
    readonly receiptNumber: string | null,
  ) {
    super(`该当事人已有一件办理中的“${LOOKUP_RECORD_TYPE_LABELS[recordType]}”查档申请，办结或撤回后才能再次申请`);
  }
}

/** The state machine has no such move from the request's status for the caller. */
export class IllegalLookupTransitionError extends DomainError {
  constructor(
    readonly from: LookupStatus,
    readonly action: LookupAction,
  ) {
    super(`申请${LOOKUP_STATUS_LABELS[from]}，不能${LOOKUP_ACTION_LABELS[action]}`);
  }
}

/** Someone else moved the request first (or it is no longer in the status the caller saw). */
export class LookupRequestChangedError extends DomainError {
  constructor(readonly status: LookupStatus) {
    super(`该申请已被他人处理，当前状态为“${LOOKUP_STATUS_LABELS[status]}”，请刷新后再试`);
  }
}

/** The chosen archive does not hold records of this type (each archive enables the types it holds). */
export class LookupRecordTypeNotHeldError extends DomainError {
  constructor(
    readonly recordType: LookupRecordType,
    readonly branchName: string,
  ) {
    super(`${branchName}不受理“${LOOKUP_RECORD_TYPE_LABELS[recordType]}”查档`);
  }
}

/**
 * The move needs documents the request does not have: forwarding a relative's or proxy's request to another
 * archive needs a notarised authorisation, which a request filed for the receiving archive (or 不详) did not.
 * Staff ask for it with 需补正 first.
 */
export class LookupDocumentsMissingError extends DomainError {
  constructor(readonly missing: readonly SupportingDocumentKind[]) {
    super(`转馆查档须附${missing.map((kind) => SUPPORTING_DOCUMENT_KIND_LABELS[kind]).join('、')}，请先要求申请人补正`);
  }
}

/**
 * Attachments a request cannot take: the same upload cited twice (DUPLICATE), or an upload that is not the
 * caller's own, no longer exists (not used within a day) or another request uses already (NOT_AVAILABLE, one
 * answer for all three, so nobody learns whether someone else's id exists). Nothing was written.
 */
export class LookupAttachmentNotAvailableError extends DomainError {
  constructor(readonly reason: 'DUPLICATE' | 'NOT_AVAILABLE') {
    super(reason === 'DUPLICATE' ? '同一份附件不能重复提交' : '附件无效、已过期或已被使用，请重新上传');
  }
}

/** The request has no such attachment (any more: a closed request's are deleted after their retention). */
export class LookupAttachmentNotFoundError extends DomainError {
  constructor() {
    super('该申请没有这份附件，或附件已按规定删除');
  }
}

/** A reading-room seat asked for too soon: the archive needs working days to fetch the file. */
export class LookupVisitTooSoonError extends DomainError {
  constructor(readonly earliestDate: string) {
    super(`到馆查档需至少提前预约，最早可预约${earliestDate}`);
  }
}

/** The request has no use for a seat, already has one, or has none to cancel. */
export class LookupVisitNotAvailableError extends DomainError {
  constructor(readonly reason: 'NOT_NEEDED' | 'ALREADY_BOOKED' | 'NONE_BOOKED' | 'REQUEST_CLOSED') {
    super(
      {
        NOT_NEEDED: '该申请无需到馆',
        ALREADY_BOOKED: '该申请已有到馆预约，请先取消原预约',
        NONE_BOOKED: '该申请没有到馆预约',
        REQUEST_CLOSED: '该申请已结束，不能预约到馆',
      }[reason],
    );
  }
}

/** The request has no certificate, or it is revoked already. */
export class LookupCertificateNotAvailableError extends DomainError {
  constructor(readonly reason: 'NONE' | 'REVOKED') {
    super(reason === 'NONE' ? '该申请尚未出具证明' : '该证明已撤销');
  }
}

// Expected failures of visits: suspension, duplicates, finding and cancelling a booking.
import { DomainError } from '../../errors';

export class BookingSuspendedError extends DomainError {
  constructor(
    readonly suspendedFrom: number,
    readonly suspendedUntil: number,
  ) {
    super('因180天内3次预约未到场，预约功能暂停使用60天');
  }
}

/** A visitor already has a live booking for this exhibition on that day. */
export class DuplicateVisitorError extends DomainError {
  constructor(
    readonly maskedDocumentNumber: string,
    readonly visitDate: string,
  ) {
    super(`证件 ${maskedDocumentNumber} 在 ${visitDate} 已有该展览的预约`);
  }
}

export class BookingNotFoundError extends DomainError {
  constructor() {
    super('未找到该预约');
  }
}

export class BookingNotCancellableError extends DomainError {
  constructor(readonly status: string) {
    super('该预约当前状态不能取消');
  }
}

/**
 * One visitor of a party cannot be cancelled alone: a group changes its roster through 修改团体名单 (its size
 * rules and roster deadline apply there), and a visitor already admitted or marked absent stays as recorded.
 */
export class VisitorNotCancellableError extends DomainError {
  constructor(readonly reason: 'GROUP_ROSTER' | 'VISITOR_STATUS') {
    super(reason === 'GROUP_ROSTER' ? '团体预约请通过修改团体名单调整人员' : '该参观人当前状态不能取消');
  }
}

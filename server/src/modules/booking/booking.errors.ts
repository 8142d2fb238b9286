// Expected failures of booking, cancelling, waiting lists and check-in; each carries what the UI explains.

export class SlotNotFoundError extends Error {
  constructor() {
    super('该场次不存在');
    this.name = 'SlotNotFoundError';
  }
}

export class SlotFullError extends Error {
  constructor(readonly remaining: number) {
    super(remaining > 0 ? `该场次仅剩${remaining}个名额` : '该场次已约满');
    this.name = 'SlotFullError';
  }
}

export class SlotClosedError extends Error {
  constructor(readonly reason: string | null) {
    super(reason ? `该场次已关闭：${reason}` : '该场次已关闭');
    this.name = 'SlotClosedError';
  }
}

export class BookingNotOpenYetError extends Error {
  constructor(readonly opensAt: number) {
    super('该日期尚未开放预约');
    this.name = 'BookingNotOpenYetError';
  }
}

export class BookingClosedError extends Error {
  constructor(readonly closedAt: number) {
    super('该场次已停止预约');
    this.name = 'BookingClosedError';
  }
}

export class BookingSuspendedError extends Error {
  constructor(
    readonly suspendedFrom: number,
    readonly suspendedUntil: number,
  ) {
    super('因180天内3次预约未到场，预约功能暂停使用60天');
    this.name = 'BookingSuspendedError';
  }
}

/** A visitor already has a live booking for this exhibition on that day. */
export class DuplicateVisitorError extends Error {
  constructor(
    readonly maskedDocumentNumber: string,
    readonly visitDate: string,
  ) {
    super(`证件 ${maskedDocumentNumber} 在 ${visitDate} 已有该展览的预约`);
    this.name = 'DuplicateVisitorError';
  }
}

export class BookingNotFoundError extends Error {
  constructor() {
    super('未找到该预约');
    this.name = 'BookingNotFoundError';
  }
}

export class BookingNotCancellableError extends Error {
  constructor(readonly status: string) {
    super('该预约当前状态不能取消');
    this.name = 'BookingNotCancellableError';
  }
}

export class WaitlistNotAvailableError extends Error {
  constructor(readonly reason: 'SLOT_HAS_PLACES' | 'ALREADY_WAITING' | 'NOT_OFFERED' | 'OFFER_EXPIRED') {
    super(
      {
        SLOT_HAS_PLACES: '该场次仍有名额，请直接预约',
        ALREADY_WAITING: '您已在该场次的候补队列中',
        NOT_OFFERED: '该候补尚未获得名额',
        OFFER_EXPIRED: '候补名额保留时间已过',
      }[reason],
    );
    this.name = 'WaitlistNotAvailableError';
  }
}

export class GroupRuleError extends Error {
  constructor(
    readonly rule: 'SIZE' | 'ADULT_RATIO' | 'ROSTER_LOCKED' | 'NOT_PENDING',
    message: string,
  ) {
    super(message);
    this.name = 'GroupRuleError';
  }
}

export class GroupQuotaFullError extends Error {
  constructor(readonly remaining: number) {
    super(remaining > 0 ? `该场次团体名额仅剩${remaining}人` : '该场次团体名额已满');
    this.name = 'GroupQuotaFullError';
  }
}

/** A scanned or typed ticket that cannot check in, with the reason and when useful the time it was used. */
export class TicketRejectedError extends Error {
  constructor(
    readonly reason:
      | 'INVALID'
      | 'ALREADY_CHECKED_IN'
      | 'CANCELLED'
      | 'WRONG_DAY'
      | 'TOO_EARLY'
      | 'TOO_LATE'
      | 'NOT_CONFIRMED'
      | 'NOT_FOUND',
    message: string,
    readonly checkedInAt: number | null = null,
    readonly visitDate: string | null = null,
    readonly slotStartAt: number | null = null,
  ) {
    super(message);
    this.name = 'TicketRejectedError';
  }
}

// Expected failures of slots: finding, booking windows, capacity.
import { DomainError } from '../../errors';

export class SlotNotFoundError extends DomainError {
  constructor() {
    super('该场次不存在');
  }
}

export class SlotFullError extends DomainError {
  constructor(readonly remaining: number) {
    super(remaining > 0 ? `该场次仅剩${remaining}个名额` : '该场次已约满');
  }
}

export class SlotClosedError extends DomainError {
  constructor(readonly reason: string | null) {
    super(reason ? `该场次已关闭：${reason}` : '该场次已关闭');
  }
}

export class BookingNotOpenYetError extends DomainError {
  constructor(readonly opensAt: number) {
    super('该日期尚未开放预约');
  }
}

export class BookingClosedError extends DomainError {
  constructor(readonly closedAt: number) {
    super('该场次已停止预约');
  }
}

export class CapacityBelowBookedError extends DomainError {
  constructor(
    readonly taken: number,
    readonly limit: 'CAPACITY' | 'GROUP_QUOTA',
  ) {
    super(limit === 'CAPACITY' ? `容量不能低于已预约的${taken}人` : `团体名额不能低于已预约的${taken}人`);
  }
}

import type { EntryRefusal } from '@zz/shared';
import { DomainError } from '../../errors';

/** Who a refusal is about, masked, so staff can tell the visitor in front of them without reading their data. */
export interface RefusedParty {
  maskedName: string | null;
  partySize: number | null;
}

/** The slot's entry window, when the refusal is about time. */
export interface RefusalWindow {
  opensAt: number;
  closesAt: number;
}

/** A scanned or typed ticket that cannot check in, with the reason, who it is and when useful the times. */
export class TicketRejectedError extends DomainError {
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
    readonly party: RefusedParty | null = null,
    readonly window: RefusalWindow | null = null,
  ) {
    super(message);
  }
}

/** A walk-in registered outside the slot's entry window: the same window a ticket must keep. */
export class OutsideEntryWindowError extends DomainError {
  constructor(
    readonly reason: EntryRefusal,
    message: string,
    readonly slotStartAt: number,
    readonly opensAt: number,
    readonly closesAt: number,
  ) {
    super(message);
  }
}

/** A check-in that cannot be undone: not checked in, or checked in longer ago than the limit allows. */
export class CheckInUndoRefusedError extends DomainError {
  constructor(
    readonly reason: 'NOT_CHECKED_IN' | 'TOO_LATE',
    message: string,
    readonly undoMinutes: number,
  ) {
    super(message);
  }
}

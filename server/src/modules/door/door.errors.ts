import { DomainError } from '../../errors';

/** A scanned or typed ticket that cannot check in, with the reason and when useful the time it was used. */
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
  ) {
    super(message);
  }
}

import { DomainError } from '../../errors';

export class WaitlistNotAvailableError extends DomainError {
  constructor(readonly reason: 'SLOT_HAS_PLACES' | 'ALREADY_WAITING' | 'NOT_OFFERED' | 'OFFER_EXPIRED') {
    super(
      {
        SLOT_HAS_PLACES: '该场次仍有名额，请直接预约',
        ALREADY_WAITING: '您已在该场次的候补队列中',
        NOT_OFFERED: '该候补尚未获得名额',
        OFFER_EXPIRED: '候补名额保留时间已过',
      }[reason],
    );
  }
}

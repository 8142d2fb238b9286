// Waiting-list offers: expired offers release their places to the next party, and places that became
// free without a cancellation (walk-in places released before the slot, capacity raised) are offered to
// waiting parties. Each step is a conditional hold or transition, safe in every process and to repeat.
import type { AppServices } from '../context';
import { inTransaction } from '../db/executor';
import {
  expiredOfferIds,
  expireOffer,
  offerFreedPlaces,
  slotsWithWaitingParties,
} from '../modules/waitlist/waitlist.service';

export async function expireWaitlistOffers(services: Pick<AppServices, 'db' | 'clock'>, limit = 100): Promise<number> {
  let expired = 0;
  for (const entryId of await expiredOfferIds(services, limit)) {
    if (await inTransaction(services.db, (trx) => expireOffer({ db: trx, clock: services.clock }, entryId))) expired++;
  }
  return expired;
}

export async function offerFreePlacesToWaitingLists(
  services: Pick<AppServices, 'db' | 'clock'>,
  limit = 100,
): Promise<number> {
  const slotIds = await slotsWithWaitingParties(services, limit);
  for (const slotId of slotIds) {
    await inTransaction(services.db, (trx) => offerFreedPlaces({ db: trx, clock: services.clock }, slotId));
  }
  return slotIds.length;
}

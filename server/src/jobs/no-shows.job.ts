// After a slot ends, visitors not checked in become no-shows. Each slot is claimed with a conditional
// update inside its own transaction, so concurrent runners split the work and a repeat changes nothing.
import type { AppServices } from '../context';
import { inTransaction } from '../db/executor';
import { markNoShowsIfDue } from '../modules/door/door.service';
import { slotsAwaitingNoShowMarking } from '../modules/scheduling/slot.service';

export async function markNoShows(services: Pick<AppServices, 'db' | 'clock'>, limit = 100): Promise<number> {
  let processed = 0;
  for (const slotId of await slotsAwaitingNoShowMarking(services.db, services.clock.now(), limit)) {
    if (await inTransaction(services.db, (trx) => markNoShowsIfDue({ db: trx, clock: services.clock }, slotId))) {
      processed++;
    }
  }
  return processed;
}

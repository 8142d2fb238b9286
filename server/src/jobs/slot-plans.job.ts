// Keeps every planned exhibition supplied with slots ahead of its release horizon. Repeatable: existing
// slots are skipped, so it runs on start and on a timer in every process.
import type { AppServices } from '../context';
import { inTransaction } from '../db/executor';
import { extendSlotPlans } from '../modules/scheduling/plan.service';

export function extendAllSlotPlans(services: Pick<AppServices, 'db' | 'clock'>): Promise<number> {
  return inTransaction(services.db, (trx) => extendSlotPlans({ db: trx, clock: services.clock }));
}

// Scheduled work in every server process. Each job claims its rows through the database (conditional
// updates), so running it in several processes at once is safe and running it twice changes nothing.
import type { AppServices } from '../context';
import { markNoShows } from './no-shows.job';
import { extendAllSlotPlans } from './slot-plans.job';
import { purgeUploads } from './uploads-purge.job';
import { expireWaitlistOffers, offerFreePlacesToWaitingLists } from './waitlist-offers.job';

export async function runScheduledWork(
  services: Pick<AppServices, 'db' | 'clock'>,
): Promise<{ slotsMarked: number; offersExpired: number; slotsCreated: number; uploadsPurged: number }> {
  const slotsMarked = await markNoShows(services);
  const offersExpired = await expireWaitlistOffers(services);
  await offerFreePlacesToWaitingLists(services);
  const slotsCreated = await extendAllSlotPlans(services);
  const uploadsPurged = await purgeUploads(services);
  return { slotsMarked, offersExpired, slotsCreated, uploadsPurged };
}

export function startScheduler(services: Pick<AppServices, 'db' | 'clock'>, intervalMs = 30_000): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    runScheduledWork(services)
      .catch((error) => console.error('scheduled work failed', error))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

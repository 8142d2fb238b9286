// Scheduled work in every server process. Each job claims its rows through the database (conditional
// updates), so running it in several processes at once is safe and running it twice changes nothing.
import type { AppServices } from '../context';
import { purgeExpiredAuditRows } from './audit-retention.job';
import { publishDueContent } from './content-publishing.job';
import { markNoShows } from './no-shows.job';
import { deliverOutbox, enqueueVisitReminders } from './outbox-delivery.job';
import { extendAllSlotPlans } from './slot-plans.job';
import { purgeUploads } from './uploads-purge.job';
import { expireWaitlistOffers, offerFreePlacesToWaitingLists } from './waitlist-offers.job';

type SchedulerServices = Pick<AppServices, 'db' | 'clock' | 'config' | 'wechat' | 'publicCache' | 'vault'>;

export async function runScheduledWork(services: SchedulerServices) {
  const slotsMarked = await markNoShows(services);
  const offersExpired = await expireWaitlistOffers(services);
  await offerFreePlacesToWaitingLists(services);
  const slotsCreated = await extendAllSlotPlans(services);
  const uploadsPurged = await purgeUploads(services);
  const remindersEnqueued = await enqueueVisitReminders(services);
  const contentPublished = await publishDueContent(services);
  const auditRowsPurged = await purgeExpiredAuditRows(services);
  // Last, so the messages the steps above wrote go out in the same round.
  const delivered = await deliverOutbox(services);
  return {
    slotsMarked,
    offersExpired,
    slotsCreated,
    uploadsPurged,
    remindersEnqueued,
    contentPublished,
    auditRowsPurged,
    delivered,
  };
}

export function startScheduler(services: SchedulerServices, intervalMs = 30_000): () => void {
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

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

/** Asked between jobs: a process that is stopping finishes the job it is in (its claimed rows) and starts no other. */
export interface StopRequest {
  readonly stopping: boolean;
}

/** One round of every job, in order; a job skipped because the process is stopping reports null. */
export async function runScheduledWork(services: SchedulerServices, stop: StopRequest = { stopping: false }) {
  // Each job is idempotent and claims its rows through the database, so one skipped now runs in the next round
  // of whichever process is still up.
  const next = <T>(job: () => Promise<T>): Promise<T | null> => (stop.stopping ? Promise.resolve(null) : job());
  const slotsMarked = await next(() => markNoShows(services));
  const offersExpired = await next(() => expireWaitlistOffers(services));
  await next(() => offerFreePlacesToWaitingLists(services));
  const slotsCreated = await next(() => extendAllSlotPlans(services));
  const uploadsPurged = await next(() => purgeUploads(services));
  const remindersEnqueued = await next(() => enqueueVisitReminders(services));
  const contentPublished = await next(() => publishDueContent(services));
  const auditRowsPurged = await next(() => purgeExpiredAuditRows(services));
  // Last, so the messages the steps above wrote go out in the same round.
  const delivered = await next(() => deliverOutbox(services));
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

/** Stops the timer and resolves once the round in progress (if any) has finished the job it was in. */
export type StopScheduler = () => Promise<void>;

export function startScheduler(
  services: SchedulerServices,
  intervalMs = 30_000,
  work: (services: SchedulerServices, stop: StopRequest) => Promise<unknown> = runScheduledWork,
): StopScheduler {
  const stop = { stopping: false };
  let round: Promise<void> | null = null;
  const timer = setInterval(() => {
    if (round) return;
    round = work(services, stop)
      .then(
        () => {},
        (error) => console.error('scheduled work failed', error),
      )
      .finally(() => {
        round = null;
      });
  }, intervalMs);
  timer.unref();
  return async () => {
    stop.stopping = true;
    clearInterval(timer);
    await round;
  };
}

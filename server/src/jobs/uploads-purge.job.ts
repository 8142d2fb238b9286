// Removes uploads whose time is up: photos no request claimed within a day, and a closed request's attachments
// once their retention has passed. Batches of conditional deletes, so several processes may run it at once and
// a repeat deletes nothing.
import type { AppServices } from '../context';
import { purgeExpiredUploads } from '../platform/uploads/upload.service';

/** Enough for any backlog in one run, without letting one run hold the scheduler for long. */
const MAX_BATCHES_PER_RUN = 20;

export async function purgeUploads(services: Pick<AppServices, 'db' | 'clock'>, batchSize = 50): Promise<number> {
  let purged = 0;
  for (let batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
    const deleted = await purgeExpiredUploads(services.db, services.clock.now(), batchSize);
    purged += deleted;
    if (deleted < batchSize) break;
  }
  return purged;
}

// Scheduled publishing: every content type with a SCHEDULED status publishes what is due. Each publisher claims
// its rows with one conditional UPDATE (… WHERE status = 'SCHEDULED' AND scheduled_at <= now), so several
// processes may run the job at once and a repeat publishes nothing. Readers must see the new items at once, so
// the public cache is dropped for the types that changed.
import type { AppServices } from '../context';
import { publishScheduledArticles } from '../modules/articles/article.service';
import { publishDueOnlineExhibitions } from '../modules/online-exhibitions/online-exhibition.service';
import type { PublicTypename } from '../platform/cache/public-cache';

type PublishingServices = Pick<AppServices, 'db' | 'clock' | 'publicCache'>;

/** One kind of content the job publishes: add another kind by adding an entry. */
export interface ContentPublisher {
  /** The types whose cached reads a publication makes stale. */
  typenames: readonly PublicTypename[];
  /** Publishes what is due; returns how many it published. */
  publish(services: PublishingServices): Promise<number>;
}

export const contentPublishers: ContentPublisher[] = [
  { typenames: ['Article'], publish: (services) => publishScheduledArticles(services) },
  {
    typenames: ['OnlineExhibition', 'OnlineExhibit', 'Exhibition'],
    publish: ({ db, clock }) => publishDueOnlineExhibitions(db, clock.now()),
  },
];

/** Publishes every due item of every publisher; returns how many this call published. */
export async function publishDueContent(
  services: PublishingServices,
  publishers: readonly ContentPublisher[] = contentPublishers,
): Promise<number> {
  let total = 0;
  const stale = new Set<PublicTypename>();
  for (const publisher of publishers) {
    const published = await publisher.publish(services);
    if (published > 0) for (const typename of publisher.typenames) stale.add(typename);
    total += published;
  }
  if (stale.size > 0) await services.publicCache.invalidate([...stale]);
  return total;
}

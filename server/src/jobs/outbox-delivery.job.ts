// Delivers the notification outbox to WeChat and enqueues the day-before reminders. Both claim their work
// through the database (a leased claim per message; one claim row per reminder date), so every server process
// runs them and nothing is sent or enqueued twice.
import type { AppServices } from '../context';
import { inTransaction } from '../db/executor';
import { type DeliveryCounts, deliverDueMessages } from '../modules/notifications/delivery.service';
import { enqueueDayBeforeReminders } from '../modules/notifications/notification.service';

export type OutboxServices = Pick<AppServices, 'db' | 'clock' | 'config' | 'wechat'>;

export function deliverOutbox(services: OutboxServices, limit?: number): Promise<DeliveryCounts> {
  return deliverDueMessages(services, limit);
}

export function enqueueVisitReminders(services: Pick<AppServices, 'db' | 'clock' | 'config'>): Promise<number> {
  return inTransaction(services.db, (trx) =>
    enqueueDayBeforeReminders({ db: trx, clock: services.clock }, services.config),
  );
}

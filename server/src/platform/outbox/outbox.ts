// Enqueues a message in the caller's transaction, so it exists exactly when the change it reports does.
import { templateOf } from '@zz/shared';
import type { Executor } from '../../db/database';
import type { OutboxMessage } from './messages';
import './outbox.table';

export async function enqueueMessage(db: Executor, message: OutboxMessage, now: number): Promise<void> {
  await db
    .insertInto('notification_outbox')
    .values({
      account_id: message.accountId,
      kind: message.kind,
      dedupe_key: message.dedupeKey,
      payload: JSON.stringify(message.payload),
      template_key: templateOf(message.kind),
      created_at: now,
    })
    // The unique dedupe key makes a second enqueue of the same event a no-op.
    .orIgnore()
    .execute();
}

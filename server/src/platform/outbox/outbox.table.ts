import type { Generated } from 'kysely';
import type { OutboxMessageKind } from './messages';

export interface NotificationOutboxTable {
  id: Generated<number>;
  account_id: number;
  kind: OutboxMessageKind;
  /** Makes scheduled and retried work notify once. */
  dedupe_key: string;
  /** JSON of the kind's payload (see messages.ts). */
  payload: string;
  created_at: number;
  sent_at: number | null;
}

declare module '../../db/database' {
  interface Database {
    notification_outbox: NotificationOutboxTable;
  }
}

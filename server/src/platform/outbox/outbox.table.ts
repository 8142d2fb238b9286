import type { DeliveryStatus } from '@zz/shared';
import type { Generated } from 'kysely';
import type { OutboxMessageKind } from './messages';

/** Where a message stands with WeChat: the shared vocabulary, so the client's labels follow the column. */
export { DELIVERY_STATUSES as OUTBOX_STATUSES } from '@zz/shared';
export type OutboxStatus = DeliveryStatus;

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
  status: Generated<OutboxStatus>;
  template_key: string | null;
  attempts: Generated<number>;
  /** NULL: due now; a retry sets the end of its backoff. */
  next_attempt_at: number | null;
  /** The claim of the worker sending it: only the holder of the token settles the row. */
  lease_token: string | null;
  lease_until: number | null;
  /** The archive the message concerns (its staff see the failures), set when the worker resolves it. */
  branch_id: number | null;
  last_errcode: number | null;
  last_error: string | null;
  settled_at: number | null;
  read_at: number | null;
}

declare module '../../db/database' {
  interface Database {
    notification_outbox: NotificationOutboxTable;
  }
}

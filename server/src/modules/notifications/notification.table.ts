import type { TemplateKey } from '@zz/shared';
import type { Generated } from 'kysely';
import type { OutboxStatus } from '../../platform/outbox/outbox.table';

/** One call to subscribe/send (or the decision not to call), with WeChat's answer. */
export interface NotificationAttemptTable {
  id: Generated<number>;
  outbox_id: number;
  attempted_at: number;
  errcode: number;
  errmsg: string;
  /** The status the attempt left the message in (PENDING when a retry follows). */
  outcome: OutboxStatus;
}

export interface SubscriptionGrantTable {
  account_id: number;
  template_key: TemplateKey;
  credits: Generated<number>;
  long_term: Generated<number>;
  last_result: string | null;
  updated_at: number;
}

export interface NotificationJobClaimTable {
  name: string;
  claimed_at: number;
}

declare module '../../db/database' {
  interface Database {
    notification_attempt: NotificationAttemptTable;
    subscription_grant: SubscriptionGrantTable;
    notification_job_claim: NotificationJobClaimTable;
  }
}

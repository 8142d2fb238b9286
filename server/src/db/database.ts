// The Kysely Database type: every table of every feature. Only repositories use these row types.
import type { Kysely, Transaction } from 'kysely';
import type { AccountTable, SessionTable } from '../modules/accounts/account.table';
import type { ArticleTable } from '../modules/articles/article.table';
import type {
  BookingTable,
  BookingVisitorTable,
  FrequentVisitorTable,
  NoShowStrikeTable,
  NotificationOutboxTable,
  WaitlistEntryTable,
} from '../modules/booking/booking.table';
import type { BranchTable } from '../modules/branches/branch.table';
import type { ExhibitionTable } from '../modules/exhibitions/exhibition.table';
import type {
  BookingPolicyTable,
  ExhibitionClosureTable,
  SlotTable,
  SlotTemplateTable,
} from '../modules/slots/slot.table';

export interface AppSettingTable {
  name: string;
  value: string;
}

export interface Database {
  app_setting: AppSettingTable;
  branch: BranchTable;
  account: AccountTable;
  session: SessionTable;
  exhibition: ExhibitionTable;
  article: ArticleTable;
  booking_policy: BookingPolicyTable;
  exhibition_closure: ExhibitionClosureTable;
  slot_template: SlotTemplateTable;
  slot: SlotTable;
  booking: BookingTable;
  booking_visitor: BookingVisitorTable;
  frequent_visitor: FrequentVisitorTable;
  waitlist_entry: WaitlistEntryTable;
  no_show_strike: NoShowStrikeTable;
  notification_outbox: NotificationOutboxTable;
}

/** A connection or an open transaction: repositories accept either. */
export type Executor = Kysely<Database> | Transaction<Database>;

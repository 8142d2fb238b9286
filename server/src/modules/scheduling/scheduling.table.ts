import type { SlotStatus } from '@zz/shared';
import type { Generated } from 'kysely';

export interface BookingPolicyTable {
  exhibition_id: number;
  booking_enabled: Generated<number>;
  release_days_ahead: Generated<number>;
  release_time: Generated<string>;
  close_minutes_before_start: Generated<number>;
  cancel_cutoff_minutes: Generated<number>;
  max_visitors: Generated<number>;
  /** ISO weekdays closed every week, comma separated ('1' = Mondays). */
  closed_weekdays: Generated<string>;
  checkin_early_minutes: Generated<number>;
  checkin_late_minutes: Generated<number>;
  walkin_release_minutes: Generated<number>;
  waitlist_hold_minutes: Generated<number>;
  group_roster_deadline_hours: Generated<number>;
}

export interface ExhibitionClosureTable {
  exhibition_id: number;
  visit_date: string;
  reason: string;
  created_at: number;
}

export interface SlotTemplateTable {
  id: Generated<number>;
  exhibition_id: number;
  weekday: number;
  start_time: string;
  end_time: string;
  capacity: number;
  walkin_quota: Generated<number>;
  group_quota: Generated<number>;
}

export interface SlotTable {
  id: Generated<number>;
  exhibition_id: number;
  visit_date: string;
  start_at: number;
  end_at: number;
  status: Generated<SlotStatus>;
  closed_reason: string | null;
  /** Individual places, walk-ins included. */
  capacity: number;
  /** Individual visitors holding a place (online bookings and walk-ins). */
  booked: Generated<number>;
  /** Places held for waiting-list parties that were offered them and have not answered yet. */
  offer_held: Generated<number>;
  /** Places kept for walk-in visitors until the policy's release time before the slot. */
  walkin_quota: Generated<number>;
  walkin_used: Generated<number>;
  /** Group places are a separate quota, reviewed by staff. */
  group_quota: Generated<number>;
  group_booked: Generated<number>;
  no_show_processed_at: number | null;
}

declare module '../../db/database' {
  interface Database {
    booking_policy: BookingPolicyTable;
    exhibition_closure: ExhibitionClosureTable;
    slot_template: SlotTemplateTable;
    slot: SlotTable;
  }
}

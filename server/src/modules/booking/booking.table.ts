import type { Generated } from 'kysely';

export interface BookingTable {
  id: Generated<number>;
  /** Short public code printed on the ticket; not a credential. */
  reference: string;
  /** 'INDIVIDUAL', 'GROUP' or 'WALK_IN'. */
  kind: string;
  account_id: number;
  exhibition_id: number;
  slot_id: number;
  visit_date: string;
  party_size: number;
  /** CONFIRMED, PENDING_REVIEW, REJECTED, CANCELLED, CHECKED_IN, NO_SHOW. */
  status: string;
  idempotency_key: string | null;
  holder_phone_cipher: string | null;
  organization: string | null;
  leader_name_cipher: string | null;
  review_note: string | null;
  reviewed_by: number | null;
  reviewed_at: number | null;
  checked_in_count: Generated<number>;
  checked_in_at: number | null;
  cancelled_at: number | null;
  /** CITIZEN, LATE_CITIZEN (counts as a no-show), SLOT_CLOSED, REJECTED. */
  cancel_reason: string | null;
  created_at: number;
}

export interface BookingVisitorTable {
  id: Generated<number>;
  booking_id: number;
  exhibition_id: number;
  visit_date: string;
  name_cipher: string;
  document_type: string;
  document_cipher: string;
  document_index: string;
  active_document_key: string | null;
  is_minor: Generated<number>;
  /** CONFIRMED, CANCELLED, CHECKED_IN, NO_SHOW (PENDING_REVIEW for groups awaiting review). */
  status: string;
  checked_in_at: number | null;
  checked_in_by: number | null;
}

export interface FrequentVisitorTable {
  id: Generated<number>;
  account_id: number;
  name_cipher: string;
  document_type: string;
  document_cipher: string;
  document_index: string;
  created_at: number;
}

export interface WaitlistEntryTable {
  id: Generated<number>;
  slot_id: number;
  account_id: number;
  active_account_id: number | null;
  party_size: number;
  /** Encrypted JSON of the party (names, documents, phone). */
  party_cipher: string;
  /** WAITING, OFFERED, BOOKED, EXPIRED, CANCELLED. */
  status: string;
  offered_until: number | null;
  booking_id: number | null;
  created_at: number;
}

export interface NoShowStrikeTable {
  id: Generated<number>;
  account_id: number;
  booking_id: number;
  /** NO_SHOW or LATE_CANCEL. */
  reason: string;
  occurred_at: number;
}

export interface NotificationOutboxTable {
  id: Generated<number>;
  account_id: number;
  kind: string;
  /** Makes scheduled and retried work notify once. */
  dedupe_key: string;
  payload: string;
  created_at: number;
  sent_at: number | null;
}

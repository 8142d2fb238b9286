import type { BookingKind, BookingStatus, CancelReason, DocumentType, VisitorStatus } from '@zz/shared';
import type { Generated } from 'kysely';

export interface BookingTable {
  id: Generated<number>;
  /** Short public code printed on the ticket; not a credential. */
  reference: string;
  kind: BookingKind;
  account_id: number;
  exhibition_id: number;
  slot_id: number;
  visit_date: string;
  party_size: number;
  status: BookingStatus;
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
  cancel_reason: CancelReason | null;
  created_at: number;
}

export interface BookingVisitorTable {
  id: Generated<number>;
  booking_id: number;
  exhibition_id: number;
  visit_date: string;
  name_cipher: string;
  document_type: DocumentType;
  document_cipher: string;
  document_index: string;
  active_document_key: string | null;
  is_minor: Generated<number>;
  status: VisitorStatus;
  checked_in_at: number | null;
  checked_in_by: number | null;
}

export interface FrequentVisitorTable {
  id: Generated<number>;
  account_id: number;
  name_cipher: string;
  document_type: DocumentType;
  document_cipher: string;
  document_index: string;
  created_at: number;
  /** When the account holder confirmed this person's consent to be saved; null for rows saved before the rule. */
  consent_confirmed_at: number | null;
}

export interface NoShowStrikeTable {
  id: Generated<number>;
  account_id: number;
  booking_id: number;
  /** NO_SHOW or LATE_CANCEL. */
  reason: string;
  occurred_at: number;
}

declare module '../../db/database' {
  interface Database {
    booking: BookingTable;
    booking_visitor: BookingVisitorTable;
    frequent_visitor: FrequentVisitorTable;
    no_show_strike: NoShowStrikeTable;
  }
}

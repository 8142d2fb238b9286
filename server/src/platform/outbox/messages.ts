// The messages features leave for citizens, one typed payload per kind (the kinds are shared/notifications'
// vocabulary). Features only write them, in their own transaction; the notifications module delivers them.
import type { NotificationKind } from '@zz/shared';

export interface OutboxPayloads {
  BOOKING_CONFIRMED: { bookingId: number; slotStartAt: number };
  /** The day-before reminder (the visit-reminders job). */
  BOOKING_REMINDER: { bookingId: number };
  BOOKING_CANCELLED_BY_ARCHIVE: { bookingId: number; reason: string };
  BOOKING_NO_SHOW: { bookingId: number };
  /** The no-show that completed a run of strikes starts a suspension. */
  BOOKING_SUSPENDED: { suspendedFrom: number; suspendedUntil: number };
  WAITLIST_OFFER: { waitlistEntryId: number; slotId: number; offeredUntil: number };
  WAITLIST_OFFER_EXPIRED: { waitlistEntryId: number; slotId: number; offeredUntil: number };
  GROUP_APPROVED: { bookingId: number; note: string | null };
  GROUP_REJECTED: { bookingId: number; note: string | null };
  LOOKUP_ACCEPTED: { requestId: number; receiptNumber: string };
  /** `missing` is what the archive asked for, in its words. */
  LOOKUP_NEEDS_MORE: { requestId: number; receiptNumber: string; missing: string };
  LOOKUP_REFUSED: { requestId: number; receiptNumber: string; reason: string };
  /** Sent on to the holding archive (which the message names). */
  LOOKUP_FORWARDED: { requestId: number; receiptNumber: string };
  LOOKUP_FOUND: { requestId: number; receiptNumber: string };
  LOOKUP_NOT_FOUND: { requestId: number; receiptNumber: string };
  LOOKUP_CERTIFICATE_ISSUED: { requestId: number; receiptNumber: string; serial: string };
  /** The archive closed the reading-room slot the citizen had booked. */
  LOOKUP_VISIT_CANCELLED: { requestId: number; slotId: number; reason: string };
}

export type OutboxMessageKind = keyof OutboxPayloads;

// The outbox's kinds are exactly the shared vocabulary: a kind added on one side only fails to compile.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const KINDS_MATCH: Same<OutboxMessageKind, NotificationKind> = true;

export type OutboxMessage = {
  [K in OutboxMessageKind]: {
    accountId: number;
    kind: K;
    /** One message per key, ever: a repeated or concurrent enqueue of the same event changes nothing. */
    dedupeKey: string;
    payload: OutboxPayloads[K];
  };
}[OutboxMessageKind];

// The messages features leave for citizens, one typed payload per kind. The delivery worker (the
// notifications issue) reads them; features only write them, in their own transaction.
export interface OutboxPayloads {
  BOOKING_CONFIRMED: { bookingId: number; slotStartAt: number };
  BOOKING_CANCELLED_BY_ARCHIVE: { bookingId: number; reason: string };
  BOOKING_NO_SHOW: { bookingId: number };
  WAITLIST_OFFER: { waitlistEntryId: number; slotId: number; offeredUntil: number };
  GROUP_APPROVED: { bookingId: number; note: string | null };
  GROUP_REJECTED: { bookingId: number; note: string | null };
  LOOKUP_ACCEPTED: { requestId: number; receiptNumber: string };
  /** `missing` is what the archive asked for, in its words. */
  LOOKUP_NEEDS_MORE: { requestId: number; receiptNumber: string; missing: string };
  LOOKUP_REFUSED: { requestId: number; receiptNumber: string; reason: string };
  LOOKUP_FOUND: { requestId: number; receiptNumber: string };
  LOOKUP_NOT_FOUND: { requestId: number; receiptNumber: string };
  LOOKUP_CERTIFICATE_ISSUED: { requestId: number; receiptNumber: string; serial: string };
  /** The archive closed the reading-room slot the citizen had booked. */
  LOOKUP_VISIT_CANCELLED: { requestId: number; slotId: number; reason: string };
}

export type OutboxMessageKind = keyof OutboxPayloads;

export type OutboxMessage = {
  [K in OutboxMessageKind]: {
    accountId: number;
    kind: K;
    /** One message per key, ever: a repeated or concurrent enqueue of the same event changes nothing. */
    dedupeKey: string;
    payload: OutboxPayloads[K];
  };
}[OutboxMessageKind];

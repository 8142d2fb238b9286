// Turns outbox rows into what their notices say: the facts (titles, times, archives) come from the modules that
// own them, asked through their services in a few batched queries. The same answer says whether the message is
// still true (a reminder of a cancelled booking, an offer already taken or lapsed) and which archive it concerns.
import {
  type FactsOf,
  familyOf,
  type LookupFacts,
  type NotificationKind,
  type OfferFacts,
  type VisitFacts,
} from '@zz/shared';
import type { Deps } from '../../context';
import { branchesByIds } from '../branches/branch.service';
import { exhibitionsByIds } from '../exhibitions/exhibition.service';
import { requestNoticeSubjects } from '../lookup/lookup.service';
import { slotsByIds } from '../scheduling/slot.service';
import { bookingNoticeSubjects } from '../visits/visit.service';
import { offerNoticeSubjects } from '../waitlist/waitlist.service';
import type { OutboxRow } from './notification.repository';

export interface ResolvedNotice<K extends NotificationKind = NotificationKind> {
  kind: K;
  facts: FactsOf<K>;
  /** Why the message is no longer true, or null. */
  stale: string | null;
  /** The archive the message concerns (its staff see failures), null for none. */
  branchId: number | null;
}

/** A row's payload (platform/outbox/messages.ts), read field by field. */
type Payload = Partial<Record<string, unknown>>;
const numbers = (values: (number | null | undefined)[]) => [...new Set(values.filter((v): v is number => v != null))];
/** Found records by id; the finders answer undefined for an id with no record. */
const byId = <T extends { id: number }>(found: readonly (T | undefined)[]) =>
  new Map(found.flatMap((record) => (record ? [[record.id, record] as const] : [])));

/** The notices of these rows; a row whose subject no longer exists is missing from the map. */
export async function resolveNotices(
  deps: Pick<Deps, 'db' | 'clock'>,
  rows: readonly OutboxRow[],
): Promise<Map<number, ResolvedNotice>> {
  const now = deps.clock.now();
  const payloads = new Map(rows.map((row) => [row.id, JSON.parse(row.payload) as Payload]));
  /** One id of the payloads of a family's rows, each once. */
  const idsOf = (family: string, key: 'bookingId' | 'waitlistEntryId' | 'requestId') =>
    numbers(rows.filter((r) => familyOf(r.kind) === family).map((r) => payloads.get(r.id)?.[key] as number));
  const bookingIds = idsOf('VISIT', 'bookingId');
  const entryIds = idsOf('OFFER', 'waitlistEntryId');
  const requestIds = idsOf('LOOKUP', 'requestId');
  // Each finder answers an empty list without asking the database when it has no ids.
  const [bookings, offers, requests] = await Promise.all([
    bookingNoticeSubjects(deps.db, bookingIds),
    offerNoticeSubjects(deps, entryIds),
    requestNoticeSubjects(deps.db, requestIds),
  ]);
  const slotIds = numbers([...bookings.map((b) => b.slotId), ...offers.map((o) => o.slotId)]);
  const slots = byId(await slotsByIds(deps, slotIds));
  const exhibitions = byId(await exhibitionsByIds(deps, numbers([...slots.values()].map((s) => s.exhibitionId))));
  const branchIds = numbers([
    ...[...slots.values()].map((s) => s.branchId),
    ...requests.flatMap((r) => [r.receivingBranchId, r.holdingBranchId]),
  ]);
  const branches = byId(await branchesByIds(deps.db, branchIds));
  const branchName = (id: number | null | undefined) => (id == null ? '' : (branches.get(id)?.name ?? ''));
  const [bookingById, offerById, requestById] = [byId(bookings), byId(offers), byId(requests)];

  const resolved = new Map<number, ResolvedNotice>();
  for (const row of rows) {
    const notice = resolveOne(row.kind, payloads.get(row.id) ?? {}, Number(row.created_at));
    if (notice) resolved.set(row.id, notice);
  }
  return resolved;

  function resolveOne(kind: NotificationKind, p: Payload, at: number): ResolvedNotice | null {
    switch (familyOf(kind)) {
      case 'VISIT': {
        const booking = bookingById.get(p.bookingId as number);
        const slot = booking && slots.get(booking.slotId);
        if (!booking || !slot) return null;
        const note = (p.reason ?? p.note ?? null) as string | null;
        const facts: VisitFacts = {
          bookingId: booking.id,
          exhibitionTitle: exhibitions.get(slot.exhibitionId)?.title ?? '',
          archiveName: branchName(slot.branchId),
          startAt: slot.startAt,
          note,
        };
        let stale: string | null = null;
        if (kind === 'BOOKING_REMINDER' && booking.status !== 'CONFIRMED') stale = `预约状态为 ${booking.status}`;
        if (kind === 'BOOKING_REMINDER' && slot.startAt <= now) stale = '参观时间已过';
        if (kind === 'BOOKING_CONFIRMED' && booking.status === 'CANCELLED') stale = '预约已取消';
        return { kind, facts, stale, branchId: slot.branchId };
      }
      case 'OFFER': {
        const offer = offerById.get(p.waitlistEntryId as number);
        const slot = offer && slots.get(offer.slotId);
        if (!offer || !slot) return null;
        const facts: OfferFacts = {
          waitlistEntryId: offer.id,
          exhibitionTitle: exhibitions.get(slot.exhibitionId)?.title ?? '',
          archiveName: branchName(slot.branchId),
          startAt: slot.startAt,
          offeredUntil: Number(p.offeredUntil ?? offer.offeredUntil ?? slot.startAt),
        };
        let stale: string | null = null;
        if (kind === 'WAITLIST_OFFER' && offer.status !== 'OFFERED') stale = `候补状态为 ${offer.status}`;
        if (kind === 'WAITLIST_OFFER' && facts.offeredUntil <= now) stale = '保留时间已过';
        return { kind, facts, stale, branchId: slot.branchId };
      }
      case 'SUSPENSION':
        return {
          kind,
          facts: { suspendedFrom: Number(p.suspendedFrom), suspendedUntil: Number(p.suspendedUntil) },
          stale: null,
          branchId: null,
        };
      case 'LOOKUP': {
        const request = requestById.get(p.requestId as number);
        if (!request) return null;
        // The archive that acted: the one it was sent to, the one that searched, or the receiving archive.
        const actingBranch =
          kind === 'LOOKUP_FORWARDED' ||
          kind === 'LOOKUP_FOUND' ||
          kind === 'LOOKUP_NOT_FOUND' ||
          kind === 'LOOKUP_CERTIFICATE_ISSUED'
            ? (request.holdingBranchId ?? request.receivingBranchId)
            : request.receivingBranchId;
        const facts: LookupFacts = {
          requestId: request.id,
          receiptNumber: request.receiptNumber,
          archiveName: branchName(actingBranch),
          note: ((p.missing ?? p.reason ?? null) as string | null) || null,
          at,
        };
        return { kind, facts, stale: null, branchId: request.receivingBranchId };
      }
    }
  }
}

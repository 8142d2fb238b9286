// All SQL of waiting lists (候补). An entry's status changes only through conditional updates, so an offer
// is made, accepted or expired exactly once even with several processes.
import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../../db/database';
import type { WaitlistEntryTable } from './waitlist.table';

export type WaitlistRow = Selectable<WaitlistEntryTable>;

export async function insertWaitlistEntry(db: Executor, values: Insertable<WaitlistEntryTable>): Promise<number> {
  const result = await db.insertInto('waitlist_entry').values(values).executeTakeFirstOrThrow();
  return Number(result.insertId);
}

export function findWaitlistEntry(db: Executor, id: number): Promise<WaitlistRow | undefined> {
  return db.selectFrom('waitlist_entry').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The first waiting party (oldest first) small enough for the places now free. */
export function firstWaitingThatFits(db: Executor, slotId: number, places: number) {
  return db
    .selectFrom('waitlist_entry')
    .selectAll()
    .where('slot_id', '=', slotId)
    .where('status', '=', 'WAITING')
    .where('party_size', '<=', places)
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
}

export async function transitionWaitlistEntry(
  db: Executor,
  id: number,
  from: WaitlistRow['status'],
  changes: Partial<Pick<WaitlistRow, 'status' | 'offered_until' | 'booking_id' | 'active_account_id'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('waitlist_entry')
    .set(changes)
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function listExpiredOffers(db: Executor, now: number, limit: number) {
  return db
    .selectFrom('waitlist_entry')
    .selectAll()
    .where('status', '=', 'OFFERED')
    .where('offered_until', '<=', now)
    .orderBy('offered_until')
    .limit(limit)
    .execute();
}

export function listWaitlistOfAccount(db: Executor, accountId: number) {
  return db
    .selectFrom('waitlist_entry')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('id', 'desc')
    .limit(50)
    .execute();
}

export async function positionInQueue(db: Executor, entry: WaitlistRow): Promise<number> {
  const row = await db
    .selectFrom('waitlist_entry')
    .select((eb) => eb.fn.countAll<number>().as('ahead'))
    .where('slot_id', '=', entry.slot_id)
    .where('status', '=', 'WAITING')
    .where('id', '<', entry.id)
    .executeTakeFirstOrThrow();
  return Number(row.ahead) + 1;
}

export function listLiveWaitlistOfSlot(db: Executor, slotId: number) {
  return db
    .selectFrom('waitlist_entry')
    .selectAll()
    .where('slot_id', '=', slotId)
    .where('status', 'in', ['WAITING', 'OFFERED'])
    .execute();
}

/** Open slots that have not started and still have parties waiting. */
export function listSlotsWithWaitingParties(db: Executor, now: number, limit: number) {
  return db
    .selectFrom('waitlist_entry')
    .innerJoin('slot', 'slot.id', 'waitlist_entry.slot_id')
    .select('waitlist_entry.slot_id')
    .distinct()
    .where('waitlist_entry.status', '=', 'WAITING')
    .where('slot.status', '=', 'OPEN')
    .where('slot.start_at', '>', now)
    .limit(limit)
    .execute();
}

export async function recordBookingOfEntry(db: Executor, entryId: number, bookingId: number): Promise<void> {
  await db.updateTable('waitlist_entry').set({ booking_id: bookingId }).where('id', '=', entryId).execute();
}

export function findWaitlistEntriesByIds(db: Executor, ids: readonly number[]): Promise<WaitlistRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('waitlist_entry').selectAll().where('id', 'in', ids).execute();
}

// All SQL of booking policies, slot plans and slots. The capacity counters on `slot` change only through
// the conditional updates named take…/release… below: each either applies whole or touches no row.
import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import type { BookingPolicyTable, SlotTable, SlotTemplateTable } from './slot.table';

export type SlotRow = Selectable<SlotTable>;
export type SlotTemplateRow = Selectable<SlotTemplateTable>;
export type BookingPolicyRow = Selectable<BookingPolicyTable>;

export function findPolicy(db: Executor, exhibitionId: number): Promise<BookingPolicyRow | undefined> {
  return db.selectFrom('booking_policy').selectAll().where('exhibition_id', '=', exhibitionId).executeTakeFirst();
}

/** Creates the default policy row if missing, then applies the given changes. */
export async function upsertPolicy(
  db: Executor,
  exhibitionId: number,
  changes: Updateable<BookingPolicyTable>,
): Promise<void> {
  await db.insertInto('booking_policy').values({ exhibition_id: exhibitionId }).orIgnore().execute();
  if (Object.keys(changes).length > 0) {
    await db.updateTable('booking_policy').set(changes).where('exhibition_id', '=', exhibitionId).execute();
  }
}

export function listClosures(db: Executor, exhibitionId: number, from: string, to: string) {
  return db
    .selectFrom('exhibition_closure')
    .selectAll()
    .where('exhibition_id', '=', exhibitionId)
    .where('visit_date', '>=', from)
    .where('visit_date', '<=', to)
    .execute();
}

export async function insertClosure(db: Executor, exhibitionId: number, date: string, reason: string, now: number) {
  await db
    .insertInto('exhibition_closure')
    .values({ exhibition_id: exhibitionId, visit_date: date, reason, created_at: now })
    .orIgnore()
    .execute();
}

export async function deleteClosure(db: Executor, exhibitionId: number, date: string) {
  await db
    .deleteFrom('exhibition_closure')
    .where('exhibition_id', '=', exhibitionId)
    .where('visit_date', '=', date)
    .execute();
}

export function listTemplates(db: Executor, exhibitionId: number): Promise<SlotTemplateRow[]> {
  return db
    .selectFrom('slot_template')
    .selectAll()
    .where('exhibition_id', '=', exhibitionId)
    .orderBy('weekday')
    .orderBy('start_time')
    .execute();
}

export async function replaceTemplates(
  db: Executor,
  exhibitionId: number,
  rows: Omit<Insertable<SlotTemplateTable>, 'exhibition_id'>[],
): Promise<void> {
  await db.deleteFrom('slot_template').where('exhibition_id', '=', exhibitionId).execute();
  if (rows.length > 0) {
    await db
      .insertInto('slot_template')
      .values(rows.map((r) => ({ ...r, exhibition_id: exhibitionId })))
      .execute();
  }
}

/** Inserts slots that do not exist yet (same exhibition and start); existing ones keep their bookings. */
export async function insertMissingSlots(db: Executor, rows: Insertable<SlotTable>[]): Promise<number> {
  if (rows.length === 0) return 0;
  const result = await db.insertInto('slot').values(rows).orIgnore().executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}

const POLICY_COLUMNS = [
  'booking_enabled',
  'release_days_ahead',
  'release_time',
  'close_minutes_before_start',
  'cancel_cutoff_minutes',
  'max_visitors',
  'closed_weekdays',
  'checkin_early_minutes',
  'checkin_late_minutes',
  'walkin_release_minutes',
  'waitlist_hold_minutes',
  'group_roster_deadline_hours',
] as const;

/** The slot, if its exhibition is published, with the exhibition's policy row (absent = defaults). */
export async function findPublishedSlotWithPolicy(
  db: Executor,
  slotId: number,
): Promise<{ slot: SlotRow; policy: BookingPolicyRow | undefined } | undefined> {
  const row = await db
    .selectFrom('slot')
    .innerJoin('exhibition', 'exhibition.id', 'slot.exhibition_id')
    .leftJoin('booking_policy', 'booking_policy.exhibition_id', 'slot.exhibition_id')
    .selectAll('slot')
    .select('booking_policy.exhibition_id as policy_exhibition_id')
    .select(POLICY_COLUMNS.map((column) => `booking_policy.${column}` as const))
    .where('slot.id', '=', slotId)
    .where('exhibition.published_at', 'is not', null)
    .executeTakeFirst();
  if (!row) return undefined;
  const { policy_exhibition_id, ...rest } = row;
  const slot = Object.fromEntries(
    Object.entries(rest).filter(([column]) => !(POLICY_COLUMNS as readonly string[]).includes(column)),
  ) as SlotRow;
  const policy =
    policy_exhibition_id === null
      ? undefined
      : ({
          exhibition_id: policy_exhibition_id,
          ...Object.fromEntries(POLICY_COLUMNS.map((column) => [column, rest[column]])),
        } as BookingPolicyRow);
  return { slot, policy };
}

export function findSlot(db: Executor, id: number): Promise<SlotRow | undefined> {
  return db.selectFrom('slot').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listSlotsBetween(db: Executor, exhibitionId: number, from: string, to: string): Promise<SlotRow[]> {
  return db
    .selectFrom('slot')
    .selectAll()
    .where('exhibition_id', '=', exhibitionId)
    .where('visit_date', '>=', from)
    .where('visit_date', '<=', to)
    .orderBy('start_at')
    .execute();
}

/**
 * Places still held for walk-ins, as SQL: the unused part of the walk-in quota until `releaseAt`
 * (a parameter computed from the policy and the clock), nothing after. `extraWalkins` counts the
 * walk-ins the same statement is adding.
 */
function heldForWalkins(releaseCutoff: number, extraWalkins: number) {
  return sql<number>`(case when start_at > ${releaseCutoff} then (case when walkin_used + ${extraWalkins} >= walkin_quota then 0 else walkin_quota - walkin_used - ${extraWalkins} end) else 0 end)`;
}

/** `places` more fit beside those booked, offered to the waiting list and still held for walk-ins. */
function fitsBesideTaken(places: number, walkinReleaseCutoff: number) {
  return sql<boolean>`booked + offer_held + ${places} + ${heldForWalkins(walkinReleaseCutoff, 0)} <= capacity`;
}

/**
 * Takes `places` online places atomically: succeeds only while the slot is open and the places fit
 * beside those booked, offered to the waiting list and still held for walk-ins.
 * `walkinReleaseCutoff` = now + the policy's walk-in release lead time.
 */
export async function takeOnlinePlaces(
  db: Executor,
  slotId: number,
  places: number,
  walkinReleaseCutoff: number,
): Promise<boolean> {
  const result = await db
    .updateTable('slot')
    .set({ booked: sql`booked + ${places}` })
    .where('id', '=', slotId)
    .where('status', '=', 'OPEN')
    .where(fitsBesideTaken(places, walkinReleaseCutoff))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Walk-ins use their held quota first, then any free place. */
export async function takeWalkinPlaces(
  db: Executor,
  slotId: number,
  places: number,
  walkinReleaseCutoff: number,
): Promise<boolean> {
  const result = await db
    .updateTable('slot')
    .set({ booked: sql`booked + ${places}`, walkin_used: sql`walkin_used + ${places}` })
    .where('id', '=', slotId)
    .where('status', '=', 'OPEN')
    .where(sql<boolean>`booked + offer_held + ${places} + ${heldForWalkins(walkinReleaseCutoff, places)} <= capacity`)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function releasePlaces(db: Executor, slotId: number, places: number): Promise<void> {
  await db
    .updateTable('slot')
    .set({ booked: sql`booked - ${places}` })
    .where('id', '=', slotId)
    .execute();
}

/** Holds places for a waiting-list offer, under the same fit rule as an online booking. */
export async function holdPlacesForOffer(
  db: Executor,
  slotId: number,
  places: number,
  walkinReleaseCutoff: number,
): Promise<boolean> {
  const result = await db
    .updateTable('slot')
    .set({ offer_held: sql`offer_held + ${places}` })
    .where('id', '=', slotId)
    .where('status', '=', 'OPEN')
    .where(fitsBesideTaken(places, walkinReleaseCutoff))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function releaseOfferHold(db: Executor, slotId: number, places: number): Promise<void> {
  await db
    .updateTable('slot')
    .set({ offer_held: sql`offer_held - ${places}` })
    .where('id', '=', slotId)
    .execute();
}

/** Turns an accepted offer's held places into booked ones. */
export async function convertOfferHold(db: Executor, slotId: number, places: number): Promise<void> {
  await db
    .updateTable('slot')
    .set({ offer_held: sql`offer_held - ${places}`, booked: sql`booked + ${places}` })
    .where('id', '=', slotId)
    .execute();
}

export async function takeGroupPlaces(db: Executor, slotId: number, places: number): Promise<boolean> {
  const result = await db
    .updateTable('slot')
    .set({ group_booked: sql`group_booked + ${places}` })
    .where('id', '=', slotId)
    .where('status', '=', 'OPEN')
    .where(sql<boolean>`group_booked + ${places} <= group_quota`)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function releaseGroupPlaces(db: Executor, slotId: number, places: number): Promise<void> {
  await db
    .updateTable('slot')
    .set({ group_booked: sql`group_booked - ${places}` })
    .where('id', '=', slotId)
    .execute();
}

/** Changes capacity only if it stays at or above what is taken. */
export async function setCapacityIfFits(
  db: Executor,
  slotId: number,
  capacity: number,
  walkinQuota: number,
  groupQuota: number,
): Promise<boolean> {
  const result = await db
    .updateTable('slot')
    .set({ capacity, walkin_quota: walkinQuota, group_quota: groupQuota })
    .where('id', '=', slotId)
    .where(sql<boolean>`booked + offer_held <= ${capacity}`)
    .where(sql<boolean>`group_booked <= ${groupQuota}`)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Closes an open slot; false when it was closed already (so its bookings are cancelled once). */
export async function closeSlotIfOpen(db: Executor, slotId: number, reason: string): Promise<boolean> {
  const result = await db
    .updateTable('slot')
    .set({ status: 'CLOSED', closed_reason: reason })
    .where('id', '=', slotId)
    .where('status', '=', 'OPEN')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Slots that ended before `now` and whose no-shows are not yet marked. */
export function listSlotsAwaitingNoShowMarking(db: Executor, now: number, limit: number) {
  return db
    .selectFrom('slot')
    .select(['id'])
    .where('end_at', '<=', now)
    .where('no_show_processed_at', 'is', null)
    .orderBy('end_at')
    .limit(limit)
    .execute();
}

/** Claims one slot's no-show marking for this process; only one claimant ever gets true. */
export async function claimNoShowMarking(db: Executor, slotId: number, now: number): Promise<boolean> {
  const result = await db
    .updateTable('slot')
    .set({ no_show_processed_at: now })
    .where('id', '=', slotId)
    .where('no_show_processed_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function updateSlotRow(db: Executor, slotId: number, changes: Updateable<SlotTable>) {
  return db.updateTable('slot').set(changes).where('id', '=', slotId).execute();
}

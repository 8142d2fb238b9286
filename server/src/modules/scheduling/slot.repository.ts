// All SQL of booking policies, slot plans and slots. The capacity counters on `slot` change only through
// the conditional updates named take…/release… below: each either applies whole or touches no row.
import { type Insertable, type Selectable, sql } from 'kysely';
import type { Executor } from '../../db/database';
import type { BookingPolicyRow } from './plan.repository';
import type { SlotTable } from './scheduling.table';

export type SlotRow = Selectable<SlotTable>;

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

/** A slot with what its rules need: its exhibition's archive, publication and mode, and its policy row. */
export interface SlotWithPolicyRow {
  slot: SlotRow;
  branchId: number;
  published: boolean;
  readingRoom: boolean;
  /** Absent: the exhibition uses the default policy. */
  policy: BookingPolicyRow | undefined;
}

/** Slots with their exhibition's archive, publication and policy, in one query. */
export async function findSlotsWithPolicy(db: Executor, slotIds: readonly number[]): Promise<SlotWithPolicyRow[]> {
  if (slotIds.length === 0) return [];
  const rows = await db
    .selectFrom('slot')
    .innerJoin('exhibition', 'exhibition.id', 'slot.exhibition_id')
    .leftJoin('booking_policy', 'booking_policy.exhibition_id', 'slot.exhibition_id')
    .selectAll('slot')
    .select([
      'exhibition.branch_id as exhibition_branch_id',
      'exhibition.published_at as exhibition_published_at',
      'exhibition.mode as exhibition_mode',
    ])
    .select('booking_policy.exhibition_id as policy_exhibition_id')
    .select(POLICY_COLUMNS.map((column) => `booking_policy.${column}` as const))
    .where('slot.id', 'in', slotIds)
    .execute();
  return rows.map((row) => {
    const { policy_exhibition_id, exhibition_branch_id, exhibition_published_at, exhibition_mode, ...rest } = row;
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
    return {
      slot,
      branchId: exhibition_branch_id,
      published: exhibition_published_at !== null,
      readingRoom: exhibition_mode === 'READING_ROOM',
      policy,
    };
  });
}

/** The slots of several days of one exhibition, in start order. */
export function listSlotsBetween(db: Executor, exhibitionId: number, from: string, to: string): Promise<SlotRow[]> {
  return listSlotsOfExhibitionsBetween(db, [exhibitionId], from, to);
}

/** Slots of several exhibitions between two dates, in one query, in start order (a page of cards). */
export async function listSlotsOfExhibitionsBetween(
  db: Executor,
  exhibitionIds: readonly number[],
  from: string,
  to: string,
): Promise<SlotRow[]> {
  if (exhibitionIds.length === 0) return [];
  return db
    .selectFrom('slot')
    .selectAll()
    .where('exhibition_id', 'in', exhibitionIds)
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

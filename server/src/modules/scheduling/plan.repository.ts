// All SQL of booking policies, weekly slot plans and closed days.
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import type { BookingPolicyTable, SlotTemplateTable } from './scheduling.table';

export type SlotTemplateRow = Selectable<SlotTemplateTable>;
export type BookingPolicyRow = Selectable<BookingPolicyTable>;

export function findPolicies(db: Executor, exhibitionIds: readonly number[]): Promise<BookingPolicyRow[]> {
  if (exhibitionIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('booking_policy').selectAll().where('exhibition_id', 'in', exhibitionIds).execute();
}

/** Creates the default policy row if missing (absent and default mean the same). */
export async function insertDefaultPolicy(db: Executor, exhibitionId: number): Promise<void> {
  await db.insertInto('booking_policy').values({ exhibition_id: exhibitionId }).orIgnore().execute();
}

export async function updatePolicyRow(
  db: Executor,
  exhibitionId: number,
  changes: Updateable<BookingPolicyTable>,
): Promise<void> {
  if (Object.keys(changes).length === 0) return;
  await db.updateTable('booking_policy').set(changes).where('exhibition_id', '=', exhibitionId).execute();
}

export function listClosures(db: Executor, exhibitionId: number, from: string, to: string) {
  return listClosuresOfExhibitions(db, [exhibitionId], from, to);
}

/** Closed days of several exhibitions between two dates, in one query (a page of cards). */
export async function listClosuresOfExhibitions(
  db: Executor,
  exhibitionIds: readonly number[],
  from: string,
  to: string,
) {
  if (exhibitionIds.length === 0) return [];
  return db
    .selectFrom('exhibition_closure')
    .selectAll()
    .where('exhibition_id', 'in', exhibitionIds)
    .where('visit_date', '>=', from)
    .where('visit_date', '<=', to)
    .execute();
}

/** Records a closed day; closing it again keeps the first record. */
export async function insertClosure(db: Executor, exhibitionId: number, date: string, reason: string, now: number) {
  await db
    .insertInto('exhibition_closure')
    .values({ exhibition_id: exhibitionId, visit_date: date, reason, created_at: now })
    .orIgnore()
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

/** Replaces an exhibition's weekly plan. Two statements: the caller's transaction makes them one change. */
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

/** Published exhibitions with a weekly plan that have not closed before `today`. */
export function listPlannedExhibitions(db: Executor, today: string) {
  return db
    .selectFrom('exhibition')
    .innerJoin('slot_template', 'slot_template.exhibition_id', 'exhibition.id')
    .select(['exhibition.id', 'exhibition.opens_on', 'exhibition.closes_on'])
    .where('exhibition.published_at', 'is not', null)
    .where((eb) => eb.or([eb('exhibition.closes_on', 'is', null), eb('exhibition.closes_on', '>=', today)]))
    .distinct()
    .execute();
}

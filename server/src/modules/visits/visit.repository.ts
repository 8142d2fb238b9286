// All SQL of visits: bookings (individual, group, walk-in), their visitors, frequent visitors and no-show
// strikes. Statuses change only through conditional updates that name the status they expect.
import { type Insertable, MysqlAdapter, type Selectable, sql } from 'kysely';
import type { Executor } from '../../db/database';
import type { BookingTable, BookingVisitorTable, FrequentVisitorTable } from './visit.table';

export type BookingRow = Selectable<BookingTable>;
export type VisitorRow = Selectable<BookingVisitorTable>;
export type FrequentVisitorRow = Selectable<FrequentVisitorTable>;

export function findBookingById(db: Executor, id: number): Promise<BookingRow | undefined> {
  return db.selectFrom('booking').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findBookingByIdempotencyKey(db: Executor, accountId: number, key: string) {
  return db
    .selectFrom('booking')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
}

export async function insertBooking(db: Executor, values: Insertable<BookingTable>): Promise<number> {
  const result = await db.insertInto('booking').values(values).executeTakeFirstOrThrow();
  return Number(result.insertId);
}

/**
 * What a booking attempt needs to know about the account, in one round trip: the booking an earlier send of
 * the same request made (if any), and the account's strikes since `strikesSince`.
 */
export async function findBookingAttemptContext(
  db: Executor,
  q: { accountId: number; idempotencyKey: string; strikesSince: number },
): Promise<{ previousBookingId: number | null; strikeTimes: number[] }> {
  const rows = await db
    .selectFrom('booking')
    .select([sql<string>`'booking'`.as('kind'), 'id as value'])
    .where('account_id', '=', q.accountId)
    .where('idempotency_key', '=', q.idempotencyKey)
    .unionAll(
      db
        .selectFrom('no_show_strike')
        .select([sql<string>`'strike'`.as('kind'), 'occurred_at as value'])
        .where('account_id', '=', q.accountId)
        .where('occurred_at', '>', q.strikesSince),
    )
    .execute();
  const previous = rows.find((r) => r.kind === 'booking');
  return {
    previousBookingId: previous ? Number(previous.value) : null,
    strikeTimes: rows.filter((r) => r.kind === 'strike').map((r) => Number(r.value)),
  };
}

export async function insertVisitors(db: Executor, rows: Insertable<BookingVisitorTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('booking_visitor').values(rows).execute();
}

export function listVisitorsOfBookings(db: Executor, bookingIds: readonly number[]): Promise<VisitorRow[]> {
  if (bookingIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('booking_visitor').selectAll().where('booking_id', 'in', bookingIds).orderBy('id').execute();
}

export function findVisitorById(db: Executor, id: number): Promise<VisitorRow | undefined> {
  return db.selectFrom('booking_visitor').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * When a visitor and their booking were checked in, as last committed: after a conditional update lost to another
 * door, a plain read on MySQL would still see this transaction's older snapshot, so it is a locking read there
 * (SQLite runs one writer at a time and has no FOR UPDATE).
 */
export async function findCheckInTimesLatest(db: Executor, bookingId: number, visitorId: number | null) {
  const mysql = db.getExecutor().adapter instanceof MysqlAdapter;
  let booking = db.selectFrom('booking').select('checked_in_at').where('id', '=', bookingId);
  if (mysql) booking = booking.forUpdate();
  const bookingRow = await booking.executeTakeFirst();
  if (visitorId === null) return { booking: bookingRow?.checked_in_at ?? null, visitor: null };
  let visitor = db.selectFrom('booking_visitor').select('checked_in_at').where('id', '=', visitorId);
  if (mysql) visitor = visitor.forUpdate();
  const visitorRow = await visitor.executeTakeFirst();
  return { booking: bookingRow?.checked_in_at ?? null, visitor: visitorRow?.checked_in_at ?? null };
}

/** Statuses of a visit still to come (待参观 when its day has not passed). */
const AWAITED: BookingRow['status'][] = ['CONFIRMED', 'PENDING_REVIEW'];
/** Statuses of a visit that will not happen: cancelled by anyone, or a group refused. */
const CALLED_OFF: BookingRow['status'][] = ['CANCELLED', 'REJECTED'];

/**
 * An account's bookings in one of 我的预约's tabs, paged: UPCOMING = still awaited from `today` on, soonest first;
 * CANCELLED = called off, latest first; PAST = attended or missed, or an awaited one whose day has passed, latest
 * first. Every booking is in exactly one tab.
 */
export function listBookingsOfAccount(
  db: Executor,
  accountId: number,
  q: { list: 'UPCOMING' | 'PAST' | 'CANCELLED'; today: string; limit: number; offset: number },
): Promise<BookingRow[]> {
  let query = db.selectFrom('booking').selectAll().where('account_id', '=', accountId).where('kind', '!=', 'WALK_IN');
  if (q.list === 'UPCOMING') {
    query = query.where('status', 'in', AWAITED).where('visit_date', '>=', q.today).orderBy('visit_date', 'asc');
  } else if (q.list === 'CANCELLED') {
    query = query.where('status', 'in', CALLED_OFF).orderBy('visit_date', 'desc');
  } else {
    query = query
      .where('status', 'not in', CALLED_OFF)
      .where((eb) => eb.or([eb('status', 'not in', AWAITED), eb('visit_date', '<', q.today)]))
      .orderBy('visit_date', 'desc');
  }
  return query.orderBy('id', 'desc').limit(q.limit).offset(q.offset).execute();
}

export function listBookingsOfSlot(db: Executor, slotId: number): Promise<BookingRow[]> {
  return db.selectFrom('booking').selectAll().where('slot_id', '=', slotId).orderBy('id').execute();
}

/** Moves a booking from one status to another only if it still has the expected one (no double effects). */
export async function transitionBooking(
  db: Executor,
  bookingId: number,
  from: readonly BookingRow['status'][],
  changes: Partial<
    Pick<BookingRow, 'status' | 'cancelled_at' | 'cancel_reason' | 'reviewed_by' | 'reviewed_at' | 'review_note'>
  >,
): Promise<boolean> {
  const result = await db
    .updateTable('booking')
    .set(changes)
    .where('id', '=', bookingId)
    .where('status', 'in', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Cancels one visitor still expected, freeing their document; false if they were not (any more). */
export async function cancelConfirmedVisitor(db: Executor, bookingId: number, visitorId: number): Promise<boolean> {
  const result = await db
    .updateTable('booking_visitor')
    .set({ status: 'CANCELLED', active_document_key: null })
    .where('id', '=', visitorId)
    .where('booking_id', '=', bookingId)
    .where('status', '=', 'CONFIRMED')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * One person fewer on a standing booking, only while someone else remains (party_size counts the visitors not
 * cancelled): false means the visitor just cancelled was the last, and the booking itself is to be cancelled.
 * The update locks the booking row, so two visitors cancelled at once cannot both see someone else remaining.
 */
export async function dropOneFromParty(db: Executor, bookingId: number): Promise<boolean> {
  const result = await db
    .updateTable('booking')
    .set({ party_size: sql`party_size - 1` })
    .where('id', '=', bookingId)
    .where('status', 'in', ['CONFIRMED', 'CHECKED_IN'])
    .where('party_size', '>', 1)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Frees the visitors' documents for new bookings on that day. */
export async function cancelVisitorsOfBooking(db: Executor, bookingId: number): Promise<void> {
  await db
    .updateTable('booking_visitor')
    .set({ status: 'CANCELLED', active_document_key: null })
    .where('booking_id', '=', bookingId)
    .where('status', 'in', ['CONFIRMED', 'PENDING_REVIEW'])
    .execute();
}

export async function setVisitorsStatus(
  db: Executor,
  bookingId: number,
  from: VisitorRow['status'],
  to: VisitorRow['status'],
): Promise<void> {
  await db
    .updateTable('booking_visitor')
    .set({ status: to })
    .where('booking_id', '=', bookingId)
    .where('status', '=', from)
    .execute();
}

/** Adds a group's headcount only while it stays within the party size. */
export async function admitGroupHeadcount(db: Executor, bookingId: number, people: number, now: number) {
  const result = await db
    .updateTable('booking')
    .set({
      status: 'CHECKED_IN',
      checked_in_count: sql`checked_in_count + ${people}`,
      checked_in_at: sql`coalesce(checked_in_at, ${now})`,
    })
    .where('id', '=', bookingId)
    .where(sql<boolean>`checked_in_count + ${people} <= party_size`)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Marks `count` roster members of a group as checked in (the door counts heads, not names), so statistics
 * and the no-show job see the same numbers as the headcount.
 */
export async function checkInFirstConfirmedVisitors(
  db: Executor,
  bookingId: number,
  count: number,
  now: number,
  staffId: number,
) {
  const ids = await db
    .selectFrom('booking_visitor')
    .select('id')
    .where('booking_id', '=', bookingId)
    .where('status', '=', 'CONFIRMED')
    .orderBy('id')
    .limit(count)
    .execute();
  if (ids.length === 0) return;
  await db
    .updateTable('booking_visitor')
    .set({ status: 'CHECKED_IN', checked_in_at: now, checked_in_by: staffId })
    .where(
      'id',
      'in',
      ids.map((r) => r.id),
    )
    .where('status', '=', 'CONFIRMED')
    .execute();
}

/**
 * Records check-in on the booking: first time sets status and time, every time counts people. The count never
 * passes the party size (a split party checked in at two doors adds up to the party at most); false if it would.
 */
export async function recordBookingCheckIn(db: Executor, bookingId: number, people: number, now: number) {
  const result = await db
    .updateTable('booking')
    .set({
      status: 'CHECKED_IN',
      checked_in_count: sql`checked_in_count + ${people}`,
      checked_in_at: sql`coalesce(checked_in_at, ${now})`,
    })
    .where('id', '=', bookingId)
    .where(sql<boolean>`checked_in_count + ${people} <= party_size`)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Checks in the confirmed visitors among `visitorIds` of one booking; returns the ids it changed. */
export async function checkInChosenVisitors(
  db: Executor,
  bookingId: number,
  visitorIds: readonly number[],
  now: number,
  staffId: number,
): Promise<number[]> {
  const admitted: number[] = [];
  // One conditional update per visitor, so the answer names exactly who this request let in.
  for (const id of visitorIds) {
    const result = await db
      .updateTable('booking_visitor')
      .set({ status: 'CHECKED_IN', checked_in_at: now, checked_in_by: staffId })
      .where('id', '=', id)
      .where('booking_id', '=', bookingId)
      .where('status', '=', 'CONFIRMED')
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 1) admitted.push(id);
  }
  return admitted;
}

/** Confirmed visitors of a booking, in roster order (who a whole-booking ticket admits). */
export async function listConfirmedVisitorIds(db: Executor, bookingId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('booking_visitor')
    .select('id')
    .where('booking_id', '=', bookingId)
    .where('status', '=', 'CONFIRMED')
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Takes back a visitor's check-in, only while it is recent (checked in at or after `since`): a mistaken tap is
 * undone, an old entry is not rewritten. False if the visitor is not checked in or the limit has passed.
 */
export async function undoRecentVisitorCheckIn(db: Executor, visitorId: number, since: number): Promise<boolean> {
  const result = await db
    .updateTable('booking_visitor')
    .set({ status: 'CONFIRMED', checked_in_at: null, checked_in_by: null })
    .where('id', '=', visitorId)
    .where('status', '=', 'CHECKED_IN')
    .where('checked_in_at', '>=', since)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * One person fewer on the booking; the last one out puts it back to confirmed. Status and time are assigned
 * before the count because MySQL evaluates a single-table SET left to right with the values already set.
 */
export async function withdrawBookingCheckIn(db: Executor, bookingId: number): Promise<boolean> {
  const result = await db
    .updateTable('booking')
    .set({
      status: sql`case when checked_in_count <= 1 then 'CONFIRMED' else status end`,
      checked_in_at: sql`case when checked_in_count <= 1 then null else checked_in_at end`,
      checked_in_count: sql`checked_in_count - 1`,
    })
    .where('id', '=', bookingId)
    .where('checked_in_count', '>=', 1)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The people of a slot at the door: booked (came, coming or missed), arrived, and still expected. */
export async function countDoorFigures(db: Executor, slotId: number) {
  const rows = await db
    .selectFrom('booking_visitor')
    .innerJoin('booking', 'booking.id', 'booking_visitor.booking_id')
    .select(['booking_visitor.status as status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('booking.slot_id', '=', slotId)
    .where('booking_visitor.status', 'in', ['CONFIRMED', 'CHECKED_IN', 'NO_SHOW'])
    .groupBy('booking_visitor.status')
    .execute();
  const of = (status: string) => Number(rows.find((r) => r.status === status)?.n ?? 0);
  return { confirmed: of('CONFIRMED'), checkedIn: of('CHECKED_IN'), noShow: of('NO_SHOW') };
}

export function findVisitorOfSlotByDocument(db: Executor, slotId: number, documentIndex: string) {
  return db
    .selectFrom('booking_visitor')
    .innerJoin('booking', 'booking.id', 'booking_visitor.booking_id')
    .selectAll('booking_visitor')
    .where('booking.slot_id', '=', slotId)
    .where('booking_visitor.document_index', '=', documentIndex)
    .orderBy('booking_visitor.id', 'desc')
    .executeTakeFirst();
}

/** Confirmed visitors of a slot become no-shows; returns the bookings in which nobody came. */
export async function markNoShowsOfSlot(db: Executor, slotId: number): Promise<BookingRow[]> {
  const bookingIds = db.selectFrom('booking').select('id').where('slot_id', '=', slotId);
  await db
    .updateTable('booking_visitor')
    .set({ status: 'NO_SHOW' })
    .where('booking_id', 'in', bookingIds)
    .where('status', '=', 'CONFIRMED')
    .execute();
  const absent = await db
    .selectFrom('booking')
    .selectAll()
    .where('slot_id', '=', slotId)
    .where('status', '=', 'CONFIRMED')
    .execute();
  if (absent.length > 0) {
    await db
      .updateTable('booking')
      .set({ status: 'NO_SHOW' })
      .where(
        'id',
        'in',
        absent.map((b) => b.id),
      )
      .where('status', '=', 'CONFIRMED')
      .execute();
  }
  return absent;
}

/** One strike per booking at most: the unique booking_id makes repeated marking harmless. */
export async function insertStrike(db: Executor, accountId: number, bookingId: number, reason: string, at: number) {
  await db
    .insertInto('no_show_strike')
    .values({ account_id: accountId, booking_id: bookingId, reason, occurred_at: at })
    .orIgnore()
    .execute();
}

export async function listStrikeTimes(db: Executor, accountId: number, since: number): Promise<number[]> {
  const rows = await db
    .selectFrom('no_show_strike')
    .select('occurred_at')
    .where('account_id', '=', accountId)
    .where('occurred_at', '>', since)
    .execute();
  return rows.map((r) => Number(r.occurred_at));
}

export function listFrequentVisitors(db: Executor, accountId: number): Promise<FrequentVisitorRow[]> {
  return db.selectFrom('frequent_visitor').selectAll().where('account_id', '=', accountId).orderBy('id').execute();
}

/** Adds frequent visitors the account does not have yet (same document → kept once). */
export async function insertFrequentVisitors(db: Executor, rows: Insertable<FrequentVisitorTable>[]) {
  if (rows.length > 0) await db.insertInto('frequent_visitor').values(rows).orIgnore().execute();
}

export async function deleteFrequentVisitor(db: Executor, accountId: number, id: number): Promise<boolean> {
  const result = await db
    .deleteFrom('frequent_visitor')
    .where('id', '=', id)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export async function countCheckedInBySlot(db: Executor, slotIds: readonly number[]): Promise<Map<number, number>> {
  if (slotIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('booking_visitor')
    .innerJoin('booking', 'booking.id', 'booking_visitor.booking_id')
    .select(['booking.slot_id as slotId', (eb) => eb.fn.countAll<number>().as('n')])
    .where('booking.slot_id', 'in', slotIds)
    .where('booking_visitor.status', '=', 'CHECKED_IN')
    .groupBy('booking.slot_id')
    .execute();
  return new Map(rows.map((r) => [r.slotId, Number(r.n)]));
}

/** Which of these document keys already hold a live place for the exhibition on that day. */
export async function findTakenDocumentKeys(
  db: Executor,
  exhibitionId: number,
  visitDate: string,
  keys: readonly string[],
): Promise<string[]> {
  const rows = await db
    .selectFrom('booking_visitor')
    .select('active_document_key')
    .where('exhibition_id', '=', exhibitionId)
    .where('visit_date', '=', visitDate)
    .where('active_document_key', 'in', keys)
    .execute();
  return rows.map((r) => r.active_document_key as string);
}

/** A group's replaced roster: old rows stay for the record but stop holding their documents. */
export async function retireVisitorsOfBooking(db: Executor, bookingId: number): Promise<void> {
  await db
    .updateTable('booking_visitor')
    .set({ status: 'CANCELLED', active_document_key: null })
    .where('booking_id', '=', bookingId)
    .execute();
}

export async function setPartySize(db: Executor, bookingId: number, partySize: number): Promise<void> {
  await db.updateTable('booking').set({ party_size: partySize }).where('id', '=', bookingId).execute();
}

/** Live bookings of a slot (confirmed or awaiting review). */
export function listLiveBookingsOfSlot(db: Executor, slotId: number): Promise<BookingRow[]> {
  return db
    .selectFrom('booking')
    .selectAll()
    .where('slot_id', '=', slotId)
    .where('status', 'in', ['CONFIRMED', 'PENDING_REVIEW'])
    .orderBy('id')
    .execute();
}

/** Group visits of a status from a date on, soonest first; one archive's when branchId is given. */
export function listGroupBookings(
  db: Executor,
  q: { status: BookingRow['status']; fromDate: string; branchId: number | null; limit: number },
): Promise<BookingRow[]> {
  let query = db
    .selectFrom('booking')
    .innerJoin('exhibition', 'exhibition.id', 'booking.exhibition_id')
    .selectAll('booking')
    .where('booking.kind', '=', 'GROUP')
    .where('booking.status', '=', q.status)
    .where('booking.visit_date', '>=', q.fromDate)
    .orderBy('booking.visit_date')
    .orderBy('booking.id')
    .limit(q.limit);
  if (q.branchId !== null) query = query.where('exhibition.branch_id', '=', q.branchId);
  return query.execute();
}

export function findFrequentVisitorsByIds(db: Executor, accountId: number, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([] as FrequentVisitorRow[]);
  return db
    .selectFrom('frequent_visitor')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('id', 'in', ids)
    .execute();
}

export function findBookingsByIds(db: Executor, ids: readonly number[]): Promise<BookingRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('booking').selectAll().where('id', 'in', ids).execute();
}

/** Confirmed citizen bookings (individual and group) for a visit date, for the day-before reminders. */
export function listConfirmedBookingsOn(db: Executor, visitDate: string) {
  return db
    .selectFrom('booking')
    .select(['id', 'account_id'])
    .where('visit_date', '=', visitDate)
    .where('status', '=', 'CONFIRMED')
    .where('kind', '!=', 'WALK_IN')
    .orderBy('id')
    .execute();
}

// The SQL of staff statistics: a read-only view over the visits tables, aggregated per business day.
import { sql } from 'kysely';
import type { Executor } from '../../db/database';

export function dailyVisitFigures(
  db: Executor,
  q: { from: string; to: string; exhibitionId: number | null; branchId: number | null },
) {
  let query = db
    .selectFrom('booking_visitor as v')
    .innerJoin('booking as b', 'b.id', 'v.booking_id')
    .innerJoin('exhibition as e', 'e.id', 'b.exhibition_id')
    .select([
      'b.visit_date as date',
      sql<number>`count(distinct b.id)`.as('bookings'),
      sql<number>`sum(case when v.status in ('CONFIRMED','CHECKED_IN','NO_SHOW') then 1 else 0 end)`.as(
        'bookedVisitors',
      ),
      sql<number>`sum(case when v.status = 'CHECKED_IN' then 1 else 0 end)`.as('checkedIn'),
      sql<number>`sum(case when v.status = 'NO_SHOW' then 1 else 0 end)`.as('noShows'),
      sql<number>`sum(case when v.status = 'CANCELLED' then 1 else 0 end)`.as('cancelled'),
      sql<number>`sum(case when b.kind = 'WALK_IN' then 1 else 0 end)`.as('walkIns'),
      sql<number>`sum(case when b.kind = 'GROUP' and v.status <> 'CANCELLED' then 1 else 0 end)`.as('groupVisitors'),
    ])
    .where('b.visit_date', '>=', q.from)
    .where('b.visit_date', '<=', q.to)
    .groupBy('b.visit_date')
    .orderBy('b.visit_date');
  if (q.exhibitionId !== null) query = query.where('b.exhibition_id', '=', q.exhibitionId);
  if (q.branchId !== null) query = query.where('e.branch_id', '=', q.branchId);
  return query.execute();
}

// ---- the dashboard: today, across the archives in scope (one statement each, whatever the number of slots) ----

/** Today's slots with their exhibition and the visitors booked and arrived, from one aggregate join. */
export function todaySlotFigures(db: Executor, q: { date: string; branchId: number | null }) {
  const visitors = db
    .selectFrom('booking as b')
    .innerJoin('booking_visitor as v', 'v.booking_id', 'b.id')
    .select([
      'b.slot_id',
      sql<number>`sum(case when v.status in ('CONFIRMED','PENDING_REVIEW','CHECKED_IN','NO_SHOW') then 1 else 0 end)`.as(
        'booked',
      ),
      sql<number>`sum(case when v.status = 'CHECKED_IN' then 1 else 0 end)`.as('arrived'),
      sql<number>`sum(case when v.status = 'CHECKED_IN' and b.kind = 'WALK_IN' then 1 else 0 end)`.as('walkIns'),
    ])
    .where('b.visit_date', '=', q.date)
    .groupBy('b.slot_id')
    .as('f');
  let query = db
    .selectFrom('slot as s')
    .innerJoin('exhibition as e', 'e.id', 's.exhibition_id')
    .innerJoin('branch as br', 'br.id', 'e.branch_id')
    .leftJoin(visitors, 'f.slot_id', 's.id')
    .select([
      's.id',
      's.start_at',
      's.end_at',
      's.status',
      's.capacity',
      's.booked as placesTaken',
      's.offer_held',
      's.group_quota',
      's.group_booked',
      'e.id as exhibitionId',
      'e.title',
      'br.short_name as branchName',
      'f.booked',
      'f.arrived',
      'f.walkIns',
    ])
    .where('s.visit_date', '=', q.date);
  if (q.branchId !== null) query = query.where('e.branch_id', '=', q.branchId);
  return query.orderBy('s.start_at').orderBy('e.id').orderBy('s.id').execute();
}

/** Group visits waiting for staff review, from today on. */
export async function groupsAwaitingReview(db: Executor, q: { date: string; branchId: number | null }) {
  let query = db
    .selectFrom('booking as b')
    .innerJoin('exhibition as e', 'e.id', 'b.exhibition_id')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('b.kind', '=', 'GROUP')
    .where('b.status', '=', 'PENDING_REVIEW')
    .where('b.visit_date', '>=', q.date);
  if (q.branchId !== null) query = query.where('e.branch_id', '=', q.branchId);
  return Number((await query.executeTakeFirst())?.n ?? 0);
}

/** Open lookup requests concerning the archive (received or held there) by status, with those past their due date. */
export function openLookupsByStatus(db: Executor, q: { date: string; branchId: number | null }) {
  let query = db
    .selectFrom('lookup_request as l')
    .select([
      'l.status',
      sql<number>`count(*)`.as('n'),
      sql<number>`sum(case when l.due_on is not null and l.due_on < ${q.date} then 1 else 0 end)`.as('overdue'),
    ])
    .where('l.open_key', '=', 1)
    .groupBy('l.status');
  const branchId = q.branchId;
  if (branchId !== null) {
    query = query.where((eb) =>
      eb.or([eb('l.receiving_branch_id', '=', branchId), eb('l.holding_branch_id', '=', branchId)]),
    );
  }
  return query.execute();
}

/** Messages WeChat could not deliver (the 未送达消息 page's list), counted. */
export async function undeliveredMessageCount(db: Executor, branchId: number | null) {
  let query = db
    .selectFrom('notification_outbox')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('status', 'in', ['FAILED', 'NO_GRANT']);
  if (branchId !== null) query = query.where('branch_id', '=', branchId);
  return Number((await query.executeTakeFirst())?.n ?? 0);
}

// ---- trends over 30 or 90 days ------------------------------------------------------------------------------

/** Per day: visitors who came, split into those who booked and walk-ins, and booked visitors who did not come. */
export function dailyAttendance(db: Executor, q: { from: string; to: string; branchId: number | null }) {
  let query = db
    .selectFrom('booking_visitor as v')
    .innerJoin('booking as b', 'b.id', 'v.booking_id')
    .innerJoin('exhibition as e', 'e.id', 'v.exhibition_id')
    .select([
      'v.visit_date as date',
      sql<number>`sum(case when v.status = 'CHECKED_IN' and b.kind <> 'WALK_IN' then 1 else 0 end)`.as('bookedArrived'),
      sql<number>`sum(case when v.status = 'CHECKED_IN' and b.kind = 'WALK_IN' then 1 else 0 end)`.as('walkIns'),
      sql<number>`sum(case when v.status = 'NO_SHOW' then 1 else 0 end)`.as('noShows'),
    ])
    .where('v.visit_date', '>=', q.from)
    .where('v.visit_date', '<=', q.to)
    .groupBy('v.visit_date')
    .orderBy('v.visit_date');
  if (q.branchId !== null) query = query.where('e.branch_id', '=', q.branchId);
  return query.execute();
}

/** The archive a request is counted for: the one holding the record, or the one that received it while unrouted. */
const lookupArchive = sql<number>`coalesce(l.holding_branch_id, l.receiving_branch_id)`;

/** Requests submitted in the range per archive. */
export function lookupsSubmittedByBranch(db: Executor, q: { from: number; to: number; branchId: number | null }) {
  let query = db
    .selectFrom('lookup_request as l')
    .select([lookupArchive.as('branchId'), sql<number>`count(*)`.as('n')])
    .where('l.submitted_at', '>=', q.from)
    .where('l.submitted_at', '<', q.to)
    .groupBy(lookupArchive);
  if (q.branchId !== null) query = query.where(lookupArchive, '=', q.branchId);
  return query.execute();
}

/**
 * How long each request answered in the range took, per archive: (archive, milliseconds) pairs, at most `limit`.
 * Medians are taken in the service, since neither SQLite nor MySQL has a portable median; the range (≤ 90 days)
 * bounds the rows.
 */
export function lookupAnswerDurations(
  db: Executor,
  q: { from: number; to: number; branchId: number | null; limit: number },
) {
  let query = db
    .selectFrom('lookup_request as l')
    .select([lookupArchive.as('branchId'), sql<number>`l.closed_at - l.submitted_at`.as('ms')])
    .where('l.closed_at', '>=', q.from)
    .where('l.closed_at', '<', q.to)
    // Answered: the archive said yes or no; a citizen's withdrawal is no answer.
    .where('l.status', 'in', ['COMPLETED', 'REFUSED'])
    .limit(q.limit);
  if (q.branchId !== null) query = query.where(lookupArchive, '=', q.branchId);
  return query.execute();
}

/** The most-read articles in the range (distinct readers a day, as article_read counts them). */
export function mostReadArticles(
  db: Executor,
  q: { from: string; to: string; branchId: number | null; limit: number },
) {
  let query = db
    .selectFrom('article_read as r')
    .innerJoin('article as a', 'a.id', 'r.article_id')
    .select(['a.id', 'a.title', sql<number>`count(*)`.as('reads')])
    .where('r.business_date', '>=', q.from)
    .where('r.business_date', '<=', q.to)
    .groupBy(['a.id', 'a.title'])
    .orderBy(sql`count(*)`, 'desc')
    .orderBy('a.id')
    .limit(q.limit);
  if (q.branchId !== null) query = query.where('a.branch_id', '=', q.branchId);
  return query.execute();
}

export function branchNames(db: Executor) {
  return db.selectFrom('branch').select(['id', 'short_name']).orderBy('sort_order').execute();
}

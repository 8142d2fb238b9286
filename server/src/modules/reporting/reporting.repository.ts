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

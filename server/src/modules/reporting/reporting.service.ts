// Statistics for staff: per-day figures of one exhibition, or of every exhibition in their scope.
import { daysBetween, isBusinessDate } from '@zz/shared';
import type { Deps } from '../../context';
import { InputValidationError } from '../../errors';
import type { Actor } from '../../platform/access/actor';
import { branchFilterOf } from '../../platform/access/branch-scope';
import { requireManagedExhibition } from '../exhibitions/exhibition.service';
import { dailyVisitFigures } from './reporting.repository';

export interface DailyStatistics {
  date: string;
  bookings: number;
  bookedVisitors: number;
  checkedIn: number;
  noShows: number;
  cancelled: number;
  walkIns: number;
  groupVisitors: number;
}

export const MAX_STATISTICS_DAYS = 92;

/** Per-day figures over at most 92 days; branch staff see only their own archive. */
export async function statistics(
  deps: Deps,
  actor: Actor | null,
  input: { exhibitionId: number | null; from: string; to: string },
): Promise<DailyStatistics[]> {
  const branchId = branchFilterOf(actor);
  if (!isBusinessDate(input.from) || !isBusinessDate(input.to) || daysBetween(input.from, input.to) < 0) {
    throw InputValidationError.single('to', '日期范围无效');
  }
  if (daysBetween(input.from, input.to) > MAX_STATISTICS_DAYS) {
    throw InputValidationError.single('to', `统计范围最多${MAX_STATISTICS_DAYS}天`);
  }
  if (input.exhibitionId !== null) await requireManagedExhibition(deps, actor, input.exhibitionId);
  const rows = await dailyVisitFigures(deps.db, { ...input, branchId });
  return rows.map((r) => ({
    date: r.date,
    bookings: Number(r.bookings),
    bookedVisitors: Number(r.bookedVisitors),
    checkedIn: Number(r.checkedIn),
    noShows: Number(r.noShows),
    cancelled: Number(r.cancelled),
    walkIns: Number(r.walkIns),
    groupVisitors: Number(r.groupVisitors),
  }));
}

// Statistics for staff: per-day figures of one exhibition, or of every exhibition in their scope.
import {
  addDays,
  businessDateOf,
  daysBetween,
  honestPercent,
  instantOf,
  isBusinessDate,
  type LookupStatus,
  placesLeftForWalkIns,
  type SlotStatus,
} from '@zz/shared';
import type { Deps } from '../../context';
import { InputValidationError, NotAuthorizedError } from '../../errors';
import type { Actor } from '../../platform/access/actor';
import { branchFilterOf } from '../../platform/access/branch-scope';
import { requireManagedExhibition } from '../exhibitions/exhibition.service';
import {
  branchNames,
  dailyAttendance,
  dailyVisitFigures,
  groupsAwaitingReview,
  lookupAnswerDurations,
  lookupsSubmittedByBranch,
  mostReadArticles,
  openLookupsByStatus,
  todaySlotFigures,
  undeliveredMessageCount,
} from './reporting.repository';

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

// ---- the dashboard and the trends ---------------------------------------------------------------------------

/**
 * A share that stays honest: the counts always, the percentage only from MIN_RATE_SAMPLE upwards (null below),
 * so "100%" never stands for one visitor.
 */
export interface Ratio {
  part: number;
  whole: number;
  percent: number | null;
}
const ratio = (part: number, whole: number): Ratio => ({ part, whole, percent: honestPercent(part, whole) });

/** The archive a dashboard shows: the viewer's own, or for the city administration the one chosen (or all). */
function dashboardBranch(actor: Actor | null, requested: number | null): number | null {
  const scope = branchFilterOf(actor);
  if (scope === null) return requested;
  if (requested !== null && requested !== scope) throw new NotAuthorizedError('FORBIDDEN');
  return scope;
}

export interface DashboardSlot {
  id: number;
  exhibitionId: number;
  exhibitionTitle: string;
  branchName: string;
  startAt: number;
  endAt: number;
  status: SlotStatus;
  capacity: number;
  /** Visitors holding a place (online, group and walk-in; cancelled ones not). */
  booked: number;
  arrived: number;
  walkIns: number;
  /** Places still free for anyone (online or at the door), plus free group places. */
  remaining: number;
}

export interface LookupStateCount {
  status: LookupStatus;
  count: number;
  overdue: number;
}

export interface StaffDashboardToday {
  date: string;
  slots: DashboardSlot[];
  groupsAwaitingReview: number;
  openLookups: LookupStateCount[];
  lookupsOverdue: number;
  undeliveredMessages: number;
}

/** Today at a glance, in five statements whatever the number of slots or archives. */
export async function dashboardToday(
  deps: Deps,
  actor: Actor | null,
  input: { branchId: number | null },
): Promise<StaffDashboardToday> {
  const branchId = dashboardBranch(actor, input.branchId);
  const date = businessDateOf(deps.clock.now());
  const [slots, groups, lookups, undelivered] = await Promise.all([
    todaySlotFigures(deps.db, { date, branchId }),
    groupsAwaitingReview(deps.db, { date, branchId }),
    openLookupsByStatus(deps.db, { date, branchId }),
    undeliveredMessageCount(deps.db, branchId),
  ]);
  const openLookups = lookups.map((r) => ({
    status: r.status as LookupStatus,
    count: Number(r.n),
    overdue: Number(r.overdue ?? 0),
  }));
  return {
    date,
    slots: slots.map((s) => ({
      id: s.id,
      exhibitionId: s.exhibitionId,
      exhibitionTitle: s.title,
      branchName: s.branchName,
      startAt: Number(s.start_at),
      endAt: Number(s.end_at),
      status: s.status as SlotStatus,
      capacity: s.capacity,
      booked: Number(s.booked ?? 0),
      arrived: Number(s.arrived ?? 0),
      walkIns: Number(s.walkIns ?? 0),
      remaining:
        placesLeftForWalkIns({
          capacity: s.capacity,
          booked: Number(s.placesTaken),
          offerHeld: Number(s.offer_held),
          status: s.status as SlotStatus,
        }) + (s.status === 'OPEN' ? Math.max(Number(s.group_quota) - Number(s.group_booked), 0) : 0),
    })),
    groupsAwaitingReview: groups,
    openLookups,
    lookupsOverdue: openLookups.reduce((sum, r) => sum + r.overdue, 0),
    undeliveredMessages: undelivered,
  };
}

export const TREND_RANGES = [30, 90] as const;

export interface TrendDay {
  date: string;
  /** Visitors who booked and came. */
  bookedArrived: number;
  walkIns: number;
  noShows: number;
}

export interface BranchLookupTrend {
  branchId: number;
  branchName: string;
  submitted: number;
  answered: number;
  /** Median days from submission to the answer of the requests answered in the range; null when none were. */
  medianDaysToAnswer: number | null;
}

export interface ArticleReads {
  id: number;
  title: string;
  reads: number;
}

export interface StaffTrends {
  from: string;
  to: string;
  days: TrendDay[];
  /** Of visitors who booked and whose day is over: those who came. Walk-ins are not in it: they always come. */
  attendance: Ratio;
  noShowRate: Ratio;
  walkIns: number;
  lookups: BranchLookupTrend[];
  articles: ArticleReads[];
}

/** The median of numbers (the mean of the middle two for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Durations read for the medians at most: far above what 12 archives answer in 90 days. */
const MAX_DURATIONS = 100_000;
const DAY_MS = 24 * 3600 * 1000;

/** Figures over the last 30 or 90 days (today included), day by day and per archive. */
export async function trends(
  deps: Deps,
  actor: Actor | null,
  input: { days: number; branchId: number | null },
): Promise<StaffTrends> {
  if (!(TREND_RANGES as readonly number[]).includes(input.days)) {
    throw InputValidationError.single('days', '统计范围只能是30天或90天');
  }
  const branchId = dashboardBranch(actor, input.branchId);
  const to = businessDateOf(deps.clock.now());
  const from = addDays(to, -(input.days - 1));
  const instants = { from: instantOf(from), to: instantOf(addDays(to, 1)), branchId };
  const [days, submitted, durations, articles, branches] = await Promise.all([
    dailyAttendance(deps.db, { from, to, branchId }),
    lookupsSubmittedByBranch(deps.db, instants),
    lookupAnswerDurations(deps.db, { ...instants, limit: MAX_DURATIONS }),
    mostReadArticles(deps.db, { from, to, branchId, limit: 10 }),
    branchNames(deps.db),
  ]);
  const trendDays = days.map((d) => ({
    date: d.date,
    bookedArrived: Number(d.bookedArrived),
    walkIns: Number(d.walkIns),
    noShows: Number(d.noShows),
  }));
  const arrived = trendDays.reduce((sum, d) => sum + d.bookedArrived, 0);
  const noShows = trendDays.reduce((sum, d) => sum + d.noShows, 0);
  const perBranch = new Map<number, { submitted: number; durations: number[] }>();
  const entry = (id: number) => {
    const found = perBranch.get(id) ?? { submitted: 0, durations: [] };
    perBranch.set(id, found);
    return found;
  };
  for (const row of submitted) entry(Number(row.branchId)).submitted = Number(row.n);
  for (const row of durations) entry(Number(row.branchId)).durations.push(Number(row.ms) / DAY_MS);
  const lookups = branches
    .filter((b) => perBranch.has(b.id))
    .map((b) => {
      const figures = perBranch.get(b.id) as { submitted: number; durations: number[] };
      const middle = median(figures.durations);
      return {
        branchId: b.id,
        branchName: b.short_name,
        submitted: figures.submitted,
        answered: figures.durations.length,
        medianDaysToAnswer: middle === null ? null : Math.round(middle * 10) / 10,
      };
    });
  return {
    from,
    to,
    days: trendDays,
    attendance: ratio(arrived, arrived + noShows),
    noShowRate: ratio(noShows, arrived + noShows),
    walkIns: trendDays.reduce((sum, d) => sum + d.walkIns, 0),
    lookups,
    articles: articles.map((a) => ({ id: a.id, title: a.title, reads: Number(a.reads) })),
  };
}

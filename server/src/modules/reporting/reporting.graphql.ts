// Staff statistics.
import { builder } from '../../builder';
import { InputValidationError, NotAuthorizedError, NotFoundError } from '../../errors';
import { parseId } from '../../graphql/ids';
import { depsOf } from '../../graphql/mutation';
import { MANAGER_SCOPES } from '../../platform/access/scopes';
import { LookupStatusEnum } from '../lookup/lookup.graphql';
import { SlotStatusEnum } from '../scheduling/scheduling.graphql';
import {
  type ArticleReads,
  type BranchLookupTrend,
  type DailyStatistics,
  type DashboardSlot,
  dashboardToday,
  type LookupStateCount,
  type Ratio,
  type StaffDashboardToday,
  type StaffTrends,
  statistics,
  type TrendDay,
  trends,
} from './reporting.service';

const DailyStatisticsRef = builder.objectRef<DailyStatistics>('DailyStatistics').implement({
  fields: (t) => ({
    date: t.field({ type: 'Date', resolve: (s) => s.date }),
    bookings: t.exposeInt('bookings'),
    bookedVisitors: t.exposeInt('bookedVisitors'),
    checkedIn: t.exposeInt('checkedIn'),
    noShows: t.exposeInt('noShows'),
    cancelled: t.exposeInt('cancelled'),
    walkIns: t.exposeInt('walkIns'),
    groupVisitors: t.exposeInt('groupVisitors'),
  }),
});

builder.queryField('bookingStatistics', (t) =>
  t.field({
    type: [DailyStatisticsRef],
    authScopes: MANAGER_SCOPES,
    // An unknown exhibition, a reversed range or one over 92 days is a typed answer, not a masked error.
    errors: { types: [InputValidationError, NotAuthorizedError, NotFoundError] },
    args: { exhibitionId: t.arg.id({ required: false }), from: t.arg({ type: 'Date' }), to: t.arg({ type: 'Date' }) },
    resolve: (_root, args, ctx) =>
      statistics(depsOf(ctx), ctx.viewer, {
        exhibitionId:
          args.exhibitionId === null || args.exhibitionId === undefined
            ? null
            : parseId(args.exhibitionId, 'exhibitionId'),
        from: args.from,
        to: args.to,
      }),
  }),
);

const RatioRef = builder.objectRef<Ratio>('Ratio').implement({
  description: 'A share shown honestly: the counts always, the percentage only for samples of 20 or more.',
  fields: (t) => ({
    part: t.exposeInt('part'),
    whole: t.exposeInt('whole'),
    percent: t.exposeInt('percent', { nullable: true, description: 'null below 20: show "part / whole" instead' }),
  }),
});

const DashboardSlotRef = builder.objectRef<DashboardSlot>('DashboardSlot').implement({
  fields: (t) => ({
    id: t.id({ resolve: (s) => s.id }),
    exhibitionId: t.id({ resolve: (s) => s.exhibitionId }),
    exhibitionTitle: t.exposeString('exhibitionTitle'),
    branchName: t.exposeString('branchName'),
    startAt: t.field({ type: 'DateTime', resolve: (s) => s.startAt }),
    endAt: t.field({ type: 'DateTime', resolve: (s) => s.endAt }),
    status: t.field({ type: SlotStatusEnum, resolve: (s) => s.status }),
    capacity: t.exposeInt('capacity'),
    booked: t.exposeInt('booked', { description: 'Visitors holding a place (cancelled ones not)' }),
    arrived: t.exposeInt('arrived'),
    walkIns: t.exposeInt('walkIns'),
    remaining: t.exposeInt('remaining', { description: 'Free places (individual and group)' }),
  }),
});

const LookupStateCountRef = builder.objectRef<LookupStateCount>('LookupStateCount').implement({
  fields: (t) => ({
    status: t.field({ type: LookupStatusEnum, resolve: (r) => r.status }),
    count: t.exposeInt('count'),
    overdue: t.exposeInt('overdue'),
  }),
});

const StaffDashboardRef = builder.objectRef<StaffDashboardToday>('StaffDashboard').implement({
  fields: (t) => ({
    date: t.field({ type: 'Date', resolve: (d) => d.date }),
    slots: t.field({ type: [DashboardSlotRef], resolve: (d) => d.slots }),
    groupsAwaitingReview: t.exposeInt('groupsAwaitingReview'),
    openLookups: t.field({ type: [LookupStateCountRef], resolve: (d) => d.openLookups }),
    lookupsOverdue: t.exposeInt('lookupsOverdue'),
    undeliveredMessages: t.exposeInt('undeliveredMessages'),
  }),
});

builder.queryField('staffDashboard', (t) =>
  t.field({
    type: StaffDashboardRef,
    description: 'Today across the archives in scope; the city administration may pick one archive.',
    authScopes: MANAGER_SCOPES,
    errors: { types: [InputValidationError, NotAuthorizedError] },
    args: { branchId: t.arg.id({ required: false }) },
    resolve: (_root, args, ctx) =>
      dashboardToday(depsOf(ctx), ctx.viewer, {
        branchId: args.branchId === null || args.branchId === undefined ? null : parseId(args.branchId, 'branchId'),
      }),
  }),
);

const TrendDayRef = builder.objectRef<TrendDay>('TrendDay').implement({
  fields: (t) => ({
    date: t.field({ type: 'Date', resolve: (d) => d.date }),
    bookedArrived: t.exposeInt('bookedArrived', { description: 'Visitors who booked and came' }),
    walkIns: t.exposeInt('walkIns'),
    noShows: t.exposeInt('noShows'),
  }),
});

const BranchLookupTrendRef = builder.objectRef<BranchLookupTrend>('BranchLookupTrend').implement({
  fields: (t) => ({
    branchId: t.id({ resolve: (b) => b.branchId }),
    branchName: t.exposeString('branchName'),
    submitted: t.exposeInt('submitted'),
    answered: t.exposeInt('answered'),
    medianDaysToAnswer: t.exposeFloat('medianDaysToAnswer', { nullable: true }),
  }),
});

const ArticleReadsRef = builder.objectRef<ArticleReads>('ArticleReads').implement({
  fields: (t) => ({
    id: t.id({ resolve: (a) => a.id }),
    title: t.exposeString('title'),
    reads: t.exposeInt('reads'),
  }),
});

const StaffTrendsRef = builder.objectRef<StaffTrends>('StaffTrends').implement({
  fields: (t) => ({
    from: t.field({ type: 'Date', resolve: (d) => d.from }),
    to: t.field({ type: 'Date', resolve: (d) => d.to }),
    days: t.field({ type: [TrendDayRef], resolve: (d) => d.days }),
    attendance: t.field({
      type: RatioRef,
      description: 'Booked visitors who came, of those whose day is over; walk-ins apart',
      resolve: (d) => d.attendance,
    }),
    noShowRate: t.field({ type: RatioRef, resolve: (d) => d.noShowRate }),
    walkIns: t.exposeInt('walkIns'),
    lookups: t.field({ type: [BranchLookupTrendRef], resolve: (d) => d.lookups }),
    articles: t.field({ type: [ArticleReadsRef], resolve: (d) => d.articles }),
  }),
});

builder.queryField('staffTrends', (t) =>
  t.field({
    type: StaffTrendsRef,
    description: 'The last 30 or 90 days (today included); the city administration may pick one archive.',
    authScopes: MANAGER_SCOPES,
    errors: { types: [InputValidationError, NotAuthorizedError] },
    args: { days: t.arg.int(), branchId: t.arg.id({ required: false }) },
    resolve: (_root, args, ctx) =>
      trends(depsOf(ctx), ctx.viewer, {
        days: args.days,
        branchId: args.branchId === null || args.branchId === undefined ? null : parseId(args.branchId, 'branchId'),
      }),
  }),
);

// Staff statistics.
import { builder } from '../../builder';
import { InputValidationError, NotAuthorizedError, NotFoundError } from '../../errors';
import { parseId } from '../../graphql/ids';
import { depsOf } from '../../graphql/mutation';
import { CHECKER_SCOPES } from '../../platform/access/scopes';
import { type DailyStatistics, statistics } from './reporting.service';

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
    authScopes: CHECKER_SCOPES,
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

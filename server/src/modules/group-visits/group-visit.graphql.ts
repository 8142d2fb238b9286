// Group visits: the request and roster of a school or work unit, and the staff review.
import { businessDateOf, type VisitorInput } from '@zz/shared';
import { builder } from '../../builder';
import { InputValidationError, NotAuthorizedError, NotFoundError } from '../../errors';
import { ErrorInterface } from '../../graphql/common.graphql';
import { idOrNull, parseId } from '../../graphql/ids';
import { depsOf, inMutation } from '../../graphql/mutation';
import { MANAGER_SCOPES } from '../../platform/access/scopes';
import { admitBookingAttempt } from '../visits/booking.service';
import { BookingNotFoundError, DuplicateVisitorError } from '../visits/visit.errors';
import { BookingRef, BookingStatusEnum, bookingAttemptErrors, VisitorInputRef } from '../visits/visit.graphql';
import { GroupQuotaFullError, GroupRuleError } from './group-visit.errors';
import { groupVisits, requestGroupVisit, reviewGroupVisit, updateGroupRoster } from './group-visit.service';

builder.objectType(GroupRuleError, {
  name: 'GroupRuleError',
  interfaces: [ErrorInterface],
  fields: (t) => ({ rule: t.exposeString('rule', { description: 'SIZE, ADULT_RATIO, ROSTER_LOCKED or NOT_PENDING' }) }),
});
builder.objectType(GroupQuotaFullError, {
  name: 'GroupQuotaFullError',
  interfaces: [ErrorInterface],
  fields: (t) => ({ remaining: t.exposeInt('remaining') }),
});

const GroupVisitInput = builder.inputType('GroupVisitInput', {
  fields: (t) => ({
    slotId: t.id(),
    organization: t.string(),
    leaderName: t.string(),
    leaderPhone: t.string(),
    roster: t.field({ type: [VisitorInputRef] }),
    idempotencyKey: t.string(),
  }),
});

builder.mutationField('requestGroupVisit', (t) =>
  t.field({
    type: BookingRef,
    description: 'A group within the group-size rule, from the slot’s group quota, held pending staff review.',
    authScopes: { citizen: true },
    errors: { types: [...bookingAttemptErrors, GroupRuleError, GroupQuotaFullError] },
    args: { input: t.arg({ type: GroupVisitInput }) },
    resolve: async (_root, { input }, ctx) => {
      await admitBookingAttempt(ctx, ctx.viewer, ctx.clientAddress);
      return inMutation(ctx, (deps) =>
        requestGroupVisit(deps, ctx.viewer, {
          ...input,
          slotId: parseId(input.slotId, 'slotId'),
          roster: input.roster as VisitorInput[],
        }),
      );
    },
  }),
);

builder.mutationField('updateGroupRoster', (t) =>
  t.field({
    type: BookingRef,
    authScopes: { citizen: true },
    errors: {
      types: [
        InputValidationError,
        NotAuthorizedError,
        BookingNotFoundError,
        GroupRuleError,
        GroupQuotaFullError,
        DuplicateVisitorError,
      ],
    },
    args: { bookingId: t.arg.id(), roster: t.arg({ type: [VisitorInputRef] }) },
    resolve: (_root, { bookingId, roster }, ctx) =>
      inMutation(ctx, (deps) => {
        const id = idOrNull(bookingId);
        if (id === null) throw new BookingNotFoundError();
        return updateGroupRoster(deps, ctx.viewer, { bookingId: id, roster: roster as VisitorInput[] });
      }),
  }),
);

builder.mutationField('reviewGroupVisit', (t) =>
  t.field({
    type: BookingRef,
    authScopes: MANAGER_SCOPES,
    errors: { types: [InputValidationError, NotAuthorizedError, NotFoundError, BookingNotFoundError, GroupRuleError] },
    args: { bookingId: t.arg.id(), approve: t.arg.boolean(), note: t.arg.string({ required: false }) },
    resolve: (_root, { bookingId, approve, note }, ctx) =>
      inMutation(ctx, (deps) => {
        const id = idOrNull(bookingId);
        if (id === null) throw new BookingNotFoundError();
        return reviewGroupVisit(deps, ctx.viewer, { bookingId: id, approve, note: note ?? null });
      }),
  }),
);

builder.queryField('groupVisits', (t) =>
  t.field({
    type: [BookingRef],
    description: 'Group visits of the archives in scope from today on, by status (default: awaiting review).',
    authScopes: MANAGER_SCOPES,
    args: { status: t.arg({ type: BookingStatusEnum, defaultValue: 'PENDING_REVIEW' }) },
    resolve: (_root, { status }, ctx) => groupVisits(depsOf(ctx), ctx.viewer, status, businessDateOf(ctx.clock.now())),
  }),
);

// The waiting list (候补) as citizens use it.
import { type VisitorInput, WAITLIST_STATUS_LABELS, WAITLIST_STATUSES } from '@zz/shared';
import { builder } from '../../builder';
import { NotAuthorizedError } from '../../errors';
import { ErrorInterface } from '../../graphql/common.graphql';
import { idOrNull, parseId, parseIds } from '../../graphql/ids';
import { depsOf, inMutation } from '../../graphql/mutation';
import { enumFromVocabulary } from '../../graphql/vocabulary';
import { SlotClosedError } from '../scheduling/scheduling.errors';
import { SlotRef } from '../scheduling/scheduling.graphql';
import { admitBookingAttempt } from '../visits/booking.service';
import { frequentVisitorsForBooking } from '../visits/frequent-visitor.service';
import { DuplicateVisitorError } from '../visits/visit.errors';
import { BookingRef, bookingAttemptErrors, VisitorInputRef } from '../visits/visit.graphql';
import { WaitlistNotAvailableError } from './waitlist.errors';
import { acceptWaitlistOffer, joinWaitlist, leaveWaitlist, myWaitlist, type WaitlistEntry } from './waitlist.service';

const WaitlistStatusEnum = enumFromVocabulary('WaitlistStatus', WAITLIST_STATUSES, WAITLIST_STATUS_LABELS);

builder.objectType(WaitlistNotAvailableError, {
  name: 'WaitlistNotAvailableError',
  interfaces: [ErrorInterface],
  fields: (t) => ({ reason: t.exposeString('reason') }),
});

const WaitlistEntryRef = builder.objectRef<WaitlistEntry>('WaitlistEntry').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    partySize: t.exposeInt('partySize'),
    status: t.field({ type: WaitlistStatusEnum, resolve: (w) => w.status }),
    position: t.exposeInt('position', { nullable: true, description: 'Place in the queue while waiting' }),
    offeredUntil: t.field({ type: 'DateTime', nullable: true, resolve: (w) => w.offeredUntil }),
    bookingId: t.exposeID('bookingId', { nullable: true }),
    createdAt: t.field({ type: 'DateTime', resolve: (w) => w.createdAt }),
    slot: t.field({ type: SlotRef, nullable: true, resolve: (w) => w.slotId }),
  }),
});

const JoinWaitlistInput = builder.inputType('JoinWaitlistInput', {
  fields: (t) => ({
    slotId: t.id(),
    visitors: t.field({ type: [VisitorInputRef], required: false }),
    frequentVisitorIds: t.idList({ required: false }),
    phone: t.string(),
  }),
});

builder.mutationField('joinWaitlist', (t) =>
  t.field({
    type: WaitlistEntryRef,
    authScopes: { citizen: true },
    errors: { types: [...bookingAttemptErrors, WaitlistNotAvailableError] },
    args: { input: t.arg({ type: JoinWaitlistInput }) },
    resolve: async (_root, { input }, ctx) => {
      await admitBookingAttempt(ctx, ctx.viewer, ctx.clientAddress);
      return inMutation(ctx, async (deps) => {
        const ids = parseIds(input.frequentVisitorIds, 'frequentVisitorIds');
        return joinWaitlist(deps, ctx.viewer, {
          slotId: parseId(input.slotId, 'slotId'),
          visitors: (input.visitors ?? []) as VisitorInput[],
          frequentVisitorIds: ids,
          savedVisitors: await frequentVisitorsForBooking(deps, ctx.viewer, ids),
          phone: input.phone,
        });
      });
    },
  }),
);

builder.mutationField('acceptWaitlistOffer', (t) =>
  t.field({
    type: BookingRef,
    authScopes: { citizen: true },
    errors: { types: [NotAuthorizedError, WaitlistNotAvailableError, SlotClosedError, DuplicateVisitorError] },
    args: { id: t.arg.id() },
    resolve: (_root, { id }, ctx) =>
      inMutation(ctx, (deps) => {
        const entryId = idOrNull(id);
        if (entryId === null) throw new WaitlistNotAvailableError('NOT_OFFERED');
        return acceptWaitlistOffer(deps, ctx.viewer, entryId);
      }),
  }),
);

builder.mutationField('leaveWaitlist', (t) =>
  t.field({
    type: WaitlistEntryRef,
    authScopes: { citizen: true },
    errors: { types: [NotAuthorizedError, WaitlistNotAvailableError] },
    args: { id: t.arg.id() },
    resolve: (_root, { id }, ctx) =>
      inMutation(ctx, (deps) => {
        const entryId = idOrNull(id);
        if (entryId === null) throw new WaitlistNotAvailableError('NOT_OFFERED');
        return leaveWaitlist(deps, ctx.viewer, entryId);
      }),
  }),
);

builder.queryField('myWaitlist', (t) =>
  t.field({
    type: [WaitlistEntryRef],
    authScopes: { citizen: true },
    resolve: (_r, _a, ctx) => myWaitlist(depsOf(ctx), ctx.viewer),
  }),
);

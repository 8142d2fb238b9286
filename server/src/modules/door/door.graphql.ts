// The door: check-in, walk-ins and the day's roster, for every staff role.

import type { VisitorInput } from '@zz/shared';
import { builder } from '../../builder';
import { InputValidationError, NotAuthorizedError, NotFoundError } from '../../errors';
import { ErrorInterface } from '../../graphql/common.graphql';
import { idOrNull, parseId } from '../../graphql/ids';
import { depsOf, inMutation } from '../../graphql/mutation';
import { CHECKER_SCOPES } from '../../platform/access/scopes';
import { SlotClosedError, SlotFullError } from '../scheduling/scheduling.errors';
import { loadSlot, SlotRef } from '../scheduling/scheduling.graphql';
import { DuplicateVisitorError } from '../visits/visit.errors';
import { BookingRef, DocumentTypeEnum, VisitorInputRef } from '../visits/visit.graphql';
import { checkedInCounts } from '../visits/visit.service';
import { TicketRejectedError } from './door.errors';
import { type CheckInResult, checkInByDocument, checkInTicket, registerWalkIn, slotRoster } from './door.service';

builder.objectType(TicketRejectedError, {
  name: 'TicketRejectedError',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    reason: t.exposeString('reason', {
      description: 'INVALID, NOT_FOUND, ALREADY_CHECKED_IN, CANCELLED, NOT_CONFIRMED, WRONG_DAY, TOO_EARLY or TOO_LATE',
    }),
    checkedInAt: t.field({ type: 'DateTime', nullable: true, resolve: (e) => e.checkedInAt }),
    visitDate: t.field({ type: 'Date', nullable: true, resolve: (e) => e.visitDate }),
    slotStartAt: t.field({ type: 'DateTime', nullable: true, resolve: (e) => e.slotStartAt }),
  }),
});

const CheckInResultRef = builder.objectRef<CheckInResult>('CheckInResult').implement({
  fields: (t) => ({
    booking: t.field({ type: BookingRef, resolve: (r) => r.booking }),
    admitted: t.exposeInt('admitted', { description: 'People admitted by this check-in' }),
    slotStartAt: t.field({ type: 'DateTime', resolve: (r) => r.slotStartAt }),
  }),
});

builder.objectFields(SlotRef, (t) => ({
  // The check-ins of every slot a staff view lists come in one query.
  checkedIn: t.loadable({
    type: 'Int',
    description: 'Visitors checked in so far',
    authScopes: { staff: true },
    load: (slotIds: number[], ctx) => checkedInCounts(ctx.db, slotIds),
    resolve: (s) => s.id,
  }),
}));

builder.mutationField('checkInTicket', (t) =>
  t.field({
    type: CheckInResultRef,
    description: 'Checks in a scanned e-ticket. A group leader’s ticket takes the headcount at the door.',
    authScopes: CHECKER_SCOPES,
    errors: { types: [InputValidationError, NotAuthorizedError, TicketRejectedError] },
    args: { token: t.arg.string(), headcount: t.arg.int({ required: false }) },
    resolve: (_root, { token, headcount }, ctx) =>
      inMutation(ctx, (deps) => checkInTicket(deps, ctx.viewer, token, headcount ?? null)),
  }),
);

builder.mutationField('checkInByDocument', (t) =>
  t.field({
    type: CheckInResultRef,
    description: 'Manual check-in for visitors without a phone: the document number finds the visit.',
    authScopes: CHECKER_SCOPES,
    errors: { types: [InputValidationError, NotAuthorizedError, TicketRejectedError] },
    args: {
      slotId: t.arg.id(),
      documentType: t.arg({ type: DocumentTypeEnum, defaultValue: 'RESIDENT_ID' }),
      documentNumber: t.arg.string(),
    },
    resolve: (_root, args, ctx) =>
      inMutation(ctx, (deps) =>
        checkInByDocument(deps, ctx.viewer, {
          slotId: parseId(args.slotId, 'slotId'),
          documentType: args.documentType,
          documentNumber: args.documentNumber,
        }),
      ),
  }),
);

builder.mutationField('registerWalkIn', (t) =>
  t.field({
    type: BookingRef,
    description: '现场登记: counts against capacity (walk-in quota first) and checks in at once.',
    authScopes: CHECKER_SCOPES,
    errors: {
      types: [
        InputValidationError,
        NotAuthorizedError,
        NotFoundError,
        SlotFullError,
        SlotClosedError,
        DuplicateVisitorError,
      ],
    },
    args: { slotId: t.arg.id(), visitors: t.arg({ type: [VisitorInputRef] }) },
    resolve: (_root, { slotId, visitors }, ctx) =>
      inMutation(ctx, (deps) =>
        registerWalkIn(deps, ctx.viewer, { slotId: parseId(slotId, 'slotId'), visitors: visitors as VisitorInput[] }),
      ),
  }),
);

builder.queryField('slotRoster', (t) =>
  t.field({
    type: [BookingRef],
    description: 'Every booking of a slot with masked personal data.',
    authScopes: CHECKER_SCOPES,
    args: { slotId: t.arg.id() },
    resolve: async (_root, { slotId }, ctx) => {
      const id = idOrNull(slotId);
      // The roster page asks for the slot too: one loader serves both. An unknown slot has no bookings.
      const slot = await loadSlot(ctx, id);
      return slot ? slotRoster(depsOf(ctx), ctx.viewer, slot) : [];
    },
  }),
);

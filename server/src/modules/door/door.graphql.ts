// The door: check-in, walk-ins and the day's roster, for every staff role.

import type { VisitorInput } from '@zz/shared';
import { builder } from '../../builder';
import { InputValidationError, NotAuthorizedError, NotFoundError } from '../../errors';
import { ErrorInterface } from '../../graphql/common.graphql';
import { idOrNull, parseId } from '../../graphql/ids';
import { depsOf, inMutation } from '../../graphql/mutation';
import { CHECKER_SCOPES, MANAGER_SCOPES } from '../../platform/access/scopes';
import { auditSourceOf } from '../../platform/audit/audit-log';
import { SlotClosedError, SlotFullError } from '../scheduling/scheduling.errors';
import { loadSlot, SlotRef } from '../scheduling/scheduling.graphql';
import { DuplicateVisitorError } from '../visits/visit.errors';
import { BookingRef, DocumentTypeEnum, VisitorInputRef } from '../visits/visit.graphql';
import { checkedInCounts } from '../visits/visit.service';
import { CheckInUndoRefusedError, OutsideEntryWindowError, TicketRejectedError } from './door.errors';
import {
  type CheckInResult,
  checkInByDocument,
  checkInTicket,
  checkInVisitors,
  overrideCheckIn,
  type RevealedVisitor,
  registerWalkIn,
  slotDoorFigures,
  slotRoster,
  undoCheckIn,
} from './door.service';

/** What every audited door action records of its request. */
const doorRequest = (ctx: Parameters<typeof auditSourceOf>[0]) => ({ source: auditSourceOf(ctx) });

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
    maskedName: t.string({
      nullable: true,
      description: 'Who the ticket is for, masked (张*): the visitor scanned, the leader or the first of the party',
      resolve: (e) => e.party?.maskedName ?? null,
    }),
    partySize: t.int({ nullable: true, resolve: (e) => e.party?.partySize ?? null }),
    opensAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'For WRONG_DAY, TOO_EARLY and TOO_LATE: the first instant of entry',
      resolve: (e) => e.window?.opensAt ?? null,
    }),
    closesAt: t.field({ type: 'DateTime', nullable: true, resolve: (e) => e.window?.closesAt ?? null }),
  }),
});

builder.objectType(OutsideEntryWindowError, {
  name: 'OutsideEntryWindowError',
  description: 'A walk-in outside the entry window of the slot, the same window a ticket keeps',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    reason: t.exposeString('reason', { description: 'WRONG_DAY, TOO_EARLY or TOO_LATE' }),
    slotStartAt: t.field({ type: 'DateTime', resolve: (e) => e.slotStartAt }),
    opensAt: t.field({ type: 'DateTime', resolve: (e) => e.opensAt }),
    closesAt: t.field({ type: 'DateTime', resolve: (e) => e.closesAt }),
  }),
});

builder.objectType(CheckInUndoRefusedError, {
  name: 'CheckInUndoRefusedError',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    reason: t.exposeString('reason', { description: 'NOT_CHECKED_IN or TOO_LATE' }),
    undoMinutes: t.exposeInt('undoMinutes'),
  }),
});

const RevealedVisitorRef = builder.objectRef<RevealedVisitor>('RevealedVisitor').implement({
  description: 'A visitor admitted, named in full for staff to match the ID card (each reveal is audited)',
  fields: (t) => ({
    visitorId: t.id({ resolve: (v) => v.visitorId }),
    name: t.exposeString('name'),
    documentType: t.field({ type: DocumentTypeEnum, resolve: (v) => v.documentType }),
    documentTail: t.exposeString('documentTail', { description: 'The last 4 characters of the document number' }),
  }),
});

interface DoorFigures {
  booked: number;
  arrived: number;
  remaining: number;
  opensAt: number;
  closesAt: number;
  undoMinutes: number;
}

const DoorFiguresRef = builder.objectRef<DoorFigures>('SlotDoorFigures').implement({
  description: 'Live counts of one slot at the door, read from the database (right whichever door admitted)',
  fields: (t) => ({
    booked: t.exposeInt('booked', { description: 'Visitors booked: arrived, expected or missed' }),
    arrived: t.exposeInt('arrived'),
    remaining: t.exposeInt('remaining', { description: 'Booked and not arrived yet' }),
    opensAt: t.field({ type: 'DateTime', resolve: (f) => f.opensAt }),
    closesAt: t.field({ type: 'DateTime', resolve: (f) => f.closesAt }),
    undoMinutes: t.exposeInt('undoMinutes', { description: 'Minutes within which a check-in may be undone' }),
  }),
});

const CheckInResultRef = builder.objectRef<CheckInResult>('CheckInResult').implement({
  fields: (t) => ({
    booking: t.field({ type: BookingRef, resolve: (r) => r.booking }),
    admitted: t.exposeInt('admitted', { description: 'People admitted by this check-in' }),
    slotStartAt: t.field({ type: 'DateTime', resolve: (r) => r.slotStartAt }),
    revealed: t.field({ type: [RevealedVisitorRef], resolve: (r) => r.revealed }),
    replayed: t.exposeBoolean('replayed', {
      description: 'True when this scan id had been applied already: the answer is the first outcome',
    }),
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
    args: {
      token: t.arg.string(),
      headcount: t.arg.int({ required: false }),
      scanId: t.arg.string({
        required: false,
        description: "The device's id of a scan queued offline: applied once however often it is sent",
      }),
      scannedAt: t.arg({ type: 'DateTime', required: false, description: 'When the device scanned (with scanId)' }),
    },
    resolve: (_root, { token, headcount, scanId, scannedAt }, ctx) => {
      const scan = scanId ? { scanId, scannedAt: scannedAt ?? ctx.clock.now() } : null;
      return inMutation(ctx, (deps) =>
        checkInTicket(deps, ctx.viewer, token, headcount ?? null, { ...doorRequest(ctx), scan }),
      );
    },
  }),
);

builder.mutationField('checkInVisitors', (t) =>
  t.field({
    type: CheckInResultRef,
    description: 'From the roster: checks in the chosen visitors of a booking (a party arriving split).',
    authScopes: CHECKER_SCOPES,
    errors: { types: [InputValidationError, NotAuthorizedError, TicketRejectedError] },
    args: { bookingId: t.arg.id(), visitorIds: t.arg.idList() },
    resolve: (_root, args, ctx) =>
      inMutation(ctx, (deps) =>
        checkInVisitors(
          deps,
          ctx.viewer,
          {
            bookingId: parseId(args.bookingId, 'bookingId'),
            visitorIds: args.visitorIds.map((id) => parseId(id, 'visitorIds')),
          },
          doorRequest(ctx),
        ),
      ),
  }),
);

builder.mutationField('undoCheckIn', (t) =>
  t.field({
    type: BookingRef,
    description: "Undoes a visitor's mistaken check-in within CHECK_IN_UNDO_MINUTES of it; recorded in the audit log.",
    authScopes: CHECKER_SCOPES,
    errors: { types: [InputValidationError, NotAuthorizedError, TicketRejectedError, CheckInUndoRefusedError] },
    args: { visitorId: t.arg.id() },
    resolve: (_root, { visitorId }, ctx) =>
      inMutation(ctx, (deps) =>
        undoCheckIn(
          deps,
          ctx.viewer,
          { visitorId: parseId(visitorId, 'visitorId'), undoMinutes: ctx.config.door.undoMinutes },
          doorRequest(ctx),
        ),
      ),
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
        checkInByDocument(
          deps,
          ctx.viewer,
          {
            slotId: parseId(args.slotId, 'slotId'),
            documentType: args.documentType,
            documentNumber: args.documentNumber,
          },
          doorRequest(ctx),
        ),
      ),
  }),
);

builder.mutationField('overrideCheckIn', (t) =>
  t.field({
    type: CheckInResultRef,
    description:
      '特殊放行: admits a ticket (token) or a typed document (slotId, documentNumber) that the entry window refuses ' +
      'that day, with a reason (2–100 characters) recorded in the audit log. Managers only; checkers are refused.',
    authScopes: MANAGER_SCOPES,
    errors: { types: [InputValidationError, NotAuthorizedError, TicketRejectedError] },
    args: {
      token: t.arg.string({ required: false }),
      slotId: t.arg.id({ required: false }),
      documentType: t.arg({ type: DocumentTypeEnum, defaultValue: 'RESIDENT_ID' }),
      documentNumber: t.arg.string({ required: false }),
      reason: t.arg.string(),
    },
    resolve: (_root, args, ctx) =>
      inMutation(ctx, (deps) =>
        overrideCheckIn(
          deps,
          ctx.viewer,
          {
            token: args.token ?? null,
            document:
              args.slotId && args.documentNumber
                ? {
                    slotId: parseId(args.slotId, 'slotId'),
                    documentType: args.documentType,
                    documentNumber: args.documentNumber,
                  }
                : null,
            reason: args.reason,
          },
          doorRequest(ctx),
        ),
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
        OutsideEntryWindowError,
        DuplicateVisitorError,
      ],
    },
    args: { slotId: t.arg.id(), visitors: t.arg({ type: [VisitorInputRef] }) },
    resolve: (_root, { slotId, visitors }, ctx) =>
      inMutation(ctx, (deps) =>
        registerWalkIn(
          deps,
          ctx.viewer,
          { slotId: parseId(slotId, 'slotId'), visitors: visitors as VisitorInput[] },
          doorRequest(ctx),
        ),
      ),
  }),
);

builder.queryField('slotRoster', (t) =>
  t.field({
    type: [BookingRef],
    description:
      'Every booking of a slot with masked personal data, or those a search finds (name, phone tail, reference).',
    authScopes: CHECKER_SCOPES,
    args: { slotId: t.arg.id(), search: t.arg.string({ required: false }) },
    resolve: async (_root, { slotId, search }, ctx) => {
      const id = idOrNull(slotId);
      // The roster page asks for the slot too: one loader serves both. An unknown slot has no bookings.
      const slot = await loadSlot(ctx, id);
      return slot ? slotRoster(depsOf(ctx), ctx.viewer, slot, search ?? null) : [];
    },
  }),
);

builder.queryField('slotDoorFigures', (t) =>
  t.field({
    type: DoorFiguresRef,
    nullable: true,
    description: 'Booked, arrived and remaining visitors of a slot, for the door to poll.',
    authScopes: CHECKER_SCOPES,
    args: { slotId: t.arg.id() },
    resolve: async (_root, { slotId }, ctx) => {
      const slot = await loadSlot(ctx, idOrNull(slotId));
      if (!slot) return null;
      return { ...(await slotDoorFigures(depsOf(ctx), ctx.viewer, slot)), undoMinutes: ctx.config.door.undoMinutes };
    },
  }),
);

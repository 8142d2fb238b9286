// Staff operations: check-in at the door, walk-ins, the day roster, closing slots and days, capacity,
// group review and statistics. Authorisation is declared here with scope-auth.

import { businessDateOf } from '@zz/shared';
import { builder } from '../../builder';
import { InputValidationError, NotAuthorizedError, NotFoundError } from '../common/errors';
import { CHECKER_SCOPES, MANAGER_SCOPES } from '../common/scopes';
import { CapacityBelowBookedError } from '../slots/slot.errors';
import { SlotRef } from '../slots/slot.graphql';
import { findSlot } from '../slots/slot.repository';
import { loadPolicy, toSlot } from '../slots/slot.service';
import {
  BookingNotFoundError,
  DuplicateVisitorError,
  GroupRuleError,
  SlotFullError,
  TicketRejectedError,
} from './booking.errors';
import { BookingRef, BookingStatusEnum, DocumentTypeEnum, VisitorInputRef } from './booking.graphql';
import { type CheckInResult, checkInByDocument, checkInTicket } from './checkin.service';
import { reviewGroupVisit } from './group.service';
import type { VisitorInput } from './party';
import {
  assertExhibitionInScope,
  changeSlotCapacity,
  closeDay,
  closeSlot,
  type DailyStatistics,
  groupVisits,
  registerWalkIn,
  slotInScope,
  slotRoster,
  statistics,
} from './staff.service';

const CheckInResultRef = builder.objectRef<CheckInResult>('CheckInResult').implement({
  fields: (t) => ({
    booking: t.field({ type: BookingRef, resolve: (r) => r.booking }),
    admitted: t.exposeInt('admitted', { description: 'People admitted by this check-in' }),
    slotStartAt: t.field({ type: 'DateTime', resolve: (r) => r.slotStartAt }),
  }),
});

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

const staffErrors = [InputValidationError, NotAuthorizedError, NotFoundError];

builder.mutationField('checkInTicket', (t) =>
  t.field({
    type: CheckInResultRef,
    description: 'Checks in a scanned e-ticket. A group leader’s ticket takes the headcount at the door.',
    authScopes: CHECKER_SCOPES,
    errors: { types: [InputValidationError, NotAuthorizedError, TicketRejectedError] },
    args: { token: t.arg.string(), headcount: t.arg.int({ required: false }) },
    resolve: (_root, { token, headcount }, ctx) => checkInTicket(ctx, token, headcount ?? null),
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
      checkInByDocument(ctx, {
        slotId: Number(args.slotId),
        documentType: args.documentType,
        documentNumber: args.documentNumber,
      }),
  }),
);

builder.mutationField('registerWalkIn', (t) =>
  t.field({
    type: BookingRef,
    description: '现场登记: counts against capacity (walk-in quota first) and checks in at once.',
    authScopes: CHECKER_SCOPES,
    errors: { types: [...staffErrors, SlotFullError, DuplicateVisitorError] },
    args: { slotId: t.arg.id(), visitors: t.arg({ type: [VisitorInputRef] }) },
    resolve: (_root, { slotId, visitors }, ctx) =>
      registerWalkIn(ctx, { slotId: Number(slotId), visitors: visitors as VisitorInput[] }),
  }),
);

builder.queryField('slotRoster', (t) =>
  t.field({
    type: [BookingRef],
    description: 'Every booking of a slot with masked personal data.',
    authScopes: CHECKER_SCOPES,
    args: { slotId: t.arg.id() },
    resolve: (_root, { slotId }, ctx) => slotRoster(ctx, Number(slotId)),
  }),
);

builder.queryField('staffSlot', (t) =>
  t.field({
    type: SlotRef,
    nullable: true,
    description: 'A slot of an exhibition in scope, or null when there is no such slot.',
    authScopes: CHECKER_SCOPES,
    args: { id: t.arg.id() },
    resolve: async (_root, { id }, ctx) => {
      const row = Number.isInteger(Number(id)) ? await findSlot(ctx.db, Number(id)) : undefined;
      if (!row) return null;
      await assertExhibitionInScope(ctx, row.exhibition_id);
      return toSlot(row, await loadPolicy(ctx.db, row.exhibition_id), ctx.clock.now());
    },
  }),
);

builder.mutationField('closeSlot', (t) =>
  t.field({
    type: SlotRef,
    description: 'Closes a slot; its bookings are cancelled and each citizen is notified.',
    authScopes: MANAGER_SCOPES,
    errors: { types: staffErrors },
    args: { slotId: t.arg.id(), reason: t.arg.string() },
    resolve: (_root, { slotId, reason }, ctx) => closeSlot(ctx, Number(slotId), reason),
  }),
);

builder.mutationField('closeDay', (t) =>
  t.field({
    type: [SlotRef],
    description: 'Closes an exhibition for a day (e.g. a holiday): every slot closes, bookings are cancelled.',
    authScopes: MANAGER_SCOPES,
    errors: { types: staffErrors },
    args: { exhibitionId: t.arg.id(), date: t.arg({ type: 'Date' }), reason: t.arg.string() },
    resolve: (_root, { exhibitionId, date, reason }, ctx) => closeDay(ctx, Number(exhibitionId), date, reason),
  }),
);

builder.mutationField('changeSlotCapacity', (t) =>
  t.field({
    type: SlotRef,
    description: 'Never below what is already booked; added places go to the waiting list first.',
    authScopes: MANAGER_SCOPES,
    errors: { types: [...staffErrors, CapacityBelowBookedError] },
    args: {
      slotId: t.arg.id(),
      capacity: t.arg.int(),
      walkinQuota: t.arg.int({ required: false }),
      groupQuota: t.arg.int({ required: false }),
    },
    resolve: async (_root, args, ctx) => {
      const current = await slotInScope(ctx, Number(args.slotId));
      return changeSlotCapacity(ctx, {
        slotId: current.id,
        capacity: args.capacity,
        walkinQuota: args.walkinQuota ?? current.walkin_quota,
        groupQuota: args.groupQuota ?? current.group_quota,
      });
    },
  }),
);

builder.mutationField('reviewGroupVisit', (t) =>
  t.field({
    type: BookingRef,
    authScopes: MANAGER_SCOPES,
    errors: { types: [...staffErrors, BookingNotFoundError, GroupRuleError] },
    args: { bookingId: t.arg.id(), approve: t.arg.boolean(), note: t.arg.string({ required: false }) },
    resolve: (_root, { bookingId, approve, note }, ctx) =>
      reviewGroupVisit(ctx, { bookingId: Number(bookingId), approve, note: note ?? null }),
  }),
);

builder.queryField('bookingStatistics', (t) =>
  t.field({
    type: [DailyStatisticsRef],
    authScopes: CHECKER_SCOPES,
    args: { exhibitionId: t.arg.id({ required: false }), from: t.arg({ type: 'Date' }), to: t.arg({ type: 'Date' }) },
    resolve: (_root, args, ctx) =>
      statistics(ctx, {
        exhibitionId: args.exhibitionId ? Number(args.exhibitionId) : null,
        from: args.from,
        to: args.to,
      }),
  }),
);

builder.queryField('groupVisits', (t) =>
  t.field({
    type: [BookingRef],
    description: 'Group visits of the archives in scope from today on, by status (default: awaiting review).',
    authScopes: MANAGER_SCOPES,
    args: { status: t.arg({ type: BookingStatusEnum, defaultValue: 'PENDING_REVIEW' }) },
    resolve: (_root, { status }, ctx) => groupVisits(ctx, status, businessDateOf(ctx.clock.now())),
  }),
);

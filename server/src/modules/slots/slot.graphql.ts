// Slots, the availability calendar, booking policies and weekly slot plans.
import { type BookingPolicy, businessDateOf, DAY_AVAILABILITY_LABELS } from '@zz/shared';
import { builder } from '../../builder';
import { assertExhibitionInScope } from '../booking/staff.service';
import { ErrorInterface } from '../common/common.graphql';
import { InputValidationError, NotAuthorizedError, NotFoundError } from '../common/errors';
import { MANAGER_SCOPES } from '../common/scopes';
import { ExhibitionRef } from '../exhibitions/exhibition.graphql';
import { findExhibitionById } from '../exhibitions/exhibition.repository';
import { getExhibition } from '../exhibitions/exhibition.service';
import { CapacityBelowBookedError } from './slot.errors';
import { findSlot, listTemplates } from './slot.repository';
import {
  type CalendarDay,
  calendar,
  generateSlots,
  loadPolicy,
  type Slot,
  type SlotTemplate,
  setTemplates,
  slotsOfDay,
  toSlot,
  toSlotTemplate,
  updatePolicy,
} from './slot.service';

const DayAvailabilityEnum = builder.enumType('DayAvailability', {
  values: Object.fromEntries(
    Object.entries(DAY_AVAILABILITY_LABELS).map(([value, label]) => [value, { description: label }]),
  ) as Record<keyof typeof DAY_AVAILABILITY_LABELS, { description: string }>,
});
const SlotStatusEnum = builder.enumType('SlotStatus', { values: ['OPEN', 'CLOSED'] as const });

builder.objectType(CapacityBelowBookedError, {
  name: 'CapacityBelowBookedError',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    taken: t.exposeInt('taken', { description: 'Places already booked or held under the limit that was hit' }),
    limit: t.exposeString('limit', { description: 'CAPACITY (individual places) or GROUP_QUOTA' }),
  }),
});

export const BookingPolicyRef = builder.objectRef<BookingPolicy>('BookingPolicy').implement({
  description: 'Booking rules of one exhibition, enforced by the server.',
  fields: (t) => ({
    bookingEnabled: t.exposeBoolean('bookingEnabled'),
    releaseDaysAhead: t.exposeInt('releaseDaysAhead'),
    releaseTime: t.exposeString('releaseTime', { description: 'HH:MM, Asia/Shanghai' }),
    closeMinutesBeforeStart: t.exposeInt('closeMinutesBeforeStart'),
    cancelCutoffMinutes: t.exposeInt('cancelCutoffMinutes'),
    maxVisitors: t.exposeInt('maxVisitors'),
    closedWeekdays: t.exposeIntList('closedWeekdays', { description: 'ISO weekdays, 1 = Monday' }),
    checkinEarlyMinutes: t.exposeInt('checkinEarlyMinutes'),
    checkinLateMinutes: t.exposeInt('checkinLateMinutes'),
    walkinReleaseMinutes: t.exposeInt('walkinReleaseMinutes'),
    waitlistHoldMinutes: t.exposeInt('waitlistHoldMinutes'),
    groupRosterDeadlineHours: t.exposeInt('groupRosterDeadlineHours'),
  }),
});

export const SlotRef = builder.objectRef<Slot>('Slot').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    visitDate: t.field({ type: 'Date', resolve: (s) => s.visitDate }),
    startAt: t.field({ type: 'DateTime', resolve: (s) => s.startAt }),
    endAt: t.field({ type: 'DateTime', resolve: (s) => s.endAt }),
    status: t.field({ type: SlotStatusEnum, resolve: (s) => s.status }),
    closedReason: t.exposeString('closedReason', { nullable: true }),
    remaining: t.exposeInt('remaining', { description: 'Places an online booking can take now' }),
    capacity: t.exposeInt('capacity'),
    groupRemaining: t.int({ resolve: (s) => Math.max(s.groupQuota - s.groupBooked, 0) }),
    booked: t.exposeInt('booked', { authScopes: { staff: true } }),
    walkinQuota: t.exposeInt('walkinQuota', { authScopes: { staff: true } }),
    walkinUsed: t.exposeInt('walkinUsed', { authScopes: { staff: true } }),
    walkinHeld: t.exposeInt('walkinHeld', { authScopes: { staff: true } }),
    offerHeld: t.exposeInt('offerHeld', { authScopes: { staff: true } }),
    groupQuota: t.exposeInt('groupQuota', { authScopes: { staff: true } }),
    groupBooked: t.exposeInt('groupBooked', { authScopes: { staff: true } }),
    checkedIn: t.int({
      description: 'Visitors checked in so far',
      authScopes: { staff: true },
      resolve: (s, _args, ctx) => ctx.loaders.checkedInOfSlot.load(s.id),
    }),
    exhibition: t.field({
      type: ExhibitionRef,
      nullable: true,
      resolve: (s, _args, ctx) => getExhibition(ctx, s.exhibitionId),
    }),
  }),
});

const CalendarDayRef = builder.objectRef<CalendarDay>('CalendarDay').implement({
  fields: (t) => ({
    date: t.field({ type: 'Date', resolve: (d) => d.date }),
    availability: t.field({ type: DayAvailabilityEnum, resolve: (d) => d.availability }),
    remaining: t.exposeInt('remaining'),
    releaseAt: t.field({ type: 'DateTime', resolve: (d) => d.releaseAt }),
    closedReason: t.exposeString('closedReason', { nullable: true }),
  }),
});

const SlotTemplateRef = builder.objectRef<SlotTemplate>('SlotTemplate').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    weekday: t.exposeInt('weekday'),
    startTime: t.exposeString('startTime'),
    endTime: t.exposeString('endTime'),
    capacity: t.exposeInt('capacity'),
    walkinQuota: t.exposeInt('walkinQuota'),
    groupQuota: t.exposeInt('groupQuota'),
  }),
});

builder.objectFields(ExhibitionRef, (t) => ({
  bookingPolicy: t.field({ type: BookingPolicyRef, resolve: (e, _args, ctx) => loadPolicy(ctx.db, e.id) }),
  calendar: t.field({
    type: [CalendarDayRef],
    description: 'Availability per day from `from` (default today) for `days` days (at most 42).',
    args: { from: t.arg({ type: 'Date', required: false }), days: t.arg.int({ required: false }) },
    resolve: (e, args, ctx) =>
      calendar(ctx.db, e.id, args.from ?? businessDateOf(ctx.clock.now()), args.days ?? 14, ctx.clock.now()),
  }),
  slots: t.field({
    type: [SlotRef],
    args: { date: t.arg({ type: 'Date' }) },
    resolve: (e, { date }, ctx) => slotsOfDay(ctx.db, e.id, date, ctx.clock.now()),
  }),
  slotTemplates: t.field({
    type: [SlotTemplateRef],
    authScopes: { staff: true },
    resolve: async (e, _args, ctx) => (await listTemplates(ctx.db, e.id)).map(toSlotTemplate),
  }),
}));

builder.queryField('slot', (t) =>
  t.field({
    type: SlotRef,
    nullable: true,
    args: { id: t.arg.id() },
    resolve: async (_root, { id }, ctx) => {
      const row = Number.isInteger(Number(id)) ? await findSlot(ctx.db, Number(id)) : undefined;
      if (!row) return null;
      const exhibition = await findExhibitionById(ctx.db, row.exhibition_id);
      if (!exhibition || (exhibition.published_at === null && ctx.viewer?.kind !== 'STAFF')) return null;
      return toSlot(row, await loadPolicy(ctx.db, row.exhibition_id), ctx.clock.now());
    },
  }),
);

const managerErrors = [InputValidationError, NotAuthorizedError, NotFoundError];

const BookingPolicyInput = builder.inputType('BookingPolicyInput', {
  fields: (t) => ({
    bookingEnabled: t.boolean({ required: false }),
    releaseDaysAhead: t.int({ required: false }),
    releaseTime: t.string({ required: false }),
    closeMinutesBeforeStart: t.int({ required: false }),
    cancelCutoffMinutes: t.int({ required: false }),
    maxVisitors: t.int({ required: false }),
    closedWeekdays: t.intList({ required: false }),
    checkinEarlyMinutes: t.int({ required: false }),
    checkinLateMinutes: t.int({ required: false }),
    walkinReleaseMinutes: t.int({ required: false }),
    waitlistHoldMinutes: t.int({ required: false }),
    groupRosterDeadlineHours: t.int({ required: false }),
  }),
});

builder.mutationField('setBookingPolicy', (t) =>
  t.field({
    type: BookingPolicyRef,
    authScopes: MANAGER_SCOPES,
    errors: { types: managerErrors },
    args: { exhibitionId: t.arg.id(), policy: t.arg({ type: BookingPolicyInput }) },
    resolve: async (_root, { exhibitionId, policy: p }, ctx) => {
      const id = Number(exhibitionId);
      await assertExhibitionInScope(ctx, id);
      return updatePolicy(ctx.db, id, p);
    },
  }),
);

const SlotTemplateInput = builder.inputType('SlotTemplateInput', {
  fields: (t) => ({
    weekday: t.int({ description: 'ISO weekday, 1 = Monday' }),
    startTime: t.string(),
    endTime: t.string(),
    capacity: t.int(),
    walkinQuota: t.int({ required: false }),
    groupQuota: t.int({ required: false }),
  }),
});

builder.mutationField('setSlotTemplates', (t) =>
  t.field({
    type: [SlotTemplateRef],
    description: 'Replaces the weekly slot plan of an exhibition. Existing slots are unchanged.',
    authScopes: MANAGER_SCOPES,
    errors: { types: managerErrors },
    args: { exhibitionId: t.arg.id(), templates: t.arg({ type: [SlotTemplateInput] }) },
    resolve: async (_root, { exhibitionId, templates }, ctx) => {
      await assertExhibitionInScope(ctx, Number(exhibitionId));
      return setTemplates(
        ctx.db,
        Number(exhibitionId),
        templates.map((tpl) => ({ ...tpl, walkinQuota: tpl.walkinQuota ?? 0, groupQuota: tpl.groupQuota ?? 0 })),
      );
    },
  }),
);

builder.mutationField('generateSlots', (t) =>
  t.int({
    description: 'Creates the slots of the weekly plan between two dates; returns how many were new.',
    authScopes: MANAGER_SCOPES,
    errors: { types: managerErrors },
    args: { exhibitionId: t.arg.id(), from: t.arg({ type: 'Date' }), to: t.arg({ type: 'Date' }) },
    resolve: async (_root, { exhibitionId, from, to }, ctx) => {
      await assertExhibitionInScope(ctx, Number(exhibitionId));
      return generateSlots(ctx.db, Number(exhibitionId), from, to);
    },
  }),
);

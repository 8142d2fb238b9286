// Slots, the availability calendar, booking policies and weekly slot plans, and the staff operations on
// them. Closing a slot or changing its places also settles what the slot held: bookings are cancelled and
// waiting parties offered freed places, in the same transaction.
import {
  BOOKING_GLANCE_LABELS,
  BOOKING_GLANCE_STATES,
  type BookingGlance,
  businessDateOf,
  DAY_AVAILABILITIES,
  DAY_AVAILABILITY_LABELS,
  SLOT_STATUS_LABELS,
  SLOT_STATUSES,
} from '@zz/shared';
import { builder } from '../../builder';
import type { Context, Deps } from '../../context';
import { InputValidationError, NotAuthorizedError, NotFoundError } from '../../errors';
import { ErrorInterface } from '../../graphql/common.graphql';
import { idOrNull, parseId } from '../../graphql/ids';
import { depsOf, inMutation } from '../../graphql/mutation';
import { enumFromVocabulary } from '../../graphql/vocabulary';
import { isBranchInScope } from '../../platform/access/branch-scope';
import { requireStaff } from '../../platform/access/guards';
import { CHECKER_SCOPES, MANAGER_SCOPES, PUBLIC_SCOPES } from '../../platform/access/scopes';
import { recordStaffAction } from '../../platform/audit/audit-log';
import { ExhibitionRef, loadVisibleExhibition } from '../exhibitions/exhibition.graphql';
import { type Exhibition, requireManagedExhibition } from '../exhibitions/exhibition.service';
import { cancelVisitsOfClosedSlot as cancelLookupVisitsOfClosedSlot } from '../lookup/reading-room.service';
import { cancelVisitsOfClosedSlot } from '../visits/visit.service';
import { cancelWaitlistOfClosedSlot, offerFreedPlaces } from '../waitlist/waitlist.service';
import {
  type ExhibitionPolicy,
  generateSlots,
  policiesOf,
  type SlotTemplate,
  setTemplates,
  slotTemplatesOf,
  updatePolicy,
} from './plan.service';
import {
  BookingClosedError,
  BookingNotOpenYetError,
  CapacityBelowBookedError,
  SlotClosedError,
  SlotFullError,
  SlotNotFoundError,
} from './scheduling.errors';
import {
  bookingGlances,
  type CalendarDay,
  calendar,
  changeSlotCapacity,
  closeDay,
  closeSlot,
  findSlot,
  type Slot,
  slotsByIds,
  slotsOfDay,
} from './slot.service';

const DayAvailabilityEnum = enumFromVocabulary('DayAvailability', DAY_AVAILABILITIES, DAY_AVAILABILITY_LABELS);
const BookingGlanceStateEnum = enumFromVocabulary('BookingGlanceState', BOOKING_GLANCE_STATES, BOOKING_GLANCE_LABELS);
export const SlotStatusEnum = enumFromVocabulary('SlotStatus', SLOT_STATUSES, SLOT_STATUS_LABELS);

// ---- errors ------------------------------------------------------------------------------------------
builder.objectType(SlotFullError, {
  name: 'SlotFullError',
  interfaces: [ErrorInterface],
  fields: (t) => ({ remaining: t.exposeInt('remaining') }),
});
builder.objectType(SlotClosedError, {
  name: 'SlotClosedError',
  interfaces: [ErrorInterface],
  fields: (t) => ({ reason: t.exposeString('reason', { nullable: true }) }),
});
builder.objectType(BookingNotOpenYetError, {
  name: 'BookingNotOpenYetError',
  interfaces: [ErrorInterface],
  fields: (t) => ({ opensAt: t.field({ type: 'DateTime', resolve: (e) => e.opensAt }) }),
});
builder.objectType(BookingClosedError, {
  name: 'BookingClosedError',
  interfaces: [ErrorInterface],
  fields: (t) => ({ closedAt: t.field({ type: 'DateTime', resolve: (e) => e.closedAt }) }),
});
builder.objectType(SlotNotFoundError, { name: 'SlotNotFoundError', interfaces: [ErrorInterface], fields: () => ({}) });
builder.objectType(CapacityBelowBookedError, {
  name: 'CapacityBelowBookedError',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    taken: t.exposeInt('taken', { description: 'Places already booked or held under the limit that was hit' }),
    limit: t.exposeString('limit', { description: 'CAPACITY (individual places) or GROUP_QUOTA' }),
  }),
});

// ---- objects -----------------------------------------------------------------------------------------
/** Loaded by exhibition id, so a list of exhibitions reads its policies in one query. */
export const BookingPolicyRef = builder.loadableObjectRef<ExhibitionPolicy, number>('BookingPolicy', {
  load: (exhibitionIds, ctx) => policiesOf(ctx.db, exhibitionIds),
  cacheResolved: (policy) => policy.exhibitionId,
});
BookingPolicyRef.implement({
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

/** Loadable by id: bookings, waiting-list entries and rosters name their slot by id. */
export const SlotRef = builder.loadableObjectRef<Slot, number>('Slot', {
  load: async (ids, ctx) => {
    const slots = await slotsByIds(depsOf(ctx), ids);
    // A slot comes with its exhibition's policy: the policy loader need not ask again.
    const policies = BookingPolicyRef.getDataloader(ctx);
    for (const slot of slots)
      if (slot) policies.prime(slot.exhibitionId, { ...slot.policy, exhibitionId: slot.exhibitionId });
    return slots.map((slot, i) => slot ?? new Error(`slot ${ids[i]} not found`));
  },
  cacheResolved: (slot) => slot.id,
});

/** A slot through the request's loader, or undefined when there is none. */
export async function loadSlot(ctx: Context, id: number | null): Promise<Slot | undefined> {
  if (id === null) return undefined;
  const [slot] = await SlotRef.getDataloader(ctx).loadMany([id]);
  return slot instanceof Error ? undefined : slot;
}
SlotRef.implement({
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
    exhibition: t.field({
      type: ExhibitionRef,
      nullable: true,
      resolve: (s, _args, ctx) => loadVisibleExhibition(ctx, s.exhibitionId),
    }),
  }),
});

export const CalendarDayRef = builder.objectRef<CalendarDay>('CalendarDay').implement({
  fields: (t) => ({
    date: t.field({ type: 'Date', resolve: (d) => d.date }),
    availability: t.field({ type: DayAvailabilityEnum, resolve: (d) => d.availability }),
    remaining: t.exposeInt('remaining'),
    releaseAt: t.field({ type: 'DateTime', resolve: (d) => d.releaseAt }),
    closedReason: t.exposeString('closedReason', { nullable: true }),
  }),
});

const BookingGlanceRef = builder.objectRef<BookingGlance<number>>('BookingGlance').implement({
  description: 'What a card says about booking at a glance, decided by the same rule as the calendar.',
  fields: (t) => ({
    state: t.field({ type: BookingGlanceStateEnum, resolve: (g) => g.state }),
    date: t.field({
      type: 'Date',
      nullable: true,
      description:
        'The first day with places (AVAILABLE), the first full one (FULL), the first to be released ' +
        '(NOT_OPEN_YET) or the opening day (NOT_STARTED)',
      resolve: (g) => g.date,
    }),
    remaining: t.exposeInt('remaining', { description: 'Places left on that day (AVAILABLE)' }),
    releaseAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the next day opens for booking (NOT_OPEN_YET; FULL when a later day is still to come)',
      resolve: (g) => g.releaseAt,
    }),
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
  bookingPolicy: t.field({ type: BookingPolicyRef, resolve: (e) => e.id }),
  calendar: t.field({
    type: [CalendarDayRef],
    description: 'Availability per day from `from` (default today) for `days` days (at most 42).',
    args: { from: t.arg({ type: 'Date', required: false }), days: t.arg.int({ required: false }) },
    resolve: async (e, args, ctx) =>
      calendar(
        depsOf(ctx),
        e,
        await BookingPolicyRef.getDataloader(ctx).load(e.id),
        args.from ?? businessDateOf(ctx.clock.now()),
        args.days ?? 14,
      ),
  }),
  bookingGlance: t.loadable({
    type: BookingGlanceRef,
    nullable: true,
    description:
      'Booking at a glance over the next 14 days (null for online exhibitions); a page of cards costs ' +
      'three queries in all (policies, slots, closures).',
    load: async (exhibitions: Exhibition[], ctx: Context) => {
      const policies = await BookingPolicyRef.getDataloader(ctx).loadMany(exhibitions.map((e) => e.id));
      return bookingGlances(
        depsOf(ctx),
        exhibitions.map((exhibition, i) => {
          const policy = policies[i];
          if (policy instanceof Error) throw policy;
          return { exhibition, policy };
        }),
      );
    },
    loaderOptions: { cacheKeyFn: (exhibition) => exhibition.id },
    resolve: (e) => e,
  }),
  slots: t.field({
    type: [SlotRef],
    args: { date: t.arg({ type: 'Date' }) },
    resolve: async (e, { date }, ctx) =>
      slotsOfDay(depsOf(ctx), e, await BookingPolicyRef.getDataloader(ctx).load(e.id), date),
  }),
  slotTemplates: t.field({
    type: [SlotTemplateRef],
    description: 'The weekly plan; only staff of the exhibition’s archive (and administrators) see it.',
    authScopes: { staff: true },
    resolve: (e, _args, ctx) => (isBranchInScope(ctx.viewer, e.branchId) ? slotTemplatesOf(ctx.db, e.id) : []),
  }),
}));

builder.queryField('slot', (t) =>
  t.field({
    type: SlotRef,
    authScopes: PUBLIC_SCOPES,
    nullable: true,
    args: { id: t.arg.id() },
    resolve: async (_root, { id }, ctx) => {
      const slot = await loadSlot(ctx, idOrNull(id));
      if (!slot) return null;
      // A draft's slots are as private as the draft.
      return (await loadVisibleExhibition(ctx, slot.exhibitionId)) ? slot : null;
    },
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
      const slot = await loadSlot(ctx, idOrNull(id));
      if (!slot) return null;
      if (!isBranchInScope(ctx.viewer, slot.branchId)) throw new NotAuthorizedError('FORBIDDEN');
      return slot;
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
    resolve: (_root, { exhibitionId, policy }, ctx) =>
      inMutation(ctx, async (deps) => {
        const exhibition = await requireManagedExhibition(deps, ctx.viewer, parseId(exhibitionId, 'exhibitionId'));
        const saved = { ...(await updatePolicy(deps.db, exhibition.id, policy)), exhibitionId: exhibition.id };
        await recordSlotsChange(deps, ctx, exhibition.id, { change: 'BOOKING_POLICY' });
        return saved;
      }),
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
    resolve: (_root, { exhibitionId, templates }, ctx) =>
      inMutation(ctx, async (deps) => {
        const exhibition = await requireManagedExhibition(deps, ctx.viewer, parseId(exhibitionId, 'exhibitionId'));
        const saved = await setTemplates(
          deps.db,
          exhibition.id,
          templates.map((tpl) => ({ ...tpl, walkinQuota: tpl.walkinQuota ?? 0, groupQuota: tpl.groupQuota ?? 0 })),
        );
        await recordSlotsChange(deps, ctx, exhibition.id, { change: 'TEMPLATES', templates: templates.length });
        return saved;
      }),
  }),
);

builder.mutationField('generateSlots', (t) =>
  t.int({
    description: 'Creates the slots of the weekly plan between two dates; returns how many were new.',
    authScopes: MANAGER_SCOPES,
    errors: { types: managerErrors },
    args: { exhibitionId: t.arg.id(), from: t.arg({ type: 'Date' }), to: t.arg({ type: 'Date' }) },
    resolve: (_root, { exhibitionId, from, to }, ctx) =>
      inMutation(ctx, async (deps) => {
        const exhibition = await requireManagedExhibition(deps, ctx.viewer, parseId(exhibitionId, 'exhibitionId'));
        const created = await generateSlots(deps.db, exhibition.id, from, to);
        await recordSlotsChange(deps, ctx, exhibition.id, { change: 'GENERATED', from, to, created });
        return created;
      }),
  }),
);

/**
 * What a slot held when staff closed it is cancelled, each citizen told once: bookings and the waiting list of an
 * exhibition's slot, the lookup appointments of a reading room's.
 */
async function settleClosedSlot(deps: Deps, ctx: Context, slot: Slot, reason: string) {
  let cancelled: number;
  if (slot.readingRoom) {
    cancelled = await cancelLookupVisitsOfClosedSlot(deps, requireStaff(ctx.viewer), slot.id, reason);
  } else {
    cancelled = await cancelVisitsOfClosedSlot(deps, slot.id, reason);
    await cancelWaitlistOfClosedSlot(deps, slot.id);
  }
  // Recorded last: the audit append holds the chain's lock until the transaction ends.
  const target = { kind: 'SLOT', id: slot.id };
  await recordStaffAction(deps, ctx.viewer, 'SLOTS_CHANGED', target, {
    detail: { change: 'CLOSED', readingRoom: slot.readingRoom, cancelled },
  });
  // What closing the slot cancelled: one row with the count (each citizen is told separately).
  if (cancelled > 0 && !slot.readingRoom) {
    await recordStaffAction(deps, ctx.viewer, 'BOOKING_CANCELLED_BY_STAFF', target, { rowCount: cancelled });
  }
}

/** A change to an exhibition's slots or booking rules, for the audit log (the mutation's last step). */
function recordSlotsChange(deps: Deps, ctx: Context, exhibitionId: number, detail: Record<string, string | number>) {
  return recordStaffAction(deps, ctx.viewer, 'SLOTS_CHANGED', { kind: 'EXHIBITION', id: exhibitionId }, { detail });
}

builder.mutationField('closeSlot', (t) =>
  t.field({
    type: SlotRef,
    description: 'Closes a slot; its bookings are cancelled and each citizen is notified.',
    authScopes: MANAGER_SCOPES,
    errors: { types: managerErrors },
    args: { slotId: t.arg.id(), reason: t.arg.string() },
    resolve: (_root, { slotId, reason }, ctx) =>
      inMutation(ctx, async (deps) => {
        const closed = await closeSlot(deps, ctx.viewer, parseId(slotId, 'slotId'), reason);
        if (closed.closedNow) await settleClosedSlot(deps, ctx, closed.slot, closed.reason);
        return closed.slot;
      }),
  }),
);

builder.mutationField('closeDay', (t) =>
  t.field({
    type: [SlotRef],
    description: 'Closes an exhibition for a day (e.g. a holiday): every slot closes, bookings are cancelled.',
    authScopes: MANAGER_SCOPES,
    errors: { types: managerErrors },
    args: { exhibitionId: t.arg.id(), date: t.arg({ type: 'Date' }), reason: t.arg.string() },
    resolve: (_root, { exhibitionId, date, reason }, ctx) =>
      inMutation(ctx, async (deps) => {
        const closed = await closeDay(deps, ctx.viewer, parseId(exhibitionId, 'exhibitionId'), date, reason);
        for (const slot of closed.closedNow) await settleClosedSlot(deps, ctx, slot, closed.reason);
        return closed.slots;
      }),
  }),
);

builder.mutationField('changeSlotCapacity', (t) =>
  t.field({
    type: SlotRef,
    description: 'Never below what is already booked; added places go to the waiting list first.',
    authScopes: MANAGER_SCOPES,
    errors: { types: [...managerErrors, CapacityBelowBookedError] },
    args: {
      slotId: t.arg.id(),
      capacity: t.arg.int(),
      walkinQuota: t.arg.int({ required: false }),
      groupQuota: t.arg.int({ required: false }),
    },
    resolve: (_root, args, ctx) =>
      inMutation(ctx, async (deps) => {
        const slot = await changeSlotCapacity(deps, ctx.viewer, {
          slotId: parseId(args.slotId, 'slotId'),
          capacity: args.capacity,
          walkinQuota: args.walkinQuota ?? null,
          groupQuota: args.groupQuota ?? null,
        });
        await offerFreedPlaces(deps, slot.id);
        await recordStaffAction(
          deps,
          ctx.viewer,
          'SLOTS_CHANGED',
          { kind: 'SLOT', id: slot.id },
          {
            detail: { change: 'CAPACITY', capacity: args.capacity },
          },
        );
        return (await findSlot(deps, slot.id)) as Slot;
      }),
  }),
);

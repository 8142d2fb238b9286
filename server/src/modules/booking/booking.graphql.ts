// Bookings for citizens: book, cancel, tickets, my bookings, frequent visitors, waiting lists, group visits.
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { DOCUMENT_TYPE_LABELS, DOCUMENT_TYPES, type Suspension } from '@zz/shared';
import { builder } from '../../builder';
import { ErrorInterface } from '../common/common.graphql';
import { InputValidationError, NotAuthorizedError } from '../common/errors';
import { ExhibitionRef } from '../exhibitions/exhibition.graphql';
import { getExhibition } from '../exhibitions/exhibition.service';
import { SlotRef } from '../slots/slot.graphql';
import { findSlot } from '../slots/slot.repository';
import { loadPolicy, toSlot } from '../slots/slot.service';
import {
  BookingClosedError,
  BookingNotCancellableError,
  BookingNotFoundError,
  BookingNotOpenYetError,
  BookingSuspendedError,
  DuplicateVisitorError,
  GroupQuotaFullError,
  GroupRuleError,
  SlotClosedError,
  SlotFullError,
  SlotNotFoundError,
  TicketRejectedError,
  WaitlistNotAvailableError,
} from './booking.errors';
import {
  addFrequentVisitor,
  type Booking,
  type BookingVisitor,
  cancelBooking,
  createBooking,
  type FrequentVisitor,
  frequentVisitors,
  myBookings,
  readableBooking,
  removeFrequentVisitor,
  rosterOf,
  suspensionOf,
  toVisitor,
  visitorsFromFrequent,
} from './booking.service';
import { requestGroupVisit, updateGroupRoster } from './group.service';
import type { VisitorInput } from './party';
import { acceptWaitlistOffer, joinWaitlist, leaveWaitlist, myWaitlist, type WaitlistEntry } from './waitlist.service';

// ---- enums -------------------------------------------------------------------------------------------
export const DocumentTypeEnum = builder.enumType('DocumentType', {
  values: Object.fromEntries(DOCUMENT_TYPES.map((d) => [d, { description: DOCUMENT_TYPE_LABELS[d] }])) as Record<
    (typeof DOCUMENT_TYPES)[number],
    { description: string }
  >,
});
export const BookingStatusEnum = builder.enumType('BookingStatus', {
  values: {
    CONFIRMED: { description: '待参观' },
    PENDING_REVIEW: { description: '团体预约审核中' },
    REJECTED: { description: '团体预约未通过' },
    CANCELLED: { description: '已取消' },
    CHECKED_IN: { description: '已入馆' },
    NO_SHOW: { description: '未到场' },
  },
});
const BookingKindEnum = builder.enumType('BookingKind', {
  values: {
    INDIVIDUAL: { description: '个人预约' },
    GROUP: { description: '团体预约' },
    WALK_IN: { description: '现场登记' },
  },
});
const VisitorStatusEnum = builder.enumType('VisitorStatus', {
  values: ['CONFIRMED', 'PENDING_REVIEW', 'CANCELLED', 'CHECKED_IN', 'NO_SHOW'] as const,
});
const WaitlistStatusEnum = builder.enumType('WaitlistStatus', {
  values: {
    WAITING: { description: '候补中' },
    OFFERED: { description: '已为您保留名额，请在时限内确认' },
    BOOKED: { description: '候补成功' },
    EXPIRED: { description: '保留已过期' },
    CANCELLED: { description: '已取消候补' },
  },
});
const BookingListEnum = builder.enumType('BookingList', { values: ['UPCOMING', 'PAST'] as const });

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
builder.objectType(BookingSuspendedError, {
  name: 'BookingSuspendedError',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    suspendedFrom: t.field({ type: 'DateTime', resolve: (e) => e.suspendedFrom }),
    suspendedUntil: t.field({ type: 'DateTime', resolve: (e) => e.suspendedUntil }),
  }),
});
builder.objectType(DuplicateVisitorError, {
  name: 'DuplicateVisitorError',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    documentNumber: t.exposeString('maskedDocumentNumber', { description: 'Masked' }),
    visitDate: t.field({ type: 'Date', resolve: (e) => e.visitDate }),
  }),
});
builder.objectType(BookingNotCancellableError, {
  name: 'BookingNotCancellableError',
  interfaces: [ErrorInterface],
  fields: (t) => ({ status: t.exposeString('status') }),
});
builder.objectType(WaitlistNotAvailableError, {
  name: 'WaitlistNotAvailableError',
  interfaces: [ErrorInterface],
  fields: (t) => ({ reason: t.exposeString('reason') }),
});
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
for (const [ErrorClass, name] of [
  [SlotNotFoundError, 'SlotNotFoundError'],
  [BookingNotFoundError, 'BookingNotFoundError'],
] as const) {
  builder.objectType(ErrorClass, { name, interfaces: [ErrorInterface], fields: () => ({}) });
}

// ---- objects -----------------------------------------------------------------------------------------
const VisitorRef = builder.objectRef<BookingVisitor>('BookingVisitor').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('maskedName', { description: 'Masked, e.g. 张*' }),
    documentType: t.field({ type: DocumentTypeEnum, resolve: (v) => v.documentType }),
    documentNumber: t.exposeString('maskedDocumentNumber', { description: 'Masked, e.g. 350602********1234' }),
    isMinor: t.exposeBoolean('isMinor'),
    status: t.field({ type: VisitorStatusEnum, resolve: (v) => v.status as 'CONFIRMED' }),
    checkedInAt: t.field({ type: 'DateTime', nullable: true, resolve: (v) => v.checkedInAt }),
    ticketToken: t.exposeString('ticketToken', {
      nullable: true,
      description: "This visitor's QR payload; only for the booking's owner while the visit stands.",
    }),
  }),
});

export const BookingRef = builder.objectRef<Booking>('Booking').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    reference: t.exposeString('reference'),
    kind: t.field({ type: BookingKindEnum, resolve: (b) => b.kind }),
    status: t.field({ type: BookingStatusEnum, resolve: (b) => b.status }),
    visitDate: t.field({ type: 'Date', resolve: (b) => b.visitDate }),
    partySize: t.exposeInt('partySize'),
    phone: t.exposeString('maskedPhone', { nullable: true, description: 'Masked, e.g. 138****5678' }),
    organization: t.exposeString('organization', { nullable: true }),
    leaderName: t.exposeString('maskedLeaderName', { nullable: true }),
    reviewNote: t.exposeString('reviewNote', { nullable: true }),
    checkedInCount: t.exposeInt('checkedInCount'),
    checkedInAt: t.field({ type: 'DateTime', nullable: true, resolve: (b) => b.checkedInAt }),
    cancelledAt: t.field({ type: 'DateTime', nullable: true, resolve: (b) => b.cancelledAt }),
    cancelReason: t.exposeString('cancelReason', { nullable: true }),
    createdAt: t.field({ type: 'DateTime', resolve: (b) => b.createdAt }),
    visitors: t.field({
      type: [VisitorRef],
      resolve: async (b, _args, ctx) =>
        rosterOf(b, await ctx.loaders.visitorsOfBooking.load(b.id)).map((v) => toVisitor(ctx.vault, v, b)),
    }),
    ticketToken: t.exposeString('ticketToken', {
      nullable: true,
      description: "The whole booking's QR payload (a group leader's ticket); only for the owner.",
    }),
    cancelDeadline: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'Cancelling after this counts as a no-show.',
      resolve: async (b, _args, ctx) => {
        const slot = await findSlot(ctx.db, b.slotId);
        if (!slot) return null;
        const policy = await loadPolicy(ctx.db, slot.exhibition_id);
        return slot.start_at - policy.cancelCutoffMinutes * 60_000;
      },
    }),
    slot: t.field({
      type: SlotRef,
      resolve: async (b, _args, ctx) => {
        const slot = await findSlot(ctx.db, b.slotId);
        if (!slot) throw new Error(`slot ${b.slotId} missing`);
        return toSlot(slot, await loadPolicy(ctx.db, slot.exhibition_id), ctx.clock.now());
      },
    }),
    exhibition: t.field({
      type: ExhibitionRef,
      nullable: true,
      resolve: (b, _args, ctx) => getExhibition(ctx, b.exhibitionId),
    }),
  }),
});

const FrequentVisitorRef = builder.objectRef<FrequentVisitor>('FrequentVisitor').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('maskedName'),
    documentType: t.field({ type: DocumentTypeEnum, resolve: (v) => v.documentType }),
    documentNumber: t.exposeString('maskedDocumentNumber'),
  }),
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
    slot: t.field({
      type: SlotRef,
      nullable: true,
      resolve: async (w, _args, ctx) => {
        const slot = await findSlot(ctx.db, w.slotId);
        return slot ? toSlot(slot, await loadPolicy(ctx.db, slot.exhibition_id), ctx.clock.now()) : null;
      },
    }),
  }),
});

const SuspensionRef = builder.objectRef<Suspension>('BookingSuspension').implement({
  description: '3 no-shows within 180 days suspend booking for 60 days.',
  fields: (t) => ({
    recentNoShows: t.exposeInt('recentStrikes'),
    suspendedFrom: t.field({ type: 'DateTime', nullable: true, resolve: (s) => s.suspendedFrom }),
    suspendedUntil: t.field({ type: 'DateTime', nullable: true, resolve: (s) => s.suspendedUntil }),
  }),
});

// ---- inputs ------------------------------------------------------------------------------------------
export const VisitorInputRef = builder.inputType('VisitorInput', {
  fields: (t) => ({
    name: t.string(),
    documentType: t.field({ type: DocumentTypeEnum, defaultValue: 'RESIDENT_ID' }),
    documentNumber: t.string(),
    minor: t.boolean({ required: false, description: 'For documents without a birth date, in group rosters' }),
  }),
});

const CreateBookingInput = builder.inputType('CreateBookingInput', {
  fields: (t) => ({
    slotId: t.id(),
    visitors: t.field({ type: [VisitorInputRef], required: false, description: 'New visitors typed in' }),
    frequentVisitorIds: t.idList({ required: false, description: 'Saved frequent visitors to bring along' }),
    phone: t.string({ description: "The account holder's mobile number" }),
    idempotencyKey: t.string({ description: 'Client-generated; a retry with the same key returns the same booking' }),
    saveVisitors: t.boolean({ required: false, description: 'Also save the typed visitors as frequent visitors' }),
  }),
});

const bookingErrors = [
  InputValidationError,
  NotAuthorizedError,
  SlotNotFoundError,
  SlotFullError,
  SlotClosedError,
  BookingNotOpenYetError,
  BookingClosedError,
  BookingSuspendedError,
  DuplicateVisitorError,
];

// ---- fields ------------------------------------------------------------------------------------------
builder.mutationField('createBooking', (t) =>
  t.field({
    type: BookingRef,
    authScopes: { citizen: true },
    errors: { types: bookingErrors },
    args: { input: t.arg({ type: CreateBookingInput }) },
    resolve: async (_root, { input }, ctx) => {
      const saved = await visitorsFromFrequent(ctx, (input.frequentVisitorIds ?? []).map(Number));
      const typed = (input.visitors ?? []) as VisitorInput[];
      return createBooking(ctx, {
        slotId: Number(input.slotId),
        visitors: [...saved, ...typed],
        phone: input.phone,
        idempotencyKey: input.idempotencyKey,
        saveVisitors: input.saveVisitors ?? false,
      });
    },
  }),
);

builder.mutationField('cancelBooking', (t) =>
  t.field({
    type: BookingRef,
    description: 'Cancels before the cutoff freely; later (until the slot starts) it counts as a no-show.',
    authScopes: { signedIn: true },
    errors: { types: [NotAuthorizedError, BookingNotFoundError, BookingNotCancellableError] },
    args: { id: t.arg.id() },
    resolve: (_root, { id }, ctx) => cancelBooking(ctx, Number(id)),
  }),
);

builder.queryField('myBookings', (t) =>
  t.connection({
    type: BookingRef,
    authScopes: { signedIn: true },
    args: { list: t.arg({ type: BookingListEnum, defaultValue: 'UPCOMING' }) },
    resolve: (_root, args, ctx) =>
      resolveOffsetConnection({ args, defaultSize: 20, maxSize: 50 }, ({ offset, limit }) =>
        myBookings(ctx, args.list, { offset, limit }),
      ),
  }),
);

builder.queryField('booking', (t) =>
  t.field({
    type: BookingRef,
    nullable: true,
    description: "The owner's booking (or any, for staff); null for anyone else.",
    authScopes: { signedIn: true },
    args: { id: t.arg.id() },
    resolve: (_root, { id }, ctx) => (Number.isInteger(Number(id)) ? readableBooking(ctx, Number(id)) : null),
  }),
);

builder.queryField('bookingSuspension', (t) =>
  t.field({
    type: SuspensionRef,
    authScopes: { signedIn: true },
    resolve: (_root, _args, ctx) => suspensionOf(ctx.db, ctx.viewer?.accountId ?? 0, ctx.clock.now()),
  }),
);

builder.queryField('frequentVisitors', (t) =>
  t.field({
    type: [FrequentVisitorRef],
    authScopes: { citizen: true },
    resolve: (_r, _a, ctx) => frequentVisitors(ctx),
  }),
);

builder.mutationField('addFrequentVisitor', (t) =>
  t.field({
    type: [FrequentVisitorRef],
    authScopes: { citizen: true },
    errors: { types: [InputValidationError, NotAuthorizedError] },
    args: { visitor: t.arg({ type: VisitorInputRef }) },
    resolve: (_root, { visitor }, ctx) => addFrequentVisitor(ctx, visitor as VisitorInput),
  }),
);

builder.mutationField('removeFrequentVisitor', (t) =>
  t.field({
    type: [FrequentVisitorRef],
    authScopes: { citizen: true },
    errors: { types: [NotAuthorizedError] },
    args: { id: t.arg.id() },
    resolve: (_root, { id }, ctx) => removeFrequentVisitor(ctx, Number(id)),
  }),
);

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
    errors: { types: [...bookingErrors, WaitlistNotAvailableError] },
    args: { input: t.arg({ type: JoinWaitlistInput }) },
    resolve: async (_root, { input }, ctx) => {
      const saved = await visitorsFromFrequent(ctx, (input.frequentVisitorIds ?? []).map(Number));
      return joinWaitlist(ctx, {
        slotId: Number(input.slotId),
        visitors: [...saved, ...((input.visitors ?? []) as VisitorInput[])],
        phone: input.phone,
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
    resolve: (_root, { id }, ctx) => acceptWaitlistOffer(ctx, Number(id)),
  }),
);

builder.mutationField('leaveWaitlist', (t) =>
  t.field({
    type: WaitlistEntryRef,
    authScopes: { citizen: true },
    errors: { types: [NotAuthorizedError, WaitlistNotAvailableError] },
    args: { id: t.arg.id() },
    resolve: (_root, { id }, ctx) => leaveWaitlist(ctx, Number(id)),
  }),
);

builder.queryField('myWaitlist', (t) =>
  t.field({ type: [WaitlistEntryRef], authScopes: { citizen: true }, resolve: (_r, _a, ctx) => myWaitlist(ctx) }),
);

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
    description: 'A group of 10–50 from the slot’s group quota, held pending staff review.',
    authScopes: { citizen: true },
    errors: { types: [...bookingErrors, GroupRuleError, GroupQuotaFullError] },
    args: { input: t.arg({ type: GroupVisitInput }) },
    resolve: (_root, { input }, ctx) =>
      requestGroupVisit(ctx, { ...input, slotId: Number(input.slotId), roster: input.roster as VisitorInput[] }),
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
      updateGroupRoster(ctx, { bookingId: Number(bookingId), roster: roster as VisitorInput[] }),
  }),
);

// Visits as citizens see them: book, cancel, tickets, my bookings, frequent visitors.
import {
  BOOKING_KIND_LABELS,
  BOOKING_KINDS,
  BOOKING_STATUS_LABELS,
  BOOKING_STATUSES,
  DOCUMENT_TYPE_LABELS,
  DOCUMENT_TYPES,
  type Suspension,
  VISITOR_STATUS_LABELS,
  VISITOR_STATUSES,
  type VisitorInput,
} from '@zz/shared';
import { builder } from '../../builder';
import { InputValidationError, NotAuthorizedError, NotFoundError, RateLimitedError } from '../../errors';
import { ErrorInterface } from '../../graphql/common.graphql';
import { idOrNull, parseId, parseIds } from '../../graphql/ids';
import { depsOf, inMutation } from '../../graphql/mutation';
import { offsetConnection } from '../../graphql/pagination';
import { enumFromVocabulary } from '../../graphql/vocabulary';
import { requireActor } from '../../platform/access/guards';
import { ExhibitionRef, loadVisibleExhibition } from '../exhibitions/exhibition.graphql';
import { PrivacyConsentRequiredError, VisitorConsentRequiredError } from '../privacy/privacy.errors';
import {
  BookingClosedError,
  BookingNotOpenYetError,
  SlotClosedError,
  SlotFullError,
  SlotNotFoundError,
} from '../scheduling/scheduling.errors';
import { SlotRef } from '../scheduling/scheduling.graphql';
import { offerFreedPlaces } from '../waitlist/waitlist.service';
import {
  admitBookingAttempt,
  bookingOfRetry,
  cancelBooking,
  cancelBookingVisitor,
  executeBooking,
  IdempotentRetryError,
  myBookings,
  partyOfEarlierBooking,
  planBooking,
} from './booking.service';
import {
  addFrequentVisitor,
  type FrequentVisitor,
  frequentVisitors,
  frequentVisitorsForBooking,
  removeFrequentVisitor,
} from './frequent-visitor.service';
import {
  BookingNotCancellableError,
  BookingNotFoundError,
  BookingSuspendedError,
  DuplicateVisitorError,
  VisitorNotCancellableError,
} from './visit.errors';
import { type Booking, type BookingVisitor, readableBooking, suspensionOf, visitorsOfBookings } from './visit.service';

// ---- enums -------------------------------------------------------------------------------------------
export const DocumentTypeEnum = enumFromVocabulary('DocumentType', DOCUMENT_TYPES, DOCUMENT_TYPE_LABELS);
export const BookingStatusEnum = enumFromVocabulary('BookingStatus', BOOKING_STATUSES, BOOKING_STATUS_LABELS);
const BookingKindEnum = enumFromVocabulary('BookingKind', BOOKING_KINDS, BOOKING_KIND_LABELS);
const VisitorStatusEnum = enumFromVocabulary('VisitorStatus', VISITOR_STATUSES, VISITOR_STATUS_LABELS);
const BookingListEnum = builder.enumType('BookingList', {
  values: ['UPCOMING', 'PAST', 'CANCELLED'] as const,
  description: 'UPCOMING: still awaited; PAST: attended, missed or past; CANCELLED: called off (cancelled or refused)',
});

// ---- errors ------------------------------------------------------------------------------------------
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
builder.objectType(VisitorNotCancellableError, {
  name: 'VisitorNotCancellableError',
  interfaces: [ErrorInterface],
  fields: (t) => ({ reason: t.exposeString('reason', { description: 'GROUP_ROSTER or VISITOR_STATUS' }) }),
});
builder.objectType(BookingNotFoundError, {
  name: 'BookingNotFoundError',
  interfaces: [ErrorInterface],
  fields: () => ({}),
});

// ---- objects -----------------------------------------------------------------------------------------
const VisitorRef = builder.objectRef<BookingVisitor>('BookingVisitor').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('maskedName', { description: 'Masked, e.g. 张*' }),
    fullName: t.exposeString('fullName', {
      nullable: true,
      description: "In full, only for the booking's own account (who named these people); null for anyone else.",
    }),
    documentType: t.field({ type: DocumentTypeEnum, resolve: (v) => v.documentType }),
    documentNumber: t.exposeString('maskedDocumentNumber', { description: 'Masked, e.g. 350602********1234' }),
    isMinor: t.exposeBoolean('isMinor'),
    status: t.field({ type: VisitorStatusEnum, resolve: (v) => v.status }),
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
    // The visitors of every booking in a response come in one query.
    visitors: t.loadableList({
      type: VisitorRef,
      load: (bookings: Booking[], ctx) => visitorsOfBookings(depsOf(ctx), bookings),
      loaderOptions: { cacheKeyFn: (booking) => booking.id },
      resolve: (b) => b,
    }),
    ticketToken: t.exposeString('ticketToken', {
      nullable: true,
      description: "The whole booking's QR payload (a group leader's ticket); only for the owner.",
    }),
    cancelDeadline: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'Cancelling after this counts as a no-show.',
      resolve: async (b, _args, ctx) => (await SlotRef.getDataloader(ctx).load(b.slotId)).cancelDeadline,
    }),
    slot: t.field({ type: SlotRef, resolve: (b) => b.slotId }),
    exhibition: t.field({
      type: ExhibitionRef,
      nullable: true,
      resolve: (b, _args, ctx) => loadVisibleExhibition(ctx, b.exhibitionId),
    }),
  }),
});

const FrequentVisitorRef = builder.objectRef<FrequentVisitor>('FrequentVisitor').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name', { description: 'In full: only the account that saved the person reads it' }),
    documentType: t.field({ type: DocumentTypeEnum, resolve: (v) => v.documentType }),
    documentNumber: t.exposeString('maskedDocumentNumber', { description: 'Masked, e.g. 350602********1234' }),
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
    againFromBookingId: t.id({
      required: false,
      description: "再次预约: also bring this earlier booking's party (the same account's only)",
    }),
    visitorsConsent: t.boolean({
      required: false,
      description: 'With saveVisitors: the account holder confirms the typed visitors agreed to be saved',
    }),
  }),
});

/** What an online booking attempt can answer besides a booking (also used by the waiting list and groups). */
export const bookingAttemptErrors = [
  InputValidationError,
  NotAuthorizedError,
  SlotNotFoundError,
  SlotFullError,
  SlotClosedError,
  BookingNotOpenYetError,
  BookingClosedError,
  BookingSuspendedError,
  DuplicateVisitorError,
  PrivacyConsentRequiredError,
  RateLimitedError,
];

// ---- fields ------------------------------------------------------------------------------------------
builder.mutationField('createBooking', (t) =>
  t.field({
    type: BookingRef,
    authScopes: { citizen: true },
    errors: { types: [...bookingAttemptErrors, BookingNotFoundError, VisitorConsentRequiredError] },
    args: { input: t.arg({ type: CreateBookingInput }) },
    resolve: async (_root, { input }, ctx) => {
      await admitBookingAttempt(ctx, ctx.viewer, ctx.clientAddress);
      const deps = depsOf(ctx);
      const frequentVisitorIds = parseIds(input.frequentVisitorIds, 'frequentVisitorIds');
      const againFromBookingId = input.againFromBookingId ? idOrNull(input.againFromBookingId) : null;
      if (input.againFromBookingId && againFromBookingId === null) throw new BookingNotFoundError();
      // The checks read without locks before the transaction; the transaction only takes places and writes.
      const plan = await planBooking(deps, ctx.viewer, {
        slotId: parseId(input.slotId, 'slotId'),
        visitors: (input.visitors ?? []) as VisitorInput[],
        frequentVisitorIds,
        // The earlier party comes after the chosen saved visitors, like more saved ones.
        savedVisitors: [
          ...(await frequentVisitorsForBooking(deps, ctx.viewer, frequentVisitorIds)),
          ...(againFromBookingId === null ? [] : await partyOfEarlierBooking(deps, ctx.viewer, againFromBookingId)),
        ],
        phone: input.phone,
        idempotencyKey: input.idempotencyKey,
        saveVisitors: input.saveVisitors ?? false,
        visitorsConsent: input.visitorsConsent,
      });
      const { booking, slot } =
        plan.kind === 'ALREADY_BOOKED'
          ? plan
          : await inMutation(ctx, (trx) => executeBooking(trx, plan)).catch((error) => {
              if (error instanceof IdempotentRetryError) return bookingOfRetry(deps, plan);
              throw error;
            });
      // The ticket shows the slot this booking took: no need to read it back.
      SlotRef.getDataloader(ctx).prime(slot.id, slot);
      return booking;
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
    resolve: (_root, { id }, ctx) =>
      inMutation(ctx, async (deps) => {
        const bookingId = idOrNull(id);
        if (bookingId === null) throw new BookingNotFoundError();
        const { booking, freedSlotId } = await cancelBooking(deps, ctx.viewer, bookingId);
        // Places given back go to the slot's waiting list first, in the same transaction.
        if (freedSlotId !== null) await offerFreedPlaces(deps, freedSlotId);
        return booking;
      }),
  }),
);

builder.mutationField('cancelBookingVisitor', (t) =>
  t.field({
    type: BookingRef,
    description:
      'Cancels one visitor of an individual booking under the same cutoff as cancelBooking; the last one cancels the booking.',
    authScopes: { signedIn: true },
    errors: {
      types: [NotAuthorizedError, BookingNotFoundError, BookingNotCancellableError, VisitorNotCancellableError],
    },
    args: { bookingId: t.arg.id(), visitorId: t.arg.id() },
    resolve: (_root, args, ctx) =>
      inMutation(ctx, async (deps) => {
        const bookingId = idOrNull(args.bookingId);
        const visitorId = idOrNull(args.visitorId);
        if (bookingId === null || visitorId === null) throw new BookingNotFoundError();
        const { booking, freedSlotId } = await cancelBookingVisitor(deps, ctx.viewer, { bookingId, visitorId });
        // The freed place goes to the slot's waiting list first, as a whole cancellation's do.
        if (freedSlotId !== null) await offerFreedPlaces(deps, freedSlotId);
        return booking;
      }),
  }),
);

builder.queryField('myBookings', (t) =>
  t.connection({
    type: BookingRef,
    authScopes: { signedIn: true },
    args: { list: t.arg({ type: BookingListEnum, defaultValue: 'UPCOMING' }) },
    resolve: (_root, args, ctx) =>
      offsetConnection(args, { defaultSize: 20, maxSize: 50 }, (page) =>
        myBookings(depsOf(ctx), ctx.viewer, args.list, page),
      ),
  }),
);

builder.queryField('booking', (t) =>
  t.field({
    type: BookingRef,
    nullable: true,
    description: "The owner's booking (or any of their archive's, for staff); null for anyone else.",
    authScopes: { signedIn: true },
    args: { id: t.arg.id() },
    resolve: (_root, { id }, ctx) => {
      const bookingId = idOrNull(id);
      if (bookingId === null) return null;
      return readableBooking(depsOf(ctx), ctx.viewer, bookingId, async (exhibitionId) => {
        const exhibition = await ExhibitionRef.getDataloader(ctx).load(exhibitionId);
        return exhibition.branchId;
      });
    },
  }),
);

builder.queryField('bookingSuspension', (t) =>
  t.field({
    type: SuspensionRef,
    authScopes: { signedIn: true },
    resolve: (_root, _args, ctx) => suspensionOf(ctx.db, requireActor(ctx.viewer).accountId, ctx.clock.now()),
  }),
);

builder.queryField('frequentVisitors', (t) =>
  t.field({
    type: [FrequentVisitorRef],
    authScopes: { citizen: true },
    resolve: (_r, _a, ctx) => frequentVisitors(depsOf(ctx), ctx.viewer),
  }),
);

builder.mutationField('addFrequentVisitor', (t) =>
  t.field({
    type: [FrequentVisitorRef],
    authScopes: { citizen: true },
    errors: {
      types: [InputValidationError, NotAuthorizedError, PrivacyConsentRequiredError, VisitorConsentRequiredError],
    },
    args: {
      visitor: t.arg({ type: VisitorInputRef }),
      consent: t.arg.boolean({
        required: false,
        description: 'Required true: the account holder confirms this person agreed to be saved (我已征得该参观人同意)',
      }),
    },
    resolve: (_root, { visitor, consent }, ctx) =>
      inMutation(ctx, (deps) => addFrequentVisitor(deps, ctx.viewer, visitor as VisitorInput, consent)),
  }),
);

builder.mutationField('removeFrequentVisitor', (t) =>
  t.field({
    type: [FrequentVisitorRef],
    authScopes: { citizen: true },
    errors: { types: [NotAuthorizedError, NotFoundError] },
    args: { id: t.arg.id() },
    resolve: (_root, { id }, ctx) =>
      inMutation(ctx, (deps) => {
        const visitorId = idOrNull(id);
        if (visitorId === null) throw new NotFoundError('FrequentVisitor', '常用参观人不存在');
        return removeFrequentVisitor(deps, ctx.viewer, visitorId);
      }),
  }),
);

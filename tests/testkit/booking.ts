// Booking seed helpers: valid resident ID numbers (check character computed, ages chosen), a bookable
// exhibition set up through the staff mutations (policy, weekly plan, generated slots), and the citizen and
// staff operations of the booking feature as thin wrappers over real GraphQL calls.
import { randomBytes } from 'node:crypto';
import {
  addDays,
  type BusinessDate,
  businessDateOf,
  type DocumentType,
  instantOf,
  residentIdCheckCharacter,
} from '@zz/shared';
import { markNoShows } from '../../server/src/jobs/no-shows.job';
import { branchIdByCode } from '../../server/src/modules/branches/branch.service';
import type { SignedInAs, StaffSignedIn } from './seed';
import { type AnyData, DEFAULT_TEST_INSTANT, type TestServer } from './server';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;

/** The business date of the default test instant (a Tuesday; the archives close on Mondays). */
export const TEST_TODAY: BusinessDate = businessDateOf(DEFAULT_TEST_INSTANT);

/** The instant of a business date at a business wall-clock time, e.g. at(TEST_TODAY, '14:00'). */
export const at = (date: BusinessDate, time: string) => instantOf(date, time);

/** How the API prints an instant (the DateTime scalar). */
export const iso = (instant: number) => new Date(instant).toISOString();

// ---- people ----------------------------------------------------------------------------------------------

// A per-process serial keeps every generated document number distinct within one test database.
let serial = 0;
const nextSerial = () => ++serial;

/** A valid resident ID number: region, birth date, sequence, and the GB 11643 check character computed. */
export function residentId(options: { birthDate?: BusinessDate; region?: string; sequence?: number } = {}): string {
  const n = nextSerial();
  const birthDate = options.birthDate ?? addDays('1975-01-01', n);
  const sequence = String(options.sequence ?? n % 1000).padStart(3, '0');
  const first17 = `${options.region ?? '350602'}${birthDate.replace(/-/g, '')}${sequence}`;
  return first17 + residentIdCheckCharacter(first17);
}

/** The same number with a check character that GB 11643 does not prescribe. */
export function withWrongCheckCharacter(id: string): string {
  const wrong = '10X98765432'.split('').find((c) => c !== id[17]) as string;
  return id.slice(0, 17) + wrong;
}

export type Age = 'adult' | 'minor';

/** A birth date that makes its holder an adult (30–40) or a minor (10–12) on `onDate`. */
export function birthDateFor(age: Age, onDate: BusinessDate = TEST_TODAY): BusinessDate {
  const n = nextSerial();
  return age === 'adult' ? addDays(onDate, -(30 * 366 + (n % 3600))) : addDays(onDate, -(10 * 366 + (n % 700)));
}

const SURNAMES = ['张', '王', '李', '陈', '林', '黄', '郑', '蔡', '吴', '杨'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '强', '磊', '洋', '艳', '军', '杰', '涛', '明', '超', '霞'];

export function personName(): string {
  const n = nextSerial();
  return `${SURNAMES[n % SURNAMES.length]}${GIVEN[(n * 7) % GIVEN.length]}${GIVEN[(n * 3) % GIVEN.length]}`;
}

/** A mainland mobile number nobody else in the database has. */
export function phoneNumber(): string {
  return `13${(nextSerial() % 7) + 3}${String(randomBytes(4).readUInt32BE() % 100_000_000).padStart(8, '0')}`;
}

export interface VisitorInput {
  name: string;
  documentType?: DocumentType;
  documentNumber: string;
  minor?: boolean | null;
}

export function visitor(options: { age?: Age; on?: BusinessDate; name?: string; documentNumber?: string } = {}) {
  return {
    name: options.name ?? personName(),
    documentType: 'RESIDENT_ID' as DocumentType,
    documentNumber:
      options.documentNumber ?? residentId({ birthDate: birthDateFor(options.age ?? 'adult', options.on) }),
  } satisfies VisitorInput;
}

export function visitors(count: number, options: { age?: Age; on?: BusinessDate } = {}): VisitorInput[] {
  return Array.from({ length: count }, () => visitor(options));
}

/** A group roster: `adults` adults then `minors` minors, ages judged on the visit date. */
export function roster(adults: number, minors: number, on: BusinessDate): VisitorInput[] {
  return [...visitors(adults, { age: 'adult', on }), ...visitors(minors, { age: 'minor', on })];
}

/** A client-generated idempotency key, as the mini-program makes one per booking form. */
export const idempotencyKey = () => randomBytes(12).toString('base64url');

// ---- GraphQL documents -----------------------------------------------------------------------------------

const ERROR_FIELDS: Record<string, string> = {
  InputValidationError: 'fieldErrors { path message }',
  NotAuthorizedError: 'reason',
  NotFoundError: 'entity',
  SlotFullError: 'remaining',
  // Aliased: SlotClosedError.reason is nullable, the other `reason`s are not, and GraphQL refuses to merge them.
  SlotClosedError: 'closedReason: reason',
  BookingNotOpenYetError: 'opensAt',
  BookingClosedError: 'closedAt',
  BookingSuspendedError: 'suspendedFrom suspendedUntil',
  DuplicateVisitorError: 'documentNumber visitDate',
  BookingNotCancellableError: 'status',
  WaitlistNotAvailableError: 'reason',
  GroupRuleError: 'rule',
  GroupQuotaFullError: 'remaining',
  TicketRejectedError: 'reason checkedInAt visitDate slotStartAt',
  CapacityBelowBookedError: 'taken',
};

/** `__typename`, the message, and the fields of each listed error type of a mutation's result union. */
function errors(...types: string[]): string {
  const fragments = types.filter((t) => ERROR_FIELDS[t]).map((t) => `... on ${t} { ${ERROR_FIELDS[t]} }`);
  return `__typename ... on Error { message } ${fragments.join(' ')}`;
}

const BOOKING_ERRORS = [
  'InputValidationError',
  'NotAuthorizedError',
  'SlotNotFoundError',
  'SlotFullError',
  'SlotClosedError',
  'BookingNotOpenYetError',
  'BookingClosedError',
  'BookingSuspendedError',
  'DuplicateVisitorError',
];
const MANAGER_ERRORS = ['InputValidationError', 'NotAuthorizedError', 'NotFoundError'];
const CHECK_IN_ERRORS = ['InputValidationError', 'NotAuthorizedError', 'TicketRejectedError'];

export const SLOT_FIELDS = 'id visitDate startAt endAt status closedReason remaining capacity groupRemaining';
export const STAFF_SLOT_FIELDS = `${SLOT_FIELDS} booked walkinQuota walkinUsed walkinHeld offerHeld groupQuota groupBooked`;

export const BOOKING_FIELDS = `id reference kind status visitDate partySize phone organization leaderName reviewNote
  checkedInCount checkedInAt cancelledAt cancelReason cancelDeadline ticketToken
  visitors { id name documentType documentNumber isMinor status checkedInAt ticketToken }
  slot { id startAt remaining groupRemaining }`;

export const WAITLIST_FIELDS = 'id partySize status position offeredUntil bookingId slot { id remaining }';

const CALENDAR_FIELDS = 'date availability remaining releaseAt closedReason';

export const CREATE_BOOKING = `mutation ($input: CreateBookingInput!) {
  createBooking(input: $input) { ${errors(...BOOKING_ERRORS)} ... on MutationCreateBookingSuccess { data { ${BOOKING_FIELDS} } } }
}`;

export const CANCEL_BOOKING = `mutation ($id: ID!) {
  cancelBooking(id: $id) {
    ${errors('BookingNotCancellableError', 'BookingNotFoundError', 'NotAuthorizedError')}
    ... on MutationCancelBookingSuccess { data { ${BOOKING_FIELDS} } }
  }
}`;

export const BOOKING = `query ($id: ID!) { booking(id: $id) { ${BOOKING_FIELDS} } }`;
export const MY_BOOKINGS = `query ($list: BookingList!) { myBookings(list: $list, first: 50) { edges { node { ${BOOKING_FIELDS} } } } }`;
export const SUSPENSION = '{ bookingSuspension { recentNoShows suspendedFrom suspendedUntil } }';
export const FREQUENT_VISITORS = '{ frequentVisitors { id name documentType documentNumber } }';
const FREQUENT_VISITOR_FIELDS = 'id name documentType documentNumber';
export const ADD_FREQUENT_VISITOR = `mutation ($visitor: VisitorInput!) {
  addFrequentVisitor(visitor: $visitor) {
    ${errors('InputValidationError', 'NotAuthorizedError')}
    ... on MutationAddFrequentVisitorSuccess { data { ${FREQUENT_VISITOR_FIELDS} } }
  }
}`;
export const REMOVE_FREQUENT_VISITOR = `mutation ($id: ID!) {
  removeFrequentVisitor(id: $id) {
    ${errors('NotAuthorizedError')} ... on MutationRemoveFrequentVisitorSuccess { data { ${FREQUENT_VISITOR_FIELDS} } }
  }
}`;

export const JOIN_WAITLIST = `mutation ($input: JoinWaitlistInput!) {
  joinWaitlist(input: $input) {
    ${errors(...BOOKING_ERRORS, 'WaitlistNotAvailableError')}
    ... on MutationJoinWaitlistSuccess { data { ${WAITLIST_FIELDS} } }
  }
}`;
export const ACCEPT_WAITLIST_OFFER = `mutation ($id: ID!) {
  acceptWaitlistOffer(id: $id) {
    ${errors('DuplicateVisitorError', 'NotAuthorizedError', 'SlotClosedError', 'WaitlistNotAvailableError')}
    ... on MutationAcceptWaitlistOfferSuccess { data { ${BOOKING_FIELDS} } }
  }
}`;
export const LEAVE_WAITLIST = `mutation ($id: ID!) {
  leaveWaitlist(id: $id) {
    ${errors('NotAuthorizedError', 'WaitlistNotAvailableError')}
    ... on MutationLeaveWaitlistSuccess { data { ${WAITLIST_FIELDS} } }
  }
}`;
export const MY_WAITLIST = `{ myWaitlist { ${WAITLIST_FIELDS} } }`;

export const REQUEST_GROUP_VISIT = `mutation ($input: GroupVisitInput!) {
  requestGroupVisit(input: $input) {
    ${errors(...BOOKING_ERRORS, 'GroupRuleError', 'GroupQuotaFullError')}
    ... on MutationRequestGroupVisitSuccess { data { ${BOOKING_FIELDS} } }
  }
}`;
export const UPDATE_GROUP_ROSTER = `mutation ($bookingId: ID!, $roster: [VisitorInput!]!) {
  updateGroupRoster(bookingId: $bookingId, roster: $roster) {
    ${errors('BookingNotFoundError', 'DuplicateVisitorError', 'GroupQuotaFullError', 'GroupRuleError', 'InputValidationError', 'NotAuthorizedError')}
    ... on MutationUpdateGroupRosterSuccess { data { ${BOOKING_FIELDS} } }
  }
}`;
export const REVIEW_GROUP_VISIT = `mutation ($bookingId: ID!, $approve: Boolean!, $note: String) {
  reviewGroupVisit(bookingId: $bookingId, approve: $approve, note: $note) {
    ${errors(...MANAGER_ERRORS, 'BookingNotFoundError', 'GroupRuleError')}
    ... on MutationReviewGroupVisitSuccess { data { ${BOOKING_FIELDS} } }
  }
}`;

const CHECK_IN_RESULT = `admitted slotStartAt booking { ${BOOKING_FIELDS} }`;
export const CHECK_IN_TICKET = `mutation ($token: String!, $headcount: Int) {
  checkInTicket(token: $token, headcount: $headcount) {
    ${errors(...CHECK_IN_ERRORS)} ... on MutationCheckInTicketSuccess { data { ${CHECK_IN_RESULT} } }
  }
}`;
export const CHECK_IN_BY_DOCUMENT = `mutation ($slotId: ID!, $documentType: DocumentType!, $documentNumber: String!) {
  checkInByDocument(slotId: $slotId, documentType: $documentType, documentNumber: $documentNumber) {
    ${errors(...CHECK_IN_ERRORS)} ... on MutationCheckInByDocumentSuccess { data { ${CHECK_IN_RESULT} } }
  }
}`;
export const REGISTER_WALK_IN = `mutation ($slotId: ID!, $visitors: [VisitorInput!]!) {
  registerWalkIn(slotId: $slotId, visitors: $visitors) {
    ${errors(...MANAGER_ERRORS, 'SlotFullError', 'DuplicateVisitorError')}
    ... on MutationRegisterWalkInSuccess { data { ${BOOKING_FIELDS} } }
  }
}`;
export const SLOT_ROSTER = `query ($slotId: ID!) { slotRoster(slotId: $slotId) { ${BOOKING_FIELDS} } }`;
export const STAFF_SLOT = `query ($id: ID!) { staffSlot(id: $id) { ${STAFF_SLOT_FIELDS} } }`;
export const CLOSE_SLOT = `mutation ($slotId: ID!, $reason: String!) {
  closeSlot(slotId: $slotId, reason: $reason) {
    ${errors(...MANAGER_ERRORS)} ... on MutationCloseSlotSuccess { data { ${STAFF_SLOT_FIELDS} } }
  }
}`;
export const CLOSE_DAY = `mutation ($exhibitionId: ID!, $date: Date!, $reason: String!) {
  closeDay(exhibitionId: $exhibitionId, date: $date, reason: $reason) {
    ${errors(...MANAGER_ERRORS)} ... on MutationCloseDaySuccess { data { ${STAFF_SLOT_FIELDS} } }
  }
}`;
export const CHANGE_SLOT_CAPACITY = `mutation ($slotId: ID!, $capacity: Int!, $walkinQuota: Int, $groupQuota: Int) {
  changeSlotCapacity(slotId: $slotId, capacity: $capacity, walkinQuota: $walkinQuota, groupQuota: $groupQuota) {
    ${errors(...MANAGER_ERRORS, 'CapacityBelowBookedError')}
    ... on MutationChangeSlotCapacitySuccess { data { ${STAFF_SLOT_FIELDS} } }
  }
}`;
export const SET_BOOKING_POLICY = `mutation ($exhibitionId: ID!, $policy: BookingPolicyInput!) {
  setBookingPolicy(exhibitionId: $exhibitionId, policy: $policy) {
    ${errors(...MANAGER_ERRORS)}
    ... on MutationSetBookingPolicySuccess { data { releaseDaysAhead releaseTime closedWeekdays maxVisitors } }
  }
}`;
export const SET_SLOT_TEMPLATES = `mutation ($exhibitionId: ID!, $templates: [SlotTemplateInput!]!) {
  setSlotTemplates(exhibitionId: $exhibitionId, templates: $templates) {
    ${errors(...MANAGER_ERRORS)}
    ... on MutationSetSlotTemplatesSuccess { data { id weekday startTime endTime capacity walkinQuota groupQuota } }
  }
}`;
export const GENERATE_SLOTS = `mutation ($exhibitionId: ID!, $from: Date!, $to: Date!) {
  generateSlots(exhibitionId: $exhibitionId, from: $from, to: $to) {
    ${errors(...MANAGER_ERRORS)} ... on MutationGenerateSlotsSuccess { data }
  }
}`;
export const SAVE_EXHIBITION = `mutation ($input: SaveExhibitionInput!) {
  saveExhibition(input: $input) {
    ${errors(...MANAGER_ERRORS)} ... on MutationSaveExhibitionSuccess { data { id title branch { code } } }
  }
}`;
export const BOOKING_STATISTICS = `query ($exhibitionId: ID, $from: Date!, $to: Date!) {
  bookingStatistics(exhibitionId: $exhibitionId, from: $from, to: $to) {
    ${errors(...MANAGER_ERRORS)}
    ... on QueryBookingStatisticsSuccess {
      data { date bookings bookedVisitors checkedIn noShows cancelled walkIns groupVisitors }
    }
  }
}`;

// ---- calling -----------------------------------------------------------------------------------------

/** Runs one operation and returns its single root field; GraphQL-level errors fail the test loudly. */
export async function call(
  server: TestServer,
  document: string,
  variables: Record<string, unknown> = {},
  token: string | null = null,
): Promise<AnyData> {
  const result = await server.execute(document, variables, token);
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return Object.values(result.data ?? {})[0];
}

/** The `data` of a mutation's success result, or a failure that shows which error came back instead. */
export function successData(payload: AnyData): AnyData {
  if (typeof payload?.__typename !== 'string' || !payload.__typename.endsWith('Success')) {
    throw new Error(`expected a success result, got ${JSON.stringify(payload)}`);
  }
  return payload.data;
}

// ---- a bookable exhibition ---------------------------------------------------------------------------

export interface PolicyInput {
  bookingEnabled?: boolean;
  releaseDaysAhead?: number;
  releaseTime?: string;
  closeMinutesBeforeStart?: number;
  cancelCutoffMinutes?: number;
  maxVisitors?: number;
  closedWeekdays?: number[];
  checkinEarlyMinutes?: number;
  checkinLateMinutes?: number;
  walkinReleaseMinutes?: number;
  waitlistHoldMinutes?: number;
  groupRosterDeadlineHours?: number;
}

export interface SlotPlan {
  startTime: string;
  endTime: string;
  capacity: number;
  walkinQuota?: number;
  groupQuota?: number;
  /** ISO weekdays this plan runs on; every day by default (closed weekdays are skipped when generating). */
  weekdays?: number[];
}

export interface BookableExhibitionOptions {
  policy?: PolicyInput;
  /** One 14:00–16:00 slot for 20 people a day unless told otherwise. */
  plans?: SlotPlan[];
  /** Slots are generated for `days` days from `from` (default: the clock's business date, 10 days). */
  from?: BusinessDate;
  days?: number;
  /** Admins only: the archive the exhibition belongs to (branch staff always save to their own). */
  branchCode?: string;
}

export interface SlotView {
  id: string;
  visitDate: string;
  startAt: string;
  endAt: string;
  status: 'OPEN' | 'CLOSED';
  closedReason: string | null;
  remaining: number;
  capacity: number;
  groupRemaining: number;
}

export interface CalendarDayView {
  date: string;
  availability: 'AVAILABLE' | 'FULL' | 'CLOSED' | 'NOT_OPEN_YET';
  remaining: number;
  releaseAt: string;
  closedReason: string | null;
}

export interface BookableExhibition {
  id: string;
  title: string;
  /** The day's slots as a visitor sees them, earliest first. */
  slotsOn(date: BusinessDate): Promise<SlotView[]>;
  /** The slot of `date` starting at `startTime` (business time). */
  slotAt(date: BusinessDate, startTime?: string): Promise<SlotView>;
  calendar(from: BusinessDate, days: number): Promise<CalendarDayView[]>;
}

export const DEFAULT_PLAN: SlotPlan = { startTime: '14:00', endTime: '16:00', capacity: 20 };

/**
 * An exhibition created by staff through the same mutations the staff pages use: saveExhibition, then
 * setBookingPolicy, setSlotTemplates and generateSlots. Open from a week ago with no closing date.
 */
export async function createBookableExhibition(
  server: TestServer,
  staff: StaffSignedIn,
  options: BookableExhibitionOptions = {},
): Promise<BookableExhibition> {
  const today = businessDateOf(server.clock.now());
  const title = `预约展 ${randomBytes(3).toString('hex')}`;
  const branchId =
    options.branchCode === undefined ? undefined : String(await branchIdByCode(server.db, options.branchCode));
  const saved = successData(
    await call(
      server,
      SAVE_EXHIBITION,
      {
        input: {
          title,
          mode: 'ONSITE',
          summary: `${title}的简介`,
          description: `${title}的介绍`,
          venue: '一楼展厅',
          opensOn: addDays(today, -7),
          published: true,
          branchId,
        },
      },
      staff.token,
    ),
  );
  const id: string = saved.id;
  if (options.policy) {
    successData(await call(server, SET_BOOKING_POLICY, { exhibitionId: id, policy: options.policy }, staff.token));
  }
  const templates = (options.plans ?? [DEFAULT_PLAN]).flatMap((plan) =>
    (plan.weekdays ?? [1, 2, 3, 4, 5, 6, 7]).map((weekday) => ({
      weekday,
      startTime: plan.startTime,
      endTime: plan.endTime,
      capacity: plan.capacity,
      walkinQuota: plan.walkinQuota ?? 0,
      groupQuota: plan.groupQuota ?? 0,
    })),
  );
  successData(await call(server, SET_SLOT_TEMPLATES, { exhibitionId: id, templates }, staff.token));
  const from = options.from ?? today;
  successData(
    await call(
      server,
      GENERATE_SLOTS,
      { exhibitionId: id, from, to: addDays(from, (options.days ?? 10) - 1) },
      staff.token,
    ),
  );

  const slotsOn = async (date: BusinessDate): Promise<SlotView[]> => {
    const exhibition = await call(
      server,
      `query ($id: ID!, $date: Date!) { exhibition(id: $id) { slots(date: $date) { ${SLOT_FIELDS} } } }`,
      {
        id,
        date,
      },
    );
    return exhibition.slots;
  };
  return {
    id,
    title,
    slotsOn,
    async slotAt(date, startTime = DEFAULT_PLAN.startTime) {
      const slot = (await slotsOn(date)).find((s) => s.startAt === iso(at(date, startTime)));
      if (!slot) throw new Error(`exhibition ${id} has no slot on ${date} at ${startTime}`);
      return slot;
    },
    async calendar(from, days) {
      const exhibition = await call(
        server,
        `query ($id: ID!, $from: Date!, $days: Int!) { exhibition(id: $id) { calendar(from: $from, days: $days) { ${CALENDAR_FIELDS} } } }`,
        { id, from, days },
      );
      return exhibition.calendar;
    },
  };
}

// ---- citizens --------------------------------------------------------------------------------------------

export interface BookOptions {
  /** A number of generated adults, or the visitors themselves; 1 adult by default. */
  visitors?: number | VisitorInput[];
  frequentVisitorIds?: string[];
  phone?: string;
  idempotencyKey?: string;
  saveVisitors?: boolean;
}

function bookingInput(slotId: string, options: BookOptions) {
  const party = options.visitors ?? (options.frequentVisitorIds ? [] : 1);
  return {
    slotId,
    visitors: typeof party === 'number' ? visitors(party) : party,
    frequentVisitorIds: options.frequentVisitorIds,
    phone: options.phone ?? phoneNumber(),
    idempotencyKey: options.idempotencyKey ?? idempotencyKey(),
    saveVisitors: options.saveVisitors,
  };
}

/** createBooking's result as it came back: a success or one of the listed errors. */
export function book(server: TestServer, citizen: SignedInAs, slotId: string, options: BookOptions = {}) {
  return call(server, CREATE_BOOKING, { input: bookingInput(slotId, options) }, citizen.token);
}

/** A booking that must succeed; returns the booking. */
export async function bookOk(server: TestServer, citizen: SignedInAs, slotId: string, options: BookOptions = {}) {
  return successData(await book(server, citizen, slotId, options));
}

export function cancelBooking(server: TestServer, token: string, bookingId: string) {
  return call(server, CANCEL_BOOKING, { id: bookingId }, token);
}

export function bookingById(server: TestServer, token: string | null, bookingId: string) {
  return call(server, BOOKING, { id: bookingId }, token);
}

export function suspensionOf(server: TestServer, citizen: SignedInAs) {
  return call(server, SUSPENSION, {}, citizen.token);
}

export function joinWaitlist(
  server: TestServer,
  citizen: SignedInAs,
  slotId: string,
  options: { visitors?: number | VisitorInput[]; phone?: string } = {},
) {
  const party = options.visitors ?? 1;
  return call(
    server,
    JOIN_WAITLIST,
    {
      input: {
        slotId,
        visitors: typeof party === 'number' ? visitors(party) : party,
        phone: options.phone ?? phoneNumber(),
      },
    },
    citizen.token,
  );
}

export async function waitlistEntry(server: TestServer, citizen: SignedInAs, entryId: string) {
  const entries: AnyData[] = await call(server, MY_WAITLIST, {}, citizen.token);
  const entry = entries.find((e) => e.id === entryId);
  if (!entry) throw new Error(`waiting-list entry ${entryId} is not in the citizen's list`);
  return entry;
}

export function requestGroupVisit(
  server: TestServer,
  citizen: SignedInAs,
  slotId: string,
  members: VisitorInput[],
  options: { organization?: string; leaderName?: string; leaderPhone?: string; idempotencyKey?: string } = {},
) {
  return call(
    server,
    REQUEST_GROUP_VISIT,
    {
      input: {
        slotId,
        organization: options.organization ?? '漳州市第一中学',
        leaderName: options.leaderName ?? personName(),
        leaderPhone: options.leaderPhone ?? phoneNumber(),
        roster: members,
        idempotencyKey: options.idempotencyKey ?? idempotencyKey(),
      },
    },
    citizen.token,
  );
}

// ---- staff ---------------------------------------------------------------------------------------------

export function checkIn(server: TestServer, staff: { token: string }, ticket: string, headcount?: number) {
  return call(server, CHECK_IN_TICKET, { token: ticket, headcount }, staff.token);
}

export async function staffSlot(server: TestServer, staff: { token: string }, slotId: string) {
  return call(server, STAFF_SLOT, { id: slotId }, staff.token);
}

export function registerWalkIn(
  server: TestServer,
  staff: { token: string },
  slotId: string,
  party: number | VisitorInput[],
) {
  return call(
    server,
    REGISTER_WALK_IN,
    { slotId, visitors: typeof party === 'number' ? visitors(party) : party },
    staff.token,
  );
}

// ---- scheduled work and raw rows -------------------------------------------------------------------------

/** Runs the no-show job until it finds nothing left, as the scheduler would over successive ticks. */
export async function runNoShowJob(server: TestServer): Promise<number> {
  let total = 0;
  for (;;) {
    const processed = await markNoShows(server.app.services);
    total += processed;
    if (processed === 0) return total;
  }
}

export function strikesOfBookings(server: TestServer, bookingIds: string[]) {
  return server.db
    .selectFrom('no_show_strike')
    .selectAll()
    .where('booking_id', 'in', bookingIds.map(Number))
    .orderBy('id')
    .execute();
}

export function outboxOf(server: TestServer, accountIds: number[]) {
  return server.db
    .selectFrom('notification_outbox')
    .selectAll()
    .where('account_id', 'in', accountIds)
    .orderBy('id')
    .execute();
}

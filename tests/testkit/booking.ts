// Booking seed helpers: valid resident ID numbers (check character computed, ages chosen), a bookable
// exhibition set up through the staff mutations (policy, weekly plan, generated slots), and the citizen and
// staff operations of the booking feature as thin wrappers over real GraphQL calls (the documents are in
// operations/, typed in generated/).
import { randomBytes } from 'node:crypto';
import {
  addDays,
  type BusinessDate,
  businessDateOf,
  type DocumentType,
  instantOf,
  residentIdCheckCharacter,
} from '@zz/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../../server/src/db/database';
import { markNoShows } from '../../server/src/jobs/no-shows.job';
import { resolveActor } from '../../server/src/modules/accounts/auth.service';
import { branchIdByCode } from '../../server/src/modules/branches/branch.service';
import type { Actor } from '../../server/src/platform/access/actor';
import { type TicketSubject, ticketToken } from '../../server/src/platform/pii/ticket';
import {
  BookingDocument,
  type BookingPolicyInput,
  BookingSuspensionDocument,
  type CalendarDayFieldsFragment,
  CancelBookingDocument,
  CheckInTicketDocument,
  CreateBookingDocument,
  ExhibitionCalendarDocument,
  ExhibitionSlotsDocument,
  GenerateSlotsDocument,
  JoinWaitlistDocument,
  MyWaitlistDocument,
  RegisterWalkInDocument,
  RequestGroupVisitDocument,
  SaveExhibitionDocument,
  SetBookingPolicyDocument,
  SetSlotTemplatesDocument,
  type SlotFieldsFragment,
  StaffSlotDocument,
  type VisitorInput,
} from './generated/graphql';
import { call, successData } from './graphql';
import type { SignedInAs, StaffSignedIn } from './seed';
import { DEFAULT_TEST_INSTANT, type TestServer } from './server';

// The booking suites' one import for calling operations too.
export { call, resultAs, successData } from './graphql';
export type { VisitorInput };

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

// ---- a bookable exhibition ---------------------------------------------------------------------------

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
  policy?: BookingPolicyInput;
  /** One 14:00–16:00 slot for 20 people a day unless told otherwise. */
  plans?: SlotPlan[];
  /** Slots are generated for `days` days from `from` (default: the clock's business date, 10 days). */
  from?: BusinessDate;
  days?: number;
  /** Admins only: the archive the exhibition belongs to (branch staff always save to their own). */
  branchCode?: string;
}

/** A slot as a visitor sees it. */
export type SlotView = SlotFieldsFragment;
/** A day of an exhibition's availability calendar. */
export type CalendarDayView = CalendarDayFieldsFragment;

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
      SaveExhibitionDocument,
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
  const id = saved.id;
  if (options.policy) {
    successData(
      await call(server, SetBookingPolicyDocument, { exhibitionId: id, policy: options.policy }, staff.token),
    );
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
  successData(await call(server, SetSlotTemplatesDocument, { exhibitionId: id, templates }, staff.token));
  const from = options.from ?? today;
  successData(
    await call(
      server,
      GenerateSlotsDocument,
      { exhibitionId: id, from, to: addDays(from, (options.days ?? 10) - 1) },
      staff.token,
    ),
  );

  const slotsOn = async (date: BusinessDate): Promise<SlotView[]> => {
    const exhibition = await call(server, ExhibitionSlotsDocument, { id, date });
    if (!exhibition) throw new Error(`exhibition ${id} is not visible to visitors`);
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
      const exhibition = await call(server, ExhibitionCalendarDocument, { id, from, days });
      if (!exhibition) throw new Error(`exhibition ${id} is not visible to visitors`);
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
  /** The account holder's confirmation that the visitors to save agreed (needed with saveVisitors). */
  visitorsConsent?: boolean;
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
    visitorsConsent: options.visitorsConsent,
  };
}

/** createBooking's result as it came back: a success or one of the listed errors. */
export function book(server: TestServer, citizen: SignedInAs, slotId: string, options: BookOptions = {}) {
  return call(server, CreateBookingDocument, { input: bookingInput(slotId, options) }, citizen.token);
}

/** A booking that must succeed; returns the booking. */
export async function bookOk(server: TestServer, citizen: SignedInAs, slotId: string, options: BookOptions = {}) {
  return successData(await book(server, citizen, slotId, options));
}

export function cancelBooking(server: TestServer, token: string, bookingId: string) {
  return call(server, CancelBookingDocument, { id: bookingId }, token);
}

/** The booking as `token`'s holder may read it, or null when they may not. */
export function bookingById(server: TestServer, token: string | null, bookingId: string) {
  return call(server, BookingDocument, { id: bookingId }, token);
}

export function suspensionOf(server: TestServer, citizen: SignedInAs) {
  return call(server, BookingSuspensionDocument, {}, citizen.token);
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
    JoinWaitlistDocument,
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
  const entries = await call(server, MyWaitlistDocument, {}, citizen.token);
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
    RequestGroupVisitDocument,
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

/** Checks a ticket in; the ticket is a booking's or a visitor's `ticketToken`, which must not be null. */
export function checkIn(
  server: TestServer,
  staff: { token: string },
  ticket: string | null | undefined,
  headcount?: number,
) {
  if (typeof ticket !== 'string') throw new Error(`no ticket to check in (the ticketToken is ${ticket})`);
  return call(server, CheckInTicketDocument, { token: ticket, headcount }, staff.token);
}

/** The slot as staff see it (places booked, held and used); fails when it is not in the staff member's scope. */
export async function staffSlot(server: TestServer, staff: { token: string }, slotId: string) {
  const slot = await call(server, StaffSlotDocument, { id: slotId }, staff.token);
  if (!slot) throw new Error(`slot ${slotId} is not in the staff member's scope`);
  return slot;
}

export function registerWalkIn(
  server: TestServer,
  staff: { token: string },
  slotId: string,
  party: number | VisitorInput[],
) {
  return call(
    server,
    RegisterWalkInDocument,
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

// ---- services called directly ------------------------------------------------------------------------------

/** What a service needs (Deps), from the test server: its database, clock and personal-data vault. */
export function depsOf(server: TestServer, db: Kysely<Database> = server.db) {
  return { db, clock: server.clock, vault: server.app.services.vault };
}

/** The actor behind a signed-in token, resolved by the same code as a request's Authorization header. */
export async function actorOf(server: TestServer, signedIn: { token: string }): Promise<Actor> {
  const actor = await resolveActor(server.app.services, `Bearer ${signedIn.token}`);
  if (!actor) throw new Error('the token has no live session');
  return actor;
}

/**
 * A ticket token for any booking or visitor id, signed with the server's key exactly as the server signs the
 * tickets it shows: for tickets the server would never show (a rejected group, an id that does not exist).
 */
export function signedTicket(server: TestServer, subject: TicketSubject): string {
  return ticketToken(server.app.services.vault, subject);
}

/**
 * The server's database, except that `rival` runs (and is awaited) just before the first UPDATE of `table` is
 * sent: what another request does when it wins the race between a service's read and its conditional update.
 * For calling a service directly, outside a transaction, so the rival's statements never wait for ours on
 * SQLite's single connection. `raced()` says whether the rival ran.
 */
export function rivalBeforeFirstUpdate(
  db: Kysely<Database>,
  table: keyof Database,
  rival: () => Promise<unknown>,
): { db: Kysely<Database>; raced: () => boolean } {
  return rivalBeforeFirst('updateTable', db, table, rival);
}

/** rivalBeforeFirstUpdate, for the first INSERT into `table` (a booking writes its rows before it takes places). */
export function rivalBeforeFirstInsert(
  db: Kysely<Database>,
  table: keyof Database,
  rival: () => Promise<unknown>,
): { db: Kysely<Database>; raced: () => boolean } {
  return rivalBeforeFirst('insertInto', db, table, rival);
}

function rivalBeforeFirst(
  statement: 'updateTable' | 'insertInto',
  db: Kysely<Database>,
  table: keyof Database,
  rival: () => Promise<unknown>,
): { db: Kysely<Database>; raced: () => boolean } {
  let ran = false;
  // Kysely's builders are immutable: every call returns a new builder, so each is wrapped until one executes.
  const deferred = <T extends object>(builder: T): T =>
    new Proxy(builder, {
      get(target, prop) {
        const value = Reflect.get(target, prop, target);
        if (typeof value !== 'function') return value;
        if (typeof prop === 'string' && prop.startsWith('execute')) {
          return async (...args: unknown[]) => {
            if (!ran) {
              ran = true;
              await rival();
            }
            return value.apply(target, args);
          };
        }
        return (...args: unknown[]) => {
          const result = value.apply(target, args);
          return result !== null && typeof result === 'object' ? deferred(result) : result;
        };
      },
    });
  const proxied = new Proxy(db, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      if (prop === statement) {
        return (name: string, ...rest: unknown[]) => {
          const builder = value.apply(target, [name, ...rest]);
          return name === table && !ran ? deferred(builder) : builder;
        };
      }
      return value.bind(target);
    },
  });
  return { db: proxied, raced: () => ran };
}

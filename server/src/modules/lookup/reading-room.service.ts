// Reading-room appointments (到馆查档). Each archive's reading room is an exhibition row of mode READING_ROOM,
// so its seats are slots of the scheduling module: the weekly plan generates them, closed weekdays and closed
// days close them, and a seat is taken and given back by scheduling's conditional updates (no overbooking).
// This service adds what lookups need on top: a seat belongs to a request that needs a visit, the receiving
// archive's lead time in working days, and holidays of the city's calendar.
import {
  addDays,
  addWorkingDays,
  type BookingPolicyChanges,
  type BusinessDate,
  businessDateOf,
  businessTimeOf,
  holidayCalendarOf,
  isOpenLookupStatus,
} from '@zz/shared';
import type { Deps } from '../../context';
import type { Executor } from '../../db/database';
import { isUniqueViolation } from '../../db/db-errors';
import type { Actor } from '../../platform/access/actor';
import { requireCitizen } from '../../platform/access/guards';
import { enqueueMessage } from '../../platform/outbox/outbox';
import { allBranches } from '../branches/branch.service';
import { type Exhibition, ensureReadingRoomExhibition, readingRoomsOf } from '../exhibitions/exhibition.service';
import { policyOf, type SlotTemplateInput, setTemplates, updatePolicy } from '../scheduling/plan.service';
import { SlotClosedError } from '../scheduling/scheduling.errors';
import {
  assertSlotBookable,
  type CalendarDay,
  calendar,
  findSlot,
  MAX_CALENDAR_DAYS,
  releasePlaces,
  requireReadingRoomSlot,
  type Slot,
  slotsOfDay,
  takeOnlinePlacesOrRefuse,
} from '../scheduling/slot.service';
import { LookupVisitNotAvailableError, LookupVisitTooSoonError } from './lookup.errors';
import * as lookups from './lookup.repository';
import { type LookupVisit, recordEvent, requireRequestRow, toLookupVisit } from './lookup.service';
import { calendarDays, holidayCalendarFrom, settingsOfBranch } from './settings.service';

/**
 * A new reading room's rules: seats open two weeks ahead, one seat per appointment, no walk-in reserve, closed
 * on Sundays and Mondays. Staff change them with the scheduling tools (setBookingPolicy…) like any plan.
 */
export const READING_ROOM_POLICY: BookingPolicyChanges = {
  releaseDaysAhead: 14,
  releaseTime: '08:00',
  maxVisitors: 1,
  cancelCutoffMinutes: 0,
  closeMinutesBeforeStart: 0,
  walkinReleaseMinutes: 0,
  closedWeekdays: [1, 7],
};

/** Tuesday to Saturday, a morning and an afternoon session of 6 seats. */
export const READING_ROOM_PLAN: SlotTemplateInput[] = [2, 3, 4, 5, 6].flatMap((weekday) => [
  { weekday, startTime: '09:00', endTime: '11:30', capacity: 6, walkinQuota: 0, groupQuota: 0 },
  { weekday, startTime: '14:30', endTime: '17:00', capacity: 6, walkinQuota: 0, groupQuota: 0 },
]);

/**
 * Gives every archive its reading room, once: the first process to insert an archive's row sets up its policy
 * and weekly plan; later starts leave what staff changed alone. Slots follow from the plan (extendSlotPlans).
 */
export async function ensureReadingRooms(db: Executor, now: number): Promise<void> {
  for (const branch of await allBranches(db)) {
    const room = await ensureReadingRoomExhibition(db, branch, now);
    if (!room.created) continue;
    await updatePolicy(db, room.id, READING_ROOM_POLICY);
    await setTemplates(db, room.id, READING_ROOM_PLAN);
  }
}

export async function readingRoomOf(deps: Pick<Deps, 'db' | 'clock'>, branchId: number): Promise<Exhibition | null> {
  return (await readingRoomsOf(deps, [branchId])).get(branchId) ?? null;
}

/** The first day a seat may be booked for: the archive's lead time in working days after today. */
async function earliestVisitDate(deps: Pick<Deps, 'db' | 'clock'>, branchId: number): Promise<BusinessDate> {
  const today = businessDateOf(deps.clock.now());
  const [settings, holidays] = await Promise.all([
    settingsOfBranch(deps.db, branchId),
    holidayCalendarFrom(deps.db, today),
  ]);
  return addWorkingDays(today, settings.visitLeadDays, holidays);
}

/**
 * The reading room's availability per day, as scheduling's calendar has it, with the days lookups may not book
 * closed too: before the lead time, and the calendar's holidays (a make-up working day on a weekend stays as the
 * weekly plan has it).
 */
export async function readingRoomCalendar(
  deps: Pick<Deps, 'db' | 'clock'>,
  room: Exhibition,
  from: BusinessDate,
  days: number,
): Promise<CalendarDay[]> {
  const [policy, earliest, overrides] = await Promise.all([
    policyOf(deps.db, room.id),
    earliestVisitDate(deps, room.branchId),
    calendarDays(deps.db, from, addDays(from, MAX_CALENDAR_DAYS)),
  ]);
  const holidays = holidayCalendarOf(overrides).holidays;
  const closed = (day: CalendarDay, reason: string): CalendarDay => ({
    ...day,
    availability: 'CLOSED',
    remaining: 0,
    closedReason: day.closedReason ?? reason,
  });
  return (await calendar(deps, room, policy, from, days)).map((day) => {
    if (day.availability === 'CLOSED') return day;
    if (holidays.has(day.date)) return closed(day, '法定节假日闭馆');
    if (day.date < earliest) return closed(day, '需至少提前一个工作日预约');
    return day;
  });
}

export async function readingRoomSlots(deps: Pick<Deps, 'db' | 'clock'>, room: Exhibition, date: BusinessDate) {
  return slotsOfDay(deps, room, await policyOf(deps.db, room.id), date);
}

/**
 * Books a seat of the receiving archive's reading room for a request that needs a visit. The seat is taken by
 * scheduling's conditional update in the caller's transaction; the unique live-appointment index refuses a
 * second appointment for the same request (and the rollback gives the seat back).
 */
export async function bookVisit(deps: Deps, actor: Actor | null, requestId: number, slotId: number) {
  const citizen = requireCitizen(actor);
  const now = deps.clock.now();
  const { row } = await requireRequestRow(deps.db, citizen, requestId);
  if (!isOpenLookupStatus(row.status)) throw new LookupVisitNotAvailableError('REQUEST_CLOSED');
  if (row.needs_visit !== 1) throw new LookupVisitNotAvailableError('NOT_NEEDED');
  const slot = await requireReadingRoomSlot(deps, slotId, row.receiving_branch_id);
  const earliest = await earliestVisitDate(deps, row.receiving_branch_id);
  if (slot.visitDate < earliest) throw new LookupVisitTooSoonError(earliest);
  const holidays = await holidayCalendarFrom(deps.db, businessDateOf(now));
  if (holidays.holidays.has(slot.visitDate)) throw new SlotClosedError('法定节假日闭馆');
  assertSlotBookable(slot, now);
  await takeOnlinePlacesOrRefuse(deps, slot, 1, now);
  const values = {
    request_id: row.id,
    slot_id: slot.id,
    visit_date: slot.visitDate,
    status: 'BOOKED' as const,
    active_request_id: row.id,
    booked_at: now,
    cancelled_at: null,
    cancel_reason: null,
  };
  let visitId: number;
  try {
    visitId = await lookups.insertVisit(deps.db, values);
  } catch (error) {
    if (isUniqueViolation(error, 'active_request_id')) throw new LookupVisitNotAvailableError('ALREADY_BOOKED');
    throw error;
  }
  await recordCitizenVisitStep(deps.db, row, citizen, 'BOOK_VISIT', visitNote(slot), now);
  return toLookupVisit({ ...values, id: visitId });
}

const visitNote = (slot: Pick<Slot, 'visitDate' | 'startAt' | 'endAt'>) =>
  `${slot.visitDate} ${businessTimeOf(slot.startAt)}–${businessTimeOf(slot.endAt)}`;

/** The citizen cancels their appointment; the seat goes back to the reading room. */
export async function cancelVisit(deps: Deps, actor: Actor | null, requestId: number): Promise<void> {
  const citizen = requireCitizen(actor);
  const { row } = await requireRequestRow(deps.db, citizen, requestId);
  if (!(await releaseLiveVisit(deps, row.id, '本人取消'))) throw new LookupVisitNotAvailableError('NONE_BOOKED');
  await recordCitizenVisitStep(deps.db, row, citizen, 'CANCEL_VISIT', null, deps.clock.now());
}

/** An appointment step on the timeline: the request's status stays as it is. */
function recordCitizenVisitStep(
  db: Executor,
  row: Pick<lookups.LookupRequestRow, 'id' | 'status'>,
  citizen: Actor,
  kind: 'BOOK_VISIT' | 'CANCEL_VISIT',
  note: string | null,
  now: number,
) {
  return recordEvent(db, {
    requestId: row.id,
    kind,
    from: row.status,
    to: row.status,
    actor: citizen,
    branchId: null,
    note,
    now,
  });
}

/** Cancels a request's standing appointment and gives its seat back, once; false when there was none. */
async function releaseLiveVisit(deps: Pick<Deps, 'db' | 'clock'>, requestId: number, reason: string) {
  const live = await lookups.findLiveVisitOfRequest(deps.db, requestId);
  if (!live) return false;
  const now = deps.clock.now();
  if (!(await lookups.cancelVisitIfBooked(deps.db, live.id, { now, reason }))) return false;
  const slot = await findSlot(deps, live.slot_id);
  // A seat of a session that has begun is not given back: nobody can take it any more.
  if (slot && now < slot.startAt) await releasePlaces(deps.db, slot.id, 1);
  return true;
}

export const VISIT_RELEASED_NOTE = '申请已结束';

/** A request that closed (refused, completed, withdrawn) no longer needs its seat; false when it had none. */
export function releaseVisitOfClosedRequest(deps: Pick<Deps, 'db' | 'clock'>, requestId: number) {
  return releaseLiveVisit(deps, requestId, VISIT_RELEASED_NOTE);
}

/**
 * Staff closed a reading-room slot (or its day): its appointments are cancelled and each citizen told, once.
 * The closed slot keeps its counters, as scheduling does for bookings.
 */
export async function cancelVisitsOfClosedSlot(
  deps: Deps,
  actor: Actor,
  slotId: number,
  reason: string,
): Promise<number> {
  const now = deps.clock.now();
  let cancelled = 0;
  for (const visit of await lookups.listLiveVisitsOfSlot(deps.db, slotId)) {
    if (!(await lookups.cancelVisitIfBooked(deps.db, visit.id, { now, reason }))) continue;
    cancelled++;
    const [request] = await lookups.findRequestsByIds(deps.db, [visit.request_id]);
    await recordEvent(deps.db, {
      requestId: request.id,
      kind: 'CANCEL_VISIT',
      from: request.status,
      to: request.status,
      actor,
      branchId: request.receiving_branch_id,
      note: reason,
      now,
    });
    await enqueueMessage(
      deps.db,
      {
        accountId: request.account_id,
        kind: 'LOOKUP_VISIT_CANCELLED',
        dedupeKey: `lookup-visit-closed:${visit.id}`,
        payload: { requestId: request.id, slotId, reason },
      },
      now,
    );
  }
  return cancelled;
}

export type { LookupVisit };

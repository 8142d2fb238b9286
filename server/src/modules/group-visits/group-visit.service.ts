// Group visits (团体预约) for schools and work units: places come from a separate per-slot group quota and
// are held while staff review the request; a refusal releases them. The roster stays editable until a deadline.
import {
  ADULT_RATIO_MESSAGE,
  type BookingStatus,
  businessDateOf,
  groupRosterModel,
  groupVisitModel,
  reviewNoteModel,
  type VisitorInput,
} from '@zz/shared';
import type * as z from 'zod/mini';
import type { Deps } from '../../context';
import { isUniqueViolation } from '../../db/db-errors';
import { RerunTransaction } from '../../db/executor';
import { InputValidationError, parseInput } from '../../errors';
import type { Actor } from '../../platform/access/actor';
import { assertBranchInScope, branchFilterOf } from '../../platform/access/branch-scope';
import { requireCitizen, requireStaff } from '../../platform/access/guards';
import { recordStaffAction } from '../../platform/audit/audit-log';
import { enqueueMessage } from '../../platform/outbox/outbox';
import { protectVisitor } from '../../platform/pii/visitor-protection';
import { assertPrivacyConsent } from '../privacy/privacy.service';
import {
  assertSlotBookable,
  findSlot,
  releaseGroupPlaces,
  requirePublishedSlot,
  type Slot,
  takeGroupPlaces,
} from '../scheduling/slot.service';
import { BookingNotFoundError } from '../visits/visit.errors';
import {
  assertNotSuspended,
  type Booking,
  bookingByIdempotencyKey,
  groupBookings,
  loadBooking,
  loadWrittenBooking,
  replaceParty,
  settleGroupReview,
  writeVisit,
} from '../visits/visit.service';
import { GroupQuotaFullError, GroupRuleError } from './group-visit.errors';

export interface GroupVisitInput {
  slotId: number;
  organization: string;
  leaderName: string;
  leaderPhone: string;
  roster: VisitorInput[];
  idempotencyKey: string;
}

/**
 * Parses a roster (or a whole group request) with the form's model. The adult ratio keeps its own typed
 * answer, GroupRuleError ADULT_RATIO, when it is the only problem, as the API has always given it.
 */
function parseGroup<M extends z.ZodMiniType>(model: M, value: unknown, prefix?: string): z.output<M> {
  try {
    return parseInput(model, value, prefix);
  } catch (error) {
    const ratioOnly =
      error instanceof InputValidationError && error.fieldErrors.every((e) => e.message === ADULT_RATIO_MESSAGE);
    if (ratioOnly) throw new GroupRuleError('ADULT_RATIO', ADULT_RATIO_MESSAGE);
    throw error;
  }
}

function rosterDeadline(slot: Slot): number {
  return slot.startAt - slot.policy.groupRosterDeadlineHours * 3600_000;
}

async function groupQuotaFull(deps: Pick<Deps, 'db' | 'clock'>, slotId: number): Promise<GroupQuotaFullError> {
  const fresh = await findSlot(deps, slotId);
  return new GroupQuotaFullError(fresh ? Math.max(fresh.groupQuota - fresh.groupBooked, 0) : 0);
}

export async function requestGroupVisit(deps: Deps, actor: Actor | null, input: GroupVisitInput): Promise<Booking> {
  const citizen = requireCitizen(actor);
  const now = deps.clock.now();
  const previous = await bookingByIdempotencyKey(deps, citizen, input.idempotencyKey);
  if (previous) return previous;
  const slot = await requirePublishedSlot(deps, input.slotId);
  // The form's model: organisation, leader, a roster of the size groupSizeRange allows for the slot's whole group
  // quota, with one adult per ten minors on the visit date. What is left of the quota is taken atomically below.
  const group = parseGroup(
    groupVisitModel({ today: businessDateOf(now), visitDate: slot.visitDate, groupPlaces: slot.groupQuota }),
    input,
  );
  assertSlotBookable(slot, now);
  await assertNotSuspended(deps.db, citizen.accountId, now);
  await assertPrivacyConsent(deps, citizen.accountId);
  const party = group.roster.map((v) => protectVisitor(deps.vault, v, slot.visitDate));

  if (!(await takeGroupPlaces(deps.db, slot.id, party.length))) throw await groupQuotaFull(deps, slot.id);
  try {
    const id = await writeVisit(deps, {
      kind: 'GROUP',
      accountId: citizen.accountId,
      slot,
      party,
      status: 'PENDING_REVIEW',
      now,
      idempotencyKey: group.idempotencyKey,
      phone: group.leaderPhone,
      organization: group.organization,
      leaderName: group.leaderName,
    });
    return loadWrittenBooking(deps, citizen, id);
  } catch (error) {
    if (isUniqueViolation(error, 'idempotency_key')) throw new RerunTransaction('idempotency key taken');
    throw error;
  }
}

/** Staff approve (places stay taken, tickets appear) or refuse (places return to the group quota). */
export async function reviewGroupVisit(
  deps: Deps,
  actor: Actor | null,
  input: { bookingId: number; approve: boolean; note: string | null },
): Promise<Booking> {
  const staff = requireStaff(actor);
  const booking = await loadBooking(deps, staff, input.bookingId);
  if (booking?.kind !== 'GROUP') throw new BookingNotFoundError();
  const slot = await findSlot(deps, booking.slotId);
  if (!slot) throw new BookingNotFoundError();
  assertBranchInScope(staff, slot.branchId);
  const now = deps.clock.now();
  const note = parseInput(reviewNoteModel, input.note, 'note');
  const settled = await settleGroupReview(deps.db, booking.id, {
    approve: input.approve,
    reviewerId: staff.accountId,
    note,
    now,
  });
  if (!settled) throw new GroupRuleError('NOT_PENDING', '该团体预约已审核');
  if (!input.approve) await releaseGroupPlaces(deps.db, booking.slotId, booking.partySize);
  await enqueueMessage(
    deps.db,
    {
      accountId: booking.accountId,
      kind: input.approve ? 'GROUP_APPROVED' : 'GROUP_REJECTED',
      dedupeKey: `group-review:${booking.id}`,
      payload: { bookingId: booking.id, note },
    },
    now,
  );
  await recordStaffAction(
    deps,
    staff,
    'GROUP_VISIT_REVIEWED',
    { kind: 'BOOKING', id: booking.id },
    {
      detail: { approved: input.approve, slotId: booking.slotId, partySize: booking.partySize },
    },
  );
  return loadWrittenBooking(deps, staff, booking.id);
}

/** Replaces the roster until the deadline; a larger roster takes more group places atomically. */
export async function updateGroupRoster(
  deps: Deps,
  actor: Actor | null,
  input: { bookingId: number; roster: VisitorInput[] },
): Promise<Booking> {
  const citizen = requireCitizen(actor);
  const booking = await loadBooking(deps, citizen, input.bookingId);
  if (booking?.kind !== 'GROUP' || booking.accountId !== citizen.accountId) throw new BookingNotFoundError();
  if (booking.status !== 'PENDING_REVIEW' && booking.status !== 'CONFIRMED') {
    throw new GroupRuleError('ROSTER_LOCKED', '该团体预约已不能修改名单');
  }
  const slot = (await findSlot(deps, booking.slotId)) as Slot;
  if (deps.clock.now() >= rosterDeadline(slot)) {
    throw new GroupRuleError('ROSTER_LOCKED', `名单须在参观前${slot.policy.groupRosterDeadlineHours}小时之前修改`);
  }
  const roster = parseGroup(
    groupRosterModel({
      today: businessDateOf(deps.clock.now()),
      visitDate: slot.visitDate,
      groupPlaces: slot.groupQuota,
    }),
    input.roster,
    'roster',
  );
  const party = roster.map((v) => protectVisitor(deps.vault, v, slot.visitDate));
  const delta = party.length - booking.partySize;
  if (delta > 0 && !(await takeGroupPlaces(deps.db, slot.id, delta))) throw await groupQuotaFull(deps, slot.id);
  if (delta < 0) await releaseGroupPlaces(deps.db, slot.id, -delta);
  await replaceParty(deps, booking, slot, party);
  return loadWrittenBooking(deps, citizen, booking.id);
}

/** Group visits in the viewer's scope, soonest first (e.g. those awaiting review). */
export function groupVisits(deps: Deps, actor: Actor | null, status: BookingStatus, fromDate: string) {
  const staff = requireStaff(actor);
  return groupBookings(deps, staff, { status, fromDate, branchId: branchFilterOf(staff) });
}

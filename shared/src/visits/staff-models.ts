// The models of the staff forms that plan and run slots: place counts, the weekly plan, closing a slot or a
// day, and the note of a group review. Used by the staff tools and parsed again by the server.
import * as z from 'zod/mini';
import { isClockTime } from '../time/business-time';
import { charCount, optionalTextModel, textModel } from '../validation/text';

export const MAX_SLOT_CAPACITY = 10000;
/** Seven days of up to twelve slots; a longer plan is a mistake (or an attack), not a timetable. */
export const MAX_WEEKLY_TEMPLATES = 84;
export const CLOSE_REASON_MAX_LENGTH = 100;
export const REVIEW_NOTE_MAX_LENGTH = 200;
export const OVERRIDE_REASON_MIN_LENGTH = 2;
export const OVERRIDE_REASON_MAX_LENGTH = 100;

const WALKIN_QUOTA_MESSAGE = '现场预留名额应在0与容量之间';
const GROUP_QUOTA_MESSAGE = `团体名额应为0–${MAX_SLOT_CAPACITY}`;

function placeCountsShape(minCapacity: number) {
  const capacityMessage = `容量应为${minCapacity}–${MAX_SLOT_CAPACITY}`;
  return {
    capacity: z
      .int({ error: capacityMessage })
      .check(z.gte(minCapacity, capacityMessage), z.lte(MAX_SLOT_CAPACITY, capacityMessage)),
    walkinQuota: z
      .int({ error: WALKIN_QUOTA_MESSAGE })
      .check(z.gte(0, WALKIN_QUOTA_MESSAGE), z.lte(MAX_SLOT_CAPACITY, WALKIN_QUOTA_MESSAGE)),
    groupQuota: z
      .int({ error: GROUP_QUOTA_MESSAGE })
      .check(z.gte(0, GROUP_QUOTA_MESSAGE), z.lte(MAX_SLOT_CAPACITY, GROUP_QUOTA_MESSAGE)),
  };
}

/** The walk-in reserve is part of the capacity (compared only with a capacity that is itself a count). */
const walkinWithinCapacity = z.superRefine((counts: { capacity: number; walkinQuota: number }, ctx) => {
  if (Number.isInteger(counts.capacity) && counts.capacity >= 0 && counts.walkinQuota > counts.capacity) {
    ctx.addIssue({ code: 'custom', message: WALKIN_QUOTA_MESSAGE, path: ['walkinQuota'], input: counts.walkinQuota });
  }
});

/**
 * The places of a plan row or a slot. A plan needs at least one place (minCapacity 1); an existing slot may be
 * set to 0 (no more online places) as long as that stays above what is booked, which the database decides.
 */
export function placeCountsModel({ minCapacity }: { minCapacity: number }) {
  return z.object(placeCountsShape(minCapacity)).check(walkinWithinCapacity);
}

/** One row of the weekly plan (每周场次). */
export const slotTemplateModel = z
  .object({
    weekday: z.int({ error: '星期应为1–7' }).check(z.gte(1, '星期应为1–7'), z.lte(7, '星期应为1–7')),
    startTime: z.string({ error: '开始时间格式应为HH:MM' }).check(z.refine(isClockTime, '开始时间格式应为HH:MM')),
    endTime: z.string({ error: '结束时间格式应为HH:MM' }).check(z.refine(isClockTime, '结束时间格式应为HH:MM')),
    ...placeCountsShape(1),
  })
  .check(
    walkinWithinCapacity,
    z.superRefine((row, ctx) => {
      // Clock times compare as strings (HH:MM); a malformed one already has its own message.
      if (isClockTime(row.startTime) && isClockTime(row.endTime) && row.endTime <= row.startTime) {
        ctx.addIssue({ code: 'custom', message: '结束时间应晚于开始时间', path: ['endTime'], input: row.endTime });
      }
    }),
  );

/** The whole weekly plan, replaced at once; its size is refused before any row is looked at. */
export const weeklyPlanModel = z
  .array(slotTemplateModel)
  .check(z.maxLength(MAX_WEEKLY_TEMPLATES, `每周最多${MAX_WEEKLY_TEMPLATES}个场次`));

/** Why a slot or a day is closed; citizens whose bookings are cancelled are told it. */
export const closeReasonModel = textModel({
  max: CLOSE_REASON_MAX_LENGTH,
  required: `请填写关闭原因（${CLOSE_REASON_MAX_LENGTH}字以内）`,
  tooLong: `请填写关闭原因（${CLOSE_REASON_MAX_LENGTH}字以内）`,
});

const OVERRIDE_REASON_MESSAGE = `请填写特殊放行原因（${OVERRIDE_REASON_MIN_LENGTH}–${OVERRIDE_REASON_MAX_LENGTH}字）`;

/**
 * Why staff admit a party outside its entry window (特殊放行). It goes into the audit log, so it is a reason
 * (“航班延误”), never a visitor's name or document number.
 */
export const overrideReasonModel = textModel({
  max: OVERRIDE_REASON_MAX_LENGTH,
  required: OVERRIDE_REASON_MESSAGE,
  tooLong: OVERRIDE_REASON_MESSAGE,
  rule: (value) => (charCount(value) < OVERRIDE_REASON_MIN_LENGTH ? OVERRIDE_REASON_MESSAGE : null),
});

/** The note of a group review (审核意见); blank becomes null. */
export const reviewNoteModel = optionalTextModel({
  max: REVIEW_NOTE_MAX_LENGTH,
  tooLong: `审核意见不能超过${REVIEW_NOTE_MAX_LENGTH}字`,
});

// The booking policy form (预约规则) and setBookingPolicy: a partial change, every field optional, each
// number within POLICY_BOUNDS. Absent and null both mean "keep the current value".
import * as z from 'zod/mini';
import { isClockTime } from '../time/business-time';
import { POLICY_BOUNDS, POLICY_NUMBER_FIELDS, type PolicyNumberField } from './policy';

/** The message of a number outside its bounds, as the form shows it beside the field. */
export function policyBoundMessage(field: PolicyNumberField): string {
  const { min, max } = POLICY_BOUNDS[field];
  return `应为${min}–${max}之间的整数`;
}

function boundedInt(field: PolicyNumberField) {
  const { min, max } = POLICY_BOUNDS[field];
  const message = policyBoundMessage(field);
  return z.optional(z.nullable(z.int({ error: message }).check(z.gte(min, message), z.lte(max, message))));
}

const numberFields = Object.fromEntries(POLICY_NUMBER_FIELDS.map((field) => [field, boundedInt(field)])) as {
  [K in PolicyNumberField]: ReturnType<typeof boundedInt>;
};

const isIsoWeekday = (day: number) => Number.isInteger(day) && day >= 1 && day <= 7;

export const bookingPolicyModel = z.object({
  bookingEnabled: z.optional(z.nullable(z.boolean())),
  releaseTime: z.optional(
    z.nullable(
      z.string({ error: '时间格式应为HH:MM' }).check(z.refine((value) => isClockTime(value), '时间格式应为HH:MM')),
    ),
  ),
  closedWeekdays: z.optional(
    z.nullable(
      // Checked as a whole, so the message sits on the field (policy.closedWeekdays) rather than on one day.
      z.array(z.number({ error: '星期应为1–7' })).check(
        z.maxLength(7, '星期应为1–7'),
        z.refine((days) => days.every(isIsoWeekday), '星期应为1–7'),
      ),
    ),
  ),
  ...numberFields,
});

export type BookingPolicyChanges = z.output<typeof bookingPolicyModel>;

// The citizen's request forms: 预约参观 and 加入候补 (saved and typed visitors, a phone), 团体预约 (an organisation,
// its leader and a roster with one adult per ten minors) and the roster edited later. Parsed by the forms
// and again by the server, which reports issues at the same paths.
import * as z from 'zod/mini';
import { documentNumberMessage } from '../identity/documents';
import { personNameModel } from '../identity/names';
import { phoneModel } from '../identity/phone';
import { birthDateOfResidentId } from '../identity/resident-id';
import type { BusinessDate } from '../time/business-time';
import { textModel } from '../validation/text';
import {
  GROUP_MAX_SIZE,
  GROUP_MIN_SIZE,
  groupSizeLabel,
  groupSizeRange,
  MAX_VISITORS_PER_BOOKING,
  MINORS_PER_ADULT,
} from './limits';
import { hasEnoughAdults, isMinorOn } from './rules';
import { type VisitContext, visitorPartyModel } from './visitor-models';

/** A key made by the client for one form, so a retried submission returns the first result. */
export const idempotencyKeyModel = z
  .string({ error: '请求标识无效' })
  .check(z.regex(/^[A-Za-z0-9_-]{8,64}$/, '请求标识无效'));

/** An absent or null list (GraphQL leaves optional lists out) as an empty one. */
function listOrEmpty<T extends z.ZodMiniType>(item: T) {
  return z.pipe(
    z.optional(z.nullable(item)),
    z.transform((value) => value ?? []),
  );
}

/** Ids of saved frequent visitors; their documents were checked when they were saved. */
const frequentVisitorIdsModel = z
  .array(z.string().check(z.maxLength(64, '常用参观人无效')))
  .check(z.maxLength(MAX_VISITORS_PER_BOOKING, `每单最多${MAX_VISITORS_PER_BOOKING}人`));

/**
 * 预约参观 and 加入候补: saved visitors and typed ones together, 1 to the policy's maxVisitors of them, and a
 * mobile number. Typed visitors are reported as 'visitors.{i}' by their place in the list as sent.
 */
export function bookingModel(context: VisitContext & { maxVisitors: number }) {
  // A model is immutable and the same for one policy size on one day: built once, not on every attempt (at a release
  // a thousand attempts a second each built it anew).
  const key = `${context.maxVisitors}|${context.today}`;
  let model = bookingModels.get(key);
  if (!model) {
    if (bookingModels.size >= 64) bookingModels.clear();
    model = buildBookingModel(context);
    bookingModels.set(key, model);
  }
  return model;
}

const bookingModels = new Map<string, ReturnType<typeof buildBookingModel>>();

function buildBookingModel({ maxVisitors, today }: VisitContext & { maxVisitors: number }) {
  return z
    .object({
      frequentVisitorIds: listOrEmpty(frequentVisitorIdsModel),
      visitors: listOrEmpty(
        visitorPartyModel({ min: 0, max: maxVisitors, today, sizeMessage: `每单最多${maxVisitors}人` }),
      ),
      phone: phoneModel,
    })
    .check(
      z.superRefine((booking, ctx) => {
        const count = (booking.frequentVisitorIds?.length ?? 0) + (booking.visitors?.length ?? 0);
        if (count < 1)
          ctx.addIssue({ code: 'custom', message: '请至少选择或添加1位参观人', path: ['visitors'], input: count });
        else if (count > maxVisitors) {
          ctx.addIssue({ code: 'custom', message: `每单最多${maxVisitors}人`, path: ['visitors'], input: count });
        }
      }),
    );
}

/** Whether a roster entry is a minor on the visit date: from a resident ID's birth date, else as declared. */
export function isMinorVisitor(
  visitor: { documentType: string; documentNumber: string; minor?: boolean | null },
  visitDate: BusinessDate,
): boolean {
  return visitor.documentType === 'RESIDENT_ID'
    ? isMinorOn(birthDateOfResidentId(visitor.documentNumber), visitDate)
    : visitor.minor === true;
}

export const ADULT_RATIO_MESSAGE = `每${MINORS_PER_ADULT}名未成年人至少需要1名成年人带队`;

export interface GroupContext extends VisitContext {
  /** The visit date (today when not given), on which minors are counted. */
  visitDate?: BusinessDate;
  /**
   * The group places the roster may fill (see groupSizeRange): the form passes the slot's remaining places, the
   * server the slot's group quota. Without it only the fixed 10–50 applies.
   */
  groupPlaces?: number;
}

/** What a roster of the wrong size is told: the range groupSizeRange allows, or that no group fits. */
export function groupSizeMessage(groupPlaces: number = GROUP_MAX_SIZE): string {
  const range = groupSizeRange(groupPlaces);
  return range ? `团体人数应为${groupSizeLabel(range)}` : `该场次团体余位不足${GROUP_MIN_SIZE}人`;
}

/**
 * A group's roster: the size groupSizeRange allows (10 to 50, and no more than the group places), each document
 * once, and at least one adult per ten minors on the visit date (`visitDate`, today when not given).
 */
export function groupRosterModel({ today, visitDate, groupPlaces = GROUP_MAX_SIZE }: GroupContext) {
  return visitorPartyModel({
    min: GROUP_MIN_SIZE,
    // No range: every size is refused (min above max), with the message that says why.
    max: groupSizeRange(groupPlaces)?.max ?? 0,
    today,
    sizeMessage: groupSizeMessage(groupPlaces),
  }).check(
    z.superRefine((roster, ctx) => {
      const judged = roster.filter(
        (v) => typeof v?.documentNumber === 'string' && !documentNumberMessage(v.documentType, v.documentNumber, today),
      );
      const minors = judged.filter((v) => isMinorVisitor(v, visitDate ?? today)).length;
      if (judged.length > 0 && !hasEnoughAdults(judged.length - minors, minors)) {
        ctx.addIssue({ code: 'custom', message: ADULT_RATIO_MESSAGE, input: roster });
      }
    }),
  );
}

export const ORGANIZATION_MAX_LENGTH = 60;

/** 团体预约: the organisation, its leader, the roster, and the form's idempotency key. */
export function groupVisitModel(context: GroupContext) {
  return z.object({
    organization: textModel({
      max: ORGANIZATION_MAX_LENGTH,
      required: `请填写单位或学校名称（${ORGANIZATION_MAX_LENGTH}字以内）`,
      tooLong: `请填写单位或学校名称（${ORGANIZATION_MAX_LENGTH}字以内）`,
    }),
    leaderName: personNameModel,
    leaderPhone: phoneModel,
    roster: groupRosterModel(context),
    idempotencyKey: idempotencyKeyModel,
  });
}

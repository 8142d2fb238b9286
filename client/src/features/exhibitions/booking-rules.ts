// The booking policy of an exhibition as plain Chinese sentences, and the small formats the planner shows.
// The numbers come from the server's policy and the shared rule constants, never from copies here.
import { businessDateOf, businessTimeOf } from '@zz/shared/time/business-time';
import { GROUP_SIZE_RULE, NO_SHOW_LIMIT, NO_SHOW_WINDOW_DAYS, SUSPENSION_DAYS } from '@zz/shared/visits/limits';
import type { BookingPolicy } from '@zz/shared/visits/policy';

const WEEKDAY_NAMES = ['一', '二', '三', '四', '五', '六', '日'];

/** 120 → '2小时', 90 → '90分钟'. */
export function formatMinutes(minutes: number): string {
  return minutes % 60 === 0 ? `${minutes / 60}小时` : `${minutes}分钟`;
}

type PolicyFields = Pick<
  BookingPolicy,
  | 'releaseDaysAhead'
  | 'releaseTime'
  | 'closeMinutesBeforeStart'
  | 'cancelCutoffMinutes'
  | 'maxVisitors'
  | 'closedWeekdays'
  | 'checkinEarlyMinutes'
  | 'waitlistHoldMinutes'
>;

export function bookingRules(policy: PolicyFields): string[] {
  const rules = [`每日场次提前${policy.releaseDaysAhead}天 ${policy.releaseTime} 放票`];
  if (policy.closedWeekdays.length > 0) {
    const days = [...policy.closedWeekdays].sort((a, b) => a - b).map((d) => WEEKDAY_NAMES[d - 1]);
    rules.push(`每周${days.join('、')}闭馆`);
  }
  rules.push(`每单最多${policy.maxVisitors}人，参观人须实名登记`);
  if (policy.closeMinutesBeforeStart > 0)
    rules.push(`场次开始前${formatMinutes(policy.closeMinutesBeforeStart)}停止预约`);
  rules.push(
    `场次开始前${formatMinutes(policy.cancelCutoffMinutes)}可免费取消，之后取消视为未到场`,
    `${NO_SHOW_WINDOW_DAYS}天内${NO_SHOW_LIMIT}次未到场，暂停预约${SUSPENSION_DAYS}天`,
  );
  if (policy.checkinEarlyMinutes > 0) rules.push(`可提前${policy.checkinEarlyMinutes}分钟凭电子票入馆`);
  rules.push(`约满场次可加入候补，有名额时为您保留${formatMinutes(policy.waitlistHoldMinutes)}待确认`, GROUP_SIZE_RULE);
  return rules;
}

/** An ISO instant → '11/24 20:00' in business time. */
export function formatMonthDayTime(iso: string): string {
  const ms = Date.parse(iso);
  const [, m, d] = businessDateOf(ms).split('-').map(Number);
  return `${m}/${d} ${businessTimeOf(ms)}`;
}

/** A slot's time range, '09:00–10:30', in business time. */
export function formatTimeRange(startAt: string, endAt: string): string {
  return `${businessTimeOf(Date.parse(startAt))}–${businessTimeOf(Date.parse(endAt))}`;
}

/** Where to go: the archive and the hall, without repeating the archive when the hall's name already has it. */
export function formatPlace(branchName: string | null | undefined, venue: string | null | undefined): string {
  if (!venue) return branchName ?? '';
  return branchName && !venue.startsWith(branchName) ? `${branchName} · ${venue}` : venue;
}

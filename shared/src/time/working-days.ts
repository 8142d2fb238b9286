// Working days in business time (Asia/Shanghai): Monday to Friday, except the holidays of a calendar, plus the
// make-up working days (调休) it declares on weekends. The calendar is data staff edit; these rules are pure.
import { addDays, type BusinessDate, isoWeekday } from './business-time';

/** The days that differ from the weekly rule. A date in both sets counts as a holiday. */
export interface HolidayCalendar {
  holidays: ReadonlySet<BusinessDate>;
  workdays: ReadonlySet<BusinessDate>;
}

export const NO_HOLIDAYS: HolidayCalendar = { holidays: new Set(), workdays: new Set() };

export function holidayCalendarOf(days: ReadonlyArray<{ date: BusinessDate; kind: 'HOLIDAY' | 'WORKDAY' }>) {
  return {
    holidays: new Set(days.filter((d) => d.kind === 'HOLIDAY').map((d) => d.date)),
    workdays: new Set(days.filter((d) => d.kind === 'WORKDAY').map((d) => d.date)),
  } satisfies HolidayCalendar;
}

export function isWorkingDay(date: BusinessDate, calendar: HolidayCalendar): boolean {
  if (calendar.holidays.has(date)) return false;
  if (calendar.workdays.has(date)) return true;
  return isoWeekday(date) <= 5;
}

/**
 * A search never runs past this many calendar days: a calendar that declared a whole year of holidays is a
 * mistake, and the answer then stays finite rather than looping.
 */
const MAX_SCAN_DAYS = 400;

/**
 * The `n`-th working day after `date` (the date itself for n = 0): "accept within 1 working day" of a request
 * filed on a Friday is due on Monday, or on the make-up Sunday before it if the calendar declares one.
 */
export function addWorkingDays(date: BusinessDate, n: number, calendar: HolidayCalendar): BusinessDate {
  let day = date;
  let left = Math.max(0, Math.floor(n));
  for (let scanned = 0; left > 0 && scanned < MAX_SCAN_DAYS; scanned++) {
    day = addDays(day, 1);
    if (isWorkingDay(day, calendar)) left--;
  }
  return day;
}

// Calendar months of business dates ('YYYY-MM'), for views that page through a month at a time. Apart from
// business-time.ts so that only the pages that show months carry it (the main package imports that file).
import { addDays, type BusinessDate, padTwoDigits } from './business-time';

/** A calendar month of business dates, 'YYYY-MM'. */
export type BusinessMonth = string;

export function monthOf(date: BusinessDate): BusinessMonth {
  return date.slice(0, 7);
}

/** The month `months` after (or before, when negative) `month`. */
export function addMonths(month: BusinessMonth, months: number): BusinessMonth {
  const [year, monthNumber] = month.split('-').map(Number);
  const index = year * 12 + monthNumber - 1 + months;
  return `${Math.floor(index / 12)}-${padTwoDigits((index % 12) + 1)}`;
}

/** Every date of a month, in order. */
export function datesOfMonth(month: BusinessMonth): BusinessDate[] {
  const dates: BusinessDate[] = [];
  for (let date = `${month}-01`; monthOf(date) === month; date = addDays(date, 1)) dates.push(date);
  return dates;
}

// Calendar periods: days, weeks and months (PRACTICE.md §3: "Weeks and months are calendar periods").
//
// A month is a calendar month, not 30 days: the same day-of-month N months on, and if that month is too short
// the last day of it ("3 months after 31 Jan" is 30 Apr; 31 Jan + 1 month is 28 Feb, or 29 Feb in a leap
// year; 29 Feb + 12 months is 28 Feb). This is the end-of-month rule that the courts apply to "month" in
// statutes (Interpretation Act 1978 Sch. 1: "month" means calendar month; Dodds v Walker [1981] 1 WLR 1027,
// where there is no corresponding date the period ends on the last day of the month).
//
// Clamping is not associative: (31 Jan + 1 month) + 1 month = 28 Mar, but 31 Jan + 2 months = 31 Mar. So a
// clock counts every period from its own base date, never by chaining one period onto the last.

import { civilFromDays, daysFromCivil, daysInMonth, fromDayNumber, toDayNumber, MAX_YEAR, MIN_YEAR } from './day-number.ts';

function wholeNumber(n: number, what: string): number {
  if (!Number.isInteger(n)) throw new RangeError(`${what} must be a whole number, got ${n}`);
  return n;
}

export function addDaysToDayNumber(dayNumber: number, days: number): number {
  return dayNumber + wholeNumber(days, 'days');
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(addDaysToDayNumber(toDayNumber(iso), days));
}

export function addWeeksToDayNumber(dayNumber: number, weeks: number): number {
  return dayNumber + 7 * wholeNumber(weeks, 'weeks');
}

export function addWeeks(iso: string, weeks: number): string {
  return fromDayNumber(addWeeksToDayNumber(toDayNumber(iso), weeks));
}

/** N calendar months on (N may be negative), clamped to the last day of a short month. */
export function addMonthsToDayNumber(dayNumber: number, months: number): number {
  const { year, month, day } = civilFromDays(dayNumber);
  const index = year * 12 + (month - 1) + wholeNumber(months, 'months');
  const newYear = Math.floor(index / 12);
  const newMonth = index - newYear * 12 + 1;
  if (newYear < MIN_YEAR || newYear > MAX_YEAR) throw new RangeError(`${months} months from ${fromDayNumber(dayNumber)} is outside years 0001–9999`);
  return daysFromCivil(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}

export function addMonths(iso: string, months: number): string {
  return fromDayNumber(addMonthsToDayNumber(toDayNumber(iso), months));
}

/** Calendar days from a to b (b − a): negative when b is before a. */
export function daysBetween(a: string, b: string): number {
  return toDayNumber(b) - toDayNumber(a);
}

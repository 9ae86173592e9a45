// England-and-Wales bank holidays for a year, from the rules plus the proclamation table (one-offs.ts).
//
// The rules (PRACTICE.md §3; Banking and Financial Dealings Act 1971 Sch. 1 para 1, with New Year's Day and
// the early May holiday and the Christmas substitute days proclaimed every year under s.1(3), and Christmas
// Day and Good Friday being common-law holidays):
//   new_year        1 January; if it is a Saturday or Sunday, the next Monday instead (a substitute day)
//   good_friday     Easter Sunday − 2 days (Gregorian Easter, easter.ts)
//   easter_monday   Easter Sunday + 1 day
//   early_may       first Monday in May
//   spring          last Monday in May
//   late_august     last Monday in August ("summer bank holiday"; GOV.UK's slug is late_august)
//   christmas       25 December, and
//   boxing_day      26 December, with substitute days when they fall at the weekend:
//                     Fri 25 → Christmas Fri 25, Boxing Day Mon 28 (substitute)
//                     Sat 25 → Christmas Mon 27 (substitute), Boxing Day Tue 28 (substitute)
//                     Sun 25 → Boxing Day Mon 26 (its own date), Christmas Tue 27 (substitute)
// Names and the substitute flag follow GOV.UK's data exactly (title and notes: "substitute_day") so that
// our list for 2019–2028 equals shared/standards/bank-holidays/uk-bank-holidays-2019-2028.json; note that
// when Christmas is a Sunday GOV.UK names Mon 26 "boxing_day" (not a substitute) and Tue 27 the substitute
// "christmas", and we do the same.
//
// Years 1990–2100 only (PRACTICE.md §3): the rules above took this shape in 1978 (early May) and nothing is
// known about proclamations far ahead, so outside that range we refuse rather than guess. Each year's list
// is computed once and kept (the clocks ask for the same few years millions of times).

import { daysFromCivil, fromDayNumber, isoWeekday, toDayNumber } from './day-number.ts';
import { easterSundayDayNumber } from './easter.ts';
import { oneOffsInYear } from './one-offs.ts';

export const FIRST_BANK_HOLIDAY_YEAR = 1990;
export const LAST_BANK_HOLIDAY_YEAR = 2100;

export type BankHolidayOrigin = 'rule' | 'proclamation' | 'local';

export interface BankHoliday {
  /** YYYY-MM-DD */
  readonly date: string;
  /** Days since 1970-01-01 (day-number.ts), for fast arithmetic. */
  readonly dayNumber: number;
  /** GOV.UK's slug, e.g. 'good_friday', or the name an LA gave a local extra. */
  readonly name: string;
  /** True for a day that stands in for a holiday falling at the weekend (GOV.UK notes "substitute_day"). */
  readonly substitute: boolean;
  /** Where it comes from: the regular rules, the proclamation table, or an LA administrator. */
  readonly origin: BankHolidayOrigin;
}

export function checkBankHolidayYear(year: number): number {
  if (!Number.isInteger(year) || year < FIRST_BANK_HOLIDAY_YEAR || year > LAST_BANK_HOLIDAY_YEAR) {
    throw new RangeError(`England-and-Wales bank holidays are known for ${FIRST_BANK_HOLIDAY_YEAR}–${LAST_BANK_HOLIDAY_YEAR} only, not ${year}`);
  }
  return year;
}

const MONDAY = 1;
const FRIDAY = 5;
const SATURDAY = 6;
const SUNDAY = 7;

function holiday(dayNumber: number, name: string, substitute: boolean, origin: BankHolidayOrigin): BankHoliday {
  return { date: fromDayNumber(dayNumber), dayNumber, name, substitute, origin };
}

/** The first Monday on or after a day. */
function mondayOnOrAfter(dayNumber: number): number {
  return dayNumber + ((MONDAY - isoWeekday(dayNumber) + 7) % 7);
}

/** The last Monday on or before a day. */
function mondayOnOrBefore(dayNumber: number): number {
  return dayNumber - ((isoWeekday(dayNumber) - MONDAY + 7) % 7);
}

function byRules(year: number): BankHoliday[] {
  const list: BankHoliday[] = [];
  const newYear = daysFromCivil(year, 1, 1);
  const newYearWeekday = isoWeekday(newYear);
  if (newYearWeekday === SATURDAY || newYearWeekday === SUNDAY) list.push(holiday(mondayOnOrAfter(newYear), 'new_year', true, 'rule'));
  else list.push(holiday(newYear, 'new_year', false, 'rule'));

  const easter = easterSundayDayNumber(year);
  list.push(holiday(easter - 2, 'good_friday', false, 'rule'));
  list.push(holiday(easter + 1, 'easter_monday', false, 'rule'));

  list.push(holiday(mondayOnOrAfter(daysFromCivil(year, 5, 1)), 'early_may', false, 'rule'));
  list.push(holiday(mondayOnOrBefore(daysFromCivil(year, 5, 31)), 'spring', false, 'rule'));
  list.push(holiday(mondayOnOrBefore(daysFromCivil(year, 8, 31)), 'late_august', false, 'rule'));

  const christmas = daysFromCivil(year, 12, 25);
  switch (isoWeekday(christmas)) {
    case FRIDAY:
      list.push(holiday(christmas, 'christmas', false, 'rule'));
      list.push(holiday(christmas + 3, 'boxing_day', true, 'rule')); // Mon 28
      break;
    case SATURDAY:
      list.push(holiday(christmas + 2, 'christmas', true, 'rule')); // Mon 27
      list.push(holiday(christmas + 3, 'boxing_day', true, 'rule')); // Tue 28
      break;
    case SUNDAY:
      list.push(holiday(christmas + 1, 'boxing_day', false, 'rule')); // Mon 26, its own date
      list.push(holiday(christmas + 2, 'christmas', true, 'rule')); // Tue 27
      break;
    default:
      list.push(holiday(christmas, 'christmas', false, 'rule'));
      list.push(holiday(christmas + 1, 'boxing_day', false, 'rule'));
  }
  return list;
}

function compute(year: number): readonly BankHoliday[] {
  let list = byRules(year);
  for (const oneOff of oneOffsInYear(year)) {
    if (oneOff.replaces !== null) {
      const replaced = oneOff.replaces;
      // A proclamation that "moves" a holiday must name a rule date; checked by one-offs.test.ts.
      list = list.filter((h) => h.date !== replaced);
    }
    list.push(holiday(toDayNumber(oneOff.date), oneOff.name, false, 'proclamation'));
  }
  list.sort((a, b) => a.dayNumber - b.dayNumber);
  return Object.freeze(list.map((h) => Object.freeze(h)));
}

const cache = new Map<number, readonly BankHoliday[]>();

/** The England-and-Wales bank holidays in a year (1990–2100), in date order. The array is frozen and shared. */
export function englandAndWalesBankHolidays(year: number): readonly BankHoliday[] {
  const cached = cache.get(year);
  if (cached) return cached;
  const list = compute(checkBankHolidayYear(year));
  cache.set(year, list);
  return list;
}

/** Is this date an England-and-Wales bank holiday by the rules and proclamations (no local extras)? */
export function isEnglandAndWalesBankHoliday(iso: string): boolean {
  const dayNumber = toDayNumber(iso);
  const year = Number(iso.slice(0, 4));
  return englandAndWalesBankHolidays(year).some((h) => h.dayNumber === dayNumber);
}

// Easter Sunday (Gregorian), from which Good Friday (−2 days) and Easter Monday (+1 day) follow.
// Good Friday is a common-law holiday and Easter Monday a bank holiday under the Banking and Financial
// Dealings Act 1971, Sch. 1 para 1 (PRACTICE.md §3: "Good Friday and Easter Monday (Gregorian Easter)").
//
// The "anonymous Gregorian algorithm" (Meeus/Jones/Butcher, as in Jean Meeus, Astronomical Algorithms,
// ch. 8): pure integer arithmetic, valid for every Gregorian year from 1583.

import { daysFromCivil, formatCivil, MAX_YEAR } from './day-number.ts';

export interface MonthDay {
  readonly month: number;
  readonly day: number;
}

const FIRST_GREGORIAN_EASTER = 1583;

export function easterSundayMonthDay(year: number): MonthDay {
  if (!Number.isInteger(year) || year < FIRST_GREGORIAN_EASTER || year > MAX_YEAR) {
    throw new RangeError(`Gregorian Easter is computed for years ${FIRST_GREGORIAN_EASTER}–${MAX_YEAR}, got ${year}`);
  }
  const a = year % 19; // place in the 19-year Metonic cycle
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3); // lunar (Metonic) correction
  const h = (19 * a + b - d - g + 15) % 30; // epact: days from 21 March to the paschal full moon
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7; // days from the full moon to the next Sunday
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

export function easterSundayDayNumber(year: number): number {
  const { month, day } = easterSundayMonthDay(year);
  return daysFromCivil(year, month, day);
}

/** Easter Sunday as YYYY-MM-DD, e.g. 2024 → '2024-03-31'. */
export function easterSunday(year: number): string {
  const { month, day } = easterSundayMonthDay(year);
  return formatCivil(year, month, day);
}

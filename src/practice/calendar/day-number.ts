// Calendar dates as integer day numbers: days since 1970-01-01 in the proleptic Gregorian calendar, the
// same count as Unix time divided by 86,400 (so day 0 is 1970-01-01 and day -1 is 1969-12-31).
//
// Why: the clocks are computed for every child in an LA (the benchmark runs 500,000 children), so date
// arithmetic is done on plain integers, not Date objects. The conversions are Howard Hinnant's
// days_from_civil / civil_from_days ("chrono-Compatible Low-Level Date Algorithms"): exact integer
// arithmetic on a calendar that starts its year on 1 March, so the leap day is the last day of the year.
//
// At the API surface a date is an ISO 8601 calendar date, exactly YYYY-MM-DD (PRACTICE.md §3 clocks are
// day-based). Anything else ('2025-1-1', '2025-02-30', '2025-01-01T00:00') is refused with a RangeError that
// names the input, because a silently "corrected" date would move a statutory deadline.

export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The years a date string may name: four digits, and year 0 is not a Gregorian year. */
export const MIN_YEAR = 1;
export const MAX_YEAR = 9999;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return MONTH_LENGTHS[month - 1] ?? 0;
}

/** days_from_civil: the day number of year-month-day. The caller has checked the parts are valid. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400; // 0..399
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1; // 0..365, from 1 March
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468; // 719468 = days from 0000-03-01 to 1970-01-01
}

/** civil_from_days: the year, month and day of a day number. */
export function civilFromDays(dayNumber: number): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097; // 0..146096
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153); // 0 = March .. 11 = February
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Just the year of a day number (civil_from_days without building an object: used on every lookup). */
export function yearOfDayNumber(dayNumber: number): number {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  // dayOfYear counts from 1 March; 306 and later are January and February of the next civil year.
  return yearOfEra + era * 400 + (dayOfYear >= 306 ? 1 : 0);
}

const DIGIT_0 = 48;
const DIGIT_9 = 57;
const HYPHEN = 45;

function digitsAt(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < DIGIT_0 || c > DIGIT_9) return -1;
    value = value * 10 + (c - DIGIT_0);
  }
  return value;
}

/** Parses and checks an ISO date; throws a RangeError naming the input if it is not a real YYYY-MM-DD date. */
export function parseIsoDate(iso: string): CivilDate {
  // Hand-rolled rather than a regular expression: this runs once per clock per child.
  if (typeof iso !== 'string' || iso.length !== 10 || iso.charCodeAt(4) !== HYPHEN || iso.charCodeAt(7) !== HYPHEN) {
    throw new RangeError(`"${String(iso)}" is not a date as YYYY-MM-DD`);
  }
  const year = digitsAt(iso, 0, 4);
  const month = digitsAt(iso, 5, 7);
  const day = digitsAt(iso, 8, 10);
  if (year < 0 || month < 0 || day < 0) throw new RangeError(`"${iso}" is not a date as YYYY-MM-DD`);
  if (year < MIN_YEAR) throw new RangeError(`"${iso}" is not a date: there is no year 0000`);
  if (month < 1 || month > 12) throw new RangeError(`"${iso}" is not a date: month ${month} does not exist`);
  if (day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`"${iso}" is not a date: ${iso.slice(0, 7)} has ${daysInMonth(year, month)} days`);
  }
  return { year, month, day };
}

export function isIsoDate(text: string): boolean {
  try {
    parseIsoDate(text);
    return true;
  } catch {
    return false;
  }
}

/** '1970-01-01' → 0; '2024-03-29' → 19811. Throws a RangeError for anything that is not a real date. */
/** A digit's value at position i, or -1 if it is not a digit. */
function digit(iso: string, i: number): number {
  const value = iso.charCodeAt(i) - 48;
  return value >= 0 && value <= 9 ? value : -1;
}

// The clock engine reads millions of dates in a rebuild, so the common case (a well-formed date) is
// read straight from the character codes with no allocation; anything unusual goes through
// parseIsoDate, which explains what is wrong.
export function toDayNumber(iso: string): number {
  if (iso.length === 10 && iso.charCodeAt(4) === HYPHEN && iso.charCodeAt(7) === HYPHEN) {
    const y0 = digit(iso, 0), y1 = digit(iso, 1), y2 = digit(iso, 2), y3 = digit(iso, 3);
    const m0 = digit(iso, 5), m1 = digit(iso, 6), d0 = digit(iso, 8), d1 = digit(iso, 9);
    if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) >= 0) {
      const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
      const month = m0 * 10 + m1;
      const day = d0 * 10 + d1;
      if (year >= MIN_YEAR && month >= 1 && month <= 12 && day >= 1 && (day <= 28 || day <= daysInMonth(year, month))) {
        return daysFromCivil(year, month, day);
      }
    }
  }
  const { year, month, day } = parseIsoDate(iso);
  return daysFromCivil(year, month, day);
}

const MIN_DAY_NUMBER = daysFromCivil(MIN_YEAR, 1, 1);
const MAX_DAY_NUMBER = daysFromCivil(MAX_YEAR, 12, 31);

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function formatCivil(year: number, month: number, day: number): string {
  const y = year < 10 ? `000${year}` : year < 100 ? `00${year}` : year < 1000 ? `0${year}` : String(year);
  return `${y}-${pad2(month)}-${pad2(day)}`;
}

/** 0 → '1970-01-01'. Throws a RangeError unless the day number is a whole number in years 0001–9999. */
const FORMAT_CACHE_FIRST = daysFromCivil(1900, 1, 1);
const FORMAT_CACHE_SIZE = daysFromCivil(2200, 1, 1) - FORMAT_CACHE_FIRST;
const formatCache: (string | undefined)[] = new Array<string | undefined>(FORMAT_CACHE_SIZE);

export function fromDayNumber(dayNumber: number): string {
  const slot = dayNumber - FORMAT_CACHE_FIRST;
  if (slot >= 0 && slot < FORMAT_CACHE_SIZE && Number.isInteger(slot)) {
    const cached = formatCache[slot];
    if (cached !== undefined) return cached;
  }
  if (!Number.isInteger(dayNumber) || dayNumber < MIN_DAY_NUMBER || dayNumber > MAX_DAY_NUMBER) {
    throw new RangeError(`day number ${dayNumber} is not a whole day in years 0001–9999`);
  }
  const { year, month, day } = civilFromDays(dayNumber);
  const text = formatCivil(year, month, day);
  if (slot >= 0 && slot < FORMAT_CACHE_SIZE) formatCache[slot] = text;
  return text;
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday. 1970-01-01 (day 0) was a Thursday (4). */
export function isoWeekday(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

/** Saturday or Sunday: never a working day (PRACTICE.md §3). */
export function isWeekend(dayNumber: number): boolean {
  return isoWeekday(dayNumber) >= 6;
}

const WEEKDAY_NAMES: readonly string[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function weekdayName(dayNumber: number): string {
  return WEEKDAY_NAMES[isoWeekday(dayNumber) - 1] ?? '';
}

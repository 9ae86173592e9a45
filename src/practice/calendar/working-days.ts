// Working-day arithmetic (PRACTICE.md §3): "Working day (WD): not a Saturday, Sunday or England-and-Wales
// bank holiday (Christmas Day and Good Friday included). 'Within N WD of X': X is day 0; the deadline is the
// Nth working day after X."
//
// So addWorkingDays(X, N) is the Nth working day strictly after X, whatever X itself is (a referral received
// on a Saturday still has the following Monday as working day 1). addWorkingDays(X, 0) is X. A negative N
// counts back: the |N|th working day strictly before X.
//
// workingDaysBetween(a, b) counts the working days d with a < d ≤ b: day a is day 0 and is not counted, day b
// is counted if it is a working day. If b is before a the answer is minus the count for (b, a], so
// workingDaysBetween(a, b) = −workingDaysBetween(b, a), and for a working day b after a,
// addWorkingDays(a, workingDaysBetween(a, b)) = b. (Clocks use it as "how many WD have been used".)
//
// Speed: every day lookup is O(1). For each year a table is built once, lazily: a byte per day (1 = working)
// and the running count of working days from 1 January, so a count between two dates is two lookups plus one
// year total per year boundary crossed. Which days are holidays comes from the caller (calendar.ts supplies
// the England-and-Wales list plus an LA's own extras), so the same code serves every LA's calendar.

import { daysFromCivil, fromDayNumber, isLeapYear, isoWeekday, toDayNumber, yearOfDayNumber } from './day-number.ts';
import { checkBankHolidayYear, FIRST_BANK_HOLIDAY_YEAR, LAST_BANK_HOLIDAY_YEAR } from './bank-holidays.ts';

export interface YearTable {
  readonly year: number;
  /** Day number of 1 January. */
  readonly start: number;
  /** 365 or 366. */
  readonly length: number;
  /** working[i] is 1 if day start + i is a working day, else 0. */
  readonly working: Uint8Array;
  /** cumulative[i] is the number of working days from 1 January up to and including day start + i. */
  readonly cumulative: Uint16Array;
  /** Working days in the year. */
  readonly total: number;
  /** nth[k] is the index of the k-th working day of the year (k from 1; nth[0] unused). */
  readonly nth: Uint16Array;
}

/** Anything that can give the working-day table of a year: a Calendar (calendar.ts) is one. */
export interface WorkingDayIndex {
  yearTable(year: number): YearTable;
}

export function buildYearTable(year: number, holidayDayNumbers: Iterable<number>): YearTable {
  const start = daysFromCivil(year, 1, 1);
  const length = isLeapYear(year) ? 366 : 365;
  const working = new Uint8Array(length);
  for (let i = 0; i < length; i++) working[i] = isoWeekday(start + i) <= 5 ? 1 : 0;
  for (const day of holidayDayNumbers) {
    const i = day - start;
    if (i >= 0 && i < length) working[i] = 0;
  }
  const cumulative = new Uint16Array(length);
  const nth = new Uint16Array(length + 1);
  let total = 0;
  for (let i = 0; i < length; i++) {
    if (working[i] === 1) nth[++total] = i;
    cumulative[i] = total;
  }
  return { year, start, length, working, cumulative, total, nth };
}

/** A lazily filled, per-year cache of tables built from a function giving a year's holiday day numbers. */
export function createWorkingDayIndex(holidayDayNumbersOf: (year: number) => Iterable<number>): WorkingDayIndex {
  const tables: (YearTable | undefined)[] = new Array<YearTable | undefined>(LAST_BANK_HOLIDAY_YEAR - FIRST_BANK_HOLIDAY_YEAR + 1);
  return {
    yearTable(year: number): YearTable {
      const cached = tables[year - FIRST_BANK_HOLIDAY_YEAR];
      if (cached) return cached;
      const table = buildYearTable(checkBankHolidayYear(year), holidayDayNumbersOf(year));
      tables[year - FIRST_BANK_HOLIDAY_YEAR] = table;
      return table;
    },
  };
}

function wholeNumber(n: number, what: string): number {
  if (!Number.isInteger(n)) throw new RangeError(`${what} must be a whole number, got ${n}`);
  return n;
}

function tableOf(dayNumber: number, index: WorkingDayIndex): YearTable {
  if (!Number.isInteger(dayNumber)) throw new RangeError(`day number ${dayNumber} is not a whole day`);
  const year = yearOfDayNumber(dayNumber);
  if (year < FIRST_BANK_HOLIDAY_YEAR || year > LAST_BANK_HOLIDAY_YEAR) {
    throw new RangeError(`${fromDayNumber(dayNumber)} is outside the years with known bank holidays (${FIRST_BANK_HOLIDAY_YEAR}–${LAST_BANK_HOLIDAY_YEAR})`);
  }
  return index.yearTable(year);
}

export function isWorkingDayNumber(dayNumber: number, index: WorkingDayIndex): boolean {
  const table = tableOf(dayNumber, index);
  return table.working[dayNumber - table.start] === 1;
}

export function isWorkingDay(iso: string, index: WorkingDayIndex): boolean {
  return isWorkingDayNumber(toDayNumber(iso), index);
}

/** The nth working day after day (n > 0), before it (n < 0), or day itself (n = 0). */
export function addWorkingDaysToDayNumber(dayNumber: number, n: number, index: WorkingDayIndex): number {
  wholeNumber(n, 'the number of working days');
  let table = tableOf(dayNumber, index);
  let i = dayNumber - table.start;
  if (n > 0) {
    // The nth working day after day i is the working day whose ordinal in the year is cumulative[i] + n;
    // past the year's end, carry the rest into the following years. No day-by-day walk.
    let target = (table.cumulative[i] ?? 0) + n;
    while (target > table.total) {
      target -= table.total;
      table = index.yearTable(table.year + 1);
    }
    return table.start + (table.nth[target] ?? 0);
  }
  let remaining = n;
  while (remaining > 0) {
    i++;
    if (i >= table.length) {
      table = index.yearTable(table.year + 1);
      i = 0;
    }
    if (table.working[i] === 1) remaining--;
  }
  while (remaining < 0) {
    i--;
    if (i < 0) {
      table = index.yearTable(table.year - 1);
      i = table.length - 1;
    }
    if (table.working[i] === 1) remaining++;
  }
  return table.start + i;
}

export function addWorkingDays(iso: string, n: number, index: WorkingDayIndex): string {
  return fromDayNumber(addWorkingDaysToDayNumber(toDayNumber(iso), n, index));
}

/** Working days d with a < d ≤ b; minus the count for (b, a] when b < a. */
export function workingDaysBetweenDayNumbers(a: number, b: number, index: WorkingDayIndex): number {
  if (b < a) return -workingDaysBetweenDayNumbers(b, a, index);
  const ta = tableOf(a, index);
  const tb = tableOf(b, index);
  const before = ta.cumulative[a - ta.start] ?? 0;
  const upTo = tb.cumulative[b - tb.start] ?? 0;
  if (ta.year === tb.year) return upTo - before;
  let count = ta.total - before + upTo;
  for (let year = ta.year + 1; year < tb.year; year++) count += index.yearTable(year).total;
  return count;
}

export function workingDaysBetween(a: string, b: string, index: WorkingDayIndex): number {
  return workingDaysBetweenDayNumbers(toDayNumber(a), toDayNumber(b), index);
}

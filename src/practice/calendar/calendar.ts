// An LA's working calendar: the England-and-Wales bank holidays (bank-holidays.ts) plus the one-offs its
// administrator has added. PRACTICE.md §3: "An administrator must be able to add a new one-off (the 2022 one
// came days before)": the state funeral of 19 September 2022 was proclaimed on 12 September, sooner than a
// release can be relied on, so the LA records it and every clock in that LA moves at once.
//
// A proclamation can also move a holiday (2020: early May from Mon 4 to Fri 8 May), so an administrator may
// also list rule dates that are no longer holidays (removed). Both lists are forgiving about the national
// table catching up later: an extra that is already a national holiday, or a removed date that is no longer
// one, is simply ignored, so a release that adds the same proclamation to one-offs.ts never breaks an LA's
// saved calendar. What is refused (RangeError): a date that is not a real YYYY-MM-DD date, a year outside
// 1990–2100, a Saturday or Sunday (a weekend holiday changes no working day, so it must be a typing mistake),
// an empty name, and the same date both added and removed.

import { fromDayNumber, isWeekend, toDayNumber, weekdayName } from './day-number.ts';
import { checkBankHolidayYear, englandAndWalesBankHolidays, type BankHoliday } from './bank-holidays.ts';
import {
  addWorkingDaysToDayNumber,
  createWorkingDayIndex,
  isWorkingDayNumber,
  workingDaysBetweenDayNumbers,
  type WorkingDayIndex,
  type YearTable,
} from './working-days.ts';

export interface ExtraHoliday {
  readonly date: string;
  readonly name: string;
}

export interface Calendar extends WorkingDayIndex {
  /** The LA's extras as given (after checking). */
  readonly extra: readonly ExtraHoliday[];
  /** The dates the LA has taken out (after checking). */
  readonly removed: readonly string[];
  /** This calendar's bank holidays in a year (1990–2100), in date order. */
  bankHolidays(year: number): readonly BankHoliday[];
  isBankHoliday(date: string): boolean;
  isWorkingDay(date: string): boolean;
  /** The nth working day after date (date is day 0); see working-days.ts. */
  addWorkingDays(date: string, n: number): string;
  /** Working days d with a < d ≤ b (negative if b < a); see working-days.ts. */
  workingDaysBetween(a: string, b: string): number;
  isWorkingDayNumber(dayNumber: number): boolean;
  addWorkingDaysToDayNumber(dayNumber: number, n: number): number;
  workingDaysBetweenDayNumbers(a: number, b: number): number;
}

function checkedDate(date: string, what: string): number {
  let dayNumber: number;
  try {
    dayNumber = toDayNumber(date);
  } catch (error) {
    throw new RangeError(`${what}: ${error instanceof Error ? error.message : String(error)}`);
  }
  checkBankHolidayYear(Math.floor(Number(date.slice(0, 4))));
  return dayNumber;
}

function byYear<T extends { readonly date: string }>(items: readonly T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const item of items) {
    const year = Number(item.date.slice(0, 4));
    const list = map.get(year);
    if (list) list.push(item);
    else map.set(year, [item]);
  }
  return map;
}

export function createCalendar(extra: readonly ExtraHoliday[] = [], removed: readonly string[] = []): Calendar {
  const removedDays = new Set<number>();
  for (const date of removed) removedDays.add(checkedDate(date, 'removed bank holiday'));

  const extras: BankHoliday[] = [];
  const seen = new Set<number>();
  for (const e of extra) {
    const dayNumber = checkedDate(e.date, 'extra bank holiday');
    const name = typeof e.name === 'string' ? e.name.trim() : '';
    if (name === '') throw new RangeError(`extra bank holiday ${e.date} needs a name`);
    if (isWeekend(dayNumber)) throw new RangeError(`extra bank holiday ${e.date} is a ${weekdayName(dayNumber)}: a weekend day is never a working day anyway`);
    if (removedDays.has(dayNumber)) throw new RangeError(`${e.date} is both added and removed as a bank holiday`);
    if (seen.has(dayNumber)) continue; // the same date twice: the first name wins
    seen.add(dayNumber);
    extras.push(Object.freeze({ date: fromDayNumber(dayNumber), dayNumber, name, substitute: false, origin: 'local' }));
  }
  const extrasByYear = byYear(extras);

  const lists = new Map<number, readonly BankHoliday[]>();
  function bankHolidays(year: number): readonly BankHoliday[] {
    const cached = lists.get(year);
    if (cached) return cached;
    const national = englandAndWalesBankHolidays(year);
    const local = extrasByYear.get(year) ?? [];
    let list: readonly BankHoliday[] = national;
    if (local.length > 0 || removedDays.size > 0) {
      const kept = national.filter((h) => !removedDays.has(h.dayNumber));
      const nationalDays = new Set(kept.map((h) => h.dayNumber));
      const merged = [...kept, ...local.filter((h) => !nationalDays.has(h.dayNumber))];
      merged.sort((a, b) => a.dayNumber - b.dayNumber);
      list = Object.freeze(merged);
    }
    lists.set(year, list);
    return list;
  }

  const index = createWorkingDayIndex((year) => bankHolidays(year).map((h) => h.dayNumber));
  const yearTable = (year: number): YearTable => index.yearTable(year);

  const calendar: Calendar = {
    extra: Object.freeze(extras.map((h) => Object.freeze({ date: h.date, name: h.name }))),
    removed: Object.freeze([...removedDays].sort((a, b) => a - b).map((d) => fromDayNumber(d))),
    yearTable,
    bankHolidays,
    isBankHoliday(date: string): boolean {
      const dayNumber = toDayNumber(date);
      return bankHolidays(Number(date.slice(0, 4))).some((h) => h.dayNumber === dayNumber);
    },
    isWorkingDay: (date: string): boolean => isWorkingDayNumber(toDayNumber(date), index),
    addWorkingDays: (date: string, n: number): string => fromDayNumber(addWorkingDaysToDayNumber(toDayNumber(date), n, index)),
    workingDaysBetween: (a: string, b: string): number => workingDaysBetweenDayNumbers(toDayNumber(a), toDayNumber(b), index),
    isWorkingDayNumber: (dayNumber: number): boolean => isWorkingDayNumber(dayNumber, index),
    addWorkingDaysToDayNumber: (dayNumber: number, n: number): number => addWorkingDaysToDayNumber(dayNumber, n, index),
    workingDaysBetweenDayNumbers: (a: number, b: number): number => workingDaysBetweenDayNumbers(a, b, index),
  };
  return Object.freeze(calendar);
}

/** England and Wales with no local extras: the calendar to use where an LA has added none. */
export const ENGLAND_AND_WALES: Calendar = createCalendar();

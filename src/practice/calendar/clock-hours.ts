// Clock hours, for the clocks that run in hours rather than days: the return home interview must be offered
// within 72 hours of a missing child's return (Statutory guidance on children who run away or go missing from
// home or care, DfE 2014; PRACTICE.md §3: "The 72-hour RHI clock runs in clock hours, so it needs
// date-times"). 72 hours is 72 elapsed hours: across the last Sunday of March it ends an hour later on the
// wall clock than across an ordinary weekend, and across the last Sunday of October an hour earlier.
//
// Input: an ISO 8601 date-time, YYYY-MM-DDTHH:MM with optional :SS and optional .sss fraction, then either
//   - an explicit offset, 'Z' or ±HH:MM: that exact instant ('2025-03-31T17:00:00Z'), or
//   - no offset: wall-clock time in England (Europe/London), as a social worker types it ('2025-03-31T17:00').
//     A wall time that happens twice (01:00–01:59 on the last Sunday of October) is the first, British Summer
//     Time, one; a wall time that never happens (01:00–01:59 on the last Sunday of March) is read as the same
//     number of minutes past 02:00 BST. This is the "compatible" disambiguation of JavaScript's Temporal and of
//     RFC 5545 (iCalendar) §3.3.5, so a time typed in the skipped hour still gives a deadline.
// Output: always the England wall-clock time with its offset, e.g. '2025-04-03T18:00:00+01:00' (BST) or
// '2025-11-01T17:00:00+00:00' (GMT): readable as local time and still an exact instant.
//
// The UK offset comes from the runtime's time-zone data (Intl, timeZone 'Europe/London'), not from a table
// of our own: the data is maintained with Node and needs no extra dependency. Only `new Date(ms)` with an
// argument is used, to hand an instant to Intl; today is never read here.

import { daysFromCivil, daysInMonth, formatCivil, yearOfDayNumber, civilFromDays, isIsoDate, toDayNumber } from './day-number.ts';

const MS_PER_SECOND = 1000;
const MS_PER_MINUTE = 60 * MS_PER_SECOND;
const MS_PER_HOUR = 60 * MS_PER_MINUTE;
const MS_PER_DAY = 24 * MS_PER_HOUR;

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})?$/;

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function wallClockMs(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number): number {
  return daysFromCivil(year, month, day) * MS_PER_DAY + hour * MS_PER_HOUR + minute * MS_PER_MINUTE + second * MS_PER_SECOND + ms;
}

/**
 * The UTC offset of England at an instant in milliseconds (0 in GMT, 3,600,000 in BST), asked of Intl every
 * time. Slow (tens of microseconds); londonOffsetMs below is the cached form used everywhere.
 */
export function londonOffsetMsUncached(instantMs: number): number {
  const whole = Math.floor(instantMs / MS_PER_SECOND) * MS_PER_SECOND;
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  for (const part of londonParts.formatToParts(new Date(whole))) {
    const value = Number(part.value);
    if (part.type === 'year') year = value;
    else if (part.type === 'month') month = value;
    else if (part.type === 'day') day = value;
    else if (part.type === 'hour') hour = value;
    else if (part.type === 'minute') minute = value;
    else if (part.type === 'second') second = value;
  }
  return wallClockMs(year, month, day, hour, minute, second, 0) - whole;
}

// Cache: a year's offset changes, found once per year by asking Intl at each month start and bisecting (by
// the hour) any month whose offset differs at its two ends. This relies on England changing its clocks at
// most once a month, and on a whole hour GMT; both hold from 1972 (Summer Time Act 1972 and the orders since:
// one change in spring and one in autumn, at 02:00 GMT until 1980 and 01:00 GMT since 1981; now the last
// Sundays of March and October), so only 1972–2200 are cached and any other year asks Intl directly.
interface OffsetChange {
  readonly at: number;
  readonly offset: number;
}
interface YearOffsets {
  readonly startOffset: number;
  readonly changes: readonly OffsetChange[];
}
const CACHED_FIRST_YEAR = 1972;
const CACHED_LAST_YEAR = 2200;
const offsetYears = new Map<number, YearOffsets>();

function monthStartMs(year: number, monthIndex: number): number {
  return monthIndex === 12 ? daysFromCivil(year + 1, 1, 1) * MS_PER_DAY : daysFromCivil(year, monthIndex + 1, 1) * MS_PER_DAY;
}

function yearOffsets(year: number): YearOffsets {
  const cached = offsetYears.get(year);
  if (cached) return cached;
  const changes: OffsetChange[] = [];
  const startOffset = londonOffsetMsUncached(monthStartMs(year, 0));
  let before = startOffset;
  for (let m = 0; m < 12; m++) {
    const after = londonOffsetMsUncached(monthStartMs(year, m + 1));
    if (after !== before) {
      let lo = monthStartMs(year, m) / MS_PER_HOUR; // offset here is `before`
      let hi = monthStartMs(year, m + 1) / MS_PER_HOUR; // and here it is not
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (londonOffsetMsUncached(mid * MS_PER_HOUR) === before) lo = mid;
        else hi = mid;
      }
      changes.push({ at: hi * MS_PER_HOUR, offset: after });
    }
    before = after;
  }
  const result: YearOffsets = { startOffset, changes };
  offsetYears.set(year, result);
  return result;
}

/** The UTC offset of England at an instant, in milliseconds (0 in GMT, 3,600,000 in BST). */
export function londonOffsetMs(instantMs: number): number {
  const year = yearOfDayNumber(Math.floor(instantMs / MS_PER_DAY));
  if (year < CACHED_FIRST_YEAR || year > CACHED_LAST_YEAR) return londonOffsetMsUncached(instantMs);
  const { startOffset, changes } = yearOffsets(year);
  let offset = startOffset;
  for (const change of changes) {
    if (instantMs < change.at) break;
    offset = change.offset;
  }
  return offset;
}

/** The instant (ms since 1970-01-01T00:00Z) of an England wall-clock time, disambiguated as described above. */
function londonWallToInstant(wallMs: number): number {
  // England's offset is only ever 0 (GMT) or +1 h (BST). Try the BST reading first: where both fit (the
  // repeated hour in October) that is the first, BST, occurrence; where neither fits (the skipped hour in
  // March) keep the same minutes past, in the offset in force the day before.
  if (londonOffsetMs(wallMs - MS_PER_HOUR) === MS_PER_HOUR) return wallMs - MS_PER_HOUR;
  if (londonOffsetMs(wallMs) === 0) return wallMs;
  return wallMs - londonOffsetMs(wallMs - MS_PER_DAY);
}

function twoDigits(text: string | undefined): number {
  return text === undefined ? 0 : Number(text);
}

/** ms since 1970-01-01T00:00Z of an ISO date-time; throws a RangeError naming the input if it is not one. */
/** The value of two digits at position i, or -1. */
function twoDigitsAt(text: string, i: number): number {
  const a = text.charCodeAt(i) - 48;
  const b = text.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

export function toInstant(isoDateTime: string): number {
  // The common case, a wall-clock time as a social worker types it (YYYY-MM-DDTHH:MM, optionally :SS),
  // is read straight from the characters; everything else goes through the full pattern below.
  const length = isoDateTime.length;
  if ((length === 16 || (length === 19 && isoDateTime.charCodeAt(16) === 58)) && isoDateTime.charCodeAt(10) === 84 && isoDateTime.charCodeAt(13) === 58) {
    const hour = twoDigitsAt(isoDateTime, 11);
    const minute = twoDigitsAt(isoDateTime, 14);
    const second = length === 19 ? twoDigitsAt(isoDateTime, 17) : 0;
    const dayNumber = isIsoDate(isoDateTime.slice(0, 10)) ? toDayNumber(isoDateTime.slice(0, 10)) : null;
    if (dayNumber !== null && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59) {
      return londonWallToInstant(dayNumber * MS_PER_DAY + hour * MS_PER_HOUR + minute * MS_PER_MINUTE + second * MS_PER_SECOND);
    }
  }
  const match = DATE_TIME.exec(isoDateTime);
  if (!match) throw new RangeError(`"${isoDateTime}" is not a date-time as YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]`);
  const [, y, mo, d, h, mi, s, fraction, offset] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = twoDigits(s);
  const ms = fraction === undefined ? 0 : Number(fraction.padEnd(3, '0'));
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`"${isoDateTime}" is not a date-time: ${y}-${mo}-${d} is not a date`);
  }
  if (hour > 23 || minute > 59 || second > 59) throw new RangeError(`"${isoDateTime}" is not a date-time: no such time of day`);
  const wall = wallClockMs(year, month, day, hour, minute, second, ms);
  if (offset === undefined) return londonWallToInstant(wall);
  if (offset === 'Z') return wall;
  const sign = offset.startsWith('-') ? -1 : 1;
  const offsetHours = Number(offset.slice(1, 3));
  const offsetMinutes = Number(offset.slice(4, 6));
  if (offsetHours > 23 || offsetMinutes > 59) throw new RangeError(`"${isoDateTime}" has an impossible UTC offset ${offset}`);
  return wall - sign * (offsetHours * MS_PER_HOUR + offsetMinutes * MS_PER_MINUTE);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** An instant as England wall-clock time with its offset: '2025-04-03T18:00:00+01:00'. */
export function fromInstant(instantMs: number): string {
  if (!Number.isInteger(instantMs)) throw new RangeError(`instant ${instantMs} is not a whole number of milliseconds`);
  const offset = londonOffsetMs(instantMs);
  const wall = instantMs + offset;
  const dayNumber = Math.floor(wall / MS_PER_DAY);
  const year = yearOfDayNumber(dayNumber);
  if (year < 1 || year > 9999) throw new RangeError(`instant ${instantMs} is outside years 0001–9999`);
  const { month, day } = civilFromDays(dayNumber);
  const inDay = wall - dayNumber * MS_PER_DAY;
  const hour = Math.floor(inDay / MS_PER_HOUR);
  const minute = Math.floor((inDay % MS_PER_HOUR) / MS_PER_MINUTE);
  const second = Math.floor((inDay % MS_PER_MINUTE) / MS_PER_SECOND);
  const ms = inDay % MS_PER_SECOND;
  const offsetMinutes = Math.round(Math.abs(offset) / MS_PER_MINUTE);
  const sign = offset < 0 ? '-' : '+';
  const fraction = ms === 0 ? '' : `.${pad(ms, 3)}`;
  return `${formatCivil(year, month, day)}T${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}${fraction}${sign}${pad(Math.floor(offsetMinutes / 60), 2)}:${pad(offsetMinutes % 60, 2)}`;
}

/** Elapsed clock hours after a date-time (hours may be negative or fractional), as England wall-clock time. */
export function addHours(isoDateTime: string, hours: number): string {
  if (!Number.isFinite(hours)) throw new RangeError(`hours must be a finite number, got ${hours}`);
  return fromInstant(toInstant(isoDateTime) + Math.round(hours * MS_PER_HOUR));
}

/** Elapsed clock hours from a to b (negative if b is before a; fractional if not a whole number of hours). */
export function hoursBetween(a: string, b: string): number {
  return (toInstant(b) - toInstant(a)) / MS_PER_HOUR;
}

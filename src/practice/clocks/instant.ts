// Instants for the hours clocks (the 72-hour return interview, secure accommodation without an order),
// as whole minutes since 1970-01-01T00:00Z, on top of the calendar's clock hours (which read a
// date-time without an offset as England wall-clock time, across the clock changes).
import { fromInstant, londonOffsetMs, toInstant } from '../calendar/clock-hours.ts';
import { fromDayNumber } from '../calendar/day-number.ts';

const MS_PER_MINUTE = 60_000;

export function toMinute(iso: string): number {
  return Math.floor(toInstant(iso) / MS_PER_MINUTE);
}

/** The date in England at an instant, as a day number. */
export function londonDayOf(minute: number): number {
  const ms = minute * MS_PER_MINUTE;
  return Math.floor((ms + londonOffsetMs(ms)) / 86_400_000);
}

/** England wall-clock time with its offset, e.g. 2025-04-03T18:00:00+01:00. */
export function formatMinute(minute: number): string {
  return fromInstant(minute * MS_PER_MINUTE);
}

/** The date in England (YYYY-MM-DD) at a moment the caller supplies (never read from the system clock here). */
export function englandDateOf(moment: Date): string {
  return fromDayNumber(londonDayOf(Math.floor(moment.getTime() / MS_PER_MINUTE)));
}

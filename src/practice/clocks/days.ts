// Reading journey dates into day numbers for the evaluators.
import { toDayNumber } from '../calendar/day-number.ts';
import { londonDayOf, toMinute } from './instant.ts';

export const day = toDayNumber;

export function maybeDay(iso: string | null | undefined): number | null {
  return iso ? toDayNumber(iso) : null;
}

/** The England date of a date-time, as a day number. */
export function dayOfDateTime(iso: string): number {
  return londonDayOf(toMinute(iso));
}

export function maybeDayOfDateTime(iso: string | null | undefined): number | null {
  return iso ? dayOfDateTime(iso) : null;
}

/** Sorted day numbers of the dates given, keeping only those within [from, to] (to null: open). */
export function daysWithin(dates: readonly string[], from: number, to: number | null): number[] {
  const out: number[] = [];
  for (const iso of dates) {
    const d = toDayNumber(iso);
    if (d >= from && (to === null || d <= to)) out.push(d);
  }
  return out.sort((a, b) => a - b);
}

/** The first day of an ascending list within [from, to] (to null: open), or null. */
export function firstWithin(sorted: readonly number[], from: number, to: number | null): number | null {
  for (const d of sorted) {
    if (d < from) continue;
    return to === null || d <= to ? d : null;
  }
  return null;
}

// Reading journey dates into day numbers for the evaluators.
import { toDayNumber } from '../calendar/day-number.ts';
import { londonDayOf, toMinute } from './instant.ts';
import type { Journey } from '../journey/journey.ts';

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

/** Day numbers of the records' dates, ascending, with repeats of a day dropped (two records on one day are one event). */
export function distinctDays<T extends { date: string }>(records: readonly T[] | undefined, keep?: (record: T) => boolean): number[] {
  const out: number[] = [];
  if (!records) return out;
  for (const r of records) if (!keep || keep(r)) out.push(toDayNumber(r.date));
  if (out.length < 2) return out;
  out.sort((a, b) => a - b);
  let n = 1;
  for (let i = 1; i < out.length; i++) if (out[i] !== out[n - 1]) out[n++] = out[i]!;
  if (n < out.length) out.length = n;
  return out;
}

/** The days of an ascending list within [from, to] (to null: open). */
export function within(sorted: readonly number[], from: number, to: number | null): number[] {
  let lo = 0;
  while (lo < sorted.length && sorted[lo]! < from) lo++;
  let hi = lo;
  while (hi < sorted.length && (to === null || sorted[hi]! <= to)) hi++;
  return sorted.slice(lo, hi);
}

// Several clocks read the same lists of a child's journey (visits meet six visit clocks): read each list
// once per journey. Keyed weakly by the journey object, so nothing outlives the journey.
const memo = new WeakMap<Journey, Map<string, readonly number[]>>();

export function memoisedDays(journey: Journey, key: string, compute: () => readonly number[]): readonly number[] {
  let forJourney = memo.get(journey);
  if (!forJourney) {
    forJourney = new Map();
    memo.set(journey, forJourney);
  }
  let days = forJourney.get(key);
  if (!days) {
    days = compute();
    forJourney.set(key, days);
  }
  return days;
}

/** The days of visits at which the child was seen: the only visits that meet a visit clock. */
export function seenVisitDays(journey: Journey): readonly number[] {
  return memoisedDays(journey, 'seenVisits', () => distinctDays(journey.visits, (v) => v.childSeen));
}

// The day a date-time falls on in England. A contact received at 2024-08-23T23:30:00Z arrived at 00:30 BST
// on 24 August, and the clocks already date it so (clocks/instant.ts); a record's "must not be in the
// future" and "must be on or after" checks, and the chronology, must agree with them. A date-time without
// an offset is already England wall-clock time (schema-helpers.ts IsoDateTime).
import { fromInstant, toInstant } from '../calendar/clock-hours.ts';

/** England wall-clock time with its offset, e.g. '2024-08-24T00:30:00+01:00'; a bare date is returned as it is. */
export function englandDateTimeOf(value: string): string {
  return value.length === 10 ? value : fromInstant(toInstant(value));
}

/** YYYY-MM-DD in England of a date or a date-time. */
export function englandDateOf(value: string): string {
  return value.length === 10 ? value : englandDateTimeOf(value).slice(0, 10);
}

/** 0001-01-01T00:00Z, so every instant a record can hold is non-negative after subtracting it. */
const MIN_INSTANT = -62135596800000;

/**
 * A key that sorts dates and date-times together: the England date, then for a date-time 'T' and its
 * instant (ms, zero-padded), so two times in the repeated hour of the October clock change still sort
 * in the order they happened. A bare date is a prefix of every time on that day, so it sorts first.
 */
export function chronologicalKey(value: string): string {
  if (value.length === 10) return value;
  const instant = toInstant(value);
  return `${fromInstant(instant).slice(0, 10)}T${String(instant - MIN_INSTANT).padStart(16, '0')}`;
}


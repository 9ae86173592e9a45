// The measurement window: the 12 months to and including the as-at date, as the DfE's year to
// 31 March is (1 April to 31 March). A date d is in the window ending D when D − 12 months < d ≤ D.
import { addMonths } from '../calendar/periods.ts';
import type { ClockFact, MeasureContext, MeasureItem } from './types.ts';

const starts = new Map<string, string>();

/** The day before the window opens (memoised: every measure asks for every trend point). */
export function windowStart(asAt: string): string {
  let start = starts.get(asAt);
  if (start === undefined) {
    start = addMonths(asAt, -12);
    if (starts.size > 1000) starts.clear();
    starts.set(asAt, start);
  }
  return start;
}

export function inWindow(date: string | null | undefined, asAt: string): boolean {
  if (!date) return false;
  const d = date.length > 10 ? date.slice(0, 10) : date;
  return d <= asAt && d > windowStart(asAt);
}

/** On or before the as-at date (a date or a date-time; date-times compared by their date). */
export function byDate(date: string | null | undefined, asAt: string): boolean {
  return !!date && date.slice(0, 10) <= asAt;
}

/** Active on the date: started on or before it, not ended before or on it. */
export function activeOn(start: string | null | undefined, end: string | null | undefined, asAt: string): boolean {
  return !!start && start.slice(0, 10) <= asAt && (!end || end.slice(0, 10) > asAt);
}

/**
 * "On time as at D" for clock measures: among the stored instances of these clocks that fell due in the
 * 12 months to D, those met on or before their due moment. An instance due by D and not met by then was
 * late as at D, whatever happened later; instances stopped (the duty ended first) are left out.
 */
export function clockItems(context: MeasureContext, clockIds: readonly string[], asAt: string): MeasureItem[] {
  const start = windowStart(asAt);
  const out: MeasureItem[] = [];
  for (const id of clockIds) {
    for (const c of context.clocksById.get(id) ?? ([] as ClockFact[])) {
      if (c.dueDate > start && c.dueDate <= asAt) out.push({ childId: c.childId, num: c.onTime ? 1 : 0, den: 1 });
    }
  }
  return out;
}

/** Last day of each of the 12 months ending with the as-at date's month; the last point is the as-at date itself. */
export function trendPoints(asAt: string): string[] {
  const points: string[] = [];
  const [y, m] = [Number(asAt.slice(0, 4)), Number(asAt.slice(5, 7))];
  for (let i = 11; i >= 1; i--) {
    const index = y * 12 + (m - 1) - i;
    const year = Math.floor(index / 12);
    const month = index - year * 12 + 1;
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    points.push(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`);
  }
  points.push(asAt);
  return points;
}

// Turning a computed start, due and completion on instants into a clock instance, for the clocks that run
// in clock hours (the 72-hour return home interview, secure accommodation without a court order). It
// mirrors emitDayInstance: events after the as-at moment are treated as not having happened yet, so any
// past moment can be replayed exactly.
//
// Instants are whole minutes since 1970-01-01T00:00Z (instant.ts), so "72 hours" is 72 elapsed hours:
// across the last Sunday of March the deadline is an hour later on the wall clock, across the last
// Sunday of October an hour earlier (PRACTICE.md §3: the RHI clock runs in clock hours).
import type { EvaluationContext } from './context.ts';
import { formatMinute, londonDayOf } from './instant.ts';
import type { ClockState } from './types.ts';

export interface HourInstanceInput {
  clockId: string;
  recordId: string;
  occurrence: number;
  /** The instant the clock starts, in minutes since 1970-01-01T00:00Z. */
  startMinute: number;
  dueMinute: number;
  /** The event that met the clock (ignored if after the as-at moment). */
  completedMinute: number | null;
  /** When the clock stopped without being met (ignored if after the as-at moment). */
  stoppedMinute: number | null;
}

const MINUTES_PER_HOUR = 60;

/**
 * Whole hours from `due` to `end`, rounding a part hour UP: a statutory limit of 72 hours is broken by the
 * first minute past it, so 1 minute late is reported as 1 hour late, never 0 (which would read as on time).
 */
export function hoursLate(due: number, end: number): number {
  return Math.ceil((end - due) / MINUTES_PER_HOUR);
}

export function emitHourInstance(ctx: EvaluationContext, input: HourInstanceInput): void {
  if (input.startMinute > ctx.asAtMinute) return;
  const completed = input.completedMinute !== null && input.completedMinute <= ctx.asAtMinute ? input.completedMinute : null;
  const stopped = completed === null && input.stoppedMinute !== null && input.stoppedMinute <= ctx.asAtMinute ? input.stoppedMinute : null;
  let state: ClockState;
  let lateness: number | null;
  if (completed !== null) {
    state = completed <= input.dueMinute ? 'met_on_time' : 'met_late';
    lateness = completed <= input.dueMinute ? 0 : hoursLate(input.dueMinute, completed);
  } else if (stopped !== null) {
    state = 'stopped';
    lateness = stopped > input.dueMinute ? hoursLate(input.dueMinute, stopped) : 0;
  } else if (ctx.asAtMinute > input.dueMinute) {
    state = 'overdue';
    lateness = hoursLate(input.dueMinute, ctx.asAtMinute);
  } else {
    state = input.dueMinute - ctx.asAtMinute <= ctx.settings.dueSoonHours * MINUTES_PER_HOUR ? 'due_soon' : 'upcoming';
    lateness = null;
  }
  const holder = ctx.holderAt(londonDayOf(Math.min(completed ?? stopped ?? input.dueMinute, ctx.asAtMinute)));
  ctx.out.push({
    clockId: input.clockId,
    childId: ctx.childId,
    recordId: input.recordId,
    occurrence: input.occurrence,
    started: formatMinute(input.startMinute),
    due: formatMinute(input.dueMinute),
    completed: completed === null ? null : formatMinute(completed),
    stoppedAt: stopped === null ? null : formatMinute(stopped),
    state,
    lateness,
    latenessUnit: 'hours',
    workerId: holder.workerId,
    teamId: holder.teamId,
  });
}

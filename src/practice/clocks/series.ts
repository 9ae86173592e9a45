// Recurring clocks: "at intervals of not more than N". Each interval runs from the actual date of the
// last event, never the planned one (PRACTICE.md §3), so a late visit moves the next one later and an
// early visit brings it forward.
import type { EvaluationContext } from './context.ts';
import { amountOf, dueDay, emitDay } from './emit.ts';
import type { DueRule } from './types.ts';

export interface SeriesInput {
  clockId: string;
  recordId: string;
  /** The day the series starts (the plan's start, the placement's start…). */
  anchor: number;
  /** The first due day, computed from the anchor. */
  firstDue: number;
  /** The next due day after an event on `eventDay` (may depend on the day, e.g. a placement's first year). */
  nextDue: (eventDay: number) => number;
  /** Days of the events that meet the clock, ascending (visits where the child was seen, reviews…). */
  events: readonly number[];
  /** When the series stops (the plan ends), or null while it runs. */
  stop: number | null;
  unit: 'working_days' | 'days';
  /** Occurrences to skip before emitting (for a clock whose first instance is a separate clock). */
  firstOccurrence?: number;
}

export function emitSeries(ctx: EvaluationContext, input: SeriesInput): void {
  const stop = input.stop !== null && input.stop <= ctx.asAtDay ? input.stop : null;
  const horizon = stop ?? ctx.asAtDay;
  let start = input.anchor;
  let due = input.firstDue;
  let occurrence = input.firstOccurrence ?? 1;
  let index = 0;
  const events = input.events;
  // The first instance may be met by an event on the anchor day; later ones need an event after the last.
  while (index < events.length && events[index]! < start) index++;
  for (let guard = 0; guard < 10000; guard++) {
    const event = index < events.length && events[index]! <= horizon ? events[index]! : null;
    if (event === null) {
      emitDay(ctx, input.clockId, input.recordId, occurrence, start, due, null, stop, input.unit);
      return;
    }
    emitDay(ctx, input.clockId, input.recordId, occurrence, start, due, event, null, input.unit);
    occurrence += 1;
    start = event;
    due = input.nextDue(event);
    index++;
    while (index < events.length && events[index]! <= start) index++;
    if (stop !== null && start >= stop) return;
  }
}

/**
 * The common recurring clock: one interval throughout (the clock's rule, or the LA's own standard),
 * from the anchor, each next one due that interval after the actual last event.
 */
export function emitRecurring(
  ctx: EvaluationContext,
  clock: { id: string; due: DueRule },
  recordId: string,
  anchor: number,
  stop: number | null,
  events: readonly number[],
): void {
  const amount = amountOf(clock.due, ctx);
  emitSeries(ctx, {
    clockId: clock.id, recordId, anchor, firstDue: dueDay(clock.due, amount, anchor, ctx),
    nextDue: (d) => dueDay(clock.due, amount, d, ctx), events, stop, unit: clock.due.unit === 'working_days' ? 'working_days' : 'days',
  });
}

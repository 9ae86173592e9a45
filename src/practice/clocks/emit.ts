// Turning a computed start, due and completion into a clock instance: state, lateness, and who held
// the case. Events after the as-at moment are treated as not having happened yet, so any past date
// can be replayed exactly ("as at 31 March" for a return).
import { fromDayNumber } from '../calendar/day-number.ts';
import type { EvaluationContext } from './context.ts';
import type { ClockState, DueRule, LatenessUnit } from './types.ts';
import { addMonthsToDayNumber } from '../calendar/periods.ts';
import { firstWithin } from './days.ts';

export function dueDay(rule: DueRule, amount: number, start: number, ctx: EvaluationContext): number {
  switch (rule.unit) {
    case 'working_days':
      return ctx.calendar.addWorkingDaysToDayNumber(start, amount);
    case 'days':
      return start + amount;
    case 'weeks':
      return start + 7 * amount;
    case 'months':
      return addMonthsToDayNumber(start, amount);
    case 'hours':
      throw new Error('hours clocks are evaluated on minutes, not days');
  }
}

/** The rule's amount, or the LA's own standard when the rule names one. */
export function amountOf(rule: DueRule, ctx: EvaluationContext): number {
  return rule.setting ? ctx.settings[rule.setting] : rule.amount;
}

export interface DayInstanceInput {
  clockId: string;
  recordId: string;
  occurrence: number;
  start: number;
  due: number;
  /** The event that met the clock (ignored if after the as-at date). */
  completed: number | null;
  /** When the clock stopped without being met (ignored if after the as-at date). */
  stopped: number | null;
  unit: 'working_days' | 'days';
}

function dayLateness(unit: 'working_days' | 'days', due: number, end: number, ctx: EvaluationContext): number {
  return unit === 'working_days' ? ctx.calendar.workingDaysBetweenDayNumbers(due, end) : end - due;
}

export function emitDayInstance(ctx: EvaluationContext, input: DayInstanceInput): void {
  emitDay(ctx, input.clockId, input.recordId, input.occurrence, input.start, input.due, input.completed, input.stopped, input.unit);
}

/**
 * emitDayInstance with its inputs as arguments: the recurring clocks make most of a rebuild's tens of
 * millions of instances, and this saves an object (and its garbage) for each.
 */
export function emitDay(
  ctx: EvaluationContext,
  clockId: string,
  recordId: string,
  occurrence: number,
  start: number,
  due: number,
  completedAt: number | null,
  stoppedAt: number | null,
  unit: 'working_days' | 'days',
): void {
  if (start > ctx.asAtDay) return;
  const completed = completedAt !== null && completedAt <= ctx.asAtDay ? completedAt : null;
  const stopped = completed === null && stoppedAt !== null && stoppedAt <= ctx.asAtDay ? stoppedAt : null;
  let state: ClockState;
  let lateness: number | null;
  if (completed !== null) {
    state = completed <= due ? 'met_on_time' : 'met_late';
    lateness = completed <= due ? 0 : dayLateness(unit, due, completed, ctx);
  } else if (stopped !== null) {
    state = 'stopped';
    lateness = stopped > due ? dayLateness(unit, due, stopped, ctx) : 0;
  } else if (ctx.asAtDay > due) {
    state = 'overdue';
    lateness = dayLateness(unit, due, ctx.asAtDay, ctx);
  } else {
    state = ctx.calendar.workingDaysBetweenDayNumbers(ctx.asAtDay, due) <= ctx.settings.dueSoonWorkingDays ? 'due_soon' : 'upcoming';
    lateness = null;
  }
  const holder = ctx.holderAt(Math.min(completed ?? stopped ?? due, ctx.asAtDay));
  ctx.out.push({
    clockId,
    childId: ctx.childId,
    recordId,
    occurrence,
    started: fromDayNumber(start),
    due: fromDayNumber(due),
    completed: completed === null ? null : fromDayNumber(completed),
    stoppedAt: stopped === null ? null : fromDayNumber(stopped),
    state,
    lateness,
    latenessUnit: unit,
    workerId: holder.workerId,
    teamId: holder.teamId,
  });
}

export function latenessUnitOf(rule: DueRule): LatenessUnit {
  return rule.unit === 'working_days' ? 'working_days' : rule.unit === 'hours' ? 'hours' : 'days';
}

/**
 * The commonest shape of clock: one instance per record, from its start to the rule's due date, met by
 * the first qualifying event within the record's life and stopped when the record ends.
 */
export function emitFirstWithin(
  ctx: EvaluationContext,
  clock: { id: string; due: DueRule },
  recordId: string,
  start: number,
  end: number | null,
  events: readonly number[],
): void {
  const due = dueDay(clock.due, amountOf(clock.due, ctx), start, ctx);
  emitDay(ctx, clock.id, recordId, 1, start, due, firstWithin(events, start, end), end, clock.due.unit === 'working_days' ? 'working_days' : 'days');
}

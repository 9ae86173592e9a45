// What every clock evaluator works with: the child, the as-at moment (as day and minute numbers, so
// the hot path compares integers), the LA's standards, the working-day calendar, and the output list.
import type { ClockInstance, LocalStandards } from './types.ts';

/** The working-day arithmetic a clock needs, on day numbers (days since 1970-01-01); practice/calendar's Calendar is one. */
export interface ClockCalendar {
  isWorkingDayNumber(day: number): boolean;
  /** The Nth working day after `day` (day 0 is `day` itself). */
  addWorkingDaysToDayNumber(day: number, n: number): number;
  /** Working days after `a` up to and including `b` (negative when b is before a). */
  workingDaysBetweenDayNumbers(a: number, b: number): number;
}

export interface Holder {
  workerId: string | null;
  teamId: string | null;
}

export interface EvaluationContext {
  childId: string;
  /** The as-at date in England, as a day number. */
  asAtDay: number;
  /** The as-at instant, in minutes since 1970-01-01T00:00Z. */
  asAtMinute: number;
  settings: LocalStandards;
  calendar: ClockCalendar;
  /** The child's date of birth as a day number, or null for an unborn child. */
  birthDay: number | null;
  holderAt(day: number): Holder;
  out: ClockInstance[];
}

// The supervision clock of one worker (supervision of the worker, not of a case). Pure: the sessions,
// where the clock starts and today in; when the next session is due, whether it is overdue, and each
// period between sessions met on time or late out.
//
// A recurring clock like the statutory visits: each session starts the next period. How long a period
// is depends on where its start falls:
// - in the ASYE year (the catalogued `asye-supervision` clock; ASYE framework for child and family
//   social work, DfE / Skills for Care): weekly for the first 6 weeks from the ASYE start, at least
//   fortnightly to the end of the first 6 months, then at least monthly to the end of the year;
// - otherwise, and after the ASYE year: every `workerSupervisionMonths` months (the LA's local standard;
//   monthly by default: Knowledge and skills statement for practice supervisors, DfE 2015, and the
//   Standards for employers of social workers in England, LGA 2020, standard 5: regular supervision).
// A session on the due date is on time; the clock is overdue from the day after.
import { addMonths, addWeeks, daysBetween } from '../calendar/periods.ts';

export interface WorkerSupervisionInput {
  /** Dates of the worker's recorded supervision sessions (any order; duplicates allowed). */
  sessions: readonly string[];
  /** The ASYE start date for a newly qualified worker in (or past) their ASYE; null otherwise. */
  asyeStart: string | null;
  /** Where a non-ASYE clock starts when there is no session yet (the worker joined). */
  joined: string;
  /** The LA's standard: months between sessions outside the ASYE (local standard workerSupervisionMonths). */
  monthsBetween: number;
  today: string;
}

export type SupervisionPeriodState = 'met_on_time' | 'met_late' | 'overdue' | 'running';

export interface SupervisionPeriod {
  /** The session (or the clock's start) that began the period. */
  start: string;
  due: string;
  /** The session that met it; null while running or overdue. */
  metOn: string | null;
  state: SupervisionPeriodState;
  /** The pattern the period followed. */
  pattern: 'asye_weekly' | 'asye_fortnightly' | 'asye_monthly' | 'standard';
}

export interface WorkerSupervisionClock {
  lastSession: string | null;
  nextDue: string;
  overdue: boolean;
  /** Days past the due date when overdue; 0 otherwise. */
  daysOverdue: number;
  periods: SupervisionPeriod[];
  /** True while today falls within the ASYE year. */
  inAsye: boolean;
}

/** The pattern and due date of a period starting on `start`. */
export function supervisionDueAfter(start: string, asyeStart: string | null, monthsBetween: number): { due: string; pattern: SupervisionPeriod['pattern'] } {
  if (asyeStart && start >= asyeStart && start < addMonths(asyeStart, 12)) {
    if (start < addWeeks(asyeStart, 6)) return { due: addWeeks(start, 1), pattern: 'asye_weekly' };
    if (start < addMonths(asyeStart, 6)) return { due: addWeeks(start, 2), pattern: 'asye_fortnightly' };
    return { due: addMonths(start, 1), pattern: 'asye_monthly' };
  }
  return { due: addMonths(start, monthsBetween), pattern: 'standard' };
}

export function evaluateWorkerSupervision(input: WorkerSupervisionInput): WorkerSupervisionClock {
  const sorted = [...new Set(input.sessions)].filter((d) => d <= input.today).sort();
  // An ASYE worker's clock starts with the ASYE; anyone else's at their first session (or, with none,
  // the day they joined). Sessions before the ASYE began belong to no period.
  const start = input.asyeStart ?? (sorted[0] !== undefined && sorted[0] < input.joined ? sorted[0] : input.joined);
  const counted = sorted.filter((d) => d >= start);
  const periods: SupervisionPeriod[] = [];
  let anchor = start;
  for (const session of counted) {
    // A session on the day the period began (the first session starting the clock) meets nothing new.
    if (session === anchor) continue;
    const { due, pattern } = supervisionDueAfter(anchor, input.asyeStart, input.monthsBetween);
    periods.push({ start: anchor, due, metOn: session, state: session <= due ? 'met_on_time' : 'met_late', pattern });
    anchor = session;
  }
  const { due, pattern } = supervisionDueAfter(anchor, input.asyeStart, input.monthsBetween);
  const overdue = input.today > due;
  periods.push({ start: anchor, due, metOn: null, state: overdue ? 'overdue' : 'running', pattern });
  const daysOverdue = overdue ? daysBetween(due, input.today) : 0;
  const inAsye = input.asyeStart !== null && input.today >= input.asyeStart && input.today < addMonths(input.asyeStart, 12);
  return { lastSession: sorted.length ? sorted[sorted.length - 1]! : null, nextDue: due, overdue, daysOverdue, periods, inAsye };
}

// What a service measure is, and the facts every measure reads. Pure: the store loads the facts once
// (stored clock instances, the journey records a measure needs, allocations, staff, teams) and every
// measure is a function of those facts and an as-at date, so the same facts give the 12-month trend.
import type { Journey } from '../journey/journey.ts';

/** A stored clock instance, reduced to what "on time as at a date" needs. */
export interface ClockFact {
  childId: string;
  clockId: string;
  /** The England date the instance fell due. */
  dueDate: string;
  /** Met on or before its due moment (stored state met_on_time: final once met). */
  onTime: boolean;
}

export interface AllocationFact {
  childId: string;
  workerId: string;
  teamId: string;
  startDate: string;
  endDate: string | null;
}

export interface StaffFact {
  id: string;
  name: string;
  teamId: string;
  agency: boolean;
  /** Counted in the social work workforce (practice/measures/workforce.ts WORKFORCE_ROLES). */
  workforce: boolean;
  startedOn: string | null;
  leftOn: string | null;
}

export interface TeamFact {
  id: string;
  name: string;
  serviceArea: string;
  establishment: number | null;
}

export interface MeasureFacts {
  /** Each child's journey, holding only the record types the measures read. */
  journeys: Journey[];
  clocks: ClockFact[];
  allocations: AllocationFact[];
  staff: StaffFact[];
  teams: TeamFact[];
}

/**
 * One thing a measure counts. `num` adds to the numerator and `den` to the denominator, so a measure can
 * be a share (1 of 1 or 0 of 1 per child), a count (num only) or a ratio (children per worker: each
 * child 1 of 0, each worker 0 of 1). Whose it is decides where it falls in the drill-down: a child's
 * item goes to the child's worker and team as at the date, a member of staff's to their team.
 */
export interface MeasureItem {
  childId?: string;
  staffId?: string;
  teamId?: string;
  num: number;
  den: number;
}

/** percent: 100 × num / den; count: num; per_worker: num / den. */
export type MeasureUnit = 'percent' | 'count' | 'per_worker';

export interface EnglandFigure {
  value: number;
  /** Where the figure comes from and its year (PRACTICE.md §5). */
  source: string;
}

export interface MeasureDefinition {
  id: string;
  family: string;
  title: string;
  numerator: string;
  denominator: string;
  unit: MeasureUnit;
  /** True when a higher figure is better, false when lower is better, null when neither is. */
  higherIsBetter: boolean | null;
  england: EnglandFigure | null;
  /** Where the figure is read from (stored clocks, which records). */
  source: string;
  /** The stored clocks a clock measure reads (the store loads only these). */
  clockIds?: readonly string[];
  items(facts: MeasureFacts, asAt: string, context: MeasureContext): MeasureItem[];
}

/** Facts indexed once for all measures and dates. */
export interface MeasureContext {
  clocksById: Map<string, ClockFact[]>;
}

// The vocabulary of clocks: how a clock is described (as data), what an evaluated instance looks like,
// and the local standards an LA may set.

/** REG: an Act or regulation. SG: statutory guidance. NS: national non-statutory standard. LOCAL: the LA's own. */
export type Strength = 'REG' | 'SG' | 'NS' | 'LOCAL';

export type DueUnit = 'working_days' | 'days' | 'weeks' | 'months' | 'hours';

export interface DueRule {
  unit: DueUnit;
  /** The default amount; when `setting` is named, the LA's local standard replaces it. */
  amount: number;
  /** The LocalStandards key an LA may change, if this clock's timescale is overridable. */
  setting?: NumericStandardKey;
  /** Words for anything the numbers do not say ("6 months under 5, 12 months from 5"). */
  note?: string;
}

/** What a clock is about: most are about a child; a few about a carer, a worker, an allegation or a complaint. */
export type ClockSubject = 'child' | 'foster_carer' | 'adopter' | 'worker' | 'allegation' | 'complaint';

export interface ClockDefinition {
  id: string;
  title: string;
  stage: 'front_door' | 'early_help' | 'assessment' | 'child_protection' | 'child_in_need' | 'looked_after' | 'permanence' | 'missing' | 'care_leavers' | 'private_fostering' | 'fostering' | 'lado' | 'complaints' | 'workforce' | 'case_oversight';
  subject: ClockSubject;
  /** What starts it, in plain English. */
  starts: string;
  due: DueRule;
  /** Whether it recurs, re-based on the actual date of the last event (never the planned one). */
  recurs: boolean;
  /** What meets it. */
  metBy: string;
  /** What stops it without it being met (the plan ends, the child leaves care). */
  stops: string;
  strength: Strength;
  /** The rule's source, to the paragraph where known. */
  source: string;
}

export type ClockState = 'upcoming' | 'due_soon' | 'overdue' | 'met_on_time' | 'met_late' | 'stopped';

/** The unit lateness is counted in: a working-day clock is late by working days, an hours clock by hours, the rest by days. */
export type LatenessUnit = 'working_days' | 'days' | 'hours';

export interface ClockInstance {
  clockId: string;
  childId: string;
  /** The record that this instance belongs to (the contact, the plan, the placement…). */
  recordId: string;
  /** 1 for the first of a recurring series, 2 for the next… */
  occurrence: number;
  /** YYYY-MM-DD, or for an hours clock an England wall-clock date-time with its offset (2025-04-01T21:00:00+01:00). */
  started: string;
  due: string;
  completed: string | null;
  stoppedAt: string | null;
  state: ClockState;
  /**
   * How late, in `latenessUnit`: 0 when met on time; for met late, due → completed; for overdue,
   * due → as-at; for stopped, due → stop when it stopped after falling due (else 0); null when not yet due.
   */
  lateness: number | null;
  latenessUnit: LatenessUnit;
  /** Who held the case when the instance was met, fell due, or as at now if still running. */
  workerId: string | null;
  teamId: string | null;
}

/** The timescales an LA sets for itself (PRACTICE.md §3, LOCAL rows), with Lantern's defaults. */
export interface LocalStandards {
  strategyDiscussionWorkingDays: number;
  laterCoreGroupWorkingDays: number;
  cpVisitWorkingDays: number;
  cinReviewMonths: number;
  cinVisitWorkingDays: number;
  earlyHelpAssessmentWorkingDays: number;
  caseSupervisionMonths: number;
  /** Lantern's default for "as soon as possible" (the pathway plan after the needs assessment). */
  pathwayPlanWorkingDays: number;
  /** A date clock is "due soon" within this many working days of its due date. */
  dueSoonWorkingDays: number;
  /** An hours clock is "due soon" within this many hours. */
  dueSoonHours: number;
  /** Caseload limits: children allocated to one social worker, and to one in their ASYE year. */
  caseloadLimit: number;
  asyeCaseloadLimit: number;
  /**
   * Weighted caseload limits: the sum of each allocated child's weight (the weights below) for one
   * social worker, and for one in their ASYE year. Held alongside the count limits.
   */
  weightedCaseloadLimit: number;
  asyeWeightedCaseloadLimit: number;
  /**
   * Weights per kind of work (a child counts once, at its heaviest current kind): one decimal place.
   * Lantern's defaults are a judgement, not a national standard (there is none): see docs/casework.md.
   */
  weightCareProceedings: number;
  weightChildProtection: number;
  weightLookedAfter: number;
  weightChildInNeed: number;
  weightAssessment: number;
  weightEarlyHelp: number;
  weightCareLeaver: number;
  /** Months between supervision sessions of a worker outside the ASYE year (monthly by default). */
  workerSupervisionMonths: number;
  /** Repeat missing: this many episodes within this many days prompts a strategy discussion. */
  repeatMissingEpisodes: number;
  repeatMissingDays: number;
  /** A child is drifting after this many days without meaningful progress (practice/oversight/drift.ts). */
  driftDays: number;
  /** The first days of the LA's school terms, for personal education plan reviews (school-terms.ts). */
  schoolTerms: SchoolTermDates;
}

/** The standards that are a number (a timescale or a limit); the school terms are dates. */
export type NumericStandardKey = Exclude<keyof LocalStandards, 'schoolTerms'>;

/**
 * The LA's school year as days of the year ('MM-DD'), the same every year: the spring term starts on
 * springStart, the summer term on summerStart and ends on summerEnd (the summer holiday is no term), and
 * the autumn term runs from autumnStart to the end of December. Each term ends the day before the next begins.
 */
export interface SchoolTermDates {
  springStart: string;
  summerStart: string;
  summerEnd: string;
  autumnStart: string;
}

/** Lantern's default terms (no LA's own): spring 1 January, summer 1 April to 31 July, autumn 1 September. */
export const DEFAULT_SCHOOL_TERMS: SchoolTermDates = { springStart: '01-01', summerStart: '04-01', summerEnd: '07-31', autumnStart: '09-01' };

export const DEFAULT_LOCAL_STANDARDS: LocalStandards = {
  strategyDiscussionWorkingDays: 1,
  laterCoreGroupWorkingDays: 20,
  cpVisitWorkingDays: 10,
  cinReviewMonths: 3,
  cinVisitWorkingDays: 20,
  earlyHelpAssessmentWorkingDays: 20,
  caseSupervisionMonths: 1,
  pathwayPlanWorkingDays: 20,
  dueSoonWorkingDays: 5,
  dueSoonHours: 24,
  caseloadLimit: 18,
  asyeCaseloadLimit: 12,
  weightedCaseloadLimit: 22,
  asyeWeightedCaseloadLimit: 14,
  weightCareProceedings: 2,
  weightChildProtection: 1.5,
  weightLookedAfter: 1.3,
  weightChildInNeed: 1,
  weightAssessment: 1,
  weightEarlyHelp: 0.8,
  weightCareLeaver: 0.7,
  workerSupervisionMonths: 1,
  repeatMissingEpisodes: 3,
  repeatMissingDays: 90,
  driftDays: 30,
  schoolTerms: DEFAULT_SCHOOL_TERMS,
};

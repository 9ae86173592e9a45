// The prospective adopter clocks of the catalogue (clocks/catalogue/other-subjects.ts): stage 1 within
// 2 months of its start, stage 2 within 4 months of its start (statutory guidance on adoption, DfE 2013,
// chapter 3). Evaluated here for one household, with the child engine's own instance logic (emitDay:
// the same states, lateness and due-soon rule), so an adopter's clock reads exactly as a child's does.
// Pure: the as-at date, the LA's standards and its working-day calendar are parameters.
import type { ClockCalendar, EvaluationContext } from '../clocks/context.ts';
import type { ClockInstance, LocalStandards } from '../clocks/types.ts';
import { adopterAssessmentStage1, adopterAssessmentStage2 } from '../clocks/catalogue/other-subjects.ts';
import { emitFirstWithin } from '../clocks/emit.ts';
import { maybeDay, day } from '../clocks/days.ts';
import type { AdopterHouseholdDetails } from './household.ts';

export const ADOPTER_CLOCKS = [adopterAssessmentStage1, adopterAssessmentStage2] as const;

/** A clock instance about a household rather than a child: no child, and no case holder. */
export type AdopterClockInstance = Omit<ClockInstance, 'childId' | 'workerId' | 'teamId'> & { householdId: string; title: string };

export interface AdopterClockOptions {
  /** YYYY-MM-DD, England: the clocks are read as at the end of that day. */
  asAt: string;
  settings: LocalStandards;
  calendar: ClockCalendar;
}

/**
 * The household's stage 1 and stage 2 clocks. Stage 1 runs from its start and is met when it ends
 * (the agency's decision whether the household may go on to stage 2); stage 2 runs from its start and
 * is met by the agency decision on suitability, recorded as the end of stage 2 (or, where only the
 * approval is recorded, the approval). Leaving the process (withdrawal, on hold, refusal) stops a
 * clock that has not been met.
 */
export function adopterClocks(household: AdopterHouseholdDetails & { id: string }, options: AdopterClockOptions): AdopterClockInstance[] {
  const ctx: EvaluationContext = {
    childId: household.id,
    asAtDay: day(options.asAt),
    asAtMinute: 0,
    settings: options.settings,
    calendar: options.calendar,
    birthDay: null,
    holderAt: () => ({ workerId: null, teamId: null }),
    out: [],
  };
  const left = maybeDay(household.leftOn);
  const stage = (clock: (typeof ADOPTER_CLOCKS)[number], started: string | null, met: string | null): void => {
    if (!started) return;
    const metDay = maybeDay(met);
    // A met step stands even if the household later left; `left` only stops an unmet clock.
    emitFirstWithin(ctx, clock, `${household.id}:${clock.id}`, day(started), metDay !== null ? null : left, metDay === null ? [] : [metDay]);
  };
  stage(adopterAssessmentStage1, household.stage1StartedOn, household.stage1EndedOn);
  stage(adopterAssessmentStage2, household.stage2StartedOn, household.stage2EndedOn ?? household.approvedOn);
  return ctx.out.map(({ childId, workerId: _w, teamId: _t, ...rest }) => ({
    ...rest,
    householdId: childId,
    title: rest.clockId === adopterAssessmentStage1.id ? adopterAssessmentStage1.title : adopterAssessmentStage2.title,
  }));
}

/** Whether any of the household's clocks is overdue (the list's "Overdue" tag). */
export const anyOverdue = (instances: readonly AdopterClockInstance[]): boolean => instances.some((i) => i.state === 'overdue');

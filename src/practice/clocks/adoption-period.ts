// The period of care an adoption belongs to: shared by the scorecard clocks (A1) and the child's
// adoption timeliness (practice/casework/adoption-timeliness.ts), so both count from the same day.
import type { Journey } from '../journey/journey.ts';
import type { PeriodOfCare } from '../journey/looked-after.ts';
import { day, maybeDay } from './days.ts';

/**
 * The period of care that led to adoption: the latest period starting on or before the agency decision
 * that the child should be placed for adoption. Null without a decision, or with no such period.
 */
export function periodLeadingToAdoption(journey: Journey): PeriodOfCare | null {
  const decision = maybeDay(journey.adoption?.decisionDate);
  if (decision === null) return null;
  let found: PeriodOfCare | null = null;
  for (const period of journey.periodsOfCare ?? []) {
    const start = day(period.startDate);
    if (start <= decision && (found === null || start > day(found.startDate))) found = period;
  }
  return found;
}

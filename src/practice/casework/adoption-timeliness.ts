// A child's adoption timeliness in the DfE adoption scorecard's own measures, in days:
//   A1  entering care (the period that led to the adoption decision) → moving in with the adoptive family
//   A2  placement order → the agency's decision on a match
//   A10 as A1, but for a child adopted by their own foster carers the move-in date is the day they
//       started living with those carers (the scorecard's adjustment, so early permanence is not
//       counted as delay). Lantern takes that day to be the start of the placement immediately before
//       the placement for adoption with current foster carers (SSDA903 types A3, A5).
// Null where the step has not happened. Thresholds: A1/A10 426 days, A2 121 days (scorecard).
import type { Journey } from '../journey/journey.ts';
import { periodLeadingToAdoption } from '../clocks/adoption-period.ts';
import { toDayNumber } from '../calendar/day-number.ts';

export const A1_THRESHOLD_DAYS = 426;
export const A2_THRESHOLD_DAYS = 121;

export interface AdoptionTimeliness {
  a1Days: number | null;
  a2Days: number | null;
  a10Days: number | null;
}

const between = (from: string | null | undefined, to: string | null | undefined): number | null => (from && to ? toDayNumber(to) - toDayNumber(from) : null);

/** Placed for adoption with current foster carers: the child did not move (SSDA903 A3, A5). */
const WITH_CURRENT_FOSTER_CARERS = new Set(['A3', 'A5']);

export function adoptionTimeliness(journey: Journey): AdoptionTimeliness | null {
  const adoption = journey.adoption;
  if (!adoption) return null;
  const period = periodLeadingToAdoption(journey);
  const placed = adoption.placedDate ?? null;
  const a1Days = period ? between(period.startDate, placed) : null;
  let a10Days = a1Days;
  if (period && placed) {
    const placements = (journey.placements ?? []).filter((p) => p.periodOfCareId === period.id).sort((a, b) => a.startDate.localeCompare(b.startDate));
    const atPlacing = placements.findIndex((p) => p.startDate === placed && WITH_CURRENT_FOSTER_CARERS.has(p.typeCode));
    const before = atPlacing > 0 ? placements[atPlacing - 1] : undefined;
    if (before) a10Days = between(period.startDate, before.startDate);
  }
  return { a1Days, a2Days: between(adoption.placementOrderDate, adoption.matchedDate), a10Days };
}

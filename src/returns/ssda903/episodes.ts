// SSDA903 episodes: one row each time a looked-after child's legal status or placement changes.
// Pure: one child's periods of care, legal statuses and placements in; episodes out, with ISO dates.
//
// DfE's rules that shape this (rule codes from ../shared/standards/rule-catalogues/903_2026_27_rule_info.csv):
// - A period of care starts with RNE S (rules 357 and 432); each later episode in it says what changed:
//   L legal status only, P placement and carer(s), T placement with the same carer(s), B and U both at
//   once (rules 434, 435 and 436 check the change is real, so a renewed order with the same code, an
//   interim care order renewed, is not a new episode).
// - Every episode but the last of a period ends with REC X1 on the day the next begins; the last ends
//   with the period's reason care ended.
// - REASON_PLACE_CHANGE is returned on an episode that ended in a move (rule 225), not for temporary
//   placements T0..T4 (rule 226).
// - Since the 2025 schema (SSDA903_schema_2025.diff.yml) H5 (semi-independent living) and P2 (independent
//   living) are not placement types: supported accommodation for a looked-after child is K3 (the Supported
//   Accommodation (England) Regulations 2023). A placement Lantern holds as H5 or P2 that is still open on
//   1 April 2025 is returned as K3 from that day: a new episode with the same carers (RNE T, or U with a
//   change of legal status), the one before it ending X1 with REASON_PLACE_CHANGE PLACE ("change in the
//   status of placement only"). The record itself keeps the type it was made with.
// What Lantern does not hold (docs/returns.md "SSDA903"): whether a new placement kept the same carers is
// inferred from the old placement's reason for change PLACE ("change in the status of placement only");
// the Ofsted URN is not held, so URN is blank.
import type { Journey } from '../../practice/journey/journey.ts';
import type { LegalStatus, PeriodOfCare, Placement } from '../../practice/journey/looked-after.ts';
import { PLACEMENT_TYPES_WITHDRAWN, TEMPORARY_PLACEMENT_TYPES } from '../../practice/journey/looked-after-codes.ts';

/** The first day of the 2025 schema, which withdrew placement types H5 and P2 (K3 in their place). */
export const SCHEMA_2025_STARTS = '2025-04-01';

/** The placement type as the return gives it on `day`: a withdrawn type is K3 from the 2025 schema on. */
const placeCodeOn = (placement: Placement | null, day: string): string =>
  placement === null ? '' : PLACEMENT_TYPES_WITHDRAWN.includes(placement.typeCode) && day >= SCHEMA_2025_STARTS ? 'K3' : placement.typeCode;

export interface Year {
  start: string;
  end: string;
}

/** An episode with ISO dates, before it is written as a row. */
export interface Episode {
  period: PeriodOfCare;
  /** The period's end as at the end of the year (null: still looked after on 31 March). */
  periodEnd: string | null;
  decom: string;
  dec: string | null;
  rne: string;
  ls: string;
  cin: string;
  placement: Placement | null;
  /** PLACE: the placement's type, or K3 for a withdrawn type from April 2025. */
  place: string;
  rec: string;
  reasonPlaceChange: string;
  homePostcode: string;
}

/** A date on or before the end of the year, else null: as at 31 March it has not happened yet. */
export const byEnd = (date: string | null | undefined, end: string): string | null => (date && date <= end ? date : null);

const byStart = <T extends { startDate: string }>(a: T, b: T): number => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0);

/**
 * The record in force on `day`: the latest started on or before it and not ended before it (an end on the
 * day itself counts only when nothing else is in force, the day a placement ends and the next begins).
 */
function inForce<T extends { startDate: string; endDate?: string | null }>(items: readonly T[], day: string): T | null {
  let open: T | null = null;
  let endingToday: T | null = null;
  for (const item of items) {
    if (item.startDate > day) continue;
    if (item.endDate == null || item.endDate > day) open = item;
    else if (item.endDate === day) endingToday = item;
  }
  return open ?? endingToday;
}

const NEEDS = new Set(['N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8']);

/** CIN, the category of need: the period's, else the primary need of the latest referral before care began (N9 is not a 903 code). */
function categoryOfNeed(period: PeriodOfCare, journey: Journey): string {
  if (period.categoryOfNeed && NEEDS.has(period.categoryOfNeed)) return period.categoryOfNeed;
  const referral = [...(journey.referrals ?? [])]
    .filter((r) => r.referralDate <= period.startDate && r.primaryNeedCode && NEEDS.has(r.primaryNeedCode))
    .sort((a, b) => (a.referralDate < b.referralDate ? -1 : 1))
    .at(-1);
  return referral?.primaryNeedCode ?? '';
}

/** Postcodes as the DfE writes them: upper case, one space before the inward code (schema string "postcode"). */
export function postcode(value: string | null | undefined): string {
  if (!value) return '';
  const compact = value.replace(/\s+/g, '').toUpperCase();
  return compact.length > 3 ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : compact;
}

/** Every episode of each of the child's periods of care that started by the end of the year (not yet cut to the year). */
export function childEpisodes(journey: Journey, year: Year, homePostcodeOn: (day: string) => string | null): Episode[] {
  const out: Episode[] = [];
  const statuses = [...(journey.legalStatuses ?? [])].filter((s) => s.startDate <= year.end).sort(byStart);
  const periods = [...(journey.periodsOfCare ?? [])].filter((p) => p.startDate <= year.end).sort(byStart);
  for (const period of periods) {
    const periodEnd = byEnd(period.endDate, year.end);
    const within = (day: string): boolean => day > period.startDate && (periodEnd === null || day < periodEnd);
    const placements = (journey.placements ?? []).filter((p) => p.periodOfCareId === period.id && p.startDate <= year.end).sort(byStart);
    const days = [...new Set([period.startDate, ...placements.map((p) => p.startDate).filter(within), ...statuses.map((s) => s.startDate).filter(within), ...(within(SCHEMA_2025_STARTS) && SCHEMA_2025_STARTS <= year.end ? [SCHEMA_2025_STARTS] : [])])].sort();

    // The state on each day something changed; a day on which nothing really changed is no new episode.
    const states: { day: string; status: LegalStatus | null; placement: Placement | null; place: string }[] = [];
    for (const day of days) {
      // A placement recorded as starting a day or two after care began is the period's first placement.
      const placement = inForce(placements, day) ?? (day === period.startDate ? placements[0] ?? null : null);
      const status = inForce(statuses, day) ?? (day === period.startDate ? statuses.find((s) => s.startDate >= day && (periodEnd === null || s.startDate < periodEnd)) ?? null : null);
      const last = states.at(-1);
      const place = placeCodeOn(placement, day);
      if (last && last.placement === placement && last.place === place && (last.status?.code ?? null) === (status?.code ?? null)) continue;
      states.push({ day, status, placement, place });
    }

    const cin = categoryOfNeed(period, journey);
    const homePostcode = postcode(homePostcodeOn(period.startDate));
    states.forEach((state, i) => {
      const previous = i > 0 ? states[i - 1]! : null;
      const next = states[i + 1] ?? null;
      let rne = period.reasonForNewEpisode ?? 'S';
      if (previous) {
        const statusChanged = (previous.status?.code ?? null) !== (state.status?.code ?? null);
        const reclassified = previous.placement === state.placement && previous.place !== state.place;
        const placementChanged = previous.placement !== state.placement || reclassified;
        // Same carer(s): the old placement ended only because its status changed (REASON_PLACE_CHANGE PLACE).
        const sameCarers = reclassified || previous.placement?.reasonForChange === 'PLACE';
        rne = !placementChanged ? 'L' : !statusChanged ? (sameCarers ? 'T' : 'P') : sameCarers ? 'U' : 'B';
      }
      const movedOn = next !== null && next.placement !== state.placement;
      const reclassifiedNext = next !== null && next.placement === state.placement && next.place !== state.place;
      const temporary = TEMPORARY_PLACEMENT_TYPES.includes(state.place);
      out.push({
        period,
        periodEnd,
        decom: state.day,
        dec: next ? next.day : periodEnd,
        rne,
        ls: state.status?.code ?? '',
        cin,
        placement: state.placement,
        place: state.place,
        rec: next ? 'X1' : periodEnd !== null ? period.reasonCeased ?? '' : '',
        reasonPlaceChange: reclassifiedNext ? 'PLACE' : movedOn && !temporary ? state.placement?.reasonForChange ?? '' : '',
        homePostcode,
      });
    });
  }
  return out;
}

/**
 * Open at some point in the collection year: the 903 counts every child looked after at any time in it.
 * An episode ending X1 on 1 April is not: the next episode begins that day and holds it.
 */
export const episodeInYear = (e: Episode, year: Year): boolean =>
  e.decom <= year.end && (e.dec === null || e.dec > year.start || (e.dec === year.start && e.rec !== 'X1'));

// The looked-after figures of a set of journeys as at a date, as DfE publishes them (PRACTICE.md §5): for the
// calibration test of the journey generator (journeys.test.ts) and for reporting a synthetic LA's shape.
// Counting conventions (stated here because the DfE measures each have their own):
// - "looked after" is a journey with a period of care open at as-at; its current placement and legal status
//   are the ones with no end date;
// - placements "in" a window are those that overlap it, the one running at its start included (as the DfE
//   counts placements during the year);
// - an adoption is an adoption order in the year to as-at; A10 is the days from entering care (the period of
//   care that ended in adoption) to moving in with the adopters, A2 the days from the placement order to the
//   match, both averaged over those adoptions;
// - the health outcomes (SSDA903 OC2) are for children looked after for 12 months or more at as-at: a dental
//   check in the year, the latest immunisation status up to date, an SDQ in the year for those aged 4 to 16
//   (and its average score);
// - IRO escalations and advocacy offers are counted for the children looked after at as-at, over their
//   whole history; an escalation is open when it has no resolved date.
// missingAndLeavingCareFigures (below) states its own conventions.
import type { Journey } from '../practice/journey/journey.ts';
import { toDayNumber } from '../practice/calendar/day-number.ts';
import { accommodationSuitable } from '../practice/journey/care-leaver-codes.ts';

export interface LookedAfterFigures {
  lookedAfter: number;
  /** Current placements in foster care (U1-U6). */
  fosterShare: number;
  /** Current legal statuses: care orders (C1 interim, C2 full), s20 (V2), placement orders (E1). */
  careOrderShare: number;
  s20Share: number;
  placementOrderShare: number;
  /** Of children looked after for 2 years or more: 3 or more placements in the last 2 years. */
  threePlusIn2YearsOf2YearStayers: number;
  /** Of all children looked after: 3 or more placements in the last 12 months. */
  threePlusIn12Months: number;
  /** Placements that ended while the period of care continued, and the share of them with a reason. */
  moves: number;
  movesWithReason: number;
  moveReasons: Record<string, number>;
  /** Current placements outside the LA's area, and in an unregistered setting (children). */
  outOfAreaShare: number;
  unregistered: number;
  adoptionsInYear: number;
  adoptionsPer100LookedAfter: number;
  a10Days: number;
  a2Days: number;
  /** Periods of care that ended in the year, by reason (REC). */
  ceasedReasons: Record<string, number>;
  /** OC2: of those looked after 12 months or more, the shares with a dental check in the year, up-to-date immunisations, an SDQ (aged 4-16). */
  lookedAfter12Months: number;
  dentalShare: number;
  immunisationsUpToDateShare: number;
  sdqShare: number;
  sdqAverage: number;
  /** Children looked after with an IRO escalation, as a share of all looked after; escalations open at as-at (all children). */
  escalationShare: number;
  openEscalations: number;
  /** Offers of advocacy or an independent visitor to children looked after, and the shares accepted and still waiting. */
  advocacyOffers: number;
  advocacyAcceptedShare: number;
  advocacyWaitingShare: number;
}

const FOSTER = new Set(['U1', 'U2', 'U3', 'U4', 'U5', 'U6']);

export function lookedAfterFigures(journeys: readonly Journey[], asAt: string): LookedAfterFigures {
  const asAtDay = toDayNumber(asAt);
  const day = (d: string): number => toDayNumber(d.slice(0, 10));
  let lookedAfter = 0, fostered = 0, careOrder = 0, s20 = 0, placementOrder = 0, stayers = 0, stayersMoving = 0, moving12 = 0;
  let moves = 0, movesWithReason = 0, outOfArea = 0, currentPlacements = 0, unregistered = 0, adoptions = 0, a10 = 0, a2 = 0, a2n = 0;
  let stayed12 = 0, dental = 0, immunisedWith = 0, immunised = 0, sdqEligible = 0, sdqs = 0, sdqTotal = 0, escalated = 0, openEscalations = 0;
  let offers = 0, accepted = 0, waiting = 0;
  const moveReasons: Record<string, number> = {};
  const ceasedReasons: Record<string, number> = {};
  for (const j of journeys) {
    const periods = j.periodsOfCare ?? [];
    const placements = j.placements ?? [];
    for (const p of periods) {
      if (p.endDate && day(p.endDate) > asAtDay - 365 && p.reasonCeased) ceasedReasons[p.reasonCeased] = (ceasedReasons[p.reasonCeased] ?? 0) + 1;
      for (const pl of placements) {
        if (pl.periodOfCareId !== p.id || !pl.endDate || pl.endDate === p.endDate) continue;
        moves += 1;
        if (pl.reasonForChange) {
          movesWithReason += 1;
          moveReasons[pl.reasonForChange] = (moveReasons[pl.reasonForChange] ?? 0) + 1;
        }
      }
    }
    const open = periods.find((p) => !p.endDate);
    const adoption = j.adoption;
    if (adoption?.adoptionOrderDate && day(adoption.adoptionOrderDate) > asAtDay - 365 && day(adoption.adoptionOrderDate) <= asAtDay) {
      adoptions += 1;
      const placed = day(adoption.placedDate!);
      const period = periods.find((p) => day(p.startDate) <= placed && (!p.endDate || day(p.endDate) >= placed));
      if (period) a10 += placed - day(period.startDate);
      if (adoption.placementOrderDate && adoption.matchedDate) {
        a2 += day(adoption.matchedDate) - day(adoption.placementOrderDate);
        a2n += 1;
      }
    }
    for (const e of j.iroEscalations ?? []) if (!e.resolvedDate) openEscalations += 1;
    if (!open) continue;
    lookedAfter += 1;
    if ((j.iroEscalations ?? []).length > 0) escalated += 1;
    for (const o of j.advocacyOffers ?? []) {
      offers += 1;
      if (o.outcome === 'accepted') accepted += 1;
      else if (o.outcome === 'waiting') waiting += 1;
    }
    if (day(open.startDate) <= asAtDay - 365) {
      stayed12 += 1;
      const checks = j.healthChecks ?? [];
      let latestImmunisation: (typeof checks)[number] | undefined;
      let teeth = false, sdq: number | null = null;
      for (const c of checks) {
        if (c.kind === 'immunisations' && (!latestImmunisation || c.date >= latestImmunisation.date)) latestImmunisation = c;
        if (day(c.date) <= asAtDay - 365) continue;
        if (c.kind === 'dental') teeth = true;
        else if (c.kind === 'sdq') sdq = c.sdqScore ?? null;
      }
      if (teeth) dental += 1;
      if (latestImmunisation) {
        immunisedWith += 1;
        if (latestImmunisation.upToDate) immunised += 1;
      }
      const age = j.child.dateOfBirth ? (asAtDay - toDayNumber(j.child.dateOfBirth)) / 365.25 : -1;
      if (age >= 4 && age < 17) {
        sdqEligible += 1;
        if (sdq !== null) {
          sdqs += 1;
          sdqTotal += sdq;
        }
      }
    }
    const current = placements.find((pl) => pl.periodOfCareId === open.id && !pl.endDate);
    if (current) {
      currentPlacements += 1;
      if (FOSTER.has(current.typeCode)) fostered += 1;
      if (current.inLaArea === false) outOfArea += 1;
      if (current.registered === false) unregistered += 1;
    }
    const status = (j.legalStatuses ?? []).find((s) => !s.endDate);
    if (status?.code === 'C1' || status?.code === 'C2') careOrder += 1;
    else if (status?.code === 'V2') s20 += 1;
    else if (status?.code === 'E1') placementOrder += 1;
    const inWindow = (from: number): number => {
      let n = 0;
      for (const pl of placements) if (day(pl.startDate) <= asAtDay && (!pl.endDate || day(pl.endDate) > from)) n += 1;
      return n;
    };
    if (inWindow(asAtDay - 365) >= 3) moving12 += 1;
    if (day(open.startDate) <= asAtDay - 730) {
      stayers += 1;
      if (inWindow(asAtDay - 730) >= 3) stayersMoving += 1;
    }
  }
  return {
    lookedAfter, fosterShare: fostered / currentPlacements, careOrderShare: careOrder / lookedAfter, s20Share: s20 / lookedAfter, placementOrderShare: placementOrder / lookedAfter,
    threePlusIn2YearsOf2YearStayers: stayersMoving / stayers, threePlusIn12Months: moving12 / lookedAfter, moves, movesWithReason, moveReasons,
    outOfAreaShare: outOfArea / currentPlacements, unregistered, adoptionsInYear: adoptions, adoptionsPer100LookedAfter: (100 * adoptions) / lookedAfter,
    a10Days: adoptions ? a10 / adoptions : 0, a2Days: a2n ? a2 / a2n : 0, ceasedReasons,
    lookedAfter12Months: stayed12, dentalShare: dental / stayed12, immunisationsUpToDateShare: immunised / immunisedWith, sdqShare: sdqs / sdqEligible,
    sdqAverage: sdqs ? sdqTotal / sdqs : 0, escalationShare: escalated / lookedAfter, openEscalations,
    advocacyOffers: offers, advocacyAcceptedShare: offers ? accepted / offers : 0, advocacyWaitingShare: offers ? waiting / offers : 0,
  };
}

/**
 * Missing episodes and care leavers (PRACTICE.md §5: about 11% of children looked after went missing in a
 * year, 6.8 incidents each, mostly aged 16+; return interviews within 72 hours about 63%; Croydon 2017:
 * care leavers 92% in touch, 78% in education, employment or training). Counting conventions:
 * - "looked after in the year" is a journey with a period of care overlapping the year to as-at (the DfE
 *   counts children looked after during the year); one "went missing" if an episode of type 'missing' (not
 *   'away') started in the year (by the date of its start), and its incidents are those episodes;
 * - aged 16+ is the age at the first such episode in the year;
 * - a return interview is "within 72 hours" as the return-home-interview clock counts it: offered by an
 *   independent person (or, with no offer time, held) within 72 hours of the return, over the returns
 *   in the year from missing (not away) episodes at least 72 hours before the end of the as-at day;
 * - exploitation screenings: the share of children who went missing in the year with a screening (ever),
 *   and of all screenings, the share with a high risk of either kind;
 * - care leavers are the relevant and former relevant young people no longer looked after with an
 *   SSDA903 in-touch code; the shares in touch (YES), in education, employment or training (ACTIV F1-P5)
 *   and in suitable accommodation (ACCOM digit 1) are of all of them, as the DfE counts (not in touch is
 *   "information not known", neither EET nor suitable).
 */
export interface MissingAndLeavingCareFigures {
  lookedAfterInYear: number;
  wentMissing: number;
  wentMissingShare: number;
  episodesEach: number;
  aged16PlusShare: number;
  returns: number;
  independentOfferWithin72hShare: number;
  /** Return interviews offered by someone not independent of the child's care (the flag shows them). */
  notIndependentOffers: number;
  screenedShareOfMissing: number;
  screenings: number;
  highRiskShare: number;
  careLeavers: number;
  inTouchShare: number;
  eetShare: number;
  suitableAccommodationShare: number;
  /** Care leaver records whose eligibility says why it differs from the care history. */
  eligibilityOverrides: number;
}

const EET = new Set(['F1', 'P1', 'F2', 'P2', 'F3', 'P3', 'F4', 'P4', 'F5', 'P5']);

/** Wall-clock minutes of a local date-time (YYYY-MM-DDTHH:MM). */
function minuteOf(value: string): number {
  return toDayNumber(value.slice(0, 10)) * 1440 + Number(value.slice(11, 13)) * 60 + Number(value.slice(14, 16));
}

export function missingAndLeavingCareFigures(journeys: readonly Journey[], asAt: string): MissingAndLeavingCareFigures {
  const asAtDay = toDayNumber(asAt);
  const inYear = (date: string): boolean => {
    const d = toDayNumber(date.slice(0, 10));
    return d > asAtDay - 365 && d <= asAtDay;
  };
  const lastReturn = (asAtDay + 1) * 1440 - 72 * 60;
  let lookedAfterInYear = 0, wentMissing = 0, episodes = 0, aged16 = 0, returns = 0, within72 = 0, notIndependent = 0, screened = 0, screenings = 0, high = 0;
  let careLeavers = 0, inTouch = 0, eet = 0, suitable = 0, overrides = 0;
  for (const j of journeys) {
    for (const s of j.exploitationScreenings ?? []) {
      screenings += 1;
      if (s.sexualExploitationRisk === 'high' || s.criminalExploitationRisk === 'high') high += 1;
    }
    for (const m of j.missingEpisodes ?? []) if (m.offeredByIndependentPerson === false) notIndependent += 1;
    const leaver = j.careLeaver;
    if (leaver?.eligibilityOverrideReason) overrides += 1;
    const periods = j.periodsOfCare ?? [];
    if (leaver && (leaver.eligibility === 'relevant' || leaver.eligibility === 'former_relevant') && leaver.inTouchCode && periods.every((p) => p.endDate)) {
      careLeavers += 1;
      if (leaver.inTouchCode === 'YES') inTouch += 1;
      if (leaver.activityCode && EET.has(leaver.activityCode)) eet += 1;
      if (accommodationSuitable(leaver.accommodationCode) === true) suitable += 1;
    }
    if (!periods.some((p) => toDayNumber(p.startDate) <= asAtDay && (!p.endDate || toDayNumber(p.endDate) > asAtDay - 365))) continue;
    lookedAfterInYear += 1;
    let first: string | null = null;
    let count = 0;
    for (const m of j.missingEpisodes ?? []) {
      if (m.type === 'away') continue;
      if (inYear(m.startAt)) {
        count += 1;
        if (first === null || m.startAt < first) first = m.startAt;
      }
      if (!m.returnedAt || !inYear(m.returnedAt)) continue;
      const back = minuteOf(m.returnedAt);
      if (back > lastReturn) continue;
      returns += 1;
      if (m.offeredByIndependentPerson !== true) continue;
      const offered = m.returnInterviewOfferedAt ? minuteOf(m.returnInterviewOfferedAt) : null;
      const held = m.returnInterviewCompletedAt ? minuteOf(m.returnInterviewCompletedAt) : null;
      const by = offered === null ? held : held === null ? offered : Math.min(offered, held);
      if (by !== null && by - back <= 72 * 60) within72 += 1;
    }
    if (count === 0) continue;
    wentMissing += 1;
    episodes += count;
    if ((j.exploitationScreenings ?? []).length > 0) screened += 1;
    const born = j.child.dateOfBirth;
    if (born && toDayNumber(first!.slice(0, 10)) - toDayNumber(born) >= 16 * 365.25) aged16 += 1;
  }
  return {
    lookedAfterInYear, wentMissing, wentMissingShare: wentMissing / lookedAfterInYear, episodesEach: wentMissing ? episodes / wentMissing : 0,
    aged16PlusShare: wentMissing ? aged16 / wentMissing : 0, returns, independentOfferWithin72hShare: returns ? within72 / returns : 0, notIndependentOffers: notIndependent,
    screenedShareOfMissing: wentMissing ? screened / wentMissing : 0, screenings, highRiskShare: screenings ? high / screenings : 0,
    careLeavers, inTouchShare: careLeavers ? inTouch / careLeavers : 0, eetShare: careLeavers ? eet / careLeavers : 0,
    suitableAccommodationShare: careLeavers ? suitable / careLeavers : 0, eligibilityOverrides: overrides,
  };
}

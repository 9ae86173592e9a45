// Synthetic journeys: one child's whole history with the service, coherent and valid (parseJourney), as at
// a given date, shaped like the national figures in PRACTICE.md §5. Pure and deterministic for a Random.
//
// How a journey is built. The seed gives the child's current stage (which team holds the case), dates of
// birth and the allocations. Each stage first places its key dates on integer day numbers (the plan's start,
// the referral that led to it), working backwards from a sampled "how long ago" and clamping to the child's
// birth and (where sensible) to the case's first allocation; then it writes the records, older history first.
// Timeliness is drawn from distributions calibrated to the national figures (assessments 17/33/43 WD at the
// quartiles, 86% within 45 WD; ICPCs 81% within 15 WD) and per-child habits: a few children's workers are
// often late, and about 8% of open cases have stalled recently (no visit, review or supervision for 3-10
// weeks), so dashboards have overdue work to show.
//
// Calibration (checked by journeys.test.ts over two Croydon-sized LAs, the year to as-at): re-referrals
// within 12 months about 22%; ICPCs about 31% of s47 enquiries (enquiries that needed no conference are
// added in the journeys of children being assessed, on CIN plans, stepped down and closed, since the seed
// fixes how many children are on CP plans); CP plans ending and first categories as in §5. Referrals come to
// about 300 per 10,000 children (519 nationally) against the population at which the LA's children in need
// are the national 330 per 10,000: the LA holds only the children its teams know (sizes.ts), so the many
// short referrals that end at the front door or after an assessment are under-represented.
// Children looked after (looked-after-figures.ts counts them): about 68% of current placements in foster care,
// 76% on care orders and 19% accommodated under s20; of those in care 2+ years, about 23% had 3+ placements in
// the last 2 years, and about 10% of all had 3+ in the last 12 months (a fifth of periods start with a short
// emergency placement). Every placement that ends while care goes on says why (REASON_PLACE_CHANGE); every
// period that ended says why (REC). Completed adoptions (3.7 a year per 100 looked after, as 3,040 to 81,770)
// are closed cases of young children, with the decision, placement order, match, move and order (A10 about
// 450 days, A2 about 160); other closed cases left care home, on a special guardianship or child
// arrangements order, or to another LA. Placements carry provider, postcode, area, distance and (homes and
// supported accommodation) registration, a few current ones unregistered (about 0.5% of children).
// Alongside care, within the period of care: yearly health checks (a dental check for most, fewer under-fives;
// immunisations about 85% up to date; an SDQ for ages 4-16, scores mostly 5-20; now and then a sight test);
// the IRO's midway review between most reviews and now and then a visit or consultation; IRO escalations for
// about 4% of children looked after (mostly informal or stage 1 and resolved within weeks, a few at stages
// 2-3, Cafcass very rarely, about a quarter of those in open care raised lately and still open); advocacy or
// an independent visitor offered at the first review to most children over 5 (about 30% accept, some wait).
// Court: a legal gateway meeting a few weeks before each letter before proceedings, 2-5 hearings from issue
// to the final order; a few young children's adoption decisions reversed, with the reason.
// Missing (looked-after-figures.ts missingAndLeavingCareFigures counts them): about 11% of children looked
// after in the year go missing (those in care now, and some care leavers in their last months in care),
// 6.8 incidents each, about 60% aged 16+; each episode says who reported it, the police reference, where
// the child was found and who with; about 63% are offered an independent return interview within 72 hours,
// by a named worker of an independent service (now and then by the child's own social worker, which the
// casework flags show), and what the child said if it was held. Most who go missing, and most teenagers
// whose episode is about exploitation, have an exploitation risk screening (levels mostly low or medium,
// some high; places and people from small shared pools, so they link children). Care leavers: the
// eligibility is the one the care history gives (eligibilityByHistory mirrors careLeaverEligibilityOf),
// except qualifying young people over 21 in education, recorded with the reason; those who have left care
// as relevant or former relevant have SSDA903 codes: about 92% in touch, 78% in education, employment or
// training and 88% in suitable accommodation; the personal adviser, latest contact, local offer, support
// to 25 and the health history are filled to fit.
//
// Casework content: each episode has a theme (casework-text.ts: neglect, domestic abuse, parental mental
// health...) that keeps its records coherent: the referrer's concerns, the assessment's CIN census factors,
// the CP category, the plan's goals and contingency. Contacts name a referrer fitting their source and are
// decided by the child's allocated worker when there was one (decidedBy); the seed's managers authorise
// assessments (the manager of the team holding the case) and sign off decisions (the front door's). Text is
// shared constants; lists are sized exactly where built here.
//
// Speed: a benchmark generates 500,000 journeys, so the hot path works on day numbers, formats each date
// once through a cache, counts working days and adds months through day indexes, and uses no Date objects, regular
// expressions or intermediate arrays.
import type { Journey } from '../practice/journey/journey.ts';
import type { Contact, EarlyHelpEpisode } from '../practice/journey/front-door.ts';
import type { Assessment, Referral } from '../practice/journey/assessment.ts';
import type { CoreGroup, CpPlan, InitialConference, ReviewConference, S47Enquiry, StrategyDiscussion } from '../practice/journey/child-protection.ts';
import type { CaseNote, CaseSupervision, CinPlan, CinReview, Visit } from '../practice/journey/child-in-need.ts';
import type { AdvocacyOffer, ClaReview, HealthAssessment, HealthCheck, IroContact, IroEscalation, LegalStatus, PeriodOfCare, PersonalEducationPlan, Placement } from '../practice/journey/looked-after.ts';
import type { ExploitationScreening, MissingEpisode } from '../practice/journey/missing.ts';
import type { Adoption, EmergencyProtectionOrder, PoliceProtection, PreProceedings, Proceedings } from '../practice/journey/court.ts';
import type { CareLeaver } from '../practice/journey/care-leaver.ts';
import { Random } from './random.ts';
import {
  CASE_NOTES, CHILD_SAID_CHILD, CHILD_SAID_TEENAGER, DECISION_RATIONALES, FIRST_REVIEW_RECOMMENDATIONS, IRO_NAMES, OBSERVATIONS_BABY, REVIEW_RECOMMENDATIONS, OBSERVATIONS_NOT_SEEN, OBSERVATIONS_SEEN, PEOPLE,
  POLICE_NAMES, CLINICIAN_NAMES, REFERRERS, S47_NO_ICPC_CARE, S47_NO_ICPC_CLOSE, S47_NO_ICPC_CONTINUE, THEMES, THEMES_OF_CATEGORY, THEMES_OF_NEED,
  WISHES_BABY, WISHES_CHILD, WISHES_TEENAGER, WISHES_UNBORN, type Theme,
  ADOPTION_REVERSAL_REASONS, ESCALATED_TO, ESCALATION_CONCERNS, ESCALATION_OUTCOMES, HEARING_CMH, HEARING_FINAL, HEARING_FURTHER_CMH, HEARING_INTERIM, HEARING_IRH,
  IRO_CONSULTATION_NOTES, IRO_MIDWAY_NOTES, IRO_VISIT_NOTES,
  CHILD_SAID_RETURN, ELIGIBILITY_OVERRIDE_OTHER, ELIGIBILITY_OVERRIDE_OVER_21, EXPLOITATION_ASSOCIATES, EXPLOITATION_LOCATIONS, LOCAL_OFFER, PERSONAL_ADVISER_NAMES,
  REPORTED_BY_FOSTER_CARER, REPORTED_BY_HOME, REPORTED_BY_PARENT, REPORTED_BY_POLICE, REPORTED_BY_SCHOOL, REPORTED_BY_SUPPORTED, RETURN_INTERVIEW_BY_SOCIAL_WORKER,
  RETURN_INTERVIEWERS, RETURN_INTERVIEW_ORGANISATIONS, SCREENING_NOTES_HIGH, SCREENING_NOTES_LOW, SCREENING_NOTES_MEDIUM, THEME_EXPLOITATION, WHERE_AWAY, WHERE_FOUND, WITH_WHOM,
} from './casework-text.ts';
import { ENGLAND_AND_WALES } from '../practice/calendar/calendar.ts';
import { daysFromCivil, fromDayNumber, toDayNumber, yearOfDayNumber } from '../practice/calendar/day-number.ts';
import { nextTermStart, termEnd } from '../practice/calendar/school-terms.ts';

export type JourneyStage = 'early_help' | 'assessment' | 'child_in_need' | 'child_protection' | 'looked_after' | 'care_leaver' | 'closed';

export const JOURNEY_STAGES: readonly JourneyStage[] = ['early_help', 'assessment', 'child_in_need', 'child_protection', 'looked_after', 'care_leaver', 'closed'];

export interface JourneySeed {
  childId: string;
  dateOfBirth: string | null;
  /** For an unborn child (a pre-birth child protection case). */
  expectedDateOfBirth: string | null;
  stage: JourneyStage;
  /** The child's allocations in date order, the current one (or, for a closed case, the last) last. */
  allocations: Journey['allocations'];
  uasc: boolean;
  /**
   * Who manages: each team's manager (authorises its assessments) and the front door's (signs off
   * contact decisions). Without it those fields stay null.
   */
  managers?: { ofTeam: ReadonlyMap<string, string>; frontDoor: string | null };
  /** The LA's independent reviewing officers (display names) who chair looked-after reviews; else IRO_NAMES. */
  iros?: readonly string[];
  /**
   * Display names of the allocated workers (staff id to name): the personal adviser of a care leaver, the
   * social worker who screens for exploitation or offers a return interview. Without it, names come from
   * small invented pools (casework-text.ts).
   */
  workerNames?: ReadonlyMap<string, string>;
}

// --- Supervision content (shared strings) ---------------------------------------------------------------

const SUPERVISION_DECISIONS = [
  'Continue the plan; no change to the level of intervention.',
  'Increase visits to weekly until the next review.',
  'Convene a family group conference.',
  'Seek legal advice at the next legal gateway meeting.',
  'Step down to early help at the next review if progress holds.',
  'Refer to the parenting programme and review in four weeks.',
];
const SUPERVISION_RATIONALES = [
  'Attendance and home conditions have improved; the child says things are calmer.',
  'Concerns about supervision at home persist; the child has not been seen alone.',
  'Extended family offer support that the plan does not yet use.',
  'Parents have not engaged with the agreed services.',
];
const SUPERVISION_ACTIONS = [
  'See the child alone at school',
  'Update the chronology and the plan',
  'Speak to the health visitor',
  'Book the family group conference',
  'Complete the parenting assessment',
];

// --- Days, dates and times ------------------------------------------------------------------------------

const CAL = ENGLAND_AND_WALES;
const MINUTES_PER_DAY = 1440;

// Working days through a flat index over 1990-2100 (the years with known bank holidays), built once from the
// England-and-Wales calendar the clocks use: workingThrough[i] counts the working days from WD_FIRST to
// WD_FIRST + i, and workingDays[k] is the k-th working day. Outside the range, the calendar answers.
const WD_FIRST = daysFromCivil(1990, 1, 1);
const WD_LAST = daysFromCivil(2100, 12, 31);
let workingThrough: Int32Array = new Int32Array(0);
let workingDays: Int32Array = new Int32Array(0);
function buildWorkingDayIndex(): void {
  if (workingThrough.length > 0) return;
  const through = new Int32Array(WD_LAST - WD_FIRST + 1);
  const days: number[] = [];
  for (let d = WD_FIRST; d <= WD_LAST; d++) {
    if (CAL.isWorkingDayNumber(d)) days.push(d);
    through[d - WD_FIRST] = days.length;
  }
  workingThrough = through;
  workingDays = Int32Array.from(days);
  // Months over the same range, for months(): each day's month (counted from January 1990) and day of the
  // month, and each month's first day and length.
  const monthCount = (2100 - 1990 + 1) * 12;
  const starts = new Int32Array(monthCount);
  const lengths = new Uint8Array(monthCount);
  const monthOf = new Uint16Array(through.length);
  const dayOf = new Uint8Array(through.length);
  for (let k = 0; k < monthCount; k++) {
    const y = 1990 + Math.floor(k / 12);
    const m = (k % 12) + 1;
    starts[k] = civilDay(y, m, 1);
    lengths[k] = m === 2 ? ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28) : MONTH_LENGTHS[m - 1]!;
    for (let day = 1; day <= lengths[k]!; day++) {
      monthOf[starts[k]! + day - 1 - WD_FIRST] = k;
      dayOf[starts[k]! + day - 1 - WD_FIRST] = day;
    }
  }
  monthStarts = starts;
  monthLengths = lengths;
  monthOfDay = monthOf;
  dayOfMonth = dayOf;
}
let monthStarts: Int32Array = new Int32Array(0);
let monthLengths: Uint8Array = new Uint8Array(0);
let monthOfDay: Uint16Array = new Uint16Array(0);
let dayOfMonth: Uint8Array = new Uint8Array(0);
function isWorking(d: number): boolean {
  const i = d - WD_FIRST;
  if (i < 0 || i >= workingThrough.length) return CAL.isWorkingDayNumber(d);
  return workingThrough[i]! - (i > 0 ? workingThrough[i - 1]! : 0) === 1;
}
/** The nth working day after d (n > 0) or before it (n < 0); d itself for 0. */
function wd(d: number, n: number): number {
  if (n === 0) return d;
  const i = d - WD_FIRST;
  if (i >= 0 && i < workingThrough.length) {
    const through = workingThrough[i]!;
    const k = n > 0 ? through + n - 1 : through - (isWorking(d) ? 1 : 0) + n;
    if (k >= 0 && k < workingDays.length) return workingDays[k]!;
  }
  return CAL.addWorkingDaysToDayNumber(d, n);
}
/** Working days after a up to and including b (a <= b). */
function wdBetween(a: number, b: number): number {
  const i = a - WD_FIRST;
  const j = b - WD_FIRST;
  if (i >= 0 && j < workingThrough.length) return workingThrough[j]! - workingThrough[i]!;
  return CAL.workingDaysBetweenDayNumbers(a, b);
}
/** The day itself if a working day, else the next one. */
function workdayOnOrAfter(d: number): number {
  return isWorking(d) ? d : wd(d, 1);
}
/** The day itself if a working day, else the one before. */
function workdayOnOrBefore(d: number): number {
  return isWorking(d) ? d : wd(d, -1);
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** n calendar months on, clamped to the end of a short month (as addMonthsToDayNumber, without allocating). */
function months(d: number, n: number): number {
  // Through the month index over 1990-2100 (buildWorkingDayIndex); outside it, by arithmetic.
  const i = d - WD_FIRST;
  if (i >= 0 && i < monthOfDay.length) {
    const k = monthOfDay[i]! + n;
    if (k >= 0 && k < monthStarts.length) {
      const day = dayOfMonth[i]!;
      const length = monthLengths[k]!;
      return monthStarts[k]! + (day < length ? day : length) - 1;
    }
  }
  return monthsByArithmetic(d, n);
}
/** months() for its test (the index must agree with the calendar's addMonthsToDayNumber). */
export function addMonthsForTest(d: number, n: number): number {
  buildWorkingDayIndex();
  return months(d, n);
}
function monthsByArithmetic(d: number, n: number): number {
  const z = d + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  const length = m === 2 ? ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28) : MONTH_LENGTHS[m - 1]!;
  return civilDay(y, m, day < length ? day : length);
}
// Civil dates come from the practice calendar (the same arithmetic the clocks use).
const civilDay = daysFromCivil;
const yearOf = yearOfDayNumber;

// Every date is formatted once: day numbers 0..60000 cover 1970-2134.
const ISO_CACHE_SIZE = 60000;
const isoCache: (string | undefined)[] = new Array<string | undefined>(ISO_CACHE_SIZE).fill(undefined);
function iso(d: number): string {
  const hit = isoCache[d];
  if (hit !== undefined) return hit;
  const text = fromDayNumber(d);
  if (d >= 0 && d < ISO_CACHE_SIZE) isoCache[d] = text;
  return text;
}
function isoOrNull(d: number | null): string | null {
  return d === null ? null : iso(d);
}
const hhmmCache: string[] = [];
for (let m = 0; m < MINUTES_PER_DAY; m++) {
  const h = Math.floor(m / 60);
  const mm = m % 60;
  hhmmCache.push(`${h < 10 ? '0' : ''}${h}:${mm < 10 ? '0' : ''}${mm}`);
}
/** A UK local date-time from wall-clock minutes since 1970-01-01 00:00. */
function dateTime(wallMinute: number): string {
  const d = Math.floor(wallMinute / MINUTES_PER_DAY);
  return `${iso(d)}T${hhmmCache[wallMinute - d * MINUTES_PER_DAY]!}`;
}

/** Record ids ("visit-12"), made once per prefix and number and shared (strings are immutable). */
function idMaker(prefix: string): (n: number) => string {
  const cache: string[] = [];
  return (n) => cache[n] ?? (cache[n] = `${prefix}${n}`);
}
const ID = {
  contact: idMaker('contact-'), referral: idMaker('referral-'), assessment: idMaker('assessment-'), strategy: idMaker('strategy-'),
  s47: idMaker('s47-'), icpc: idMaker('icpc-'), cpPlan: idMaker('cp-plan-'), coreGroup: idMaker('core-group-'),
  reviewConference: idMaker('review-conference-'), cinPlan: idMaker('cin-plan-'), cinReview: idMaker('cin-review-'), visit: idMaker('visit-'),
  supervision: idMaker('supervision-'), period: idMaker('period-'), placement: idMaker('placement-'), claReview: idMaker('cla-review-'),
  health: idMaker('health-'), pep: idMaker('pep-'), missing: idMaker('missing-'), preProceedings: idMaker('pre-proceedings-'),
  proceedings: idMaker('proceedings-'), earlyHelp: idMaker('early-help-'), caseNote: idMaker('note-'), legalStatus: idMaker('legal-status-'),
  healthCheck: idMaker('health-check-'), iroContact: idMaker('iro-contact-'), iroEscalation: idMaker('iro-escalation-'), advocacy: idMaker('advocacy-'),
  screening: idMaker('exploitation-screening-'), policeProtection: idMaker('police-protection-'), epo: idMaker('epo-'),
};

let lastAsAt = '';
let lastAsAtDay = 0;
function asAtDayOf(asAt: string): number {
  if (asAt !== lastAsAt) {
    lastAsAtDay = toDayNumber(asAt);
    lastAsAt = asAt;
  }
  return lastAsAtDay;
}

// --- Sampling ---------------------------------------------------------------------------------------

interface Table<T> {
  values: readonly T[];
  cumulative: Float64Array;
}
function table<T>(pairs: readonly (readonly [T, number])[]): Table<T> {
  const cumulative = new Float64Array(pairs.length);
  let total = 0;
  pairs.forEach(([, w], i) => {
    total += w;
    cumulative[i] = total;
  });
  for (let i = 0; i < cumulative.length; i++) cumulative[i] = cumulative[i]! / total;
  return { values: pairs.map(([v]) => v), cumulative };
}
function draw<T>(r: Random, t: Table<T>): T {
  const u = r.next();
  const c = t.cumulative;
  let i = 0;
  while (i < c.length - 1 && u >= c[i]!) i++;
  return t.values[i]!;
}
/** A whole number of days from weighted [from, to] bands. */
function band(r: Random, t: Table<readonly [number, number]>): number {
  const [from, to] = draw(r, t);
  return r.int(from, to);
}
/** Inverse of a piecewise-linear distribution given by (cumulative share, value) points. */
function fromQuantiles(r: Random, ps: readonly number[], xs: readonly number[]): number {
  const u = r.next();
  let i = 1;
  while (i < ps.length - 1 && u > ps[i]!) i++;
  const p0 = ps[i - 1]!;
  const p1 = ps[i]!;
  return Math.round(xs[i - 1]! + ((xs[i]! - xs[i - 1]!) * (u - p0)) / (p1 - p0));
}

// Child and family assessment, working days from referral to authorisation: quartiles 17 / 33 / 43 and
// 85.7% within 45 WD (PRACTICE.md §5).
const CFA_P = [0, 0.25, 0.5, 0.75, 0.857, 0.95, 1];
const CFA_X = [4, 19, 35, 44, 45.4, 62, 110];
const sampleAssessmentDays = (r: Random): number => fromQuantiles(r, CFA_P, CFA_X);
// ICPC, working days from the strategy discussion: median 14, 81% within 15.
const ICPC_P = [0, 0.2, 0.5, 0.81, 0.9, 1];
const ICPC_X = [5, 10, 14, 15.4, 19, 35];
const sampleIcpcDays = (r: Random): number => fromQuantiles(r, ICPC_P, ICPC_X);
// Early help assessment, working days from the request (local standard 20).
const EH_P = [0, 0.5, 0.8, 0.9, 1];
const EH_X = [1, 12, 20.4, 28, 60];
// Care proceedings, weeks from issue to the final order (26-week limit; most run longer).
const PROCEEDINGS_P = [0, 0.3, 0.5, 0.8, 1];
const PROCEEDINGS_X = [12, 26, 36, 52, 90];
// Missing episodes, minutes away.
const MISSING_P = [0, 0.5, 0.8, 0.95, 1];
const MISSING_X = [60, 600, 1800, 4320, 14400];

/** Working days from the threshold decision to the strategy discussion (local standard 1). */
function sampleStrategyLag(r: Random): number {
  const u = r.next();
  return u < 0.62 ? 0 : u < 0.89 ? 1 : r.int(2, 4);
}

const SOURCES = table<string>([
  ['6', 29], ['2A', 18], ['2B', 2], ['3A', 3], ['3B', 3], ['3C', 1], ['3D', 2], ['3E', 3], ['3F', 3], ['1A', 4], ['1B', 2], ['1C', 1],
  ['1D', 1], ['5A', 6], ['5B', 2], ['5C', 2], ['5D', 4], ['4', 2], ['7', 2], ['8', 6], ['9', 2], ['10', 2],
]);
const NEEDS = table<string>([['N1', 56], ['N2', 9], ['N3', 4], ['N4', 9], ['N5', 15], ['N6', 3], ['N7', 0.5], ['N8', 3], ['N9', 1]]);
const CATEGORIES = table<CpPlan['initialCategory']>([['neglect', 49], ['emotional', 34], ['physical', 9], ['sexual', 3], ['multiple', 5]]);
const DELAY_REASONS = [
  'Waiting for information from health and the school',
  'Family not available; several visits needed to see the child',
  'Worker changed during the assessment',
  'Specialist assessment (interpreter, parenting capacity) needed first',
  'Awaiting the outcome of a police investigation',
];
const LATENESS = table<number>([[0.03, 45], [0.1, 35], [0.25, 20]]);

// How long ago (days) the current plan started, for children on plans at the as-at date.
const CP_PLAN_AGE = table<readonly [number, number]>([[[0, 91], 24], [[92, 182], 19], [[183, 365], 30], [[366, 547], 19], [[548, 730], 5], [[731, 1100], 3]]);
const CIN_PLAN_AGE = table<readonly [number, number]>([[[0, 91], 30], [[92, 182], 25], [[183, 365], 27], [[366, 730], 14], [[731, 1100], 4]]);
// How long plans that ended lasted (CP plans ending: ≤3 months 16%, 3-6 11%, 6-12 44%, 1-2 years 25%, 2+ 4%).
const CP_PLAN_LENGTH = table<readonly [number, number]>([[[20, 91], 16], [[92, 182], 11], [[183, 365], 44], [[366, 730], 25], [[731, 900], 4]]);
// How long children looked after today have been in care.
const TIME_IN_CARE = table<readonly [number, number]>([[[5, 182], 16], [[183, 365], 14], [[366, 730], 20], [[731, 1461], 22], [[1462, 2922], 19], [[2923, 5800], 9]]);
// Moves per year: most placements are stable, a minority of children move often.
const MOVE_RATE = table<number>([[0.13, 61.5], [0.6, 25], [1.9, 13.5]]);
/** Some children's first placement is a short emergency one (days), before the planned placement. */
const EMERGENCY_FIRST_PLACEMENT = 0.2;
const MISSING_COUNT = table<readonly [number, number]>([[[1, 1], 15], [[2, 3], 22], [[4, 8], 31], [[9, 15], 21], [[16, 26], 11]]);

// By age at the start of the placement; with the ages of the children in care this gives about 68% in foster care.
const PLACEMENTS_UNDER_11 = table<string>([['U6', 36], ['U4', 16], ['U5', 2], ['U3', 11], ['U1', 7], ['P1', 14], ['K2', 6], ['R1', 2], ['S1', 3], ['Z1', 3]]);
const PLACEMENTS_11_TO_15 = table<string>([['U6', 27], ['U4', 14], ['U3', 7], ['U1', 6], ['K2', 28], ['P1', 8], ['R1', 2], ['K1', 1], ['S1', 4], ['Z1', 3]]);
const PLACEMENTS_16_PLUS = table<string>([['U6', 18], ['U4', 12], ['U3', 4], ['U1', 4], ['K2', 18], ['H5', 30], ['P2', 6], ['P1', 3], ['Z1', 3]]);
const PLACEMENTS_UASC_UNDER_16 = table<string>([['U6', 75], ['K2', 15], ['U4', 10]]);
const PLACEMENTS_UASC_16_PLUS = table<string>([['H5', 55], ['U6', 35], ['K2', 10]]);

// SSDA903 placement detail. Who provides the placement (PLACE_PROVIDER): PR0 parents only for P1 (placed with
// parents), none for temporary (T0-T4) and other (Z1) placements; connected-person carers are mostly the LA's
// own, other foster care split between the LA's carers and independent agencies, homes mostly private.
const PROVIDERS_KINSHIP = table<string>([['PR1', 94], ['PR2', 3], ['PR4', 3]]);
const PROVIDERS_FOSTER = table<string>([['PR1', 52], ['PR4', 42], ['PR5', 4], ['PR2', 2]]);
const PROVIDERS_HOME = table<string>([['PR4', 82], ['PR1', 12], ['PR5', 4], ['PR2', 2]]);
const PROVIDERS_SECURE = table<string>([['PR1', 55], ['PR2', 40], ['PR4', 5]]);
const PROVIDERS_SUPPORTED = table<string>([['PR4', 68], ['PR5', 20], ['PR1', 12]]);
const PROVIDERS_RESIDENTIAL = table<string>([['PR4', 55], ['PR5', 25], ['PR3', 20]]);
const PROVIDERS_ADOPTION = table<string>([['PR1', 55], ['PR5', 35], ['PR2', 10]]);
/** Why a placement ended while the child stayed looked after (REASON_PLACE_CHANGE), for carers' placements. */
const MOVE_REASONS = table<string>([
  ['CARPL', 40], ['CREQB', 10], ['CREQO', 9], ['LAREQ', 9], ['CHILD', 6], ['CLOSE', 4], ['STAND', 2], ['ALLEG', 1], ['APPRR', 1], ['PLACE', 5], ['OTHER', 13],
]);
/** The same with no carer to ask for the end (placed with parents, supported or independent living). */
const MOVE_REASONS_NO_CARER = table<string>([['CARPL', 50], ['CHILD', 15], ['LAREQ', 12], ['CLOSE', 5], ['OTHER', 18]]);
/** PLACE, a change in the placement's status only: short-term foster care agreed as long-term, a connected person fully approved. */
function statusChangeOf(typeCode: string): string | null {
  return typeCode === 'U6' ? 'U4' : typeCode === 'U3' ? 'U1' : typeCode === 'U5' ? 'U4' : null;
}
/** Unregistered settings: a current H5 (K3 from 2025), K2 or Z1 placement without the registration it needs (about 0.5% of children looked after). */
const UNREGISTERED = 0.035;
/** Miles from home: in the LA's area mostly under 12, out of it often much further. */
const OUT_OF_AREA_MILES = table<readonly [number, number]>([[[80, 250], 45], [[251, 600], 30], [[601, 1500], 18], [[1501, 3000], 7]]);
/** Synthetic postcodes, made once: the LA's own area (NB, as the children's addresses) and others (Q, V and X start no real postcode). */
const POSTCODE_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
function postcodes(areas: readonly string[], count: number): readonly string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const area = areas[i % areas.length]!;
    const district = 1 + ((i * 7) % 19);
    out.push(`${area}${district} ${(i * 3) % 10}${POSTCODE_LETTERS[(i * 11) % 20]}${POSTCODE_LETTERS[(i * 13 + 5) % 20]}`);
  }
  return out;
}
const POSTCODES_IN_AREA = postcodes(['NB'], 400);
const POSTCODES_OUT_OF_AREA = postcodes(['QA', 'QB', 'QE', 'QL', 'VA', 'VE', 'VN', 'XA', 'XB', 'XH'], 400);

// Looked-after reviews: how the child took part (SSDA903 PN0..PN7; PN0 under 4), by age.
const PARTICIPATION_4_TO_10 = table<string>([['PN1', 24], ['PN2', 4], ['PN3', 12], ['PN4', 4], ['PN5', 8], ['PN6', 38], ['PN7', 10]]);
const PARTICIPATION_11_PLUS = table<string>([['PN1', 46], ['PN2', 5], ['PN3', 3], ['PN4', 3], ['PN5', 9], ['PN6', 22], ['PN7', 12]]);
const AGE_4 = 1461;

// SSDA903 category of need (N1..N8) from the referral that led into care; N9 (not in need) cannot lead to care.
const CARE_NEEDS = new Set(['N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8']);
// Why a period of care ended (REC). Care leavers at 18 (E17 is set when staying put), and those who left at 16-17.
const CEASED_AT_18 = table<string>([['E5', 55], ['E6', 14], ['E4A', 8], ['E13', 6], ['E7', 3], ['E9', 1], ['E8', 8]]);
const CEASED_BEFORE_18 = table<string>([['E5', 30], ['E6', 8], ['E4A', 16], ['E4B', 8], ['E13', 14], ['E9', 4], ['E8', 10]]);
/** Closed cases that were once looked after, other than by adoption: home, an order to family or carers, elsewhere. */
type LeftCare = 'E4A' | 'E4B' | 'E13' | 'E41' | 'SGO' | 'E3' | 'E16' | 'E8';
const LEFT_CARE = table<LeftCare>([['E4A', 38], ['E4B', 6], ['E13', 8], ['E41', 9], ['SGO', 24], ['E3', 8], ['E16', 1], ['E8', 6]]);
/** Share of closed cases that ended in adoption (if young enough) or another way of leaving care. */
const CLOSED_ADOPTED = 0.157;
const CLOSED_LEFT_CARE = 0.08;
// Days from the placement order to the match (adoption scorecard A2; most take longer than the 121-day threshold).
const PLACEMENT_ORDER_TO_MATCH = table<readonly [number, number]>([[[30, 121], 42], [[122, 240], 38], [[241, 480], 20]]);

// --- Casework content (text from casework-text.ts; every string shared) ---------------------------------

function pick<T>(r: Random, items: readonly T[]): T {
  return items[(r.next() * items.length) | 0]!;
}
/** The worry running through an episode, for a CIN census primary need (N1 through a CP category). */
function themeOfNeed(r: Random, need: string | null): number {
  if (need === null || need === 'N1') return pick(r, THEMES_OF_CATEGORY[draw(r, CATEGORIES)]);
  return pick(r, THEMES_OF_NEED[need] ?? THEMES_OF_NEED.N4!);
}
const THEME_FAMILY_STRESS = 9;
const EARLY_HELP_THEMES = [THEME_FAMILY_STRESS, THEME_FAMILY_STRESS, THEME_FAMILY_STRESS, 0, 1, 2, 8, 7];
/** Chance of an s47 enquiry in the current episode of a child being assessed, or on a CIN plan (and of an ICPC after it). */
const ASSESSMENT_S47 = 0.6;
const CIN_S47 = 0.7;
const CIN_S47_ICPC = 0.1;
const ASSESSMENT_NEXT = table<string>([['cin_plan', 45], ['no_further_action', 35], ['early_help', 20]]);
const PLAN_CLOSED = table<string>([['risk_reduced', 85], ['moved_away', 6], ['transferred', 5], ['other', 4]]);
/** What an s47 enquiry that needed no conference led to: the assessment or a plan, closure, or care. */
type NoIcpcNext = 'continue' | 'close' | 'care';
const NO_ICPC_NOTES: Record<NoIcpcNext, readonly string[]> = { continue: S47_NO_ICPC_CONTINUE, close: S47_NO_ICPC_CLOSE, care: S47_NO_ICPC_CARE };
const AGE_3 = 1096;
const AGE_5 = 1826;
const AGE_13 = 4748;
const AGE_11 = 4018;
const AGE_17 = 6209;

// People at strategy discussions: shared records (a discussion's list points at them; nothing mutates them).
type Attendee = NonNullable<StrategyDiscussion['attendees']>[number];
const attendeesOf = (names: readonly string[], agency: string): readonly Attendee[] => names.map((name) => ({ name, agency }));
const AT_SOCIAL_CARE = attendeesOf(PEOPLE.slice(0, 40), 'social_care');
const AT_POLICE = attendeesOf(POLICE_NAMES, 'police');
const AT_HEALTH = [...attendeesOf(PEOPLE.slice(40, 64), 'health'), ...attendeesOf(CLINICIAN_NAMES, 'health')];
const AT_EDUCATION = attendeesOf(PEOPLE.slice(64, 96), 'education');
const AT_OTHER = [...attendeesOf(PEOPLE.slice(20, 30), 'probation'), ...attendeesOf(PEOPLE.slice(50, 60), 'other')];
const SCRATCH_ATTENDEES: Attendee[] = new Array<Attendee>(8).fill(AT_POLICE[0]!);
const SCRATCH_AGENCIES: string[] = new Array<string>(8).fill('');
type Goal = NonNullable<CpPlan['goals']>[number];

/** A contact waiting for its id (given when contacts are sorted), and the records that point at it. */
interface ContactDraft {
  received: number;
  decided: number | null;
  source: string;
  outcome: Contact['outcome'];
  theme: number;
  links: { contactId?: string | null }[] | null;
}

// --- The journey under construction -------------------------------------------------------------------

class Builder {
  readonly contacts: Contact[] = [];
  readonly earlyHelp: EarlyHelpEpisode[] = [];
  readonly referrals: Referral[] = [];
  readonly assessments: Assessment[] = [];
  readonly strategyDiscussions: StrategyDiscussion[] = [];
  readonly s47Enquiries: S47Enquiry[] = [];
  readonly initialConferences: InitialConference[] = [];
  readonly cpPlans: CpPlan[] = [];
  readonly coreGroups: CoreGroup[] = [];
  readonly reviewConferences: ReviewConference[] = [];
  readonly cinPlans: CinPlan[] = [];
  readonly cinReviews: CinReview[] = [];
  readonly visits: Visit[] = [];
  readonly caseSupervisions: CaseSupervision[] = [];
  caseNotes: CaseNote[] = [];
  readonly periodsOfCare: PeriodOfCare[] = [];
  readonly legalStatuses: LegalStatus[] = [];
  readonly placements: Placement[] = [];
  readonly claReviews: ClaReview[] = [];
  readonly healthAssessments: HealthAssessment[] = [];
  readonly personalEducationPlans: PersonalEducationPlan[] = [];
  readonly healthChecks: HealthCheck[] = [];
  readonly iroContacts: IroContact[] = [];
  readonly iroEscalations: IroEscalation[] = [];
  readonly advocacyOffers: AdvocacyOffer[] = [];
  readonly missingEpisodes: MissingEpisode[] = [];
  readonly exploitationScreenings: ExploitationScreening[] = [];
  /** The day the first missing episode started (screenings follow it), or null. */
  firstMissingDay: number | null = null;
  /** The seed's worker names (staff id to display name), if any. */
  workerNames: ReadonlyMap<string, string> | undefined = undefined;
  readonly preProceedings: PreProceedings[] = [];
  readonly proceedings: Proceedings[] = [];
  readonly emergencyProtectionOrders: EmergencyProtectionOrder[] = [];
  readonly policeProtections: PoliceProtection[] = [];
  adoption: Adoption | null = null;
  careLeaver: CareLeaver | null = null;
  /** Contacts as (received, decided) wall minutes, sorted and given ids at the end. */
  private readonly contactDrafts: ContactDraft[] = [];
  /** The worry running through the current episode (an index into THEMES). */
  theme = 9;
  /** The next assessed episode is stepped down to early help (closed RC9). */
  stepDownNext = false;
  /** The id of the last referral written. */
  lastReferralId = '';

  constructor(
    readonly r: Random,
    readonly asAt: number,
    /** The earliest day anything may happen: the date of birth, or for an unborn child the start of pre-birth work. */
    readonly lo: number,
    /** The date of birth (null: unborn). */
    readonly birth: number | null,
    /** Chance that a recurring event (visit, review, supervision) comes late for this child. */
    readonly late: number,
    /** The last day recurring events of the open case happen on (before as-at when the case has stalled). */
    readonly stall: number,
    /** How many visits see the child. */
    readonly seen: number,
    /** The seed's allocations as day numbers (end: null while current) and their workers: who decided what when. */
    readonly allocationStarts: readonly number[],
    readonly allocationEnds: readonly (number | null)[],
    readonly allocationWorkers: readonly string[],
    readonly allocationTeams: readonly string[] = [],
    readonly managers: JourneySeed['managers'] = undefined,
    /** Who chairs looked-after reviews. */
    readonly iros: readonly string[] = IRO_NAMES,
  ) {}

  /** The manager of the team holding the case on `day` (a staff id), if known. */
  managerOn(day: number): string | null {
    const starts = this.allocationStarts;
    for (let i = starts.length - 1; i >= 0; i--) {
      const end = this.allocationEnds[i]!;
      if (starts[i]! <= day && (end === null || day <= end)) return this.managers?.ofTeam.get(this.allocationTeams[i]!) ?? null;
    }
    return null;
  }

  /** The worker allocated on `day`, if any (a staff id). */
  workerOn(day: number): string | null {
    const starts = this.allocationStarts;
    for (let i = starts.length - 1; i >= 0; i--) {
      const end = this.allocationEnds[i]!;
      if (starts[i]! <= day && (end === null || day <= end)) return this.allocationWorkers[i]!;
    }
    return null;
  }

  /** The display name of the worker allocated on `day`, if the seed names them. */
  workerNameOn(day: number): string | null {
    if (this.workerNames === undefined) return null;
    const worker = this.workerOn(day);
    return worker === null ? null : (this.workerNames.get(worker) ?? null);
  }

  /** A contact decided on `decided` (a working day at or after lo), received up to a few working days before. */
  contactDecidedOn(decided: number, outcome: NonNullable<Contact['outcome']>, source: string): ContactDraft {
    const r = this.r;
    const u = r.next();
    const lag = u < 0.55 ? 0 : u < 0.88 ? 1 : u < 0.96 ? 2 : r.int(3, 5);
    let received = wd(decided, -lag);
    if (received < this.lo) received = decided;
    let receivedMinute: number;
    let decidedMinute: number;
    if (received === decided) {
      receivedMinute = r.int(420, 900);
      decidedMinute = receivedMinute + r.int(20, 300);
    } else {
      receivedMinute = r.chance(0.15) ? r.int(0, 1439) : r.int(480, 1140);
      decidedMinute = r.int(540, 1050);
    }
    const draft: ContactDraft = { received: received * MINUTES_PER_DAY + receivedMinute, decided: decided * MINUTES_PER_DAY + decidedMinute, source, outcome, theme: this.theme, links: null };
    this.contactDrafts.push(draft);
    return draft;
  }

  /** A contact received on `day` and decided forwards (possibly not yet, if very recent). */
  contactReceivedOn(day: number, outcome: NonNullable<Contact['outcome']>): void {
    const r = this.r;
    const u = r.next();
    const lag = u < 0.55 ? 0 : u < 0.9 ? 1 : r.int(2, 4);
    const receivedMinute = r.chance(0.15) ? r.int(0, 1439) : r.int(480, 1140);
    const received = day * MINUTES_PER_DAY + receivedMinute;
    let decided: number | null = lag === 0 ? received + r.int(20, 240) : wd(day, lag) * MINUTES_PER_DAY + r.int(540, 1050);
    if (Math.floor(decided / MINUTES_PER_DAY) > this.asAt) decided = null;
    this.contactDrafts.push({ received, decided, source: draw(r, SOURCES), outcome: decided === null ? null : outcome, theme: (r.next() * THEMES.length) | 0, links: null });
  }

  referral(day: number, source: string, need: string | null, close: number | null, closeReason: string | null, noFurtherAction: boolean, contact: ContactDraft | null): string {
    const id = ID.referral(this.referrals.length + 1);
    const record: Referral = { id, referralDate: iso(day), sourceCode: source, primaryNeedCode: need, closeDate: isoOrNull(close), closeReason, contactId: null };
    if (noFurtherAction) record.noFurtherAction = true;
    if (contact !== null) link(contact, record);
    this.referrals.push(record);
    this.lastReferralId = id;
    return id;
  }

  /**
   * The child and family assessment for a referral on `referralDay`, authorised after `days` working days (if
   * by as-at), concluding `outcome` (ASSESSMENT_OUTCOMES) with factors from the episode's theme.
   */
  assessment(referralId: string, referralDay: number, days: number, outcome: string): number | null {
    const r = this.r;
    // Authorised by the day the episode closed at the latest: nothing of an episode is dated after its
    // closure (CIN census rule 8565). The episode's other steps can end it first (a plan ending, care).
    const closed = this.referrals.find((x) => x.id === referralId)?.closeDate;
    const closeDay = closed ? toDayNumber(closed) : null;
    const authorised = closeDay !== null && closeDay >= referralDay ? Math.min(wd(referralDay, days), closeDay) : wd(referralDay, days);
    let start = wd(referralDay, Math.min(days, r.int(0, 2)));
    if (start > this.asAt) start = referralDay;
    const done = authorised <= this.asAt ? authorised : null;
    const childSeen = r.chance(0.97);
    let seenOn: number | null = null;
    if (childSeen) {
      seenOn = wd(start, r.int(0, 5));
      const last = done ?? this.asAt;
      if (seenOn > last) seenOn = start <= last ? start : null;
      if (seenOn !== null && seenOn < this.lo) seenOn = null;
    }
    const theme = THEMES[this.theme]!;
    // Drawn as before the cap (the same random draws, so the rest of the LA is unchanged), kept only if still late.
    const delay = done !== null && days > 45 ? DELAY_REASONS[r.int(0, DELAY_REASONS.length - 1)]! : null;
    this.assessments.push({
      id: ID.assessment(this.assessments.length + 1), referralId, startDate: iso(start), authorisedDate: isoOrNull(done),
      childSeen, childSeenDate: isoOrNull(seenOn), reasonForDelay: done !== null && done > wd(referralDay, 45) ? delay : null,
      factors: done === null ? [] : pick(r, theme.factors) as string[], outcome: done === null ? null : outcome, authorisedBy: done === null ? null : this.managerOn(done),
      summary: done === null ? null : pick(r, theme.summaries),
    });
    return done;
  }

  /**
   * A closed episode closes no later than the next referral (CIN census rule 8820: episodes do not
   * overlap). An earlier episode is placed before the current one's chain is drawn, and a long chain
   * (threshold, strategy discussion, conference) can reach back past its closure. No random draws.
   */
  private episodesInTurn(): void {
    const byDate = [...this.referrals].sort((a, b) => (a.referralDate < b.referralDate ? -1 : a.referralDate > b.referralDate ? 1 : 0));
    for (let i = 0; i + 1 < byDate.length; i++) {
      const referral = byDate[i]!;
      const next = byDate[i + 1]!.referralDate;
      if (referral.closeDate && referral.closeDate > next) referral.closeDate = next;
    }
  }

  /**
   * An episode's assessment is authorised no earlier than its s47 enquiries are complete (the initial
   * conference held, or the enquiry ended needing none: the enquiry's findings are part of the
   * assessment), nor later than the episode closed or as-at. Otherwise, in the year after an assessment
   * authorised in March, the census returns the enquiry without it (CIN census query 2991Q: a section 47
   * with no assessment on the episode). No random draws, so nothing else changes.
   */
  private assessmentsAfterEnquiries(): void {
    for (const enquiry of this.s47Enquiries) {
      const conference = this.initialConferences.filter((c) => c.s47EnquiryId === enquiry.id && c.date).map((c) => c.date!).sort()[0];
      const complete = conference ?? (enquiry.icpcRequired === false ? enquiry.endDate : null);
      if (!complete) continue;
      const referralId = this.strategyDiscussions.find((d) => d.id === enquiry.strategyDiscussionId)?.referralId;
      const referral = this.referrals.find((x) => x.id === referralId);
      const assessment = this.assessments.find((a) => a.referralId === referralId && a.authorisedDate !== null);
      if (!referral || !assessment || assessment.authorisedDate! >= complete) continue;
      let day = complete;
      if (referral.closeDate && referral.closeDate < day) day = referral.closeDate;
      if (day > iso(this.asAt)) day = iso(this.asAt);
      if (day > assessment.authorisedDate!) assessment.authorisedDate = day;
    }
  }

  /**
   * Who took part in a strategy discussion held on `day`, and the agencies they came from (in that order).
   * Built in scratch arrays and copied, so each discussion keeps exactly-sized lists (an array grown by push
   * keeps room for 17).
   */
  private attendees(day: number): { attendees: Attendee[]; agencies: string[] } {
    const r = this.r;
    const people = SCRATCH_ATTENDEES;
    const agencies = SCRATCH_AGENCIES;
    people[0] = pick(r, AT_SOCIAL_CARE);
    agencies[0] = 'social_care';
    let n = 1;
    let a = 1;
    const u = r.next();
    if (u < 0.2) people[n++] = AT_SOCIAL_CARE[((u * 1048576) | 0) % AT_SOCIAL_CARE.length]!;
    if (r.chance(0.93)) {
      people[n++] = pick(r, AT_POLICE);
      agencies[a++] = 'police';
    }
    if (r.chance(0.85)) {
      people[n++] = pick(r, AT_HEALTH);
      agencies[a++] = 'health';
    }
    const age = this.birth === null ? -1 : day - this.birth;
    if (age >= AGE_3 && age < AGE_17 && r.chance(age >= AGE_5 ? 0.65 : 0.35)) {
      people[n++] = pick(r, AT_EDUCATION);
      agencies[a++] = 'education';
    }
    if (n < 5 && r.chance(0.06)) {
      const other = pick(r, AT_OTHER);
      people[n++] = other;
      agencies[a++] = other.agency;
    }
    if (n < 2) {
      people[n++] = pick(r, AT_POLICE);
      agencies[a++] = 'police';
    }
    return { attendees: people.slice(0, n), agencies: agencies.slice(0, a) };
  }

  /**
   * Strategy discussion and s47 enquiry from a threshold decision on `threshold` (a working day). With
   * `icpcDays`, the enquiry leads to an initial conference that many working days after the discussion
   * (held if by as-at, else awaited); without, it concludes that no conference is needed and `next` says
   * what followed. `contact` is the contact that asked for the discussion directly, if any.
   */
  s47(threshold: number, lag: number, icpcDays: number | null, planMade: boolean, referralId: string | null, contact: ContactDraft | null, next: NoIcpcNext): { conferenceId: string | null; conferenceDay: number | null } {
    const r = this.r;
    const sdDay = wd(threshold, lag);
    const sdId = ID.strategy(this.strategyDiscussions.length + 1);
    if (sdDay > this.asAt) {
      const awaited: StrategyDiscussion = { id: sdId, thresholdDecisionDate: iso(threshold), date: null, agencies: [], time: null, attendees: [], decision: null, contactId: null, referralId };
      if (contact !== null) link(contact, awaited);
      this.strategyDiscussions.push(awaited);
      return { conferenceId: null, conferenceDay: null };
    }
    const { attendees, agencies } = this.attendees(sdDay);
    const discussion: StrategyDiscussion = {
      id: sdId, thresholdDecisionDate: iso(threshold), date: iso(sdDay), agencies, time: hhmmCache[5 * r.int(102, 204)]!, attendees, decision: 's47', contactId: null, referralId,
    };
    if (contact !== null) link(contact, discussion);
    this.strategyDiscussions.push(discussion);
    const enquiryId = ID.s47(this.s47Enquiries.length + 1);
    if (icpcDays === null) {
      const end = wd(sdDay, r.int(5, 20));
      const ended = end <= this.asAt;
      this.s47Enquiries.push({ id: enquiryId, strategyDiscussionId: sdId, startDate: iso(sdDay), endDate: ended ? iso(end) : null, icpcRequired: ended ? false : null, outcomeNotes: ended ? pick(r, NO_ICPC_NOTES[next]) : null });
      return { conferenceId: null, conferenceDay: null };
    }
    const conference = wd(sdDay, icpcDays);
    const end = wd(sdDay, Math.max(0, Math.min(icpcDays - 1, r.int(5, 12))));
    const ended = end <= this.asAt;
    this.s47Enquiries.push({ id: enquiryId, strategyDiscussionId: sdId, startDate: iso(sdDay), endDate: ended ? iso(end) : null, icpcRequired: ended ? true : null, outcomeNotes: ended ? pick(r, THEMES[this.theme]!.icpcNotes) : null });
    if (conference > this.asAt) return { conferenceId: null, conferenceDay: null };
    const conferenceId = ID.icpc(this.initialConferences.length + 1);
    this.initialConferences.push({ id: conferenceId, s47EnquiryId: enquiryId, date: iso(conference), planMade });
    return { conferenceId, conferenceDay: conference };
  }

  /**
   * A visit on `day`: a statutory visit to a child on a plan (kind 0), an assessment visit (1), or a visit to
   * a child in care (2). Where the child was seen, what they said (once old enough) and what the worker saw.
   */
  visit(day: number, kind: 0 | 1 | 2): boolean {
    const r = this.r;
    const seen = r.chance(this.seen);
    const id = ID.visit(this.visits.length + 1);
    // One draw chooses the kind of visit and (from its lower digits) the words recorded.
    const u = r.next();
    const visitType = kind === 1 ? (u < 0.8 ? 'home' : u < 0.95 ? 'school' : 'office')
      : u < (kind === 0 ? 0.82 : 0.88) ? 'statutory' : u < 0.91 ? 'unannounced' : u < 0.97 ? 'school' : 'virtual';
    const v = (u * 1048576) | 0;
    const age = this.birth === null ? 0 : day - this.birth;
    let childSaid: string | null = null;
    let observations: string;
    if (!seen) observations = OBSERVATIONS_NOT_SEEN[v % OBSERVATIONS_NOT_SEEN.length]!;
    else if (age < AGE_3) observations = OBSERVATIONS_BABY[v % OBSERVATIONS_BABY.length]!;
    else {
      const said = age < AGE_13 ? CHILD_SAID_CHILD : CHILD_SAID_TEENAGER;
      childSaid = said[v % said.length]!;
      observations = OBSERVATIONS_SEEN[(v >>> 8) % OBSERVATIONS_SEEN.length]!;
    }
    // Over 4: whether seen alone, and sometimes whether the bedroom was seen (one object shape per case).
    if (!seen || age <= 1461) this.visits.push({ id, date: iso(day), childSeen: seen, visitType, childSaid, observations });
    else if (r.chance(0.6)) this.visits.push({ id, date: iso(day), childSeen: true, childSeenAlone: r.chance(0.65), visitType, childSaid, observations });
    else this.visits.push({ id, date: iso(day), childSeen: true, childSeenAlone: r.chance(0.65), bedroomSeen: r.chance(0.9), visitType, childSaid, observations });
    return seen;
  }

  /** Visits from `from` to `limit`, every onLo..onHi working days, late (lateLo..lateHi) with the child's lateness. */
  visitsEvery(from: number, limit: number, onLo: number, onHi: number, lateLo: number, lateHi: number): void {
    const r = this.r;
    let d = wd(from, r.chance(this.late) ? r.int(lateLo, lateHi) : r.int(onLo, onHi));
    while (d <= limit) {
      const seen = this.visit(d, 0);
      d = wd(d, !seen ? r.int(1, 4) : r.chance(this.late) ? r.int(lateLo, lateHi) : r.int(onLo, onHi));
    }
  }

  /** 1-4 of the theme's goals, each due 4 to 26 weeks after the plan starts (by its end, for an ended plan). */
  private goals(theme: Theme, start: number, end: number | null): NonNullable<CpPlan['goals']> {
    const r = this.r;
    const pool = theme.goals;
    const count = Math.min(pool.length, r.int(1, 4));
    const first = (r.next() * pool.length) | 0;
    // An exactly-sized list (one grown by push keeps room for 17).
    const goals = new Array<Goal>(count);
    for (let i = 0; i < count; i++) {
      const goal = pool[(first + i) % pool.length]!;
      let due = start + 7 * r.int(4, 26);
      if (end !== null && due > end) due = end > start ? end : start + 1;
      goals[i] = { what: goal.what, who: goal.who, byWhen: iso(due) };
    }
    return goals;
  }

  private wishes(start: number): string {
    const r = this.r;
    if (this.birth === null || start < this.birth) return pick(r, WISHES_UNBORN);
    const age = start - this.birth;
    return pick(r, age < AGE_3 ? WISHES_BABY : age < AGE_13 ? WISHES_CHILD : WISHES_TEENAGER);
  }

  cpPlan(conferenceId: string | null, start: number, end: number | null, ploDecision: number | null, category: CpPlan['initialCategory'], endReason: string | null): void {
    const r = this.r;
    const planId = ID.cpPlan(this.cpPlans.length + 1);
    const theme = THEMES[this.theme]!;
    const plan: CpPlan = {
      id: planId, initialConferenceId: conferenceId, startDate: iso(start), endDate: isoOrNull(end), initialCategory: category, ploDecisionDate: isoOrNull(ploDecision),
      latestCategory: category, endReason: end === null ? null : endReason, goals: this.goals(theme, start, end), contingencyPlan: pick(r, theme.contingencies), wishesAndFeelings: this.wishes(start),
    };
    this.cpPlans.push(plan);
    const limit = end === null ? this.stall : end - 1;
    const late = this.late + 0.05;
    let d = wd(start, r.chance(0.88) ? r.int(2, 10) : r.int(11, 18));
    while (d <= limit) {
      this.coreGroups.push({ id: ID.coreGroup(this.coreGroups.length + 1), cpPlanId: planId, date: iso(d) });
      d = wd(d, r.chance(late) ? r.int(21, 30) : r.int(12, 20));
    }
    d = months(start, 3) + (r.chance(0.9) ? -r.int(0, 14) : r.int(1, 25));
    // A review sometimes changes the category (SSD cppl_cp_plan_latest_category).
    if (d <= limit && r.chance(0.1)) plan.latestCategory = draw(r, CATEGORIES);
    while (d <= limit) {
      this.reviewConferences.push({ id: ID.reviewConference(this.reviewConferences.length + 1), cpPlanId: planId, date: iso(d) });
      d = months(d, 6) + (r.chance(0.92 - this.late) ? -r.int(0, 25) : r.int(1, 40));
    }
    this.visitsEvery(start, limit, 4, 10, 11, 16);
  }

  cinPlan(start: number, end: number | null, endReason: string | null): void {
    const r = this.r;
    const planId = ID.cinPlan(this.cinPlans.length + 1);
    const theme = THEMES[this.theme]!;
    // About 3% of CIN plans have drifted: old records with no contingency plan and the child's views unrecorded.
    const drifting = r.chance(0.03);
    this.cinPlans.push({
      id: planId, startDate: iso(start), endDate: isoOrNull(end), endReason: end === null ? null : endReason, goals: this.goals(theme, start, end),
      contingencyPlan: drifting ? null : pick(r, theme.contingencies), wishesAndFeelings: drifting ? null : this.wishes(start),
    });
    const limit = end === null ? this.stall : end - 1;
    let d = months(start, 3) + (r.chance(0.9 - this.late) ? -r.int(0, 20) : r.int(1, 35));
    while (d <= limit) {
      this.cinReviews.push({ id: ID.cinReview(this.cinReviews.length + 1), cinPlanId: planId, date: iso(d) });
      d = months(d, 3) + (r.chance(0.9 - this.late) ? -r.int(0, 20) : r.int(1, 35));
    }
    this.visitsEvery(start, limit, 8, 20, 21, 32);
  }

  supervisions(from: number, to: number): void {
    const r = this.r;
    const late = this.late * 1.5 + 0.05;
    let d = from + r.int(3, 28);
    // Decisions and actions are chosen from the day number, not the random stream, so adding them
    // changed no other record. Each supervision's actions are done by the next one; the latest's stay
    // open (and some fall overdue, as in a real service).
    let previous: CaseSupervision | null = null;
    while (d <= to) {
      const pick = d % SUPERVISION_DECISIONS.length;
      if (previous?.actions) for (const action of previous.actions) action.doneDate = iso(Math.min(toDayNumber(action.dueDate), d - 1));
      const due = d + 14 + (d % 7);
      const current: CaseSupervision = {
        id: ID.supervision(this.caseSupervisions.length + 1),
        date: iso(d),
        kind: 'supervision',
        decision: SUPERVISION_DECISIONS[pick]!,
        rationale: SUPERVISION_RATIONALES[d % SUPERVISION_RATIONALES.length]!,
        actions: [{ what: SUPERVISION_ACTIONS[d % SUPERVISION_ACTIONS.length]!, owner: 'Allocated social worker', dueDate: iso(due), doneDate: null }],
      };
      this.caseSupervisions.push(current);
      previous = current;
      d += r.chance(late) ? r.int(32, 60) : r.int(14, 28);
    }
  }

  /** `count` case notes between `from` and `to` (working hours), in date order. */
  notes(from: number, to: number, count: number): void {
    const r = this.r;
    if (to < from || count === 0) return;
    // An exactly-sized list: notes are written once, at the end.
    const notes = new Array<CaseNote>(count);
    let d = from;
    for (let i = 0; i < count; i++) {
      d += r.int(0, Math.max(0, Math.floor((to - d) / (count - i))));
      const note = pick(r, CASE_NOTES);
      notes[i] = { id: ID.caseNote(i + 1), occurredAt: dateTime(d * MINUTES_PER_DAY + 5 * r.int(102, 204)), kind: note.kind, subject: note.subject, text: note.text };
    }
    this.caseNotes = notes;
  }

  build(seed: JourneySeed): Journey {
    const r = this.r;
    this.episodesInTurn();
    this.assessmentsAfterEnquiries();
    const drafts = this.contactDrafts;
    drafts.sort((a, b) => a.received - b.received);
    const asAtEnd = this.asAt * MINUTES_PER_DAY + 1380;
    for (let i = 0; i < drafts.length; i++) {
      const c = drafts[i]!;
      const id = ID.contact(i + 1);
      if (c.links !== null) for (const record of c.links) record.contactId = id;
      const referrer = REFERRERS[c.source] ?? REFERRERS['10']!;
      const decided = c.decided;
      let signedOff: number | null = null;
      if (decided !== null) {
        // Most decisions are signed off within hours; some recent ones await a manager, a few old ones never were.
        const recent = decided >= asAtEnd - 5 * MINUTES_PER_DAY;
        if (recent ? r.chance(0.55) : r.chance(0.94)) signedOff = decided + r.int(10, 480);
        if (signedOff !== null && signedOff > asAtEnd) signedOff = null;
      }
      this.contacts.push({
        id, receivedAt: dateTime(c.received), sourceCode: c.source, decidedAt: decided === null ? null : dateTime(decided), outcome: c.outcome,
        submissionId: null, referrerName: referrer.names === null ? null : pick(r, referrer.names), referrerAgency: pick(r, referrer.agencies),
        concerns: pick(r, THEMES[c.theme]!.concerns), decisionRationale: decided === null || c.outcome === null || c.outcome === undefined ? null : pick(r, DECISION_RATIONALES[c.outcome]!),
        decidedBy: decided === null ? null : this.workerOn(Math.floor(decided / MINUTES_PER_DAY)), signedOffAt: signedOff === null ? null : dateTime(signedOff), signedOffBy: signedOff === null ? null : (this.managers?.frontDoor ?? null),
      });
    }
    return {
      child: { id: seed.childId, dateOfBirth: seed.dateOfBirth, expectedDateOfBirth: seed.dateOfBirth === null ? seed.expectedDateOfBirth : null },
      allocations: seed.allocations ?? [],
      contacts: this.contacts,
      earlyHelp: this.earlyHelp,
      referrals: this.referrals,
      assessments: this.assessments,
      strategyDiscussions: this.strategyDiscussions,
      s47Enquiries: this.s47Enquiries,
      initialConferences: this.initialConferences,
      cpPlans: this.cpPlans,
      coreGroups: this.coreGroups,
      reviewConferences: this.reviewConferences,
      cinPlans: this.cinPlans,
      cinReviews: this.cinReviews,
      visits: this.visits,
      caseSupervisions: this.caseSupervisions,
      caseNotes: this.caseNotes,
      periodsOfCare: this.periodsOfCare,
      legalStatuses: this.legalStatuses,
      placements: this.placements,
      claReviews: this.claReviews,
      healthAssessments: this.healthAssessments,
      personalEducationPlans: this.personalEducationPlans,
      healthChecks: this.healthChecks,
      iroContacts: this.iroContacts,
      iroEscalations: this.iroEscalations,
      advocacyOffers: this.advocacyOffers,
      missingEpisodes: this.missingEpisodes,
      exploitationScreenings: this.exploitationScreenings,
      preProceedings: this.preProceedings,
      proceedings: this.proceedings,
      adoption: this.adoption,
      careLeaver: this.careLeaver,
      privateFostering: [],
      emergencyProtectionOrders: this.emergencyProtectionOrders,
      policeProtections: this.policeProtections,
    };
  }
}

/** `record` takes the contact's id once contacts are numbered. */
function link(contact: ContactDraft, record: { contactId?: string | null }): void {
  if (contact.links === null) contact.links = [record];
  else contact.links.push(record);
}


// --- Chains of events placed backwards from a key date ------------------------------------------------

/** Scales working-day steps down so that `from` plus all of them stays on or before as-at. */
function fitSteps(b: Builder, from: number, steps: number[]): void {
  let total = 0;
  for (const s of steps) total += s;
  if (total === 0) return;
  const available = from >= b.asAt ? 0 : wdBetween(from, b.asAt);
  if (total <= available) return;
  for (let i = 0; i < steps.length; i++) steps[i] = Math.floor((steps[i]! * available) / total);
}

/** The first working day on or after `bound` (or `bound` itself when that would pass as-at). */
function startDay(b: Builder, bound: number): number {
  const d = workdayOnOrAfter(bound);
  return d > b.asAt ? bound : d;
}

/**
 * Contact, referral, assessment, strategy discussion, s47 and ICPC leading to a CP plan that starts about
 * `planStart`, placed no earlier than `bound`. Returns the plan's conference and start (null if the chain
 * cannot reach a conference by as-at), and the referral's day and id.
 */
function protectionChain(b: Builder, planStart: number, bound: number, close: number | null, closeReason: string | null): { conferenceId: string | null; start: number | null; referralDay: number; category: CpPlan['initialCategory'] } {
  const r = b.r;
  const category = draw(r, CATEGORIES);
  b.theme = pick(r, THEMES_OF_CATEGORY[category]);
  const direct = r.chance(0.6);
  const steps = [direct ? 0 : r.int(1, 20), sampleStrategyLag(r), sampleIcpcDays(r)];
  let referralDay = wd(workdayOnOrBefore(planStart), -(steps[0]! + steps[1]! + steps[2]!));
  if (referralDay < bound) referralDay = startDay(b, bound);
  fitSteps(b, referralDay, steps);
  const source = direct ? (r.chance(0.5) ? '6' : draw(r, SOURCES)) : draw(r, SOURCES);
  const contact = b.contactDecidedOn(referralDay, direct ? 'strategy_discussion' : 'referral', source);
  const referralId = b.referral(referralDay, source, 'N1', close, closeReason, false, contact);
  const threshold = wd(referralDay, steps[0]!);
  b.assessment(referralId, referralDay, sampleAssessmentDays(r), 'strategy_discussion');
  const { conferenceId, conferenceDay } = b.s47(threshold, steps[1]!, steps[2]!, true, referralId, direct ? contact : null, 'continue');
  return { conferenceId, start: conferenceDay, referralDay, category };
}

/** The conference did not make a plan after all (the chain was cut short by the next event). */
function noPlanMade(b: Builder, conferenceId: string | null): void {
  const conference = b.initialConferences[b.initialConferences.length - 1];
  if (conferenceId !== null && conference && conference.id === conferenceId) conference.planMade = false;
}

type PastKind = 'nfa' | 'assessed' | 's47' | 'cin' | 'cp' | 'early_help';
const PAST_KINDS = table<PastKind>([['nfa', 12], ['assessed', 30], ['s47', 35], ['cin', 20], ['cp', 9], ['early_help', 5]]);
const SHORT_PAST_KINDS = table<PastKind>([['nfa', 20], ['assessed', 35], ['s47', 40], ['early_help', 10]]);
// Earlier history before a current episode (see history()): stepped down to early help and back up within six
// months (a few per cent), or another episode in the 12 months before (re-referrals: 22.6% of referrals).
const STEP_DOWN_AND_UP = 0.04;
const RECENT_EPISODE = 0.32;
/** Children in early help stepped down after an assessment (the rest came through the front door). */
const STEP_DOWN_TO_EARLY_HELP = 0.2;

/**
 * A closed episode ending on `close` and starting no earlier than `earliest`. Returns false (and writes
 * nothing) if it does not fit.
 */
function pastEpisode(b: Builder, kind: PastKind, close: number, earliest: number): boolean {
  const r = b.r;
  if (close > b.asAt || close - 3 < earliest) return false;
  const closeWorkday = workdayOnOrBefore(close);
  const source = draw(r, SOURCES);
  const need = draw(r, NEEDS);
  b.theme = themeOfNeed(r, kind === 's47' ? 'N1' : need);
  switch (kind) {
    case 'nfa': {
      const day = workdayOnOrBefore(close - r.int(0, 5));
      if (day < earliest) return false;
      const contact = b.contactDecidedOn(day, 'referral', source);
      // A referral closed with no further action still needs a reason (CIN census rule 8805): RC7, services
      // ceased (RC8 and RC9 are for a case closed after an assessment, rule 8825Q).
      b.referral(day, source, need, close, 'RC7', true, contact);
      return true;
    }
    case 'assessed':
    case 's47': {
      const days = Math.min(sampleAssessmentDays(r), 60);
      const day = wd(closeWorkday, -(days + r.int(0, 5)));
      if (day < earliest) return b.stepDownNext ? false : pastEpisode(b, 'nfa', close, earliest);
      const withS47 = kind === 's47';
      const contact = b.contactDecidedOn(day, withS47 ? 'strategy_discussion' : 'referral', source);
      const stepDown = b.stepDownNext || r.chance(0.25);
      const id = b.referral(day, source, withS47 ? 'N1' : need, close, stepDown ? 'RC9' : 'RC8', false, contact);
      b.assessment(id, day, days, stepDown ? 'early_help' : 'no_further_action');
      if (withS47) b.s47(day, sampleStrategyLag(r), null, false, id, contact, 'close');
      return true;
    }
    case 'cin': {
      const planStart = close - r.int(90, 400);
      const days = sampleAssessmentDays(r);
      const day = wd(workdayOnOrBefore(planStart), -days);
      if (day < earliest) return pastEpisode(b, 'assessed', close, earliest);
      const withS47 = r.chance(0.3);
      if (withS47) b.theme = themeOfNeed(r, 'N1');
      const contact = b.contactDecidedOn(day, withS47 ? 'strategy_discussion' : 'referral', source);
      const id = b.referral(day, source, withS47 ? 'N1' : need, close, 'RC7', false, contact);
      const authorised = b.assessment(id, day, days, 'cin_plan') ?? planStart;
      if (withS47) b.s47(day, sampleStrategyLag(r), null, false, id, contact, 'continue');
      b.cinPlan(Math.max(planStart, authorised), close, draw(r, PLAN_CLOSED));
      return true;
    }
    case 'cp': {
      const stepDown = r.chance(0.5) ? r.int(60, 240) : 0;
      const planEnd = close - stepDown;
      const planStart = planEnd - band(r, CP_PLAN_LENGTH);
      // Placed with room for the chain before it; skip if it does not fit.
      const chainStart = wd(workdayOnOrBefore(planStart), -40);
      if (chainStart < earliest) return pastEpisode(b, 'cin', close, earliest);
      const chain = protectionChain(b, planStart, earliest, close, 'RC7');
      if (chain.start === null || chain.start >= planEnd) {
        noPlanMade(b, chain.conferenceId);
        return true;
      }
      b.cpPlan(chain.conferenceId, chain.start, planEnd, null, chain.category, stepDown > 0 ? 'stepped_down' : draw(r, PLAN_CLOSED));
      if (stepDown > 0) b.cinPlan(planEnd, close, draw(r, PLAN_CLOSED));
      return true;
    }
    case 'early_help': {
      const request = workdayOnOrAfter(close - r.int(90, 330));
      if (request < earliest) return pastEpisode(b, 'nfa', close, earliest);
      b.theme = pick(r, EARLY_HELP_THEMES);
      const assessed = wd(request, fromQuantiles(r, EH_P, EH_X));
      const started = Math.min(assessed + r.int(0, 10), close);
      const episode: EarlyHelpEpisode = {
        id: ID.earlyHelp(b.earlyHelp.length + 1), requestDate: iso(request), assessmentDate: assessed <= close ? iso(assessed) : null,
        startDate: assessed <= close ? iso(started) : null, endDate: iso(close), endReason: draw(r, EH_END_REASONS), origin: 'contact', contactId: null, steppedDownFromReferralId: null,
      };
      link(b.contactDecidedOn(request, 'early_help', draw(r, SOURCES)), episode);
      b.earlyHelp.push(episode);
      return true;
    }
  }
}
const EH_END_REASONS = table<NonNullable<EarlyHelpEpisode['endReason']>>([['completed', 70], ['declined', 10], ['moved_away', 6], ['stepped_up', 9], ['other', 5]]);

/**
 * Earlier closed episodes before a current episode starting on `current`: an episode within the 12 months
 * before (which makes the current referral a re-referral: about 22% of referrals) and older ones.
 */
function history(b: Builder, current: number): void {
  const r = b.r;
  if (r.chance(0.15)) pastEpisode(b, draw(r, PAST_KINDS), current - r.int(400, 1500), b.lo);
  const u = r.next();
  if (u < STEP_DOWN_AND_UP) stepDownAndUp(b, current);
  else if (u < RECENT_EPISODE) pastEpisode(b, draw(r, SHORT_PAST_KINDS), current - r.int(20, 240), Math.max(b.lo, current - 364));
  // Earlier contacts that went nowhere (the front door screens out most).
  if (r.chance(0.3)) {
    const day = current - r.int(30, 900);
    if (day >= b.lo) b.contactReceivedOn(workdayOnOrAfter(day), r.chance(0.7) ? 'no_further_action' : 'advice');
  }
}

/**
 * Stepped down to early help after an assessment, then back up to children's social care within six months
 * of the step-down (the early help episode ends "stepped up" a few days before `current`).
 */
function stepDownAndUp(b: Builder, current: number): void {
  const r = b.r;
  const upOn = current - r.int(0, 5);
  const close = workdayOnOrBefore(upOn - r.int(30, 170));
  b.stepDownNext = true;
  const done = pastEpisode(b, 'assessed', close, Math.max(b.lo, current - 364));
  b.stepDownNext = false;
  if (!done) return;
  earlyHelpEpisode(b, close + r.int(0, 7), upOn, 'stepped_up', b.lastReferralId, false);
}

/**
 * An early help episode requested on `request`, ended on `end` (null: open). From the front door (a
 * contact, decided on the request day, unless `quietly` it came another way) or stepped down from a referral.
 */
function earlyHelpEpisode(b: Builder, request: number, end: number | null, endReason: EarlyHelpEpisode['endReason'], fromReferralId: string | null, waiting: boolean): void {
  const r = b.r;
  const limit = end ?? b.asAt;
  const assessed = waiting ? null : wd(request, fromQuantiles(r, EH_P, EH_X));
  const assessmentDay = assessed !== null && assessed <= limit ? assessed : null;
  const started = assessmentDay !== null ? Math.min(limit, assessmentDay + r.int(0, 14)) : null;
  const episode: EarlyHelpEpisode = {
    id: ID.earlyHelp(b.earlyHelp.length + 1), requestDate: iso(request), assessmentDate: isoOrNull(assessmentDay), startDate: started !== null && started <= b.asAt ? iso(started) : null,
    endDate: isoOrNull(end), endReason: end === null ? null : endReason, origin: fromReferralId === null ? 'contact' : 'step_down', contactId: null, steppedDownFromReferralId: fromReferralId,
  };
  if (fromReferralId === null) link(b.contactDecidedOn(workdayOnOrAfter(request) <= b.asAt ? workdayOnOrAfter(request) : request, 'early_help', draw(r, SOURCES)), episode);
  b.earlyHelp.push(episode);
}

/** A recent contact about an open case (police notifications and the like). */
function recentContact(b: Builder, after: number): void {
  const r = b.r;
  if (!r.chance(0.25)) return;
  const day = b.asAt - r.int(0, 90);
  if (day > after && day >= b.lo) b.contactReceivedOn(day, r.chance(0.7) ? 'advice' : 'no_further_action');
}

// --- Stages ------------------------------------------------------------------------------------------

interface StageContext {
  seed: JourneySeed;
  /** The case's first allocation and current (last) allocation starts. */
  first: number;
  current: number;
  /** The last allocation's end (closed cases), else null. */
  end: number | null;
}

function earlyHelpStage(b: Builder, s: StageContext): void {
  const r = b.r;
  const waiting = r.chance(0.3);
  let request: number;
  if (waiting) request = wd(workdayOnOrBefore(b.asAt), -r.int(0, 35));
  else request = workdayOnOrBefore(b.asAt - r.int(25, 420));
  const bound = Math.max(b.lo, s.first - 20);
  if (request < bound) request = startDay(b, bound);
  history(b, request - 200);
  // Stepped down after an assessment, or back after an earlier episode of early help.
  let steppedDownFrom: string | null = null;
  if (r.chance(STEP_DOWN_TO_EARLY_HELP)) {
    b.stepDownNext = true;
    if (pastEpisode(b, 'assessed', request - r.int(0, 5), Math.max(b.lo, request - 150))) steppedDownFrom = b.lastReferralId;
    b.stepDownNext = false;
  } else if (r.chance(0.1)) pastEpisode(b, 'early_help', request - r.int(60, 150), b.lo);
  b.theme = pick(r, EARLY_HELP_THEMES);
  earlyHelpEpisode(b, request, null, null, steppedDownFrom, waiting);
  recentContact(b, request);
}

function assessmentStage(b: Builder, s: StageContext): void {
  const r = b.r;
  const days = sampleAssessmentDays(r);
  const bound = startDay(b, Math.max(b.lo, s.current));
  const available = bound >= b.asAt ? 0 : wdBetween(bound, b.asAt);
  let elapsed = r.int(1, days + 20);
  if (elapsed > available) elapsed = r.int(0, available);
  let referralDay = wd(workdayOnOrBefore(b.asAt), -elapsed);
  if (referralDay < b.lo) referralDay = b.lo;
  history(b, referralDay);
  const withS47 = r.chance(ASSESSMENT_S47);
  const source = draw(r, SOURCES);
  const need = withS47 ? 'N1' : s.seed.uasc ? 'N8' : draw(r, NEEDS);
  b.theme = themeOfNeed(r, need);
  const contact = b.contactDecidedOn(referralDay, withS47 ? 'strategy_discussion' : 'referral', source);
  const id = b.referral(referralDay, source, need, null, null, false, contact);
  // Still with the assessment team: a conference is awaited, or the enquiry found none was needed.
  const lag = withS47 ? sampleStrategyLag(r) : 0;
  const icpc = withS47 ? sampleIcpcDays(r) : 0;
  const awaited = withS47 && r.chance(0.5) && wd(wd(referralDay, lag), icpc) > b.asAt;
  const authorised = b.assessment(id, referralDay, days, awaited ? 'strategy_discussion' : draw(r, ASSESSMENT_NEXT));
  if (withS47) b.s47(referralDay, lag, awaited ? icpc : null, false, id, contact, 'continue');
  const visitsTo = Math.min(authorised ?? b.asAt, b.stall);
  let d = referralDay + r.int(1, 10);
  for (let n = 0; n < 3 && d <= visitsTo; n++) {
    b.visit(d, 1);
    d += r.int(7, 25);
  }
  recentContact(b, referralDay);
}

function childInNeedStage(b: Builder, s: StageContext): void {
  const r = b.r;
  let bound = r.chance(0.6) ? Math.max(b.lo, s.first - 15) : b.lo;
  let planStart = b.asAt - band(r, CIN_PLAN_AGE);
  if (r.chance(0.25)) {
    // Stepped down from a child protection plan (which may have run before the allocations given, so that
    // plans of every length end here: CP plan lengths as in PRACTICE.md §5).
    const cpLength = band(r, CP_PLAN_LENGTH);
    bound = b.lo;
    const chainStart = wd(workdayOnOrBefore(planStart - cpLength), -40);
    if (chainStart < bound) planStart = Math.min(b.asAt - r.int(0, 20), planStart + (bound - chainStart));
    const cpStart = planStart - cpLength;
    history(b, cpStart - 30);
    const chain = protectionChain(b, cpStart, bound, null, null);
    if (chain.start !== null && chain.start < planStart) {
      b.cpPlan(chain.conferenceId, chain.start, planStart, null, chain.category, 'stepped_down');
      b.cinPlan(planStart, null, null);
    } else {
      noPlanMade(b, chain.conferenceId);
      b.cinPlan(Math.max(chain.referralDay, Math.min(planStart, b.asAt)), null, null);
    }
  } else {
    const days = sampleAssessmentDays(r);
    const steps = [days];
    let referralDay = wd(workdayOnOrBefore(planStart), -(days + r.int(0, 4)));
    if (referralDay < bound) referralDay = startDay(b, bound);
    fitSteps(b, referralDay, steps);
    history(b, referralDay);
    const source = draw(r, SOURCES);
    const withS47 = r.chance(CIN_S47);
    const need = withS47 ? 'N1' : draw(r, NEEDS);
    b.theme = themeOfNeed(r, need);
    const contact = b.contactDecidedOn(referralDay, withS47 ? 'strategy_discussion' : 'referral', source);
    const id = b.referral(referralDay, source, need, null, null, false, contact);
    const authorised = b.assessment(id, referralDay, steps[0]!, 'cin_plan') ?? referralDay;
    if (withS47) b.s47(referralDay, sampleStrategyLag(r), r.chance(CIN_S47_ICPC) ? sampleIcpcDays(r) : null, false, id, contact, 'continue');
    b.cinPlan(Math.min(b.asAt, authorised + r.int(0, 10)), null, null);
  }
  recentContact(b, planStart);
}

/** The legal gateway (planning) meeting that decided on the letter before proceedings: a few weeks before it. */
function legalGateway(b: Builder, letter: number): number {
  const day = letter - (b.r.chance(0.85) ? b.r.int(7, 35) : b.r.int(36, 70));
  return day < b.lo ? Math.min(b.lo, letter) : day;
}

/**
 * The hearings of care proceedings issued on `issue` (2 to 5 by the final order on `finalOrder`; while they
 * run, those held so far), none after `limit` (as-at, or the end of care) or the final order. PD12A: a case
 * management hearing by about day 12, an issues resolution hearing some weeks before the final hearing, and
 * in the longer cases an interim care order hearing at issue and a further case management hearing.
 */
function hearings(b: Builder, issue: number, finalOrder: number | null, limit: number): { date: string; kind: string }[] {
  const r = b.r;
  const n = r.int(2, 5);
  // Proceedings still running: the final hearing is still to come.
  const final = finalOrder ?? Math.max(issue + 7 * r.int(26, 52), b.asAt + r.int(14, 120));
  const last = finalOrder === null ? Math.min(limit, b.asAt) : Math.min(finalOrder, limit, b.asAt);
  const out: { date: string; kind: string }[] = [];
  if (n === 5) {
    const interim = issue + r.int(0, 3);
    if (interim <= last) out.push({ date: iso(interim), kind: HEARING_INTERIM });
  }
  let cmh = issue + r.int(8, 18);
  if (cmh > final) cmh = final;
  if (cmh <= last) out.push({ date: iso(cmh), kind: HEARING_CMH });
  const irh = n >= 3 ? Math.max(cmh, final - r.int(14, 42)) : 0;
  if (n >= 4) {
    const further = cmh + ((irh - cmh) >> 1);
    if (further <= last) out.push({ date: iso(further), kind: HEARING_FURTHER_CMH });
  }
  if (n >= 3 && irh <= last) out.push({ date: iso(irh), kind: HEARING_IRH });
  if (finalOrder !== null && final <= last) out.push({ date: iso(final), kind: HEARING_FINAL });
  return out;
}

function preProceedingsFrom(b: Builder, letter: number, issueIfEnded: boolean): number | null {
  const r = b.r;
  const meeting = letter + r.int(5, 20);
  const end = letter + 7 * r.int(8, 24);
  const ended = end <= b.asAt;
  const outcome = !ended ? null : issueIfEnded ? 'proceedings_issued' : r.chance(0.8) ? 'stepped_down' : 'other';
  b.preProceedings.push({ id: ID.preProceedings(b.preProceedings.length + 1), letterDate: iso(letter), legalGatewayDate: iso(legalGateway(b, letter)), meetingDate: meeting <= b.asAt ? iso(meeting) : null, endDate: ended ? iso(end) : null, outcome });
  return ended ? end : null;
}

function childProtectionStage(b: Builder, s: StageContext): void {
  const r = b.r;
  const unborn = b.birth === null;
  let age = unborn ? r.int(0, Math.max(0, Math.min(120, b.asAt - b.lo - 40))) : band(r, CP_PLAN_AGE);
  const long = age > 547;
  // Most plans started after the case was first allocated; some were running before the allocations given.
  const bound = unborn || long ? b.lo : r.chance(0.6) ? Math.max(b.lo, s.first - 15) : b.lo;
  if (b.asAt - age < bound + 30) age = Math.max(0, b.asAt - bound - r.int(30, 60));
  const target = b.asAt - age;
  if (!unborn) {
    // A second (or later) plan for about one child in seven; otherwise the usual earlier history.
    if (!(r.chance(0.15) && pastEpisode(b, 'cp', target - r.int(120, 900), b.lo))) history(b, target - 40);
  }
  const chain = protectionChain(b, target, bound, null, null);
  if (chain.start === null) {
    // Too young for a plan yet: the conference is awaited.
    recentContact(b, chain.referralDay);
    return;
  }
  const start = chain.start;
  let plo: number | null = null;
  const planAge = b.asAt - start;
  if (planAge > 547 && r.chance(0.5)) {
    plo = Math.min(b.asAt, months(start, r.int(12, 17)) + r.int(0, 20));
    preProceedingsFrom(b, Math.min(b.asAt, plo + r.int(0, 14)), false);
  } else if (planAge > 200 && r.chance(0.12)) {
    const letter = start + r.int(120, planAge - 10);
    plo = Math.max(start, letter - r.int(0, 14));
    const ended = preProceedingsFrom(b, letter, r.chance(0.2));
    if (ended !== null && b.preProceedings[b.preProceedings.length - 1]!.outcome === 'proceedings_issued') {
      b.proceedings.push({ id: ID.proceedings(b.proceedings.length + 1), issueDate: iso(ended), finalOrderDate: null, finalOrder: null, hearings: hearings(b, ended, null, b.asAt) });
    }
  }
  b.cpPlan(chain.conferenceId, start, null, plo, chain.category, null);
  recentContact(b, start);
}

// --- Looked after and leaving care --------------------------------------------------------------------

type LegalRoute = 'V2' | 'C2' | 'C1' | 'E1';

interface CourtPlan {
  route: LegalRoute;
  /** Accommodated under s20 until proceedings were issued. */
  v2Until: number | null;
  issue: number | null;
  finalOrder: number | null;
  letter: number | null;
  /** The order that ended the period of care, made on its last day (special guardianship, child arrangements). */
  exitOrder: string | null;
}

/** Legal route and court dates for a period of care from `start` to `limit` (as-at, or the end of care). */
function planCourt(b: Builder, start: number, limit: number, route: LegalRoute, ended: boolean): CourtPlan {
  const r = b.r;
  if (route === 'V2') return { route, v2Until: null, issue: null, finalOrder: null, letter: null, exitOrder: null };
  const v2First = limit - start > 300 && r.chance(0.3);
  const issue = v2First ? start + r.int(20, 240) : start;
  let finalOrder: number | null = issue + 7 * fromQuantiles(r, PROCEEDINGS_P, PROCEEDINGS_X);
  if (route === 'C1') finalOrder = null;
  else if (finalOrder > limit - (ended ? 1 : 0)) {
    if (limit - issue >= (ended ? 13 : 12) * 7) finalOrder = issue + 7 * r.int(12, Math.floor((limit - issue) / 7) - (ended ? 1 : 0));
    else if (ended) return { route: 'V2', v2Until: null, issue: null, finalOrder: null, letter: null, exitOrder: null };
    else {
      route = 'C1';
      finalOrder = null;
    }
  }
  let letter: number | null = null;
  if (r.chance(0.4)) {
    const l = issue - r.int(50, 160);
    if (l >= b.lo) letter = l;
  }
  return { route, v2Until: v2First ? issue : null, issue, finalOrder, letter, exitOrder: null };
}

/** How the child came into care: a CP plan, a CIN plan, or directly (an emergency, or arriving as UASC). */
function pathIntoCare(b: Builder, s: StageContext, start: number, court: CourtPlan, close: number | null, closeReason = 'RC7'): void {
  const r = b.r;
  const uasc = s.seed.uasc;
  const u = uasc ? 1 : r.next();
  if (u < 0.45) {
    const planStart = start - band(r, CP_PLAN_LENGTH);
    if (wd(workdayOnOrBefore(planStart), -45) >= b.lo) {
      history(b, planStart - 40);
      const chain = protectionChain(b, planStart, b.lo, close, close === null ? null : closeReason);
      if (chain.start === null || chain.start >= start) noPlanMade(b, chain.conferenceId);
      else {
        const plo = court.letter !== null && court.letter > chain.start && court.letter <= start ? Math.max(chain.start, court.letter - r.int(0, 14)) : null;
        b.cpPlan(chain.conferenceId, chain.start, start, plo, chain.category, 'looked_after');
      }
      return;
    }
  } else if (u < 0.67) {
    const planStart = start - r.int(60, 500);
    const days = sampleAssessmentDays(r);
    const referralDay = wd(workdayOnOrBefore(planStart), -(days + r.int(0, 4)));
    if (referralDay >= b.lo) {
      history(b, referralDay);
      const source = draw(r, SOURCES);
      const need = draw(r, NEEDS);
      b.theme = themeOfNeed(r, need);
      const contact = b.contactDecidedOn(referralDay, 'referral', source);
      const id = b.referral(referralDay, source, need, close, close === null ? null : closeReason, false, contact);
      const authorised = b.assessment(id, referralDay, days, 'cin_plan') ?? planStart;
      b.cinPlan(Math.min(Math.max(authorised, planStart), start - 1), start, 'looked_after');
      return;
    }
  }
  // Directly: referred within days of coming into care (police protection, an unaccompanied arrival).
  let referralDay = workdayOnOrBefore(start - r.int(0, 3));
  if (referralDay < b.lo) referralDay = start;
  if (!uasc) history(b, referralDay);
  const source = uasc ? (r.chance(0.5) ? '6' : '5C') : draw(r, SOURCES);
  const s47 = !uasc && r.chance(0.5);
  b.theme = uasc ? THEME_FAMILY_STRESS : themeOfNeed(r, 'N1');
  const contact = b.contactDecidedOn(referralDay, s47 ? 'strategy_discussion' : 'referral', source);
  const id = b.referral(referralDay, source, uasc ? 'N8' : 'N1', close, close === null ? null : closeReason, false, contact);
  b.assessment(id, referralDay, sampleAssessmentDays(r), 'looked_after');
  if (s47) b.s47(referralDay, sampleStrategyLag(r), null, false, id, contact, 'care');
  if (!uasc) emergencyStart(b, start);
}

/** Of the children who come into care directly (not UASC), how many start in police protection, or under an EPO. */
const POLICE_PROTECTION_FIRST = 0.35;
const EPO_FIRST = 0.12;
const PLACES_AFTER_POLICE_PROTECTION = ['Emergency foster placement (section 20)', 'Foster care under an emergency protection order', 'Home to the other parent', 'Grandparents, under an emergency protection order'];
const DESIGNATED_OFFICERS = ['DI Sam Okafor', 'DS Priya Raman', 'Insp. Lee Hardy', 'DS Jo Kowalski'];
const EPO_COURTS = ['Northbridge Family Court', 'Central Family Court'];

/**
 * A child brought into care in an emergency: police protection the evening before (ending within 72
 * hours, s46(6) Children Act 1989), or an emergency protection order made the day care begins, for at
 * most 8 days (s45(1)). Drawn from a generator of its own (seeded by the day) so the rest of the journey
 * is the same with or without it.
 */
function emergencyStart(b: Builder, start: number): void {
  const r = new Random(start * 7919 + b.lo);
  const u = r.next();
  const asAtEnd = b.asAt * MINUTES_PER_DAY + 1380;
  if (u < POLICE_PROTECTION_FIRST && start - 1 >= b.lo) {
    const taken = (start - 1) * MINUTES_PER_DAY + r.int(17 * 60, 23 * 60);
    const ended = Math.min(start * MINUTES_PER_DAY + r.int(9 * 60, 20 * 60), asAtEnd);
    const n = b.policeProtections.length + 1;
    b.policeProtections.push({
      id: ID.policeProtection(n), startAt: dateTime(taken), policeReference: policeReference(r, start - 1), designatedOfficer: pick(r, DESIGNATED_OFFICERS),
      endedAt: ended > taken ? dateTime(ended) : null, childWentTo: ended > taken ? pick(r, PLACES_AFTER_POLICE_PROTECTION) : null,
    });
  } else if (u < POLICE_PROTECTION_FIRST + EPO_FIRST && start + 8 <= b.asAt) {
    // (An order made in the last 8 days would end after as-at: none is drawn, so nothing is dated in the future.)
    const granted = start * MINUTES_PER_DAY + r.int(11 * 60, 16 * 60);
    // 8 days less an hour in wall-clock minutes, so that an order across the October clock change is still within 8 days.
    const expires = granted + 8 * MINUTES_PER_DAY - 60;
    // Most end when an interim care order is made within the 8 days; the court discharges them then.
    const discharged = granted + r.int(3, 7) * MINUTES_PER_DAY;
    const n = b.emergencyProtectionOrders.length + 1;
    b.emergencyProtectionOrders.push({
      id: ID.epo(n), appliedDate: iso(start), grantedAt: dateTime(granted), court: pick(r, EPO_COURTS), expiresAt: dateTime(expires), extendedTo: null,
      dischargedAt: r.chance(0.7) && discharged <= asAtEnd ? dateTime(discharged) : null,
    });
  }
}

/** The 903 schema from April 2025: supported accommodation is K3; H5 (semi-independent) and P2 (independent living) are withdrawn. */
const SCHEMA_2025 = daysFromCivil(2025, 4, 1);
function placementTypeAt(b: Builder, day: number, uasc: boolean, section20: boolean): string {
  const ageYears = b.birth === null ? 0 : (day - b.birth) / 365.25;
  const type = uasc ? draw(b.r, ageYears >= 16 ? PLACEMENTS_UASC_16_PLUS : PLACEMENTS_UASC_UNDER_16)
    : draw(b.r, ageYears < 11 ? PLACEMENTS_UNDER_11 : ageYears < 16 ? PLACEMENTS_11_TO_15 : PLACEMENTS_16_PLUS);
  // A residential school is for a child of 4 or over (903 rule 373): a younger child is fostered instead.
  if (type === 'S1' && ageYears < 4) return 'U6';
  // Placement with parents is for a child in care under an order (CPPCR 2010 reg 15; 903 rule 378): a
  // child accommodated under section 20 (V2) goes home by leaving care, not by a P1 placement.
  if (type === 'P1' && section20) return 'U6';
  // (The tables say H5 for supported accommodation and P2 for independent living, as before 2025.)
  return day >= SCHEMA_2025 && (type === 'H5' || type === 'P2') ? 'K3' : type;
}

/** Visits to a child in a placement from `start` to `last` (inclusive), by the reg 28 rhythm. */
function placementVisits(b: Builder, start: number, last: number, placedWith: Placement['placedWith'], longTerm: boolean, firstReview: number | null): void {
  const r = b.r;
  let d = start + (r.chance(0.9) ? r.int(0, 7) : r.int(8, 16));
  const firstYearEnds = months(start, 12);
  while (d <= last) {
    const seen = b.visit(d, 2);
    let most: number;
    if (placedWith !== 'other') most = firstReview === null || d < firstReview ? 7 : placedWith === 'parent' ? 42 : 28;
    else most = d < firstYearEnds || !longTerm ? 42 : 88;
    const slack = most === 7 ? 2 : most === 28 ? 10 : most === 42 ? 16 : 30;
    d += !seen ? r.int(1, 5) : r.chance(b.late) ? most + r.int(1, most === 7 ? 5 : 25) : r.int(most - slack, most);
  }
}

interface CareOptions {
  start: number;
  /** The end of the period (a care leaver's), or null while looked after. */
  end: number | null;
  uasc: boolean;
  court: CourtPlan;
  /** The day the child moved in with adopters, if they have. */
  placedForAdoption: number | null;
  /** Why the period ended (REC), when it has; the caller may refine it (SGO codes follow the last placement). */
  ceased: string | null;
}

/** An SSDA903 legal status with its id. */
function legalStatus(b: Builder, code: string, start: number, end: number | null): void {
  b.legalStatuses.push({ id: ID.legalStatus(b.legalStatuses.length + 1), code, startDate: iso(start), endDate: isoOrNull(end) });
}

function periodOfCare(b: Builder, o: CareOptions): void {
  const r = b.r;
  const { start, end } = o;
  const periodId = ID.period(b.periodsOfCare.length + 1);
  const hardLimit = end === null ? b.asAt : end - 1;
  const limit = end === null ? b.stall : end - 1;

  // Legal statuses and court.
  const court = o.court;
  if (court.route === 'V2') legalStatus(b, 'V2', start, end);
  else {
    const issue = court.issue!;
    if (court.v2Until !== null) legalStatus(b, 'V2', start, court.v2Until);
    legalStatus(b, 'C1', court.v2Until ?? start, court.finalOrder ?? end);
    if (court.finalOrder !== null) legalStatus(b, court.route === 'E1' ? 'E1' : 'C2', court.finalOrder, end);
    if (court.letter !== null) {
      b.preProceedings.push({ id: ID.preProceedings(b.preProceedings.length + 1), letterDate: iso(court.letter), legalGatewayDate: iso(legalGateway(b, court.letter)), meetingDate: iso(Math.min(issue, court.letter + r.int(5, 20))), endDate: iso(issue), outcome: 'proceedings_issued' });
    }
    // An order that ended the period (special guardianship, child arrangements) is the proceedings' final order.
    const exit = court.exitOrder !== null && end !== null;
    const finalOrder = exit ? end : court.finalOrder;
    b.proceedings.push({
      id: ID.proceedings(b.proceedings.length + 1), issueDate: iso(issue), finalOrderDate: isoOrNull(finalOrder),
      finalOrder: exit ? court.exitOrder : court.finalOrder === null ? null : court.route === 'E1' ? 'Placement order' : 'Care order',
      hearings: hearings(b, issue, finalOrder, end ?? b.asAt),
    });
  }

  // Reviews (reg 33): 20 WD, then 3 months, then 6-monthly.
  const reviews: number[] = [];
  let d = wd(start, r.chance(0.88) ? r.int(10, 20) : r.int(21, 40));
  if (d <= limit) {
    reviews.push(d);
    d = months(d, 3) + (r.chance(0.88) ? -r.int(0, 20) : r.int(1, 40));
    while (d <= limit) {
      reviews.push(d);
      d = months(d, 6) + (r.chance(0.92 - b.late) ? -r.int(0, 30) : r.int(1, 45));
    }
  }
  const firstReview = reviews.length > 0 ? reviews[0]! : null;

  // Placements, moving at the child's rate, each with its visits; a placement that ends while the period goes
  // on says why (REASON_PLACE_CHANGE; PLACE when only its status changed, the child staying with the carers).
  const rate = draw(r, MOVE_RATE);
  const lastPlacementEnd = o.placedForAdoption ?? (end ?? b.asAt + 1);
  let t = start;
  const underSection20 = (day: number): boolean => court.route === 'V2' || (court.v2Until !== null && day < court.v2Until);
  let typeCode = placementTypeAt(b, t, o.uasc, underSection20(t));
  for (let first = true; ; first = false) {
    const length = first && r.chance(EMERGENCY_FIRST_PLACEMENT) ? r.int(3, 56) : Math.max(7, Math.round((-Math.log(1 - r.next()) / rate) * 365));
    const next = t + length;
    const isLast = next >= lastPlacementEnd;
    const placementEnd = isLast ? (o.placedForAdoption ?? end) : next;
    let reason: string | null = null;
    let nextType: string | null = null;
    if (!isLast) {
      reason = draw(r, typeCode === 'P1' || typeCode === 'H5' || typeCode === 'K3' || typeCode === 'P2' ? MOVE_REASONS_NO_CARER : MOVE_REASONS);
      if (reason === 'PLACE') {
        nextType = statusChangeOf(typeCode);
        if (nextType === null) reason = 'CARPL';
      }
    } else if (o.placedForAdoption !== null) reason = 'CARPL';
    addPlacement(b, periodId, t, placementEnd, typeCode, firstReview, limit, reason);
    if (isLast) break;
    t = next;
    typeCode = nextType ?? placementTypeAt(b, t, o.uasc, underSection20(t));
  }
  if (o.placedForAdoption !== null) addPlacement(b, periodId, o.placedForAdoption, end, 'A6', firstReview, limit, null);

  // Reviews, chaired by the child's IRO (who changes now and then), with how the child took part.
  const iros = b.iros;
  let iro = iros[(r.next() * iros.length) | 0]!;
  for (let i = 0; i < reviews.length; i++) {
    const review = reviews[i]!;
    if (i > 0 && r.chance(0.12)) iro = iros[(r.next() * iros.length) | 0]!;
    const age = b.birth === null ? 0 : review - b.birth;
    const participation = age < AGE_4 ? 'PN0' : draw(r, age < AGE_11 ? PARTICIPATION_4_TO_10 : PARTICIPATION_11_PLUS);
    b.claReviews.push({ id: ID.claReview(b.claReviews.length + 1), date: iso(review), chairName: iro, participationCode: participation, recommendations: pick(r, i === 0 ? FIRST_REVIEW_RECOMMENDATIONS : REVIEW_RECOMMENDATIONS) });
  }

  // Health: the initial assessment within 20 WD, then 6-monthly under 5, yearly from 5.
  d = wd(start, r.chance(0.65) ? r.int(3, 20) : r.int(21, 70));
  if (d <= hardLimit) {
    b.healthAssessments.push({ id: ID.health(b.healthAssessments.length + 1), kind: 'initial', date: iso(d) });
    const fifth = b.birth === null ? start : months(b.birth, 60);
    for (;;) {
      d = months(d, d < fifth ? 6 : 12) + (r.chance(0.88) ? -r.int(0, 45) : r.int(1, 75));
      if (d > hardLimit) break;
      b.healthAssessments.push({ id: ID.health(b.healthAssessments.length + 1), kind: 'review', date: iso(d) });
    }
  }

  healthChecks(b, start, hardLimit);
  iroContacts(b, reviews, hardLimit);
  iroEscalation(b, reviews, end, hardLimit);
  advocacy(b, reviews, end, hardLimit);

  // Personal education plans, from 3 to the end of the school year in which the child turns 16.
  if (b.birth !== null) {
    const from = months(b.birth, 36);
    const sixteen = months(b.birth, 192);
    const sixteenSeptember = civilDay(yearOf(sixteen), 9, 1);
    const until = sixteen < sixteenSeptember ? sixteenSeptember : civilDay(yearOf(sixteen) + 1, 9, 1);
    if (start >= from && start < until) {
      d = wd(start, r.chance(0.75) ? r.int(5, 20) : r.int(21, 50));
      if (d <= hardLimit) b.personalEducationPlans.push({ id: ID.pep(b.personalEducationPlans.length + 1), date: iso(d) });
    }
    const termsTo = Math.min(hardLimit, until - 1);
    for (let term = nextTermStart(Math.max(start, from - 1)); term <= termsTo; term = nextTermStart(term)) {
      if (!r.chance(0.87)) continue;
      d = term + r.int(5, termEnd(term) - term + 1 - 5);
      if (d <= hardLimit) b.personalEducationPlans.push({ id: ID.pep(b.personalEducationPlans.length + 1), date: iso(d) });
    }
  }

  // The care plan (reg 4) and the permanence plan (by the second review).
  const u = r.next();
  let carePlan: number | null = u < 0.4 ? Math.max(b.lo, start - r.int(0, 10)) : u < 0.85 ? wd(start, r.int(0, 10)) : wd(start, r.int(11, 30));
  if (carePlan > hardLimit) carePlan = null;
  let permanence: number | null = null;
  const p = r.next();
  const [first, second] = reviews;
  if (second !== undefined && first !== undefined) {
    if (p < 0.85) permanence = first + r.int(0, Math.max(0, second - first));
    else if (p < 0.96) permanence = second + r.int(1, 90);
  } else if (first !== undefined && p < 0.5) permanence = first + r.int(0, 30);
  if (permanence !== null && permanence > hardLimit) permanence = null;
  // The category of need is the need of the referral that led into care (UASC: N8, absent parenting).
  const referral = b.referrals[b.referrals.length - 1];
  const need = referral?.primaryNeedCode;
  b.periodsOfCare.push({
    id: periodId, startDate: iso(start), endDate: isoOrNull(end), carePlanDate: isoOrNull(carePlan), permanencePlanDate: isoOrNull(permanence),
    categoryOfNeed: o.uasc ? 'N8' : need !== undefined && need !== null && CARE_NEEDS.has(need) ? need : 'N1', reasonForNewEpisode: 'S', reasonCeased: end === null ? null : (o.ceased ?? 'E8'),
  });
}

// Records kept alongside care, each dated within the period of care (on or before `hardLimit`: the day before
// care ended, or as-at) and so never after as-at.

/** How a child's SDQ total difficulties score (0-40) usually sits: mostly 5-20, some higher, a few very low. */
const SDQ_BASE = table<readonly [number, number]>([[[0, 4], 8], [[5, 20], 74], [[21, 34], 18]]);

/**
 * Yearly health checks from the first months in care (SSDA903 OC2): a dental check (most children; fewer of
 * the under-fives), the immunisation status (about 85% up to date: a child is mostly up to date or mostly
 * not), an SDQ for those aged 4 to 16, and now and then a sight test. In date order within each year.
 */
function healthChecks(b: Builder, start: number, hardLimit: number): void {
  const r = b.r;
  const checks = b.healthChecks;
  const birth = b.birth ?? start;
  const immunised = r.chance(0.82) ? 0.97 : 0.35;
  const sdq = band(r, SDQ_BASE);
  let d = start + r.int(20, 120);
  while (d <= hardLimit) {
    const age = d - birth;
    if (r.chance(age < AGE_5 ? 0.6 : 0.9)) checks.push({ id: ID.healthCheck(checks.length + 1), date: iso(d), kind: 'dental', sdqScore: null });
    let e = d + r.int(0, 14);
    if (e <= hardLimit && r.chance(0.93)) checks.push({ id: ID.healthCheck(checks.length + 1), date: iso(e), kind: 'immunisations', upToDate: r.chance(immunised), sdqScore: null });
    e = d + r.int(15, 60);
    const sdqAge = e - birth;
    if (e <= hardLimit && sdqAge >= AGE_4 && sdqAge < AGE_17 && r.chance(0.85)) {
      const score = sdq + r.int(-3, 3);
      checks.push({ id: ID.healthCheck(checks.length + 1), date: iso(e), kind: 'sdq', sdqScore: score < 0 ? 0 : score > 40 ? 40 : score });
    }
    e = d + r.int(61, 90);
    if (e <= hardLimit && r.chance(0.2)) checks.push({ id: ID.healthCheck(checks.length + 1), date: iso(e), kind: 'sight', sdqScore: null });
    d = months(d, 12) + (r.chance(0.85 - b.late) ? -r.int(0, 30) : r.int(1, 60));
  }
}

/**
 * The IRO between reviews (IRO Handbook 2010, 3.74): a midway check on the plan between most reviews, now
 * and then a visit to the child before the next review or a consultation.
 */
function iroContacts(b: Builder, reviews: readonly number[], hardLimit: number): void {
  const r = b.r;
  const contacts = b.iroContacts;
  for (let i = 0; i < reviews.length; i++) {
    const from = reviews[i]!;
    const to = i + 1 < reviews.length ? reviews[i + 1]! : months(from, i === 0 ? 3 : 6);
    const mid = from + ((to - from) >> 1) + r.int(-10, 10);
    if (mid > hardLimit) break;
    if (r.chance(0.82)) contacts.push({ id: ID.iroContact(contacts.length + 1), date: iso(mid), kind: 'midway_review', notes: pick(r, IRO_MIDWAY_NOTES) });
    const u = r.next();
    if (u < 0.22) {
      const day = mid + r.int(1, Math.max(1, to - mid - 5));
      if (day > hardLimit) break;
      const visit = u < 0.16;
      contacts.push({ id: ID.iroContact(contacts.length + 1), date: iso(day), kind: visit ? 'visit' : 'consultation', notes: pick(r, visit ? IRO_VISIT_NOTES : IRO_CONSULTATION_NOTES) });
    }
  }
}

/** IRO escalations: about 4% of children looked after; most resolved within weeks at the informal stage or stage 1. */
const ESCALATION = 0.042;
/** Of escalations during open care, those raised in the last weeks and still open (with any left open by their stage's pace). */
const ESCALATION_OPEN = 0.25;
const ESCALATION_STAGES = table<IroEscalation['stage']>([['informal', 52], ['stage_1', 33], ['stage_2', 9], ['stage_3', 5.3], ['cafcass', 0.7]]);

/** One escalation after a review (raised within three weeks of it), resolved at its stage's pace. */
function iroEscalation(b: Builder, reviews: readonly number[], end: number | null, hardLimit: number): void {
  const r = b.r;
  if (reviews.length === 0 || !r.chance(ESCALATION)) return;
  const stage = draw(r, ESCALATION_STAGES);
  let raised: number;
  let resolved: number | null;
  if (end === null && r.chance(ESCALATION_OPEN)) {
    raised = Math.max(reviews[0]!, b.asAt - r.int(2, 75));
    resolved = null;
  } else {
    raised = reviews[(r.next() * reviews.length) | 0]! + r.int(1, 21);
    if (raised > hardLimit) return;
    resolved = raised + (stage === 'informal' ? r.int(5, 28) : stage === 'stage_1' ? r.int(10, 42) : stage === 'stage_2' ? r.int(21, 70) : stage === 'stage_3' ? r.int(30, 100) : r.int(45, 180));
    // Resolved by the time care ended; during care, one not yet resolved is still open.
    if (resolved > hardLimit) resolved = end === null ? null : end;
  }
  b.iroEscalations.push({
    id: ID.iroEscalation(b.iroEscalations.length + 1), raisedDate: iso(raised), stage, concern: pick(r, ESCALATION_CONCERNS),
    escalatedTo: stage === 'informal' ? null : pick(r, ESCALATED_TO[stage]), resolvedDate: isoOrNull(resolved), outcome: resolved === null ? null : pick(r, ESCALATION_OUTCOMES),
  });
}

/**
 * Advocacy (s26A) or an independent visitor (s23ZB), offered at the first review to most children over 5
 * (about 30% accept; some wait weeks or months for one to be found), and now and then an independent
 * visitor at a later review.
 */
function advocacy(b: Builder, reviews: readonly number[], end: number | null, hardLimit: number): void {
  const r = b.r;
  if (reviews.length === 0 || b.birth === null) return;
  const birth = b.birth;
  const first = reviews[0]!;
  if (first - birth >= AGE_5 && r.chance(0.85)) offerAdvocacy(b, first, r.chance(0.8) ? 'advocate' : 'independent_visitor', 0.26, end, hardLimit);
  for (let i = 1; i < reviews.length; i++) {
    if (reviews[i]! - birth >= AGE_5 && r.chance(0.03)) {
      offerAdvocacy(b, reviews[i]!, 'independent_visitor', 0.4, end, hardLimit);
      break;
    }
  }
}

function offerAdvocacy(b: Builder, day: number, kind: AdvocacyOffer['kind'], accept: number, end: number | null, hardLimit: number): void {
  const r = b.r;
  const u = r.next();
  let outcome: AdvocacyOffer['outcome'] = u < accept ? 'accepted' : u < accept + 0.07 ? 'waiting' : 'declined';
  let started: number | null = null;
  let finished: number | null = null;
  if (outcome !== 'declined') {
    // Found in weeks (an advocate) or months (an independent visitor); longer for those still waiting.
    const found = day + (kind === 'advocate' ? r.int(5, 40) : r.int(20, 200)) + (outcome === 'waiting' ? r.int(20, 150) : 0);
    if (found <= hardLimit) {
      outcome = 'accepted';
      started = found;
      const done = found + (kind === 'advocate' ? r.int(30, 240) : r.int(180, 1000));
      finished = done <= hardLimit ? done : end;
    } else outcome = end === null ? 'waiting' : 'accepted';
  }
  b.advocacyOffers.push({ id: ID.advocacy(b.advocacyOffers.length + 1), kind, offeredDate: iso(day), outcome, startDate: isoOrNull(started), endDate: isoOrNull(finished) });
}

/**
 * A placement from `start` to `end` (null: current). `reasonForChange` is set when it ended and the period of
 * care went on. Where it is (provider, postcode, in the LA's area, miles from home) follows its type.
 */
function addPlacement(b: Builder, periodId: string, start: number, end: number | null, typeCode: string, firstReview: number | null, limit: number, reasonForChange: string | null): void {
  const r = b.r;
  const placedWith: Placement['placedWith'] = typeCode === 'P1' ? 'parent' : typeCode === 'U1' || typeCode === 'U2' || typeCode === 'U3' ? 'connected_person' : 'other';
  const longTerm = typeCode === 'U1' || typeCode === 'U4';
  const u = r.next();
  let plan: number | null = u < 0.5 ? Math.max(b.lo, start - r.int(0, 5)) : u < 0.85 ? wd(start, r.int(0, 5)) : wd(start, r.int(6, 20));
  if (plan > b.asAt || (end !== null && plan > end)) plan = null;
  // Provider and how likely the placement is in the LA's own area.
  let providers: Table<string> | null = null;
  let inAreaChance = 0.5;
  let registration = false;
  switch (typeCode) {
    case 'P1': inAreaChance = 0.92; break;
    case 'U1': case 'U2': case 'U3': providers = PROVIDERS_KINSHIP; inAreaChance = 0.62; break;
    case 'U4': case 'U5': case 'U6': providers = PROVIDERS_FOSTER; inAreaChance = 0.6; break;
    case 'K2': providers = PROVIDERS_HOME; inAreaChance = 0.32; registration = true; break;
    case 'K1': providers = PROVIDERS_SECURE; inAreaChance = 0.12; registration = true; break;
    case 'H5': case 'K3': providers = PROVIDERS_SUPPORTED; inAreaChance = 0.55; registration = true; break;
    case 'P2': providers = PROVIDERS_SUPPORTED; inAreaChance = 0.7; break;
    case 'A3': case 'A4': case 'A5': case 'A6': providers = PROVIDERS_ADOPTION; inAreaChance = 0.45; break;
    case 'Z1': inAreaChance = 0.4; registration = true; break;
    default: if (typeCode.charCodeAt(0) !== 84) providers = PROVIDERS_RESIDENTIAL; inAreaChance = 0.3; // T0-T4: no provider
  }
  const providerCode = typeCode === 'P1' ? 'PR0' : providers === null ? null : draw(r, providers);
  // An LA's own foster carers mostly live in its area; an agency's often do not.
  if (providerCode === 'PR1' && placedWith === 'other') inAreaChance = 0.75;
  else if (providerCode === 'PR2') inAreaChance = 0;
  const v = r.next();
  const inLaArea = v < inAreaChance;
  const w = (v * 1048576) | 0;
  const distanceMiles = inLaArea ? (w % 10 === 0 ? 121 + ((w >>> 8) % 80) : 2 + (w % 119)) / 10 : band(r, OUT_OF_AREA_MILES) / 10;
  const postcode = inLaArea ? POSTCODES_IN_AREA[(w >>> 4) % POSTCODES_IN_AREA.length]! : POSTCODES_OUT_OF_AREA[(w >>> 4) % POSTCODES_OUT_OF_AREA.length]!;
  const placement: Placement = {
    id: ID.placement(b.placements.length + 1), periodOfCareId: periodId, startDate: iso(start), endDate: isoOrNull(end), typeCode, placedWith, placementPlanDate: isoOrNull(plan),
    providerCode, postcode, inLaArea, distanceMiles, reasonForChange,
  };
  // Settings that must be registered (children's homes, supported accommodation since 2024, other): a few current ones are not.
  if (registration) placement.registered = typeCode === 'K1' || !(end === null && r.chance(UNREGISTERED));
  if (longTerm) placement.longTermUntil18 = true;
  if (typeCode === 'U1') placement.fullApprovalDate = iso(start);
  else if (typeCode === 'U3') {
    const extended = r.chance(0.3);
    if (extended) placement.temporaryApprovalExtended = true;
    const approved = start + 7 * (extended ? r.int(14, 26) : r.int(8, 18));
    placement.fullApprovalDate = approved <= b.asAt && (end === null || approved <= end) ? iso(approved) : null;
  } else if (typeCode === 'K1') {
    const from = start * MINUTES_PER_DAY + r.int(600, 1200);
    placement.secureFrom = dateTime(from);
    const order = from + 60 * (r.chance(0.9) ? r.int(20, 70) : r.int(73, 96));
    placement.secureCourtOrderAt = order <= b.asAt * MINUTES_PER_DAY + 1380 ? dateTime(order) : null;
  }
  b.placements.push(placement);
  placementVisits(b, start, end === null ? limit : Math.min(limit, end - 1), placedWith, longTerm, firstReview);
}

// Missing episodes (PRACTICE.md §5): about 11% of children looked after in a year go missing, 6.8 incidents
// each, mostly aged 16+; about 63% are offered an independent return interview within 72 hours.
/** Chance that a child looked after goes missing in the year, by age. */
function missingChance(ageYears: number): number {
  return ageYears >= 16 ? MISSING_16_PLUS : ageYears >= 13 ? MISSING_13_TO_15 : ageYears >= 10 ? MISSING_10_TO_12 : MISSING_UNDER_10;
}
const MISSING_16_PLUS = 0.65;
const MISSING_13_TO_15 = 0.12;
const MISSING_10_TO_12 = 0.04;
const MISSING_UNDER_10 = 0.005;
/** Care leavers who left care in the year went missing less often in their last months in care than those still looked after. */
const MISSING_BEFORE_LEAVING = 0.3;
/** Return interviews: offered within 72 hours, and by someone independent of the child's care (else the child's own social worker). */
const RHI_WITHIN_72 = 0.67;
const RHI_INDEPENDENT = 0.94;
/** Police references ("NB-2026-123456"): the prefix made once per year. */
const POLICE_PREFIXES: string[] = [];
function policeReference(r: Random, day: number): string {
  const year = yearOf(day);
  const prefix = POLICE_PREFIXES[year - 1970] ?? (POLICE_PREFIXES[year - 1970] = `NB-${year}-`);
  return `${prefix}${100000 + ((r.next() * 900000) | 0)}`;
}
const SOCIAL_WORKER_NAMES = PEOPLE.slice(0, 40);

/** Who reports a child missing from a placement of this type: foster carers, home or supported accommodation staff, a parent. */
function carerReporting(typeCode: string | undefined): string {
  if (typeCode === undefined) return REPORTED_BY_FOSTER_CARER;
  const c = typeCode.charCodeAt(0);
  if (c === 85) return REPORTED_BY_FOSTER_CARER; // U
  if (typeCode === 'P1') return REPORTED_BY_PARENT;
  if (typeCode === 'H5' || typeCode === 'K3' || typeCode === 'P2') return REPORTED_BY_SUPPORTED;
  return REPORTED_BY_HOME;
}

/**
 * Missing episodes of a child looked after from `from`, in the year to as-at and before the end of care
 * (`endOfCare`, the day care ended, or null while looked after). Each says who reported it and (missing,
 * not away) the police reference; where the child was found and who with; who offered the return
 * interview for which organisation (an independent service, now and then the child's own social worker,
 * which the casework flags show); and what the child said if the interview took place.
 */
function missingEpisodes(b: Builder, from: number, endOfCare: number | null): void {
  const r = b.r;
  const windowStart = Math.max(from, b.asAt - 365) * MINUTES_PER_DAY;
  const windowEnd = (endOfCare === null ? b.asAt - 2 : Math.min(b.asAt - 2, endOfCare - 1)) * MINUTES_PER_DAY;
  if (windowEnd <= windowStart) return;
  const count = band(r, MISSING_COUNT);
  const starts: number[] = [];
  for (let i = 0; i < count; i++) starts.push(r.int(windowStart, windowEnd));
  starts.sort((x, y) => x - y);
  const asAtEnd = b.asAt * MINUTES_PER_DAY + 1380;
  const stillMissing = endOfCare === null && r.chance(0.04);
  const carer = carerReporting(b.placements[b.placements.length - 1]?.typeCode);
  // The child's usual return interview worker; the social worker's name if the seed gives one.
  const interviewer = (r.next() * RETURN_INTERVIEWERS.length) | 0;
  b.firstMissingDay = Math.floor(starts[0]! / MINUTES_PER_DAY);
  for (let i = 0; i < starts.length; i++) {
    // Missing now (the last episode of a few children): gone within the last two days.
    const now = stillMissing && i === starts.length - 1;
    const start = now ? asAtEnd - r.int(60, 2 * MINUTES_PER_DAY) : starts[i]!;
    const next = i + 1 < starts.length ? starts[i + 1]! : asAtEnd;
    const away = r.chance(0.08);
    const u = r.next();
    const reportedBy = u < 0.78 ? carer : u < 0.88 ? REPORTED_BY_POLICE : u < 0.96 ? REPORTED_BY_SCHOOL : REPORTED_BY_PARENT;
    const episode: MissingEpisode = {
      id: ID.missing(b.missingEpisodes.length + 1), startAt: dateTime(start), returnedAt: null, type: away ? 'away' : 'missing', fromCare: true, returnInterviewOfferedAt: null,
      reportedBy, policeReference: away || u > 0.97 ? null : policeReference(r, Math.floor(start / MINUTES_PER_DAY)),
      whereFound: null, withWhom: null, interviewOfferedBy: null, interviewOrganisation: null, childSaid: null,
    };
    b.missingEpisodes.push(episode);
    if (now) break;
    const returned = Math.min(start + fromQuantiles(r, MISSING_P, MISSING_X), next - 30);
    const w = r.next();
    episode.whereFound = away ? WHERE_AWAY[(w * WHERE_AWAY.length) | 0]! : WHERE_FOUND[(w * WHERE_FOUND.length) | 0]!;
    if (w < 0.85) episode.withWhom = WITH_WHOM[((w * 1024) | 0) % WITH_WHOM.length]!;
    if (returned <= start) {
      episode.returnedAt = dateTime(start + 1);
      continue;
    }
    episode.returnedAt = dateTime(returned);
    if (away) continue;
    // About 63% offered by an independent person within 72 hours (kept clear of 72 so a clock change cannot flip it).
    const offered = returned + 60 * (r.chance(RHI_WITHIN_72) ? r.int(2, 70) : r.int(74, 240));
    if (offered > asAtEnd) continue;
    episode.returnInterviewOfferedAt = dateTime(offered);
    const independent = r.chance(RHI_INDEPENDENT);
    episode.offeredByIndependentPerson = independent;
    if (independent) {
      const who = r.chance(0.85) ? interviewer : (r.next() * RETURN_INTERVIEWERS.length) | 0;
      episode.interviewOfferedBy = RETURN_INTERVIEWERS[who]!;
      episode.interviewOrganisation = RETURN_INTERVIEW_ORGANISATIONS[who & 1]!;
    } else {
      const day = Math.floor(offered / MINUTES_PER_DAY);
      episode.interviewOfferedBy = b.workerNameOn(day) ?? SOCIAL_WORKER_NAMES[(r.next() * SOCIAL_WORKER_NAMES.length) | 0]!;
      episode.interviewOrganisation = RETURN_INTERVIEW_BY_SOCIAL_WORKER;
      episode.interviewOfferedByStaffId = b.workerOn(day);
    }
    const v = r.next();
    if (v < 0.62) {
      const completed = offered + r.int(0, 72 * 60);
      if (completed <= asAtEnd) {
        episode.returnInterviewCompletedAt = dateTime(completed);
        if (v < 0.53) episode.childSaid = CHILD_SAID_RETURN[((v * 4096) | 0) % CHILD_SAID_RETURN.length]!;
      }
    } else if (v < 0.85) episode.returnInterviewDeclined = true;
  }
}

// Exploitation risk screenings: most children who go missing, and most in an episode about exploitation
// (aged 10 or more), are screened within weeks, and some again; the risk levels lean low and medium, some
// high, and higher for teenagers and where exploitation is the worry.
type RiskLevel = ExploitationScreening['sexualExploitationRisk'];
const RISK_UNDER_13 = table<RiskLevel>([['none', 50], ['low', 35], ['medium', 12], ['high', 3]]);
const RISK_TEENAGER = table<RiskLevel>([['none', 24], ['low', 40], ['medium', 28], ['high', 8]]);
const RISK_RAISED = table<RiskLevel>([['low', 25], ['medium', 50], ['high', 25]]);
const SCREENED_IF_MISSING = 0.85;
const SCREENED_IF_EXPLOITATION = 0.75;
const SCREENED_IF_EXPLOITATION_UNDER_13 = 0.35;
const AGE_10 = 3652;
/** Every run of 0-3 consecutive tags of a pool (wrapping), made once: a screening points at one, so its tags are unique. */
function tagRuns(pool: readonly string[]): readonly (readonly string[])[][] {
  const runs: string[][][] = [];
  for (let n = 0; n <= 3; n++) {
    const ofLength: string[][] = [];
    for (let i = 0; i < pool.length; i++) {
      const run: string[] = [];
      for (let k = 0; k < n; k++) run.push(pool[(i + k) % pool.length]!);
      ofLength.push(run);
    }
    runs.push(ofLength);
  }
  return runs;
}
const LOCATION_RUNS = tagRuns(EXPLOITATION_LOCATIONS);
const ASSOCIATE_RUNS = tagRuns(EXPLOITATION_ASSOCIATES);
const TAG_COUNT_LOCATIONS = table<number>([[0, 15], [1, 35], [2, 35], [3, 15]]);
const TAG_COUNT_ASSOCIATES = table<number>([[0, 35], [1, 35], [2, 20], [3, 10]]);
const RISK_ORDER: Record<RiskLevel, number> = { none: 0, low: 1, medium: 2, high: 3 };

function exploitationScreenings(b: Builder, stage: JourneyStage): void {
  const r = b.r;
  const birth = b.birth;
  if (birth === null) return;
  let first: number;
  const exploited = b.theme === THEME_EXPLOITATION && stage !== 'closed' && stage !== 'early_help';
  if (b.firstMissingDay !== null) {
    if (!r.chance(SCREENED_IF_MISSING)) return;
    first = b.firstMissingDay + r.int(1, 28);
  } else if (exploited && b.referrals.length > 0) {
    first = toDayNumber(b.referrals[b.referrals.length - 1]!.referralDate) + r.int(5, 40);
    if (!r.chance(first - birth >= AGE_13 ? SCREENED_IF_EXPLOITATION : SCREENED_IF_EXPLOITATION_UNDER_13)) return;
  } else return;
  if (first - birth < AGE_10) return;
  for (let day = first, n = 0; day <= b.asAt && n < 3; day += r.int(60, 200), n++) {
    const teenager = day - birth >= AGE_13;
    const t = teenager ? RISK_TEENAGER : RISK_UNDER_13;
    let sexual = draw(r, t);
    let criminal = draw(r, t);
    if (exploited) {
      if (r.chance(0.5)) sexual = draw(r, RISK_RAISED);
      else criminal = draw(r, RISK_RAISED);
    }
    const worst = Math.max(RISK_ORDER[sexual], RISK_ORDER[criminal]);
    const w = r.next();
    const notes = worst >= 3 ? SCREENING_NOTES_HIGH : worst === 2 ? SCREENING_NOTES_MEDIUM : SCREENING_NOTES_LOW;
    const locations = worst === 0 ? 0 : draw(r, TAG_COUNT_LOCATIONS);
    const associates = worst === 0 ? 0 : draw(r, TAG_COUNT_ASSOCIATES);
    b.exploitationScreenings.push({
      id: ID.screening(b.exploitationScreenings.length + 1), date: iso(day), sexualExploitationRisk: sexual, criminalExploitationRisk: criminal,
      assessedBy: b.workerNameOn(day) ?? SOCIAL_WORKER_NAMES[(w * SOCIAL_WORKER_NAMES.length) | 0]!,
      locations: LOCATION_RUNS[locations]![((w * 1024) | 0) % EXPLOITATION_LOCATIONS.length]! as string[],
      associates: ASSOCIATE_RUNS[associates]![((w * 65536) | 0) % EXPLOITATION_ASSOCIATES.length]! as string[],
      notes: notes[((w * 4096) | 0) % notes.length]!,
    });
  }
}

// --- Care leavers ------------------------------------------------------------------------------------

/** The day someone born on `birth` turns `years` (birthdayOf in casework/care-leaver-eligibility.ts: 29 February turns over on 1 March). */
function birthday(birth: number, years: number): number {
  const d = months(birth, 12 * years);
  return d === months(birth - 1, 12 * years) ? d + 1 : d;
}

/**
 * careLeaverEligibilityOf (casework/care-leaver-eligibility.ts) for one period of care from `start` to
 * `end` (the day care ended, or null while looked after) with no short breaks and no special guardianship
 * order, on day numbers: the generator records the eligibility the care history gives, by construction
 * (journeys.test.ts holds every generated care leaver to careLeaverEligibilityOf itself).
 */
function eligibilityByHistory(birth: number, start: number, end: number | null, asAt: number): { category: CareLeaver['eligibility'] | null; eligibleFrom: number | null } {
  const sixteen = birthday(birth, 16);
  // Under 16 (most children looked after): no status, and the eligible day is not needed.
  if (asAt < sixteen) return NO_STATUS;
  const eighteen = birthday(birth, 18);
  const stop = end === null || end > asAt + 1 ? asAt + 1 : end;
  // Days counted: looked after, from the 14th birthday, before the 18th.
  const a = Math.max(start, birthday(birth, 14));
  const z = Math.min(stop, eighteen);
  let eligibleFrom: number | null = null;
  if (z - a >= ELIGIBLE_DAYS) {
    const ninetyFirst = a + ELIGIBLE_DAYS - 1;
    eligibleFrom = ninetyFirst >= sixteen ? ninetyFirst : sixteen < z ? sixteen : null;
  }
  const afterSixteen = z > a && z > sixteen;
  let category: CareLeaver['eligibility'] | null = null;
  if (asAt >= birthday(birth, 25)) category = null;
  else if (asAt < eighteen) {
    if (start <= asAt && asAt < stop) category = eligibleFrom !== null ? 'eligible' : null;
    else category = eligibleFrom !== null ? 'relevant' : afterSixteen ? 'qualifying' : null;
  } else if (eligibleFrom !== null && eligibleFrom < eighteen) category = 'former_relevant';
  else if (asAt < birthday(birth, 21) && afterSixteen) category = 'qualifying';
  return { category, eligibleFrom };
}
const ELIGIBLE_DAYS = 91;
const NO_STATUS = { category: null, eligibleFrom: null } as const;

// SSDA903 OC3 for relevant and former relevant young people who have left care (Croydon 2017 in PRACTICE.md
// §5: 92% in touch, 78% in education, employment or training; nationally about 88% in suitable
// accommodation, DfE, not in §5). DIED is left out: a young person who died would have no reviews after.
const IN_TOUCH_CODES = table<string>([['YES', 91], ['NO', 3.8], ['REFU', 2.4], ['NREQ', 1.6], ['RHOM', 1.2]]);
// Activities of those in touch: about 85% in education, employment or training (78% of all care leavers).
const ACTIVITY_UNDER_18 = table<string>([['F2', 40], ['P2', 8], ['F4', 10], ['P4', 2], ['F5', 18], ['P5', 7], ['G4', 4], ['G5', 9], ['G6', 2]]);
const ACTIVITY_18_PLUS = table<string>([['F1', 9], ['P1', 1], ['F2', 14], ['P2', 4], ['F4', 7], ['P4', 1], ['F5', 31], ['P5', 18], ['G4', 5], ['G5', 7], ['G6', 3]]);
// Accommodation of those in touch, about 96% suitable (88% of all). No foyer (T) under 18 (903 rule 347);
// with former foster carers (Z) only when staying put, at 18 (rule 3001).
const ACCOMMODATION_UNDER_18 = table<string>([['B1', 25], ['D1', 40], ['E1', 15], ['C1', 8], ['U1', 3], ['K1', 1], ['D2', 1], ['B2', 1], ['S2', 0.5], ['V2', 0.5], ['X2', 1]]);
const ACCOMMODATION_18_PLUS = table<string>([
  ['U1', 30], ['D1', 18], ['E1', 7], ['B1', 12], ['T1', 4], ['K1', 4], ['C1', 2], ['Y1', 2],
  ['U2', 0.6], ['D2', 0.3], ['B2', 0.3], ['K2', 0.3], ['S2', 0.6], ['V2', 0.5], ['W2', 0.2], ['X2', 0.8],
]);
/** Most care leavers with a pathway plan have been told of most of the local offer (10 entitlements). */
const LOCAL_OFFER_COUNT = table<number>([[4, 10], [6, 15], [8, 30], [9, 20], [10, 25]]);

/**
 * The leaving-care record: eligible from `eligibleFrom`; `former` for a young person who has left care; an
 * override reason when the eligibility recorded is not the one the care history gives.
 */
function leavingCare(b: Builder, eligibleFrom: number, eligibility: CareLeaver['eligibility'], former: boolean, fosteredAtEnd: boolean, overrideReason: string | null): void {
  const r = b.r;
  const birth = b.birth ?? b.lo;
  const needs = eligibleFrom + (r.chance(0.85) ? r.int(10, 85) : r.int(95, 220));
  const adviser = r.chance(0.7) ? Math.max(b.lo, eligibleFrom - r.int(0, 30)) : eligibleFrom + r.int(5, 120);
  const plan = needs <= b.asAt ? wd(needs, r.chance(0.8) ? r.int(3, 20) : r.int(21, 60)) : null;
  const reviews: string[] = [];
  if (plan !== null && plan <= b.asAt) {
    let d = months(plan, 6) + (r.chance(0.86 - b.late) ? -r.int(0, 30) : r.int(1, 60));
    while (d <= b.stall) {
      reviews.push(iso(d));
      d = months(d, 6) + (r.chance(0.86 - b.late) ? -r.int(0, 30) : r.int(1, 60));
    }
  }
  const stayingPut = former && fosteredAtEnd && r.chance(0.3);
  const adviserDay = adviser <= b.asAt ? adviser : null;
  const eighteen = birthday(birth, 18);
  const adult = b.asAt >= eighteen;
  // In touch, activity and accommodation (SSDA903 OC3) once a relevant or former relevant young person has left care.
  let inTouchCode: string | null = null;
  let activityCode: string | null = null;
  let accommodationCode: string | null = null;
  let latest: number | null = null;
  if (former && (eligibility === 'relevant' || eligibility === 'former_relevant')) {
    inTouchCode = stayingPut ? 'YES' : draw(r, IN_TOUCH_CODES);
    if (inTouchCode === 'YES') {
      activityCode = draw(r, adult ? ACTIVITY_18_PLUS : ACTIVITY_UNDER_18);
      accommodationCode = stayingPut ? 'Z1' : draw(r, adult ? ACCOMMODATION_18_PLUS : ACCOMMODATION_UNDER_18);
      latest = b.asAt - (r.chance(0.8) ? r.int(0, 56) : r.int(57, 120));
    } else {
      // Not in touch, refusing contact, no longer needing services, returned home (903 rule 344: 0 for RHOM).
      activityCode = '0';
      accommodationCode = '0';
      if (r.chance(0.7)) latest = b.asAt - r.int(90, 400);
    }
  } else if (adviserDay !== null) latest = b.asAt - r.int(0, 70);
  if (latest !== null && latest < (adviserDay ?? eligibleFrom)) latest = adviserDay ?? eligibleFrom;
  // The local offer, told of at the pathway plan and the reviews after it.
  let localOffer: NonNullable<CareLeaver['localOfferToldOf']> = [];
  if (plan !== null && plan <= b.asAt) {
    const count = draw(r, LOCAL_OFFER_COUNT);
    const first = (r.next() * LOCAL_OFFER.length) | 0;
    localOffer = new Array<{ entitlement: string; toldDate: string }>(count);
    for (let i = 0; i < count; i++) {
      const told = i === 0 ? plan : Math.min(b.asAt, plan + r.int(0, 240));
      localOffer[i] = { entitlement: LOCAL_OFFER[(first + i) % LOCAL_OFFER.length]!, toldDate: iso(told) };
    }
  }
  // The health history, given from 3 months before the 18th birthday (validate-care-leaver.ts).
  const healthFrom = months(eighteen, -3);
  const given = healthFrom + (r.chance(0.8) ? r.int(0, 100) : r.int(101, 300));
  const healthHistory = given <= b.asAt && r.chance(former ? 0.85 : 0.6) ? given : null;
  const age21 = b.asAt >= birthday(birth, 21);
  b.careLeaver = {
    eligibility, eligibleFrom: iso(eligibleFrom), needsAssessmentDate: needs <= b.asAt ? iso(needs) : null,
    personalAdviserAllocatedDate: isoOrNull(adviserDay), pathwayPlanDate: plan !== null && plan <= b.asAt ? iso(plan) : null,
    pathwayPlanReviewDates: reviews, inTouch: former ? (inTouchCode === null ? r.chance(0.9) : inTouchCode === 'YES') : null, stayingPut, endDate: null,
    eligibilityOverrideReason: overrideReason,
    personalAdviserName: adviserDay === null ? null : (former ? b.workerNameOn(b.asAt) : null) ?? PERSONAL_ADVISER_NAMES[(r.next() * PERSONAL_ADVISER_NAMES.length) | 0]!,
    latestContactDate: isoOrNull(latest), inTouchCode, accommodationCode, activityCode, localOfferToldOf: localOffer,
    supportTo25Requested: eligibility === 'former_relevant' && r.chance(age21 ? 0.55 : 0.05),
    healthHistoryGivenDate: isoOrNull(healthHistory),
  };
}

function lookedAfterStage(b: Builder, s: StageContext): void {
  const r = b.r;
  const birth = b.birth ?? b.lo;
  const ageDays = b.asAt - birth;
  const uasc = s.seed.uasc;
  let route: LegalRoute;
  let inCare: number;
  if (uasc) {
    route = r.chance(0.9) ? 'V2' : 'C2';
    const arrivedFrom = ageDays >= 5114 ? 4931 : 0; // arrived at 13.5 or older when now 14 or older
    inCare = r.int(5, Math.max(5, Math.min(ageDays - arrivedFrom, 1100)));
  } else {
    // Legal statuses today: care orders about 76%, s20 about 19% (UASC mostly), placement orders most of the rest.
    const u = r.next();
    route = u < LA_ROUTE_V2 ? 'V2' : u < LA_ROUTE_C1 ? 'C1' : ageDays <= 6 * 365 && u < LA_ROUTE_C1 + LA_ROUTE_E1_UNDER_7 ? 'E1' : 'C2';
    inCare = route === 'C1' ? r.int(10, 280) : route === 'E1' ? r.int(200, 900) : band(r, TIME_IN_CARE);
  }
  if (inCare > ageDays) inCare = Math.max(0, ageDays - r.int(0, Math.min(30, ageDays)));
  const start = b.asAt - inCare;
  const court = planCourt(b, start, b.asAt, route, false);
  let placedForAdoption: number | null = null;
  if (court.route === 'E1' && court.finalOrder !== null) {
    const decision = Math.min(court.finalOrder, start + r.int(90, 200));
    const matched = court.finalOrder + r.int(40, 300);
    const placed = matched + r.int(10, 40);
    placedForAdoption = placed <= b.asAt ? placed : null;
    b.adoption = { decisionDate: iso(decision), placementOrderDate: iso(court.finalOrder), matchedDate: matched <= b.asAt ? iso(matched) : null, placedDate: isoOrNull(placedForAdoption), adoptionOrderDate: null, decisionReversedDate: null, decisionReversedReason: null };
  } else if (court.route === 'C2' && court.finalOrder !== null && start - birth < AGE_6 && r.chance(ADOPTION_REVERSED)) {
    // Young children on care orders whose plan was adoption until the decision was reversed (reg 19).
    const decision = start + r.int(60, 200);
    const reversed = Math.max(decision + r.int(45, 300), court.finalOrder);
    if (reversed <= b.asAt) b.adoption = adoptionReversed(decision, reversed, pick(r, ADOPTION_REVERSAL_REASONS));
  }
  pathIntoCare(b, s, start, court, null);
  periodOfCare(b, { start, end: null, uasc, court, placedForAdoption, ceased: null });
  // About 11% go missing in a year, mostly aged 16 or over.
  if (r.chance(missingChance(ageDays / 365.25))) missingEpisodes(b, start, null);
  // Eligible children (16+, 13 weeks looked after since 14) get the leaving-care assessment, plan and adviser.
  const history = eligibilityByHistory(birth, start, null, b.asAt);
  if (history.category === 'eligible') leavingCare(b, history.eligibleFrom!, 'eligible', false, false, null);
  recentContact(b, start);
}

const ENTRY_AGE_MONTHS = table<readonly [number, number]>([[[96, 143], 12], [[144, 167], 22], [[168, 191], 38], [[192, 210], 28]]);

function careLeaverStage(b: Builder, s: StageContext): void {
  const r = b.r;
  const birth = b.birth ?? b.lo;
  const eighteen = months(birth, 216);
  const sixteen = months(birth, 192);
  let end: number;
  // A few came into care after 16 for less than 13 weeks: qualifying, not former relevant.
  let qualifying = false;
  if (eighteen > b.asAt) {
    // Not yet 18: left care at 17 (a relevant child).
    end = b.asAt - r.int(1, 30);
  } else {
    end = r.chance(0.85) ? eighteen : Math.max(sixteen + 100, eighteen - r.int(30, 600));
    qualifying = r.chance(0.04);
  }
  let start = months(birth, band(r, ENTRY_AGE_MONTHS)) + r.int(0, 27);
  if (qualifying) start = end - r.int(14, 84);
  else if (start > end - 100) start = end - r.int(100, 300);
  const route: LegalRoute = s.seed.uasc ? 'V2' : start < months(birth, 180) && r.chance(0.8) ? 'C2' : r.chance(0.35) ? 'C2' : 'V2';
  const court = planCourt(b, start, end, route, true);
  pathIntoCare(b, s, start, court, end);
  periodOfCare(b, { start, end, uasc: s.seed.uasc, court, placedForAdoption: null, ceased: null });
  const lastPlacement = b.placements[b.placements.length - 1];
  const fostered = lastPlacement !== undefined && lastPlacement.typeCode.startsWith('U');
  // In the year before leaving care, some went missing.
  if (end > b.asAt - 365 && r.chance(MISSING_BEFORE_LEAVING * missingChance((end - 1 - birth) / 365.25))) missingEpisodes(b, start, end);
  // The eligibility the care history gives; a qualifying young person over 21 still in education is
  // recorded as qualifying (s24B) with the reason, as is anyone the history cannot place.
  const history = eligibilityByHistory(birth, start, end, b.asAt);
  let eligibility = history.category;
  let reason: string | null = null;
  if (eligibility === null || eligibility === 'eligible') {
    eligibility = qualifying ? 'qualifying' : eighteen > b.asAt ? 'relevant' : 'former_relevant';
    reason = pick(r, qualifying ? ELIGIBILITY_OVERRIDE_OVER_21 : ELIGIBILITY_OVERRIDE_OTHER);
  }
  leavingCare(b, history.eligibleFrom !== null && history.eligibleFrom < end ? history.eligibleFrom : end, eligibility, true, fostered, reason);
  // Why care ended: at 18 staying put with the foster carers (E17), supported or independent living; earlier, home too.
  const period = b.periodsOfCare[b.periodsOfCare.length - 1]!;
  period.reasonCeased = end >= eighteen ? (b.careLeaver!.stayingPut ? 'E17' : draw(r, CEASED_AT_18)) : draw(r, CEASED_BEFORE_18);
}

/**
 * The legal route of a child looked after today (not UASC): s20, an interim care order, a placement order
 * (under 7), else a care order. Calibrated with England's UASC share (8%, nine in ten of them on s20) so that
 * about 19% of all are on s20 (a larger UASC share, as in Croydon, raises it, as it did there).
 */
const LA_ROUTE_V2 = 0.135;
const LA_ROUTE_C1 = 0.155;
const LA_ROUTE_E1_UNDER_7 = 0.15;

/** Children on care orders (under 6 on entering care) with an adoption decision since reversed; special guardians found for some who left care. */
const ADOPTION_REVERSED = 0.1;
const AGE_6 = 2191;
function adoptionReversed(decision: number, reversed: number, reason: string): Adoption {
  return { decisionDate: iso(decision), placementOrderDate: null, matchedDate: null, placedDate: null, adoptionOrderDate: null, decisionReversedDate: iso(reversed), decisionReversedReason: reason };
}

/** A closed case that ended in adoption on `close` (the adoption order); false (nothing written) if the child's age does not fit. */
function adoptedJourney(b: Builder, s: StageContext, close: number): boolean {
  const r = b.r;
  const birth = b.birth;
  if (birth === null || close - birth < 300 || close - birth > 9 * 365) return false;
  // Backwards from the order: placed with the adopters 10 weeks to 11 months before, matched a few weeks before
  // that, the placement order (with the final hearing of care proceedings), proceedings issued on entering care
  // or after a spell accommodated under s20.
  const placed = close - r.int(75, 330);
  const matched = placed - r.int(7, 35);
  let placementOrder = matched - band(r, PLACEMENT_ORDER_TO_MATCH);
  let issue = placementOrder - 7 * fromQuantiles(r, PROCEEDINGS_P, PROCEEDINGS_X);
  let start = r.chance(0.25) ? issue - r.int(14, 150) : issue;
  if (start < birth) {
    // Removed at or soon after birth: the court timetable as short as it can be.
    start = birth + r.int(0, 3);
    if (issue < start) issue = start;
    if (placementOrder < issue + 84) placementOrder = issue + 84;
    if (placementOrder > matched - 14) return false;
  }
  const decision = Math.max(start + 20, placementOrder - r.int(20, 120));
  let letter: number | null = null;
  if (r.chance(0.4) && issue - 50 >= start) letter = issue - r.int(50, Math.min(160, issue - start));
  const court: CourtPlan = { route: 'E1', v2Until: start < issue ? issue : null, issue, finalOrder: placementOrder, letter, exitOrder: null };
  pathIntoCare(b, s, start, court, close, 'RC1');
  periodOfCare(b, { start, end: close, uasc: false, court, placedForAdoption: placed, ceased: r.chance(0.55) ? 'E11' : 'E12' });
  b.adoption = { decisionDate: iso(decision), placementOrderDate: iso(placementOrder), matchedDate: iso(matched), placedDate: iso(placed), adoptionOrderDate: iso(close), decisionReversedDate: null, decisionReversedReason: null };
  return true;
}

const LEFT_CARE_LENGTH = table<readonly [number, number]>([[[20, 90], 30], [[91, 365], 40], [[366, 1100], 30]]);

/** A closed case that was looked after and left care on `close` other than by adoption; false if it does not fit. */
function leftCareJourney(b: Builder, s: StageContext, close: number): boolean {
  const r = b.r;
  const birth = b.birth;
  if (birth === null) return false;
  let start = close - band(r, LEFT_CARE_LENGTH);
  if (start < birth) start = birth + r.int(0, 3);
  if (close - start < 14) return false;
  let reason = draw(r, LEFT_CARE);
  // Special guardianship and child arrangements orders end care proceedings (at least 12 weeks).
  if ((reason === 'SGO' || reason === 'E41') && close - start < 91) reason = 'E4A';
  const exitOrder = reason === 'SGO' ? 'Special guardianship order' : reason === 'E41' ? 'Child arrangements order' : null;
  const court: CourtPlan = exitOrder !== null
    ? { route: 'C1', v2Until: null, issue: start, finalOrder: null, letter: null, exitOrder }
    : { route: 'V2', v2Until: null, issue: null, finalOrder: null, letter: null, exitOrder: null };
  pathIntoCare(b, s, start, court, close, reason === 'SGO' ? 'RC4' : reason === 'E41' ? 'RC3' : reason === 'E3' ? 'RC5' : 'RC7');
  periodOfCare(b, { start, end: close, uasc: false, court, placedForAdoption: null, ceased: reason === 'SGO' ? 'E47' : reason });
  if (reason === 'SGO') {
    // To the former foster carers, relatives or friends (E45) or not (E46), or to other relatives (E47) or others (E48).
    const last = b.placements[b.placements.length - 1]!.typeCode;
    const period = b.periodsOfCare[b.periodsOfCare.length - 1]!;
    if (last === 'U1' || last === 'U2' || last === 'U3') period.reasonCeased = 'E45';
    else if (last === 'U4' || last === 'U5' || last === 'U6') period.reasonCeased = r.chance(0.5) ? 'E46' : 'E47';
    else period.reasonCeased = r.chance(0.85) ? 'E47' : 'E48';
    // A young child's plan was adoption until a family member was assessed positively as special guardian.
    if (start - birth < AGE_6 && close - start > 120 && r.chance(0.25)) {
      const decision = start + r.int(40, (close - start) >> 1);
      b.adoption = adoptionReversed(decision, decision + r.int(20, close - decision), ADOPTION_REVERSAL_REASONS[0]!);
    }
  }
  return true;
}

function closedStage(b: Builder, s: StageContext): void {
  const r = b.r;
  const close = Math.min(s.end ?? b.asAt - r.int(30, 700), b.asAt);
  // Some closed cases were looked after: adopted (the young), or left care home, to family or elsewhere.
  const u = r.next();
  if (u < CLOSED_ADOPTED ? adoptedJourney(b, s, close) : u < CLOSED_ADOPTED + CLOSED_LEFT_CARE && leftCareJourney(b, s, close)) return;
  const kind = draw(r, PAST_KINDS);
  // Earlier episodes first: a short episode starts within about 100 days of its close.
  history(b, kind === 'cin' || kind === 'cp' ? close - 1000 : close - 100);
  if (!pastEpisode(b, kind, close, b.lo) && !pastEpisode(b, 'nfa', close, b.lo)) {
    // Born after the case closed: only a contact that went nowhere.
    const day = b.lo + r.int(0, Math.max(0, b.asAt - b.lo));
    b.contactReceivedOn(Math.min(b.asAt, day), 'no_further_action');
  }
}

// --- The entry point ---------------------------------------------------------------------------------

/**
 * One child's journey as at `asAt` (YYYY-MM-DD), for the stage the child is in. Pure: the same Random state
 * and seed give the same journey. Every date is on or before as-at (except an expected date of birth and the
 * target dates of an open plan's goals) and on
 * or after the date of birth (an unborn child's pre-birth child protection work starts up to 30 weeks before
 * the expected date).
 */
export function generateJourney(random: Random, seed: JourneySeed, asAt: string): Journey {
  buildWorkingDayIndex();
  const asAtDay = asAtDayOf(asAt);
  const birth = seed.dateOfBirth === null ? null : toDayNumber(seed.dateOfBirth);
  const expected = seed.expectedDateOfBirth === null ? asAtDay + 60 : toDayNumber(seed.expectedDateOfBirth);
  const lo = birth ?? Math.min(asAtDay, expected - 210);
  const allocations = seed.allocations ?? [];
  const firstAllocation = allocations[0];
  const lastAllocation = allocations[allocations.length - 1];
  const starts: number[] = [];
  const ends: (number | null)[] = [];
  const workers: string[] = [];
  const teams: string[] = [];
  for (const a of allocations) {
    starts.push(toDayNumber(a.startDate));
    ends.push(a.endDate ? toDayNumber(a.endDate) : null);
    workers.push(a.workerId);
    teams.push(a.teamId);
  }
  const first = starts.length > 0 ? starts[0]! : asAtDay;
  const current = starts.length > 0 ? starts[starts.length - 1]! : asAtDay;
  const end = starts.length > 0 ? ends[ends.length - 1]! : null;
  const open = seed.stage !== 'closed';
  const late = draw(random, LATENESS);
  const stall = open && random.chance(0.08) ? asAtDay - random.int(20, 75) : asAtDay;
  const b = new Builder(random, asAtDay, lo, birth, late, stall, birth === null ? 1 : random.chance(0.3) ? 0.85 : 0.95, starts, ends, workers, teams, seed.managers, seed.iros !== undefined && seed.iros.length > 0 ? seed.iros : IRO_NAMES);
  if (seed.workerNames !== undefined) b.workerNames = seed.workerNames;
  const s: StageContext = { seed, first, current, end };
  switch (seed.stage) {
    case 'early_help': earlyHelpStage(b, s); break;
    case 'assessment': assessmentStage(b, s); break;
    case 'child_in_need': childInNeedStage(b, s); break;
    case 'child_protection': childProtectionStage(b, s); break;
    case 'looked_after': lookedAfterStage(b, s); break;
    case 'care_leaver': careLeaverStage(b, s); break;
    case 'closed': closedStage(b, s); break;
  }
  exploitationScreenings(b, seed.stage);
  // Management oversight of the case while it has been allocated (and the child born, or the pre-birth work begun).
  if (firstAllocation) {
    let from = Math.max(first, lo);
    if (birth === null && b.referrals.length > 0) from = Math.max(from, toDayNumber(b.referrals[0]!.referralDate));
    const to = end === null ? b.stall : Math.min(end, asAtDay);
    b.supervisions(from, to);
  }
  // A few case notes on an open case (more under child protection), since the current worker took it on.
  if (open && lastAllocation) {
    const count = seed.stage === 'child_protection' ? random.int(1, 4) : random.int(0, 3);
    b.notes(Math.max(current, lo, asAtDay - 180), b.stall, count);
  }
  return b.build(seed);
}

/** The stage a journey shows as at its last records: the inverse of the seed's stage, for checks and counts. */
export function stageOfJourney(journey: Journey): JourneyStage {
  if ((journey.periodsOfCare ?? []).some((p) => !p.endDate)) return 'looked_after';
  if (journey.careLeaver && !journey.careLeaver.endDate) return 'care_leaver';
  if ((journey.cpPlans ?? []).some((p) => !p.endDate)) return 'child_protection';
  if ((journey.cinPlans ?? []).some((p) => !p.endDate)) return 'child_in_need';
  if ((journey.referrals ?? []).some((r) => !r.closeDate)) return 'assessment';
  if ((journey.earlyHelp ?? []).some((e) => !e.endDate)) return 'early_help';
  return 'closed';
}

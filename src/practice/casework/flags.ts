// What a manager must notice on a child's record: patterns across records that no single clock shows.
// (Clocks, which say when something is due or late, live in practice/clocks.) Pure: today is a parameter.
import type { Journey } from '../journey/journey.ts';
import type { JourneyRecordType } from '../journey/record-types.ts';
import type { Calendar } from '../calendar/calendar.ts';
import { addDays, addMonths, daysBetween } from '../calendar/periods.ts';
import { EXPECTED_AGENCIES } from '../journey/code-sets.ts';
import { TEMPORARY_PLACEMENT_TYPES } from '../journey/looked-after-codes.ts';
import { formatDate } from './format-date.ts';
import { reReferrals } from './re-referral.ts';
import { ASSESSMENT_WORKING_DAYS } from './validate-assessment.ts';
import { isBlank } from './record-write.ts';
import { ESCALATION_STAGE_NAMES } from './validate-looked-after-support.ts';
import { chronologicalKey, englandDateOf } from './england-date.ts';
import { birthdayOf, careLeaverEligibilityOf } from './care-leaver-eligibility.ts';

export type CaseFlagKind =
  | 're_referral'
  | 'stepped_down_and_back_up'
  | 'cp_plan_over_18_months_without_plo'
  | 'subsequent_cp_plan'
  | 'strategy_discussion_missing_agencies'
  | 'assessment_late_without_reason'
  | 'placement_instability'
  | 'unregistered_placement'
  | 'iro_escalation_open'
  | 'advocacy_waiting'
  | 'repeat_missing'
  | 'return_interview_not_independent'
  | 'no_personal_adviser'
  | 'exploitation_risk_high'
  | 'supervision_action_overdue';

export interface CaseFlag {
  kind: CaseFlagKind;
  recordType: JourneyRecordType;
  recordId: string;
  date: string;
  message: string;
}

/** A step-down that did not hold: referred back within this many calendar months. */
export const STEP_DOWN_MONTHS = 6;
/** PRACTICE.md §3, CP plan drift flag: 18 months without a PLO decision (NS; 2+ years is a national measure). */
export const CP_PLAN_DRIFT_MONTHS = 18;
/** DfE placement stability: looked after with three or more placements during the year. */
export const INSTABILITY_PLACEMENTS = 3;
/**
 * Lantern's own threshold, not a statutory one: an advocate or independent visitor offered and still being
 * found after more than 20 working days (about four calendar weeks). The Children Act 1989 (s26A advocacy,
 * s23ZB independent visitors) says what must be offered but sets no time for finding one; four weeks is
 * long enough for a provider to allocate someone and short enough that a child left waiting is noticed
 * within the month. Working days are counted in the LA's calendar (its bank holidays included).
 */
export const ADVOCACY_WAIT_WORKING_DAYS = 20;

/**
 * Repeat missing episodes: this many episodes (REPEAT_MISSING_EPISODES) in this many days
 * (REPEAT_MISSING_DAYS). Lantern's defaults, not statutory numbers: the statutory guidance on children who
 * run away or go missing (2014) asks for a strategy discussion where a child goes missing repeatedly
 * without fixing how often; a local authority will set its own (CaseFlagOptions).
 */
export const REPEAT_MISSING_EPISODES = 3;
export const REPEAT_MISSING_DAYS = 90;
/** The personal adviser is expected by 16 years and 3 months (see noPersonalAdviser). */
export const PERSONAL_ADVISER_BY_MONTHS_AFTER_16 = 3;

export interface CaseFlagOptions {
  /** Repeat missing: `episodes` or more starting in the `days` days to today (defaults 3 and 90). */
  repeatMissing?: { episodes: number; days: number };
}

export function caseFlags(journey: Journey, today: string, calendar: Calendar, options: CaseFlagOptions = {}): CaseFlag[] {
  const flags = [
    ...reReferralFlags(journey),
    ...steppedDownAndBackUp(journey),
    ...cpPlansDrifting(journey, today),
    ...subsequentCpPlans(journey),
    ...strategyDiscussionsMissingAgencies(journey),
    ...assessmentsLateWithoutReason(journey, calendar),
    ...placementInstability(journey, today),
    ...unregisteredPlacements(journey, today),
    ...openIroEscalations(journey, today),
    ...advocacyWaiting(journey, today, calendar),
    ...repeatMissing(journey, today, options.repeatMissing),
    ...returnInterviewsNotIndependent(journey),
    ...noPersonalAdviser(journey, today),
    ...exploitationRiskHigh(journey, today),
    ...supervisionActionsOverdue(journey, today),
  ];
  return flags.sort((a, b) => compare(a.date, b.date) || compare(a.kind, b.kind) || compare(a.recordId, b.recordId));
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** CIN census re-referral: within 12 calendar months of a previous referral (boundary in re-referral.ts). */
function reReferralFlags(journey: Journey): CaseFlag[] {
  return [...reReferrals(journey).values()].map((r) => ({
    kind: 're_referral',
    recordType: 'referrals',
    recordId: r.referralId,
    date: r.referralDate,
    message: `Re-referral: referred again on ${formatDate(r.referralDate)}, within 12 months of the referral on ${formatDate(r.previousReferralDate)}`,
  }));
}

/**
 * A child stepped down from children's social care to early help and referred back within 6 months: the
 * step-down did not hold. The step-down dates from the early help plan's start, or its request while the
 * plan has not started. The flag is on the early help episode (one per step-down) and dated the day of
 * the referral that followed, the first on or after the step-down date and up to 6 calendar months on
 * (corresponding-date rule, as periods.ts), other than the referral it was stepped down from.
 */
function steppedDownAndBackUp(journey: Journey): CaseFlag[] {
  const flags: CaseFlag[] = [];
  const referrals = [...(journey.referrals ?? [])].sort((a, b) => compare(a.referralDate, b.referralDate));
  for (const episode of journey.earlyHelp ?? []) {
    if (episode.origin !== 'step_down') continue;
    const from = episode.startDate ?? episode.requestDate;
    const until = addMonths(from, STEP_DOWN_MONTHS);
    const back = referrals.find((r) => r.id !== episode.steppedDownFromReferralId && r.referralDate >= from && r.referralDate <= until);
    if (!back) continue;
    flags.push({
      kind: 'stepped_down_and_back_up',
      recordType: 'earlyHelp',
      recordId: episode.id,
      date: back.referralDate,
      message: `Referred again on ${formatDate(back.referralDate)}, within ${STEP_DOWN_MONTHS} months of being stepped down to early help on ${formatDate(from)}`,
    });
  }
  return flags;
}

/**
 * A CP plan open for more than 18 months with no decision to enter the Public Law Outline. "More than 18
 * months" is after the day 18 calendar months on from the start (31 August 2023 + 18 months is 28 February
 * 2025, clamped as in periods.ts, so the flag shows from 1 March 2025). A plan is open at today unless it ended on or before today.
 * The flag is dated the day the plan reached 18 months.
 */
function cpPlansDrifting(journey: Journey, today: string): CaseFlag[] {
  const flags: CaseFlag[] = [];
  for (const plan of journey.cpPlans ?? []) {
    if (plan.ploDecisionDate) continue;
    if (plan.endDate && plan.endDate <= today) continue;
    if (plan.startDate > today) continue;
    const mark = addMonths(plan.startDate, CP_PLAN_DRIFT_MONTHS);
    if (today <= mark) continue;
    flags.push({
      kind: 'cp_plan_over_18_months_without_plo',
      recordType: 'cpPlans',
      recordId: plan.id,
      date: mark,
      message: `Child protection plan open for more than ${CP_PLAN_DRIFT_MONTHS} months (since ${formatDate(plan.startDate)}) with no decision on the Public Law Outline`,
    });
  }
  return flags;
}

const ORDINALS = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth'];
const ordinal = (n: number): string => ORDINALS[n - 1] ?? `${n}th`;

/**
 * CIN census "second or subsequent child protection plan": a plan that started after any earlier plan of
 * the same child, however long ago (the DfE statistics also publish the within-2-years count; this flag is
 * the "ever" one). Plans are numbered in order of start date; same-day plans keep the journey's order.
 */
function subsequentCpPlans(journey: Journey): CaseFlag[] {
  const plans = [...(journey.cpPlans ?? [])].sort((a, b) => compare(a.startDate, b.startDate));
  return plans.slice(1).map((plan, i) => {
    const previous = plans[i]!;
    return {
      kind: 'subsequent_cp_plan' as const,
      recordType: 'cpPlans' as const,
      recordId: plan.id,
      date: plan.startDate,
      message: `${ordinal(i + 2)} child protection plan: the previous plan started on ${formatDate(previous.startDate)}`,
    };
  });
}

/**
 * Working Together 2023 (4.4.12; code-sets.ts AGENCIES): a strategy discussion involves social care,
 * police and health, and education or early years where the child attends. Attendees' agency codes are
 * read first; older records have only the free-text `agencies` list, read by the words below. Education
 * is not expected for a child not yet born on the day of the discussion.
 */
function strategyDiscussionsMissingAgencies(journey: Journey): CaseFlag[] {
  const flags: CaseFlag[] = [];
  for (const discussion of journey.strategyDiscussions ?? []) {
    if (!discussion.date) continue;
    const present = new Set<string>(
      (discussion.attendees ?? []).length > 0 ? (discussion.attendees ?? []).map((a) => a.agency) : (discussion.agencies ?? []).map(agencyOfText).filter((a): a is string => a !== null),
    );
    const born = journey.child.dateOfBirth ? journey.child.dateOfBirth <= discussion.date : false;
    const expected = EXPECTED_AGENCIES.filter((a) => a !== 'education' || born);
    const missing = expected.filter((a) => !present.has(a));
    if (missing.length === 0) continue;
    const names = missing.map((a) => AGENCY_IN_A_SENTENCE[a]);
    flags.push({
      kind: 'strategy_discussion_missing_agencies',
      recordType: 'strategyDiscussions',
      recordId: discussion.id,
      date: discussion.date,
      message: `No one from ${orList(names)} took part in the strategy discussion on ${formatDate(discussion.date)}`,
    });
  }
  return flags;
}

/** How the expected agencies read inside "No one from … took part". */
const AGENCY_IN_A_SENTENCE: Record<(typeof EXPECTED_AGENCIES)[number], string> = { police: 'the police', health: 'health', education: 'education' };

/** The agency code a free-text agency names ('School' → education), or null if not one we expect. */
export function agencyOfText(text: string): string | null {
  const t = text.trim().toLowerCase().replace(/[_-]+/g, ' ');
  if (/\bpolice\b/.test(t)) return 'police';
  if (/\b(health|gp|nhs|hospital|nurse|midwif\w*|paediatric\w*|camhs|health visitor)\b/.test(t)) return 'health';
  if (/\b(education|school|early years|nursery|college|academy|teacher|dsl)\b/.test(t)) return 'education';
  if (/\b(social care|social worker|children'?s services|csc)\b/.test(t)) return 'social_care';
  if (/\bprobation\b/.test(t)) return 'probation';
  return null;
}

function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** Working Together 2023: reasons are recorded when an assessment takes more than 45 working days. */
function assessmentsLateWithoutReason(journey: Journey, calendar: Calendar): CaseFlag[] {
  const flags: CaseFlag[] = [];
  for (const assessment of journey.assessments ?? []) {
    if (!assessment.authorisedDate || !isBlank(assessment.reasonForDelay)) continue;
    const taken = calendar.workingDaysBetween(assessment.startDate, assessment.authorisedDate);
    if (taken <= ASSESSMENT_WORKING_DAYS) continue;
    flags.push({
      kind: 'assessment_late_without_reason',
      recordType: 'assessments',
      recordId: assessment.id,
      date: assessment.authorisedDate,
      message: `Assessment took ${taken} working days (more than ${ASSESSMENT_WORKING_DAYS}) and no reason for the delay is recorded`,
    });
  }
  return flags;
}

/**
 * Placement instability: a child looked after today who has had three or more placements in the 12
 * months to today. This is the DfE measure "children looked after on 31 March with three or more
 * placements during the year" (Stability measures for children looked after in England, from the
 * SSDA903 return), taken over a rolling year. How Lantern counts: placements that started in the 12
 * months, the first placement of a period of care included (the 903 records a placement at the start
 * of care and at each move, and the child in their first placement has had one placement). The year is
 * the 12 months after the day 12 calendar months before today (30 June 2025 looks back to 1 July 2024,
 * as a collection year runs 1 April to 31 March). Not counted: placement for adoption with the current
 * foster carers (A3, A5), which the DfE's published definition says "is not included as a change of
 * placement" (LG Inform metric 850, the former indicator); and, Lantern's choice, temporary placements
 * (T0..T4), absences from which the child returns to their normal placement (903 rule 383), so that a
 * holiday or a stay in hospital does not read as instability. "Looked after today": a period of care
 * started on or before today that has not ended, or ends after today. The flag is on the latest
 * placement counted, dated its start.
 */
function placementInstability(journey: Journey, today: string): CaseFlag[] {
  const lookedAfter = (journey.periodsOfCare ?? []).some((c) => c.startDate <= today && (!c.endDate || c.endDate > today));
  if (!lookedAfter) return [];
  const from = addMonths(today, -12);
  const counted = (journey.placements ?? [])
    .filter((pl) => pl.startDate > from && pl.startDate <= today)
    .filter((pl) => !TEMPORARY_PLACEMENT_TYPES.includes(pl.typeCode) && pl.typeCode !== 'A3' && pl.typeCode !== 'A5')
    .sort((a, b) => compare(a.startDate, b.startDate) || compare(a.id, b.id));
  if (counted.length < INSTABILITY_PLACEMENTS) return [];
  const latest = counted[counted.length - 1]!;
  return [{
    kind: 'placement_instability',
    recordType: 'placements',
    recordId: latest.id,
    date: latest.startDate,
    message: `${counted.length} placements in the 12 months to ${formatDate(today)}: the latest started on ${formatDate(latest.startDate)}`,
  }];
}

/**
 * A child placed today in a setting recorded as not registered (Placement.registered false): a children's
 * home must be registered with Ofsted, and running one unregistered is an offence (Care Standards Act 2000
 * s11); since September 2021 children under 16 may not be placed in unregulated accommodation (Care
 * Planning, Placement and Case Review (England) (Amendment) Regulations 2021), and supported accommodation
 * for 16 and 17 year olds must be registered from October 2023 (Supported Accommodation (England)
 * Regulations 2023). The issue asking for this flag cites Croydon (2024), where children were found
 * living in unregistered children's homes. The flag is on each current placement
 * (started on or before today, not ended or ending after today), dated its start.
 */
function unregisteredPlacements(journey: Journey, today: string): CaseFlag[] {
  return (journey.placements ?? [])
    .filter((pl) => pl.registered === false && pl.startDate <= today && (!pl.endDate || pl.endDate > today))
    .map((pl) => ({
      kind: 'unregistered_placement' as const,
      recordType: 'placements' as const,
      recordId: pl.id,
      date: pl.startDate,
      message: `Placed since ${formatDate(pl.startDate)} in a setting that is not registered with Ofsted`,
    }));
}

/**
 * An IRO escalation that has not been resolved (IRO Handbook 2010, 3.75–3.80: the dispute resolution
 * protocol expects a concern to be resolved, or taken to the next stage, promptly). Every open escalation
 * is flagged from the day it was raised, however new: the manager should know the IRO has a formal concern
 * about the child's plan. Open at today: raised on or before today and not resolved on or before today.
 * The message gives calendar days since it was raised; the flag is dated the day it was raised.
 */
function openIroEscalations(journey: Journey, today: string): CaseFlag[] {
  return (journey.iroEscalations ?? [])
    .filter((e) => e.raisedDate <= today && (!e.resolvedDate || e.resolvedDate > today))
    .map((e) => {
      const days = daysBetween(e.raisedDate, today);
      const open = days === 0 ? 'raised today' : `open for ${days} day${days === 1 ? '' : 's'}`;
      return {
        kind: 'iro_escalation_open' as const,
        recordType: 'iroEscalations' as const,
        recordId: e.id,
        date: e.raisedDate,
        message: `IRO escalation (${ESCALATION_STAGE_NAMES[e.stage]}) raised on ${formatDate(e.raisedDate)} is not resolved: ${open}`,
      };
    });
}

/**
 * An advocate or independent visitor offered and still being found (outcome 'waiting') for more than ADVOCACY_WAIT_WORKING_DAYS working days after the offer, counted in the
 * LA's calendar (working days after the offer, up to and including today). The flag is dated the day the
 * wait reached 20 working days, and shows from the next working day.
 */
function advocacyWaiting(journey: Journey, today: string, calendar: Calendar): CaseFlag[] {
  const flags: CaseFlag[] = [];
  for (const offer of journey.advocacyOffers ?? []) {
    if (offer.outcome !== 'waiting' || offer.offeredDate > today) continue;
    const waited = calendar.workingDaysBetween(offer.offeredDate, today);
    if (waited <= ADVOCACY_WAIT_WORKING_DAYS) continue;
    const who = offer.kind === 'advocate' ? 'an advocate' : 'an independent visitor';
    flags.push({
      kind: 'advocacy_waiting',
      recordType: 'advocacyOffers',
      recordId: offer.id,
      date: calendar.addWorkingDays(offer.offeredDate, ADVOCACY_WAIT_WORKING_DAYS),
      message: `Waiting ${waited} working days (more than ${ADVOCACY_WAIT_WORKING_DAYS}) for ${who} offered on ${formatDate(offer.offeredDate)}`,
    });
  }
  return flags;
}

/**
 * Repeat missing episodes: 3 or more episodes of going missing (type 'missing' or not given; 'away',
 * absent without agreement, is not counted) that started in the 90 days to today: the 90 days after the
 * day 90 days before today (on 30 June 2025, from 2 April to 30 June), by the England date the child went
 * missing. The statutory guidance (2014) asks that a child who repeatedly goes missing is considered for
 * a strategy discussion, because going missing is a sign of exploitation. One flag, on the latest episode
 * counted, dated its start.
 */
export function repeatMissing(journey: Journey, today: string, threshold = { episodes: REPEAT_MISSING_EPISODES, days: REPEAT_MISSING_DAYS }): CaseFlag[] {
  const from = addDays(today, -threshold.days);
  const counted = (journey.missingEpisodes ?? [])
    .filter((m) => m.type !== 'away')
    .map((m) => ({ m, date: englandDateOf(m.startAt) }))
    .filter(({ date }) => date > from && date <= today)
    .sort((a, b) => compare(chronologicalKey(a.m.startAt), chronologicalKey(b.m.startAt)) || compare(a.m.id, b.m.id));
  if (counted.length < threshold.episodes) return [];
  const latest = counted[counted.length - 1]!;
  return [{
    kind: 'repeat_missing',
    recordType: 'missingEpisodes',
    recordId: latest.m.id,
    date: latest.date,
    message: `Missing ${counted.length} times in the ${threshold.days} days to ${formatDate(today)}: consider a strategy discussion`,
  }];
}

/**
 * A return interview offered by someone who is not independent of the child's care: the statutory
 * guidance (2014) says the return interview is carried out by an independent person, so that the child
 * can say why they went. Flagged when the offer is recorded as not independent
 * (offeredByIndependentPerson false), when the person who offered it (a Lantern user, by staff id) was
 * the child's allocated social worker on the day of the offer, or when their organisation is the
 * provider of the child's placement that day (compared by name, trimmed, ignoring case), whatever the
 * independence box says. One flag per episode, dated the day of the offer (or, with no offer date, the
 * day the child returned, or went missing), saying each reason.
 */
function returnInterviewsNotIndependent(journey: Journey): CaseFlag[] {
  const flags: CaseFlag[] = [];
  for (const m of journey.missingEpisodes ?? []) {
    const date = englandDateOf(m.returnInterviewOfferedAt ?? m.returnedAt ?? m.startAt);
    const reasons: string[] = [];
    if (m.offeredByIndependentPerson === false) reasons.push('was not offered by an independent person');
    if (m.returnInterviewOfferedAt && m.interviewOfferedByStaffId && allocatedWorkersOn(journey, date).includes(m.interviewOfferedByStaffId)) {
      reasons.push('was offered by the child’s allocated social worker');
    }
    const organisation = m.returnInterviewOfferedAt ? normalName(m.interviewOrganisation) : '';
    const provider = organisation ? placementsOn(journey, date).find((p) => normalName(p.providerName) === organisation) : undefined;
    if (provider) reasons.push(`was offered by the child’s placement provider (${provider.providerName!.trim()})`);
    if (reasons.length === 0) continue;
    flags.push({
      kind: 'return_interview_not_independent',
      recordType: 'missingEpisodes',
      recordId: m.id,
      date,
      message: `The return interview offered after the child went missing on ${formatDate(englandDateOf(m.startAt))} ${reasons.join(' and ')}`,
    });
  }
  return flags;
}

const normalName = (name: string | null | undefined): string => (name ?? '').trim().replace(/\s+/g, ' ').toLowerCase();

/** The workers allocated to the child on a date (the first and last days of an allocation included). */
function allocatedWorkersOn(journey: Journey, date: string): string[] {
  return (journey.allocations ?? []).filter((a) => a.startDate <= date && (!a.endDate || date <= a.endDate)).map((a) => a.workerId);
}

/** The child's placements on a date (the first and last days included). */
function placementsOn(journey: Journey, date: string): NonNullable<Journey['placements']> {
  return (journey.placements ?? []).filter((p) => p.startDate <= date && (!p.endDate || date <= p.endDate));
}

/**
 * No personal adviser: a young person who is eligible, relevant or former relevant (by the care history,
 * careLeaverEligibilityOf, or as recorded on their care leaver record) with no personal adviser allocated,
 * from the day they are 16 years and 3 months old. Eligible children have a personal adviser (Care
 * Planning, Placement and Case Review (England) Regulations 2010 reg 44; Children Act 1989 Sch 2 para
 * 19C), as do relevant (s23B(2)) and former relevant (s23C(3)) young people. 16 years and 3 months is the
 * earliest a child looked after from their 16th birthday can have had 13 weeks of care, so it is when
 * Lantern starts to look. Qualifying care leavers are left out: a personal adviser is not a duty for all
 * of them. Not flagged once leaving care support has ended (endDate on or before today). The flag is on
 * the care leaver record (which may not exist yet), dated the later of 16 years 3 months and the day the
 * young person became eligible.
 */
function noPersonalAdviser(journey: Journey, today: string): CaseFlag[] {
  const born = journey.child.dateOfBirth;
  const leaver = journey.careLeaver;
  if (!born || leaver?.personalAdviserAllocatedDate) return [];
  if (leaver?.endDate && leaver.endDate <= today) return [];
  const from = addMonths(birthdayOf(born, 16), PERSONAL_ADVISER_BY_MONTHS_AFTER_16);
  if (today < from) return [];
  const computed = careLeaverEligibilityOf(journey, today);
  const needsAdviser = (category: string | null | undefined): boolean => category === 'eligible' || category === 'relevant' || category === 'former_relevant';
  const byHistory = needsAdviser(computed.category);
  const byRecord = needsAdviser(leaver?.eligibility);
  if (!byHistory && !byRecord) return [];
  const category = (byRecord ? leaver!.eligibility : computed.category!).replace('_', ' ');
  const eligibleFrom = (byRecord ? leaver!.eligibleFrom : computed.eligibleFrom) ?? from;
  return [{
    kind: 'no_personal_adviser',
    recordType: 'careLeaver',
    recordId: 'careLeaver',
    date: eligibleFrom > from ? eligibleFrom : from,
    message: `No personal adviser allocated: the young person is ${category}${eligibleFrom <= today ? ` (since ${formatDate(eligibleFrom)})` : ''}`,
  }];
}

/**
 * The latest exploitation risk screening (dated today or before; of two on the same day, the later in
 * the journey) judged the risk of child sexual or child criminal exploitation high. Working Together 2023
 * (3.55 and 4.4: a child at risk of significant harm from outside the home) calls for a strategy
 * discussion; the flag is on that screening, dated its date. An earlier high screening followed by a
 * lower one is not flagged: the latest judgement stands.
 */
function exploitationRiskHigh(journey: Journey, today: string): CaseFlag[] {
  const screenings = (journey.exploitationScreenings ?? []).filter((s) => s.date <= today);
  const latest = screenings.reduce<(typeof screenings)[number] | undefined>((a, s) => (!a || s.date >= a.date ? s : a), undefined);
  if (!latest) return [];
  const high = [
    latest.sexualExploitationRisk === 'high' && 'child sexual exploitation',
    latest.criminalExploitationRisk === 'high' && 'child criminal exploitation',
  ].filter((x): x is string => !!x);
  if (high.length === 0) return [];
  return [{
    kind: 'exploitation_risk_high',
    recordType: 'exploitationScreenings',
    recordId: latest.id,
    date: latest.date,
    message: `High risk of ${high.join(' and of ')} at the screening on ${formatDate(latest.date)}`,
  }];
}

/**
 * Actions agreed in the latest supervision of the case that are past their due date and not done
 * (Croydon 2017: "actions never followed up"). Earlier supervisions' open actions are carried into the
 * next one, so the latest holds every action still open.
 */
export function supervisionActionsOverdue(journey: Journey, today: string): CaseFlag[] {
  const sessions = (journey.caseSupervisions ?? []).filter((s) => s.date <= today);
  if (sessions.length === 0) return [];
  const latest = sessions.reduce((a, b) => (b.date >= a.date ? b : a));
  return (latest.actions ?? [])
    .filter((a) => !a.doneDate && a.dueDate < today)
    .map((a) => ({
      kind: 'supervision_action_overdue' as const,
      recordType: 'caseSupervisions' as const,
      recordId: latest.id,
      date: a.dueDate,
      message: `Supervision action overdue since ${formatDate(a.dueDate)}: ${a.what.length > 80 ? `${a.what.slice(0, 79)}…` : a.what} (${a.owner})`,
    }));
}

// Writing a care leaver's record (journey/care-leaver.ts; Care Leavers (England) Regulations 2010,
// Children (Leaving Care) Act 2000). Dates of things that have happened are not in the future; the
// SSDA903 care leaver codes are in their sets (care-leaver-codes.ts; 903 rules cited by number from
// ../shared/standards/rule-catalogues/903_2026_27_rule_info.csv); the eligibility recorded agrees with
// the one Lantern computes from the care history (care-leaver-eligibility.ts), or says why not.
import type { CareLeaver } from '../journey/care-leaver.ts';
import { ACCOMMODATION, ACTIVITIES, ACTIVITIES_WITHDRAWN, IN_TOUCH } from '../journey/care-leaver-codes.ts';
import { addMonths } from '../calendar/periods.ts';
import { birthdayOf, careLeaverEligibilityOf } from './care-leaver-eligibility.ts';
import { formatDate } from './format-date.ts';
import { isBlank, when, type Problems, type WriteContext } from './record-write.ts';

const CATEGORY_NAMES: Record<CareLeaver['eligibility'], string> = {
  eligible: 'eligible',
  relevant: 'relevant',
  former_relevant: 'former relevant',
  qualifying: 'qualifying',
};

/** The health history is given to the young person from 3 months before their 18th birthday (see below). */
export const HEALTH_HISTORY_MONTHS_BEFORE_18 = 3;

export function checkCareLeaver(leaver: CareLeaver, context: WriteContext, p: Problems): void {
  const { today } = context;
  checkCodes(leaver, p);
  p.notFuture('eligibleFrom', leaver.eligibleFrom, 'Date the young person became eligible', today);
  p.notFuture('needsAssessmentDate', leaver.needsAssessmentDate, 'Date of the needs assessment', today);
  p.notFuture('personalAdviserAllocatedDate', leaver.personalAdviserAllocatedDate, 'Date the personal adviser was allocated', today);
  p.notFuture('pathwayPlanDate', leaver.pathwayPlanDate, 'Date of the pathway plan', today);
  for (const date of leaver.pathwayPlanReviewDates ?? []) p.notFuture('pathwayPlanReviewDates', date, 'Date of each pathway plan review', today);
  p.notFuture('endDate', leaver.endDate, 'End date of leaving care support', today);
  p.notBefore('endDate', leaver.endDate, leaver.eligibleFrom, `End date must be on or after the young person became eligible ${when(leaver.eligibleFrom)}`);
  p.notFuture('latestContactDate', leaver.latestContactDate, 'Date of the latest contact', today);
  // SSD clea_care_leaver_latest_contact: the latest date of the personal adviser's contact; an authority
  // that says it is in touch has a contact to date it by.
  if (leaver.inTouchCode === 'YES' && !leaver.latestContactDate) p.add('latestContactDate', 'Enter the date of the latest contact: the young person is recorded as in touch');
  p.notFuture('healthHistoryGivenDate', leaver.healthHistoryGivenDate, 'Date the health history was given', today);
  checkHealthHistory(leaver, context, p);
  checkLocalOffer(leaver, today, p);
  checkEligibility(leaver, context, p);
}

/**
 * 903 rules 131, 132 and 133: IN_TOUCH, ACTIV and ACCOM are valid codes; F3 and P3 are not in the 2022
 * schema (care-leaver-codes.ts ACTIVITIES_WITHDRAWN). Rule 345: an authority in touch records the
 * activity and accommodation, so not 0. Rule 344: a young person who has died or returned home to a
 * parent for 6 months (DIED, RHOM) has no activity or accommodation recorded other than 0.
 */
function checkCodes(leaver: CareLeaver, p: Problems): void {
  p.inSet('inTouchCode', leaver.inTouchCode, IN_TOUCH, 'Select whether the authority is in touch from the list');
  p.inSet('activityCode', leaver.activityCode, ACTIVITIES, 'Select an activity from the list');
  if (leaver.activityCode && ACTIVITIES_WITHDRAWN.includes(leaver.activityCode)) {
    p.add('activityCode', 'Select another activity: training or employment is now recorded as an apprenticeship (F4, P4) or not (F5, P5)');
  }
  p.inSet('accommodationCode', leaver.accommodationCode, ACCOMMODATION, 'Select the accommodation from the list');
  if (leaver.inTouchCode === 'YES') {
    if (leaver.activityCode === '0') p.add('activityCode', 'Select the young person’s activity: they are recorded as in touch');
    if (leaver.accommodationCode === '0') p.add('accommodationCode', 'Select the young person’s accommodation: they are recorded as in touch');
  }
  if (leaver.inTouchCode === 'DIED' || leaver.inTouchCode === 'RHOM') {
    const why = leaver.inTouchCode === 'DIED' ? 'the young person died' : 'the young person returned home for 6 months or more';
    if (leaver.activityCode && leaver.activityCode !== '0') p.add('activityCode', `Remove the activity: ${why}`);
    if (leaver.accommodationCode && leaver.accommodationCode !== '0') p.add('accommodationCode', `Remove the accommodation: ${why}`);
  }
}

/**
 * The young person's health history is given to them as they leave care at 18 (Promoting the health and
 * well-being of looked-after children, 2015 statutory guidance: a summary of their health history). Lantern
 * accepts it from 3 calendar months before the 18th birthday (preparing for leaving care), so not before
 * that day: born 15 August 2008, from 15 May 2026; born 29 February 2008, 18 on 1 March 2026, from
 * 1 December 2025.
 */
function checkHealthHistory(leaver: CareLeaver, { journey }: WriteContext, p: Problems): void {
  const born = journey.child.dateOfBirth;
  if (!leaver.healthHistoryGivenDate || !born) return;
  const from = addMonths(birthdayOf(born, 18), -HEALTH_HISTORY_MONTHS_BEFORE_18);
  p.notBefore('healthHistoryGivenDate', leaver.healthHistoryGivenDate, from, `Date the health history was given must be on or after ${formatDate(from)}, 3 months before the young person’s 18th birthday`);
}

/**
 * The local offer (Children and Social Work Act 2017 s2): each entitlement the young person was told of,
 * and when. Each names an entitlement, once (compared trimmed and ignoring case), told of today or before.
 * The form shows one message for the list.
 */
function checkLocalOffer(leaver: CareLeaver, today: string, p: Problems): void {
  const items = leaver.localOfferToldOf ?? [];
  const seen = new Set<string>();
  for (const item of items) {
    const key = item.entitlement.trim().toLowerCase();
    if (key === '') p.add('localOfferToldOf', 'Enter each entitlement the young person was told of');
    else if (seen.has(key)) p.add('localOfferToldOf', `Remove the second ‘${item.entitlement.trim()}’: each entitlement is listed once`);
    seen.add(key);
  }
  for (const item of items) p.notFuture('localOfferToldOf', item.toldDate, 'Date the young person was told of each entitlement', today);
}

/**
 * The eligibility recorded is the one the care history gives (careLeaverEligibilityOf, as at today), or
 * a worker says why it differs: the computation leaves some cases out (a young person detained or in
 * hospital at 16, care in another authority, an SGO that has ended). A reason is not kept when the two
 * agree, so that a reason on the record always means an override.
 */
function checkEligibility(leaver: CareLeaver, { journey, today }: WriteContext, p: Problems): void {
  const computed = careLeaverEligibilityOf(journey, today);
  const hasReason = !isBlank(leaver.eligibilityOverrideReason);
  if (computed.category === leaver.eligibility) {
    if (hasReason) p.add('eligibilityOverrideReason', `Remove the reason: the care history also gives ${CATEGORY_NAMES[leaver.eligibility]}`);
    return;
  }
  if (!hasReason) {
    const gives = computed.category ? `gives ${CATEGORY_NAMES[computed.category]}` : 'gives no care leaver status';
    p.add('eligibilityOverrideReason', `Enter why the young person is ${CATEGORY_NAMES[leaver.eligibility]}: the care history ${gives} (${computed.reason})`);
  }
}

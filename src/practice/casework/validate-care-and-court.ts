// Writing the later records of a journey: looked after (periods of care, legal statuses, placements,
// reviews, health assessments, PEPs), pre-proceedings and proceedings, adoption and private fostering
// (missing episodes and exploitation screenings are in validate-missing.ts, care leavers in
// validate-care-leaver.ts). Every record of something that happened is not in the future and ends
// after it starts. The looked-after records also follow the SSDA903 return, whose rules are cited by
// their number in the DfE rule catalogue (../shared/standards/rule-catalogues/903_2026_27_rule_info.csv):
// codes in their sets (looked-after-codes.ts), a period of care's end and its reason together, the
// placement provider and the reason for a placement change where the return expects them, legal statuses
// one at a time within a period of care; the legal gateway meeting before the letter before proceedings,
// hearings between the issue of proceedings and the final order; and adoption steps in the order the law
// takes them. The records kept alongside care (health checks, the IRO's contact and escalations, advocacy)
// are in validate-looked-after-support.ts, and use lookedAfterOn below.
import type { Journey } from '../journey/journey.ts';
import type { ClaReview, HealthAssessment, LegalStatus, PeriodOfCare, PersonalEducationPlan, Placement } from '../journey/looked-after.ts';
import type { Adoption, PreProceedings, Proceedings } from '../journey/court.ts';
import type { PrivateFostering } from '../journey/care-leaver.ts';
import {
  CATEGORIES_OF_NEED, LEGAL_STATUSES, PLACEMENT_PROVIDERS, PLACEMENT_TYPES, REASONS_CARE_ENDED, REASONS_NEW_EPISODE,
  REASONS_PLACEMENT_CHANGE, REVIEW_PARTICIPATION, TEMPORARY_PLACEMENT_TYPES,
} from '../journey/looked-after-codes.ts';
import { labelIn } from '../journey/code-sets.ts';
import { ageInYears } from '../identity/age.ts';
import { formatDate } from './format-date.ts';
import { isUkPostcode } from './postcode.ts';
import { isBlank, when, type Problems, type WriteContext } from './record-write.ts';

const END_AFTER_START = 'End date must be the same as or after the start date';

export function checkPeriodOfCare(period: PeriodOfCare, { today }: WriteContext, p: Problems): void {
  // 903 rules 145, 143 and 149: codes in their sets.
  p.inSet('categoryOfNeed', period.categoryOfNeed, CATEGORIES_OF_NEED, 'Select a category of need from the list');
  p.inSet('reasonForNewEpisode', period.reasonForNewEpisode, REASONS_NEW_EPISODE, 'Select a reason for the new episode from the list');
  // 903 rules 357 and 432: the first episode of a period of care is "S", started to be looked after (the
  // other codes mark a change within a period, which Lantern records as a new placement or legal status).
  if (period.reasonForNewEpisode && period.reasonForNewEpisode !== 'S') {
    p.add('reasonForNewEpisode', 'Select ‘Started to be looked after’: a period of care begins when the child starts to be looked after');
  }
  // X1 ends one episode and starts the next the same day: the child is still looked after, so it is not
  // a reason a period of care ended (ssd_cla_episodes.yml; 903 rule 388).
  if (period.reasonCeased === 'X1') p.add('reasonCeased', 'Select why the child stopped being looked after: ‘Episode ceases, and new episode begins on same day’ means the child is still looked after');
  p.inSet('reasonCeased', period.reasonCeased, REASONS_CARE_ENDED, 'Select a reason the child stopped being looked after from the list');

  p.notFuture('startDate', period.startDate, 'Date the child became looked after', today);
  p.notFuture('endDate', period.endDate, 'Date the child stopped being looked after', today);
  p.notFuture('carePlanDate', period.carePlanDate, 'Date of the care plan', today);
  p.notFuture('permanencePlanDate', period.permanencePlanDate, 'Date of the permanence plan', today);
  p.notBefore('endDate', period.endDate, period.startDate, END_AFTER_START);
  // 903 rule 148: the date and the reason the episode ceased are both given or both left blank.
  if (period.endDate && !period.reasonCeased) p.add('reasonCeased', 'Select why the child stopped being looked after');
  if (!period.endDate && period.reasonCeased) p.add('endDate', 'Enter the date the child stopped being looked after');
}

export function checkLegalStatus(status: LegalStatus, { journey, today, isNew }: WriteContext, p: Problems): void {
  // The schema's pattern already holds the code to the set (903 rule 144); LEGAL_STATUSES names it below.
  p.notFuture('startDate', status.startDate, 'Start date of the legal status', today);
  p.notFuture('endDate', status.endDate, 'End date of the legal status', today);
  p.notBefore('endDate', status.endDate, status.startDate, END_AFTER_START);

  // A legal status is why the child is looked after (SSDA903 LS): it falls within a period of care,
  // starting on or after the child became looked after and ending by the day they stopped.
  const period = lookedAfterOn('startDate', status.startDate, 'Start date of the legal status', 'their legal status', journey, p);
  if (period?.endDate) {
    if (!status.endDate) p.add('endDate', `Enter the end date of the legal status: the child stopped being looked after ${when(period.endDate)}`);
    else p.notAfter('endDate', status.endDate, period.endDate, `End date of the legal status must be on or before the child stopped being looked after ${when(period.endDate)}`);
  }

  // One legal status at a time: each SSDA903 episode has one, and a new episode starts the day the last
  // one ends (ssd_cla_episodes.yml; 903 rule 142), so statuses may meet but not overlap. The status being
  // edited is left out by its id; an older status without an id, by its code and start date.
  const others = (journey.legalStatuses ?? []).filter((o) =>
    status.id ? o.id !== status.id : isNew || o.code !== status.code || o.startDate !== status.startDate);
  const other = others.find((o) => status.startDate < (o.endDate ?? FOREVER) && o.startDate < (status.endDate ?? FOREVER));
  if (other) {
    const name = labelIn(LEGAL_STATUSES, other.code);
    p.add('startDate', other.endDate
      ? `This legal status overlaps ‘${name}’ from ${formatDate(other.startDate)} to ${formatDate(other.endDate)}`
      : `The child already has the legal status ‘${name}’ from ${formatDate(other.startDate)} that has not ended: end that one first`);
  }
}

/** The period of care the child was in on a date, the days they became and stopped being looked after included. */
export function periodOfCareOn(journey: Journey, date: string): PeriodOfCare | undefined {
  return (journey.periodsOfCare ?? []).find((c) => c.startDate <= date && (!c.endDate || date <= c.endDate));
}

/**
 * A record of something that happens because the child is looked after (a legal status, a health check,
 * the IRO's contact, an advocate offered) is dated within a period of care: refused otherwise, on field,
 * with `what` naming the date ('Date of the dental check') and `noun` the record ('a health check').
 * Returns the period, if there is one.
 */
export function lookedAfterOn(field: string, date: string, what: string, noun: string, journey: Journey, p: Problems): PeriodOfCare | undefined {
  const period = periodOfCareOn(journey, date);
  if (!period) {
    p.add(field, (journey.periodsOfCare ?? []).length === 0
      ? `Record when the child became looked after before recording ${noun}`
      : `${what} must be during a period of care, when the child was looked after`);
  }
  return period;
}

/** The end of an open period, for comparing dates. */
const FOREVER = '9999-12-31';
const isTemporary = (typeCode: string | undefined): boolean => typeCode !== undefined && TEMPORARY_PLACEMENT_TYPES.includes(typeCode);

export function checkPlacement(placement: Placement, { journey, today }: WriteContext, p: Problems): void {
  // 903 rules 146, 178 and 1009: codes in their sets.
  p.inSet('typeCode', placement.typeCode, PLACEMENT_TYPES, 'Select a placement type from the list');
  p.inSet('providerCode', placement.providerCode, PLACEMENT_PROVIDERS, 'Select a placement provider from the list');
  p.inSet('reasonForChange', placement.reasonForChange, REASONS_PLACEMENT_CHANGE, 'Select a reason for the placement change from the list');
  checkPlacementProvider(placement, p);
  if (!isBlank(placement.postcode) && !isUkPostcode(placement.postcode!)) p.add('postcode', 'Enter a real postcode, like SW1A 1AA');
  // The distance is from the child's home to where they are placed (SSDA903 PL_DISTANCE), so it needs the placement's postcode.
  if (placement.distanceMiles !== null && placement.distanceMiles !== undefined && isBlank(placement.postcode)) {
    p.add('postcode', 'Enter the postcode of the placement, or remove the distance from home');
  }

  p.notFuture('startDate', placement.startDate, 'Start date of the placement', today);
  p.notFuture('endDate', placement.endDate, 'End date of the placement', today);
  p.notFuture('placementPlanDate', placement.placementPlanDate, 'Date of the placement plan', today);
  p.notFuture('fullApprovalDate', placement.fullApprovalDate, 'Date of full approval', today);
  p.notFuture('secureFrom', placement.secureFrom, 'Date secure accommodation started', today);
  p.notFuture('secureCourtOrderAt', placement.secureCourtOrderAt, 'Date of the secure accommodation order', today);
  p.notBefore('endDate', placement.endDate, placement.startDate, END_AFTER_START);
  // A placement is part of a period of care (SSDA903 episodes): it starts and ends within it.
  const period = (journey.periodsOfCare ?? []).find((c) => c.id === placement.periodOfCareId);
  if (!period) p.add('periodOfCareId', 'Select the period of care this placement belongs to');
  else {
    p.notBefore('startDate', placement.startDate, period.startDate, `Start date of the placement must be on or after the child became looked after ${when(period.startDate)}`);
    if (period.endDate) p.notAfter('endDate', placement.endDate, period.endDate, `End date of the placement must be on or before the child stopped being looked after ${when(period.endDate)}`);
  }
  checkReasonForChange(placement, period, journey.placements ?? [], p);
}

/**
 * The placement provider (SSDA903 PLACE_PROVIDER; ssd_cla_placement.yml: "For each placement, except
 * those children looked-after placed in temporary placements (T0-T4) or other placements (Z1) a
 * placement provider code is required … Children placed with their own parents … should be allocated
 * code PR0, only"). 903 rules: 213 none for a temporary placement; 550 PR0 only with P1; 527, 528, 530
 * and 531 no other provider with P1, and no local authority provider for R2 or R5; 529 no other public
 * provider for adoption, children's home or foster placements; 526 a provider for every other placement.
 */
function checkPlacementProvider({ typeCode, providerCode }: Placement, p: Problems): void {
  if (isTemporary(typeCode)) {
    if (providerCode) p.add('providerCode', 'Remove the placement provider: a temporary placement (T0 to T4) does not have one');
  } else if (providerCode === 'PR0' && typeCode !== 'P1') {
    p.add('providerCode', 'Select ‘Parent(s) or other person(s) with parental responsibility’ only for a placement with parents (P1)');
  } else if (typeCode === 'P1' && providerCode && providerCode !== 'PR0') {
    p.add('providerCode', 'Select ‘Parent(s) or other person(s) with parental responsibility’: it is the only provider of a placement with parents (P1)');
  } else if ((providerCode === 'PR1' || providerCode === 'PR2') && (typeCode === 'R2' || typeCode === 'R5')) {
    p.add('providerCode', 'Select another provider: a local authority does not provide NHS or health placements (R2) or young offender institutions (R5)');
  } else if (providerCode === 'PR3' && /^(A[3-6]|K[12]|U[1-6])$/.test(typeCode)) {
    p.add('providerCode', 'Select another provider: other public provision does not provide adoption, children’s home or foster placements');
  } else if (!providerCode && typeCode !== 'Z1' && PLACEMENT_TYPES.some(([c]) => c === typeCode)) {
    p.add('providerCode', 'Select the placement provider');
  }
}

/**
 * The reason for a placement change (SSDA903 REASON_PLACE_CHANGE) is "recorded against the episode that
 * is ceasing" (ssd_cla_placement.yml). 903 rule 225 wants it when an episode ends in a move and the child
 * stays looked after (X1 followed by a new placement, neither of them temporary): here, a placement that
 * ended before its period of care did. Rule 233: not while the placement has not ended. Rule 226: none
 * for a temporary placement (T0 to T4) or for the move into one. When the period of care ended the day
 * the placement did, the child left care rather than moved, and the reason they left is the period's.
 */
function checkReasonForChange(placement: Placement, period: PeriodOfCare | undefined, placements: readonly Placement[], p: Problems): void {
  const reason = placement.reasonForChange;
  if (!placement.endDate) {
    if (reason) p.add('endDate', 'Enter the date the placement ended');
    return;
  }
  if (!period) return;
  if (period.endDate && period.endDate <= placement.endDate) {
    if (reason) p.add('reasonForChange', `Remove the reason for the placement change: the child stopped being looked after when the placement ended ${when(period.endDate)}`);
    return;
  }
  const next = placements.find((o) => o.id !== placement.id && o.periodOfCareId === placement.periodOfCareId && o.startDate === placement.endDate);
  if (isTemporary(placement.typeCode) || isTemporary(next?.typeCode)) {
    if (reason) p.add('reasonForChange', 'Remove the reason for the placement change: there is none for a temporary placement (T0 to T4) or a move into one');
    return;
  }
  if (!reason) p.add('reasonForChange', 'Select the reason for the placement change');
}

export function checkClaReview(review: ClaReview, context: WriteContext, p: Problems): void {
  // 903 rule 167: the participation code is one of PN0..PN7.
  p.inSet('participationCode', review.participationCode, REVIEW_PARTICIPATION, 'Select how the child took part from the list');
  checkDatedMeeting(review, 'looked after review', context, p);
  // 903 rules 440 and 441: PN0 is for a child under 4 on the day of the review, and only for them.
  const born = context.journey.child.dateOfBirth;
  if (!review.participationCode || !born || born > review.date) return;
  const underFour = ageInYears(born, review.date) < 4;
  if (review.participationCode === 'PN0' && !underFour) p.add('participationCode', `Select how the child took part: they were 4 or over on the day of the review (born ${formatDate(born)})`);
  if (review.participationCode !== 'PN0' && underFour) p.add('participationCode', `Select ‘Child aged under 4 at the time of the review’: the child was under 4 on the day of the review (born ${formatDate(born)})`);
}

export function checkDatedMeeting(record: ClaReview | HealthAssessment | PersonalEducationPlan, noun: string, { today }: WriteContext, p: Problems): void {
  p.notFuture('date', record.date, `Date of the ${noun}`, today);
}

export function checkPreProceedings(pre: PreProceedings, { today }: WriteContext, p: Problems): void {
  p.notFuture('legalGatewayDate', pre.legalGatewayDate, 'Date of the legal gateway meeting', today);
  p.notFuture('letterDate', pre.letterDate, 'Date of the letter before proceedings', today);
  p.notFuture('meetingDate', pre.meetingDate, 'Date of the pre-proceedings meeting', today);
  p.notFuture('endDate', pre.endDate, 'End date of pre-proceedings', today);
  // The legal gateway (planning) meeting decides to send the letter before proceedings, so it comes first
  // (Public Law Outline, PD12A; the letter starts pre-proceedings).
  p.notAfter('legalGatewayDate', pre.legalGatewayDate, pre.letterDate, `Date of the legal gateway meeting must be on or before the letter before proceedings ${when(pre.letterDate)}`);
  p.notBefore('meetingDate', pre.meetingDate, pre.letterDate, `Date of the pre-proceedings meeting must be on or after the letter before proceedings ${when(pre.letterDate)}`);
  p.notBefore('endDate', pre.endDate, pre.letterDate, `End date must be on or after the letter before proceedings ${when(pre.letterDate)}`);
  if (pre.endDate && !pre.outcome) p.add('outcome', 'Select how pre-proceedings ended');
  if (!pre.endDate && pre.outcome) p.add('endDate', 'Enter the date pre-proceedings ended');
}

export function checkProceedings(proceedings: Proceedings, { today }: WriteContext, p: Problems): void {
  p.notFuture('issueDate', proceedings.issueDate, 'Date the proceedings were issued', today);
  p.notFuture('finalOrderDate', proceedings.finalOrderDate, 'Date of the final order', today);
  p.notBefore('finalOrderDate', proceedings.finalOrderDate, proceedings.issueDate, `Date of the final order must be on or after the proceedings were issued ${when(proceedings.issueDate)}`);
  if (proceedings.finalOrderDate && isBlank(proceedings.finalOrder)) p.add('finalOrder', 'Enter the final order');
  if (!proceedings.finalOrderDate && !isBlank(proceedings.finalOrder)) p.add('finalOrderDate', 'Enter the date of the final order');
  checkHearings(proceedings, today, p);
}

/**
 * The hearings of care proceedings happen between the issue of the application and the final order: none
 * before the issue date, none after the final order once there is one, none in the future (a hearing
 * listed but not yet heard is not recorded here), and each says what kind of hearing it was. The form
 * shows one message for the list, so checks run over every hearing in turn, most fundamental first; the
 * message names the hearing by its date.
 */
function checkHearings({ hearings = [], issueDate, finalOrderDate }: Proceedings, today: string, p: Problems): void {
  for (const hearing of hearings) if (isBlank(hearing.kind)) p.add('hearings', `Enter what kind of hearing was held on ${formatDate(hearing.date)}`);
  for (const hearing of hearings) p.notFuture('hearings', hearing.date, 'Date of each hearing', today);
  for (const hearing of hearings) {
    p.notBefore('hearings', hearing.date, issueDate, `The hearing on ${formatDate(hearing.date)} must be on or after the proceedings were issued ${when(issueDate)}`);
    if (finalOrderDate) p.notAfter('hearings', hearing.date, finalOrderDate, `The hearing on ${formatDate(hearing.date)} must be on or before the final order ${when(finalOrderDate)}`);
  }
}

/**
 * The steps to adoption, in the order the Adoption and Children Act 2002 takes them: the agency decision
 * that the child should be placed (Adoption Agencies Regulations 2005 reg 19), a placement order (s21)
 * where consent is not given, matching, the child moving in with the adopters (placement), and the
 * adoption order, which needs the child to have had their home with the adopters first (s42). 903 rules:
 * 333 and 521 the decision on or before matching and placement; 554 on or before the placement order;
 * 331 matching on or before placement; 522 the decision on or before its reversal; 563 no reversal
 * without a decision.
 */
export function checkAdoption(adoption: Adoption, { today }: WriteContext, p: Problems): void {
  const { decisionDate, placementOrderDate, matchedDate, placedDate, adoptionOrderDate, decisionReversedDate, decisionReversedReason } = adoption;
  p.notFuture('decisionDate', decisionDate, 'Date of the decision that the child should be placed for adoption', today);
  p.notFuture('placementOrderDate', placementOrderDate, 'Date of the placement order', today);
  p.notFuture('matchedDate', matchedDate, 'Date the child was matched', today);
  p.notFuture('placedDate', placedDate, 'Date the child moved in with the adopters', today);
  p.notFuture('adoptionOrderDate', adoptionOrderDate, 'Date of the adoption order', today);
  p.notFuture('decisionReversedDate', decisionReversedDate, 'Date the decision was reversed', today);

  // An adoption order without a placement is refused: the child must have lived with the adopters first.
  if (adoptionOrderDate && !placedDate) p.add('adoptionOrderDate', 'Enter the date the child moved in with the adopters before recording the adoption order');
  if (placedDate) {
    const placed = when(placedDate);
    p.notBefore('adoptionOrderDate', adoptionOrderDate, placedDate, `Date of the adoption order must be on or after the child moved in with the adopters ${placed}`);
    p.notAfter('matchedDate', matchedDate, placedDate, `Date the child was matched must be on or before the child moved in with the adopters ${placed}`);
    p.notAfter('placementOrderDate', placementOrderDate, placedDate, `Date of the placement order must be on or before the child moved in with the adopters ${placed}`);
  }
  if (decisionReversedDate && !decisionDate) p.add('decisionDate', 'Enter the date of the decision that the child should be placed for adoption');
  // The agency records why the child should no longer be placed for adoption (Adoption Agencies
  // Regulations 2005 reg 19): a reversal and its reason are given together or not at all.
  if (decisionReversedDate && isBlank(decisionReversedReason)) p.add('decisionReversedReason', 'Enter why the child should no longer be placed for adoption');
  if (!decisionReversedDate && !isBlank(decisionReversedReason)) p.add('decisionReversedDate', 'Enter the date the decision was reversed');
  if (decisionDate) {
    const afterDecision = (what: string): string => `${what} must be on or after the decision that the child should be placed for adoption ${when(decisionDate)}`;
    p.notBefore('placementOrderDate', placementOrderDate, decisionDate, afterDecision('Date of the placement order'));
    p.notBefore('matchedDate', matchedDate, decisionDate, afterDecision('Date the child was matched'));
    p.notBefore('placedDate', placedDate, decisionDate, afterDecision('Date the child moved in with the adopters'));
    p.notBefore('decisionReversedDate', decisionReversedDate, decisionDate, afterDecision('Date the decision was reversed'));
  }
}

export function checkPrivateFostering(arrangement: PrivateFostering, { today }: WriteContext, p: Problems): void {
  p.notFuture('notificationDate', arrangement.notificationDate, 'Date of the notification', today);
  for (const date of arrangement.visitDates ?? []) p.notFuture('visitDates', date, 'Date of each visit', today);
  p.notFuture('endDate', arrangement.endDate, 'End date of the arrangement', today);
  p.notBefore('endDate', arrangement.endDate, arrangement.notificationDate, `End date must be on or after the notification ${when(arrangement.notificationDate)}`);
}

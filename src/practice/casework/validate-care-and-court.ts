// Writing the later records of a journey: looked after (periods of care, legal statuses, placements,
// reviews, health assessments, PEPs), missing episodes, pre-proceedings and proceedings, adoption, care
// leaving and private fostering. The brief for these screens is yet to come; what is checked now is what
// any record of something that happened must satisfy: it is not in the future, and it ends after it starts.
import type { ClaReview, HealthAssessment, LegalStatus, PeriodOfCare, PersonalEducationPlan, Placement } from '../journey/looked-after.ts';
import type { MissingEpisode } from '../journey/missing.ts';
import type { Adoption, PreProceedings, Proceedings } from '../journey/court.ts';
import type { CareLeaver, PrivateFostering } from '../journey/care-leaver.ts';
import { toInstant } from '../calendar/clock-hours.ts';
import { isBlank, when, type Problems, type WriteContext } from './record-write.ts';

const END_AFTER_START = 'End date must be the same as or after the start date';

export function checkPeriodOfCare(period: PeriodOfCare, { today }: WriteContext, p: Problems): void {
  p.notFuture('startDate', period.startDate, 'Date the child became looked after', today);
  p.notFuture('endDate', period.endDate, 'Date the child stopped being looked after', today);
  p.notFuture('carePlanDate', period.carePlanDate, 'Date of the care plan', today);
  p.notFuture('permanencePlanDate', period.permanencePlanDate, 'Date of the permanence plan', today);
  p.notBefore('endDate', period.endDate, period.startDate, END_AFTER_START);
}

export function checkLegalStatus(status: LegalStatus, { today }: WriteContext, p: Problems): void {
  p.notFuture('startDate', status.startDate, 'Start date of the legal status', today);
  p.notFuture('endDate', status.endDate, 'End date of the legal status', today);
  p.notBefore('endDate', status.endDate, status.startDate, END_AFTER_START);
}

export function checkPlacement(placement: Placement, { journey, today }: WriteContext, p: Problems): void {
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
}

export function checkDatedMeeting(record: ClaReview | HealthAssessment | PersonalEducationPlan, noun: string, { today }: WriteContext, p: Problems): void {
  p.notFuture('date', record.date, `Date of the ${noun}`, today);
}

export function checkMissingEpisode(episode: MissingEpisode, { today }: WriteContext, p: Problems): void {
  p.notFuture('startAt', episode.startAt, 'Date the child went missing', today);
  p.notFuture('returnedAt', episode.returnedAt, 'Date the child returned', today);
  p.notFuture('returnInterviewOfferedAt', episode.returnInterviewOfferedAt, 'Date the return interview was offered', today);
  p.notFuture('returnInterviewCompletedAt', episode.returnInterviewCompletedAt, 'Date of the return interview', today);
  // Instants, not dates: a child can go missing and return the same day.
  const before = (a: string | null | undefined, b: string | null | undefined): boolean => !!a && !!b && toInstant(a) < toInstant(b);
  if (before(episode.returnedAt, episode.startAt)) p.add('returnedAt', `The child’s return must be after they went missing ${when(episode.startAt)}`);
  // The return interview follows the return (statutory guidance on children who run away or go missing, 2014).
  for (const field of ['returnInterviewOfferedAt', 'returnInterviewCompletedAt'] as const) {
    const value = episode[field];
    if (!value) continue;
    if (!episode.returnedAt) p.add(field, 'Enter when the child returned before recording the return interview');
    else if (before(value, episode.returnedAt)) p.add(field, `The return interview must be after the child returned ${when(episode.returnedAt)}`);
  }
}

export function checkPreProceedings(pre: PreProceedings, { today }: WriteContext, p: Problems): void {
  p.notFuture('letterDate', pre.letterDate, 'Date of the letter before proceedings', today);
  p.notFuture('meetingDate', pre.meetingDate, 'Date of the pre-proceedings meeting', today);
  p.notFuture('endDate', pre.endDate, 'End date of pre-proceedings', today);
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
}

export function checkAdoption(adoption: Adoption, { today }: WriteContext, p: Problems): void {
  p.notFuture('decisionDate', adoption.decisionDate, 'Date of the decision that the child should be placed for adoption', today);
  p.notFuture('placementOrderDate', adoption.placementOrderDate, 'Date of the placement order', today);
  p.notFuture('matchedDate', adoption.matchedDate, 'Date the child was matched', today);
  p.notFuture('placedDate', adoption.placedDate, 'Date the child moved in with the adopters', today);
  p.notFuture('adoptionOrderDate', adoption.adoptionOrderDate, 'Date of the adoption order', today);
  p.notFuture('decisionReversedDate', adoption.decisionReversedDate, 'Date the decision was reversed', today);
  if (adoption.adoptionOrderDate && adoption.placedDate) {
    p.notBefore('adoptionOrderDate', adoption.adoptionOrderDate, adoption.placedDate, `Date of the adoption order must be on or after the child moved in with the adopters ${when(adoption.placedDate)}`);
  }
}

export function checkCareLeaver(leaver: CareLeaver, { today }: WriteContext, p: Problems): void {
  p.notFuture('eligibleFrom', leaver.eligibleFrom, 'Date the young person became eligible', today);
  p.notFuture('needsAssessmentDate', leaver.needsAssessmentDate, 'Date of the needs assessment', today);
  p.notFuture('personalAdviserAllocatedDate', leaver.personalAdviserAllocatedDate, 'Date the personal adviser was allocated', today);
  p.notFuture('pathwayPlanDate', leaver.pathwayPlanDate, 'Date of the pathway plan', today);
  for (const date of leaver.pathwayPlanReviewDates ?? []) p.notFuture('pathwayPlanReviewDates', date, 'Date of each pathway plan review', today);
  p.notFuture('endDate', leaver.endDate, 'End date of leaving care support', today);
  p.notBefore('endDate', leaver.endDate, leaver.eligibleFrom, `End date must be on or after the young person became eligible ${when(leaver.eligibleFrom)}`);
}

export function checkPrivateFostering(arrangement: PrivateFostering, { today }: WriteContext, p: Problems): void {
  p.notFuture('notificationDate', arrangement.notificationDate, 'Date of the notification', today);
  for (const date of arrangement.visitDates ?? []) p.notFuture('visitDates', date, 'Date of each visit', today);
  p.notFuture('endDate', arrangement.endDate, 'End date of the arrangement', today);
  p.notBefore('endDate', arrangement.endDate, arrangement.notificationDate, `End date must be on or after the notification ${when(arrangement.notificationDate)}`);
}

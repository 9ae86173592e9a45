// Writing the child protection records: strategy discussion, s47 enquiry, initial conference, CP plan,
// core group and review conference. Their order is the order of Working Together 2023 chapter 4: the
// strategy discussion decides on a s47 enquiry, the enquiry leads to an initial conference, the
// conference may make a plan, and core groups and reviews happen within the plan.
import type { CoreGroup, CpPlan, InitialConference, ReviewConference, S47Enquiry, StrategyDiscussion } from '../journey/child-protection.ts';
import { AGENCIES, STRATEGY_DECISIONS } from '../journey/code-sets.ts';
import { formatDate } from './format-date.ts';
import { checkPlan } from './validate-plan.ts';
import { earliest, latest, when, type Problems, type WriteContext } from './record-write.ts';

export function checkStrategyDiscussion(discussion: StrategyDiscussion, { journey, today, isNew }: WriteContext, p: Problems): void {
  const attendees = discussion.attendees ?? [];
  if (attendees.some((a) => !AGENCIES.some(([c]) => c === a.agency))) p.add('attendees', 'Select an agency from the list for each person who took part');
  p.inSet('decision', discussion.decision, STRATEGY_DECISIONS, 'Select a decision from the list');

  p.notFuture('thresholdDecisionDate', discussion.thresholdDecisionDate, 'Date of the threshold decision', today);
  p.notFuture('date', discussion.date, 'Date of the strategy discussion', today);
  p.notBefore('date', discussion.date, discussion.thresholdDecisionDate, `Date of the strategy discussion must be the same as or after the threshold decision ${when(discussion.thresholdDecisionDate)}`);

  if (discussion.date) {
    // A discussion that has been held had people in it and reached a decision (Working Together 2023,
    // 4.4.12: who takes part; the discussion decides whether to start a s47 enquiry).
    if (attendees.length === 0) p.add('attendees', 'Add at least one person who took part');
    if (!discussion.decision) p.add('decision', 'Select what the strategy discussion decided');
  } else {
    if (discussion.time) p.add('date', 'Enter the date the strategy discussion was held, or remove the time');
    else if (discussion.decision) p.add('date', 'Enter the date the strategy discussion was held before recording its decision');
  }

  if (discussion.contactId) {
    const contact = (journey.contacts ?? []).find((c) => c.id === discussion.contactId);
    if (!contact) p.add('contactId', 'Select the contact that led to this strategy discussion');
    else p.notBefore('thresholdDecisionDate', discussion.thresholdDecisionDate, contact.receivedAt, `Date of the threshold decision must be on or after the contact was received ${when(contact.receivedAt)}`);
  }
  if (discussion.referralId) {
    const referral = (journey.referrals ?? []).find((r) => r.id === discussion.referralId);
    if (!referral) p.add('referralId', 'Select the referral that led to this strategy discussion');
    else p.notBefore('thresholdDecisionDate', discussion.thresholdDecisionDate, referral.referralDate, `Date of the threshold decision must be on or after the referral ${when(referral.referralDate)}`);
  }

  // Changing a held discussion must not leave a s47 enquiry starting before it, or without it.
  if (!isNew) {
    const first = earliest((journey.s47Enquiries ?? []).filter((s) => s.strategyDiscussionId === discussion.id).map((s) => s.startDate));
    if (first && !discussion.date) p.add('date', 'Enter the date the strategy discussion was held: a section 47 enquiry has started from it');
    else if (first) p.notAfter('date', discussion.date, first, `Date of the strategy discussion must be on or before the start of the section 47 enquiry that followed it ${when(first)}`);
  }
}

export function checkS47Enquiry(enquiry: S47Enquiry, { journey, today, isNew }: WriteContext, p: Problems): void {
  p.notFuture('startDate', enquiry.startDate, 'Start date of the section 47 enquiry', today);
  p.notFuture('endDate', enquiry.endDate, 'End date of the section 47 enquiry', today);
  p.notBefore('endDate', enquiry.endDate, enquiry.startDate, 'End date must be the same as or after the start date');

  // Working Together 2023: a strategy discussion decides whether to start a s47 enquiry, so the enquiry
  // names a discussion that has been held and did not decide otherwise.
  const discussion = (journey.strategyDiscussions ?? []).find((d) => d.id === enquiry.strategyDiscussionId);
  if (!discussion) p.add('strategyDiscussionId', 'Select the strategy discussion that started this enquiry');
  else if (!discussion.date) p.add('strategyDiscussionId', 'Enter the date the strategy discussion was held before starting the section 47 enquiry');
  else if (discussion.decision && discussion.decision !== 's47') {
    p.add('strategyDiscussionId', `The strategy discussion on ${formatDate(discussion.date)} did not decide to start a section 47 enquiry`);
  } else {
    p.notBefore('startDate', enquiry.startDate, discussion.date, `Start date of the section 47 enquiry must be on or after the strategy discussion ${when(discussion.date)}`);
  }

  // The enquiry's conclusion is whether an initial conference is needed (SSD s47e_s47_outcome_json).
  if (enquiry.endDate && (enquiry.icpcRequired === null || enquiry.icpcRequired === undefined)) {
    p.add('icpcRequired', 'Select whether an initial child protection conference is needed');
  }

  if (!isNew) {
    const first = earliest((journey.initialConferences ?? []).filter((c) => c.s47EnquiryId === enquiry.id && c.date).map((c) => c.date as string));
    if (first) p.notAfter('startDate', enquiry.startDate, first, `Start date of the section 47 enquiry must be on or before the initial child protection conference ${when(first)}`);
  }
}

export function checkInitialConference(conference: InitialConference, { journey, today, isNew }: WriteContext, p: Problems): void {
  p.notFuture('date', conference.date, 'Date of the initial child protection conference', today);
  if (!conference.date && conference.planMade !== null && conference.planMade !== undefined) {
    p.add('date', 'Enter the date of the conference before recording whether a plan was made');
  }

  const enquiry = (journey.s47Enquiries ?? []).find((s) => s.id === conference.s47EnquiryId);
  if (!enquiry) p.add('s47EnquiryId', 'Select the section 47 enquiry this conference follows');
  else {
    // Working Together 2023: the initial conference is held within 15 working days of the strategy
    // discussion that started the enquiry (PRACTICE.md §3), so never before it; nor before the enquiry
    // began (CIN census 8615: the s47 start is not later than the initial conference).
    const discussion = (journey.strategyDiscussions ?? []).find((d) => d.id === enquiry.strategyDiscussionId);
    if (discussion?.date) {
      p.notBefore('date', conference.date, discussion.date, `The initial child protection conference must be on or after the strategy discussion ${when(discussion.date)}`);
    }
    p.notBefore('date', conference.date, enquiry.startDate, `The initial child protection conference must be on or after the start of the section 47 enquiry ${when(enquiry.startDate)}`);
  }

  if (!isNew) {
    const plans = (journey.cpPlans ?? []).filter((plan) => plan.initialConferenceId === conference.id);
    const first = earliest(plans.map((plan) => plan.startDate));
    if (first && conference.planMade !== true) p.add('planMade', `Select yes: a child protection plan made at this conference started on ${formatDate(first)}`);
    if (first && !conference.date) p.add('date', 'Enter the date of the conference: a child protection plan was made at it');
    else if (first) p.notAfter('date', conference.date, first, `Date of the conference must be on or before the child protection plan it made ${when(first)}`);
  }
}

export function checkCpPlan(plan: CpPlan, { journey, today, isNew }: WriteContext, p: Problems): void {
  if (plan.initialConferenceId) {
    const conference = (journey.initialConferences ?? []).find((c) => c.id === plan.initialConferenceId);
    if (!conference) p.add('initialConferenceId', 'Select the initial child protection conference that made this plan');
    else if (!conference.date) p.add('initialConferenceId', 'Enter the date of the initial child protection conference before starting the plan');
    else if (conference.planMade !== true) {
      p.add('initialConferenceId', `The initial child protection conference on ${formatDate(conference.date)} did not decide to make a child protection plan`);
    } else {
      p.notBefore('startDate', plan.startDate, conference.date, `Start date of the plan must be on or after the initial child protection conference ${when(conference.date)}`);
    }
  }
  checkPlan(plan, [
    { plans: (journey.cpPlans ?? []).filter((o) => o.id !== plan.id), noun: 'child protection plan' },
    { plans: journey.cinPlans ?? [], noun: 'child in need plan' },
  ], today, p);
  p.notFuture('ploDecisionDate', plan.ploDecisionDate, 'Date of the Public Law Outline decision', today);
  p.notBefore('ploDecisionDate', plan.ploDecisionDate, plan.startDate, `Date of the Public Law Outline decision must be on or after the plan started ${when(plan.startDate)}`);

  if (!isNew) meetingsStayWithinPlan(plan, [...(journey.coreGroups ?? []), ...(journey.reviewConferences ?? [])], 'core group meeting or review conference', p);
}

export function checkCpMeeting(meeting: CoreGroup | ReviewConference, noun: string, { journey, today }: WriteContext, p: Problems): void {
  p.notFuture('date', meeting.date, `Date of the ${noun}`, today);
  const plan = (journey.cpPlans ?? []).find((c) => c.id === meeting.cpPlanId);
  if (!plan) p.add('cpPlanId', `Select the child protection plan this ${noun} belongs to`);
  else dateWithinPlan(meeting.date, plan, noun, p);
}

/** A meeting of a plan (core group, review conference, CIN review) happens while the plan is open. */
export function dateWithinPlan(date: string, plan: { startDate: string; endDate?: string | null }, noun: string, p: Problems): void {
  p.notBefore('date', date, plan.startDate, `Date of the ${noun} must be on or after the plan started ${when(plan.startDate)}`);
  if (plan.endDate) p.notAfter('date', date, plan.endDate, `Date of the ${noun} must be on or before the plan ended ${when(plan.endDate)}`);
}

/** Editing a plan's dates must not leave its meetings outside it. */
export function meetingsStayWithinPlan(
  plan: { id: string; startDate: string; endDate?: string | null },
  meetings: readonly { cpPlanId?: string; cinPlanId?: string; date: string }[],
  noun: string,
  p: Problems,
): void {
  const dates = meetings.filter((m) => (m.cpPlanId ?? m.cinPlanId) === plan.id).map((m) => m.date);
  const first = earliest(dates);
  const last = latest(dates);
  if (first) p.notAfter('startDate', plan.startDate, first, `Start date of the plan must be on or before its first ${noun} ${when(first)}`);
  if (last) p.notBefore('endDate', plan.endDate, last, `End date of the plan must be on or after its last ${noun} ${when(last)}`);
}

// Child protection: the ICPC, core groups, review conferences, visits and the drift flag
// (Working Together to Safeguard Children 2023, chapter 2; local standards where no national rule).
import { defineClock } from '../define.ts';
import { dueDay, emitDayInstance, emitFirstWithin } from '../emit.ts';
import { emitRecurring } from '../series.ts';
import { day, daysWithin, maybeDay, memoisedDays, seenVisitDays, within } from '../days.ts';
import type { Journey } from '../../journey/journey.ts';
import type { CpPlan } from '../../journey/child-protection.ts';

function plans(journey: Journey): readonly CpPlan[] {
  return journey.cpPlans ?? [];
}

/** The days of a plan's core groups or review conferences within the plan, read once per journey and plan. */
function datesFor(journey: Journey, kind: 'coreGroups' | 'reviewConferences', plan: CpPlan): readonly number[] {
  return memoisedDays(journey, `${kind}:${plan.id}`, () =>
    daysWithin((journey[kind] ?? []).filter((r) => r.cpPlanId === plan.id).map((r) => r.date), day(plan.startDate), maybeDay(plan.endDate)),
  );
}

export const initialConference = defineClock({
  id: 'initial-child-protection-conference',
  title: 'Hold the initial child protection conference',
  stage: 'child_protection',
  subject: 'child',
  starts: 'The strategy discussion at which the s47 enquiry was started',
  due: { unit: 'working_days', amount: 15 },
  recurs: false,
  metBy: 'The ICPC is held',
  stops: 'The s47 enquiry concludes that no conference is needed',
  strength: 'SG',
  source: 'Working Together to Safeguard Children 2023, chapter 2, para 217: within 15 working days of the strategy discussion',
  evaluate(journey, ctx) {
    const conferences = journey.initialConferences ?? [];
    for (const enquiry of journey.s47Enquiries ?? []) {
      const conference = conferences.find((c) => c.s47EnquiryId === enquiry.id);
      if (!conference && enquiry.icpcRequired !== true) continue;
      const discussion = (journey.strategyDiscussions ?? []).find((s) => s.id === enquiry.strategyDiscussionId);
      const start = discussion ? day(discussion.date ?? discussion.thresholdDecisionDate) : day(enquiry.startDate);
      emitDayInstance(ctx, {
        clockId: this.id, recordId: enquiry.id, occurrence: 1, start,
        due: dueDay(this.due, this.due.amount, start, ctx),
        completed: maybeDay(conference?.date), stopped: null, unit: 'working_days',
      });
    }
  },
});

export const firstCoreGroup = defineClock({
  id: 'first-core-group',
  title: 'Hold the first core group',
  stage: 'child_protection',
  subject: 'child',
  starts: 'The child protection plan starts at the ICPC',
  due: { unit: 'working_days', amount: 10 },
  recurs: false,
  metBy: 'The first core group meets',
  stops: 'The plan ends',
  strength: 'SG',
  source: 'Working Together to Safeguard Children 2023, chapter 2, para 236: first core group within 10 working days of the ICPC',
  evaluate(journey, ctx) {
    for (const plan of plans(journey)) emitFirstWithin(ctx, this, plan.id, day(plan.startDate), maybeDay(plan.endDate), datesFor(journey, 'coreGroups', plan));
  },
});

export const laterCoreGroups = defineClock({
  id: 'later-core-groups',
  title: 'Hold the next core group',
  stage: 'child_protection',
  subject: 'child',
  starts: 'The last core group',
  due: { unit: 'working_days', amount: 20, setting: 'laterCoreGroupWorkingDays' },
  recurs: true,
  metBy: 'The core group meets',
  stops: 'The plan ends',
  strength: 'LOCAL',
  source: 'Local standard (Working Together 2023 sets only the first core group)',
  evaluate(journey, ctx) {
    for (const plan of plans(journey)) {
      const [first, ...rest] = datesFor(journey, 'coreGroups', plan);
      if (first !== undefined) emitRecurring(ctx, this, plan.id, first, maybeDay(plan.endDate), rest);
    }
  },
});

export const firstReviewConference = defineClock({
  id: 'first-review-conference',
  title: 'Hold the first child protection review conference',
  stage: 'child_protection',
  subject: 'child',
  starts: 'The ICPC that made the plan',
  due: { unit: 'months', amount: 3 },
  recurs: false,
  metBy: 'The first review conference is held',
  stops: 'The plan ends',
  strength: 'SG',
  source: 'Working Together to Safeguard Children 2023, chapter 2, para 240: first review within 3 months of the ICPC',
  evaluate(journey, ctx) {
    for (const plan of plans(journey)) emitFirstWithin(ctx, this, plan.id, day(plan.startDate), maybeDay(plan.endDate), datesFor(journey, 'reviewConferences', plan));
  },
});

export const laterReviewConferences = defineClock({
  id: 'later-review-conferences',
  title: 'Hold the next child protection review conference',
  stage: 'child_protection',
  subject: 'child',
  starts: 'The last review conference',
  due: { unit: 'months', amount: 6 },
  recurs: true,
  metBy: 'The review conference is held',
  stops: 'The plan ends',
  strength: 'SG',
  source: 'Working Together to Safeguard Children 2023, chapter 2, para 240: further reviews at intervals of not more than 6 months',
  evaluate(journey, ctx) {
    for (const plan of plans(journey)) {
      const [first, ...rest] = datesFor(journey, 'reviewConferences', plan);
      if (first !== undefined) emitRecurring(ctx, this, plan.id, first, maybeDay(plan.endDate), rest);
    }
  },
});

export const childProtectionVisits = defineClock({
  id: 'child-protection-visits',
  title: 'Visit the child on a child protection plan (child seen)',
  stage: 'child_protection',
  subject: 'child',
  starts: 'The plan starts, then each visit at which the child was seen',
  due: { unit: 'working_days', amount: 10, setting: 'cpVisitWorkingDays' },
  recurs: true,
  metBy: 'A visit at which the child is seen',
  stops: 'The plan ends',
  strength: 'LOCAL',
  source: 'Local standard (Working Together 2023 leaves visit frequency to the plan); common default every 10 working days',
  evaluate(journey, ctx) {
    const seen = seenVisitDays(journey);
    for (const plan of plans(journey)) {
      const start = day(plan.startDate);
      const end = maybeDay(plan.endDate);
      emitRecurring(ctx, this, plan.id, start, end, within(seen, start, end));
    }
  },
});

export const childProtectionPlanDrift = defineClock({
  id: 'child-protection-plan-drift',
  title: 'Decide on the Public Law Outline for a plan running 18 months',
  stage: 'child_protection',
  subject: 'child',
  starts: 'The plan starts',
  due: { unit: 'months', amount: 18 },
  recurs: false,
  metBy: 'A decision to enter the Public Law Outline',
  stops: 'The plan ends',
  strength: 'NS',
  source: 'National measure: plans lasting 2 years or more (DfE CIN census); Lantern flags at 18 months so the decision comes first',
  evaluate(journey, ctx) {
    for (const plan of plans(journey)) {
      const start = day(plan.startDate);
      emitDayInstance(ctx, {
        clockId: this.id, recordId: plan.id, occurrence: 1, start,
        due: dueDay(this.due, this.due.amount, start, ctx),
        completed: maybeDay(plan.ploDecisionDate), stopped: maybeDay(plan.endDate), unit: 'days',
      });
    }
  },
});

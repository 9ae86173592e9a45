// Child in need plans (local standards: no national timescale) and the oversight of every open case.
import { defineClock } from '../define.ts';
import { emitRecurring } from '../series.ts';
import { day, daysWithin, maybeDay, seenVisitDays, within } from '../days.ts';

export const childInNeedReview = defineClock({
  id: 'child-in-need-review',
  title: 'Review the child in need plan',
  stage: 'child_in_need',
  subject: 'child',
  starts: 'The plan starts, then each review',
  due: { unit: 'months', amount: 3, setting: 'cinReviewMonths' },
  recurs: true,
  metBy: 'A review of the plan',
  stops: 'The plan ends',
  strength: 'LOCAL',
  source: 'Local standard (Working Together 2023 expects CIN plans reviewed regularly); common default every 3 months',
  evaluate(journey, ctx) {
    for (const plan of journey.cinPlans ?? []) {
      const start = day(plan.startDate);
      const end = maybeDay(plan.endDate);
      const reviews = (journey.cinReviews ?? []).filter((r) => r.cinPlanId === plan.id).map((r) => r.date);
      emitRecurring(ctx, this, plan.id, start, end, daysWithin(reviews, start, end));
    }
  },
});

export const childInNeedVisits = defineClock({
  id: 'child-in-need-visits',
  title: 'Visit the child in need (child seen)',
  stage: 'child_in_need',
  subject: 'child',
  starts: 'The plan starts, then each visit at which the child was seen',
  due: { unit: 'working_days', amount: 20, setting: 'cinVisitWorkingDays' },
  recurs: true,
  metBy: 'A visit at which the child is seen',
  stops: 'The plan ends',
  strength: 'LOCAL',
  source: 'Local standard; common default every 20 working days',
  evaluate(journey, ctx) {
    const seen = seenVisitDays(journey);
    for (const plan of journey.cinPlans ?? []) {
      const start = day(plan.startDate);
      const end = maybeDay(plan.endDate);
      emitRecurring(ctx, this, plan.id, start, end, within(seen, start, end));
    }
  },
});

export const caseSupervision = defineClock({
  id: 'case-supervision',
  title: 'Record management oversight of the case',
  stage: 'case_oversight',
  subject: 'child',
  starts: 'The case is allocated, then each recorded supervision of it',
  due: { unit: 'months', amount: 1, setting: 'caseSupervisionMonths' },
  recurs: true,
  metBy: 'Supervision or management oversight recorded on the child’s case',
  stops: 'The case closes (no allocation remains open)',
  strength: 'NS',
  source: 'Knowledge and skills statement for practice supervisors (DfE 2018); Ofsted ILACS looks for recorded oversight; default monthly',
  evaluate(journey, ctx) {
    const allocations = journey.allocations ?? [];
    if (allocations.length === 0) return;
    let anchor = Infinity;
    let lastEnd: number | null = -Infinity;
    for (const a of allocations) {
      anchor = Math.min(anchor, day(a.startDate));
      const end = maybeDay(a.endDate);
      lastEnd = lastEnd === null || end === null ? null : Math.max(lastEnd, end);
    }
    emitRecurring(ctx, this, ctx.childId, anchor, lastEnd, daysWithin((journey.caseSupervisions ?? []).map((s) => s.date), anchor, lastEnd));
  },
});

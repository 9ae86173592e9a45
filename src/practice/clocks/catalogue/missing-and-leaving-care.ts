// Children who go missing (the return home interview), care leavers (Children (Leaving Care) Act 2000;
// Care Planning, Placement and Case Review (England) Regulations 2010 Part 7; Care Leavers (England)
// Regulations 2010) and private fostering (Children (Private Arrangements for Fostering) Regulations 2005).
import { defineClock } from '../define.ts';
import { amountOf, dueDay, emitDayInstance } from '../emit.ts';
import { emitHourInstance } from '../emit-hours.ts';
import { emitSeries } from '../series.ts';
import { day, daysWithin, maybeDay } from '../days.ts';
import { toMinute } from '../instant.ts';
import type { EvaluationContext } from '../context.ts';
import type { DueRule } from '../types.ts';
import type { Journey } from '../../journey/journey.ts';
import type { CareLeaver } from '../../journey/care-leaver.ts';
import type { MissingEpisode } from '../../journey/missing.ts';
import { addMonthsToDayNumber } from '../../calendar/periods.ts';

const MINUTES_PER_HOUR = 60;

/**
 * When the independent return interview was offered, in minutes, or null if no offer counts. Only an offer
 * by someone independent of the child's care counts (DfE 2014 guidance). An interview that was held was
 * necessarily offered by then, so a completed interview stands in for an offer time nobody recorded.
 */
function independentOfferMinute(episode: MissingEpisode): number | null {
  if (episode.offeredByIndependentPerson !== true) return null;
  const offered = episode.returnInterviewOfferedAt ? toMinute(episode.returnInterviewOfferedAt) : null;
  const held = episode.returnInterviewCompletedAt ? toMinute(episode.returnInterviewCompletedAt) : null;
  if (offered === null) return held;
  return held === null ? offered : Math.min(offered, held);
}

export const returnHomeInterview = defineClock({
  id: 'return-home-interview',
  title: 'Offer an independent return home interview',
  stage: 'missing',
  subject: 'child',
  starts: 'The child returns (or is found) after a missing episode',
  due: {
    unit: 'hours',
    amount: 72,
    note: '72 elapsed clock hours from the return, so across a clock change the deadline moves by an hour on the wall clock. Episodes recorded as "away" (whereabouts known) are not counted. The offer counts only if made by someone independent of the child’s care.',
  },
  recurs: false,
  metBy: 'A return interview offered by a person independent of the child’s care (declining it does not undo the offer)',
  stops: 'Nothing: every return from a missing episode needs the offer. A child still missing has no clock yet',
  strength: 'SG',
  source: 'Statutory guidance on children who run away or go missing from home or care (DfE, January 2014), “Return interviews”: an independent return interview offered within 72 hours of the child returning',
  evaluate(journey, ctx) {
    for (const episode of journey.missingEpisodes ?? []) {
      // A child still missing has no instance; one recorded "away" (not missing) is owed no interview.
      if (!episode.returnedAt || episode.type === 'away') continue;
      const startMinute = toMinute(episode.returnedAt);
      emitHourInstance(ctx, {
        clockId: this.id, recordId: episode.id, occurrence: 1, startMinute,
        dueMinute: startMinute + this.due.amount * MINUTES_PER_HOUR,
        completedMinute: independentOfferMinute(episode), stoppedMinute: null,
      });
    }
  },
});

/**
 * The care leaver record, if the young person is owed the leaving-care assessment, plan and adviser. A
 * qualifying care leaver (Children Act 1989 s24) is owed advice and assistance but no needs assessment,
 * pathway plan or personal adviser under these rules, so is left out.
 */
function owedLeavingCare(journey: Journey): CareLeaver | null {
  const leaver = journey.careLeaver;
  if (!leaver || leaver.eligibility === 'qualifying') return null;
  return leaver;
}

/**
 * The 16th birthday as a day number: the same month and day 16 years on. Sixteen is a multiple of four,
 * so a child born on 29 February turns 16 on 29 February (until 2100, where the months rule clamps to 28
 * February).
 */
function sixteenthBirthday(birthDay: number): number {
  return addMonthsToDayNumber(birthDay, 16 * 12);
}

export const careLeaverNeedsAssessment = defineClock({
  id: 'care-leaver-needs-assessment',
  title: 'Complete the care leaver’s needs assessment',
  stage: 'care_leavers',
  subject: 'child',
  starts: 'The 16th birthday, or becoming an eligible child if that is later',
  due: { unit: 'months', amount: 3 },
  recurs: false,
  metBy: 'The needs assessment is completed',
  stops: 'Leaving-care duties end',
  strength: 'REG',
  source: 'Care Planning, Placement and Case Review (England) Regulations 2010, reg 42(1): not more than three months after the child reaches 16 or becomes an eligible child after that age',
  evaluate(journey, ctx) {
    const leaver = owedLeavingCare(journey);
    // An unborn child (no date of birth) has no 16th birthday, and cannot be a care leaver.
    if (!leaver || ctx.birthDay === null) return;
    const start = Math.max(sixteenthBirthday(ctx.birthDay), day(leaver.eligibleFrom));
    emitDayInstance(ctx, {
      clockId: this.id, recordId: ctx.childId, occurrence: 1, start,
      due: dueDay(this.due, this.due.amount, start, ctx),
      completed: maybeDay(leaver.needsAssessmentDate), stopped: maybeDay(leaver.endDate), unit: 'days',
    });
  },
});

export const pathwayPlan = defineClock({
  id: 'pathway-plan',
  title: 'Prepare the pathway plan',
  stage: 'care_leavers',
  subject: 'child',
  starts: 'The needs assessment is completed',
  due: {
    unit: 'working_days',
    amount: 20,
    setting: 'pathwayPlanWorkingDays',
    note: 'The regulation says "as soon as possible"; Lantern turns that into the LA’s own number of working days (default 20) so that a plan not yet written shows as due and then overdue.',
  },
  recurs: false,
  metBy: 'The pathway plan is prepared',
  stops: 'Leaving-care duties end',
  strength: 'REG',
  source: 'Care Planning, Placement and Case Review (England) Regulations 2010, reg 43(1): the pathway plan prepared as soon as possible after the needs assessment. The regulation sets no number of days, so the due date is the LA’s local standard (pathwayPlanWorkingDays, default 20 working days)',
  evaluate(journey, ctx) {
    const leaver = owedLeavingCare(journey);
    const assessed = maybeDay(leaver?.needsAssessmentDate);
    if (!leaver || assessed === null) return;
    emitDayInstance(ctx, {
      clockId: this.id, recordId: ctx.childId, occurrence: 1, start: assessed,
      due: dueDay(this.due, amountOf(this.due, ctx), assessed, ctx),
      completed: maybeDay(leaver.pathwayPlanDate), stopped: maybeDay(leaver.endDate), unit: 'working_days',
    });
  },
});

export const pathwayPlanReview = defineClock({
  id: 'pathway-plan-review',
  title: 'Review the pathway plan',
  stage: 'care_leavers',
  subject: 'child',
  starts: 'The pathway plan, then each review of it',
  due: { unit: 'months', amount: 6, note: 'At intervals of not more than 6 months, each from the actual date of the last review; sooner if the young person or personal adviser asks.' },
  recurs: true,
  metBy: 'A review of the pathway plan',
  stops: 'Leaving-care duties end',
  strength: 'REG',
  source: 'Care Leavers (England) Regulations 2010, reg 7: the pathway plan reviewed at intervals of not more than six months (for an eligible child still looked after, with the looked-after review under CPPCR 2010 Part 6)',
  evaluate(journey, ctx) {
    const leaver = owedLeavingCare(journey);
    const planned = maybeDay(leaver?.pathwayPlanDate);
    if (!leaver || planned === null) return;
    const end = maybeDay(leaver.endDate);
    emitSeries(ctx, {
      clockId: this.id, recordId: ctx.childId, anchor: planned, firstDue: dueDay(this.due, this.due.amount, planned, ctx),
      nextDue: (d) => dueDay(this.due, this.due.amount, d, ctx),
      events: daysWithin(leaver.pathwayPlanReviewDates ?? [], planned, end), stop: end, unit: 'days',
    });
  },
});

export const personalAdviser = defineClock({
  id: 'personal-adviser-allocated',
  title: 'Allocate a personal adviser',
  stage: 'care_leavers',
  subject: 'child',
  starts: 'The young person becomes eligible',
  due: { unit: 'days', amount: 0, note: 'At once: an adviser allocated on or before the day the young person becomes eligible is on time; every day after is a day late.' },
  recurs: false,
  metBy: 'A personal adviser is allocated',
  stops: 'Leaving-care duties end',
  strength: 'REG',
  source: 'Children Act 1989 Sch 2 para 19C (eligible child) and s23B(2) (relevant child); Care Planning, Placement and Case Review (England) Regulations 2010, reg 44: a personal adviser for each eligible child',
  evaluate(journey, ctx) {
    const leaver = owedLeavingCare(journey);
    if (!leaver) return;
    const start = day(leaver.eligibleFrom);
    emitDayInstance(ctx, {
      clockId: this.id, recordId: ctx.childId, occurrence: 1, start,
      due: dueDay(this.due, this.due.amount, start, ctx),
      completed: maybeDay(leaver.personalAdviserAllocatedDate), stopped: maybeDay(leaver.endDate), unit: 'days',
    });
  },
});

/** Visit days for a private fostering arrangement, from its notification to its end, ascending. */
function visitDaysOf(visitDates: readonly string[] | undefined, notification: number, end: number | null): number[] {
  return daysWithin(visitDates ?? [], notification, end);
}

export const privateFosteringFirstVisit = defineClock({
  id: 'private-fostering-first-visit',
  title: 'Visit the privately fostered child',
  stage: 'private_fostering',
  subject: 'child',
  starts: 'The LA is notified of the private fostering arrangement',
  due: { unit: 'working_days', amount: 7 },
  recurs: false,
  metBy: 'The first visit to the child',
  stops: 'The arrangement ends',
  strength: 'REG',
  source: 'Children (Private Arrangements for Fostering) Regulations 2005, reg 4: the child visited within 7 working days of the notification',
  evaluate(journey, ctx) {
    for (const pf of journey.privateFostering ?? []) {
      const start = day(pf.notificationDate);
      const end = maybeDay(pf.endDate);
      emitDayInstance(ctx, {
        clockId: this.id, recordId: pf.id, occurrence: 1, start,
        due: dueDay(this.due, this.due.amount, start, ctx),
        completed: visitDaysOf(pf.visitDates, start, end)[0] ?? null, stopped: end, unit: 'working_days',
      });
    }
  },
});

/** Reg 8: the interval in the second and later years of a private fostering arrangement. */
const LATER_YEARS_VISIT_WEEKS = 12;

/**
 * The next visit after one on `visit`: 6 weeks while the visit falls in the arrangement's first year, 12
 * weeks after. An interval is judged by the year it begins in, the stricter reading of "in the first year".
 */
function nextPrivateFosteringVisit(rule: DueRule, visit: number, firstAnniversary: number, ctx: EvaluationContext): number {
  return dueDay(rule, visit < firstAnniversary ? rule.amount : LATER_YEARS_VISIT_WEEKS, visit, ctx);
}

export const privateFosteringVisits = defineClock({
  id: 'private-fostering-visits',
  title: 'Visit the privately fostered child again',
  stage: 'private_fostering',
  subject: 'child',
  starts: 'The last visit',
  due: {
    unit: 'weeks',
    amount: 6,
    note: 'At intervals of not more than 6 weeks in the first year of the arrangement (counted from the notification), then not more than 12 weeks. An interval is judged by the year in which it begins.',
  },
  recurs: true,
  metBy: 'A visit to the child',
  stops: 'The arrangement ends',
  strength: 'REG',
  source: 'Children (Private Arrangements for Fostering) Regulations 2005, reg 8: visits at intervals of not more than 6 weeks in the first year and not more than 12 weeks in any later year',
  evaluate(journey, ctx) {
    for (const pf of journey.privateFostering ?? []) {
      const notification = day(pf.notificationDate);
      const end = maybeDay(pf.endDate);
      const [first, ...rest] = visitDaysOf(pf.visitDates, notification, end);
      // Before the first visit, the first-visit clock is the one running.
      if (first === undefined) continue;
      const anniversary = addMonthsToDayNumber(notification, 12);
      emitSeries(ctx, {
        clockId: this.id, recordId: pf.id, anchor: first, firstDue: nextPrivateFosteringVisit(this.due, first, anniversary, ctx),
        nextDue: (d) => nextPrivateFosteringVisit(this.due, d, anniversary, ctx),
        events: rest.filter((d) => d > first), stop: end, unit: 'days',
      });
    }
  },
});

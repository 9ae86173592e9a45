// Children looked after: the care plan, placement plans, reviews, visits, health, education, permanence and
// connected-person approval (Care Planning, Placement and Case Review (England) Regulations 2010, "CPPCR",
// SI 2010/959, and the statutory guidance under it).
//
// What belongs to what:
// - Each period of care gets its own instances (recordId = the period's id) for the care plan, reviews,
//   health assessments, PEPs and the permanence plan. A review, health assessment or PEP belongs to a period
//   when its date falls within [period start, period end] (no end: open).
// - Each placement gets its own instances (recordId = the placement's id) for the placement plan, visits and
//   connected-person approval. A visit belongs to a placement when the child was seen and its date falls
//   within [placement start, placement end]. A placement with no end date ends with its period of care.
// - A recurring series stops at the end of its period or placement.
//
// Visits (reg 28). The one-off "within one week of the start of any placement" (reg 28(2)(a)) is
// `placement-first-visit`, occurrence 1, met by the first visit on or after the placement start. The
// recurring interval clocks are anchored at that first visit, whenever it happened (a late first visit is
// counted late once, by the one-off, and the intervals run from when it actually took place); their
// occurrences continue the numbering at 2. No visit yet: no interval instance, only the overdue one-off.
// Each interval is chosen by the date of the visit that starts it (emitSeries's nextDue):
// - placed with a parent under reg 19 / a connected person under reg 24 (reg 28(3), (4)): weekly when the
//   visit was before the first review of the period of care, then every 6 weeks (parent) / 4 weeks
//   (connected person), one clock for both;
// - any other placement (reg 28(2)(b), (c)): 6 weeks for a visit in the first year of the placement
//   [start, start + 12 months), after it 3 months if the placement is intended to last until 18, else 6 weeks.
//   An interval belongs to the first-year clock when the visit that starts it is in the first year, to the
//   after-first-year clock otherwise; the first-year series is ended by the first visit after the first year,
//   which is where the after-first-year series is anchored (one series, split in two at that visit).
import { defineClock } from '../define.ts';
import { dueDay, emitDayInstance, emitFirstWithin } from '../emit.ts';
import { emitSeries } from '../series.ts';
import { day, distinctDays, firstWithin, maybeDay, memoisedDays, seenVisitDays, within } from '../days.ts';
import type { EvaluationContext } from '../context.ts';
import type { Journey } from '../../journey/journey.ts';
import type { PeriodOfCare, Placement } from '../../journey/looked-after.ts';
import { addMonthsToDayNumber } from '../../calendar/periods.ts';
import { daysFromCivil, yearOfDayNumber } from '../../calendar/day-number.ts';
import { nextTermStart, termEnd } from '../../calendar/school-terms.ts';

// --- Reading the journey -------------------------------------------------------------------------------

function reviewDays(journey: Journey): readonly number[] {
  return memoisedDays(journey, 'claReviews', () => distinctDays(journey.claReviews));
}

function periodOf(journey: Journey, placement: Placement): PeriodOfCare | null {
  for (const p of journey.periodsOfCare ?? []) if (p.id === placement.periodOfCareId) return p;
  return null;
}

/** The placement's end, or its period of care's end when the placement has none recorded. */
function placementEnd(placement: Placement, period: PeriodOfCare | null): number | null {
  return maybeDay(placement.endDate) ?? (period ? maybeDay(period.endDate) : null);
}

/** The nth review (1-based) of a period that had taken place by the as-at date, or null. */
function heldReview(reviews: readonly number[], period: PeriodOfCare, n: number, ctx: EvaluationContext): number | null {
  const inPeriod = within(reviews, day(period.startDate), maybeDay(period.endDate));
  const d = inPeriod[n - 1];
  return d !== undefined && d <= ctx.asAtDay ? d : null;
}

// --- The care plan and the placement plan -----------------------------------------------------------

export const carePlan = defineClock({
  id: 'care-plan',
  title: 'Prepare the care plan',
  stage: 'looked_after',
  subject: 'child',
  starts: 'The child becomes looked after (the first placement, taken as the start of the period of care)',
  due: { unit: 'working_days', amount: 10, note: 'Before the first placement, or within 10 working days of its start' },
  recurs: false,
  metBy: 'The care plan is prepared (a plan dated before the placement is on time)',
  stops: 'The period of care ends',
  strength: 'REG',
  source: 'CPPCR 2010 reg 4(2): the care plan before the child is first placed or, if not practicable, within 10 working days of the start of the first placement',
  evaluate(journey, ctx) {
    for (const period of journey.periodsOfCare ?? []) {
      const start = day(period.startDate);
      emitDayInstance(ctx, {
        clockId: this.id, recordId: period.id, occurrence: 1, start,
        due: dueDay(this.due, this.due.amount, start, ctx),
        completed: maybeDay(period.carePlanDate), stopped: maybeDay(period.endDate), unit: 'working_days',
      });
    }
  },
});

export const placementPlan = defineClock({
  id: 'placement-plan',
  title: 'Prepare the placement plan',
  stage: 'looked_after',
  subject: 'child',
  starts: 'A placement starts',
  due: { unit: 'working_days', amount: 5, note: 'Before the placement, or within 5 working days of its start' },
  recurs: false,
  metBy: 'The placement plan is prepared (a plan dated before the placement is on time)',
  stops: 'The placement ends',
  strength: 'REG',
  source: 'CPPCR 2010 reg 9(1)-(2): the placement plan before the placement is made or, if not reasonably practicable, within five working days of its start',
  evaluate(journey, ctx) {
    for (const placement of journey.placements ?? []) {
      const start = day(placement.startDate);
      emitDayInstance(ctx, {
        clockId: this.id, recordId: placement.id, occurrence: 1, start,
        due: dueDay(this.due, this.due.amount, start, ctx),
        completed: maybeDay(placement.placementPlanDate), stopped: placementEnd(placement, periodOf(journey, placement)), unit: 'working_days',
      });
    }
  },
});

// --- Reviews (reg 33) -----------------------------------------------------------------------------------------

export const firstClaReview = defineClock({
  id: 'first-cla-review',
  title: 'Hold the first looked-after review',
  stage: 'looked_after',
  subject: 'child',
  starts: 'The child becomes looked after',
  due: { unit: 'working_days', amount: 20 },
  recurs: false,
  metBy: 'The first review of the child’s case',
  stops: 'The period of care ends',
  strength: 'REG',
  source: 'CPPCR 2010 reg 33(1): first review within 20 working days of the date on which the child becomes looked after',
  evaluate(journey, ctx) {
    const reviews = reviewDays(journey);
    for (const period of journey.periodsOfCare ?? []) emitFirstWithin(ctx, this, period.id, day(period.startDate), maybeDay(period.endDate), reviews);
  },
});

export const secondClaReview = defineClock({
  id: 'second-cla-review',
  title: 'Hold the second looked-after review',
  stage: 'looked_after',
  subject: 'child',
  starts: 'The first review',
  due: { unit: 'months', amount: 3 },
  recurs: false,
  metBy: 'The second review of the child’s case',
  stops: 'The period of care ends',
  strength: 'REG',
  source: 'CPPCR 2010 reg 33(2): the second review not more than three months after the first',
  evaluate(journey, ctx) {
    const reviews = reviewDays(journey);
    for (const period of journey.periodsOfCare ?? []) {
      const end = maybeDay(period.endDate);
      const [first, second] = within(reviews, day(period.startDate), end);
      if (first === undefined) continue;
      emitDayInstance(ctx, {
        clockId: this.id, recordId: period.id, occurrence: 2, start: first,
        due: dueDay(this.due, this.due.amount, first, ctx),
        completed: second ?? null, stopped: end, unit: 'days',
      });
    }
  },
});

export const laterClaReviews = defineClock({
  id: 'later-cla-reviews',
  title: 'Hold the next looked-after review',
  stage: 'looked_after',
  subject: 'child',
  starts: 'The second review, then each review after it',
  due: { unit: 'months', amount: 6 },
  recurs: true,
  metBy: 'A review of the child’s case',
  stops: 'The period of care ends',
  strength: 'REG',
  source: 'CPPCR 2010 reg 33(2): subsequent reviews at intervals of not more than six months',
  evaluate(journey, ctx) {
    const reviews = reviewDays(journey);
    for (const period of journey.periodsOfCare ?? []) {
      const end = maybeDay(period.endDate);
      const inPeriod = within(reviews, day(period.startDate), end);
      const second = inPeriod[1];
      if (second === undefined) continue;
      // Occurrence 3 is the third review: the first two are the clocks above.
      emitSeries(ctx, {
        clockId: this.id, recordId: period.id, anchor: second, firstDue: dueDay(this.due, 6, second, ctx),
        nextDue: (d) => dueDay(this.due, 6, d, ctx), events: inPeriod.slice(2), stop: end, unit: 'days', firstOccurrence: 3,
      });
    }
  },
});

// --- Visits (reg 28) ------------------------------------------------------------------------------------------

export const placementFirstVisit = defineClock({
  id: 'placement-first-visit',
  title: 'Visit the child in a new placement (child seen)',
  stage: 'looked_after',
  subject: 'child',
  starts: 'A placement starts',
  due: { unit: 'weeks', amount: 1 },
  recurs: false,
  metBy: 'A visit at which the child is seen, on or after the placement’s first day',
  stops: 'The placement ends',
  strength: 'REG',
  source: 'CPPCR 2010 reg 28(2)(a): a visit within one week of the start of any placement',
  evaluate(journey, ctx) {
    const seen = seenVisitDays(journey);
    for (const placement of journey.placements ?? []) {
      const start = day(placement.startDate);
      const end = placementEnd(placement, periodOf(journey, placement));
      emitDayInstance(ctx, {
        clockId: this.id, recordId: placement.id, occurrence: 1, start,
        due: dueDay(this.due, this.due.amount, start, ctx),
        completed: firstWithin(seen, start, end), stopped: end, unit: 'days',
      });
    }
  },
});

type VisitRegime = 'first_year' | 'after_first_year' | 'parent_or_connected_person';

const SIX_WEEKS = 42;

/** The interval clocks of reg 28 for one regime; see the comment at the top of this file. */
function emitPlacementVisits(clockId: string, regime: VisitRegime, journey: Journey, ctx: EvaluationContext): void {
  const placements = journey.placements ?? [];
  if (placements.length === 0) return;
  const seen = seenVisitDays(journey);
  if (seen.length === 0) return;
  const reviews = regime === 'parent_or_connected_person' ? reviewDays(journey) : [];
  for (const placement of placements) {
    if ((placement.placedWith !== 'other') !== (regime === 'parent_or_connected_person')) continue;
    const start = day(placement.startDate);
    const period = periodOf(journey, placement);
    const end = placementEnd(placement, period);
    const visits = within(seen, start, end);
    const first = visits[0];
    if (first === undefined) continue;
    if (regime === 'parent_or_connected_person') {
      // reg 28(3)-(4): weekly until the first review of the period of care, then 6 weeks (parent) or 4 weeks (connected person).
      const firstReview = period ? firstWithin(reviews, day(period.startDate), maybeDay(period.endDate)) : null;
      const after = placement.placedWith === 'parent' ? 6 : 4;
      const nextDue = (d: number): number => d + 7 * (firstReview !== null && d >= firstReview ? after : 1);
      emitSeries(ctx, {
        clockId, recordId: placement.id, anchor: first, firstDue: nextDue(first), nextDue,
        events: visits.slice(1), stop: end, unit: 'days', firstOccurrence: 2,
      });
      continue;
    }
    // reg 28(2)(b)-(c): 6 weeks in the first year; after it 3 months if intended to last until 18, else 6 weeks.
    const firstYearEnds = addMonthsToDayNumber(start, 12);
    const longTerm = placement.longTermUntil18 === true;
    const nextDue = (d: number): number => (d < firstYearEnds || !longTerm ? d + SIX_WEEKS : addMonthsToDayNumber(d, 3));
    let k = 0;
    while (k < visits.length && visits[k]! < firstYearEnds) k++;
    const split = visits[k];
    if (regime === 'first_year') {
      if (k === 0) continue;
      // Ends at the first visit after the first year (which meets the last first-year interval), or with the placement.
      emitSeries(ctx, {
        clockId, recordId: placement.id, anchor: first, firstDue: nextDue(first), nextDue,
        events: visits.slice(1, k + 1), stop: split ?? end, unit: 'days', firstOccurrence: 2,
      });
    } else if (split !== undefined) {
      emitSeries(ctx, {
        clockId, recordId: placement.id, anchor: split, firstDue: nextDue(split), nextDue,
        events: visits.slice(k + 1), stop: end, unit: 'days', firstOccurrence: 2 + k,
      });
    }
  }
}

export const placementVisitsFirstYear = defineClock({
  id: 'placement-visits-first-year',
  title: 'Visit the child in the first year of a placement (child seen)',
  stage: 'looked_after',
  subject: 'child',
  starts: 'The first visit in the placement, then each visit in the placement’s first year',
  due: { unit: 'weeks', amount: 6 },
  recurs: true,
  metBy: 'A visit at which the child is seen',
  stops: 'The placement ends, or the first visit after the first year (from which the after-first-year clock runs)',
  strength: 'REG',
  source: 'CPPCR 2010 reg 28(2)(b): visits at intervals of not more than six weeks for the first year of any placement',
  evaluate(journey, ctx) {
    emitPlacementVisits(this.id, 'first_year', journey, ctx);
  },
});

export const placementVisitsAfterFirstYear = defineClock({
  id: 'placement-visits-after-first-year',
  title: 'Visit the child after the first year of a placement (child seen)',
  stage: 'looked_after',
  subject: 'child',
  starts: 'The first visit on or after the placement’s first anniversary, then each visit',
  due: { unit: 'weeks', amount: 6, note: '3 months if the placement is intended to last until the child is 18, else 6 weeks' },
  recurs: true,
  metBy: 'A visit at which the child is seen',
  stops: 'The placement ends',
  strength: 'REG',
  source: 'CPPCR 2010 reg 28(2)(c): thereafter every three months where the placement is intended to last until 18, otherwise every six weeks',
  evaluate(journey, ctx) {
    emitPlacementVisits(this.id, 'after_first_year', journey, ctx);
  },
});

export const placementVisitsParentOrConnectedPerson = defineClock({
  id: 'placement-visits-parent-or-connected-person',
  title: 'Visit the child placed with a parent or a connected person (child seen)',
  stage: 'looked_after',
  subject: 'child',
  starts: 'The first visit in the placement, then each visit',
  due: { unit: 'weeks', amount: 1, note: 'Weekly until the first review, then 6 weeks (placed with a parent) or 4 weeks (connected person)' },
  recurs: true,
  metBy: 'A visit at which the child is seen',
  stops: 'The placement ends',
  strength: 'REG',
  source: 'CPPCR 2010 reg 28(3) (placed with a parent under reg 19) and 28(4) (connected person under reg 24): at least weekly until the first review, then not more than 6 / 4 weeks',
  evaluate(journey, ctx) {
    emitPlacementVisits(this.id, 'parent_or_connected_person', journey, ctx);
  },
});

// --- Health (reg 7; Promoting the health and well-being of looked-after children, 2015) ---------------------

export const initialHealthAssessment = defineClock({
  id: 'initial-health-assessment',
  title: 'Complete the initial health assessment',
  stage: 'looked_after',
  subject: 'child',
  starts: 'The child becomes looked after',
  due: { unit: 'working_days', amount: 20, note: 'In time for the first review' },
  recurs: false,
  metBy: 'A health assessment recorded as the initial one, within the period of care',
  stops: 'The period of care ends',
  strength: 'SG',
  source: 'CPPCR 2010 reg 7; Promoting the health and well-being of looked-after children (DfE/DHSC 2015): the initial health assessment within 20 working days of becoming looked after, before the first review',
  evaluate(journey, ctx) {
    const days = distinctDays(journey.healthAssessments, (a) => a.kind === 'initial');
    for (const period of journey.periodsOfCare ?? []) emitFirstWithin(ctx, this, period.id, day(period.startDate), maybeDay(period.endDate), days);
  },
});

export const reviewHealthAssessment = defineClock({
  id: 'review-health-assessment',
  title: 'Review the child’s health',
  stage: 'looked_after',
  subject: 'child',
  starts: 'The first health assessment in the period of care, then each one after it',
  due: { unit: 'months', amount: 6, note: '6 months if the child was under 5 at the previous assessment, 12 months if 5 or over' },
  recurs: true,
  metBy: 'A health assessment (of any kind) within the period of care',
  stops: 'The period of care ends',
  strength: 'SG',
  source: 'CPPCR 2010 reg 7 and Promoting the health and well-being of looked-after children (2015): review at least every six months before the fifth birthday, every twelve months after',
  evaluate(journey, ctx) {
    const assessments = distinctDays(journey.healthAssessments);
    if (assessments.length === 0) return;
    // The age is taken at the date of the previous assessment (the one the interval runs from): an assessment
    // the day before the fifth birthday sets 6 months, one on the birthday 12. The fifth birthday is 60
    // calendar months on (29 Feb clamps to 28 Feb). No date of birth: 6 months, the stricter interval.
    const fifthBirthday = ctx.birthDay === null ? null : addMonthsToDayNumber(ctx.birthDay, 60);
    const nextDue = (d: number): number => addMonthsToDayNumber(d, fifthBirthday !== null && d >= fifthBirthday ? 12 : 6);
    for (const period of journey.periodsOfCare ?? []) {
      const end = maybeDay(period.endDate);
      const inPeriod = within(assessments, day(period.startDate), end);
      const first = inPeriod[0];
      if (first === undefined) continue;
      emitSeries(ctx, {
        clockId: this.id, recordId: period.id, anchor: first, firstDue: nextDue(first), nextDue,
        events: inPeriod.slice(1), stop: end, unit: 'days',
      });
    }
  },
});

// --- Education: the personal education plan ---------------------------------------------------------------


export const personalEducationPlan = defineClock({
  id: 'personal-education-plan',
  title: 'Prepare and review the personal education plan',
  stage: 'looked_after',
  subject: 'child',
  starts: 'The child becomes looked after (the initial PEP), then each school term',
  due: { unit: 'working_days', amount: 20, note: 'Initial PEP within 20 working days (by the first review); then a PEP in each school term, due on its last day; the terms are the LA’s own (a local standard), by default autumn 1 Sep–31 Dec, spring 1 Jan–31 Mar, summer 1 Apr–31 Jul' },
  recurs: true,
  metBy: 'A PEP dated within the period of care (for a term: within the term; a later PEP meets a missed term late)',
  stops: 'The period of care ends, or the child leaves early years and statutory school age',
  strength: 'SG',
  source: 'CPPCR 2010 reg 5(b)(ii) and Sch 1 para 2; Promoting the education of looked-after and previously looked-after children (DfE 2018): the PEP in place within 20 school days and before the first review, and reviewed each term',
  evaluate(journey, ctx) {
    const birth = ctx.birthDay;
    if (birth === null) return;
    // Who needs a PEP: from the third birthday (early years; a term counts when it starts on or after the
    // birthday, so in practice the term after it) to the end of the school year in which the child turns 16
    // (statutory school age; the first 1 September after the sixteenth birthday). Post-16 PEPs are not clocked.
    const from = addMonthsToDayNumber(birth, 36);
    const sixteen = addMonthsToDayNumber(birth, 192);
    const sixteenSeptember = daysFromCivil(yearOfDayNumber(sixteen), 9, 1);
    const until = sixteen < sixteenSeptember ? sixteenSeptember : daysFromCivil(yearOfDayNumber(sixteen) + 1, 9, 1);
    const peps = distinctDays(journey.personalEducationPlans);
    for (const period of journey.periodsOfCare ?? []) {
      const start = day(period.startDate);
      const end = maybeDay(period.endDate);
      let occurrence = 1;
      if (start >= from && start < until) {
        emitDayInstance(ctx, {
          clockId: this.id, recordId: period.id, occurrence: occurrence++, start,
          due: dueDay(this.due, this.due.amount, start, ctx),
          completed: firstWithin(peps, start, end), stopped: end, unit: 'working_days',
        });
      }
      // Each term that starts after the child became looked after, up to the as-at date and the period's end.
      // The initial PEP covers the term the child came into care in.
      const last = end === null ? ctx.asAtDay : Math.min(end, ctx.asAtDay);
      // The LA's own term dates (a local standard).
      const terms = ctx.settings.schoolTerms;
      for (let term = nextTermStart(start, terms); term <= last && term < until; term = nextTermStart(term, terms)) {
        if (term < from) continue;
        emitDayInstance(ctx, {
          clockId: this.id, recordId: period.id, occurrence: occurrence++, start: term,
          due: termEnd(term, terms), completed: firstWithin(peps, term, end), stopped: end, unit: 'days',
        });
      }
    }
  },
});

// --- Permanence ---------------------------------------------------------------------------------------

export const permanencePlan = defineClock({
  id: 'permanence-plan',
  title: 'Make the permanence plan',
  stage: 'looked_after',
  subject: 'child',
  starts: 'The child becomes looked after',
  due: { unit: 'months', amount: 3, note: 'By the second review: its date if held, else its due date (3 months after the first review, or after the first review’s due date if that has not been held)' },
  recurs: false,
  metBy: 'The permanence plan is recorded',
  stops: 'The period of care ends',
  strength: 'SG',
  source: 'CPPCR 2010 reg 5(a); The Children Act 1989 guidance and regulations volume 2: care planning, placement and case review (DfE), chapter 2: the permanence plan by the second review',
  evaluate(journey, ctx) {
    const reviews = reviewDays(journey);
    for (const period of journey.periodsOfCare ?? []) {
      const start = day(period.startDate);
      const first = heldReview(reviews, period, 1, ctx);
      const second = first === null ? null : heldReview(reviews, period, 2, ctx);
      const firstOrItsDue = first ?? ctx.calendar.addWorkingDaysToDayNumber(start, 20);
      emitDayInstance(ctx, {
        clockId: this.id, recordId: period.id, occurrence: 1, start,
        due: second ?? addMonthsToDayNumber(firstOrItsDue, 3),
        completed: maybeDay(period.permanencePlanDate), stopped: maybeDay(period.endDate), unit: 'days',
      });
    }
  },
});

// --- Connected persons (regs 24-25) ---------------------------------------------------------------------

export const connectedPersonTemporaryApproval = defineClock({
  id: 'connected-person-temporary-approval',
  title: 'Approve the connected person as a foster carer before temporary approval runs out',
  stage: 'looked_after',
  subject: 'child',
  starts: 'The child is placed with a connected person under temporary approval',
  due: { unit: 'weeks', amount: 16, note: '24 weeks when the temporary approval has been extended once (by up to 8 weeks)' },
  recurs: false,
  metBy: 'The connected person is fully approved as a local authority foster parent',
  stops: 'The placement ends',
  strength: 'REG',
  source: 'CPPCR 2010 reg 24(2): temporary approval for up to 16 weeks; reg 25(2): one extension of up to 8 weeks',
  evaluate(journey, ctx) {
    for (const placement of journey.placements ?? []) {
      if (placement.placedWith !== 'connected_person') continue;
      const start = day(placement.startDate);
      const weeks = this.due.amount + (placement.temporaryApprovalExtended === true ? 8 : 0);
      emitDayInstance(ctx, {
        clockId: this.id, recordId: placement.id, occurrence: 1, start,
        due: dueDay(this.due, weeks, start, ctx),
        completed: maybeDay(placement.fullApprovalDate), stopped: placementEnd(placement, periodOf(journey, placement)), unit: 'days',
      });
    }
  },
});

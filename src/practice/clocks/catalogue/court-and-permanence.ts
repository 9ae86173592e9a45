// Courts and permanence: the adoption scorecard measures (A1, A2), pre-proceedings under the Public Law
// Outline, the 26-week limit for care proceedings, and secure accommodation without a court order.
import { defineClock } from '../define.ts';
import { dueDay, emitDayInstance } from '../emit.ts';
import { emitHourInstance } from '../emit-hours.ts';
import { day, maybeDay } from '../days.ts';
import { toMinute } from '../instant.ts';
import type { Journey } from '../../journey/journey.ts';
import { periodLeadingToAdoption } from '../adoption-period.ts';

const MINUTES_PER_HOUR = 60;

/** The earlier of two optional days (null when both are absent). */
function earliest(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  return b === null ? a : Math.min(a, b);
}


export const adoptionA1 = defineClock({
  id: 'adoption-a1-entering-care-to-moving-in',
  title: 'Adoption A1: from entering care to moving in with the adoptive family',
  stage: 'permanence',
  subject: 'child',
  starts: 'The child enters the period of care that led to the adoption decision',
  due: {
    unit: 'days',
    amount: 426,
    note: 'Scorecard threshold (426 days, about 14 months). Counted from the start of the latest period of care that began on or before the agency’s adoption decision; only once a decision exists.',
  },
  recurs: false,
  metBy: 'The child moves in with the adoptive family (placed for adoption)',
  stops: 'The adoption decision is reversed, or the period of care ends, before the child moves in',
  strength: 'NS',
  source: 'DfE adoption scorecard, indicator A1: average days between entering care and moving in with the adoptive family; threshold 426 days',
  evaluate(journey, ctx) {
    const adoption = journey.adoption;
    const period = periodLeadingToAdoption(journey);
    if (!adoption || !period) return;
    const start = day(period.startDate);
    emitDayInstance(ctx, {
      clockId: this.id, recordId: period.id, occurrence: 1, start,
      due: dueDay(this.due, this.due.amount, start, ctx),
      completed: maybeDay(adoption.placedDate),
      stopped: earliest(maybeDay(adoption.decisionReversedDate), maybeDay(period.endDate)), unit: 'days',
    });
  },
});

export const adoptionA2 = defineClock({
  id: 'adoption-a2-placement-order-to-match',
  title: 'Adoption A2: from placement order to a match with adopters',
  stage: 'permanence',
  subject: 'child',
  starts: 'The court makes the placement order (authority to place for adoption)',
  due: { unit: 'days', amount: 121, note: 'Scorecard threshold (121 days, about 4 months).' },
  recurs: false,
  metBy: 'The agency decides on a match with an adoptive family',
  stops: 'The adoption decision is reversed before a match',
  strength: 'NS',
  source: 'DfE adoption scorecard, indicator A2: average days between the placement order and the decision on a match to an adoptive family; threshold 121 days',
  evaluate(journey, ctx) {
    const adoption = journey.adoption;
    const start = maybeDay(adoption?.placementOrderDate);
    if (!adoption || start === null) return;
    emitDayInstance(ctx, {
      clockId: this.id, recordId: ctx.childId, occurrence: 1, start,
      due: dueDay(this.due, this.due.amount, start, ctx),
      completed: maybeDay(adoption.matchedDate), stopped: maybeDay(adoption.decisionReversedDate), unit: 'days',
    });
  },
});

export const preProceedings = defineClock({
  id: 'pre-proceedings',
  title: 'Conclude pre-proceedings under the Public Law Outline',
  stage: 'permanence',
  subject: 'child',
  starts: 'The letter before proceedings is sent',
  due: { unit: 'weeks', amount: 16, note: '16 weeks = 112 days from the letter before proceedings; an extension is for exceptional cases and is recorded.' },
  recurs: false,
  metBy: 'Pre-proceedings end: stepped down, or the decision to issue care proceedings',
  stops: 'Nothing: pre-proceedings always end one way or the other',
  strength: 'NS',
  source: 'Public Law Working Group, best practice guidance on pre-proceedings (2021, relaunched with the Public Law Outline in 2023): pre-proceedings normally concluded within 16 weeks',
  evaluate(journey, ctx) {
    for (const pre of journey.preProceedings ?? []) {
      const start = day(pre.letterDate);
      emitDayInstance(ctx, {
        clockId: this.id, recordId: pre.id, occurrence: 1, start,
        due: dueDay(this.due, this.due.amount, start, ctx),
        completed: maybeDay(pre.endDate), stopped: null, unit: 'days',
      });
    }
  },
});

export const careProceedings = defineClock({
  id: 'care-proceedings',
  title: 'Conclude care proceedings within 26 weeks',
  stage: 'permanence',
  subject: 'child',
  starts: 'The care application is issued',
  due: { unit: 'weeks', amount: 26, note: '26 weeks = 182 days from issue; the court may extend by up to 8 weeks at a time where necessary to resolve the proceedings justly (s32(5) and (8)).' },
  recurs: false,
  metBy: 'The final order',
  stops: 'Nothing',
  strength: 'REG',
  source: 'Children Act 1989 s32(1)(a) (as amended by the Children and Families Act 2014 s14): an application disposed of within 26 weeks beginning with the day it was issued',
  evaluate(journey, ctx) {
    for (const proceedings of journey.proceedings ?? []) {
      const start = day(proceedings.issueDate);
      emitDayInstance(ctx, {
        clockId: this.id, recordId: proceedings.id, occurrence: 1, start,
        due: dueDay(this.due, this.due.amount, start, ctx),
        completed: maybeDay(proceedings.finalOrderDate), stopped: null, unit: 'days',
      });
    }
  },
});

export const secureAccommodationWithoutOrder = defineClock({
  id: 'secure-accommodation-without-order',
  title: 'Obtain court authority for secure accommodation',
  stage: 'looked_after',
  subject: 'child',
  starts: 'The child is placed in secure accommodation',
  due: {
    unit: 'hours',
    amount: 72,
    note: '72 elapsed clock hours from the start of the secure placement. Regulation 10 counts 72 hours in aggregate in any 28 consecutive days (so an earlier secure spell shortens the time left) and in some cases extends a period ending over a Sunday or public holiday; Lantern counts each placement from its own start and applies neither. A placement that ends is taken to end at the close of its end date.',
  },
  recurs: false,
  metBy: 'The court authorises the child to be kept in secure accommodation (s25 order)',
  stops: 'The placement ends',
  strength: 'REG',
  source: 'Children (Secure Accommodation) Regulations 1991, reg 10: no more than 72 hours in secure accommodation without the authority of the court (Children Act 1989 s25)',
  evaluate(journey, ctx) {
    for (const placement of journey.placements ?? []) {
      if (!placement.secureFrom) continue;
      const startMinute = toMinute(placement.secureFrom);
      emitHourInstance(ctx, {
        clockId: this.id, recordId: placement.id, occurrence: 1, startMinute,
        dueMinute: startMinute + this.due.amount * MINUTES_PER_HOUR,
        completedMinute: placement.secureCourtOrderAt ? toMinute(placement.secureCourtOrderAt) : null,
        // A placement's end is a date: the child counts as there until the last minute of that day.
        stoppedMinute: placement.endDate ? toMinute(`${placement.endDate}T23:59`) : null,
      });
    }
  },
});

// Writing a child in need plan or review, a visit, a case supervision or a case note.
import type { CaseNote, CaseSupervision, CinPlan, CinReview, Visit } from '../journey/child-in-need.ts';
import { CASE_NOTE_KINDS, VISIT_TYPES } from '../journey/code-sets.ts';
import { checkPlan } from './validate-plan.ts';
import { dateWithinPlan, meetingsStayWithinPlan } from './validate-child-protection.ts';
import { isBlank, type Problems, type WriteContext } from './record-write.ts';

export function checkCinPlan(plan: CinPlan, { journey, today, isNew }: WriteContext, p: Problems): void {
  checkPlan(plan, [
    { plans: (journey.cinPlans ?? []).filter((o) => o.id !== plan.id), noun: 'child in need plan' },
    { plans: journey.cpPlans ?? [], noun: 'child protection plan' },
  ], today, p);
  if (!isNew) meetingsStayWithinPlan(plan, journey.cinReviews ?? [], 'child in need review', p);
}

export function checkCinReview(review: CinReview, { journey, today }: WriteContext, p: Problems): void {
  p.notFuture('date', review.date, 'Date of the child in need review', today);
  const plan = (journey.cinPlans ?? []).find((c) => c.id === review.cinPlanId);
  if (!plan) p.add('cinPlanId', 'Select the child in need plan this review belongs to');
  else dateWithinPlan(review.date, plan, 'child in need review', p);
}

export function checkVisit(visit: Visit, { today }: WriteContext, p: Problems): void {
  p.inSet('visitType', visit.visitType, VISIT_TYPES, 'Select a type of visit from the list');
  p.notFuture('date', visit.date, 'Date of the visit', today);
  // Seen alone is a kind of seen: a statutory visit clock counts only visits where the child was seen.
  if (visit.childSeenAlone === true && !visit.childSeen) p.add('childSeen', 'Select yes if the child was seen: you have said they were seen alone');
}

export function checkCaseSupervision(supervision: CaseSupervision, { today }: WriteContext, p: Problems): void {
  p.notFuture('date', supervision.date, 'Date of the supervision', today);
  // An action is done on a day that has happened; actions carried from earlier supervisions may be overdue.
  for (const action of supervision.actions ?? []) {
    if (action.doneDate && action.doneDate > today) p.add('actions', `The date “${action.what.slice(0, 60)}” was done must be today or in the past`);
    if (isBlank(action.what) || isBlank(action.owner)) p.add('actions', 'Enter what each action is and who owns it');
  }
}

export function checkCaseNote(note: CaseNote, { today }: WriteContext, p: Problems): void {
  p.inSet('kind', note.kind, CASE_NOTE_KINDS, 'Select a kind of case note from the list');
  p.notFuture('occurredAt', note.occurredAt, 'Date of the case note', today);
  // The schema asks for at least one character; a note of spaces says nothing.
  if (isBlank(note.subject)) p.add('subject', 'Enter a subject for the case note');
  if (isBlank(note.text)) p.add('text', 'Enter the case note');
}

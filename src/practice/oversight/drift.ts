// Drift: how long since anything moved a child's case on, and which actions keep being carried forward
// unchanged. Ofsted (Croydon 2017) found "drift and delay" and plans nobody tracked: reviews and
// supervision were held, but the same actions were written down again and again and nothing changed
// for the child. A clock can be met while a case drifts, so drift is measured from progress, not from
// statutory timescales. Pure: the journey and today in, the summary out.
//
// Meaningful progress is the latest of (issue 7):
//  - a plan review: a child protection review conference, a child in need review, a looked-after review
//    (IRO), a pathway plan review;
//  - a visit at which the child was seen (a visit where the child was not seen does not count, as it
//    does not meet a visit clock);
//  - a decision: a front door decision, a strategy discussion held, an s47 enquiry concluded, an initial
//    conference, an assessment authorised, a plan made (CP, CIN, care plan, permanence plan, pathway
//    plan), a decision recorded in case supervision or management oversight, a legal gateway or PLO
//    decision, a final court order, an adoption agency decision;
//  - a supervision action done.
// Dates after today are ignored (a record dated ahead is not progress yet).
//
// Carried actions: an action still open at the latest review that was also open, unchanged, at the
// review before it ("carried unchanged across two or more consecutive reviews"):
//  - supervision actions across consecutive case supervisions (not done at either);
//  - looked-after review recommendations across consecutive looked-after reviews (one recommendation
//    per line of the IRO's text; a recommendation repeated means it was not carried out);
//  - plan goals of an open CP or CIN plan whose "by when" has passed and which two or more reviews of
//    that plan held after that date have left unchanged (the plan document holds its current goals
//    only; a goal re-worded or re-dated is a new goal).
// Unchanged means the same text after normalising (see normaliseActionText): case, punctuation,
// spacing and typographic quotes do not count as a change; any change of words does. No fuzzy
// matching: a manager must be able to see why an action is counted, and a worker who rewrote an action
// has at least revisited it.
import type { Journey } from '../journey/journey.ts';
import { toDayNumber } from '../calendar/day-number.ts';

export type ProgressKind = 'plan_review' | 'visit' | 'decision' | 'action_done';

export const PROGRESS_KIND_LABELS: Record<ProgressKind, string> = {
  plan_review: 'Plan review',
  visit: 'Visit (child seen)',
  decision: 'Decision',
  action_done: 'Action done',
};

export interface Progress {
  date: string;
  kind: ProgressKind;
  /** What it was, in social workers' words ("Child in need review"). */
  what: string;
}

export type CarriedSource = 'supervision' | 'looked_after_review' | 'cp_plan' | 'cin_plan';

export interface CarriedAction {
  source: CarriedSource;
  /** The action's text as last written. */
  text: string;
  /** How many consecutive reviews it has been open at, unchanged (2 or more). */
  reviews: number;
  /** The first review of that run (for a plan goal: the date it was due by). */
  since: string;
}

export interface ChildDrift {
  /** The latest meaningful progress, or null when none is recorded. */
  lastProgress: Progress | null;
  /** Days from the latest progress to today; null when none is recorded. */
  daysSinceProgress: number | null;
  carriedActions: CarriedAction[];
}

/**
 * The comparison key for an action's text: Unicode compatibility form, lower case, typographic quotes
 * and dashes as plain ones, every run of punctuation or space as one space, trimmed. "Book the FGC."
 * and "book the  FGC" are the same action; "Book the FGC by Friday" is not.
 */
export function normaliseActionText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** One recommendation per line of the IRO's text, without list markers ("1.", "a)", "-", "•"). */
export function recommendationsOf(text: string | null | undefined): string[] {
  if (!text) return [];
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*\u2022\u2013]|\(?[0-9]{1,2}[.)]|\(?[a-z][.)])\s*/i, '').trim())
    .filter((line) => normaliseActionText(line) !== '');
}

function progressOf(journey: Journey, today: string): Progress[] {
  const found: Progress[] = [];
  const add = (date: string | null | undefined, kind: ProgressKind, what: string) => {
    if (date) found.push({ date: date.slice(0, 10), kind, what });
  };
  for (const r of journey.reviewConferences ?? []) add(r.date, 'plan_review', 'Child protection review conference');
  for (const r of journey.cinReviews ?? []) add(r.date, 'plan_review', 'Child in need review');
  for (const r of journey.claReviews ?? []) add(r.date, 'plan_review', 'Looked-after review');
  for (const d of journey.careLeaver?.pathwayPlanReviewDates ?? []) add(d, 'plan_review', 'Pathway plan review');
  for (const v of journey.visits ?? []) if (v.childSeen) add(v.date, 'visit', 'Visit, child seen');
  for (const c of journey.contacts ?? []) if (c.outcome) add(c.decidedAt, 'decision', 'Front door decision');
  for (const s of journey.strategyDiscussions ?? []) add(s.date, 'decision', 'Strategy discussion');
  for (const s of journey.s47Enquiries ?? []) add(s.endDate, 'decision', 'Section 47 enquiry concluded');
  for (const i of journey.initialConferences ?? []) add(i.date, 'decision', 'Initial child protection conference');
  for (const a of journey.assessments ?? []) add(a.authorisedDate, 'decision', 'Assessment authorised');
  for (const p of journey.cpPlans ?? []) {
    add(p.startDate, 'decision', 'Child protection plan made');
    add(p.ploDecisionDate, 'decision', 'Decision to enter the Public Law Outline');
  }
  for (const p of journey.cinPlans ?? []) add(p.startDate, 'decision', 'Child in need plan made');
  for (const p of journey.periodsOfCare ?? []) {
    add(p.carePlanDate, 'decision', 'Care plan made');
    add(p.permanencePlanDate, 'decision', 'Permanence plan made');
  }
  add(journey.careLeaver?.pathwayPlanDate, 'decision', 'Pathway plan made');
  for (const p of journey.preProceedings ?? []) add(p.legalGatewayDate, 'decision', 'Legal gateway meeting');
  for (const p of journey.proceedings ?? []) add(p.finalOrderDate, 'decision', 'Final court order');
  add(journey.adoption?.decisionDate, 'decision', 'Adoption agency decision');
  for (const s of journey.caseSupervisions ?? []) {
    if (s.decision?.trim()) add(s.date, 'decision', s.kind === 'management_oversight' ? 'Management oversight decision' : 'Supervision decision');
    for (const a of s.actions ?? []) add(a.doneDate, 'action_done', `Action done: ${a.what}`);
  }
  return found.filter((p) => p.date <= today);
}

/**
 * The open items of consecutive reviews (oldest first): the items of the latest review that were also
 * open at the reviews just before it, with the length of each run.
 */
function carriedAcross(reviews: readonly { date: string; open: readonly string[] }[], source: CarriedSource): CarriedAction[] {
  const latest = reviews.at(-1);
  if (!latest) return [];
  const carried: CarriedAction[] = [];
  const seen = new Set<string>();
  for (const text of latest.open) {
    const key = normaliseActionText(text);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    let run = 1;
    while (run < reviews.length && reviews[reviews.length - 1 - run]!.open.some((t) => normaliseActionText(t) === key)) run++;
    if (run >= 2) carried.push({ source, text: text.trim(), reviews: run, since: reviews[reviews.length - run]!.date });
  }
  return carried;
}

/** Goals of an open plan, due before two or more of the plan's reviews and still on it. */
function carriedGoals(
  plans: readonly { id: string; endDate?: string | null; goals?: readonly { what: string; byWhen: string }[] }[],
  reviewDates: (planId: string) => string[],
  today: string,
  source: CarriedSource,
): CarriedAction[] {
  const carried: CarriedAction[] = [];
  for (const plan of plans) {
    if (plan.endDate && plan.endDate <= today) continue;
    const dates = reviewDates(plan.id).filter((d) => d <= today);
    const seen = new Set<string>();
    for (const goal of plan.goals ?? []) {
      const key = `${normaliseActionText(goal.what)}|${goal.byWhen}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const since = dates.filter((d) => d > goal.byWhen).length;
      if (since >= 2) carried.push({ source, text: goal.what.trim(), reviews: since, since: goal.byWhen });
    }
  }
  return carried;
}

const byDate = <T extends { date: string }>(a: T, b: T) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

export function childDrift(journey: Journey, today: string): ChildDrift {
  // The latest progress; on the same day, the first found (reviews, then visits, then decisions).
  let lastProgress: Progress | null = null;
  for (const p of progressOf(journey, today)) if (!lastProgress || p.date > lastProgress.date) lastProgress = p;

  const supervisions = (journey.caseSupervisions ?? [])
    .filter((s) => s.date <= today)
    .sort(byDate)
    .map((s) => ({ date: s.date, open: (s.actions ?? []).filter((a) => !a.doneDate || a.doneDate > today).map((a) => a.what) }));
  const claReviews = (journey.claReviews ?? [])
    .filter((r) => r.date <= today)
    .sort(byDate)
    .map((r) => ({ date: r.date, open: recommendationsOf(r.recommendations) }));
  const carriedActions = [
    ...carriedAcross(supervisions, 'supervision'),
    ...carriedAcross(claReviews, 'looked_after_review'),
    ...carriedGoals(journey.cpPlans ?? [], (id) => (journey.reviewConferences ?? []).filter((r) => r.cpPlanId === id).map((r) => r.date), today, 'cp_plan'),
    ...carriedGoals(journey.cinPlans ?? [], (id) => (journey.cinReviews ?? []).filter((r) => r.cinPlanId === id).map((r) => r.date), today, 'cin_plan'),
  ];
  return {
    lastProgress,
    daysSinceProgress: lastProgress ? toDayNumber(today) - toDayNumber(lastProgress.date) : null,
    carriedActions,
  };
}

/** The worker and team holding the case today (the open allocation), or nulls when it is not allocated. */
export function currentHolder(journey: Journey): { workerId: string | null; teamId: string | null } {
  // As the allocation table has it: the open allocation is the one without an end date.
  const open = (journey.allocations ?? []).filter((a) => !a.endDate).sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0)).at(-1);
  return { workerId: open?.workerId ?? null, teamId: open?.teamId ?? null };
}

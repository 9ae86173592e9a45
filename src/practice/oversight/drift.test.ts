// Drift, hand-counted: each kind of progress, and actions carried across reviews (two reviews against
// one, done in between, changed text), with the text comparison.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Journey } from '../journey/journey.ts';
import { childDrift, currentHolder, normaliseActionText, recommendationsOf } from './drift.ts';
import { everything, EVERYTHING_TODAY } from '../casework/test-journey.ts';

const TODAY = '2026-03-31';
const child = { id: 'c1', dateOfBirth: '2015-06-01' };
const journey = (rest: Omit<Journey, 'child'>): Journey => ({ child, ...rest });
const action = (what: string, doneDate: string | null = null) => ({ what, owner: 'Sam', dueDate: '2026-01-20', doneDate });

test('no progress recorded: no date and no days', () => {
  const drift = childDrift(journey({ visits: [{ id: 'v1', date: '2026-03-01', childSeen: false }] }), TODAY);
  assert.deepEqual(drift, { lastProgress: null, daysSinceProgress: null, carriedActions: [] });
});

test('a visit counts only when the child was seen; days are counted from it to today', () => {
  const drift = childDrift(
    journey({
      visits: [
        { id: 'v1', date: '2026-02-01', childSeen: true },
        { id: 'v2', date: '2026-03-20', childSeen: false },
      ],
    }),
    TODAY,
  );
  // 1 February to 31 March 2026: 27 days of February after the 1st, plus 31 of March = 58.
  assert.deepEqual(drift.lastProgress, { date: '2026-02-01', kind: 'visit', what: 'Visit, child seen' });
  assert.equal(drift.daysSinceProgress, 58);
});

test('each kind of plan review is progress', () => {
  const cases: [Omit<Journey, 'child'>, string][] = [
    [{ cpPlans: [{ id: 'p', initialConferenceId: null, startDate: '2025-10-01', initialCategory: 'neglect' }], reviewConferences: [{ id: 'r', cpPlanId: 'p', date: '2026-03-10' }] }, 'Child protection review conference'],
    [{ cinPlans: [{ id: 'p', startDate: '2025-10-01' }], cinReviews: [{ id: 'r', cinPlanId: 'p', date: '2026-03-10' }] }, 'Child in need review'],
    [{ claReviews: [{ id: 'r', date: '2026-03-10' }] }, 'Looked-after review'],
    [{ careLeaver: { eligibility: 'relevant', eligibleFrom: '2025-01-01', pathwayPlanDate: '2025-10-01', pathwayPlanReviewDates: ['2026-03-10'] } }, 'Pathway plan review'],
  ];
  for (const [rest, what] of cases) {
    const drift = childDrift(journey(rest), TODAY);
    assert.deepEqual(drift.lastProgress, { date: '2026-03-10', kind: 'plan_review', what }, what);
    assert.equal(drift.daysSinceProgress, 21, what);
  }
});

test('decisions are progress: front door, supervision decision, assessment authorised', () => {
  const front = childDrift(journey({ contacts: [{ id: 'c', receivedAt: '2026-03-02T09:00', decidedAt: '2026-03-03T10:00', outcome: 'referral' }] }), TODAY);
  assert.deepEqual(front.lastProgress, { date: '2026-03-03', kind: 'decision', what: 'Front door decision' });
  assert.equal(front.daysSinceProgress, 28);
  // A supervision with no decision is not progress; one with a decision is.
  const supervision = childDrift(
    journey({
      caseSupervisions: [
        { id: 's1', date: '2026-01-05', decision: 'Step down to early help' },
        { id: 's2', date: '2026-03-05', decision: '  ' },
      ],
    }),
    TODAY,
  );
  assert.deepEqual(supervision.lastProgress, { date: '2026-01-05', kind: 'decision', what: 'Supervision decision' });
  assert.equal(supervision.daysSinceProgress, 85);
  const assessment = childDrift(journey({ referrals: [{ id: 'r', referralDate: '2026-01-01' }], assessments: [{ id: 'a', referralId: 'r', startDate: '2026-01-02', authorisedDate: '2026-02-27' }] }), TODAY);
  assert.deepEqual(assessment.lastProgress, { date: '2026-02-27', kind: 'decision', what: 'Assessment authorised' });
  assert.equal(assessment.daysSinceProgress, 32);
});

test('a supervision action done is progress, on the day it was done; a date after today is not', () => {
  const drift = childDrift(
    journey({
      caseSupervisions: [{ id: 's1', date: '2026-01-05', actions: [action('Book the family group conference', '2026-03-30'), action('Speak to the school', '2026-04-02')] }],
    }),
    TODAY,
  );
  assert.deepEqual(drift.lastProgress, { date: '2026-03-30', kind: 'action_done', what: 'Action done: Book the family group conference' });
  assert.equal(drift.daysSinceProgress, 1);
});

test('the latest of several kinds wins', () => {
  const drift = childDrift(
    journey({
      visits: [{ id: 'v', date: '2026-03-12', childSeen: true }],
      claReviews: [{ id: 'r', date: '2026-02-10' }],
      caseSupervisions: [{ id: 's', date: '2026-03-01', decision: 'Continue' }],
    }),
    TODAY,
  );
  assert.equal(drift.lastProgress?.kind, 'visit');
  assert.equal(drift.daysSinceProgress, 19);
});

test('the full journey fixture: the latest progress is found among every record type', () => {
  // Its latest progress is the care order made at the final hearing on 20 June 2025, 10 days before.
  const drift = childDrift(everything, EVERYTHING_TODAY);
  assert.deepEqual(drift.lastProgress, { date: '2025-06-20', kind: 'decision', what: 'Final court order' });
  assert.equal(drift.daysSinceProgress, 10);
  assert.deepEqual(drift.carriedActions, []);
});

test('a supervision action open at one review is not carried; open and unchanged at two consecutive reviews it is', () => {
  const one = childDrift(journey({ caseSupervisions: [{ id: 's1', date: '2026-02-01', actions: [action('Book the FGC')] }] }), TODAY);
  assert.deepEqual(one.carriedActions, []);
  const two = childDrift(
    journey({
      caseSupervisions: [
        { id: 's2', date: '2026-03-01', actions: [action('book the  FGC'), action('New action')] },
        { id: 's1', date: '2026-02-01', actions: [action('Book the FGC.')] },
      ],
    }),
    TODAY,
  );
  assert.deepEqual(two.carriedActions, [{ source: 'supervision', text: 'book the  FGC', reviews: 2, since: '2026-02-01' }]);
  const three = childDrift(
    journey({
      caseSupervisions: [
        { id: 's1', date: '2026-01-01', actions: [action('Book the FGC')] },
        { id: 's2', date: '2026-02-01', actions: [action('Book the FGC')] },
        { id: 's3', date: '2026-03-01', actions: [action('Book the FGC')] },
      ],
    }),
    TODAY,
  );
  assert.deepEqual(three.carriedActions, [{ source: 'supervision', text: 'Book the FGC', reviews: 3, since: '2026-01-01' }]);
});

test('an action done in between, or changed in its words, is not carried', () => {
  const doneBetween = childDrift(
    journey({
      caseSupervisions: [
        { id: 's1', date: '2026-01-01', actions: [action('Book the FGC')] },
        { id: 's2', date: '2026-02-01', actions: [action('Book the FGC', '2026-01-25')] },
        { id: 's3', date: '2026-03-01', actions: [action('Book the FGC')] },
      ],
    }),
    TODAY,
  );
  assert.deepEqual(doneBetween.carriedActions, [], 'the run is broken by the review at which it was done');
  const doneNow = childDrift(
    journey({
      caseSupervisions: [
        { id: 's1', date: '2026-02-01', actions: [action('Book the FGC')] },
        { id: 's2', date: '2026-03-01', actions: [action('Book the FGC', '2026-03-01')] },
      ],
    }),
    TODAY,
  );
  assert.deepEqual(doneNow.carriedActions, []);
  const changed = childDrift(
    journey({
      caseSupervisions: [
        { id: 's1', date: '2026-02-01', actions: [action('Book the FGC')] },
        { id: 's2', date: '2026-03-01', actions: [action('Book the FGC with the grandmother')] },
      ],
    }),
    TODAY,
  );
  assert.deepEqual(changed.carriedActions, []);
  // Not consecutive: open at the first and third reviews, absent at the second.
  const gap = childDrift(
    journey({
      caseSupervisions: [
        { id: 's1', date: '2026-01-01', actions: [action('Book the FGC')] },
        { id: 's2', date: '2026-02-01', actions: [] },
        { id: 's3', date: '2026-03-01', actions: [action('Book the FGC')] },
      ],
    }),
    TODAY,
  );
  assert.deepEqual(gap.carriedActions, []);
});

test('looked-after review recommendations repeated at consecutive reviews are carried, line by line', () => {
  const drift = childDrift(
    journey({
      claReviews: [
        { id: 'r1', date: '2025-09-01', recommendations: '1. Arrange family time with her brother\n2. Complete the PEP' },
        { id: 'r2', date: '2026-03-01', recommendations: '- Arrange family time with her brother.\n- Refer to CAMHS' },
      ],
    }),
    TODAY,
  );
  assert.deepEqual(drift.carriedActions, [{ source: 'looked_after_review', text: 'Arrange family time with her brother.', reviews: 2, since: '2025-09-01' }]);
  assert.deepEqual(childDrift(journey({ claReviews: [{ id: 'r1', date: '2026-03-01', recommendations: 'Arrange family time' }] }), TODAY).carriedActions, []);
});

test('a plan goal past its date and left on the plan through two reviews is carried; through one it is not', () => {
  const plan = (goals: { what: string; who: string; byWhen: string }[], endDate: string | null = null) => ({ id: 'p', initialConferenceId: null, startDate: '2025-09-01', endDate, initialCategory: 'neglect' as const, goals });
  const goals = [
    { what: 'Mother attends parenting course', who: 'Mother', byWhen: '2025-11-01' },
    { what: 'Home conditions improve', who: 'Mother', byWhen: '2026-02-01' },
  ];
  const reviews = [
    { id: 'r1', cpPlanId: 'p', date: '2025-12-01' },
    { id: 'r2', cpPlanId: 'p', date: '2026-03-01' },
  ];
  const drift = childDrift(journey({ cpPlans: [plan(goals)], reviewConferences: reviews }), TODAY);
  // The course (due 1 Nov) has been through both reviews; home conditions (due 1 Feb) only the second.
  assert.deepEqual(drift.carriedActions, [{ source: 'cp_plan', text: 'Mother attends parenting course', reviews: 2, since: '2025-11-01' }]);
  // A plan that has ended carries nothing.
  assert.deepEqual(childDrift(journey({ cpPlans: [plan(goals, '2026-03-02')], reviewConferences: reviews }), TODAY).carriedActions, []);
  // The same for a child in need plan and its reviews.
  const cin = childDrift(
    journey({ cinPlans: [{ id: 'p', startDate: '2025-09-01', goals }], cinReviews: [{ id: 'r1', cinPlanId: 'p', date: '2025-12-01' }, { id: 'r2', cinPlanId: 'p', date: '2026-03-01' }] }),
    TODAY,
  );
  assert.equal(cin.carriedActions.length, 1);
  assert.equal(cin.carriedActions[0]!.source, 'cin_plan');
});

test('the text comparison ignores case, punctuation, spacing and typographic quotes, not words', () => {
  assert.equal(normaliseActionText('  Speak to Mum’s GP — urgently! '), normaliseActionText("speak to mum's gp urgently"));
  assert.notEqual(normaliseActionText('Speak to the GP'), normaliseActionText('Speak to the school'));
  assert.deepEqual(recommendationsOf('a) First\n\n b) Second\n•Third'), ['First', 'Second', 'Third']);
});

test('the holder is the open allocation', () => {
  assert.deepEqual(
    currentHolder(journey({ allocations: [{ workerId: 'w1', teamId: 't1', startDate: '2025-01-01', endDate: '2025-06-01' }, { workerId: 'w2', teamId: 't2', startDate: '2025-06-01', endDate: null }] })),
    { workerId: 'w2', teamId: 't2' },
  );
  assert.deepEqual(currentHolder(journey({})), { workerId: null, teamId: null });
});

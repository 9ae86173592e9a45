// Hand-counted cases for the child protection and child in need clocks. Each comment shows the count.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, instancesOf, journeyOf, onlyInstance } from '../test-helpers.ts';
import {
  childProtectionPlanDrift,
  childProtectionVisits,
  firstCoreGroup,
  firstReviewConference,
  initialConference,
  laterCoreGroups,
  laterReviewConferences,
} from './child-protection.ts';
import { caseSupervision, childInNeedReview, childInNeedVisits } from './child-in-need.ts';
import type { Journey } from '../../journey/journey.ts';

const plan = (startDate: string, endDate: string | null = null, ploDecisionDate: string | null = null) => ({
  id: 'p1', initialConferenceId: 'i1', startDate, endDate, initialCategory: 'neglect' as const, ploDecisionDate,
});

// ICPC: 15 WD from the strategy discussion on Thu 10 Apr 2025: Fri 11 (1), Mon 14–Thu 17 (2–5),
// [Fri 18 Good Friday, Mon 21 Easter Monday], Tue 22–Fri 25 (6–9), Mon 28–Wed 30 (10–12),
// Thu 1 May (13), Fri 2 (14), [Mon 5 May early May holiday], Tue 6 May (15) → due 2025-05-06
function icpcJourney(conferenceDate: string | null, icpcRequired: boolean | null = true): Journey {
  return journeyOf({
    strategyDiscussions: [{ id: 's1', thresholdDecisionDate: '2025-04-09', date: '2025-04-10' }],
    s47Enquiries: [{ id: 'q1', strategyDiscussionId: 's1', startDate: '2025-04-10', icpcRequired }],
    initialConferences: conferenceDate ? [{ id: 'i1', s47EnquiryId: 'q1', date: conferenceDate }] : [],
  });
}

test('ICPC: met on time on the 15th working day, across Easter and early May', () => {
  assert.deepEqual(brief(onlyInstance(initialConference, icpcJourney('2025-05-06'), '2025-05-31')), { due: '2025-05-06', state: 'met_on_time', lateness: 0, completed: '2025-05-06' });
});

test('ICPC: met late by 2 working days', () => {
  // Thu 8 May: Wed 7 (1), Thu 8 (2)
  assert.deepEqual(brief(onlyInstance(initialConference, icpcJourney('2025-05-08'), '2025-05-31')), { due: '2025-05-06', state: 'met_late', lateness: 2, completed: '2025-05-08' });
});

test('ICPC: not yet due; and no clock when the enquiry needs no conference', () => {
  // as at Tue 22 Apr: 23, 24, 25, 28, 29, 30, 1, 2, 6 May = 9 WD left → upcoming
  assert.equal(onlyInstance(initialConference, icpcJourney(null), '2025-04-22').state, 'upcoming');
  assert.equal(instancesOf(initialConference, icpcJourney(null, false), '2025-05-31').length, 0);
});

// First core group: 10 WD from Fri 20 Dec 2024: Mon 23 (1), Tue 24 (2), [25, 26 Dec], Fri 27 (3),
// Mon 30 (4), Tue 31 (5), [1 Jan], Thu 2 (6), Fri 3 (7), Mon 6 (8), Tue 7 (9), Wed 8 Jan (10) → 2025-01-08
test('first core group: on time, late, not yet due, and stopped when the plan ends first', () => {
  const j = (dates: string[], end: string | null = null): Journey => journeyOf({ cpPlans: [plan('2024-12-20', end)], coreGroups: dates.map((date, i) => ({ id: `g${i}`, cpPlanId: 'p1', date })) });
  assert.deepEqual(brief(onlyInstance(firstCoreGroup, j(['2025-01-08']), '2025-02-01')), { due: '2025-01-08', state: 'met_on_time', lateness: 0, completed: '2025-01-08' });
  // Fri 10 Jan: Thu 9 (1), Fri 10 (2)
  assert.deepEqual(brief(onlyInstance(firstCoreGroup, j(['2025-01-10']), '2025-02-01')), { due: '2025-01-08', state: 'met_late', lateness: 2, completed: '2025-01-10' });
  assert.equal(onlyInstance(firstCoreGroup, j([]), '2024-12-23').state, 'upcoming');
  const stopped = onlyInstance(firstCoreGroup, j([], '2025-01-03'), '2025-02-01');
  assert.equal(stopped.state, 'stopped');
  assert.equal(stopped.lateness, 0);
});

test('later core groups recur every 20 WD (local) from the actual last meeting', () => {
  // first core group Wed 8 Jan 2025; 20 WD: 9, 10 (2), 13–17 (7), 20–24 (12), 27–31 (17), 3, 4, 5 Feb (20) → due Wed 5 Feb
  // held Mon 3 Feb (early, on time) → re-based: 20 WD from Mon 3 Feb: 4–7 (4), 10–14 (9), 17–21 (14), 24–28 (19), Mon 3 Mar (20)
  // held Wed 5 Mar → late by 2 (Tue 4, Wed 5); next due 20 WD from 5 Mar: 6, 7 (2), 10–14 (7), 17–21 (12), 24–28 (17), 31 Mar, 1, 2 Apr (20)
  const j = journeyOf({ cpPlans: [plan('2024-12-20')], coreGroups: ['2025-01-08', '2025-02-03', '2025-03-05'].map((date, i) => ({ id: `g${i}`, cpPlanId: 'p1', date })) });
  const all = instancesOf(laterCoreGroups, j, '2025-03-20').map(brief);
  assert.deepEqual(all, [
    { due: '2025-02-05', state: 'met_on_time', lateness: 0, completed: '2025-02-03' },
    { due: '2025-03-03', state: 'met_late', lateness: 2, completed: '2025-03-05' },
    { due: '2025-04-02', state: 'upcoming', lateness: null, completed: null },
  ]);
  // With a local standard of 10 WD the first interval is 10 WD from 8 Jan: 9, 10, 13–17, 20, 21, 22 → due Wed 22 Jan; met late on 3 Feb
  assert.equal(instancesOf(laterCoreGroups, j, '2025-03-20', { laterCoreGroupWorkingDays: 10 })[0]!.due, '2025-01-22');
});

test('first review conference: 3 calendar months, clamped at the month end', () => {
  // plan 30 Nov 2024 + 3 months = 30 Feb → clamped to Fri 28 Feb 2025
  const j = (date: string | null, start = '2024-11-30'): Journey => journeyOf({ cpPlans: [plan(start)], reviewConferences: date ? [{ id: 'r1', cpPlanId: 'p1', date }] : [] });
  assert.deepEqual(brief(onlyInstance(firstReviewConference, j('2025-02-28'), '2025-03-31')), { due: '2025-02-28', state: 'met_on_time', lateness: 0, completed: '2025-02-28' });
  // Mon 3 Mar: 1, 2, 3 Mar = 3 days late (a months clock is late in calendar days)
  assert.deepEqual(brief(onlyInstance(firstReviewConference, j('2025-03-03'), '2025-03-31')), { due: '2025-02-28', state: 'met_late', lateness: 3, completed: '2025-03-03' });
  // leap year: 30 Nov 2023 + 3 months = 29 Feb 2024
  assert.deepEqual(brief(onlyInstance(firstReviewConference, j(null, '2023-11-30'), '2024-01-15')), { due: '2024-02-29', state: 'upcoming', lateness: null, completed: null });
});

test('later review conferences every 6 months from the actual last review', () => {
  // first review 31 Aug 2024 + 6 months = 31 Feb → 28 Feb 2025; held early on 20 Feb → next due 20 Aug 2025
  const j = journeyOf({ cpPlans: [plan('2024-06-01')], reviewConferences: ['2024-08-31', '2025-02-20'].map((date, i) => ({ id: `r${i}`, cpPlanId: 'p1', date })) });
  assert.deepEqual(instancesOf(laterReviewConferences, j, '2025-03-01').map(brief), [
    { due: '2025-02-28', state: 'met_on_time', lateness: 0, completed: '2025-02-20' },
    { due: '2025-08-20', state: 'upcoming', lateness: null, completed: null },
  ]);
  // held late on 10 Mar instead: 1–10 Mar = 10 days late
  const late = journeyOf({ cpPlans: [plan('2024-06-01')], reviewConferences: ['2024-08-31', '2025-03-10'].map((date, i) => ({ id: `r${i}`, cpPlanId: 'p1', date })) });
  assert.deepEqual(brief(instancesOf(laterReviewConferences, late, '2025-03-31')[0]!), { due: '2025-02-28', state: 'met_late', lateness: 10, completed: '2025-03-10' });
});

test('child protection visits every 10 WD, child seen, across Easter 2024; stopped at plan end', () => {
  // plan Mon 25 Mar 2024: 26, 27, 28 (3), [29 Good Friday, 1 Apr Easter Monday], 2–5 (7), 8, 9, 10 (10) → due Wed 10 Apr
  // visit Wed 10 Apr (seen) on time → next: 11, 12 (2), 15–19 (7), 22, 23, 24 (10) → due Wed 24 Apr
  // a visit on Tue 23 Apr where the child was NOT seen does not count; seen on Fri 26 Apr → late by 2 (25, 26)
  // next due 10 WD after 26 Apr: 29, 30 Apr, 1, 2, 3 May (5), [6 May holiday], 7–10 (9), Mon 13 (10)
  // the plan ends on Wed 1 May: the open instance stops, not yet due, so lateness 0
  const j = journeyOf({
    cpPlans: [plan('2024-03-25', '2024-05-01')],
    visits: [
      { id: 'v1', date: '2024-04-10', childSeen: true },
      { id: 'v2', date: '2024-04-23', childSeen: false },
      { id: 'v3', date: '2024-04-26', childSeen: true, childSeenAlone: true },
    ],
  });
  const all = instancesOf(childProtectionVisits, j, '2024-06-01');
  assert.deepEqual(all.map(brief), [
    { due: '2024-04-10', state: 'met_on_time', lateness: 0, completed: '2024-04-10' },
    { due: '2024-04-24', state: 'met_late', lateness: 2, completed: '2024-04-26' },
    { due: '2024-05-13', state: 'stopped', lateness: 0, completed: null },
  ]);
  assert.deepEqual(all.map((i) => i.occurrence), [1, 2, 3]);
  // as at Fri 12 Apr, the second visit is not yet due: 15–19, 22–24 = 8 WD left → upcoming
  assert.equal(instancesOf(childProtectionVisits, j, '2024-04-12').at(-1)!.state, 'upcoming');
});

test('child protection plan drift: 18 months without a PLO decision', () => {
  // 31 Aug 2023 + 18 months = 31 Feb 2025 → 28 Feb 2025
  const overdue = onlyInstance(childProtectionPlanDrift, journeyOf({ cpPlans: [plan('2023-08-31')] }), '2025-03-10');
  assert.deepEqual(brief(overdue), { due: '2025-02-28', state: 'overdue', lateness: 10, completed: null });
  assert.equal(onlyInstance(childProtectionPlanDrift, journeyOf({ cpPlans: [plan('2023-08-31', null, '2025-01-15')] }), '2025-03-10').state, 'met_on_time');
  // decision on 3 Mar 2025: 3 days late
  assert.deepEqual(brief(onlyInstance(childProtectionPlanDrift, journeyOf({ cpPlans: [plan('2023-08-31', null, '2025-03-03')] }), '2025-03-10')), { due: '2025-02-28', state: 'met_late', lateness: 3, completed: '2025-03-03' });
  assert.equal(onlyInstance(childProtectionPlanDrift, journeyOf({ cpPlans: [plan('2023-08-31', '2024-06-01')] }), '2025-03-10').state, 'stopped');
  assert.equal(onlyInstance(childProtectionPlanDrift, journeyOf({ cpPlans: [plan('2023-08-31')] }), '2024-06-01').state, 'upcoming');
});

test('child in need review every 3 months (local) from the actual last review', () => {
  // plan 31 May 2024 + 3 months = 31 Aug 2024; reviewed 2 Sep (2 days late); + 3 months = 2 Dec; reviewed 29 Nov (on time)
  // next due 29 Nov + 3 months = 28 Feb 2025 (clamped from 29 Feb: 2025 is not a leap year)
  const j = journeyOf({ cinPlans: [{ id: 'n1', startDate: '2024-05-31', endDate: null }], cinReviews: ['2024-09-02', '2024-11-29'].map((date, i) => ({ id: `r${i}`, cinPlanId: 'n1', date })) });
  assert.deepEqual(instancesOf(childInNeedReview, j, '2025-01-10').map(brief), [
    { due: '2024-08-31', state: 'met_late', lateness: 2, completed: '2024-09-02' },
    { due: '2024-12-02', state: 'met_on_time', lateness: 0, completed: '2024-11-29' },
    { due: '2025-02-28', state: 'upcoming', lateness: null, completed: null },
  ]);
  // a 6-weekly local standard is not possible in months; a 2-month one moves the first due date to 31 Jul
  assert.equal(instancesOf(childInNeedReview, j, '2025-01-10', { cinReviewMonths: 2 })[0]!.due, '2024-07-31');
});

test('child in need visits every 20 WD (local): on time, late, due soon', () => {
  // plan Mon 2 Dec 2024: 3–6 (4), 9–13 (9), 16–20 (14), 23, 24 (16), [25, 26], 27 (17), 30, 31 (19), [1 Jan], Thu 2 Jan (20)
  // seen Thu 2 Jan on time; next: 3 (1), 6–10 (6), 13–17 (11), 20–24 (16), 27–30 (20) → Thu 30 Jan; seen Mon 3 Feb: 31, 3 → 2 late
  // next: 4–7 (4), 10–14 (9), 17–21 (14), 24–28 (19), Mon 3 Mar (20); as at Wed 26 Feb: 27, 28, 3 = 3 WD left → due soon
  const j = journeyOf({ cinPlans: [{ id: 'n1', startDate: '2024-12-02', endDate: null }], visits: [{ id: 'v1', date: '2025-01-02', childSeen: true }, { id: 'v2', date: '2025-02-03', childSeen: true }] });
  assert.deepEqual(instancesOf(childInNeedVisits, j, '2025-02-26').map(brief), [
    { due: '2025-01-02', state: 'met_on_time', lateness: 0, completed: '2025-01-02' },
    { due: '2025-01-30', state: 'met_late', lateness: 2, completed: '2025-02-03' },
    { due: '2025-03-03', state: 'due_soon', lateness: null, completed: null },
  ]);
});

test('case supervision monthly from allocation; the worker at the time is recorded', () => {
  // allocated 31 Jan 2025 to w1 → due 28 Feb (clamped); supervised 28 Feb (on time) → due 28 Mar; supervised 4 Apr (7 days late)
  // re-allocated to w2 on 1 Apr: the late instance was met on 4 Apr, when w2 held the case
  const j = journeyOf({
    allocations: [
      { workerId: 'w1', teamId: 't1', startDate: '2025-01-31', endDate: '2025-03-31' },
      { workerId: 'w2', teamId: 't2', startDate: '2025-04-01', endDate: null },
    ],
    caseSupervisions: [{ id: 's1', date: '2025-02-28' }, { id: 's2', date: '2025-04-04' }],
  });
  const all = instancesOf(caseSupervision, j, '2025-04-10');
  assert.deepEqual(all.map(brief), [
    { due: '2025-02-28', state: 'met_on_time', lateness: 0, completed: '2025-02-28' },
    { due: '2025-03-28', state: 'met_late', lateness: 7, completed: '2025-04-04' },
    { due: '2025-05-04', state: 'upcoming', lateness: null, completed: null },
  ]);
  assert.deepEqual(all.map((i) => i.workerId), ['w1', 'w2', 'w2']);
});

// Hand-counted cases for the children-looked-after clocks (CPPCR 2010). Each comment shows the count.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, instancesOf, journeyOf, onlyInstance } from '../test-helpers.ts';
import type { ClockInstance } from '../types.ts';
import type { Journey } from '../../journey/journey.ts';
import type { Placement } from '../../journey/looked-after.ts';
import {
  carePlan,
  connectedPersonTemporaryApproval,
  firstClaReview,
  initialHealthAssessment,
  laterClaReviews,
  permanencePlan,
  personalEducationPlan,
  placementFirstVisit,
  placementPlan,
  placementVisitsAfterFirstYear,
  placementVisitsFirstYear,
  placementVisitsParentOrConnectedPerson,
  reviewHealthAssessment,
  secondClaReview,
} from './looked-after.ts';

type Brief = ReturnType<typeof brief>;

/** brief() plus where the instance starts and which occurrence it is, for the series. */
function step(i: ClockInstance): Brief & { occurrence: number; started: string } {
  return { occurrence: i.occurrence, started: i.started, ...brief(i) };
}

const briefs = (all: ClockInstance[]): Brief[] => all.map(brief);
const steps = (all: ClockInstance[]): ReturnType<typeof step>[] => all.map(step);

const visits = (dates: readonly string[], seen = true): NonNullable<Journey['visits']> =>
  dates.map((date, n) => ({ id: `v${date}-${n}`, date, childSeen: seen }));

function placement(id: string, startDate: string, extra: Partial<Placement> = {}): Placement {
  return { id, periodOfCareId: 'p1', startDate, typeCode: 'U4', placedWith: 'other', ...extra };
}

// --- Care plan (reg 4(2)): 10 WD ------------------------------------------------------------------------------

const cared = (startDate: string, carePlanDate: string | null, endDate: string | null = null): Journey =>
  journeyOf({ periodsOfCare: [{ id: 'p1', startDate, endDate, carePlanDate }] });

// 10 WD from Wed 27 Mar 2024: Thu 28 (1), [Fri 29 Good Friday, Sat, Sun, Mon 1 Apr Easter Monday],
// Tue 2 (2), Wed 3 (3), Thu 4 (4), Fri 5 (5), Mon 8 (6), Tue 9 (7), Wed 10 (8), Thu 11 (9), Fri 12 (10) → 2024-04-12
test('care plan: a plan dated before the first placement is on time; so is one on the 10th working day across Easter', () => {
  assert.deepEqual(brief(onlyInstance(carePlan, cared('2024-03-27', '2024-03-26'), '2024-05-31')), { due: '2024-04-12', state: 'met_on_time', lateness: 0, completed: '2024-03-26' });
  assert.deepEqual(brief(onlyInstance(carePlan, cared('2024-03-27', '2024-04-12'), '2024-05-31')), { due: '2024-04-12', state: 'met_on_time', lateness: 0, completed: '2024-04-12' });
});

test('care plan: met late by 2 working days', () => {
  // Tue 16 Apr: Mon 15 (1), Tue 16 (2)
  assert.deepEqual(brief(onlyInstance(carePlan, cared('2024-03-27', '2024-04-16'), '2024-05-31')), { due: '2024-04-12', state: 'met_late', lateness: 2, completed: '2024-04-16' });
});

test('care plan: upcoming, due soon, overdue, and stopped when the child leaves care', () => {
  // as at Thu 28 Mar: Apr 2, 3, 4, 5, 8, 9, 10, 11, 12 = 9 WD left > 5 → upcoming
  assert.equal(onlyInstance(carePlan, cared('2024-03-27', null), '2024-03-28').state, 'upcoming');
  // as at Mon 8 Apr: 9, 10, 11, 12 = 4 WD left → due soon
  assert.equal(onlyInstance(carePlan, cared('2024-03-27', null), '2024-04-08').state, 'due_soon');
  // as at Wed 17 Apr: 15, 16, 17 → 3 WD overdue
  assert.deepEqual(brief(onlyInstance(carePlan, cared('2024-03-27', null), '2024-04-17')), { due: '2024-04-12', state: 'overdue', lateness: 3, completed: null });
  const stopped = onlyInstance(carePlan, cared('2024-03-27', null, '2024-04-05'), '2024-05-31');
  assert.equal(stopped.state, 'stopped');
  assert.equal(stopped.lateness, 0);
});

test('care plan: nothing before the child becomes looked after', () => {
  assert.deepEqual(instancesOf(carePlan, cared('2024-03-27', null), '2024-03-26'), []);
});

// --- Placement plan (reg 9): 5 WD -------------------------------------------------------------------------

const placed = (...placements: Placement[]): Journey =>
  journeyOf({ periodsOfCare: [{ id: 'p1', startDate: '2022-05-31' }], placements });

// 5 WD from Tue 31 May 2022: Wed 1 Jun (1), [Thu 2 and Fri 3 Jun jubilee holidays, Sat 4, Sun 5], Mon 6 (2),
// Tue 7 (3), Wed 8 (4), Thu 9 (5) → 2022-06-09
test('placement plan: on time when prepared before the placement or on the 5th working day across the 2022 jubilee', () => {
  const j = placed(placement('pl1', '2022-05-31', { placementPlanDate: '2022-05-30' }), placement('pl2', '2022-05-31', { placementPlanDate: '2022-06-09' }));
  assert.deepEqual(instancesOf(placementPlan, j, '2022-07-01').map((i) => [i.recordId, brief(i)]), [
    ['pl1', { due: '2022-06-09', state: 'met_on_time', lateness: 0, completed: '2022-05-30' }],
    ['pl2', { due: '2022-06-09', state: 'met_on_time', lateness: 0, completed: '2022-06-09' }],
  ]);
});

test('placement plan: met late, across the 2022 jubilee and the state funeral', () => {
  // Mon 13 Jun: Fri 10 (1), Mon 13 (2) → 2 WD late
  assert.deepEqual(brief(onlyInstance(placementPlan, placed(placement('pl1', '2022-05-31', { placementPlanDate: '2022-06-13' })), '2022-07-01')), {
    due: '2022-06-09', state: 'met_late', lateness: 2, completed: '2022-06-13',
  });
  // From Fri 16 Sep 2022: [Sat, Sun, Mon 19 Sep state funeral], Tue 20 (1), Wed 21 (2), Thu 22 (3), Fri 23 (4), Mon 26 (5) → 2022-09-26;
  // prepared Wed 28 Sep: Tue 27 (1), Wed 28 (2) → 2 WD late
  assert.deepEqual(brief(onlyInstance(placementPlan, placed(placement('pl2', '2022-09-16', { placementPlanDate: '2022-09-28' })), '2022-10-31')), {
    due: '2022-09-26', state: 'met_late', lateness: 2, completed: '2022-09-28',
  });
});

test('placement plan: due soon from the first day (5 WD is within the due-soon window); stopped when the placement ends', () => {
  // as at Fri 3 Jun 2022 (a holiday): Jun 6, 7, 8, 9 = 4 WD left → due soon
  assert.equal(onlyInstance(placementPlan, placed(placement('pl1', '2022-05-31')), '2022-06-03').state, 'due_soon');
  assert.equal(onlyInstance(placementPlan, placed(placement('pl1', '2022-05-31', { endDate: '2022-06-01' })), '2022-07-01').state, 'stopped');
});

// --- Reviews (reg 33) --------------------------------------------------------------------------------------

const reviewed = (startDate: string, reviewDates: readonly string[], endDate: string | null = null): Journey =>
  journeyOf({ periodsOfCare: [{ id: 'p1', startDate, endDate }], claReviews: reviewDates.map((date, n) => ({ id: `r${n}`, date })) });

// 20 WD from Mon 2 Dec 2024: Dec 3–6 (1–4), 9–13 (5–9), 16–20 (10–14), Mon 23 (15), Tue 24 (16),
// [25, 26 Dec bank holidays], Fri 27 (17), Mon 30 (18), Tue 31 (19), [1 Jan bank holiday], Thu 2 Jan (20) → 2025-01-02
test('first CLA review: on time on the 20th working day across Christmas; an earlier period’s review does not count', () => {
  assert.deepEqual(brief(onlyInstance(firstClaReview, reviewed('2024-12-02', ['2024-11-01', '2025-01-02']), '2025-02-01')), {
    due: '2025-01-02', state: 'met_on_time', lateness: 0, completed: '2025-01-02',
  });
});

test('first CLA review: met late by 2 working days', () => {
  // Mon 6 Jan: Fri 3 (1), Mon 6 (2)
  assert.deepEqual(brief(onlyInstance(firstClaReview, reviewed('2024-12-02', ['2025-01-06']), '2025-02-01')), {
    due: '2025-01-02', state: 'met_late', lateness: 2, completed: '2025-01-06',
  });
});

test('first CLA review: upcoming, then due soon over Christmas', () => {
  // as at Fri 20 Dec: 23, 24, 27, 30, 31, 2 Jan = 6 WD left → upcoming
  assert.equal(onlyInstance(firstClaReview, reviewed('2024-12-02', []), '2024-12-20').state, 'upcoming');
  // as at Mon 23 Dec: 24, 27, 30, 31, 2 Jan = 5 → due soon
  assert.equal(onlyInstance(firstClaReview, reviewed('2024-12-02', []), '2024-12-23').state, 'due_soon');
});

// First review Thu 30 Nov 2023 + 3 months = 30 Feb 2024 → clamped to Thu 29 Feb 2024 (a leap year)
test('second CLA review: due 3 months after the first, clamped to the leap day; on time on 29 Feb', () => {
  assert.deepEqual(brief(onlyInstance(secondClaReview, reviewed('2023-11-01', ['2023-11-30', '2024-02-29']), '2024-04-01')), {
    due: '2024-02-29', state: 'met_on_time', lateness: 0, completed: '2024-02-29',
  });
});

test('second CLA review: met late by 1 day (months count in days)', () => {
  // Fri 1 Mar 2024 is 1 day after 29 Feb
  assert.deepEqual(brief(onlyInstance(secondClaReview, reviewed('2023-11-01', ['2023-11-30', '2024-03-01']), '2024-04-01')), {
    due: '2024-02-29', state: 'met_late', lateness: 1, completed: '2024-03-01',
  });
});

test('second CLA review: none before the first review; upcoming then due soon after it', () => {
  assert.deepEqual(instancesOf(secondClaReview, reviewed('2023-11-01', ['2023-11-30']), '2023-11-29'), []);
  // as at Thu 1 Feb 2024: far more than 5 WD to 29 Feb → upcoming
  assert.equal(onlyInstance(secondClaReview, reviewed('2023-11-01', ['2023-11-30']), '2024-02-01').state, 'upcoming');
  // as at Fri 23 Feb: Mon 26, 27, 28, Thu 29 = 4 WD → due soon
  const i = onlyInstance(secondClaReview, reviewed('2023-11-01', ['2023-11-30']), '2024-02-23');
  assert.equal(i.state, 'due_soon');
  assert.equal(i.started, '2023-11-30');
  assert.equal(i.occurrence, 2);
});

// Reviews: first Fri 29 Jul 2022, second Wed 31 Aug 2022. Third due 31 Aug 2022 + 6 months = 31 Feb 2023 → 28 Feb 2023.
test('later CLA reviews: 31 Aug + 6 months = 28 Feb; on time, and the next is re-based on the actual date (28 Aug, not 31 Aug)', () => {
  // third held Tue 28 Feb 2023 → fourth due 28 Feb + 6 months = 28 Aug 2023; as at 31 Mar 2023 → upcoming
  assert.deepEqual(steps(instancesOf(laterClaReviews, reviewed('2022-07-04', ['2022-07-29', '2022-08-31', '2023-02-28']), '2023-03-31')), [
    { occurrence: 3, started: '2022-08-31', due: '2023-02-28', state: 'met_on_time', lateness: 0, completed: '2023-02-28' },
    { occurrence: 4, started: '2023-02-28', due: '2023-08-28', state: 'upcoming', lateness: null, completed: null },
  ]);
});

test('later CLA reviews: met late by 2 days, and the next runs from the late review', () => {
  // third held Thu 2 Mar 2023: 1 Mar, 2 Mar → 2 days late; fourth due 2 Mar + 6 months = 2 Sep 2023
  assert.deepEqual(steps(instancesOf(laterClaReviews, reviewed('2022-07-04', ['2022-07-29', '2022-08-31', '2023-03-02']), '2023-03-31')), [
    { occurrence: 3, started: '2022-08-31', due: '2023-02-28', state: 'met_late', lateness: 2, completed: '2023-03-02' },
    { occurrence: 4, started: '2023-03-02', due: '2023-09-02', state: 'upcoming', lateness: null, completed: null },
  ]);
});

test('later CLA reviews: due soon, then stopped when the period of care ends; none until a second review', () => {
  // as at Wed 22 Feb 2023: 23, 24, 27, 28 Feb = 4 WD → due soon
  assert.equal(onlyInstance(laterClaReviews, reviewed('2022-07-04', ['2022-07-29', '2022-08-31']), '2023-02-22').state, 'due_soon');
  const stopped = onlyInstance(laterClaReviews, reviewed('2022-07-04', ['2022-07-29', '2022-08-31'], '2023-01-15'), '2023-06-30');
  assert.deepEqual({ state: stopped.state, stoppedAt: stopped.stoppedAt, lateness: stopped.lateness }, { state: 'stopped', stoppedAt: '2023-01-15', lateness: 0 });
  assert.deepEqual(instancesOf(laterClaReviews, reviewed('2022-07-04', ['2022-07-29']), '2023-06-30'), []);
});

// --- Visits (reg 28) -------------------------------------------------------------------------------------------

const visited = (placements: Placement[], visitList: NonNullable<Journey['visits']>, reviewDates: readonly string[] = [], periodStart = '2020-01-06'): Journey =>
  journeyOf({ periodsOfCare: [{ id: 'p1', startDate: periodStart }], placements, visits: visitList, claReviews: reviewDates.map((date, n) => ({ id: `r${n}`, date })) });

// Placement from Fri 29 Mar 2024 (Good Friday): within one week = 7 calendar days → Fri 5 Apr 2024 (holidays do not matter)
test('first visit after placement: on time on the 7th day; a visit where the child was not seen does not count', () => {
  const j = visited([placement('pl1', '2024-03-29')], [...visits(['2024-04-02'], false), ...visits(['2024-04-05'])]);
  assert.deepEqual(brief(onlyInstance(placementFirstVisit, j, '2024-04-30')), { due: '2024-04-05', state: 'met_on_time', lateness: 0, completed: '2024-04-05' });
});

test('first visit after placement: met late; a visit before the placement started belongs to the last one', () => {
  // Mon 8 Apr: 6, 7, 8 → 3 days late
  const j = visited([placement('pl1', '2024-03-29')], visits(['2024-03-28', '2024-04-08']));
  assert.deepEqual(brief(onlyInstance(placementFirstVisit, j, '2024-04-30')), { due: '2024-04-05', state: 'met_late', lateness: 3, completed: '2024-04-08' });
});

test('first visit after placement: due soon, then overdue', () => {
  // as at Easter Monday 1 Apr: Tue 2, 3, 4, Fri 5 = 4 WD left → due soon
  const j = visited([placement('pl1', '2024-03-29')], []);
  assert.equal(onlyInstance(placementFirstVisit, j, '2024-04-01').state, 'due_soon');
  // as at Wed 10 Apr: 6, 7, 8, 9, 10 → 5 days overdue
  assert.deepEqual(brief(onlyInstance(placementFirstVisit, j, '2024-04-10')), { due: '2024-04-05', state: 'overdue', lateness: 5, completed: null });
});

// Placement from Wed 15 Mar 2023; first visit Mon 20 Mar (the one-off, occurrence 1). The 6-weekly series is
// anchored there: 20 Mar + 42 days: Mar 21–31 (11), Apr 1–30 (41), 1 May (42) → Mon 1 May 2023.
test('visits in the first year: on time, late, and upcoming, re-based on each visit', () => {
  const j = visited([placement('pl1', '2023-03-15')], visits(['2023-03-20', '2023-05-01', '2023-06-14']));
  // 1 May + 42: May 2–31 (30), Jun 1–12 (42) → Mon 12 Jun; visited Wed 14 Jun → 2 days late
  // 14 Jun + 42: Jun 15–30 (16), Jul 1–26 (42) → Wed 26 Jul; as at 1 Jul → upcoming
  assert.deepEqual(steps(instancesOf(placementVisitsFirstYear, j, '2023-07-01')), [
    { occurrence: 2, started: '2023-03-20', due: '2023-05-01', state: 'met_on_time', lateness: 0, completed: '2023-05-01' },
    { occurrence: 3, started: '2023-05-01', due: '2023-06-12', state: 'met_late', lateness: 2, completed: '2023-06-14' },
    { occurrence: 4, started: '2023-06-14', due: '2023-07-26', state: 'upcoming', lateness: null, completed: null },
  ]);
  // No visit yet: no interval instance (only the one-off first visit is running)
  assert.deepEqual(instancesOf(placementVisitsFirstYear, visited([placement('pl1', '2023-03-15')], []), '2023-07-01'), []);
});

test('visits in the first year run from each placement’s own start: a long-term placement after a move is 6-weekly', () => {
  // Placement A from 10 Jan 2022 to 30 Jun 2023; placement B (intended to last until 18) from Sat 1 Jul 2023.
  // B's first visit Wed 5 Jul; B is in its first year, so 6 weeks, not 3 months: Jul 6–31 (26), Aug 1–16 (42) → Wed 16 Aug
  const j = visited(
    [placement('A', '2022-01-10', { endDate: '2023-06-30' }), placement('B', '2023-07-01', { longTermUntil18: true })],
    visits(['2023-06-20', '2023-07-05']),
  );
  const b = instancesOf(placementVisitsFirstYear, j, '2023-08-01').filter((i) => i.recordId === 'B');
  assert.deepEqual(steps(b), [{ occurrence: 2, started: '2023-07-05', due: '2023-08-16', state: 'upcoming', lateness: null, completed: null }]);
  // as at 11 Aug: 14, 15, 16 = 3 WD left → due soon
  assert.equal(instancesOf(placementVisitsFirstYear, j, '2023-08-11').filter((i) => i.recordId === 'B')[0]?.state, 'due_soon');
  // A's only visit, 20 Jun 2023, was after A's first year (10 Jan 2022 + 12 months = 10 Jan 2023), so A's interval is on the
  // after-first-year clock (A was not long-term: 6 weeks → 1 Aug), and it stopped when A ended on 30 Jun
  assert.deepEqual(instancesOf(placementVisitsFirstYear, j, '2023-08-01').filter((i) => i.recordId === 'A'), []);
  const a = instancesOf(placementVisitsAfterFirstYear, j, '2023-08-01');
  assert.deepEqual(a.map((i) => [i.recordId, i.due, i.state, i.stoppedAt, i.lateness]), [['A', '2023-08-01', 'stopped', '2023-06-30', 0]]);
});

// A long-term placement from Thu 29 Feb 2024: its first year is [29 Feb 2024, 29 Feb 2024 + 12 months = 28 Feb 2025 (clamped)).
test('visits split at the first anniversary of a placement starting on a leap day: 27 Feb 2025 is in the first year, 28 Feb is not', () => {
  const longTerm = placement('pl1', '2024-02-29', { longTermUntil18: true });
  // Visit Thu 27 Feb 2025 is in the first year → 6 weeks: Feb 28 (1), Mar 1–31 (32), Apr 1–10 (42) → Thu 10 Apr 2025
  const before = instancesOf(placementVisitsFirstYear, visited([longTerm], visits(['2024-03-01', '2025-02-27'])), '2025-03-03');
  assert.deepEqual(step(before[before.length - 1]!), { occurrence: 3, started: '2025-02-27', due: '2025-04-10', state: 'upcoming', lateness: null, completed: null });
  assert.deepEqual(instancesOf(placementVisitsAfterFirstYear, visited([longTerm], visits(['2024-03-01', '2025-02-27'])), '2025-03-03'), []);
  // Visit Fri 28 Feb 2025 is after the first year → 3 months: 28 May 2025, on the after-first-year clock
  const after = instancesOf(placementVisitsAfterFirstYear, visited([longTerm], visits(['2024-03-01', '2025-02-28'])), '2025-03-03');
  assert.deepEqual(steps(after), [{ occurrence: 3, started: '2025-02-28', due: '2025-05-28', state: 'upcoming', lateness: null, completed: null }]);
});

test('visits after the first year, long-term placement: 3-monthly, on time then late then upcoming; the first-year series ends at the anniversary visit', () => {
  // Long-term placement from Thu 29 Feb 2024. Seen: Fri 1 Mar 2024 (the one-off), Mon 20 Jan 2025, Fri 28 Feb 2025,
  // Wed 28 May 2025, Mon 1 Sep 2025.
  const j = visited([placement('pl1', '2024-02-29', { longTermUntil18: true })], visits(['2024-03-01', '2025-01-20', '2025-02-28', '2025-05-28', '2025-09-01']));
  // First year: 1 Mar 2024 + 42: Mar 2–31 (30), Apr 1–12 (42) → 12 Apr 2024, met late by 20 Jan 2025 (Apr 13–30 (18),
  // May 31 (49), Jun 30 (79), Jul 31 (110), Aug 31 (141), Sep 30 (171), Oct 31 (202), Nov 30 (232), Dec 31 (263), Jan 1–20 (283) → 283 days);
  // 20 Jan 2025 + 42: Jan 21–31 (11), Feb 1–28 (39), Mar 1–3 (42) → 3 Mar 2025, met on time by 28 Feb, and the series ends there.
  assert.deepEqual(steps(instancesOf(placementVisitsFirstYear, j, '2025-10-01')), [
    { occurrence: 2, started: '2024-03-01', due: '2024-04-12', state: 'met_late', lateness: 283, completed: '2025-01-20' },
    { occurrence: 3, started: '2025-01-20', due: '2025-03-03', state: 'met_on_time', lateness: 0, completed: '2025-02-28' },
  ]);
  // After: 28 Feb + 3 months = 28 May (met on time); 28 May + 3 months = 28 Aug, visited 1 Sep: Aug 29, 30, 31, Sep 1 → 4 days late;
  // 1 Sep + 3 months = 1 Dec 2025, as at 1 Oct → upcoming. Occurrences continue from the first-year clock's (2, 3) at 4.
  assert.deepEqual(steps(instancesOf(placementVisitsAfterFirstYear, j, '2025-10-01')), [
    { occurrence: 4, started: '2025-02-28', due: '2025-05-28', state: 'met_on_time', lateness: 0, completed: '2025-05-28' },
    { occurrence: 5, started: '2025-05-28', due: '2025-08-28', state: 'met_late', lateness: 4, completed: '2025-09-01' },
    { occurrence: 6, started: '2025-09-01', due: '2025-12-01', state: 'upcoming', lateness: null, completed: null },
  ]);
});

test('visits after the first year, not long-term: still 6-weekly', () => {
  // Placement from Mon 9 Jan 2023; first visit Tue 10 Jan 2023; Tue 9 Jan 2024 is the anniversary (after the first year).
  // 9 Jan 2024 + 42: Jan 10–31 (22), Feb 1–20 (42) → Tue 20 Feb 2024; as at Thu 1 Feb → upcoming; as at Thu 15 Feb: 16, 19, 20 = 3 WD → due soon
  const j = visited([placement('pl1', '2023-01-09')], visits(['2023-01-10', '2024-01-09']));
  assert.deepEqual(steps(instancesOf(placementVisitsAfterFirstYear, j, '2024-02-01')), [
    { occurrence: 3, started: '2024-01-09', due: '2024-02-20', state: 'upcoming', lateness: null, completed: null },
  ]);
  assert.equal(instancesOf(placementVisitsAfterFirstYear, j, '2024-02-15')[0]?.state, 'due_soon');
});

// Placed with a parent (reg 19) / connected person (reg 24) from Mon 12 Aug 2024; first review Fri 6 Sep 2024.
// Seen: Fri 16 Aug (the one-off), Fri 23 Aug, Mon 2 Sep, Mon 9 Sep.
const withFamily = (placedWith: 'parent' | 'connected_person'): Journey =>
  visited([placement('pl1', '2024-08-12', { placedWith })], visits(['2024-08-16', '2024-08-23', '2024-09-02', '2024-09-09']), ['2024-09-06'], '2024-08-12');

test('visits placed with a parent: weekly until the first review, then 6-weekly', () => {
  // 16 Aug + 7 = 23 Aug (on time); 23 Aug + 7 = 30 Aug, visited Mon 2 Sep → 3 days late (31, 1, 2);
  // 2 Sep is before the review (6 Sep) → + 7 = 9 Sep, visited 9 Sep (on time);
  // 9 Sep is after the review → + 6 weeks = 21 Oct (Sep 10–30 (21), Oct 1–21 (42)); as at Tue 1 Oct → upcoming
  assert.deepEqual(steps(instancesOf(placementVisitsParentOrConnectedPerson, withFamily('parent'), '2024-10-01')), [
    { occurrence: 2, started: '2024-08-16', due: '2024-08-23', state: 'met_on_time', lateness: 0, completed: '2024-08-23' },
    { occurrence: 3, started: '2024-08-23', due: '2024-08-30', state: 'met_late', lateness: 3, completed: '2024-09-02' },
    { occurrence: 4, started: '2024-09-02', due: '2024-09-09', state: 'met_on_time', lateness: 0, completed: '2024-09-09' },
    { occurrence: 5, started: '2024-09-09', due: '2024-10-21', state: 'upcoming', lateness: null, completed: null },
  ]);
  // The first-year / after-first-year clocks are not for these placements
  assert.deepEqual(instancesOf(placementVisitsFirstYear, withFamily('parent'), '2024-10-01'), []);
});

test('visits placed with a connected person: weekly until the first review, then 4-weekly', () => {
  // as before to 9 Sep; then + 4 weeks = 7 Oct (Sep 10–30 (21), Oct 1–7 (28)); as at Tue 1 Oct: 2, 3, 4, 7 = 4 WD → due soon
  const last = instancesOf(placementVisitsParentOrConnectedPerson, withFamily('connected_person'), '2024-10-01').pop();
  assert.deepEqual(last && step(last), { occurrence: 5, started: '2024-09-09', due: '2024-10-07', state: 'due_soon', lateness: null, completed: null });
  // Before the review is held (as at Thu 5 Sep), the visit of 2 Sep still sets a week: due 9 Sep
  const early = instancesOf(placementVisitsParentOrConnectedPerson, withFamily('connected_person'), '2024-09-05').pop();
  assert.equal(early?.due, '2024-09-09');
});

// --- Health (reg 7; statutory guidance 2015) ---------------------------------------------------------------------

const health = (assessments: ReadonlyArray<readonly [kind: 'initial' | 'review', date: string]>, startDate = '2025-04-07', dateOfBirth = '2015-06-01'): Journey =>
  journeyOf({
    child: { dateOfBirth },
    periodsOfCare: [{ id: 'p1', startDate }],
    healthAssessments: assessments.map(([kind, date], n) => ({ id: `h${n}`, kind, date })),
  });

// 20 WD from Mon 7 Apr 2025: 8–11 (1–4), 14–17 (5–8), [Fri 18 Good Friday, Sat, Sun, Mon 21 Easter Monday],
// 22–25 (9–12), 28–30 (13–15), Thu 1 May (16), Fri 2 (17), [Mon 5 May bank holiday], 6 (18), 7 (19), Thu 8 May (20) → 2025-05-08
test('initial health assessment: on time on the 20th working day across Easter and early May', () => {
  assert.deepEqual(brief(onlyInstance(initialHealthAssessment, health([['initial', '2025-05-08']]), '2025-06-30')), { due: '2025-05-08', state: 'met_on_time', lateness: 0, completed: '2025-05-08' });
});

test('initial health assessment: met late; a review-kind assessment does not meet it', () => {
  // Mon 12 May: Fri 9 (1), Mon 12 (2)
  assert.deepEqual(brief(onlyInstance(initialHealthAssessment, health([['review', '2025-04-30'], ['initial', '2025-05-12']]), '2025-06-30')), {
    due: '2025-05-08', state: 'met_late', lateness: 2, completed: '2025-05-12',
  });
});

test('initial health assessment: upcoming, then due soon', () => {
  // as at Tue 22 Apr: 23, 24, 25, 28, 29, 30, 1, 2, 6, 7, 8 = 11 WD → upcoming
  assert.equal(onlyInstance(initialHealthAssessment, health([]), '2025-04-22').state, 'upcoming');
  // as at Thu 1 May: Fri 2, [Mon 5 holiday], 6, 7, 8 = 4 WD → due soon
  assert.equal(onlyInstance(initialHealthAssessment, health([]), '2025-05-01').state, 'due_soon');
});

// Child born 15 Jun 2020: fifth birthday Sun 15 Jun 2025. The interval is set by the age at the previous assessment.
test('review health assessment: 6-monthly under 5, on time then late, then 12-monthly once the previous assessment was at 5', () => {
  const j = health([['initial', '2024-01-31'], ['review', '2024-07-31'], ['review', '2025-02-03'], ['review', '2025-08-01']], '2024-01-08', '2020-06-15');
  // 31 Jan 2024 (age 3) + 6 months = 31 Jul 2024, met on time;
  // 31 Jul 2024 (age 4) + 6 months = 31 Jan 2025, met Mon 3 Feb: 1, 2, 3 → 3 days late;
  // 3 Feb 2025 (age 4) + 6 months = 3 Aug 2025, met 1 Aug (on time);
  // 1 Aug 2025 (age 5) + 12 months = 1 Aug 2026, as at 1 Sep 2025 → upcoming
  assert.deepEqual(steps(instancesOf(reviewHealthAssessment, j, '2025-09-01')), [
    { occurrence: 1, started: '2024-01-31', due: '2024-07-31', state: 'met_on_time', lateness: 0, completed: '2024-07-31' },
    { occurrence: 2, started: '2024-07-31', due: '2025-01-31', state: 'met_late', lateness: 3, completed: '2025-02-03' },
    { occurrence: 3, started: '2025-02-03', due: '2025-08-03', state: 'met_on_time', lateness: 0, completed: '2025-08-01' },
    { occurrence: 4, started: '2025-08-01', due: '2026-08-01', state: 'upcoming', lateness: null, completed: null },
  ]);
});

test('review health assessment: the fifth-birthday switch is taken at the date of the previous assessment', () => {
  // previous Sat 14 Jun 2025 (the day before the fifth birthday, age 4) → 6 months: 14 Dec 2025
  assert.equal(onlyInstance(reviewHealthAssessment, health([['initial', '2025-06-14']], '2025-06-02', '2020-06-15'), '2025-07-01').due, '2025-12-14');
  // previous Sun 15 Jun 2025 (the fifth birthday) → 12 months: 15 Jun 2026
  assert.equal(onlyInstance(reviewHealthAssessment, health([['initial', '2025-06-15']], '2025-06-02', '2020-06-15'), '2025-07-01').due, '2026-06-15');
  // born 29 Feb 2020: fifth birthday 29 Feb 2020 + 60 months = 28 Feb 2025 (clamped) → an assessment that day sets 12 months
  assert.equal(onlyInstance(reviewHealthAssessment, health([['initial', '2025-02-28']], '2025-02-03', '2020-02-29'), '2025-03-01').due, '2026-02-28');
  assert.equal(onlyInstance(reviewHealthAssessment, health([['initial', '2025-02-27']], '2025-02-03', '2020-02-29'), '2025-03-01').due, '2025-08-27');
});

test('review health assessment: 31 Aug + 6 months = 28 Feb, due soon; nothing before the first assessment', () => {
  // child born 2021-01-10 (age 3 on 31 Aug 2024); as at Mon 24 Feb 2025: 25, 26, 27, 28 = 4 WD → due soon
  const i = onlyInstance(reviewHealthAssessment, health([['initial', '2024-08-31']], '2024-08-05', '2021-01-10'), '2025-02-24');
  assert.deepEqual(brief(i), { due: '2025-02-28', state: 'due_soon', lateness: null, completed: null });
  assert.deepEqual(instancesOf(reviewHealthAssessment, health([], '2024-08-05', '2021-01-10'), '2025-02-24'), []);
});

// --- PEP (statutory guidance 2018) ---------------------------------------------------------------------

const education = (pepDates: readonly string[], startDate = '2024-12-02', dateOfBirth = '2015-06-01', endDate: string | null = null): Journey =>
  journeyOf({
    child: { dateOfBirth },
    periodsOfCare: [{ id: 'p1', startDate, endDate }],
    personalEducationPlans: pepDates.map((date, n) => ({ id: `e${n}`, date })),
  });

// Looked after from Mon 2 Dec 2024 (age 9): initial PEP due 20 WD → Thu 2 Jan 2025 (counted above for the first review).
// Terms after that: spring 1 Jan–31 Mar 2025, summer 1 Apr–31 Jul 2025, autumn 1 Sep–31 Dec 2025.
test('PEP: initial on time, spring on its last day, summer missed and met late by the September PEP, which also meets autumn', () => {
  // summer: due 31 Jul, PEP Mon 15 Sep: Aug 1–31 (31), Sep 1–15 (46) → 46 days late
  assert.deepEqual(steps(instancesOf(personalEducationPlan, education(['2024-12-18', '2025-03-31', '2025-09-15']), '2025-10-01')), [
    { occurrence: 1, started: '2024-12-02', due: '2025-01-02', state: 'met_on_time', lateness: 0, completed: '2024-12-18' },
    { occurrence: 2, started: '2025-01-01', due: '2025-03-31', state: 'met_on_time', lateness: 0, completed: '2025-03-31' },
    { occurrence: 3, started: '2025-04-01', due: '2025-07-31', state: 'met_late', lateness: 46, completed: '2025-09-15' },
    { occurrence: 4, started: '2025-09-01', due: '2025-12-31', state: 'met_on_time', lateness: 0, completed: '2025-09-15' },
  ]);
});

test('PEP: initial met late by 2 working days (and the same PEP is the spring term’s); summer term upcoming', () => {
  // Mon 6 Jan 2025: Fri 3 (1), Mon 6 (2)
  assert.deepEqual(steps(instancesOf(personalEducationPlan, education(['2025-01-06']), '2025-05-01')), [
    { occurrence: 1, started: '2024-12-02', due: '2025-01-02', state: 'met_late', lateness: 2, completed: '2025-01-06' },
    { occurrence: 2, started: '2025-01-01', due: '2025-03-31', state: 'met_on_time', lateness: 0, completed: '2025-01-06' },
    { occurrence: 3, started: '2025-04-01', due: '2025-07-31', state: 'upcoming', lateness: null, completed: null },
  ]);
});

test('PEP: a term is due soon in its last 5 working days, and stopped if the child leaves care first', () => {
  // as at Fri 25 Jul 2025: Mon 28, 29, 30, Thu 31 = 4 WD → due soon
  assert.equal(instancesOf(personalEducationPlan, education(['2024-12-18', '2025-03-31']), '2025-07-25').pop()?.state, 'due_soon');
  const left = instancesOf(personalEducationPlan, education(['2024-12-18', '2025-03-31'], '2024-12-02', '2015-06-01', '2025-05-20'), '2025-10-01');
  assert.deepEqual(left.map((i) => [i.started, i.state, i.stoppedAt]), [
    ['2024-12-02', 'met_on_time', null],
    ['2025-01-01', 'met_on_time', null],
    ['2025-04-01', 'stopped', '2025-05-20'],
  ]);
});

test('PEP: early years start with the first term beginning on or after the third birthday', () => {
  // born 15 Oct 2021, third birthday 15 Oct 2024; looked after from 3 Jun 2024 (age 2): no initial PEP,
  // the autumn term (1 Sep 2024) begins before the birthday, so the first PEP clock is spring 2025.
  assert.deepEqual(steps(instancesOf(personalEducationPlan, education([], '2024-06-03', '2021-10-15'), '2025-02-01')), [
    { occurrence: 1, started: '2025-01-01', due: '2025-03-31', state: 'upcoming', lateness: null, completed: null },
  ]);
});

test('PEP: statutory school age ends with the school year in which the child turns 16', () => {
  // born 10 May 2009, 16 on 10 May 2025: the last term is summer 2025 (no autumn 2025 clock)
  assert.deepEqual(instancesOf(personalEducationPlan, education(['2025-01-20', '2025-05-01'], '2025-01-06', '2009-05-10'), '2025-10-01').map((i) => i.started), ['2025-01-06', '2025-04-01']);
  // born 1 Sep 2009, 16 on 1 Sep 2025, the first day of the school year 2025/26: autumn 2025 still counts
  assert.deepEqual(instancesOf(personalEducationPlan, education(['2025-01-20', '2025-05-01'], '2025-01-06', '2009-09-01'), '2025-10-01').map((i) => i.started), ['2025-01-06', '2025-04-01', '2025-09-01']);
});

test('PEP: the LA’s own term dates move each term’s due date (a local standard)', () => {
  // Terms of a made-up LA: spring from 6 Jan, summer 22 Apr to 22 Jul, autumn from 3 Sep. Looked after from
  // Mon 2 Dec 2024: spring 2025 runs 6 Jan–21 Apr (due the day before summer), summer 22 Apr–22 Jul, autumn
  // 3 Sep 2025–5 Jan 2026. A PEP on 1 Apr 2025 meets spring; none since, so summer is late.
  const schoolTerms = { springStart: '01-06', summerStart: '04-22', summerEnd: '07-22', autumnStart: '09-03' };
  assert.deepEqual(instancesOf(personalEducationPlan, education(['2024-12-18', '2025-04-01']), '2025-10-01', { schoolTerms }).map((i) => [i.started, i.due, i.state]), [
    ['2024-12-02', '2025-01-02', 'met_on_time'],
    ['2025-01-06', '2025-04-21', 'met_on_time'],
    ['2025-04-22', '2025-07-22', 'overdue'],
    ['2025-09-03', '2026-01-05', 'upcoming'],
  ]);
  // With Lantern's default terms the same PEP on 1 Apr is a day late for spring (it ended 31 Mar) and meets summer.
  assert.deepEqual(instancesOf(personalEducationPlan, education(['2024-12-18', '2025-04-01']), '2025-10-01').map((i) => [i.started, i.due, i.state]), [
    ['2024-12-02', '2025-01-02', 'met_on_time'],
    ['2025-01-01', '2025-03-31', 'met_late'],
    ['2025-04-01', '2025-07-31', 'met_on_time'],
    ['2025-09-01', '2025-12-31', 'upcoming'],
  ]);
});

// --- Permanence plan --------------------------------------------------------------------------------------------

// Looked after from Mon 2 Dec 2024: first review due 2 Jan 2025 (20 WD, counted above).
test('permanence plan: due on the second review’s actual date once held, on time that day', () => {
  // first review Fri 20 Dec 2024, second Fri 14 Mar 2025 (earlier than its due date of 20 Mar) → due 14 Mar
  assert.deepEqual(brief(onlyInstance(permanencePlan, plannedFor('2025-03-14', ['2024-12-20', '2025-03-14']), '2025-04-30')), { due: '2025-03-14', state: 'met_on_time', lateness: 0, completed: '2025-03-14' });
});

test('permanence plan: late after the second review even though the review was early', () => {
  // plan Mon 17 Mar: 15, 16, 17 → 3 days after the review of 14 Mar
  assert.deepEqual(brief(onlyInstance(permanencePlan, plannedFor('2025-03-17', ['2024-12-20', '2025-03-14']), '2025-04-30')), { due: '2025-03-14', state: 'met_late', lateness: 3, completed: '2025-03-17' });
});

test('permanence plan: before the second review, due on its due date (first review + 3 months, or the first review’s due date + 3 months)', () => {
  // first review 20 Dec 2024 held, no second: 20 Dec + 3 months = 20 Mar 2025; as at 1 Feb → upcoming
  assert.deepEqual(brief(onlyInstance(permanencePlan, plannedFor(null, ['2024-12-20']), '2025-02-01')), { due: '2025-03-20', state: 'upcoming', lateness: null, completed: null });
  // no review yet (as at 10 Dec 2024): first review due 2 Jan 2025 + 3 months = 2 Apr 2025
  assert.deepEqual(brief(onlyInstance(permanencePlan, plannedFor(null, []), '2024-12-10')), { due: '2025-04-02', state: 'upcoming', lateness: null, completed: null });
  // a review dated after the as-at date has not been held: as at 19 Dec the due date is still 2 Apr
  assert.equal(onlyInstance(permanencePlan, plannedFor(null, ['2024-12-20']), '2024-12-19').due, '2025-04-02');
});

test('permanence plan: when the second review is late, the due date moves to it once it is held', () => {
  // second review due 20 Mar 2025 but held Thu 10 Apr; plan Tue 1 Apr.
  const j = plannedFor('2025-04-01', ['2024-12-20', '2025-04-10']);
  // as at 5 Apr (review not yet held): due 20 Mar, plan 1 Apr: Mar 21–31 (11), Apr 1 (12) → 12 days late
  assert.deepEqual(brief(onlyInstance(permanencePlan, j, '2025-04-05')), { due: '2025-03-20', state: 'met_late', lateness: 12, completed: '2025-04-01' });
  // as at 30 Apr (held 10 Apr): due 10 Apr → on time
  assert.deepEqual(brief(onlyInstance(permanencePlan, j, '2025-04-30')), { due: '2025-04-10', state: 'met_on_time', lateness: 0, completed: '2025-04-01' });
});

function plannedFor(permanencePlanDate: string | null, reviewDates: readonly string[]): Journey {
  return journeyOf({
    periodsOfCare: [{ id: 'p1', startDate: '2024-12-02', permanencePlanDate }],
    claReviews: reviewDates.map((date, n) => ({ id: `r${n}`, date })),
  });
}

// --- Connected person temporary approval (regs 24-25) ------------------------------------------------------------

const kinship = (extra: Partial<Placement> = {}): Journey =>
  journeyOf({ periodsOfCare: [{ id: 'p1', startDate: '2025-01-06' }], placements: [placement('pl1', '2025-01-06', { placedWith: 'connected_person', ...extra })] });

// From Mon 6 Jan 2025, 16 weeks = 112 days: Jan 7–31 (25), Feb (53), Mar (84), Apr 1–28 (112) → Mon 28 Apr 2025
test('connected person temporary approval: full approval on the last day of 16 weeks is on time', () => {
  assert.deepEqual(brief(onlyInstance(connectedPersonTemporaryApproval, kinship({ fullApprovalDate: '2025-04-28' }), '2025-06-30')), { due: '2025-04-28', state: 'met_on_time', lateness: 0, completed: '2025-04-28' });
});

test('connected person temporary approval: met late; with the one 8-week extension the same approval is on time', () => {
  // Tue 6 May: Apr 29, 30, May 1–6 → 8 days late
  assert.deepEqual(brief(onlyInstance(connectedPersonTemporaryApproval, kinship({ fullApprovalDate: '2025-05-06' }), '2025-06-30')), { due: '2025-04-28', state: 'met_late', lateness: 8, completed: '2025-05-06' });
  // extended: 28 Apr + 56 days: Apr 29–30 (2), May (33), Jun 1–23 (56) → Mon 23 Jun 2025
  assert.deepEqual(brief(onlyInstance(connectedPersonTemporaryApproval, kinship({ fullApprovalDate: '2025-05-06', temporaryApprovalExtended: true }), '2025-06-30')), {
    due: '2025-06-23', state: 'met_on_time', lateness: 0, completed: '2025-05-06',
  });
});

test('connected person temporary approval: upcoming, due soon, stopped when the placement ends; only for connected persons', () => {
  // as at Sat 1 Mar: every weekday of March and 1–28 Apr still to come, far more than 5 WD → upcoming
  assert.equal(onlyInstance(connectedPersonTemporaryApproval, kinship(), '2025-03-01').state, 'upcoming');
  // as at Tue 22 Apr: 23, 24, 25, 28 = 4 WD → due soon
  assert.equal(onlyInstance(connectedPersonTemporaryApproval, kinship(), '2025-04-22').state, 'due_soon');
  const ended = onlyInstance(connectedPersonTemporaryApproval, kinship({ endDate: '2025-03-01' }), '2025-06-30');
  assert.deepEqual([ended.state, ended.stoppedAt, ended.lateness], ['stopped', '2025-03-01', 0]);
  assert.deepEqual(instancesOf(connectedPersonTemporaryApproval, kinship({ placedWith: 'other' }), '2025-06-30'), []);
});

// --- Several periods of care -------------------------------------------------------------------------------

test('each period of care has its own instances; reviews belong to the period they fall in', () => {
  const j = journeyOf({
    periodsOfCare: [{ id: 'p1', startDate: '2024-12-02', endDate: '2024-12-20' }, { id: 'p2', startDate: '2025-04-07' }],
    claReviews: [{ id: 'r1', date: '2024-12-18' }, { id: 'r2', date: '2025-05-12' }],
  });
  // p1: 18 Dec is within 20 WD of 2 Dec; p2: due 8 May 2025 (counted above), held Mon 12 May → 2 WD late
  assert.deepEqual(instancesOf(firstClaReview, j, '2025-06-30').map((i) => [i.recordId, brief(i)]), [
    ['p1', { due: '2025-01-02', state: 'met_on_time', lateness: 0, completed: '2024-12-18' }],
    ['p2', { due: '2025-05-08', state: 'met_late', lateness: 2, completed: '2025-05-12' }],
  ]);
});

// Hand-counted cases for the return home interview, care leaver and private fostering clocks. Each comment shows the count.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, instancesOf, journeyOf, onlyInstance } from '../test-helpers.ts';
import {
  careLeaverNeedsAssessment,
  pathwayPlan,
  pathwayPlanReview,
  personalAdviser,
  privateFosteringFirstVisit,
  privateFosteringVisits,
  returnHomeInterview,
} from './missing-and-leaving-care.ts';
import type { MissingEpisode } from '../../journey/missing.ts';
import type { CareLeaver } from '../../journey/care-leaver.ts';

// ---- Return home interview: 72 clock hours ----

const episode = (extra: Partial<MissingEpisode> = {}) =>
  journeyOf({ missingEpisodes: [{ id: 'm1', startAt: '2025-03-28T18:00', returnedAt: '2025-03-29T20:00', offeredByIndependentPerson: true, ...extra }] });

// Returned Sat 29 Mar 2025 at 20:00 GMT (= 20:00Z). Clocks go forward at 01:00 GMT on Sun 30 Mar, so 72 elapsed
// hours end at 2025-04-01T20:00Z, which is 21:00 BST on Tue 1 Apr on the wall clock (not 20:00).
test('return home interview offered on time at 21:00 BST, 72 hours across the clocks going forward', () => {
  const i = onlyInstance(returnHomeInterview, episode({ returnInterviewOfferedAt: '2025-04-01T21:00' }), '2025-04-10');
  assert.deepEqual(brief(i), { due: '2025-04-01T21:00:00+01:00', state: 'met_on_time', lateness: 0, completed: '2025-04-01T21:00:00+01:00' });
  assert.equal(i.started, '2025-03-29T20:00:00+00:00');
  assert.equal(i.latenessUnit, 'hours');
});

test('return home interview offered late: part hours round up', () => {
  // offered 21:30 BST = 20:30Z: 30 minutes past the due moment → 1 hour late (a part hour counts as a whole one)
  assert.deepEqual(brief(onlyInstance(returnHomeInterview, episode({ returnInterviewOfferedAt: '2025-04-01T21:30' }), '2025-04-10')), {
    due: '2025-04-01T21:00:00+01:00', state: 'met_late', lateness: 1, completed: '2025-04-01T21:30:00+01:00',
  });
  // offered Wed 2 Apr 09:00 BST = 08:00Z: 20:00Z → 08:00Z next day = 12 hours late
  assert.deepEqual(brief(onlyInstance(returnHomeInterview, episode({ returnInterviewOfferedAt: '2025-04-02T09:00' }), '2025-04-10')), {
    due: '2025-04-01T21:00:00+01:00', state: 'met_late', lateness: 12, completed: '2025-04-02T09:00:00+01:00',
  });
});

test('return home interview not yet due, due soon within 24 hours, then overdue', () => {
  const j = episode();
  // as at Mon 31 Mar 12:00 BST = 11:00Z: 11:00Z Mon → 20:00Z Tue = 33 hours left > 24 → upcoming
  assert.deepEqual(brief(onlyInstance(returnHomeInterview, j, '2025-03-31T12:00')), { due: '2025-04-01T21:00:00+01:00', state: 'upcoming', lateness: null, completed: null });
  // as at Tue 1 Apr 09:00 BST = 08:00Z: 12 hours left ≤ 24 → due soon
  assert.equal(onlyInstance(returnHomeInterview, j, '2025-04-01T09:00').state, 'due_soon');
  // as at the end of Wed 2 Apr (23:59 BST = 22:59Z): 20:00Z Tue → 22:59Z Wed = 26 h 59 min → 27 hours overdue
  assert.deepEqual(brief(onlyInstance(returnHomeInterview, j, '2025-04-02')), { due: '2025-04-01T21:00:00+01:00', state: 'overdue', lateness: 27, completed: null });
});

test('72 hours across the clocks going back end an hour earlier on the wall clock', () => {
  // Returned Fri 24 Oct 2025 20:00 BST = 19:00Z; clocks go back Sun 26 Oct → due 2025-10-27T19:00Z = 19:00 GMT on Mon 27 Oct
  const j = episode({ returnedAt: '2025-10-24T20:00', returnInterviewOfferedAt: '2025-10-27T19:00' });
  assert.deepEqual(brief(onlyInstance(returnHomeInterview, j, '2025-11-01')), { due: '2025-10-27T19:00:00+00:00', state: 'met_on_time', lateness: 0, completed: '2025-10-27T19:00:00+00:00' });
});

test('an offer by someone who is not independent does not meet the return interview clock', () => {
  const j = episode({ returnInterviewOfferedAt: '2025-03-30T10:00', offeredByIndependentPerson: false });
  assert.deepEqual(brief(onlyInstance(returnHomeInterview, j, '2025-04-02')), { due: '2025-04-01T21:00:00+01:00', state: 'overdue', lateness: 27, completed: null });
});

test('a child still missing has no return interview clock; neither does an "away" episode', () => {
  assert.equal(instancesOf(returnHomeInterview, episode({ returnedAt: null }), '2025-04-10').length, 0);
  assert.equal(instancesOf(returnHomeInterview, episode({ type: 'away' }), '2025-04-10').length, 0);
  // as at before the return, the return has not happened yet
  assert.equal(instancesOf(returnHomeInterview, episode(), '2025-03-29T19:59').length, 0);
});

test('an offer recorded after the as-at moment has not happened yet; a held interview stands in for an unrecorded offer', () => {
  const later = onlyInstance(returnHomeInterview, episode({ returnInterviewOfferedAt: '2025-04-01T21:00' }), '2025-04-01T12:00');
  assert.equal(later.state, 'due_soon');
  assert.equal(later.completed, null);
  // interview held Mon 31 Mar 15:00 BST = 14:00Z with no offer time recorded: it was offered by then → on time
  const held = onlyInstance(returnHomeInterview, episode({ returnInterviewCompletedAt: '2025-03-31T15:00' }), '2025-04-10');
  assert.deepEqual(brief(held), { due: '2025-04-01T21:00:00+01:00', state: 'met_on_time', lateness: 0, completed: '2025-03-31T15:00:00+01:00' });
});

test('the return interview carries who held the case on the English date it was met', () => {
  const offeredAt = (returnInterviewOfferedAt: string) => journeyOf({
    allocations: [
      { workerId: 'w1', teamId: 't1', startDate: '2025-01-01', endDate: '2025-03-31' },
      { workerId: 'w2', teamId: 't2', startDate: '2025-04-01', endDate: null },
    ],
    missingEpisodes: [{ id: 'm1', startAt: '2025-03-28T18:00', returnedAt: '2025-03-29T20:00', offeredByIndependentPerson: true, returnInterviewOfferedAt }],
  });
  // 22:30 BST on Mon 31 Mar: w1 held the case
  assert.equal(onlyInstance(returnHomeInterview, offeredAt('2025-03-31T22:30'), '2025-04-10').workerId, 'w1');
  // 00:30 BST on Tue 1 Apr is 23:30Z on 31 Mar, but the English date is 1 Apr: w2 held it
  const i = onlyInstance(returnHomeInterview, offeredAt('2025-04-01T00:30'), '2025-04-10');
  assert.equal(i.completed, '2025-04-01T00:30:00+01:00');
  assert.equal(i.workerId, 'w2');
  assert.equal(i.teamId, 't2');
});

// ---- Care leavers ----

const leaver = (extra: Partial<CareLeaver> = {}, dateOfBirth: string | null = '2008-02-29') =>
  journeyOf({ child: { dateOfBirth }, careLeaver: { eligibility: 'eligible', eligibleFrom: '2023-11-01', ...extra } });

// Born Thu 29 Feb 2008. 2024 is a leap year, so the 16th birthday is Thu 29 Feb 2024 (16 is a multiple of 4).
// Eligible from 1 Nov 2023 is earlier, so the clock starts on the birthday: 29 Feb + 3 months = Wed 29 May 2024.
test('needs assessment for a child born on 29 February, on time', () => {
  assert.deepEqual(brief(onlyInstance(careLeaverNeedsAssessment, leaver({ needsAssessmentDate: '2024-05-29' }), '2024-07-01')), {
    due: '2024-05-29', state: 'met_on_time', lateness: 0, completed: '2024-05-29',
  });
  assert.equal(onlyInstance(careLeaverNeedsAssessment, leaver(), '2024-07-01').started, '2024-02-29');
});

test('needs assessment met late by calendar days', () => {
  // completed Mon 3 Jun 2024: 29 May → 3 Jun = 30, 31 May, 1, 2, 3 Jun = 5 days late
  assert.deepEqual(brief(onlyInstance(careLeaverNeedsAssessment, leaver({ needsAssessmentDate: '2024-06-03' }), '2024-07-01')), {
    due: '2024-05-29', state: 'met_late', lateness: 5, completed: '2024-06-03',
  });
});

test('needs assessment from becoming eligible after 16, not yet due', () => {
  // Eligible Sat 30 Nov 2024, after the 16th birthday → 30 Nov + 3 months = 30 Feb, which does not exist → Fri 28 Feb 2025
  const j = leaver({ eligibleFrom: '2024-11-30' });
  assert.deepEqual(brief(onlyInstance(careLeaverNeedsAssessment, j, '2025-01-15')), { due: '2025-02-28', state: 'upcoming', lateness: null, completed: null });
  // as at Mon 24 Feb: working days after 24 Feb to 28 Feb = Tue–Fri = 4 ≤ 5 → due soon
  assert.equal(onlyInstance(careLeaverNeedsAssessment, j, '2025-02-24').state, 'due_soon');
});

test('no needs assessment clock for an unborn child or a qualifying care leaver; ending duties stops it', () => {
  assert.equal(instancesOf(careLeaverNeedsAssessment, leaver({}, null), '2025-01-01').length, 0);
  assert.equal(instancesOf(careLeaverNeedsAssessment, leaver({ eligibility: 'qualifying' }), '2025-01-01').length, 0);
  const stopped = onlyInstance(careLeaverNeedsAssessment, leaver({ endDate: '2024-04-01' }), '2024-07-01');
  assert.equal(stopped.state, 'stopped');
  assert.equal(stopped.lateness, 0);
});

// Pathway plan: 20 working days (local standard for "as soon as possible") from the needs assessment on Fri 20 Dec 2024:
// Dec 23 (1), 24 (2), [25, 26 bank holidays], 27 (3), 30 (4), 31 (5), [1 Jan], Jan 2 (6), 3 (7), 6–10 (8–12),
// 13–17 (13–17), Mon 20 (18), Tue 21 (19), Wed 22 (20) → 2025-01-22
const planned = (pathwayPlanDate: string | null) => leaver({ needsAssessmentDate: '2024-12-20', pathwayPlanDate });

test('pathway plan on time on the 20th working day', () => {
  assert.deepEqual(brief(onlyInstance(pathwayPlan, planned('2025-01-22'), '2025-02-28')), { due: '2025-01-22', state: 'met_on_time', lateness: 0, completed: '2025-01-22' });
});

test('pathway plan late by working days; the LA’s own standard moves the due date', () => {
  // Fri 24 Jan: Thu 23 (1), Fri 24 (2) → 2 WD late
  assert.deepEqual(brief(onlyInstance(pathwayPlan, planned('2025-01-24'), '2025-02-28')), { due: '2025-01-22', state: 'met_late', lateness: 2, completed: '2025-01-24' });
  // local standard 25 WD: Thu 23 (21), Fri 24 (22), Mon 27 (23), Tue 28 (24), Wed 29 (25) → 2025-01-29, so on time
  assert.deepEqual(brief(onlyInstance(pathwayPlan, planned('2025-01-24'), '2025-02-28', { pathwayPlanWorkingDays: 25 })), { due: '2025-01-29', state: 'met_on_time', lateness: 0, completed: '2025-01-24' });
});

test('pathway plan not yet due; no clock before the needs assessment', () => {
  // as at Mon 6 Jan 2025: Jan 7–10 (4), 13–17 (9), 20–22 (12) working days left > 5 → upcoming
  assert.deepEqual(brief(onlyInstance(pathwayPlan, planned(null), '2025-01-06')), { due: '2025-01-22', state: 'upcoming', lateness: null, completed: null });
  assert.equal(instancesOf(pathwayPlan, leaver(), '2025-01-06').length, 0);
});

// Pathway plan reviews: every 6 months from the plan of Sat 31 Aug 2024 → 31 Feb does not exist → Fri 28 Feb 2025.
const reviewed = (pathwayPlanReviewDates: string[], endDate: string | null = null) =>
  leaver({ needsAssessmentDate: '2024-05-29', pathwayPlanDate: '2024-08-31', pathwayPlanReviewDates, endDate });

test('pathway plan review on time, and the next one runs from it', () => {
  const all = instancesOf(pathwayPlanReview, reviewed(['2025-02-28']), '2025-03-10');
  assert.deepEqual(all.map(brief), [
    { due: '2025-02-28', state: 'met_on_time', lateness: 0, completed: '2025-02-28' },
    // 28 Feb 2025 + 6 months = 28 Aug 2025
    { due: '2025-08-28', state: 'upcoming', lateness: null, completed: null },
  ]);
});

test('pathway plan review late, and the next one is re-based on the actual date', () => {
  // reviewed Mon 3 Mar 2025: 28 Feb → 3 Mar = 1, 2, 3 Mar = 3 days late; next due 3 Mar + 6 months = 3 Sep 2025
  const all = instancesOf(pathwayPlanReview, reviewed(['2025-03-03']), '2025-03-10');
  assert.deepEqual(all.map(brief), [
    { due: '2025-02-28', state: 'met_late', lateness: 3, completed: '2025-03-03' },
    { due: '2025-09-03', state: 'upcoming', lateness: null, completed: null },
  ]);
});

test('pathway plan review not yet due, and stopped when leaving-care duties end', () => {
  assert.deepEqual(brief(onlyInstance(pathwayPlanReview, reviewed([]), '2025-01-10')), { due: '2025-02-28', state: 'upcoming', lateness: null, completed: null });
  const stopped = onlyInstance(pathwayPlanReview, reviewed([], '2025-01-31'), '2025-06-01');
  assert.equal(stopped.state, 'stopped');
  assert.equal(stopped.stoppedAt, '2025-01-31');
});

// Personal adviser: at once, i.e. 0 days after becoming eligible on Mon 2 Sep 2024.
const adviser = (personalAdviserAllocatedDate: string | null) => leaver({ eligibleFrom: '2024-09-02', personalAdviserAllocatedDate });

test('personal adviser allocated before or on the day of eligibility is on time', () => {
  assert.deepEqual(brief(onlyInstance(personalAdviser, adviser('2024-08-20'), '2024-10-01')), { due: '2024-09-02', state: 'met_on_time', lateness: 0, completed: '2024-08-20' });
  assert.deepEqual(brief(onlyInstance(personalAdviser, adviser('2024-09-02'), '2024-10-01')), { due: '2024-09-02', state: 'met_on_time', lateness: 0, completed: '2024-09-02' });
});

test('personal adviser allocated a week late', () => {
  // Mon 9 Sep: 2 Sep → 9 Sep = 7 days late
  assert.deepEqual(brief(onlyInstance(personalAdviser, adviser('2024-09-09'), '2024-10-01')), { due: '2024-09-02', state: 'met_late', lateness: 7, completed: '2024-09-09' });
});

test('personal adviser not yet allocated: due on the day, overdue the next', () => {
  assert.equal(instancesOf(personalAdviser, adviser(null), '2024-09-01').length, 0);
  assert.deepEqual(brief(onlyInstance(personalAdviser, adviser(null), '2024-09-02')), { due: '2024-09-02', state: 'due_soon', lateness: null, completed: null });
  assert.deepEqual(brief(onlyInstance(personalAdviser, adviser(null), '2024-09-03')), { due: '2024-09-02', state: 'overdue', lateness: 1, completed: null });
});

// ---- Private fostering ----

const fostered = (visitDates: string[], notificationDate = '2024-12-20', endDate: string | null = null) =>
  journeyOf({ privateFostering: [{ id: 'pf1', notificationDate, visitDates, endDate }] });

// First visit: 7 WD from the notification on Fri 20 Dec 2024: Dec 23 (1), 24 (2), [25, 26], 27 (3), 30 (4), 31 (5),
// [1 Jan], Thu 2 Jan (6), Fri 3 Jan (7) → 2025-01-03
test('private fostering first visit on time across Christmas', () => {
  assert.deepEqual(brief(onlyInstance(privateFosteringFirstVisit, fostered(['2025-01-03']), '2025-01-31')), { due: '2025-01-03', state: 'met_on_time', lateness: 0, completed: '2025-01-03' });
});

test('private fostering first visit late by working days', () => {
  // Tue 7 Jan: Mon 6 (1), Tue 7 (2) → 2 WD late
  assert.deepEqual(brief(onlyInstance(privateFosteringFirstVisit, fostered(['2025-01-07']), '2025-01-31')), { due: '2025-01-03', state: 'met_late', lateness: 2, completed: '2025-01-07' });
});

test('private fostering first visit not yet due, then due soon', () => {
  // as at Fri 20 Dec: 7 working days left > 5 → upcoming
  assert.equal(onlyInstance(privateFosteringFirstVisit, fostered([]), '2024-12-20').state, 'upcoming');
  // as at Tue 24 Dec: 27, 30, 31, 2, 3 = 5 working days left → due soon
  assert.deepEqual(brief(onlyInstance(privateFosteringFirstVisit, fostered([]), '2024-12-24')), { due: '2025-01-03', state: 'due_soon', lateness: null, completed: null });
});

test('later private fostering visits: 6 weeks on time, then the next from the actual visit', () => {
  // Notified Wed 10 Jan 2024, first visit Mon 15 Jan; next within 6 weeks = 42 days → Mon 26 Feb 2024
  const all = instancesOf(privateFosteringVisits, fostered(['2024-01-15', '2024-02-26'], '2024-01-10'), '2024-03-01');
  assert.deepEqual(all.map(brief), [
    { due: '2024-02-26', state: 'met_on_time', lateness: 0, completed: '2024-02-26' },
    // 26 Feb + 42 days = 8 Apr 2024 (29 Feb counts: 26 Feb → 31 Mar is 34 days, + 8 = 8 Apr)
    { due: '2024-04-08', state: 'upcoming', lateness: null, completed: null },
  ]);
});

test('later private fostering visit 2 days late', () => {
  // visited Wed 28 Feb 2024 instead of Mon 26 Feb: 2 days late; next 28 Feb + 42 days = 10 Apr
  const all = instancesOf(privateFosteringVisits, fostered(['2024-01-15', '2024-02-28'], '2024-01-10'), '2024-03-01');
  assert.deepEqual(all.map(brief), [
    { due: '2024-02-26', state: 'met_late', lateness: 2, completed: '2024-02-28' },
    { due: '2024-04-10', state: 'upcoming', lateness: null, completed: null },
  ]);
});

test('private fostering visits move from 6 to 12 weeks after the first year', () => {
  // Notified 10 Jan 2024, so the first year ends 10 Jan 2025. Visits every 42 days from Mon 15 Jan 2024:
  // 26 Feb, 8 Apr, 20 May, 1 Jul, 12 Aug, 23 Sep, 4 Nov, 16 Dec 2024 (in year one → next within 6 weeks = 27 Jan 2025),
  // 27 Jan 2025 (in year two → next within 12 weeks = 84 days → Mon 21 Apr 2025)
  const visits = ['2024-01-15', '2024-02-26', '2024-04-08', '2024-05-20', '2024-07-01', '2024-08-12', '2024-09-23', '2024-11-04', '2024-12-16', '2025-01-27'];
  const all = instancesOf(privateFosteringVisits, fostered(visits, '2024-01-10'), '2025-02-01');
  assert.equal(all.length, 10);
  assert.ok(all.slice(0, 9).every((i) => i.state === 'met_on_time'));
  assert.deepEqual(brief(all[8]!), { due: '2025-01-27', state: 'met_on_time', lateness: 0, completed: '2025-01-27' });
  assert.deepEqual(brief(all[9]!), { due: '2025-04-21', state: 'upcoming', lateness: null, completed: null });
});

test('private fostering visits stop when the arrangement ends; none before the first visit', () => {
  assert.equal(instancesOf(privateFosteringVisits, fostered([], '2024-01-10'), '2024-03-01').length, 0);
  const stopped = onlyInstance(privateFosteringVisits, fostered(['2024-01-15'], '2024-01-10', '2024-02-10'), '2024-06-01');
  assert.equal(stopped.state, 'stopped');
  assert.equal(stopped.stoppedAt, '2024-02-10');
});

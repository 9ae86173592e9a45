// Hand-counted cases for the front door, early help and assessment clocks. Each comment shows the count.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, journeyOf, onlyInstance } from '../test-helpers.ts';
import { childAndFamilyAssessment, contactDecision, earlyHelpAssessmentWait, strategyDiscussion } from './front-door.ts';

const contact = (receivedAt: string, decidedAt: string | null) => journeyOf({ contacts: [{ id: 'c1', receivedAt, decidedAt }] });

test('contact decision, met on time across Easter', () => {
  // Thu 28 Mar 2024 is day 0; Fri 29 Good Friday, Sat, Sun, Mon 1 Apr Easter Monday → WD1 = Tue 2 Apr
  assert.deepEqual(brief(onlyInstance(contactDecision, contact('2024-03-28T16:00', '2024-04-02T10:00'), '2024-04-05')), {
    due: '2024-04-02', state: 'met_on_time', lateness: 0, completed: '2024-04-02',
  });
});

test('contact decision, met late across Christmas', () => {
  // Tue 24 Dec 2024 is day 0; 25 and 26 Dec bank holidays → WD1 = Fri 27 Dec
  // decided Mon 30 Dec: working days after 27 up to 30 = Mon 30 only → 1 WD late
  assert.deepEqual(brief(onlyInstance(contactDecision, contact('2024-12-24T10:00', '2024-12-30T09:00'), '2025-01-10')), {
    due: '2024-12-27', state: 'met_late', lateness: 1, completed: '2024-12-30',
  });
});

test('contact decision, not yet due across the 2022 jubilee, then overdue', () => {
  // Wed 1 Jun 2022 is day 0; Thu 2 and Fri 3 Jun jubilee holidays, Sat, Sun → WD1 = Mon 6 Jun
  const j = contact('2022-06-01T15:00', null);
  assert.deepEqual(brief(onlyInstance(contactDecision, j, '2022-06-03T12:00')), { due: '2022-06-06', state: 'due_soon', lateness: null, completed: null });
  // as at Tue 7 Jun: working days after 6 Jun up to 7 Jun = 1
  assert.deepEqual(brief(onlyInstance(contactDecision, j, '2022-06-07T12:00')), { due: '2022-06-06', state: 'overdue', lateness: 1, completed: null });
});

test('a contact arriving at 23:30 UTC in summer is dated by the English calendar (00:30 BST next day)', () => {
  // 2024-08-23T23:30:00Z is 00:30 BST on Sat 24 Aug: day 0 = Sat 24; Sun 25, Mon 26 Aug (summer bank holiday) → WD1 = Tue 27 Aug
  const i = onlyInstance(contactDecision, contact('2024-08-23T23:30:00Z', null), '2024-08-24T09:00');
  assert.equal(i.started, '2024-08-24');
  assert.equal(i.due, '2024-08-27');
  // The same clock time in winter stays on its own day: 2024-01-11T23:30:00Z is 23:30 GMT on Thu 11 Jan → WD1 = Fri 12 Jan
  assert.equal(onlyInstance(contactDecision, contact('2024-01-11T23:30:00Z', null), '2024-01-12').due, '2024-01-12');
});

test('a decision recorded after the as-at moment has not happened yet', () => {
  const i = onlyInstance(contactDecision, contact('2024-03-28T16:00', '2024-04-02T10:00'), '2024-04-01');
  assert.equal(i.state, 'due_soon');
  assert.equal(i.completed, null);
});

const referral = (authorisedDate: string | null, extra: { noFurtherAction?: boolean; closeDate?: string | null } = {}) =>
  journeyOf({
    referrals: [{ id: 'r1', referralDate: '2024-12-20', ...extra }],
    assessments: extra.noFurtherAction ? [] : [{ id: 'a1', referralId: 'r1', startDate: '2024-12-23', authorisedDate }],
  });

// 45 WD from Fri 20 Dec 2024: Dec 23 (1), 24 (2), [25, 26 holidays], 27 (3), 30 (4), 31 (5), [1 Jan holiday],
// Jan 2 (6), 3 (7), 6–10 (8–12), 13–17 (13–17), 20–24 (18–22), 27–31 (23–27), Feb 3–7 (28–32),
// 10–14 (33–37), 17–21 (38–42), Mon 24 (43), Tue 25 (44), Wed 26 (45) → due 2025-02-26
test('child and family assessment, met on time on the 45th working day', () => {
  assert.deepEqual(brief(onlyInstance(childAndFamilyAssessment, referral('2025-02-26'), '2025-03-31')), { due: '2025-02-26', state: 'met_on_time', lateness: 0, completed: '2025-02-26' });
});

test('child and family assessment, met late by 2 working days', () => {
  // authorised Fri 28 Feb: Thu 27 (1), Fri 28 (2)
  assert.deepEqual(brief(onlyInstance(childAndFamilyAssessment, referral('2025-02-28'), '2025-03-31')), { due: '2025-02-26', state: 'met_late', lateness: 2, completed: '2025-02-28' });
});

test('child and family assessment, not yet due and then due soon', () => {
  // as at Mon 10 Feb: 11–14 (4), 17–21 (9), 24–26 (12) working days left > 5 → upcoming
  assert.equal(onlyInstance(childAndFamilyAssessment, referral(null), '2025-02-10').state, 'upcoming');
  // as at Wed 19 Feb: 20, 21, 24, 25, 26 = 5 working days left → due soon
  assert.equal(onlyInstance(childAndFamilyAssessment, referral(null), '2025-02-19').state, 'due_soon');
});

test('a referral closed with no further action stops the assessment clock', () => {
  const i = onlyInstance(childAndFamilyAssessment, referral(null, { noFurtherAction: true, closeDate: '2024-12-23' }), '2025-03-31');
  assert.equal(i.state, 'stopped');
  assert.equal(i.stoppedAt, '2024-12-23');
});

const discussion = (date: string | null) => journeyOf({ strategyDiscussions: [{ id: 's1', thresholdDecisionDate: '2022-09-16', date }] });

test('strategy discussion (local 1 WD), met on time across the 2022 state funeral', () => {
  // Fri 16 Sep 2022 is day 0; Sat, Sun, Mon 19 Sep (state funeral) → WD1 = Tue 20 Sep
  assert.deepEqual(brief(onlyInstance(strategyDiscussion, discussion('2022-09-20'), '2022-09-30')), { due: '2022-09-20', state: 'met_on_time', lateness: 0, completed: '2022-09-20' });
});

test('strategy discussion, met late; and the LA’s own standard moves the due date', () => {
  // held Thu 22 Sep: Wed 21 (1), Thu 22 (2) → 2 WD late
  assert.deepEqual(brief(onlyInstance(strategyDiscussion, discussion('2022-09-22'), '2022-09-30')), { due: '2022-09-20', state: 'met_late', lateness: 2, completed: '2022-09-22' });
  // with a local standard of 3 WD: Tue 20 (1), Wed 21 (2), Thu 22 (3) → on time
  assert.deepEqual(brief(onlyInstance(strategyDiscussion, discussion('2022-09-22'), '2022-09-30', { strategyDiscussionWorkingDays: 3 })), { due: '2022-09-22', state: 'met_on_time', lateness: 0, completed: '2022-09-22' });
});

test('strategy discussion, not yet due', () => {
  assert.equal(onlyInstance(strategyDiscussion, discussion(null), '2022-09-19').state, 'due_soon');
});

const earlyHelp = (assessmentDate: string | null, endDate: string | null = null) => journeyOf({ earlyHelp: [{ id: 'e1', requestDate: '2025-04-14', assessmentDate, endDate }] });

// 20 WD from Mon 14 Apr 2025: 15 (1), 16 (2), 17 (3), [18 Good Friday, 21 Easter Monday], 22–25 (4–7),
// 28–30 (8–10), 1 May (11), 2 (12), [5 May holiday], 6–9 (13–16), 12 (17), 13 (18), 14 (19), 15 (20) → 2025-05-15
test('early help assessment wait: on time, late, not yet due, stopped', () => {
  assert.deepEqual(brief(onlyInstance(earlyHelpAssessmentWait, earlyHelp('2025-05-15'), '2025-06-30')), { due: '2025-05-15', state: 'met_on_time', lateness: 0, completed: '2025-05-15' });
  // Mon 19 May: Fri 16 (1), Mon 19 (2)
  assert.deepEqual(brief(onlyInstance(earlyHelpAssessmentWait, earlyHelp('2025-05-19'), '2025-06-30')), { due: '2025-05-15', state: 'met_late', lateness: 2, completed: '2025-05-19' });
  assert.equal(onlyInstance(earlyHelpAssessmentWait, earlyHelp(null), '2025-04-22').state, 'upcoming');
  assert.equal(onlyInstance(earlyHelpAssessmentWait, earlyHelp(null, '2025-05-01'), '2025-06-30').state, 'stopped');
});

// The team board's per-child summary, hand-counted: which kinds of work are open on a day (from the
// opening date, until before the end date), the latest supervision on or before today, the open clocks'
// due dates, and the days on which the stored kinds and supervision stay right.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Journey } from '../journey/journey.ts';
import { childOversight, lastOversightOn, openKindsOfWork } from './oversight-summary.ts';

// Only the dates the summary reads are given: the records are otherwise incomplete.
const journey = (rest: Record<string, unknown>): Journey => ({ child: { id: 'c1', dateOfBirth: '2015-06-01' }, ...rest }) as unknown as Journey;

const cpPlanAndCare = journey({
  cpPlans: [{ id: 'p1', startDate: '2026-01-10', endDate: '2026-04-01' }],
  periodsOfCare: [{ id: 'l1', startDate: '2026-04-01', endDate: null }],
  assessments: [{ id: 'a1', startDate: '2025-12-01', authorisedDate: '2026-01-05' }],
  careLeaver: null,
  proceedings: [{ id: 'x1', issueDate: '2026-06-01', finalOrderDate: null }],
  caseSupervisions: [
    { id: 's1', date: '2026-02-01' },
    { id: 's2', date: '2026-03-15' },
    { id: 's3', date: '2026-05-20' },
  ],
  allocations: [
    { workerId: 'w2', teamId: 't1', startDate: '2026-03-01', endDate: null },
    { workerId: 'w1', teamId: 't1', startDate: '2025-11-01', endDate: '2026-03-01' },
  ],
});

test('kinds of work: open from the opening date, closed on the end date, in record-type order', () => {
  assert.deepEqual(openKindsOfWork(cpPlanAndCare, '2026-01-04'), ['assessment']);
  assert.deepEqual(openKindsOfWork(cpPlanAndCare, '2026-01-05'), [], 'authorised on the 5th: no longer open that day');
  assert.deepEqual(openKindsOfWork(cpPlanAndCare, '2026-01-10'), ['child_protection']);
  assert.deepEqual(openKindsOfWork(cpPlanAndCare, '2026-03-31'), ['child_protection']);
  assert.deepEqual(openKindsOfWork(cpPlanAndCare, '2026-04-01'), ['looked_after'], 'the plan ended the day care began');
  assert.deepEqual(openKindsOfWork(cpPlanAndCare, '2026-06-01'), ['looked_after', 'care_proceedings']);
  assert.deepEqual(openKindsOfWork(journey({ careLeaver: { eligibleFrom: '2026-02-01', endDate: null }, earlyHelp: [{ id: 'e', requestDate: '2026-01-01', endDate: '2026-02-01' }] }), '2026-02-01'), ['care_leaver']);
});

test('latest supervision on or before today; none before the first', () => {
  assert.equal(lastOversightOn(cpPlanAndCare, '2026-01-31'), null);
  assert.equal(lastOversightOn(cpPlanAndCare, '2026-03-15'), '2026-03-15');
  assert.equal(lastOversightOn(cpPlanAndCare, '2026-05-19'), '2026-03-15', 'a supervision dated ahead does not count yet');
});

test('the summary keeps the open clocks’ due dates and the days on which its kinds and supervision hold', () => {
  const clocks = [
    { dueDate: '2026-03-20', open: true, dueSoon: false },
    { dueDate: '2026-03-02', open: true, dueSoon: false },
    { dueDate: '2026-03-18', open: true, dueSoon: true },
    { dueDate: '2026-01-01', open: false, dueSoon: false },
  ];
  const summary = childOversight(cpPlanAndCare, clocks, '2026-03-16');
  assert.deepEqual(summary, {
    openDueDates: ['2026-03-02', '2026-03-18', '2026-03-20'],
    dueSoonDates: ['2026-03-18'],
    kinds: ['child_protection'],
    lastOversight: '2026-03-15',
    allocationStarts: ['2025-11-01', '2026-03-01'],
    // The last change on or before the 16th is the supervision of the 15th; the next, the plan's end on 1 April.
    validFrom: '2026-03-15',
    validUntil: '2026-04-01',
  });
  // Every day of the window gives the same kinds and supervision as the day it was computed; the days either side do not.
  for (const day of ['2026-03-15', '2026-03-16', '2026-03-31']) {
    assert.deepEqual(openKindsOfWork(cpPlanAndCare, day), summary.kinds);
    assert.equal(lastOversightOn(cpPlanAndCare, day), summary.lastOversight);
  }
  assert.notEqual(lastOversightOn(cpPlanAndCare, '2026-03-14'), summary.lastOversight);
  assert.notDeepEqual(openKindsOfWork(cpPlanAndCare, '2026-04-01'), summary.kinds);
});

test('a child with no dated work and no supervision: the summary holds on every day', () => {
  const summary = childOversight(journey({ visits: [{ id: 'v', date: '2026-01-01', childSeen: true }] }), [], '2026-03-16');
  assert.deepEqual(summary, { openDueDates: [], dueSoonDates: [], kinds: [], lastOversight: null, allocationStarts: [], validFrom: null, validUntil: null });
});

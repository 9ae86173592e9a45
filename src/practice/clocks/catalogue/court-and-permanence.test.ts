// Hand-counted cases for the adoption scorecard, pre-proceedings, care proceedings and secure accommodation
// clocks, and checks over the whole catalogue. Each comment shows the count.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, instancesOf, journeyOf, onlyInstance } from '../test-helpers.ts';
import { adoptionA1, adoptionA2, careProceedings, preProceedings, secureAccommodationWithoutOrder } from './court-and-permanence.ts';
import * as missingAndLeavingCare from './missing-and-leaving-care.ts';
import * as courtAndPermanence from './court-and-permanence.ts';
import * as otherSubjects from './other-subjects.ts';
import { CLOCKS } from './index.ts';
import type { Adoption } from '../../journey/court.ts';
import type { Placement } from '../../journey/looked-after.ts';

// ---- Adoption A1: entering care → moving in, 426 days ----

const adoptedFrom = (adoption: Partial<Adoption>) =>
  journeyOf({
    periodsOfCare: [
      { id: 'poc-old', startDate: '2020-05-01', endDate: '2021-01-10' },
      { id: 'poc', startDate: '2023-03-01', endDate: null },
    ],
    adoption: { decisionDate: '2023-09-01', ...adoption },
  });

// From Wed 1 Mar 2023 (the start of the latest period of care before the decision of 1 Sep 2023):
// 1 Mar 2023 → 1 Mar 2024 is 366 days (it takes in 29 Feb 2024); + 60 more: → 31 Mar (30), → 30 Apr (60) → Tue 30 Apr 2024
test('adoption A1 met on the 426th day, counted from the period of care that led to adoption', () => {
  const i = onlyInstance(adoptionA1, adoptedFrom({ placedDate: '2024-04-30' }), '2024-06-01');
  assert.deepEqual(brief(i), { due: '2024-04-30', state: 'met_on_time', lateness: 0, completed: '2024-04-30' });
  assert.equal(i.recordId, 'poc');
  assert.equal(i.started, '2023-03-01');
});

test('adoption A1 met late', () => {
  // moved in Fri 3 May 2024: 30 Apr → 3 May = 3 days late
  assert.deepEqual(brief(onlyInstance(adoptionA1, adoptedFrom({ placedDate: '2024-05-03' }), '2024-06-01')), { due: '2024-04-30', state: 'met_late', lateness: 3, completed: '2024-05-03' });
});

test('adoption A1 not yet due; no clock without an adoption decision; stopped by a reversal', () => {
  assert.deepEqual(brief(onlyInstance(adoptionA1, adoptedFrom({}), '2024-01-01')), { due: '2024-04-30', state: 'upcoming', lateness: null, completed: null });
  assert.equal(instancesOf(adoptionA1, adoptedFrom({ decisionDate: null }), '2024-01-01').length, 0);
  // a decision before the later period began anchors on the earlier period (1 May 2020 + 426 days = 1 Jul 2021)
  assert.equal(onlyInstance(adoptionA1, adoptedFrom({ decisionDate: '2020-09-01' }), '2021-01-01').due, '2021-07-01');
  const reversed = onlyInstance(adoptionA1, adoptedFrom({ decisionReversedDate: '2024-02-01' }), '2024-06-01');
  assert.equal(reversed.state, 'stopped');
  assert.equal(reversed.stoppedAt, '2024-02-01');
});

// ---- Adoption A2: placement order → match, 121 days ----

// From Mon 15 Jan 2024: → 31 Jan (16), → 29 Feb (45, a leap year), → 31 Mar (76), → 30 Apr (106), → 15 May (121) → Wed 15 May 2024
const matched = (matchedDate: string | null) => journeyOf({ adoption: { decisionDate: '2023-10-01', placementOrderDate: '2024-01-15', matchedDate } });

test('adoption A2 met on the 121st day across 29 February', () => {
  assert.deepEqual(brief(onlyInstance(adoptionA2, matched('2024-05-15'), '2024-06-01')), { due: '2024-05-15', state: 'met_on_time', lateness: 0, completed: '2024-05-15' });
});

test('adoption A2 met late', () => {
  // matched Mon 20 May: 15 → 20 May = 5 days late
  assert.deepEqual(brief(onlyInstance(adoptionA2, matched('2024-05-20'), '2024-06-01')), { due: '2024-05-15', state: 'met_late', lateness: 5, completed: '2024-05-20' });
});

test('adoption A2 not yet due, then overdue', () => {
  assert.deepEqual(brief(onlyInstance(adoptionA2, matched(null), '2024-03-01')), { due: '2024-05-15', state: 'upcoming', lateness: null, completed: null });
  // as at Fri 17 May: 15 → 17 May = 2 days overdue
  assert.deepEqual(brief(onlyInstance(adoptionA2, matched(null), '2024-05-17')), { due: '2024-05-15', state: 'overdue', lateness: 2, completed: null });
});

// ---- Pre-proceedings (PLO): 16 weeks ----

// 16 weeks = 112 days from the letter on Mon 6 Jan 2025: → 31 Jan (25), → 28 Feb (53), → 31 Mar (84), → 28 Apr (112) → Mon 28 Apr 2025
const plo = (endDate: string | null) => journeyOf({ preProceedings: [{ id: 'p1', letterDate: '2025-01-06', endDate }] });

test('pre-proceedings concluded on the last day of 16 weeks', () => {
  assert.deepEqual(brief(onlyInstance(preProceedings, plo('2025-04-28'), '2025-05-31')), { due: '2025-04-28', state: 'met_on_time', lateness: 0, completed: '2025-04-28' });
});

test('pre-proceedings concluded late', () => {
  // Fri 2 May: 28 Apr → 2 May = 4 days late
  assert.deepEqual(brief(onlyInstance(preProceedings, plo('2025-05-02'), '2025-05-31')), { due: '2025-04-28', state: 'met_late', lateness: 4, completed: '2025-05-02' });
});

test('pre-proceedings not yet due, then due soon', () => {
  assert.equal(onlyInstance(preProceedings, plo(null), '2025-02-01').state, 'upcoming');
  // as at Fri 25 Apr: one working day (Mon 28 Apr) left → due soon
  assert.deepEqual(brief(onlyInstance(preProceedings, plo(null), '2025-04-25')), { due: '2025-04-28', state: 'due_soon', lateness: null, completed: null });
});

// ---- Care proceedings: 26 weeks ----

// 26 weeks = 182 days from issue on Tue 1 Oct 2024: → 31 Oct (30), → 30 Nov (60), → 31 Dec (91), → 31 Jan (122),
// → 28 Feb (150), → 31 Mar (181), → 1 Apr (182) → Tue 1 Apr 2025 (a Tuesday, 26 weeks on)
const proceedings = (finalOrderDate: string | null) => journeyOf({ proceedings: [{ id: 'cp1', issueDate: '2024-10-01', finalOrderDate }] });

test('care proceedings concluded in 26 weeks', () => {
  assert.deepEqual(brief(onlyInstance(careProceedings, proceedings('2025-04-01'), '2025-06-01')), { due: '2025-04-01', state: 'met_on_time', lateness: 0, completed: '2025-04-01' });
});

test('care proceedings concluded two weeks late', () => {
  // final order Tue 15 Apr 2025: 1 → 15 Apr = 14 days late
  assert.deepEqual(brief(onlyInstance(careProceedings, proceedings('2025-04-15'), '2025-06-01')), { due: '2025-04-01', state: 'met_late', lateness: 14, completed: '2025-04-15' });
});

test('care proceedings not yet due', () => {
  assert.deepEqual(brief(onlyInstance(careProceedings, proceedings(null), '2025-01-01')), { due: '2025-04-01', state: 'upcoming', lateness: null, completed: null });
});

// ---- Secure accommodation without a court order: 72 clock hours ----

const secure = (extra: Partial<Placement>) =>
  journeyOf({
    placements: [
      { id: 'pl0', periodOfCareId: 'poc', startDate: '2024-09-01', endDate: '2024-10-25', typeCode: 'K2', placedWith: 'other' },
      { id: 'pl1', periodOfCareId: 'poc', startDate: '2024-10-25', endDate: null, typeCode: 'K1', placedWith: 'other', secureFrom: '2024-10-25T15:00', ...extra },
    ],
  });

// Placed in secure accommodation Fri 25 Oct 2024 at 15:00 BST (= 14:00Z). The clocks go back on Sun 27 Oct, so 72
// elapsed hours end at 2024-10-28T14:00Z, which is 14:00 GMT on Mon 28 Oct (not 15:00 as the wall clock would suggest).
test('secure accommodation order obtained on time, 72 hours across the clocks going back', () => {
  const i = onlyInstance(secureAccommodationWithoutOrder, secure({ secureCourtOrderAt: '2024-10-28T14:00' }), '2024-11-01');
  assert.deepEqual(brief(i), { due: '2024-10-28T14:00:00+00:00', state: 'met_on_time', lateness: 0, completed: '2024-10-28T14:00:00+00:00' });
  assert.equal(i.recordId, 'pl1');
  assert.equal(i.latenessUnit, 'hours');
});

test('secure accommodation order late: part hours round up', () => {
  // order at 16:15 GMT: 2 h 15 min past 14:00 → 3 hours late
  assert.deepEqual(brief(onlyInstance(secureAccommodationWithoutOrder, secure({ secureCourtOrderAt: '2024-10-28T16:15' }), '2024-11-01')), {
    due: '2024-10-28T14:00:00+00:00', state: 'met_late', lateness: 3, completed: '2024-10-28T16:15:00+00:00',
  });
});

test('secure accommodation not yet due, then due soon', () => {
  // as at Sat 26 Oct 12:00 BST = 11:00Z: → 14:00Z Mon 28 Oct is 51 hours (the extra hour of the clock change included) → upcoming
  assert.deepEqual(brief(onlyInstance(secureAccommodationWithoutOrder, secure({}), '2024-10-26T12:00')), { due: '2024-10-28T14:00:00+00:00', state: 'upcoming', lateness: null, completed: null });
  // as at Sun 27 Oct 15:00 GMT = 15:00Z: 23 hours left ≤ 24 → due soon
  assert.equal(onlyInstance(secureAccommodationWithoutOrder, secure({}), '2024-10-27T15:00').state, 'due_soon');
});

test('secure accommodation stopped by the placement ending (at the end of its end date)', () => {
  // ended Sun 27 Oct: stopped at 23:59 GMT that day, before the 72 hours were up → lateness 0
  const early = onlyInstance(secureAccommodationWithoutOrder, secure({ endDate: '2024-10-27' }), '2024-11-01');
  assert.equal(early.state, 'stopped');
  assert.equal(early.stoppedAt, '2024-10-27T23:59:00+00:00');
  assert.equal(early.lateness, 0);
  // ended Mon 28 Oct: stopped 23:59 GMT, 9 h 59 min after the 72 hours → 10 hours
  const late = onlyInstance(secureAccommodationWithoutOrder, secure({ endDate: '2024-10-28' }), '2024-11-01');
  assert.deepEqual([late.state, late.lateness], ['stopped', 10]);
  // without an order or an end, overdue: as at the end of Tue 29 Oct (23:59Z) → 33 h 59 min → 34 hours
  assert.deepEqual(brief(onlyInstance(secureAccommodationWithoutOrder, secure({}), '2024-10-29')), { due: '2024-10-28T14:00:00+00:00', state: 'overdue', lateness: 34, completed: null });
});

// ---- The whole catalogue ----

test('every catalogued clock has a non-empty source and a unique id', () => {
  const ids = new Set<string>();
  for (const clock of CLOCKS) {
    assert.ok(clock.source.trim().length > 0, `${clock.id} has no source`);
    assert.ok(!ids.has(clock.id), `${clock.id} is catalogued twice`);
    ids.add(clock.id);
  }
});

test('every clock in these files is registered, and only clocks about a child are evaluated', () => {
  const mine = [...Object.values(missingAndLeavingCare), ...Object.values(courtAndPermanence), ...Object.values(otherSubjects)];
  for (const clock of mine) {
    assert.ok(CLOCKS.includes(clock), `${clock.id} is not in CLOCKS`);
    assert.equal(clock.evaluate !== undefined, clock.subject === 'child', `${clock.id}: evaluate should be present exactly for a child clock`);
  }
  assert.equal(Object.values(otherSubjects).filter((c) => c.evaluate === undefined).length, 10);
});

// The adopter clocks, hand-counted: stage 1 due 2 calendar months from its start, stage 2 due 4 months
// from its start (clamped to a short month's last day), met on time, met late, overdue, due soon, and
// stopped when the household leaves the process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { adopterClocks, anyOverdue } from './adopter-clocks.ts';
import { householdOf } from './test-household.ts';
import { createCalendar } from '../calendar/calendar.ts';
import { DEFAULT_LOCAL_STANDARDS } from '../clocks/types.ts';

const options = (asAt: string) => ({ asAt, settings: DEFAULT_LOCAL_STANDARDS, calendar: createCalendar() });
const brief = (parts: Parameters<typeof householdOf>[0], asAt = '2026-11-02') =>
  adopterClocks(householdOf(parts), options(asAt)).map((i) => ({ clock: i.clockId, due: i.due, state: i.state, lateness: i.lateness }));

test('no stage started: no clocks', () => {
  assert.deepEqual(brief({}), []);
});

test('stage 1 met on time: started 15 January, due 15 March, ended 10 March', () => {
  assert.deepEqual(brief({ stage1StartedOn: '2026-01-15', stage1EndedOn: '2026-03-10' }), [{ clock: 'adopter-assessment-stage-1', due: '2026-03-15', state: 'met_on_time', lateness: 0 }]);
});

test('stage 1 met late: ended 20 March, 5 days after 15 March', () => {
  assert.deepEqual(brief({ stage1StartedOn: '2026-01-15', stage1EndedOn: '2026-03-20' }), [{ clock: 'adopter-assessment-stage-1', due: '2026-03-15', state: 'met_late', lateness: 5 }]);
});

test('stage 1 overdue: started 31 August, due 31 October, 2 days over on 2 November', () => {
  const instances = adopterClocks(householdOf({ stage1StartedOn: '2026-08-31' }), options('2026-11-02'));
  assert.deepEqual(instances.map((i) => [i.due, i.state, i.lateness]), [['2026-10-31', 'overdue', 2]]);
  assert.equal(anyOverdue(instances), true);
  assert.equal(instances[0]!.householdId, 'household-1');
});

test('stage 1 from 31 December is due on 28 February (the month is clamped)', () => {
  assert.deepEqual(brief({ enquiryReceivedOn: '2025-12-01', stage1StartedOn: '2025-12-31' }, '2026-02-27').map((i) => [i.due, i.state]), [['2026-02-28', 'due_soon']]);
});

test('due soon within 5 working days, upcoming before that', () => {
  // Due Thursday 5 November 2026; on Monday 2 November that is 3 working days away.
  assert.deepEqual(brief({ stage1StartedOn: '2026-09-05' }).map((i) => [i.due, i.state]), [['2026-11-05', 'due_soon']]);
  assert.deepEqual(brief({ stage1StartedOn: '2026-10-01' }).map((i) => [i.due, i.state]), [['2026-12-01', 'upcoming']]);
});

test('stage 2: 4 months from its start, met by the end of stage 2', () => {
  assert.deepEqual(brief({ stage1StartedOn: '2026-01-15', stage1EndedOn: '2026-03-10', stage2StartedOn: '2026-04-30', stage2EndedOn: '2026-08-28', approvedOn: '2026-09-02' }), [
    { clock: 'adopter-assessment-stage-1', due: '2026-03-15', state: 'met_on_time', lateness: 0 },
    { clock: 'adopter-assessment-stage-2', due: '2026-08-30', state: 'met_on_time', lateness: 0 },
  ]);
});

test('stopped by withdrawal: after falling due it counts the days late to the withdrawal; before, none', () => {
  assert.deepEqual(brief({ stage2StartedOn: '2026-04-30', leftOn: '2026-09-10', leavingReason: 'withdrew' }), [{ clock: 'adopter-assessment-stage-2', due: '2026-08-30', state: 'stopped', lateness: 11 }]);
  assert.deepEqual(brief({ stage2StartedOn: '2026-04-30', leftOn: '2026-06-01', leavingReason: 'withdrew' }), [{ clock: 'adopter-assessment-stage-2', due: '2026-08-30', state: 'stopped', lateness: 0 }]);
  // A stage already met stays met when the household later leaves.
  assert.deepEqual(brief({ stage1StartedOn: '2026-01-15', stage1EndedOn: '2026-03-10', leftOn: '2026-04-01', leavingReason: 'on_hold' }).map((i) => i.state), ['met_on_time']);
});

// The worker supervision clock, counted by hand on a calendar.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateWorkerSupervision, supervisionDueAfter } from './worker-supervision.ts';

const monthly = { asyeStart: null, monthsBetween: 1 };

test('monthly supervision: each session starts the next month; a session after the due date is late', () => {
  const clock = evaluateWorkerSupervision({ ...monthly, sessions: ['2025-03-20', '2025-01-10', '2025-02-07'], joined: '2025-01-10', today: '2025-04-01' });
  assert.deepEqual(
    clock.periods.map((p) => [p.start, p.due, p.metOn, p.state]),
    [
      ['2025-01-10', '2025-02-10', '2025-02-07', 'met_on_time'],
      ['2025-02-07', '2025-03-07', '2025-03-20', 'met_late'],
      ['2025-03-20', '2025-04-20', null, 'running'],
    ],
  );
  assert.equal(clock.lastSession, '2025-03-20');
  assert.equal(clock.nextDue, '2025-04-20');
  assert.equal(clock.overdue, false);
});

test('a session on the due date is on time; the clock is overdue from the day after', () => {
  const onTheDay = evaluateWorkerSupervision({ ...monthly, sessions: ['2025-01-10', '2025-02-10'], joined: '2025-01-10', today: '2025-02-10' });
  assert.equal(onTheDay.periods[0]!.state, 'met_on_time');
  const dueDay = evaluateWorkerSupervision({ ...monthly, sessions: ['2025-03-20'], joined: '2025-03-20', today: '2025-04-20' });
  assert.equal(dueDay.overdue, false);
  const dayAfter = evaluateWorkerSupervision({ ...monthly, sessions: ['2025-03-20'], joined: '2025-03-20', today: '2025-04-22' });
  assert.equal(dayAfter.overdue, true);
  assert.equal(dayAfter.daysOverdue, 2);
  assert.equal(dayAfter.periods.at(-1)!.state, 'overdue');
});

test('no session yet: the clock runs from the day the worker joined', () => {
  const clock = evaluateWorkerSupervision({ ...monthly, sessions: [], joined: '2025-03-01', today: '2025-04-02' });
  assert.equal(clock.lastSession, null);
  assert.equal(clock.nextDue, '2025-04-01');
  assert.equal(clock.daysOverdue, 1);
});

test('sessions recorded for later dates do not count yet; the LA may set two-monthly supervision', () => {
  const clock = evaluateWorkerSupervision({ asyeStart: null, monthsBetween: 2, sessions: ['2025-01-10', '2025-05-01'], joined: '2025-01-10', today: '2025-02-01' });
  assert.equal(clock.lastSession, '2025-01-10');
  assert.equal(clock.nextDue, '2025-03-10');
});

test('ASYE: weekly for 6 weeks, fortnightly to 6 months, monthly to 12 months, then the LA standard', () => {
  const start = '2025-01-06'; // a Monday; 6 weeks end 2025-02-17, 6 months 2025-07-06, 12 months 2026-01-06
  assert.deepEqual(supervisionDueAfter('2025-02-16', start, 1), { due: '2025-02-23', pattern: 'asye_weekly' });
  assert.deepEqual(supervisionDueAfter('2025-02-17', start, 1), { due: '2025-03-03', pattern: 'asye_fortnightly' });
  assert.deepEqual(supervisionDueAfter('2025-07-05', start, 1), { due: '2025-07-19', pattern: 'asye_fortnightly' });
  assert.deepEqual(supervisionDueAfter('2025-07-10', start, 1), { due: '2025-08-10', pattern: 'asye_monthly' });
  assert.deepEqual(supervisionDueAfter('2026-01-10', start, 2), { due: '2026-03-10', pattern: 'standard' });

  const clock = evaluateWorkerSupervision({
    asyeStart: start,
    monthsBetween: 1,
    joined: '2024-12-01',
    sessions: ['2025-01-13', '2025-01-20', '2025-02-14', '2025-02-25', '2025-03-10'],
    today: '2025-03-30',
  });
  assert.deepEqual(
    clock.periods.map((p) => [p.start, p.due, p.state, p.pattern]),
    [
      ['2025-01-06', '2025-01-13', 'met_on_time', 'asye_weekly'],
      ['2025-01-13', '2025-01-20', 'met_on_time', 'asye_weekly'],
      ['2025-01-20', '2025-01-27', 'met_late', 'asye_weekly'],
      ['2025-02-14', '2025-02-21', 'met_late', 'asye_weekly'],
      ['2025-02-25', '2025-03-11', 'met_on_time', 'asye_fortnightly'],
      ['2025-03-10', '2025-03-24', 'overdue', 'asye_fortnightly'],
    ],
  );
  assert.equal(clock.daysOverdue, 6);
  assert.equal(clock.inAsye, true);
});

test('ASYE with no session: the first is due a week after the ASYE starts', () => {
  const clock = evaluateWorkerSupervision({ asyeStart: '2025-09-01', monthsBetween: 1, joined: '2025-09-01', sessions: [], today: '2025-09-05' });
  assert.equal(clock.nextDue, '2025-09-08');
  assert.equal(clock.overdue, false);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readWorkerSupervision } from './validate-worker-supervision.ts';

const context = { today: '2026-11-02', asye: false, childIds: ['c1', 'c2'] };
const good = { 'date-day': '2', 'date-month': '11', 'date-year': '2026', kind: 'supervision', reflectiveSummary: ' Reflected on a visit. ', wellbeingDiscussed: 'yes', workloadDiscussed: 'no', childrenDiscussed: 'c2' };

test('a complete form is read into a session', () => {
  const read = readWorkerSupervision(good, context);
  assert.deepEqual(read, { ok: true, record: { sessionDate: '2026-11-02', kind: 'supervision', reflectiveSummary: 'Reflected on a visit.', wellbeingDiscussed: true, workloadDiscussed: false, childrenDiscussed: ['c2'], note: '' } });
});

test('every problem is named against its field', () => {
  const read = readWorkerSupervision({ 'date-day': '31', 'date-month': '2', 'date-year': '2026', kind: 'asye_review', childrenDiscussed: ['c1', 'other'] }, context);
  assert.equal(read.ok, false);
  if (read.ok) return;
  assert.deepEqual(read.problems.map((p) => p.field), ['date-day', 'kind', 'reflectiveSummary', 'wellbeingDiscussed', 'workloadDiscussed', 'childrenDiscussed']);
  const future = readWorkerSupervision({ ...good, 'date-day': '3' }, context);
  assert.equal(future.ok, false);
  assert.match(JSON.stringify(future), /today or in the past/);
  assert.equal(readWorkerSupervision({ ...good, kind: 'asye_review' }, { ...context, asye: true }).ok, true);
});

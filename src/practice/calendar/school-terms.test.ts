import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nextTermStart, termEnd } from './school-terms.ts';
import { fromDayNumber, toDayNumber } from './day-number.ts';

test('terms: the next start after a day, and each term’s last day', () => {
  const next = (iso: string): string => fromDayNumber(nextTermStart(toDayNumber(iso)));
  assert.equal(next('2025-01-01'), '2025-04-01'); // 1 Jan is a start, so the next one strictly after is 1 Apr
  assert.equal(next('2025-03-31'), '2025-04-01');
  assert.equal(next('2025-08-15'), '2025-09-01'); // August is not a term
  assert.equal(next('2025-09-01'), '2026-01-01');
  assert.equal(fromDayNumber(termEnd(toDayNumber('2024-01-01'))), '2024-03-31');
  assert.equal(fromDayNumber(termEnd(toDayNumber('2024-04-01'))), '2024-07-31');
  assert.equal(fromDayNumber(termEnd(toDayNumber('2024-09-01'))), '2024-12-31');
});

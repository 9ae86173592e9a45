import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatDate, formatDateTime } from './format-date.ts';
import { chronologicalKey, englandDateOf } from './england-date.ts';

describe('formatDate and formatDateTime', () => {
  it('writes dates the GOV.UK way', () => {
    assert.equal(formatDate('2025-03-03'), '3 March 2025');
    assert.equal(formatDate('2024-12-31'), '31 December 2024');
    assert.equal(formatDateTime('2025-03-03T09:15'), '3 March 2025 at 9:15am');
    assert.equal(formatDateTime('2025-03-03T12:00'), '3 March 2025 at 12pm');
    assert.equal(formatDateTime('2025-03-03T00:05'), '3 March 2025 at 12:05am');
  });

  it('shows a time with an offset as England wall-clock time', () => {
    assert.equal(formatDateTime('2024-08-23T23:30:00Z'), '24 August 2024 at 12:30am');
    assert.equal(formatDate('2024-08-23T23:30:00Z'), '24 August 2024');
  });
});

describe('england dates and the chronological key', () => {
  it('dates a time by England, in summer and in winter', () => {
    assert.equal(englandDateOf('2024-08-23T23:30:00Z'), '2024-08-24');
    assert.equal(englandDateOf('2024-01-11T23:30:00Z'), '2024-01-11');
    assert.equal(englandDateOf('2024-01-11'), '2024-01-11');
  });

  it('sorts a date before the times of its day, and times by instant across the October change', () => {
    assert.ok(chronologicalKey('2025-03-03') < chronologicalKey('2025-03-03T00:00'));
    assert.ok(chronologicalKey('2025-03-03T23:59') < chronologicalKey('2025-03-04'));
    // 01:30 BST happens an hour before 01:10 GMT on 27 October 2024.
    assert.ok(chronologicalKey('2024-10-27T01:30:00+01:00') < chronologicalKey('2024-10-27T01:10:00+00:00'));
  });
});

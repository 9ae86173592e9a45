import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addHours, fromInstant, hoursBetween, londonOffsetMs, londonOffsetMsUncached, toInstant } from './clock-hours.ts';

test('72 hours across the last Sunday of March ends an hour later on the wall clock', () => {
  // Fri 28 Mar 2025 17:00 GMT. Clocks go forward at 01:00 GMT on Sun 30 Mar. 72 elapsed hours later is
  // Mon 31 Mar 17:00 GMT, which is 18:00 BST.
  assert.equal(addHours('2025-03-28T17:00', 72), '2025-03-31T18:00:00+01:00');
  assert.equal(hoursBetween('2025-03-28T17:00', '2025-03-31T17:00'), 71);
  assert.equal(hoursBetween('2025-03-29T12:00', '2025-03-30T12:00'), 23);
});

test('72 hours across the last Sunday of October ends an hour earlier on the wall clock', () => {
  // Fri 24 Oct 2025 17:00 BST; clocks go back at 02:00 BST on Sun 26 Oct → Mon 27 Oct 16:00 GMT.
  assert.equal(addHours('2025-10-24T17:00', 72), '2025-10-27T16:00:00+00:00');
  assert.equal(hoursBetween('2025-10-25T12:00', '2025-10-26T12:00'), 25);
});

test('no DST change: 72 hours is the same wall time three days on', () => {
  assert.equal(addHours('2025-01-10T09:30', 72), '2025-01-13T09:30:00+00:00');
  assert.equal(addHours('2025-07-10T09:30', 72), '2025-07-13T09:30:00+01:00');
});

test('an explicit Z or offset is that instant; output is England local time with its offset', () => {
  assert.equal(addHours('2025-03-31T17:00:00Z', 72), '2025-04-03T18:00:00+01:00');
  assert.equal(hoursBetween('2025-03-31T17:00:00Z', '2025-03-31T18:00+01:00'), 0);
  assert.equal(hoursBetween('2025-03-31T17:00:00Z', '2025-03-31T18:00'), 0);
  assert.equal(toInstant('2025-06-01T12:00Z'), Date.UTC(2025, 5, 1, 12));
  assert.equal(toInstant('2025-06-01T12:00-04:30'), Date.UTC(2025, 5, 1, 16, 30));
  assert.equal(fromInstant(Date.UTC(2025, 0, 1, 0, 0, 0)), '2025-01-01T00:00:00+00:00');
  assert.equal(fromInstant(Date.UTC(2025, 5, 30, 23, 30, 0)), '2025-07-01T00:30:00+01:00');
  assert.equal(londonOffsetMs(Date.UTC(2025, 5, 1)), 3_600_000);
  assert.equal(londonOffsetMs(Date.UTC(2025, 0, 1)), 0);
});

test('a wall time in the skipped hour is read forward; a repeated one is the first (BST) one', () => {
  // 01:30 on Sun 30 Mar 2025 never happened in England; it is read as 02:30 BST (= 01:30 GMT).
  assert.equal(toInstant('2025-03-30T01:30'), toInstant('2025-03-30T01:30Z'));
  assert.equal(fromInstant(toInstant('2025-03-30T01:30')), '2025-03-30T02:30:00+01:00');
  // 01:30 on Sun 26 Oct 2025 happened twice; without an offset it is the first, 01:30 BST = 00:30 GMT.
  assert.equal(toInstant('2025-10-26T01:30'), toInstant('2025-10-26T00:30Z'));
  assert.equal(hoursBetween('2025-10-26T01:30', '2025-10-26T01:30+00:00'), 1);
  // the edges of the changes
  assert.equal(fromInstant(toInstant('2025-03-30T00:59')), '2025-03-30T00:59:00+00:00');
  assert.equal(fromInstant(toInstant('2025-03-30T02:00')), '2025-03-30T02:00:00+01:00');
  assert.equal(fromInstant(toInstant('2025-10-26T02:00')), '2025-10-26T02:00:00+00:00');
});

test('fractions, seconds and negative hours', () => {
  assert.equal(addHours('2025-01-10T09:00', 1.5), '2025-01-10T10:30:00+00:00');
  assert.equal(addHours('2025-01-10T09:00:30', -72), '2025-01-07T09:00:30+00:00');
  assert.equal(addHours('2025-01-10T09:00:00.5Z', 0), '2025-01-10T09:00:00.500+00:00');
  assert.equal(hoursBetween('2025-01-10T09:00', '2025-01-10T08:00'), -1);
  assert.equal(hoursBetween('2025-01-10T09:00', '2025-01-10T09:45'), 0.75);
});

test('malformed date-times are refused with a message naming the input', () => {
  assert.throws(() => toInstant('2025-02-30T10:00'), { name: 'RangeError', message: '"2025-02-30T10:00" is not a date-time: 2025-02-30 is not a date' });
  assert.throws(() => toInstant('2025-01-01 10:00'), /is not a date-time as YYYY-MM-DDTHH:MM/);
  assert.throws(() => toInstant('2025-01-01T10'), /is not a date-time as/);
  assert.throws(() => toInstant('2025-01-01'), /is not a date-time as/);
  assert.throws(() => toInstant('2025-01-01T24:00'), /no such time of day/);
  assert.throws(() => toInstant('2025-01-01T10:60'), /no such time of day/);
  assert.throws(() => toInstant('2025-01-01T10:00+25:00'), /impossible UTC offset \+25:00/);
  assert.throws(() => addHours('2025-01-01T10:00', Number.POSITIVE_INFINITY), /hours must be a finite number/);
  assert.throws(() => fromInstant(1.5), /not a whole number of milliseconds/);
});

test('the cached offsets agree with Intl at every hour 2019–2030, and around the changes to the minute', () => {
  for (let t = Date.UTC(2019, 0, 1); t < Date.UTC(2031, 0, 1); t += 3_600_000) {
    assert.equal(londonOffsetMs(t), londonOffsetMsUncached(t), new Date(t).toISOString());
  }
  // 2025: forward at 01:00 GMT on 30 Mar, back at 01:00 GMT on 26 Oct
  assert.equal(londonOffsetMs(Date.UTC(2025, 2, 30, 0, 59, 59)), 0);
  assert.equal(londonOffsetMs(Date.UTC(2025, 2, 30, 1, 0, 0)), 3_600_000);
  assert.equal(londonOffsetMs(Date.UTC(2025, 9, 26, 0, 59, 59)), 3_600_000);
  assert.equal(londonOffsetMs(Date.UTC(2025, 9, 26, 1, 0, 0)), 0);
  // outside the cached years Intl is asked directly: 1971 was British Standard Time (+1) all year
  assert.equal(londonOffsetMs(Date.UTC(1971, 0, 15)), 3_600_000);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  civilFromDays,
  daysFromCivil,
  daysInMonth,
  fromDayNumber,
  isIsoDate,
  isLeapYear,
  isoWeekday,
  isWeekend,
  parseIsoDate,
  toDayNumber,
  weekdayName,
  yearOfDayNumber,
} from './day-number.ts';

test('day 0 is 1970-01-01, a Thursday; day -1 is 1969-12-31', () => {
  assert.equal(toDayNumber('1970-01-01'), 0);
  assert.equal(fromDayNumber(0), '1970-01-01');
  assert.equal(isoWeekday(0), 4);
  assert.equal(fromDayNumber(-1), '1969-12-31');
  assert.equal(toDayNumber('1969-12-31'), -1);
});

test('known day numbers: 2000-03-01 is day 11017 (30 years of days + 7 leap days + Jan 31 + Feb 29)', () => {
  // 1970..1999 = 30 * 365 + 7 leap days (72, 76, 80, 84, 88, 92, 96) = 10957 → 2000-01-01; + 31 + 29 = 11017
  assert.equal(toDayNumber('2000-01-01'), 10957);
  assert.equal(toDayNumber('2000-03-01'), 11017);
  assert.equal(toDayNumber('2024-03-29'), 19811);
});

test('day numbers agree with Date.UTC for every day 1900–2101', () => {
  // The reference here is the platform's own UTC calendar, used only in the test.
  const first = Date.UTC(1900, 0, 1) / 86_400_000;
  const last = Date.UTC(2101, 11, 31) / 86_400_000;
  assert.equal(first, toDayNumber('1900-01-01'));
  for (let n = first; n <= last; n++) {
    const iso = new Date(n * 86_400_000).toISOString().slice(0, 10);
    const civil = civilFromDays(n);
    assert.equal(fromDayNumber(n), iso);
    assert.equal(daysFromCivil(civil.year, civil.month, civil.day), n);
    assert.equal(yearOfDayNumber(n), civil.year);
  }
});

test('leap years: divisible by 4, except centuries not divisible by 400', () => {
  assert.equal(isLeapYear(2024), true);
  assert.equal(isLeapYear(2023), false);
  assert.equal(isLeapYear(1900), false);
  assert.equal(isLeapYear(2000), true);
  assert.equal(isLeapYear(2100), false);
  assert.equal(daysInMonth(2024, 2), 29);
  assert.equal(daysInMonth(2100, 2), 28);
  assert.equal(daysInMonth(2025, 4), 30);
  // 2024-02-28 → +1 day is the leap day, +2 is 1 March
  assert.equal(fromDayNumber(toDayNumber('2024-02-28') + 1), '2024-02-29');
  assert.equal(fromDayNumber(toDayNumber('2024-02-28') + 2), '2024-03-01');
  assert.equal(fromDayNumber(toDayNumber('2100-02-28') + 1), '2100-03-01');
});

test('weekdays: 2024-03-29 was a Friday, 2024-03-30 a Saturday, 2024-03-31 a Sunday', () => {
  assert.equal(isoWeekday(toDayNumber('2024-03-29')), 5);
  assert.equal(weekdayName(toDayNumber('2024-03-29')), 'Friday');
  assert.equal(isWeekend(toDayNumber('2024-03-29')), false);
  assert.equal(isWeekend(toDayNumber('2024-03-30')), true);
  assert.equal(isoWeekday(toDayNumber('2024-03-31')), 7);
  assert.equal(isoWeekday(-4), 7); // 1969-12-28 was a Sunday: negative day numbers work too
});

test('malformed or impossible dates are refused with a message naming the input', () => {
  assert.throws(() => toDayNumber('2025-02-30'), { name: 'RangeError', message: '"2025-02-30" is not a date: 2025-02 has 28 days' });
  assert.throws(() => toDayNumber('2023-02-29'), /2023-02 has 28 days/);
  assert.throws(() => toDayNumber('2025-1-1'), { message: '"2025-1-1" is not a date as YYYY-MM-DD' });
  assert.throws(() => toDayNumber('2025-13-01'), /month 13 does not exist/);
  assert.throws(() => toDayNumber('2025-00-10'), /month 0 does not exist/);
  assert.throws(() => toDayNumber('2025-04-31'), /2025-04 has 30 days/);
  assert.throws(() => toDayNumber('2025-04-00'), /2025-04 has 30 days/);
  assert.throws(() => toDayNumber('2025-01-01T00:00'), /not a date as YYYY-MM-DD/);
  assert.throws(() => toDayNumber(' 2025-01-01'), /not a date as YYYY-MM-DD/);
  assert.throws(() => toDayNumber('2025/01/01'), /not a date as YYYY-MM-DD/);
  assert.throws(() => toDayNumber('2025-0a-01'), /not a date as YYYY-MM-DD/);
  assert.throws(() => toDayNumber('0000-01-01'), /no year 0000/);
  assert.throws(() => toDayNumber(''), /not a date/);
  assert.equal(isIsoDate('2024-02-29'), true);
  assert.equal(isIsoDate('2025-02-29'), false);
  assert.deepEqual(parseIsoDate('2024-02-29'), { year: 2024, month: 2, day: 29 });
});

test('fromDayNumber refuses fractions and years beyond 9999', () => {
  assert.throws(() => fromDayNumber(1.5), /not a whole day/);
  assert.throws(() => fromDayNumber(toDayNumber('9999-12-31') + 1), /not a whole day in years 0001–9999/);
  assert.equal(fromDayNumber(toDayNumber('0001-01-01')), '0001-01-01');
});

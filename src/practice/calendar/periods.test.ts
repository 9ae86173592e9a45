import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, addMonths, addMonthsToDayNumber, addWeeks, daysBetween } from './periods.ts';
import { toDayNumber, fromDayNumber } from './day-number.ts';

test('months clamp to the end of a short month (PRACTICE.md §3: "3 months after 31 Jan" is 30 Apr)', () => {
  assert.equal(addMonths('2025-01-31', 3), '2025-04-30');
  // 31 Aug + 3 months: November has 30 days → 30 Nov
  assert.equal(addMonths('2025-08-31', 3), '2025-11-30');
  // 31 Jan + 1 month: 28 Feb in 2025, 29 Feb in the leap year 2024
  assert.equal(addMonths('2025-01-31', 1), '2025-02-28');
  assert.equal(addMonths('2024-01-31', 1), '2024-02-29');
  // a day that exists in the target month is kept
  assert.equal(addMonths('2025-01-15', 1), '2025-02-15');
  assert.equal(addMonths('2025-04-30', 1), '2025-05-30');
});

test('leap day: 29 Feb + 12 months is 28 Feb; + 48 months is 29 Feb again', () => {
  assert.equal(addMonths('2024-02-29', 12), '2025-02-28');
  assert.equal(addMonths('2024-02-29', 48), '2028-02-29');
  assert.equal(addMonths('2024-02-29', -12), '2023-02-28');
});

test('months cross year ends both ways', () => {
  assert.equal(addMonths('2025-11-30', 3), '2026-02-28');
  assert.equal(addMonths('2025-12-31', 1), '2026-01-31');
  assert.equal(addMonths('2025-03-31', -1), '2025-02-28');
  assert.equal(addMonths('2025-01-10', -1), '2024-12-10');
  assert.equal(addMonths('2025-06-15', 0), '2025-06-15');
  assert.equal(addMonths('2025-06-15', -18), '2023-12-15');
});

test('clamping is not associative, so periods are counted from the base date', () => {
  // (31 Jan + 1 month) + 1 month = 28 Feb + 1 month = 28 Mar, but 31 Jan + 2 months = 31 Mar
  assert.equal(addMonths(addMonths('2025-01-31', 1), 1), '2025-03-28');
  assert.equal(addMonths('2025-01-31', 2), '2025-03-31');
});

test('days and weeks are plain calendar days, across leap days and year ends', () => {
  assert.equal(addDays('2024-02-28', 1), '2024-02-29');
  assert.equal(addDays('2025-02-28', 1), '2025-03-01');
  assert.equal(addDays('2024-12-31', 1), '2025-01-01');
  assert.equal(addDays('2025-01-01', -1), '2024-12-31');
  // 2024-02-22 + 1 week crosses the leap day: 22 + 7 = 29 Feb
  assert.equal(addWeeks('2024-02-22', 1), '2024-02-29');
  assert.equal(addWeeks('2025-12-25', 6), '2026-02-05');
  assert.equal(daysBetween('2024-02-01', '2024-03-01'), 29);
  assert.equal(daysBetween('2024-03-01', '2024-02-01'), -29);
});

test('day-number variants agree with the string API', () => {
  assert.equal(fromDayNumber(addMonthsToDayNumber(toDayNumber('2025-01-31'), 3)), '2025-04-30');
});

test('bad input is refused', () => {
  assert.throws(() => addMonths('2025-02-30', 1), /2025-02 has 28 days/);
  assert.throws(() => addMonths('2025-01-31', 1.5), /months must be a whole number/);
  assert.throws(() => addDays('2025-01-31', Number.NaN), /days must be a whole number/);
  assert.throws(() => addWeeks('2025-01-31', 0.5), /weeks must be a whole number/);
  assert.throws(() => addMonths('9999-12-01', 1), /outside years 0001–9999/);
});

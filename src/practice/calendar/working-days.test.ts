import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addWorkingDays,
  addWorkingDaysToDayNumber,
  buildYearTable,
  createWorkingDayIndex,
  isWorkingDay,
  isWorkingDayNumber,
  workingDaysBetween,
  workingDaysBetweenDayNumbers,
} from './working-days.ts';
import { englandAndWalesBankHolidays } from './bank-holidays.ts';
import { fromDayNumber, toDayNumber } from './day-number.ts';

// England and Wales with no local extras, built straight from the national list (calendar.ts does the same).
const ew = createWorkingDayIndex((year) => englandAndWalesBankHolidays(year).map((h) => h.dayNumber));
const add = (date: string, n: number): string => addWorkingDays(date, n, ew);
const between = (a: string, b: string): number => workingDaysBetween(a, b, ew);

test('a working day is not a Saturday, Sunday or bank holiday (Christmas Day and Good Friday included)', () => {
  assert.equal(isWorkingDay('2024-03-28', ew), true); // Thu
  assert.equal(isWorkingDay('2024-03-29', ew), false); // Good Friday
  assert.equal(isWorkingDay('2024-03-30', ew), false); // Sat
  assert.equal(isWorkingDay('2024-03-31', ew), false); // Sun (Easter Day)
  assert.equal(isWorkingDay('2024-04-01', ew), false); // Easter Monday
  assert.equal(isWorkingDay('2024-12-25', ew), false); // Christmas Day, a Wednesday
  assert.equal(isWorkingDay('2024-12-27', ew), true); // Fri between Boxing Day and the weekend
});

test('Easter: 2024-03-28 Thu + 1 WD skips Good Friday 29 Mar, Sat, Sun, Easter Monday 1 Apr → Tue 2 Apr', () => {
  assert.equal(add('2024-03-28', 1), '2024-04-02');
});

test('X is day 0: + 0 WD is X itself, even at a weekend; Sat + 1 WD is the Monday', () => {
  assert.equal(add('2025-03-01', 0), '2025-03-01'); // a Saturday
  assert.equal(add('2025-03-01', 1), '2025-03-03'); // Sat → Mon 3 Mar is WD 1
  assert.equal(add('2025-03-03', 1), '2025-03-04'); // Mon → Tue
});

test('Christmas and New Year: 2024-12-20 Fri + 10 WD → Wed 8 Jan 2025', () => {
  // 23 Mon (1), 24 Tue (2), 25 Christmas, 26 Boxing Day, 27 Fri (3), 28–29 weekend, 30 Mon (4), 31 Tue (5),
  // 1 Jan New Year's Day, 2 Thu (6), 3 Fri (7), 4–5 weekend, 6 Mon (8), 7 Tue (9), 8 Wed (10)
  assert.equal(add('2024-12-20', 10), '2025-01-08');
  assert.equal(between('2024-12-20', '2025-01-08'), 10);
});

test('workingDaysBetween 2024-03-25 → 2024-04-08 is 8', () => {
  // 25 Mar Mon is day 0; 26, 27, 28 = 3; 29 Good Friday; 30/31 weekend; 1 Apr Easter Monday;
  // 2, 3, 4, 5 = 7; 6/7 weekend; 8 = 8
  assert.equal(between('2024-03-25', '2024-04-08'), 8);
  assert.equal(add('2024-03-25', 8), '2024-04-08');
  // b before a: minus the count from b to a
  assert.equal(between('2024-04-08', '2024-03-25'), -8);
  assert.equal(between('2024-04-08', '2024-04-08'), 0);
  // a non-working b is not counted: 28 Mar Thu → 1 Apr Easter Monday: 29, 30, 31, 1 are all non-working
  assert.equal(between('2024-03-28', '2024-04-01'), 0);
});

test('Christmas on a Saturday (2021): Fri 24 Dec + 1 WD skips the weekend and Mon 27, Tue 28 → Wed 29 Dec', () => {
  assert.equal(add('2021-12-24', 1), '2021-12-29');
});

test('Christmas on a Sunday (2022): Fri 23 Dec + 1 WD skips the weekend and Mon 26, Tue 27 → Wed 28 Dec', () => {
  assert.equal(add('2022-12-23', 1), '2022-12-28');
});

test('Christmas on a Friday (2026): Thu 24 Dec + 1 WD skips Fri 25, the weekend and Mon 28 → Tue 29 Dec', () => {
  assert.equal(add('2026-12-24', 1), '2026-12-29');
});

test('2022 one-offs: jubilee Thu 2 and Fri 3 Jun, state funeral Mon 19 Sep', () => {
  // 27 May Fri is day 0; 30 Mon (1; no longer a holiday, spring moved), 31 Tue (2), 1 Jun Wed (3),
  // 2 Thu spring, 3 Fri platinum jubilee, 4–5 weekend, 6 Mon (4), 7 Tue (5)
  assert.equal(add('2022-05-27', 5), '2022-06-07');
  assert.equal(isWorkingDay('2022-05-30', ew), true);
  // 16 Sep Fri + 1 WD: 17–18 weekend, 19 state funeral → Tue 20 Sep
  assert.equal(add('2022-09-16', 1), '2022-09-20');
});

test('the millennium: Thu 23 Dec 1999 + 4 WD → Tue 4 Jan 2000', () => {
  // 24 Fri (1), 25–26 weekend, 27 Mon Christmas substitute, 28 Tue Boxing Day substitute, 29 Wed (2),
  // 30 Thu (3), 31 Fri millennium, 1–2 Jan weekend, 3 Mon New Year substitute, 4 Tue (4)
  assert.equal(add('1999-12-23', 4), '2000-01-04');
  assert.equal(isWorkingDay('1999-12-31', ew), false);
});

test('negative N counts back: Tue 2 Apr 2024 − 1 WD is Thu 28 Mar (over Easter)', () => {
  assert.equal(add('2024-04-02', -1), '2024-03-28');
  // 8 Jan 2025 − 10 WD → Fri 20 Dec 2024, the Christmas example backwards
  assert.equal(add('2025-01-08', -10), '2024-12-20');
});

test('whole years: 2023 has 251 working days; 2024 has 254', () => {
  // 2023 starts on a Sunday: 52 weeks + 1 Sunday = 260 weekdays, less 9 weekday holidays
  // (2 Jan, 7 Apr, 10 Apr, 1 May, 8 May coronation, 29 May, 28 Aug, 25 Dec, 26 Dec) = 251.
  // 1 Jan 2023 (day 0) is a Sunday and 1 Jan 2024 is New Year's Day, so neither end adds one.
  assert.equal(between('2023-01-01', '2024-01-01'), 251);
  // 2024 starts on a Monday and is a leap year: 52 weeks + Mon 30, Tue 31 Dec = 262 weekdays, less 8 = 254.
  assert.equal(between('2022-12-31', '2025-01-01'), 251 + 254);
  assert.equal(buildYearTable(2023, englandAndWalesBankHolidays(2023).map((h) => h.dayNumber)).total, 251);
});

test('counting agrees with a day-by-day walk, and adding the count lands back on b (2019–2029)', () => {
  const start = toDayNumber('2019-01-01');
  const end = toDayNumber('2029-12-31');
  for (let a = start; a <= end; a += 37) {
    let count = 0;
    for (let b = a + 1; b <= Math.min(end, a + 400); b++) {
      if (isWorkingDayNumber(b, ew)) {
        count++;
        assert.equal(addWorkingDaysToDayNumber(a, count, ew), b, `${fromDayNumber(a)} + ${count}`);
      }
      if (b % 13 === 0) assert.equal(workingDaysBetweenDayNumbers(a, b, ew), count, `${fromDayNumber(a)} → ${fromDayNumber(b)}`);
    }
  }
});

test('outside 1990–2100, and fractional N, are refused', () => {
  assert.throws(() => add('1989-12-29', 1), /1989-12-29 is outside the years with known bank holidays \(1990–2100\)/);
  assert.throws(() => add('2100-12-24', 5), /known for 1990–2100 only, not 2101/);
  assert.throws(() => add('1990-01-03', -5), /not 1989/);
  assert.throws(() => add('2024-01-02', 1.5), /the number of working days must be a whole number/);
  assert.throws(() => add('2024-02-30', 1), /2024-02 has 29 days/);
  assert.throws(() => isWorkingDayNumber(19000.5, ew), /not a whole day/);
});

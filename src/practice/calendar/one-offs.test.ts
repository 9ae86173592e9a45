import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ONE_OFF_BANK_HOLIDAYS, oneOffsInYear } from './one-offs.ts';
import { isoWeekday, toDayNumber } from './day-number.ts';

const weekday = (iso: string): number => isoWeekday(toDayNumber(iso));

test('the table holds exactly the proclamations listed in PRACTICE.md §3, on the weekdays it names', () => {
  // "2020 early May moved to Fri 8 May; 2022 spring moved to Thu 2 Jun plus Fri 3 Jun, and Mon 19 Sep added;
  //  2023 Mon 8 May added. Earlier ones: 1995 early May moved to Mon 8 May; Fri 31 Dec 1999; 2002 spring moved
  //  to Tue 4 Jun plus Mon 3 Jun; Fri 29 Apr 2011; 2012 spring moved to Mon 4 Jun plus Tue 5 Jun."
  const expected: readonly (readonly [string, number, boolean])[] = [
    ['1995-05-08', 1, true],
    ['1999-12-31', 5, false],
    ['2002-06-03', 1, false],
    ['2002-06-04', 2, true],
    ['2011-04-29', 5, false],
    ['2012-06-04', 1, true],
    ['2012-06-05', 2, false],
    ['2020-05-08', 5, true],
    ['2022-06-02', 4, true],
    ['2022-06-03', 5, false],
    ['2022-09-19', 1, false],
    ['2023-05-08', 1, false],
  ];
  assert.deepEqual(
    ONE_OFF_BANK_HOLIDAYS.map((o) => [o.date, weekday(o.date), o.replaces !== null]),
    expected.map(([date, day, moved]) => [date, day, moved]),
  );
});

test('each move replaces the date the regular rule would have given', () => {
  // 1995: first Monday in May = 1 May; 2002: last Monday in May = 27 May; 2012: 28 May;
  // 2020: first Monday in May = 4 May; 2022: last Monday in May = 30 May. All Mondays.
  const replaced = ONE_OFF_BANK_HOLIDAYS.flatMap((o) => (o.replaces === null ? [] : [o.replaces]));
  assert.deepEqual(replaced, ['1995-05-01', '2002-05-27', '2012-05-28', '2020-05-04', '2022-05-30']);
  for (const date of replaced) assert.equal(weekday(date), 1, date);
});

test('names follow GOV.UK for 2020–2023', () => {
  assert.deepEqual(
    oneOffsInYear(2022).map((o) => o.name),
    ['spring', 'queen_platinum', 'queens_bank_holiday'],
  );
  assert.deepEqual(oneOffsInYear(2020).map((o) => o.name), ['early_may_ve']);
  assert.deepEqual(oneOffsInYear(2023).map((o) => o.name), ['kings_coronation']);
  assert.deepEqual(oneOffsInYear(2024), []);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCalendar, ENGLAND_AND_WALES } from './calendar.ts';
import { englandAndWalesBankHolidays } from './bank-holidays.ts';
import { addWorkingDays } from './working-days.ts';
import { toDayNumber } from './day-number.ts';

test('with no extras the calendar is England and Wales', () => {
  for (let year = 1990; year <= 2100; year++) assert.deepEqual(ENGLAND_AND_WALES.bankHolidays(year), englandAndWalesBankHolidays(year));
  assert.equal(ENGLAND_AND_WALES.addWorkingDays('2024-12-20', 10), '2025-01-08');
  assert.equal(ENGLAND_AND_WALES.workingDaysBetween('2024-03-25', '2024-04-08'), 8);
  assert.equal(ENGLAND_AND_WALES.isWorkingDay('2024-03-29'), false);
  assert.equal(ENGLAND_AND_WALES.isBankHoliday('2024-03-29'), true);
  assert.equal(ENGLAND_AND_WALES.isBankHoliday('2024-03-30'), false); // a Saturday, not a bank holiday
});

test('the free functions take a calendar as the holidays', () => {
  assert.equal(addWorkingDays('2024-03-28', 1, ENGLAND_AND_WALES), '2024-04-02');
});

test('an LA-added one-off shifts a deadline', () => {
  // Suppose a proclamation makes Mon 8 Jun 2026 a bank holiday at short notice.
  const la = createCalendar([{ date: '2026-06-08', name: 'proclaimed_holiday' }]);
  // Thu 4 Jun + 2 WD: nationally 5 Fri (1), 6–7 weekend, 8 Mon (2) → 8 Jun;
  // for the LA 8 Jun is a holiday, so 9 Tue (2) → 9 Jun.
  assert.equal(ENGLAND_AND_WALES.addWorkingDays('2026-06-04', 2), '2026-06-08');
  assert.equal(la.addWorkingDays('2026-06-04', 2), '2026-06-09');
  assert.equal(la.workingDaysBetween('2026-06-04', '2026-06-09'), 2);
  assert.equal(ENGLAND_AND_WALES.workingDaysBetween('2026-06-04', '2026-06-09'), 3);
  assert.equal(la.isWorkingDay('2026-06-08'), false);
  assert.equal(la.isWorkingDayNumber(toDayNumber('2026-06-08')), false);
  assert.deepEqual(
    la.bankHolidays(2026).slice(0, 6).map((h) => `${h.date} ${h.name} ${h.origin}`),
    ['2026-01-01 new_year rule', '2026-04-03 good_friday rule', '2026-04-06 easter_monday rule', '2026-05-04 early_may rule', '2026-05-25 spring rule', '2026-06-08 proclaimed_holiday local'],
  );
  // other years and other calendars are untouched
  assert.equal(la.bankHolidays(2025), englandAndWalesBankHolidays(2025));
  assert.equal(ENGLAND_AND_WALES.isWorkingDay('2026-06-08'), true);
});

test('a moved holiday: add the new date and remove the old one', () => {
  // Suppose early May 2027 were moved from Mon 3 May to Fri 7 May, as in 2020.
  const la = createCalendar([{ date: '2027-05-07', name: 'early_may' }], ['2027-05-03']);
  assert.equal(la.isWorkingDay('2027-05-03'), true);
  assert.equal(la.isWorkingDay('2027-05-07'), false);
  assert.deepEqual(la.removed, ['2027-05-03']);
  // Fri 30 Apr + 5 WD: 3 Mon (1), 4 (2), 5 (3), 6 (4), 7 Fri holiday, 8–9 weekend, 10 Mon (5)
  assert.equal(la.addWorkingDays('2027-04-30', 5), '2027-05-10');
  // nationally: 3 May holiday, 4 (1), 5 (2), 6 (3), 7 (4), 10 (5) → also 10 May
  assert.equal(ENGLAND_AND_WALES.addWorkingDays('2027-04-30', 5), '2027-05-10');
  assert.equal(la.addWorkingDays('2027-04-30', 4), '2027-05-06');
  assert.equal(ENGLAND_AND_WALES.addWorkingDays('2027-04-30', 4), '2027-05-07');
});

test('extras the national table already has, and removals it no longer has, are ignored (safe after a release)', () => {
  const la = createCalendar(
    [
      { date: '2022-09-19', name: 'state funeral (added locally)' },
      { date: '2030-06-03', name: 'first' },
      { date: '2030-06-03', name: 'second' },
    ],
    ['2022-05-30'],
  );
  assert.deepEqual(la.bankHolidays(2022), englandAndWalesBankHolidays(2022));
  assert.deepEqual(la.bankHolidays(2030).filter((h) => h.origin === 'local').map((h) => h.name), ['first']);
});

test('bad extras are refused with a clear reason', () => {
  assert.throws(() => createCalendar([{ date: '2026-02-30', name: 'x' }]), { name: 'RangeError', message: 'extra bank holiday: "2026-02-30" is not a date: 2026-02 has 28 days' });
  assert.throws(() => createCalendar([{ date: '2026-6-8', name: 'x' }]), /extra bank holiday: "2026-6-8" is not a date as YYYY-MM-DD/);
  assert.throws(() => createCalendar([{ date: '2026-06-06', name: 'x' }]), /extra bank holiday 2026-06-06 is a Saturday/);
  assert.throws(() => createCalendar([{ date: '2026-06-08', name: '  ' }]), /needs a name/);
  assert.throws(() => createCalendar([{ date: '2101-06-08', name: 'x' }]), /1990–2100 only, not 2101/);
  assert.throws(() => createCalendar([], ['2026-13-01']), /removed bank holiday: "2026-13-01"/);
  assert.throws(() => createCalendar([{ date: '2026-06-08', name: 'x' }], ['2026-06-08']), /2026-06-08 is both added and removed/);
});

test('the day-number API gives the same answers', () => {
  const la = createCalendar([{ date: '2026-06-08', name: 'proclaimed_holiday' }]);
  const d = toDayNumber('2026-06-04');
  assert.equal(la.addWorkingDaysToDayNumber(d, 2), toDayNumber('2026-06-09'));
  assert.equal(la.workingDaysBetweenDayNumbers(d, toDayNumber('2026-06-09')), 2);
  assert.equal(la.yearTable(2026).total, ENGLAND_AND_WALES.yearTable(2026).total - 1);
});

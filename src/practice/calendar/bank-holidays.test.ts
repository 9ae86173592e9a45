import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { englandAndWalesBankHolidays, isEnglandAndWalesBankHoliday } from './bank-holidays.ts';
import { isoWeekday } from './day-number.ts';

const list = (year: number): string[] => englandAndWalesBankHolidays(year).map((h) => `${h.date} ${h.name}${h.substitute ? ' (substitute)' : ''}`);

// The GOV.UK reference data lives in the project's shared folder beside the repository (shared/ sits next to
// main/ on developer machines and in CI). Reading it is a test's job; the domain code does no I/O.
const here = path.dirname(fileURLToPath(import.meta.url));
const referenceFile = path.join(here, '..', '..', '..', '..', 'shared', 'standards', 'bank-holidays', 'uk-bank-holidays-2019-2028.json');

interface ReferenceEvent {
  date: string;
  title: string;
  notes: string;
}

function referenceEvents(): ReferenceEvent[] {
  const parsed: unknown = JSON.parse(readFileSync(referenceFile, 'utf8'));
  const events: ReferenceEvent[] = [];
  if (typeof parsed !== 'object' || parsed === null || !('divisions' in parsed)) throw new Error('no divisions');
  const divisions: unknown = parsed.divisions;
  if (typeof divisions !== 'object' || divisions === null || !('england-and-wales' in divisions)) throw new Error('no england-and-wales');
  const raw: unknown = divisions['england-and-wales'];
  if (!Array.isArray(raw)) throw new Error('england-and-wales is not a list');
  for (const item of raw) {
    if (typeof item !== 'object' || item === null || !('date' in item) || !('title' in item) || !('notes' in item)) throw new Error('bad event');
    const { date, title, notes } = item;
    if (typeof date !== 'string' || typeof title !== 'string' || typeof notes !== 'string') throw new Error('bad event fields');
    events.push({ date, title, notes });
  }
  return events;
}

test('2019–2028 match GOV.UK exactly: dates, titles and substitute-day notes, year by year', () => {
  const reference = referenceEvents();
  assert.equal(reference.length, 83);
  for (let year = 2019; year <= 2028; year++) {
    const expected = reference.filter((e) => e.date.startsWith(`${year}-`));
    const ours = englandAndWalesBankHolidays(year).map((h) => ({ date: h.date, title: h.name, notes: h.substitute ? 'substitute_day' : '' }));
    assert.deepEqual(ours, expected, String(year));
  }
});

test('an ordinary year: 2024 has the eight regular holidays', () => {
  // Easter Sunday 31 Mar 2024 → Good Friday 29 Mar, Easter Monday 1 Apr; May 1 is a Wednesday → first Monday 6 May;
  // last Monday of May 27; of August 26; Christmas Wednesday, Boxing Day Thursday.
  assert.deepEqual(list(2024), [
    '2024-01-01 new_year',
    '2024-03-29 good_friday',
    '2024-04-01 easter_monday',
    '2024-05-06 early_may',
    '2024-05-27 spring',
    '2024-08-26 late_august',
    '2024-12-25 christmas',
    '2024-12-26 boxing_day',
  ]);
});

test('Christmas on a Saturday (2021): substitute Mon 27 and Tue 28 Dec', () => {
  assert.deepEqual(list(2021).slice(-2), ['2021-12-27 christmas (substitute)', '2021-12-28 boxing_day (substitute)']);
});

test('Christmas on a Sunday (2022): Boxing Day Mon 26, Christmas substitute Tue 27 Dec', () => {
  assert.deepEqual(list(2022).slice(-2), ['2022-12-26 boxing_day', '2022-12-27 christmas (substitute)']);
});

test('Christmas on a Friday (2026): Christmas Fri 25, Boxing Day substitute Mon 28 Dec', () => {
  assert.deepEqual(list(2026).slice(-2), ['2026-12-25 christmas', '2026-12-28 boxing_day (substitute)']);
});

test('New Year on a Saturday (2022) or Sunday (2023) moves to the Monday', () => {
  // 1 Jan 2022 Sat → Mon 3 Jan; 1 Jan 2023 Sun → Mon 2 Jan
  assert.equal(list(2022)[0], '2022-01-03 new_year (substitute)');
  assert.equal(list(2023)[0], '2023-01-02 new_year (substitute)');
});

test('2022: spring moved to Thu 2 Jun, platinum jubilee Fri 3 Jun, state funeral Mon 19 Sep; Mon 30 May is not a holiday', () => {
  assert.deepEqual(list(2022), [
    '2022-01-03 new_year (substitute)',
    '2022-04-15 good_friday',
    '2022-04-18 easter_monday',
    '2022-05-02 early_may',
    '2022-06-02 spring',
    '2022-06-03 queen_platinum',
    '2022-08-29 late_august',
    '2022-09-19 queens_bank_holiday',
    '2022-12-26 boxing_day',
    '2022-12-27 christmas (substitute)',
  ]);
  assert.equal(isEnglandAndWalesBankHoliday('2022-05-30'), false);
});

test('1999: Christmas Sat → 27 and 28 Dec, plus the millennium Fri 31 Dec; 1 Jan 2000 Sat → Mon 3 Jan', () => {
  assert.deepEqual(list(1999).slice(-3), ['1999-12-27 christmas (substitute)', '1999-12-28 boxing_day (substitute)', '1999-12-31 millennium']);
  assert.equal(list(2000)[0], '2000-01-03 new_year (substitute)');
});

test('earlier one-offs: 1995 VE Day, 2002 golden jubilee, 2011 royal wedding, 2012 diamond jubilee', () => {
  assert.ok(list(1995).includes('1995-05-08 early_may_ve'));
  assert.equal(isEnglandAndWalesBankHoliday('1995-05-01'), false);
  assert.deepEqual(list(2002).slice(3, 6), ['2002-05-06 early_may', '2002-06-03 queen_golden_jubilee', '2002-06-04 spring']);
  assert.equal(isEnglandAndWalesBankHoliday('2002-05-27'), false);
  assert.ok(list(2011).includes('2011-04-29 royal_wedding'));
  assert.deepEqual(list(2012).slice(3, 6), ['2012-05-07 early_may', '2012-06-04 spring', '2012-06-05 queen_diamond_jubilee']);
  assert.equal(isEnglandAndWalesBankHoliday('2012-05-28'), false);
  assert.equal(isEnglandAndWalesBankHoliday('2023-05-08'), true);
  assert.equal(isEnglandAndWalesBankHoliday('2020-05-04'), false);
});

test('every year 1990–2100: 8 or more holidays, none at a weekend, in date order, each year’s own', () => {
  for (let year = 1990; year <= 2100; year++) {
    const holidays = englandAndWalesBankHolidays(year);
    assert.ok(holidays.length >= 8, String(year));
    for (const h of holidays) {
      assert.ok(isoWeekday(h.dayNumber) <= 5, `${h.date} ${h.name}`);
      assert.ok(h.date.startsWith(`${year}-`), h.date);
    }
    for (let i = 1; i < holidays.length; i++) assert.ok((holidays[i]?.dayNumber ?? 0) > (holidays[i - 1]?.dayNumber ?? 0), String(year));
  }
  // the far end of the range: 2100 Easter Sunday 28 Mar → Good Friday 26 Mar; Christmas Saturday → 27, 28
  assert.deepEqual(list(2100).slice(1, 3), ['2100-03-26 good_friday', '2100-03-29 easter_monday']);
  assert.deepEqual(list(2100).slice(-2), ['2100-12-27 christmas (substitute)', '2100-12-28 boxing_day (substitute)']);
});

test('years outside 1990–2100 are refused with a clear error', () => {
  assert.throws(() => englandAndWalesBankHolidays(1989), { name: 'RangeError', message: 'England-and-Wales bank holidays are known for 1990–2100 only, not 1989' });
  assert.throws(() => englandAndWalesBankHolidays(2101), /1990–2100 only, not 2101/);
  assert.throws(() => englandAndWalesBankHolidays(2024.5), /not 2024.5/);
  assert.throws(() => isEnglandAndWalesBankHoliday('2101-01-01'), /not 2101/);
});

test('the list for a year is computed once and frozen', () => {
  assert.equal(englandAndWalesBankHolidays(2031), englandAndWalesBankHolidays(2031));
  assert.ok(Object.isFrozen(englandAndWalesBankHolidays(2031)));
});

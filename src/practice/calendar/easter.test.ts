import { test } from 'node:test';
import assert from 'node:assert/strict';
import { easterSunday, easterSundayDayNumber } from './easter.ts';
import { isoWeekday, toDayNumber } from './day-number.ts';

test('known Easter Sundays', () => {
  // Published dates of Western (Gregorian) Easter Sunday.
  const known: readonly (readonly [number, string])[] = [
    [1818, '1818-03-22'], // the earliest possible date, 22 March
    [1943, '1943-04-25'], // the latest possible date, 25 April
    [1990, '1990-04-15'],
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2038, '2038-04-25'],
    [2095, '2095-04-24'],
    [2100, '2100-03-28'],
    [2285, '2285-03-22'],
  ];
  for (const [year, date] of known) {
    assert.equal(easterSunday(year), date, String(year));
    assert.equal(easterSundayDayNumber(year), toDayNumber(date));
  }
});

test('Easter is always a Sunday between 22 March and 25 April (1990–2100)', () => {
  for (let year = 1990; year <= 2100; year++) {
    const day = easterSundayDayNumber(year);
    assert.equal(isoWeekday(day), 7, String(year));
    assert.ok(day >= toDayNumber(`${year}-03-22`) && day <= toDayNumber(`${year}-04-25`), String(year));
  }
});

test('years before the Gregorian calendar or not whole are refused', () => {
  assert.throws(() => easterSunday(1500), /Gregorian Easter is computed for years 1583–9999, got 1500/);
  assert.throws(() => easterSunday(2024.5), /got 2024.5/);
});

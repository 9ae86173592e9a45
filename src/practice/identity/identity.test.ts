import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isValidNhsNumber, nhsNumberCheckDigit, normaliseNhsNumber, formatNhsNumber } from './nhs-number.ts';
import { isValidUpn, upnCheckLetter } from './upn.ts';
import { ageInYears } from './age.ts';

test('NHS number: the NHS Data Dictionary worked example 943 476 5919 is valid', () => {
  // 9*10 + 4*9 + 3*8 + 4*7 + 7*6 + 6*5 + 5*4 + 9*3 + 1*2 = 299; 299 mod 11 = 2; 11 - 2 = 9
  assert.equal(nhsNumberCheckDigit('943476591'), 9);
  assert.equal(isValidNhsNumber('9434765919'), true);
  assert.equal(normaliseNhsNumber('943 476 5919'), '9434765919');
  assert.equal(formatNhsNumber('9434765919'), '943 476 5919');
});

test('NHS number: a wrong check digit, wrong length or letters are refused', () => {
  assert.equal(isValidNhsNumber('9434765918'), false);
  assert.equal(isValidNhsNumber('943476591'), false);
  assert.equal(isValidNhsNumber('94347659191'), false);
  assert.equal(isValidNhsNumber('94347A5919'), false);
});

test('NHS number: a remainder giving check 10 can never be valid', () => {
  // 1*10 + 0*9 + ... + 0*2 + ... choose digits summing to remainder 1: 000000001 -> 1*2 = 2 -> 11-2 = 9.
  // 100000001: 10 + 2 = 12 -> 12 mod 11 = 1 -> 11 - 1 = 10 -> invalid for every tenth digit.
  assert.equal(nhsNumberCheckDigit('100000001'), null);
  for (let d = 0; d <= 9; d++) assert.equal(isValidNhsNumber(`100000001${d}`), false);
});

test('NHS number: remainder 0 gives check digit 0', () => {
  // 000000000 sums to 0 -> 11 - 0 = 11 -> check digit 0
  assert.equal(nhsNumberCheckDigit('000000000'), 0);
  assert.equal(isValidNhsNumber('0000000000'), true);
});

test('UPN: check letter computed from weights 2..13 mod 23', () => {
  // "20120400100" + "1": digits 2,0,1,2,0,4,0,0,1,0,0,1 at positions 2..13
  // 2*2 + 0*3 + 1*4 + 2*5 + 0*6 + 4*7 + 0*8 + 0*9 + 1*10 + 0*11 + 0*12 + 1*13 = 4+4+10+28+10+13 = 69
  // 69 mod 23 = 0 -> 'A'
  assert.equal(upnCheckLetter('201204001001'), 'A');
  assert.equal(isValidUpn('A201204001001'), true);
  assert.equal(isValidUpn('B201204001001'), false);
});

test('UPN: a temporary UPN ends with a letter, counted by its place in the alphabet', () => {
  // positions 2..12 as before minus the last: 4+4+10+28+10 = 56; last char 'B' has index 1 -> 1*13 = 13
  // 56 + 13 = 69 -> 69 mod 23 = 0 -> 'A'
  assert.equal(upnCheckLetter('20120400100B'), 'A');
  assert.equal(isValidUpn('A20120400100B'), true);
  assert.equal(isValidUpn('A2012040010I1'), false);
  assert.equal(isValidUpn('A20120400'), false);
});

test('age in whole years turns over on the birthday, and 29 February on 1 March', () => {
  assert.equal(ageInYears('2010-05-10', '2026-05-09'), 15);
  assert.equal(ageInYears('2010-05-10', '2026-05-10'), 16);
  assert.equal(ageInYears('2012-02-29', '2026-02-28'), 13);
  assert.equal(ageInYears('2012-02-29', '2026-03-01'), 14);
});

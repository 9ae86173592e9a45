// The LA's school term dates as a local standard: real days and months, in the order of the year,
// and unchanged from the defaults unless given.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkLocalStandards, checkSchoolTerms, overridesOf } from './local-standards.ts';
import { DEFAULT_SCHOOL_TERMS } from './types.ts';

test('term dates as month-day, normalised, and kept as an override only when they differ from the defaults', () => {
  const checked = checkLocalStandards({ cpVisitWorkingDays: '10', schoolTerms: { springStart: '1-6', summerStart: '4-22', summerEnd: '7-22', autumnStart: '9-3' } });
  assert.ok(checked.ok);
  assert.deepEqual(checked.standards.schoolTerms, { springStart: '01-06', summerStart: '04-22', summerEnd: '07-22', autumnStart: '09-03' });
  assert.deepEqual(overridesOf(checked.standards), { schoolTerms: { springStart: '01-06', summerStart: '04-22', summerEnd: '07-22', autumnStart: '09-03' } });
  const unchanged = checkLocalStandards({ schoolTerms: { springStart: '01-01', summerStart: '04-01', summerEnd: '07-31', autumnStart: '09-01' } });
  assert.ok(unchanged.ok);
  assert.deepEqual(overridesOf(unchanged.standards), {});
  const none = checkLocalStandards({});
  assert.ok(none.ok);
  assert.deepEqual(none.standards.schoolTerms, DEFAULT_SCHOOL_TERMS, 'no terms given: Lantern’s defaults');
});

test('refuses a date that is not real, 29 February, and terms out of order, naming the term', () => {
  const unreal = checkSchoolTerms({ ...DEFAULT_SCHOOL_TERMS, summerStart: '4-31' });
  assert.deepEqual(unreal, { ok: false, problems: [{ key: 'schoolTerms.summerStart', message: 'Summer term starts: enter a real day and month, for example 4 9' }] });
  assert.equal(checkSchoolTerms({ ...DEFAULT_SCHOOL_TERMS, springStart: '2-29' }).ok, false);
  assert.equal(checkSchoolTerms({ ...DEFAULT_SCHOOL_TERMS, autumnStart: '-' }).ok, false);
  const disordered = checkSchoolTerms({ ...DEFAULT_SCHOOL_TERMS, summerEnd: '03-15' });
  assert.deepEqual(disordered, { ok: false, problems: [{ key: 'schoolTerms.summerEnd', message: 'Summer term ends must be after ‘summer term starts’ in the year' }] });
  const sameDay = checkSchoolTerms({ ...DEFAULT_SCHOOL_TERMS, autumnStart: '07-31' });
  assert.equal(sameDay.ok, false, 'autumn cannot start the day the summer term ends');
  assert.equal(checkSchoolTerms({ ...DEFAULT_SCHOOL_TERMS, winterStart: '12-01' }).ok, false, 'no other terms');
});

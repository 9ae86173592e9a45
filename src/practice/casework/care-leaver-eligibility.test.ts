// Care leaver eligibility from the care history (care-leaver-eligibility.ts). Every count below is by
// hand, in days looked after: a period of care covers its start date to the day before its end date.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseJourney } from '../journey/parse-journey.ts';
import type { Journey } from '../journey/journey.ts';
import { birthdayOf, careLeaverEligibilityOf } from './care-leaver-eligibility.ts';

function journeyOf(dateOfBirth: string | null, records: Omit<Partial<Journey>, 'child'> = {}): Journey {
  const child = dateOfBirth ? { id: 'child', dateOfBirth } : { id: 'child', dateOfBirth: null, expectedDateOfBirth: '2025-09-01' };
  const parsed = parseJourney({ child, ...records });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.journey;
}
const care = (...periods: [start: string, end: string | null, reasonCeased?: string][]) =>
  periods.map(([startDate, endDate, reasonCeased], i) => ({ id: `poc${i + 1}`, startDate, endDate, reasonCeased: reasonCeased ?? (endDate ? 'E4A' : null) }));
const of = (journey: Journey, today: string) => {
  const r = careLeaverEligibilityOf(journey, today);
  return [r.category, r.eligibleFrom] as const;
};

// Born 10 March 2008: 14 on 10 March 2022, 16 on 10 March 2024, 18 on 10 March 2026.
const DOB = '2008-03-10';

describe('birthdays', () => {
  it('are the same day N years on, and 1 March for someone born on 29 February in other years', () => {
    assert.equal(birthdayOf(DOB, 16), '2024-03-10');
    assert.equal(birthdayOf('2008-02-29', 14), '2022-03-01');
    assert.equal(birthdayOf('2008-02-29', 16), '2024-02-29');
    assert.equal(birthdayOf('2008-02-29', 18), '2026-03-01');
  });
});

describe('eligible: looked after now, 16 or 17, 13 weeks since 14', () => {
  it('is eligible on the 91st day looked after, and not on the 90th', () => {
    // From the 16th birthday: 10–31 March is 22 days, April 30 (52), May 31 (83), 1–8 June 8 (91).
    const j = journeyOf(DOB, { periodsOfCare: care(['2024-03-10', null]) });
    assert.deepEqual(of(j, '2024-06-07'), [null, null]);
    assert.match(careLeaverEligibilityOf(j, '2024-06-07').reason, /^Looked after now, aged 16, with 90 days looked after since the 14th birthday/);
    assert.deepEqual(of(j, '2024-06-08'), ['eligible', '2024-06-08']);
  });

  it('is eligible from the 16th birthday for a child looked after since before 16 for 13 weeks', () => {
    const j = journeyOf(DOB, { periodsOfCare: care(['2023-06-01', null]) });
    assert.deepEqual(of(j, '2024-03-09'), [null, null]);
    assert.equal(careLeaverEligibilityOf(j, '2024-03-09').reason, 'Under 16 (born 10 March 2008)');
    assert.deepEqual(of(j, '2024-03-10'), ['eligible', '2024-03-10']);
    assert.deepEqual(of(j, '2025-06-30'), ['eligible', '2024-03-10']);
  });

  it('counts February 2024 as 29 days', () => {
    // Born 29 February 2008: 16 on 29 February 2024. From 1 January 2024: January 31, February 29 (60),
    // March 31 (91): the 91st day is 31 March (it would be 1 April in a year without 29 February).
    const j = journeyOf('2008-02-29', { periodsOfCare: care(['2024-01-01', null]) });
    assert.deepEqual(of(j, '2024-04-01'), ['eligible', '2024-03-31']);
    assert.deepEqual(of(j, '2024-03-30'), [null, null]);
  });

  it('counts only days from the 14th birthday, and adds up separate periods', () => {
    // Born 1 May 2010: 14 on 1 May 2024, 16 on 1 May 2026. The first period counts from 1 May to 29 June
    // 2024 (May 31, June 29: 60 days; the 61 days from 1 March do not count). The second, from the 16th
    // birthday, needs 31 more: 1–31 May 2026, so the 91st day is 31 May 2026.
    const j = journeyOf('2010-05-01', { periodsOfCare: care(['2024-03-01', '2024-06-30'], ['2026-05-01', null]) });
    assert.deepEqual(of(j, '2026-05-30'), [null, null]);
    assert.deepEqual(of(j, '2026-05-31'), ['eligible', '2026-05-31']);
  });

  it('leaves out days of short breaks (V3, V4)', () => {
    // Looked after from 1 January 2024, on short breaks (V3) to 29 February, then a care order (C2) from
    // 1 March: 1 March to 31 May is 92 days, so the 91st is 30 May. Counting the short breaks too it would
    // have been 31 March (January 31, February 29, March 31).
    const j = journeyOf(DOB, {
      periodsOfCare: care(['2024-01-01', null]),
      legalStatuses: [{ code: 'V3', startDate: '2024-01-01', endDate: '2024-03-01' }, { code: 'C2', startDate: '2024-03-01', endDate: null }],
    });
    assert.deepEqual(of(j, '2024-05-29'), [null, null]);
    assert.deepEqual(of(j, '2024-05-30'), ['eligible', '2024-05-30']);
  });

  it('counts overlapping periods once', () => {
    const j = journeyOf(DOB, { periodsOfCare: care(['2024-03-10', null], ['2024-03-10', '2024-05-01']) });
    assert.deepEqual(of(j, '2024-06-08'), ['eligible', '2024-06-08']);
  });
});

describe('relevant: 16 or 17, no longer looked after, eligible before leaving', () => {
  it('is relevant after 91 days ending after the 16th birthday, and qualifying after 90', () => {
    // 10 March to 8 June 2024 is 91 days (the period ends on 9 June, the first day not looked after).
    assert.deepEqual(of(journeyOf(DOB, { periodsOfCare: care(['2024-03-10', '2024-06-09']) }), '2024-07-01'), ['relevant', '2024-06-08']);
    assert.deepEqual(of(journeyOf(DOB, { periodsOfCare: care(['2024-03-10', '2024-06-08']) }), '2024-07-01'), ['qualifying', null]);
  });

  it('needs a day looked after on or after the 16th birthday', () => {
    // In care from 1 January 2023 (far more than 13 weeks), leaving on the 16th birthday: last day 9 March 2024, aged 15.
    assert.deepEqual(of(journeyOf(DOB, { periodsOfCare: care(['2023-01-01', '2024-03-10']) }), '2024-04-01'), [null, null]);
    // Leaving a day later: looked after on the 16th birthday itself, so eligible that day.
    assert.deepEqual(of(journeyOf(DOB, { periodsOfCare: care(['2023-01-01', '2024-03-11']) }), '2024-04-01'), ['relevant', '2024-03-10']);
  });
});

describe('former relevant: 18 to 24, eligible or relevant at 18', () => {
  const j = journeyOf('2005-03-10', { periodsOfCare: care(['2020-01-01', '2023-03-10', 'E17']) });

  it('is former relevant from 18 until the day before the 25th birthday', () => {
    assert.deepEqual(of(j, '2023-03-09'), ['eligible', '2021-03-10']);
    assert.deepEqual(of(j, '2023-03-10'), ['former_relevant', '2021-03-10']);
    assert.deepEqual(of(j, '2030-03-09'), ['former_relevant', '2021-03-10']);
    assert.deepEqual(of(j, '2030-03-10'), [null, '2021-03-10']);
  });

  it('does not count care after the 18th birthday', () => {
    // Looked after from 1 February 2026 (aged 17) to 1 August 2026: 1 February to 9 March 2026 is 37 days before 18.
    const late = journeyOf(DOB, { periodsOfCare: care(['2026-02-01', '2026-08-01', 'E17']) });
    assert.deepEqual(of(late, '2026-09-01'), ['qualifying', null]);
  });
});

describe('qualifying: looked after after 16 without 13 weeks, or a special guardianship order', () => {
  it('is qualifying to 21, not after', () => {
    const j = journeyOf(DOB, { periodsOfCare: care(['2025-12-10', '2026-01-20']) });
    assert.deepEqual(of(j, '2026-06-01'), ['qualifying', null]);
    assert.deepEqual(of(j, '2029-03-09'), ['qualifying', null]);
    assert.deepEqual(of(j, '2029-03-10'), [null, null]);
  });

  it('is qualifying under a special guardianship order made when a younger child left care', () => {
    const j = journeyOf(DOB, { periodsOfCare: care(['2012-01-01', '2013-01-01', 'E45']) });
    assert.deepEqual(of(j, '2024-03-09'), [null, null]);
    assert.deepEqual(of(j, '2024-03-10'), ['qualifying', null]);
    assert.deepEqual(of(j, '2029-03-09'), ['qualifying', null]);
    // Leaving care to a parent is not an SGO.
    assert.deepEqual(of(journeyOf(DOB, { periodsOfCare: care(['2012-01-01', '2013-01-01', 'E4A']) }), '2024-06-01'), [null, null]);
  });

  it('does not make short breaks alone a qualifying care history', () => {
    const j = journeyOf(DOB, { periodsOfCare: care(['2024-04-01', '2024-04-05']), legalStatuses: [{ code: 'V4', startDate: '2024-04-01', endDate: '2024-04-05' }] });
    assert.deepEqual(of(j, '2024-06-01'), [null, null]);
  });
});

describe('no status', () => {
  it('has none without a date of birth (an unborn child), before 16 or never looked after', () => {
    assert.deepEqual(careLeaverEligibilityOf(journeyOf(null), '2025-01-01'), { category: null, eligibleFrom: null, reason: 'The date of birth is not recorded' });
    assert.deepEqual(of(journeyOf(DOB), '2025-01-01'), [null, null]);
    assert.equal(careLeaverEligibilityOf(journeyOf(DOB), '2025-01-01').reason, 'Never looked after');
  });

  it('ignores care recorded after today', () => {
    assert.deepEqual(of(journeyOf(DOB, { periodsOfCare: care(['2025-01-01', null]) }), '2024-12-31'), [null, null]);
  });
});

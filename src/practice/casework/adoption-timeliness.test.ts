import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseJourney } from '../journey/parse-journey.ts';
import { adoptionTimeliness } from './adoption-timeliness.ts';

const journey = (extra: Record<string, unknown>) => {
  const parsed = parseJourney({ child: { id: 'c1', dateOfBirth: '2022-01-10' }, ...extra });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.journey;
};

describe('adoption timeliness (scorecard A1, A2, A10)', () => {
  const care = { periodsOfCare: [{ id: 'p1', startDate: '2023-01-02' }] };
  it('counts A1 and A2 in days, and A10 equals A1 when the child moved to adopters', () => {
    const t = adoptionTimeliness(
      journey({
        ...care,
        placements: [
          { id: 'pl1', periodOfCareId: 'p1', startDate: '2023-01-02', typeCode: 'U6', placedWith: 'other' },
          { id: 'pl2', periodOfCareId: 'p1', startDate: '2024-03-01', typeCode: 'A6', placedWith: 'other' },
        ],
        adoption: { decisionDate: '2023-06-01', placementOrderDate: '2023-09-01', matchedDate: '2024-01-15', placedDate: '2024-03-01' },
      }),
    );
    // 2 Jan 2023 → 1 Mar 2024: 363 days to 2 Jan 2024, + 59 to 1 Mar (2024 is a leap year: Jan 31 + Feb 29 - 1) = 424.
    // 1 Sep 2023 → 15 Jan 2024: 30 (Sep) + 31 + 30 + 31 (Oct–Dec) + 14 = 136.
    assert.deepEqual(t, { a1Days: 424, a2Days: 136, a10Days: 424 });
  });
  it('A10 counts to the start of the foster placement when the carers adopt (A5: placed with current foster carers)', () => {
    const t = adoptionTimeliness(
      journey({
        ...care,
        placements: [
          { id: 'pl1', periodOfCareId: 'p1', startDate: '2023-01-02', typeCode: 'U6', placedWith: 'other' },
          { id: 'pl2', periodOfCareId: 'p1', startDate: '2023-02-01', typeCode: 'U5', placedWith: 'other' },
          { id: 'pl3', periodOfCareId: 'p1', startDate: '2024-03-01', typeCode: 'A5', placedWith: 'other' },
        ],
        adoption: { decisionDate: '2023-06-01', placementOrderDate: '2023-09-01', matchedDate: '2024-01-15', placedDate: '2024-03-01' },
      }),
    );
    // A10: 2 Jan → 1 Feb 2023 = 30 days (the fostering-for-adoption placement began then).
    assert.deepEqual(t, { a1Days: 424, a2Days: 136, a10Days: 30 });
  });
  it('is null without an adoption record, and leaves steps not yet taken null', () => {
    assert.equal(adoptionTimeliness(journey(care)), null);
    assert.deepEqual(adoptionTimeliness(journey({ ...care, adoption: { decisionDate: '2023-06-01', placementOrderDate: '2023-09-01' } })), { a1Days: null, a2Days: null, a10Days: null });
  });
});

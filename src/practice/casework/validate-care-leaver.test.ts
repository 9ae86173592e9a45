// The care leaver record (validate-care-leaver.ts): for each rule a write refused, with the message a
// worker sees, and one accepted. The base young person is born 10 March 2008 and looked after since
// 1 June 2023: on 30 June 2025 they are 17 and eligible, from their 16th birthday (10 March 2024).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseJourney } from '../journey/parse-journey.ts';
import type { Journey } from '../journey/journey.ts';
import { ENGLAND_AND_WALES } from '../calendar/calendar.ts';
import { validateRecordWrite, type RecordProblem } from './validate-record.ts';

const TODAY = '2025-06-30';

function journeyOf(dateOfBirth: string, careFrom: string): Journey {
  const parsed = parseJourney({ child: { id: 'child', dateOfBirth }, periodsOfCare: [{ id: 'poc1', startDate: careFrom }] });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.journey;
}
const base = journeyOf('2008-03-10', '2023-06-01');

function write(record: Record<string, unknown>, options: { journey?: Journey; today?: string } = {}): RecordProblem[] {
  return validateRecordWrite({ journey: options.journey ?? base, recordType: 'careLeaver', record, isNew: true, today: options.today ?? TODAY, calendar: ENGLAND_AND_WALES });
}
const leaver = (extra: Record<string, unknown> = {}) => ({ eligibility: 'eligible', eligibleFrom: '2024-03-10', ...extra });
const messageFor = (problems: RecordProblem[], field: string): string | undefined => problems.find((p) => p.field === field)?.message;

describe('SSDA903 care leaver codes', () => {
  it('refuses codes outside IN_TOUCH, ACTIV and ACCOM (903 rules 131, 132, 133)', () => {
    assert.deepEqual(write(leaver({ inTouchCode: 'MAYBE', activityCode: 'F9', accommodationCode: 'B3' })), [
      { field: 'inTouchCode', message: 'Select whether the authority is in touch from the list' },
      { field: 'activityCode', message: 'Select an activity from the list' },
      { field: 'accommodationCode', message: 'Select the accommodation from the list' },
    ]);
    assert.equal(messageFor(write(leaver({ accommodationCode: 'A1' })), 'accommodationCode'), 'Select the accommodation from the list');
  });

  it('refuses F3 and P3, replaced in the 2022 schema', () => {
    assert.deepEqual(write(leaver({ activityCode: 'P3' })), [{ field: 'activityCode', message: 'Select another activity: training or employment is now recorded as an apprenticeship (F4, P4) or not (F5, P5)' }]);
  });

  it('accepts current codes', () => {
    assert.deepEqual(write(leaver({ inTouchCode: 'YES', latestContactDate: '2025-06-01', activityCode: 'F4', accommodationCode: 'Z2' })), []);
    assert.deepEqual(write(leaver({ inTouchCode: 'NO', activityCode: '0', accommodationCode: '0' })), []);
  });

  it('wants an activity and accommodation when in touch (903 rule 345), and none after DIED or RHOM (rule 344)', () => {
    assert.deepEqual(write(leaver({ inTouchCode: 'YES', latestContactDate: '2025-06-01', activityCode: '0', accommodationCode: '0' })), [
      { field: 'activityCode', message: 'Select the young person’s activity: they are recorded as in touch' },
      { field: 'accommodationCode', message: 'Select the young person’s accommodation: they are recorded as in touch' },
    ]);
    assert.deepEqual(write(leaver({ inTouchCode: 'DIED', activityCode: 'F1', accommodationCode: 'B1' })), [
      { field: 'activityCode', message: 'Remove the activity: the young person died' },
      { field: 'accommodationCode', message: 'Remove the accommodation: the young person died' },
    ]);
    assert.equal(messageFor(write(leaver({ inTouchCode: 'RHOM', activityCode: 'G5' })), 'activityCode'), 'Remove the activity: the young person returned home for 6 months or more');
    assert.deepEqual(write(leaver({ inTouchCode: 'RHOM', activityCode: '0', accommodationCode: '0' })), []);
    assert.deepEqual(write(leaver({ inTouchCode: 'DIED' })), []);
  });
});

describe('the latest contact', () => {
  it('is today or before, and given when the young person is in touch', () => {
    assert.deepEqual(write(leaver({ latestContactDate: '2025-07-01' })), [{ field: 'latestContactDate', message: 'Date of the latest contact must be today or in the past' }]);
    assert.deepEqual(write(leaver({ inTouchCode: 'YES', activityCode: 'F2', accommodationCode: 'B1' })), [
      { field: 'latestContactDate', message: 'Enter the date of the latest contact: the young person is recorded as in touch' },
    ]);
    assert.deepEqual(write(leaver({ latestContactDate: TODAY })), []);
    assert.deepEqual(write(leaver({ inTouchCode: 'REFU' })), []);
  });
});

describe('the local offer', () => {
  it('names each entitlement once, told of today or before', () => {
    const offer = (...items: [string, string][]) => leaver({ localOfferToldOf: items.map(([entitlement, toldDate]) => ({ entitlement, toldDate })) });
    assert.deepEqual(write(offer(['Bursary', '2025-06-01'], [' bursary', '2025-06-02'])), [{ field: 'localOfferToldOf', message: 'Remove the second ‘bursary’: each entitlement is listed once' }]);
    assert.deepEqual(write(offer(['Bursary', '2025-06-01'], ['  ', '2025-06-02'])), [{ field: 'localOfferToldOf', message: 'Enter each entitlement the young person was told of' }]);
    assert.deepEqual(write(offer(['Bursary', '2025-07-01'])), [{ field: 'localOfferToldOf', message: 'Date the young person was told of each entitlement must be today or in the past' }]);
    assert.deepEqual(write(offer(['Bursary', TODAY], ['Council tax exemption', '2025-01-01'])), []);
  });
});

describe('the eligibility recorded and the care history', () => {
  it('asks why when they differ, giving what the care history says', () => {
    // 1 June 2023 to 30 June 2025, both days looked after: 366 days to 31 May 2024 (29 February 2024 in
    // them), 365 to 31 May 2025, and 30 in June 2025: 761.
    assert.deepEqual(write(leaver({ eligibility: 'relevant' })), [{
      field: 'eligibilityOverrideReason',
      message: 'Enter why the young person is relevant: the care history gives eligible (Looked after now, aged 17, with 761 days looked after since the 14th birthday (13 weeks is 91 days, short breaks not counted): eligible from 10 March 2024)',
    }]);
    assert.deepEqual(write(leaver({ eligibility: 'relevant', eligibilityOverrideReason: 'In custody since May; the placement ended' })), []);
  });

  it('says when the care history gives no status', () => {
    const young = journeyOf('2012-01-01', '2024-01-01');
    assert.deepEqual(write(leaver(), { journey: young }), [{
      field: 'eligibilityOverrideReason',
      message: 'Enter why the young person is eligible: the care history gives no care leaver status (Under 16 (born 1 January 2012))',
    }]);
  });

  it('refuses a reason when they agree', () => {
    assert.deepEqual(write(leaver({ eligibilityOverrideReason: 'Because' })), [{ field: 'eligibilityOverrideReason', message: 'Remove the reason: the care history also gives eligible' }]);
    assert.deepEqual(write(leaver({ eligibilityOverrideReason: '  ' })), []);
    assert.deepEqual(write(leaver()), []);
  });
});

describe('the health history', () => {
  it('is given from 3 months before the 18th birthday', () => {
    // Born 15 September 2007: 18 on 15 September 2025, so from 15 June 2025.
    const j = journeyOf('2007-09-15', '2022-01-01');
    const record = (date: string) => leaver({ eligibleFrom: '2023-09-15', healthHistoryGivenDate: date });
    assert.deepEqual(write(record('2025-06-14'), { journey: j }), [
      { field: 'healthHistoryGivenDate', message: 'Date the health history was given must be on or after 15 June 2025, 3 months before the young person’s 18th birthday' },
    ]);
    assert.deepEqual(write(record('2025-06-15'), { journey: j }), []);
    assert.deepEqual(write(record('2025-07-01'), { journey: j }), [{ field: 'healthHistoryGivenDate', message: 'Date the health history was given must be today or in the past' }]);
  });

  it('counts from 1 March for someone born on 29 February', () => {
    // Born 29 February 2008: 18 on 1 March 2026 (2026 has no 29 February), so from 1 December 2025.
    const j = journeyOf('2008-02-29', '2023-01-01');
    const record = (date: string) => leaver({ eligibleFrom: '2024-02-29', healthHistoryGivenDate: date });
    assert.equal(messageFor(write(record('2025-11-30'), { journey: j, today: '2025-12-01' }), 'healthHistoryGivenDate'), 'Date the health history was given must be on or after 1 December 2025, 3 months before the young person’s 18th birthday');
    assert.deepEqual(write(record('2025-12-01'), { journey: j, today: '2025-12-01' }), []);
  });
});

// Missing episodes and exploitation risk screenings (validate-missing.ts): for each rule a write refused,
// with the message a worker sees, and one accepted.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseJourney } from '../journey/parse-journey.ts';
import type { JourneyRecordType } from '../journey/record-types.ts';
import { ENGLAND_AND_WALES } from '../calendar/calendar.ts';
import { validateRecordWrite, type RecordProblem } from './validate-record.ts';

const TODAY = '2025-06-30';
const base = (() => {
  const parsed = parseJourney({ child: { id: 'child', dateOfBirth: '2010-05-01' } });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.journey;
})();
const write = (recordType: JourneyRecordType, record: Record<string, unknown>): RecordProblem[] =>
  validateRecordWrite({ journey: base, recordType, record, isNew: true, today: TODAY, calendar: ENGLAND_AND_WALES });

const episode = (extra: Record<string, unknown>) => ({ id: 'm1', startAt: '2025-06-01T22:00', returnedAt: '2025-06-02T08:00', ...extra });
const offered = { returnInterviewOfferedAt: '2025-06-02T12:00', interviewOfferedBy: 'Dee Hart', interviewOrganisation: 'Return Home Service', offeredByIndependentPerson: true };

describe('missing episodes: the return interview', () => {
  it('wants who offered the interview with the offer, and the offer with who offered it', () => {
    assert.deepEqual(write('missingEpisodes', episode({ ...offered, interviewOfferedBy: null })), [{ field: 'interviewOfferedBy', message: 'Enter who offered the return interview' }]);
    assert.deepEqual(write('missingEpisodes', episode({ ...offered, interviewOfferedBy: '   ' })), [{ field: 'interviewOfferedBy', message: 'Enter who offered the return interview' }]);
    assert.deepEqual(write('missingEpisodes', episode({ interviewOrganisation: 'Return Home Service' })), [{ field: 'returnInterviewOfferedAt', message: 'Enter when the return interview was offered' }]);
    assert.deepEqual(write('missingEpisodes', episode(offered)), []);
    assert.deepEqual(write('missingEpisodes', episode({})), []);
  });

  it('refuses an interview both declined and completed', () => {
    assert.deepEqual(write('missingEpisodes', episode({ ...offered, returnInterviewDeclined: true, returnInterviewCompletedAt: '2025-06-03T10:00' })), [
      { field: 'returnInterviewDeclined', message: 'A return interview that took place was not declined: remove the date of the interview or say it was not declined' },
    ]);
    assert.deepEqual(write('missingEpisodes', episode({ ...offered, returnInterviewDeclined: true })), []);
    assert.deepEqual(write('missingEpisodes', episode({ ...offered, returnInterviewDeclined: false, returnInterviewCompletedAt: '2025-06-03T10:00' })), []);
  });

  it('keeps what the child said for an interview that took place', () => {
    assert.deepEqual(write('missingEpisodes', episode({ ...offered, childSaid: 'I was at a friend’s' })), [
      { field: 'returnInterviewCompletedAt', message: 'Enter the date of the return interview to record what the child said in it' },
    ]);
    assert.deepEqual(write('missingEpisodes', episode({ ...offered, childSaid: ' ' })), []);
    assert.deepEqual(write('missingEpisodes', episode({ ...offered, returnInterviewCompletedAt: '2025-06-03T10:00', childSaid: 'I was at a friend’s' })), []);
  });

  it('still checks the return before the interview', () => {
    assert.equal(write('missingEpisodes', episode({ ...offered, returnedAt: null }))[0]?.message, 'Enter when the child returned before recording the return interview');
  });
});

describe('exploitation risk screenings', () => {
  const screening = (extra: Record<string, unknown>) => ({ id: 'x1', date: '2025-06-01', sexualExploitationRisk: 'low', criminalExploitationRisk: 'high', assessedBy: 'Sam Okafor', ...extra });

  it('is dated today or before', () => {
    assert.deepEqual(write('exploitationScreenings', screening({ date: '2025-07-01' })), [{ field: 'date', message: 'Date of the screening must be today or in the past' }]);
    assert.deepEqual(write('exploitationScreenings', screening({ date: TODAY })), []);
  });

  it('has both risk levels and who assessed', () => {
    const { sexualExploitationRisk: _s, criminalExploitationRisk: _c, ...withoutLevels } = screening({});
    assert.deepEqual(write('exploitationScreenings', { ...withoutLevels, assessedBy: '  ' }), [
      { field: 'sexualExploitationRisk', message: 'Select the level of risk of child sexual exploitation' },
      { field: 'criminalExploitationRisk', message: 'Select the level of risk of child criminal exploitation' },
      { field: 'assessedBy', message: 'Enter who carried out the screening' },
    ]);
    assert.deepEqual(write('exploitationScreenings', screening({ sexualExploitationRisk: 'none', criminalExploitationRisk: 'none' })), []);
  });

  it('lists each place and person once, ignoring case and spaces, and none empty', () => {
    assert.deepEqual(write('exploitationScreenings', screening({ locations: ['Mill Park', 'mill park '], associates: ['  '] })), [
      { field: 'locations', message: 'Remove the second ‘mill park’: each place is listed once' },
      { field: 'associates', message: 'Enter each person, or remove the empty one' },
    ]);
    assert.deepEqual(write('exploitationScreenings', screening({ associates: ['J', 'K', 'j'] })), [{ field: 'associates', message: 'Remove the second ‘j’: each person is listed once' }]);
    assert.deepEqual(write('exploitationScreenings', screening({ locations: ['Mill Park', 'Mill Lane'], associates: ['J', 'K'] })), []);
  });
});

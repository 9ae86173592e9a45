// The rules for health checks, IRO contact and escalations, and advocacy (validate-looked-after-support.ts):
// for each, a write refused with the message a worker sees and one accepted, at the boundaries chosen. The
// base journey: looked after from 10 January to 20 April 2024 (poc0) and again from 1 March 2025 (poc1, open).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseJourney } from '../journey/parse-journey.ts';
import type { Journey } from '../journey/journey.ts';
import type { JourneyRecordType } from '../journey/record-types.ts';
import { ENGLAND_AND_WALES } from '../calendar/calendar.ts';
import { validateRecordWrite, type RecordProblem } from './validate-record.ts';

const TODAY = '2025-06-30';

const base = ((): Journey => {
  const parsed = parseJourney({
    child: { id: 'child', dateOfBirth: '2015-05-01' },
    periodsOfCare: [
      { id: 'poc0', startDate: '2024-01-10', endDate: '2024-04-20', reasonCeased: 'E4A', reasonForNewEpisode: 'S', categoryOfNeed: 'N1' },
      { id: 'poc1', startDate: '2025-03-01', reasonForNewEpisode: 'S', categoryOfNeed: 'N1' },
    ],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.journey;
})();
const neverLookedAfter: Journey = { ...base, periodsOfCare: [] };

function write(recordType: JourneyRecordType, record: Record<string, unknown>, journey: Journey = base): RecordProblem[] {
  return validateRecordWrite({ journey, recordType, record, isNew: true, today: TODAY, calendar: ENGLAND_AND_WALES });
}
const messageFor = (problems: RecordProblem[], field: string): string | undefined => problems.find((p) => p.field === field)?.message;

const check = (extra: Record<string, unknown>) => write('healthChecks', { id: 'hc1', date: '2025-04-01', kind: 'dental', ...extra });
const contact = (extra: Record<string, unknown>) => write('iroContacts', { id: 'iro1', date: '2025-04-01', kind: 'visit', ...extra });
const escalation = (extra: Record<string, unknown>) => write('iroEscalations', { id: 'esc1', raisedDate: '2025-04-01', stage: 'informal', concern: 'Contact plan not reviewed', ...extra });
const offer = (extra: Record<string, unknown>) => write('advocacyOffers', { id: 'adv1', kind: 'advocate', offeredDate: '2025-04-01', outcome: 'waiting', ...extra });

describe('dates are today or in the past', () => {
  it('refuses tomorrow and accepts today', () => {
    const cases: [RecordProblem[], string, string][] = [
      [check({ date: '2025-07-01' }), 'date', 'Date of the dental check must be today or in the past'],
      [check({ date: '2025-07-01', kind: 'sdq', sdqScore: 3 }), 'date', 'Date of the Strengths and Difficulties Questionnaire must be today or in the past'],
      [contact({ date: '2025-07-01', kind: 'midway_review' }), 'date', 'Date of the IRO midway review must be today or in the past'],
      [escalation({ raisedDate: '2025-07-01' }), 'raisedDate', 'Date the escalation was raised must be today or in the past'],
      [escalation({ resolvedDate: '2025-07-01', outcome: 'Agreed' }), 'resolvedDate', 'Date the escalation was resolved must be today or in the past'],
      [offer({ offeredDate: '2025-07-01' }), 'offeredDate', 'Date the advocate was offered must be today or in the past'],
      [offer({ outcome: 'accepted', startDate: '2025-07-01' }), 'startDate', 'Date the advocate started must be today or in the past'],
      [offer({ kind: 'independent_visitor', outcome: 'accepted', startDate: '2025-05-01', endDate: '2025-07-01' }), 'endDate', 'Date the independent visitor finished must be today or in the past'],
    ];
    for (const [problems, field, message] of cases) assert.equal(messageFor(problems, field), message, message);
    assert.deepEqual(check({ date: TODAY }), []);
    assert.deepEqual(contact({ date: TODAY }), []);
    assert.deepEqual(escalation({ raisedDate: TODAY, resolvedDate: TODAY, outcome: 'Agreed' }), []);
    assert.deepEqual(offer({ offeredDate: TODAY, outcome: 'accepted', startDate: TODAY, endDate: TODAY }), []);
  });
});

describe('while the child is looked after', () => {
  it('refuses a health check, IRO contact or offer of advocacy between periods of care', () => {
    assert.deepEqual(check({ date: '2024-08-01' }), [{ field: 'date', message: 'Date of the dental check must be during a period of care, when the child was looked after' }]);
    assert.deepEqual(contact({ date: '2024-08-01' }), [{ field: 'date', message: 'Date of the IRO visit must be during a period of care, when the child was looked after' }]);
    assert.deepEqual(offer({ offeredDate: '2024-08-01' }), [{ field: 'offeredDate', message: 'Date the advocate was offered must be during a period of care, when the child was looked after' }]);
  });

  it('counts the days the child became and stopped being looked after as during care, and the days either side as not', () => {
    assert.deepEqual(check({ date: '2024-01-10' }), []);
    assert.deepEqual(check({ date: '2024-04-20' }), []);
    assert.deepEqual(contact({ date: '2025-03-01' }), []);
    assert.equal(check({ date: '2024-01-09' }).length, 1);
    assert.equal(check({ date: '2024-04-21' }).length, 1);
    assert.equal(contact({ date: '2025-02-28' }).length, 1);
  });

  it('asks for the period of care first when the child has never been looked after', () => {
    assert.deepEqual(write('healthChecks', { id: 'hc1', date: '2025-04-01', kind: 'sight' }, neverLookedAfter), [{ field: 'date', message: 'Record when the child became looked after before recording a health check' }]);
    assert.deepEqual(write('iroContacts', { id: 'i1', date: '2025-04-01', kind: 'visit' }, neverLookedAfter), [{ field: 'date', message: 'Record when the child became looked after before recording the IRO’s contact with them' }]);
    assert.deepEqual(write('advocacyOffers', { id: 'a1', kind: 'independent_visitor', offeredDate: '2025-04-01', outcome: 'declined' }, neverLookedAfter), [
      { field: 'offeredDate', message: 'Record when the child became looked after before recording an offer of an independent visitor' },
    ]);
  });

  it('does not ask it of an escalation, which can outlast the period of care', () => {
    assert.deepEqual(escalation({ raisedDate: '2024-08-01' }), []);
  });
});

describe('health checks (SSDA903 OC2)', () => {
  it('wants a score for an SDQ, and none for any other check', () => {
    assert.deepEqual(check({ kind: 'sdq' }), [{ field: 'sdqScore', message: 'Enter the SDQ score, from 0 to 40' }]);
    assert.deepEqual(check({ kind: 'sdq', sdqScore: null }), [{ field: 'sdqScore', message: 'Enter the SDQ score, from 0 to 40' }]);
    assert.deepEqual(check({ kind: 'sdq', sdqScore: 0 }), []);
    assert.deepEqual(check({ kind: 'sdq', sdqScore: 40 }), []);
    assert.deepEqual(check({ kind: 'sight', sdqScore: 12 }), [{ field: 'sdqScore', message: 'Remove the SDQ score: a score is only for a Strengths and Difficulties Questionnaire' }]);
    assert.deepEqual(check({ kind: 'sight', sdqScore: null }), []);
  });

  it('wants to know whether immunisations are up to date, and only for an immunisation check', () => {
    assert.deepEqual(check({ kind: 'immunisations' }), [{ field: 'upToDate', message: 'Select yes if the child’s immunisations are up to date' }]);
    assert.deepEqual(check({ kind: 'immunisations', upToDate: false }), []);
    assert.deepEqual(check({ kind: 'immunisations', upToDate: true }), []);
    assert.deepEqual(check({ kind: 'dental', upToDate: true }), [{ field: 'upToDate', message: 'Remove whether immunisations are up to date: it is only for an immunisation check' }]);
    assert.deepEqual(check({ kind: 'sdq', sdqScore: 20, upToDate: false }), [{ field: 'upToDate', message: 'Remove whether immunisations are up to date: it is only for an immunisation check' }]);
  });
});

describe('IRO escalations', () => {
  it('keeps the resolution on or after the escalation was raised; the same day is accepted', () => {
    assert.deepEqual(escalation({ resolvedDate: '2025-03-31', outcome: 'Agreed' }), [{ field: 'resolvedDate', message: 'Date the escalation was resolved must be on or after it was raised (1 April 2025)' }]);
    assert.deepEqual(escalation({ resolvedDate: '2025-04-01', outcome: 'Agreed' }), []);
  });

  it('wants the outcome with the resolution, and refuses an outcome without one', () => {
    assert.deepEqual(escalation({ resolvedDate: '2025-04-10' }), [{ field: 'outcome', message: 'Enter the outcome of the escalation' }]);
    assert.deepEqual(escalation({ resolvedDate: '2025-04-10', outcome: '  ' }), [{ field: 'outcome', message: 'Enter the outcome of the escalation' }]);
    assert.deepEqual(escalation({ outcome: 'Plan changed' }), [{ field: 'resolvedDate', message: 'Enter the date the escalation was resolved' }]);
    assert.deepEqual(escalation({ resolvedDate: null, outcome: null }), []);
  });

  it('wants who it went to at each formal stage, not at the informal one', () => {
    for (const stage of ['stage_1', 'stage_2', 'stage_3']) {
      assert.deepEqual(escalation({ stage }), [{ field: 'escalatedTo', message: 'Enter who the escalation was made to, with their role' }], stage);
      assert.deepEqual(escalation({ stage, escalatedTo: 'Alex Kerr, head of service' }), [], stage);
    }
    assert.deepEqual(escalation({ stage: 'cafcass', escalatedTo: ' ' }), [{ field: 'escalatedTo', message: 'Enter who at Cafcass the escalation was referred to' }]);
    assert.deepEqual(escalation({ stage: 'cafcass', escalatedTo: 'Cafcass duty manager' }), []);
    assert.deepEqual(escalation({ stage: 'informal', escalatedTo: null }), []);
  });

  it('refuses a concern of only spaces', () => {
    assert.deepEqual(escalation({ concern: '   ' }), [{ field: 'concern', message: 'Enter the IRO’s concern' }]);
  });
});

describe('advocacy offers', () => {
  it('takes a start date only once the offer is accepted', () => {
    assert.deepEqual(offer({ outcome: 'waiting', startDate: '2025-04-10' }), [{ field: 'startDate', message: 'Remove the date the advocate started: the offer has not been accepted' }]);
    assert.deepEqual(offer({ kind: 'independent_visitor', outcome: 'declined', startDate: '2025-04-10' }), [{ field: 'startDate', message: 'Remove the date the independent visitor started: the offer has not been accepted' }]);
    assert.deepEqual(offer({ outcome: 'accepted', startDate: '2025-04-10' }), []);
    // Accepted and not started yet (an advocate still to be introduced) is fine.
    assert.deepEqual(offer({ outcome: 'accepted' }), []);
  });

  it('starts on or after the offer; the same day is accepted', () => {
    assert.deepEqual(offer({ outcome: 'accepted', startDate: '2025-03-31' }), [{ field: 'startDate', message: 'Date the advocate started must be on or after they were offered (1 April 2025)' }]);
    assert.deepEqual(offer({ outcome: 'accepted', startDate: '2025-04-01' }), []);
  });

  it('finishes on or after it started, and not without a start', () => {
    assert.deepEqual(offer({ outcome: 'accepted', startDate: '2025-04-10', endDate: '2025-04-09' }), [{ field: 'endDate', message: 'Date the advocate finished must be on or after they started (10 April 2025)' }]);
    assert.deepEqual(offer({ outcome: 'accepted', startDate: '2025-04-10', endDate: '2025-04-10' }), []);
    assert.deepEqual(offer({ outcome: 'accepted', endDate: '2025-04-10' }), [{ field: 'endDate', message: 'Enter the date the advocate started before the date they finished' }]);
  });
});

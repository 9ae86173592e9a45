// Record-write rules: for each family, a write that is refused (with the message a worker sees) and one
// that is accepted. The base journey is one child's ordinary path through child protection in spring 2025.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseJourney } from '../journey/parse-journey.ts';
import type { Journey } from '../journey/journey.ts';
import type { JourneyRecordType } from '../journey/record-types.ts';
import { ENGLAND_AND_WALES } from '../calendar/calendar.ts';
import { validateRecordWrite, type RecordProblem } from './validate-record.ts';
import { JOURNEY_LIST_TYPES, JOURNEY_SINGLE_TYPES } from '../journey/record-types.ts';
import { EVERYTHING_TODAY, everything } from './test-journey.ts';

const TODAY = '2025-06-30';

const plan = { goals: [{ what: 'Home conditions improve', who: 'Parents with family support', byWhen: '2025-06-30' }], contingencyPlan: 'Legal planning meeting' };

const base = ((): Journey => {
  const parsed = parseJourney({
    child: { id: 'child', dateOfBirth: '2015-05-01' },
    contacts: [{ id: 'c1', receivedAt: '2025-03-03T09:15', decidedAt: '2025-03-03T15:00', outcome: 'strategy_discussion', sourceCode: '2A' }],
    referrals: [{ id: 'r1', referralDate: '2025-03-03', contactId: 'c1' }],
    assessments: [{ id: 'a1', referralId: 'r1', startDate: '2025-03-04' }],
    strategyDiscussions: [
      { id: 'sd1', thresholdDecisionDate: '2025-03-03', date: '2025-03-03', attendees: [{ name: 'DC Jones', agency: 'police' }], decision: 's47', referralId: 'r1' },
      { id: 'sd2', thresholdDecisionDate: '2025-06-01', date: null },
      { id: 'sd3', thresholdDecisionDate: '2025-06-01', date: '2025-06-02', attendees: [{ name: 'A', agency: 'health' }], decision: 'no_further_action' },
    ],
    s47Enquiries: [{ id: 's1', strategyDiscussionId: 'sd1', startDate: '2025-03-04' }],
    initialConferences: [{ id: 'i1', s47EnquiryId: 's1', date: '2025-03-20', planMade: true }, { id: 'i2', s47EnquiryId: 's1', date: '2025-03-21', planMade: false }],
    cpPlans: [{ id: 'p1', initialConferenceId: 'i1', startDate: '2025-03-20', initialCategory: 'neglect', ...plan }],
    coreGroups: [{ id: 'g1', cpPlanId: 'p1', date: '2025-04-01' }],
    cinPlans: [{ id: 'n1', startDate: '2024-06-01', endDate: '2025-01-31', endReason: 'risk_reduced', ...plan, goals: [{ ...plan.goals[0]!, byWhen: '2024-12-01' }] }],
    cinReviews: [{ id: 'nr1', cinPlanId: 'n1', date: '2024-09-01' }],
    visits: [{ id: 'v1', date: '2025-04-02', childSeen: true }],
    periodsOfCare: [{ id: 'poc1', startDate: '2025-06-01' }],
    adoption: { decisionDate: null },
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.journey;
})();

function write(recordType: JourneyRecordType, record: Record<string, unknown>, options: { isNew?: boolean; journey?: Journey; today?: string } = {}): RecordProblem[] {
  return validateRecordWrite({ journey: options.journey ?? base, recordType, record, isNew: options.isNew ?? true, today: options.today ?? TODAY, calendar: ENGLAND_AND_WALES });
}
const messageFor = (problems: RecordProblem[], field: string): string | undefined => problems.find((p) => p.field === field)?.message;

describe('dates of things that have happened', () => {
  it('refuses a visit dated tomorrow and accepts one dated today', () => {
    assert.deepEqual(write('visits', { id: 'v2', date: '2025-07-01', childSeen: true }), [{ field: 'date', message: 'Date of the visit must be today or in the past' }]);
    assert.deepEqual(write('visits', { id: 'v2', date: TODAY, childSeen: true }), []);
  });

  it('dates a date-time by the day it falls on in England', () => {
    // 23:30 UTC on 30 June is 00:30 BST on 1 July: tomorrow. 22:30 UTC is 23:30 BST today.
    assert.equal(messageFor(write('contacts', { id: 'c2', receivedAt: '2025-06-30T23:30:00Z' }), 'receivedAt'), 'Date the contact was received must be today or in the past');
    assert.deepEqual(write('contacts', { id: 'c2', receivedAt: '2025-06-30T22:30:00Z' }), []);
  });

  it('lets a goal be due in the future', () => {
    const goals = [{ what: 'x', who: 'y', byWhen: '2026-01-01' }];
    assert.deepEqual(write('cinPlans', { id: 'n2', startDate: '2025-06-30', goals, contingencyPlan: 'z' }, { journey: { ...base, cpPlans: [] } }), []);
  });

  it('refuses future dates across the record types', () => {
    const cases: [JourneyRecordType, Record<string, unknown>, string][] = [
      ['referrals', { id: 'r2', referralDate: '2025-07-01' }, 'referralDate'],
      ['assessments', { id: 'a2', referralId: 'r1', startDate: '2025-07-01' }, 'startDate'],
      ['strategyDiscussions', { id: 'sd9', thresholdDecisionDate: '2025-07-01' }, 'thresholdDecisionDate'],
      ['s47Enquiries', { id: 's2', strategyDiscussionId: 'sd1', startDate: '2025-03-04', endDate: '2025-07-01', icpcRequired: false }, 'endDate'],
      ['initialConferences', { id: 'i9', s47EnquiryId: 's1', date: '2025-07-01' }, 'date'],
      ['coreGroups', { id: 'g2', cpPlanId: 'p1', date: '2025-07-01' }, 'date'],
      ['reviewConferences', { id: 'rc1', cpPlanId: 'p1', date: '2025-07-01' }, 'date'],
      ['caseSupervisions', { id: 'cs1', date: '2025-07-01' }, 'date'],
      ['caseNotes', { id: 'cn1', occurredAt: '2025-07-01T09:00', kind: 'phone_call', subject: 'Call', text: 'Spoke to school' }, 'occurredAt'],
      ['earlyHelp', { id: 'e1', requestDate: '2025-06-01', startDate: '2025-07-01' }, 'startDate'],
      ['placements', { id: 'pl1', periodOfCareId: 'poc1', startDate: '2025-07-01', typeCode: 'U1', placedWith: 'other' }, 'startDate'],
    ];
    for (const [type, record, field] of cases) {
      assert.match(messageFor(write(type, record), field) ?? '', /must be today or in the past$/, `${type}.${field}`);
    }
  });
});

describe('an end is not before its start', () => {
  it('refuses a referral closed before it was made, and accepts one closed the same day', () => {
    assert.deepEqual(write('referrals', { id: 'r2', referralDate: '2025-05-02', closeDate: '2025-05-01', closeReason: 'RC8' }), [
      { field: 'closeDate', message: 'Date the referral was closed must be the same as or after the referral date' },
    ]);
    assert.deepEqual(write('referrals', { id: 'r2', referralDate: '2025-05-02', closeDate: '2025-05-02', closeReason: 'RC8' }), []);
  });

  it('refuses a section 47 enquiry ending before it started', () => {
    assert.equal(messageFor(write('s47Enquiries', { id: 's2', strategyDiscussionId: 'sd1', startDate: '2025-03-05', endDate: '2025-03-04', icpcRequired: true }), 'endDate'), 'End date must be the same as or after the start date');
  });

  it('compares a contact decision with its arrival to the minute', () => {
    assert.equal(
      messageFor(write('contacts', { id: 'c2', receivedAt: '2025-03-03T10:00', decidedAt: '2025-03-03T09:00', outcome: 'advice' }), 'decidedAt'),
      'The decision must be the same as or after the contact was received (3 March 2025 at 10am)',
    );
    assert.deepEqual(write('contacts', { id: 'c2', receivedAt: '2025-03-03T10:00', decidedAt: '2025-03-03T10:00', outcome: 'advice' }), []);
  });

  it('refuses early help assessed before it was requested, or ended before its plan started', () => {
    const problems = write('earlyHelp', { id: 'e1', requestDate: '2025-05-10', assessmentDate: '2025-05-09', startDate: '2025-05-20', endDate: '2025-05-19', endReason: 'completed' });
    assert.equal(messageFor(problems, 'assessmentDate'), 'Date of the early help assessment must be the same as or after the request for early help (10 May 2025)');
    assert.equal(messageFor(problems, 'endDate'), 'End date must be the same as or after the start date');
  });

  it('refuses an assessment authorised before it started, or the child seen before the referral', () => {
    const problems = write('assessments', { id: 'a2', referralId: 'r1', startDate: '2025-03-10', authorisedDate: '2025-03-07', childSeen: true, childSeenDate: '2025-03-01', outcome: 'cin_plan', factors: ['16A'] });
    assert.equal(messageFor(problems, 'authorisedDate'), 'Date the assessment was authorised must be the same as or after the start date');
    assert.equal(messageFor(problems, 'childSeenDate'), 'Date the child was seen must be on or after the referral (3 March 2025)');
  });
});

describe('references resolve and respect the journey’s order', () => {
  it('refuses an initial conference before its strategy discussion', () => {
    const journey: Journey = { ...base, s47Enquiries: [{ id: 's1', strategyDiscussionId: 'sd1', startDate: '2025-03-01' }] };
    assert.deepEqual(write('initialConferences', { id: 'i9', s47EnquiryId: 's1', date: '2025-03-02' }, { journey }), [
      { field: 'date', message: 'The initial child protection conference must be on or after the strategy discussion (3 March 2025)' },
    ]);
  });

  it('refuses an initial conference before its s47 enquiry started, and accepts one on that day', () => {
    const journey: Journey = { ...base, s47Enquiries: [{ id: 's1', strategyDiscussionId: 'sd1', startDate: '2025-03-10' }] };
    assert.equal(messageFor(write('initialConferences', { id: 'i9', s47EnquiryId: 's1', date: '2025-03-05' }, { journey }), 'date'), 'The initial child protection conference must be on or after the start of the section 47 enquiry (10 March 2025)');
    assert.deepEqual(write('initialConferences', { id: 'i9', s47EnquiryId: 's1', date: '2025-03-10', planMade: false }, { journey }), []);
  });

  it('refuses references to records that do not exist', () => {
    assert.equal(messageFor(write('assessments', { id: 'a2', referralId: 'r9', startDate: '2025-03-04' }), 'referralId'), 'Select the referral this assessment belongs to');
    assert.equal(messageFor(write('s47Enquiries', { id: 's2', strategyDiscussionId: 'sd9', startDate: '2025-03-04' }), 'strategyDiscussionId'), 'Select the strategy discussion that started this enquiry');
    assert.equal(messageFor(write('initialConferences', { id: 'i9', s47EnquiryId: 's9' }), 's47EnquiryId'), 'Select the section 47 enquiry this conference follows');
    assert.equal(messageFor(write('cpPlans', { id: 'p2', initialConferenceId: 'i9', startDate: '2025-03-20', initialCategory: 'neglect', ...plan }), 'initialConferenceId'), 'Select the initial child protection conference that made this plan');
    assert.equal(messageFor(write('coreGroups', { id: 'g2', cpPlanId: 'p9', date: '2025-04-01' }), 'cpPlanId'), 'Select the child protection plan this core group meeting belongs to');
    assert.equal(messageFor(write('cinReviews', { id: 'nr2', cinPlanId: 'n9', date: '2024-09-01' }), 'cinPlanId'), 'Select the child in need plan this review belongs to');
    assert.equal(messageFor(write('earlyHelp', { id: 'e1', requestDate: '2025-03-04', origin: 'step_down', steppedDownFromReferralId: 'r9' }), 'steppedDownFromReferralId'), 'Select the referral this was stepped down from');
    assert.equal(messageFor(write('earlyHelp', { id: 'e1', requestDate: '2025-03-04', contactId: 'c9' }), 'contactId'), 'Select the contact this request came from');
    assert.equal(messageFor(write('referrals', { id: 'r2', referralDate: '2025-03-04', contactId: 'c9' }), 'contactId'), 'Select the contact this referral came from');
    assert.equal(messageFor(write('strategyDiscussions', { id: 'sd9', thresholdDecisionDate: '2025-03-04', referralId: 'r9' }), 'referralId'), 'Select the referral that led to this strategy discussion');
    assert.equal(messageFor(write('placements', { id: 'pl1', periodOfCareId: 'poc9', startDate: '2025-06-01', typeCode: 'U1', placedWith: 'other' }), 'periodOfCareId'), 'Select the period of care this placement belongs to');
  });

  it('refuses an assessment starting before its referral, and accepts one starting that day', () => {
    assert.equal(messageFor(write('assessments', { id: 'a2', referralId: 'r1', startDate: '2025-03-02' }), 'startDate'), 'Start date of the assessment must be on or after the referral (3 March 2025)');
    assert.deepEqual(write('assessments', { id: 'a2', referralId: 'r1', startDate: '2025-03-03' }), []);
  });

  it('refuses a s47 enquiry from a discussion not yet held, or one that decided otherwise, or before the discussion', () => {
    assert.equal(messageFor(write('s47Enquiries', { id: 's2', strategyDiscussionId: 'sd2', startDate: '2025-06-02' }), 'strategyDiscussionId'), 'Enter the date the strategy discussion was held before starting the section 47 enquiry');
    assert.equal(messageFor(write('s47Enquiries', { id: 's2', strategyDiscussionId: 'sd3', startDate: '2025-06-02' }), 'strategyDiscussionId'), 'The strategy discussion on 2 June 2025 did not decide to start a section 47 enquiry');
    assert.equal(messageFor(write('s47Enquiries', { id: 's2', strategyDiscussionId: 'sd1', startDate: '2025-03-02' }), 'startDate'), 'Start date of the section 47 enquiry must be on or after the strategy discussion (3 March 2025)');
    assert.deepEqual(write('s47Enquiries', { id: 's2', strategyDiscussionId: 'sd1', startDate: '2025-03-03' }), []);
  });

  it('refuses a CP plan from a conference that made none, or starting before the conference', () => {
    const noPlans: Journey = { ...base, cpPlans: [], coreGroups: [] };
    assert.equal(messageFor(write('cpPlans', { id: 'p2', initialConferenceId: 'i2', startDate: '2025-03-21', initialCategory: 'neglect', ...plan }, { journey: noPlans }), 'initialConferenceId'), 'The initial child protection conference on 21 March 2025 did not decide to make a child protection plan');
    assert.equal(messageFor(write('cpPlans', { id: 'p2', initialConferenceId: 'i1', startDate: '2025-03-19', initialCategory: 'neglect', ...plan }, { journey: noPlans }), 'startDate'), 'Start date of the plan must be on or after the initial child protection conference (20 March 2025)');
    assert.deepEqual(write('cpPlans', { id: 'p2', initialConferenceId: 'i1', startDate: '2025-03-20', initialCategory: 'neglect', ...plan }, { journey: noPlans }), []);
    // A plan transferred in from another LA has no conference here.
    assert.deepEqual(write('cpPlans', { id: 'p2', initialConferenceId: null, startDate: '2025-03-20', initialCategory: 'neglect', ...plan }, { journey: noPlans }), []);
  });

  it('keeps core groups, review conferences and CIN reviews within their plan', () => {
    assert.equal(messageFor(write('coreGroups', { id: 'g2', cpPlanId: 'p1', date: '2025-03-19' }), 'date'), 'Date of the core group meeting must be on or after the plan started (20 March 2025)');
    assert.deepEqual(write('reviewConferences', { id: 'rc1', cpPlanId: 'p1', date: '2025-06-20' }), []);
    assert.equal(messageFor(write('cinReviews', { id: 'nr2', cinPlanId: 'n1', date: '2025-02-01' }), 'date'), 'Date of the child in need review must be on or before the plan ended (31 January 2025)');
    assert.deepEqual(write('cinReviews', { id: 'nr2', cinPlanId: 'n1', date: '2025-01-31' }), []);
  });

  it('on an edit, does not let a record move past the records that follow it', () => {
    assert.equal(messageFor(write('referrals', { id: 'r1', referralDate: '2025-03-05', contactId: 'c1' }, { isNew: false }), 'referralDate'), 'Date of the referral must be on or before the start of its assessment (4 March 2025)');
    assert.equal(messageFor(write('cpPlans', { id: 'p1', initialConferenceId: 'i1', startDate: '2025-03-20', endDate: '2025-03-31', endReason: 'risk_reduced', initialCategory: 'neglect', ...plan }, { isNew: false }), 'endDate'), 'End date of the plan must be on or after its last core group meeting or review conference (1 April 2025)');
    assert.equal(messageFor(write('initialConferences', { id: 'i1', s47EnquiryId: 's1', date: '2025-03-20', planMade: false }, { isNew: false }), 'planMade'), 'Select yes: a child protection plan made at this conference started on 20 March 2025');
    assert.deepEqual(write('referrals', { id: 'r1', referralDate: '2025-03-04', contactId: 'c1' }, { isNew: false }), []);
  });
});

describe('codes are in their code sets', () => {
  it('refuses unknown codes, each with its own message', () => {
    const cases: [JourneyRecordType, Record<string, unknown>, string, string][] = [
      ['contacts', { id: 'c2', receivedAt: '2025-03-03T09:00', sourceCode: '11' }, 'sourceCode', 'Select a source from the list'],
      ['referrals', { id: 'r2', referralDate: '2025-03-03', sourceCode: '2Z' }, 'sourceCode', 'Select a source from the list'],
      ['referrals', { id: 'r2', referralDate: '2025-03-03', primaryNeedCode: 'N0' }, 'primaryNeedCode', 'Select a primary need from the list'],
      ['referrals', { id: 'r2', referralDate: '2025-03-03', closeDate: '2025-03-03', closeReason: 'RC0' }, 'closeReason', 'Select a reason for closure from the list'],
      ['assessments', { id: 'a2', referralId: 'r1', startDate: '2025-03-04', factors: ['99Z'] }, 'factors', 'Select a factor from the list'],
      ['assessments', { id: 'a2', referralId: 'r1', startDate: '2025-03-04', outcome: 'adopted' }, 'outcome', 'Select an outcome from the list'],
      ['strategyDiscussions', { id: 'sd9', thresholdDecisionDate: '2025-03-03', date: '2025-03-03', attendees: [{ name: 'A', agency: 'fire' }], decision: 's47' }, 'attendees', 'Select an agency from the list for each person who took part'],
      ['strategyDiscussions', { id: 'sd9', thresholdDecisionDate: '2025-03-03', date: '2025-03-03', attendees: [{ name: 'A', agency: 'police' }], decision: 'maybe' }, 'decision', 'Select a decision from the list'],
      ['cinPlans', { id: 'n2', startDate: '2024-01-01', endDate: '2024-02-01', endReason: 'bored', ...plan, goals: [{ what: 'a', who: 'b', byWhen: '2024-01-31' }] }, 'endReason', 'Select a reason the plan ended from the list'],
      ['visits', { id: 'v2', date: '2025-04-02', childSeen: true, visitType: 'drive_by' }, 'visitType', 'Select a type of visit from the list'],
      ['caseNotes', { id: 'cn1', occurredAt: '2025-04-02T10:00', kind: 'gossip', subject: 's', text: 't' }, 'kind', 'Select a kind of case note from the list'],
    ];
    for (const [type, record, field, message] of cases) assert.equal(messageFor(write(type, record), field), message, `${type}.${field}`);
  });

  it('accepts known codes', () => {
    assert.deepEqual(write('referrals', { id: 'r2', referralDate: '2025-04-01', sourceCode: '3E', primaryNeedCode: 'N1', closeDate: '2025-04-02', closeReason: 'RC8' }), []);
    assert.deepEqual(write('caseNotes', { id: 'cn1', occurredAt: '2025-04-02T10:00', kind: 'phone_call', subject: 'Call from school', text: 'DSL rang.' }), []);
  });

  it('refuses a factor twice, and "no factors" with any other', () => {
    const at = (factors: string[]): string | undefined => messageFor(write('assessments', { id: 'a2', referralId: 'r1', startDate: '2025-03-04', factors }), 'factors');
    assert.equal(at(['16A', '16A']), 'Select each factor only once');
    assert.equal(at(['21', '16A']), 'Select ‘No factors identified’ only when no other factor is selected');
    assert.equal(at(['21']), undefined);
    assert.equal(at(['16A', '3A']), undefined);
  });
});

describe('plans', () => {
  const journey: Journey = { ...base, cpPlans: [], coreGroups: [] };
  const cp = (extra: Record<string, unknown>): RecordProblem[] => write('cpPlans', { id: 'p2', initialConferenceId: 'i1', startDate: '2025-03-20', initialCategory: 'neglect', ...plan, ...extra }, { journey });

  it('refuses a plan without a contingency plan', () => {
    assert.deepEqual(cp({ contingencyPlan: '  ' }), [{ field: 'contingencyPlan', message: 'Enter the contingency plan: what will happen if the plan does not achieve its goals' }]);
    assert.deepEqual(cp({ contingencyPlan: undefined }).map((p) => p.field), ['contingencyPlan']);
  });

  it('refuses a plan without goals, or with a goal due before it starts', () => {
    assert.equal(messageFor(cp({ goals: [] }), 'goals'), 'Add at least one goal: what needs to change, who will do it and by when');
    assert.equal(messageFor(cp({ goals: [{ what: 'a', who: 'b', byWhen: '2025-03-19' }] }), 'goals'), 'Each goal must be due on or after the plan starts (20 March 2025)');
    assert.deepEqual(cp({ goals: [{ what: 'a', who: 'b', byWhen: '2025-03-20' }] }), []);
  });

  it('wants an end date and a reason together', () => {
    assert.equal(messageFor(cp({ endDate: '2025-05-01' }), 'endReason'), 'Select why the plan ended');
    assert.equal(messageFor(cp({ endReason: 'risk_reduced' }), 'endDate'), 'Enter the date the plan ended');
    assert.deepEqual(cp({ endDate: '2025-05-01', endReason: 'risk_reduced' }), []);
  });

  it('refuses a second open plan, and a CIN plan while a CP plan is open; plans that meet are fine', () => {
    assert.equal(messageFor(write('cpPlans', { id: 'p2', initialConferenceId: null, startDate: '2025-05-01', initialCategory: 'neglect', ...plan }), 'startDate'), 'The child already has a child protection plan from 20 March 2025 that has not ended: end that plan first');
    assert.equal(messageFor(write('cinPlans', { id: 'n2', startDate: '2025-05-01', ...plan }), 'startDate'), 'The child already has a child protection plan from 20 March 2025 that has not ended: end that plan first');
    assert.equal(messageFor(write('cinPlans', { id: 'n2', startDate: '2025-01-01', endDate: '2025-02-01', endReason: 'other', ...plan, goals: [{ what: 'a', who: 'b', byWhen: '2025-01-02' }] }), 'startDate'), 'This plan overlaps the child in need plan from 1 June 2024 to 31 January 2025');
    // The CIN plan ended 31 January; a CP plan starting that day meets it.
    assert.deepEqual(write('cpPlans', { id: 'p2', initialConferenceId: null, startDate: '2025-01-31', endDate: '2025-03-20', endReason: 'stepped_down', initialCategory: 'neglect', ...plan, goals: [{ what: 'a', who: 'b', byWhen: '2025-02-01' }] }), []);
    // Editing the plan itself is not an overlap with its old version.
    assert.deepEqual(write('cpPlans', { id: 'p1', initialConferenceId: 'i1', startDate: '2025-03-20', initialCategory: 'neglect', latestCategory: 'emotional', ...plan }, { isNew: false }), []);
  });
});

describe('assessments', () => {
  const assessment = (extra: Record<string, unknown>): RecordProblem[] =>
    write('assessments', { id: 'a2', referralId: 'r1', startDate: '2025-03-03', childSeen: true, childSeenDate: '2025-03-05', outcome: 'cin_plan', factors: ['16A'], ...extra });

  it('refuses a late assessment without a reason, counting working days across Easter and early May', () => {
    // Start Mon 3 Mar 2025 (day 0). Working days after it: March 4–31 = 20; April 1–4 = 4 (24), 7–11 = 5 (29),
    // 14–17 = 4 (33; Fri 18 Apr Good Friday), 22–25 = 4 (37; Mon 21 Apr Easter Monday), 28–30 = 3 (40);
    // May 1–2 = 2 (42), 6–8 = 3 (45; Mon 5 May early May bank holiday). So Thu 8 May is WD 45 and Fri 9 May WD 46.
    assert.equal(ENGLAND_AND_WALES.workingDaysBetween('2025-03-03', '2025-05-09'), 46);
    assert.deepEqual(assessment({ authorisedDate: '2025-05-09' }), [{ field: 'reasonForDelay', message: 'Enter the reason the assessment took more than 45 working days (it took 46)' }]);
    assert.deepEqual(assessment({ authorisedDate: '2025-05-09', reasonForDelay: 'Father in hospital; could not be seen until May' }), []);
    assert.deepEqual(assessment({ authorisedDate: '2025-05-08' }), []);
  });

  it('wants an outcome and factors once authorised', () => {
    const problems = assessment({ authorisedDate: '2025-03-20', outcome: null, factors: [] });
    assert.equal(messageFor(problems, 'outcome'), 'Select the outcome of the assessment');
    assert.equal(messageFor(problems, 'factors'), 'Select the factors identified at the end of the assessment, or ‘No factors identified’');
    assert.deepEqual(assessment({ authorisedDate: null, outcome: null, factors: [] }), []);
  });

  it('keeps "child seen" and its date consistent', () => {
    assert.equal(messageFor(assessment({ childSeenDate: null }), 'childSeenDate'), 'Enter the date the child was seen');
    assert.equal(messageFor(assessment({ childSeen: false }), 'childSeen'), 'Select yes if the child was seen: you have entered the date they were seen');
    assert.deepEqual(assessment({ childSeen: false, childSeenDate: null }), []);
  });
});

describe('strategy discussions, contacts, referrals and s47 enquiries', () => {
  it('wants people and a decision once a discussion is held; a time only with a date', () => {
    const held = write('strategyDiscussions', { id: 'sd9', thresholdDecisionDate: '2025-03-03', date: '2025-03-04' });
    assert.equal(messageFor(held, 'attendees'), 'Add at least one person who took part');
    assert.equal(messageFor(held, 'decision'), 'Select what the strategy discussion decided');
    assert.equal(messageFor(write('strategyDiscussions', { id: 'sd9', thresholdDecisionDate: '2025-03-03', time: '10:00' }), 'date'), 'Enter the date the strategy discussion was held, or remove the time');
    assert.equal(messageFor(write('strategyDiscussions', { id: 'sd9', thresholdDecisionDate: '2025-03-03', date: '2025-03-02', attendees: [{ name: 'A', agency: 'police' }], decision: 's47' }), 'date'), 'Date of the strategy discussion must be the same as or after the threshold decision (3 March 2025)');
    assert.deepEqual(write('strategyDiscussions', { id: 'sd9', thresholdDecisionDate: '2025-03-03' }), []);
    assert.deepEqual(write('strategyDiscussions', { id: 'sd9', thresholdDecisionDate: '2025-03-03', date: '2025-03-04', time: '10:00', attendees: [{ name: 'A', agency: 'police' }], decision: 's47' }), []);
  });

  it('keeps a contact decision, its time and its sign-off together and in order', () => {
    assert.equal(messageFor(write('contacts', { id: 'c2', receivedAt: '2025-03-03T09:00', outcome: 'advice' }), 'decidedAt'), 'Enter the date and time of the decision');
    assert.equal(messageFor(write('contacts', { id: 'c2', receivedAt: '2025-03-03T09:00', decidedAt: '2025-03-03T10:00' }), 'outcome'), 'Select the decision');
    assert.equal(messageFor(write('contacts', { id: 'c2', receivedAt: '2025-03-03T09:00', signedOffAt: '2025-03-03T11:00', signedOffBy: 'm1' }), 'signedOffAt'), 'Record the decision before it is signed off');
    const early = write('contacts', { id: 'c2', receivedAt: '2025-03-03T09:00', decidedAt: '2025-03-03T10:00', outcome: 'advice', signedOffAt: '2025-03-03T09:30', signedOffBy: 'm1' });
    assert.equal(messageFor(early, 'signedOffAt'), 'Sign-off must be the same as or after the decision (3 March 2025 at 10am)');
    assert.deepEqual(write('contacts', { id: 'c2', receivedAt: '2025-03-03T09:00', decidedAt: '2025-03-03T10:00', outcome: 'advice', signedOffAt: '2025-03-04T09:30', signedOffBy: 'm1' }), []);
  });

  it('wants a closure date and reason together', () => {
    assert.equal(messageFor(write('referrals', { id: 'r2', referralDate: '2025-04-01', closeDate: '2025-04-02' }), 'closeReason'), 'Select the reason for closure');
    assert.equal(messageFor(write('referrals', { id: 'r2', referralDate: '2025-04-01', closeReason: 'RC7' }), 'closeDate'), 'Enter the date the referral was closed');
  });

  it('wants a concluded s47 enquiry to say whether a conference is needed', () => {
    assert.equal(messageFor(write('s47Enquiries', { id: 's2', strategyDiscussionId: 'sd1', startDate: '2025-03-04', endDate: '2025-03-10' }), 'icpcRequired'), 'Select whether an initial child protection conference is needed');
    assert.deepEqual(write('s47Enquiries', { id: 's2', strategyDiscussionId: 'sd1', startDate: '2025-03-04', endDate: '2025-03-10', icpcRequired: false }), []);
  });
});

describe('record identity', () => {
  it('refuses a new record with an id already used, and an edit of a record that does not exist', () => {
    assert.deepEqual(write('visits', { id: 'v1', date: '2025-04-03', childSeen: true }), [{ field: 'id', message: 'This record has already been saved: go back to the child’s record to see it' }]);
    assert.deepEqual(write('visits', { id: 'v9', date: '2025-04-03', childSeen: true }, { isNew: false }), [{ field: 'id', message: 'This record no longer exists: it may have been removed by someone else' }]);
    assert.deepEqual(write('visits', { id: 'v1', date: '2025-04-03', childSeen: true }, { isNew: false }), []);
  });

  it('treats adoption and care-leaver status as single records', () => {
    assert.equal(write('adoption', { decisionDate: '2025-06-01' })[0]?.message, 'The child already has an adoption record: change that one instead');
    assert.deepEqual(write('adoption', { decisionDate: '2025-06-01' }, { isNew: false }), []);
    // The base child is 10: the care history gives no care leaver status, so the record says why (validate-care-leaver.ts).
    assert.deepEqual(write('careLeaver', { eligibility: 'eligible', eligibleFrom: '2025-06-01', eligibilityOverrideReason: 'Looked after by another authority from 14' }), []);
  });

  it('gives one message per field, the most fundamental first', () => {
    const problems = write('visits', { id: 'v2', date: '2025-07-01', childSeen: true, visitType: 'nope' });
    assert.deepEqual(problems.map((p) => p.field), ['visitType', 'date']);
  });
});

describe('a whole journey', () => {
  it('passes its own write checks, record by record, as edits', () => {
    for (const type of JOURNEY_LIST_TYPES) {
      for (const record of everything[type] ?? []) {
        const problems = write(type, { ...record }, { journey: everything, isNew: false, today: EVERYTHING_TODAY });
        assert.deepEqual(problems, [], `${type} ${JSON.stringify(record)}`);
      }
    }
    for (const type of JOURNEY_SINGLE_TYPES) {
      assert.deepEqual(write(type, { ...everything[type] }, { journey: everything, isNew: false, today: EVERYTHING_TODAY }), [], type);
    }
  });
});

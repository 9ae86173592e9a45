// Case flags: each kind with a case that raises it and one that does not, and the boundaries chosen.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseJourney } from '../journey/parse-journey.ts';
import type { Journey } from '../journey/journey.ts';
import { ENGLAND_AND_WALES, createCalendar } from '../calendar/calendar.ts';
import { ADVOCACY_WAIT_WORKING_DAYS, agencyOfText, caseFlags, type CaseFlagKind } from './flags.ts';

const TODAY = '2025-06-30';

function journeyOf(records: Omit<Partial<Journey>, 'child'>, child: Journey['child'] = { id: 'child', dateOfBirth: '2015-05-01' }): Journey {
  const parsed = parseJourney({ child, ...records });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.journey;
}
const flagsOf = (journey: Journey, kind: CaseFlagKind, today = TODAY) => caseFlags(journey, today, ENGLAND_AND_WALES).filter((f) => f.kind === kind);
const referrals = (...dates: string[]) => journeyOf({ referrals: dates.map((referralDate, i) => ({ id: `r${i + 1}`, referralDate })) });

describe('re-referral', () => {
  it('flags a referral within 12 months of the previous one', () => {
    assert.deepEqual(flagsOf(referrals('2024-03-03', '2024-09-01'), 're_referral'), [
      { kind: 're_referral', recordType: 'referrals', recordId: 'r2', date: '2024-09-01', message: 'Re-referral: referred again on 1 September 2024, within 12 months of the referral on 3 March 2024' },
    ]);
  });

  it('counts a referral exactly 12 months on as within 12 months, and the day after as not', () => {
    // Corresponding-date rule (periods.ts, Dodds v Walker): 12 months from 3 March 2024 ends on 3 March 2025.
    assert.equal(flagsOf(referrals('2024-03-03', '2025-03-03'), 're_referral').length, 1);
    assert.equal(flagsOf(referrals('2024-03-03', '2025-03-04'), 're_referral').length, 0);
  });

  it('clamps at month end: 12 months from 29 February 2024 ends on 28 February 2025', () => {
    assert.equal(flagsOf(referrals('2024-02-29', '2025-02-28'), 're_referral').length, 1);
    assert.equal(flagsOf(referrals('2024-02-29', '2025-03-01'), 're_referral').length, 0);
  });

  it('does not flag a first referral, or two on the same day, and reads referrals in date order', () => {
    assert.equal(flagsOf(referrals('2024-03-03'), 're_referral').length, 0);
    assert.equal(flagsOf(referrals('2024-03-03', '2024-03-03'), 're_referral').length, 0);
    assert.deepEqual(flagsOf(referrals('2025-01-10', '2024-06-01', '2020-01-01'), 're_referral').map((f) => f.recordId), ['r1']);
  });
});

describe('stepped down and back up', () => {
  const journey = (referralDate: string, origin: 'step_down' | 'contact' = 'step_down') => journeyOf({
    referrals: [{ id: 'r1', referralDate: '2024-01-10' }, { id: 'r2', referralDate }],
    earlyHelp: [{ id: 'e1', requestDate: '2024-02-01', startDate: '2024-02-15', origin, steppedDownFromReferralId: origin === 'step_down' ? 'r1' : null }],
  });

  it('flags a referral within 6 months of the step-down starting', () => {
    assert.deepEqual(flagsOf(journey('2024-08-15'), 'stepped_down_and_back_up'), [{
      kind: 'stepped_down_and_back_up', recordType: 'earlyHelp', recordId: 'e1', date: '2024-08-15',
      message: 'Referred again on 15 August 2024, within 6 months of being stepped down to early help on 15 February 2024',
    }]);
  });

  it('does not flag a referral after 6 months, or early help that came from the front door', () => {
    assert.equal(flagsOf(journey('2024-08-16'), 'stepped_down_and_back_up').length, 0);
    assert.equal(flagsOf(journey('2024-03-01', 'contact'), 'stepped_down_and_back_up').length, 0);
  });

  it('counts from the request while the early help plan has not started', () => {
    const j = journeyOf({ referrals: [{ id: 'r2', referralDate: '2024-08-01' }], earlyHelp: [{ id: 'e1', requestDate: '2024-02-01', origin: 'step_down' }] });
    assert.equal(flagsOf(j, 'stepped_down_and_back_up').length, 1);
    assert.equal(flagsOf({ ...j, referrals: [{ id: 'r2', referralDate: '2024-08-02' }] }, 'stepped_down_and_back_up').length, 0);
  });
});

describe('CP plan over 18 months without a PLO decision', () => {
  const plan = (extra: Record<string, unknown> = {}) => journeyOf({ cpPlans: [{ id: 'p1', startDate: '2023-08-31', initialCategory: 'neglect', ...extra }] });

  it('flags an open plan from the day after it reaches 18 months (end-of-month clamped)', () => {
    // 31 August 2023 + 18 months = 28 February 2025 (no 31st, no 29th in 2025).
    assert.equal(flagsOf(plan(), 'cp_plan_over_18_months_without_plo', '2025-02-28').length, 0);
    const [flag] = flagsOf(plan(), 'cp_plan_over_18_months_without_plo', '2025-03-01');
    assert.deepEqual(flag, {
      kind: 'cp_plan_over_18_months_without_plo', recordType: 'cpPlans', recordId: 'p1', date: '2025-02-28',
      message: 'Child protection plan open for more than 18 months (since 31 August 2023) with no decision on the Public Law Outline',
    });
  });

  it('does not flag a plan with a PLO decision, or one that has ended', () => {
    assert.equal(flagsOf(plan({ ploDecisionDate: '2024-12-01' }), 'cp_plan_over_18_months_without_plo').length, 0);
    assert.equal(flagsOf(plan({ endDate: '2025-06-01', endReason: 'risk_reduced' }), 'cp_plan_over_18_months_without_plo').length, 0);
  });
});

describe('subsequent CP plan', () => {
  it('numbers every plan after the first, however long ago the first was', () => {
    const j = journeyOf({ cpPlans: [
      { id: 'p3', startDate: '2024-05-01', initialCategory: 'neglect' },
      { id: 'p1', startDate: '2016-01-01', endDate: '2016-09-01', initialCategory: 'physical' },
      { id: 'p2', startDate: '2020-02-01', endDate: '2021-01-01', initialCategory: 'emotional' },
    ] });
    assert.deepEqual(flagsOf(j, 'subsequent_cp_plan').map((f) => [f.recordId, f.message]), [
      ['p2', 'Second child protection plan: the previous plan started on 1 January 2016'],
      ['p3', 'Third child protection plan: the previous plan started on 1 February 2020'],
    ]);
  });

  it('does not flag a first plan', () => {
    assert.equal(flagsOf(journeyOf({ cpPlans: [{ id: 'p1', startDate: '2024-05-01', initialCategory: 'neglect' }] }), 'subsequent_cp_plan').length, 0);
  });
});

describe('strategy discussion without police, health or education', () => {
  const discussion = (extra: Record<string, unknown>, child?: Journey['child']) =>
    journeyOf({ strategyDiscussions: [{ id: 'sd1', thresholdDecisionDate: '2025-03-03', date: '2025-03-03', ...extra }] }, child);

  it('names the agencies missing from the attendees', () => {
    const j = discussion({ attendees: [{ name: 'SW', agency: 'social_care' }, { name: 'DC Jones', agency: 'police' }] });
    assert.deepEqual(flagsOf(j, 'strategy_discussion_missing_agencies').map((f) => f.message), ['No one from health or education took part in the strategy discussion on 3 March 2025']);
  });

  it('does not flag when all three took part, or a discussion not yet held', () => {
    const all = [{ name: 'a', agency: 'police' }, { name: 'b', agency: 'health' }, { name: 'c', agency: 'education' }];
    assert.equal(flagsOf(discussion({ attendees: all }), 'strategy_discussion_missing_agencies').length, 0);
    assert.equal(flagsOf(discussion({ date: null }), 'strategy_discussion_missing_agencies').length, 0);
  });

  it('reads the older free-text agencies when there are no attendees', () => {
    assert.equal(flagsOf(discussion({ agencies: ['police', 'Health', 'school'] }), 'strategy_discussion_missing_agencies').length, 0);
    assert.equal(flagsOf(discussion({ agencies: ['Social care', 'early years'] }), 'strategy_discussion_missing_agencies')[0]?.message, 'No one from the police or health took part in the strategy discussion on 3 March 2025');
    assert.equal(flagsOf(discussion({}), 'strategy_discussion_missing_agencies')[0]?.message, 'No one from the police, health or education took part in the strategy discussion on 3 March 2025');
    assert.equal(agencyOfText('Health visitor'), 'health');
    assert.equal(agencyOfText('social_care'), 'social_care');
  });

  it('does not expect education for an unborn child', () => {
    const j = discussion({ attendees: [{ name: 'a', agency: 'police' }, { name: 'b', agency: 'health' }] }, { id: 'child', dateOfBirth: null, expectedDateOfBirth: '2025-05-01' });
    assert.equal(flagsOf(j, 'strategy_discussion_missing_agencies').length, 0);
  });
});

describe('assessment late without a reason', () => {
  // Start Mon 3 Mar 2025; with Good Friday, Easter Monday and the early May bank holiday, Thu 8 May is
  // working day 45 and Fri 9 May working day 46 (hand count in validate-record.test.ts).
  const assessment = (authorisedDate: string, reasonForDelay: string | null = null) => journeyOf({
    referrals: [{ id: 'r1', referralDate: '2025-03-03' }],
    assessments: [{ id: 'a1', referralId: 'r1', startDate: '2025-03-03', authorisedDate, reasonForDelay }],
  });

  it('flags more than 45 working days with no reason', () => {
    assert.deepEqual(flagsOf(assessment('2025-05-09'), 'assessment_late_without_reason'), [{
      kind: 'assessment_late_without_reason', recordType: 'assessments', recordId: 'a1', date: '2025-05-09',
      message: 'Assessment took 46 working days (more than 45) and no reason for the delay is recorded',
    }]);
  });

  it('does not flag 45 working days, or a late one with a reason', () => {
    assert.equal(flagsOf(assessment('2025-05-08'), 'assessment_late_without_reason').length, 0);
    assert.equal(flagsOf(assessment('2025-05-09', 'Family abroad'), 'assessment_late_without_reason').length, 0);
    assert.equal(flagsOf(assessment('2025-05-09', '   '), 'assessment_late_without_reason').length, 1);
  });
});

describe('order', () => {
  it('sorts by date, then kind', () => {
    const j = journeyOf({
      referrals: [{ id: 'r1', referralDate: '2024-03-03' }, { id: 'r2', referralDate: '2024-09-01' }],
      cpPlans: [{ id: 'p1', startDate: '2016-01-01', endDate: '2016-09-01', initialCategory: 'physical' }, { id: 'p2', startDate: '2024-09-01', initialCategory: 'neglect' }],
      strategyDiscussions: [{ id: 'sd1', thresholdDecisionDate: '2024-09-01', date: '2024-09-01', attendees: [{ name: 'a', agency: 'police' }] }],
    });
    assert.deepEqual(caseFlags(j, TODAY, ENGLAND_AND_WALES).map((f) => `${f.date} ${f.kind}`), [
      '2024-09-01 re_referral',
      '2024-09-01 strategy_discussion_missing_agencies',
      '2024-09-01 subsequent_cp_plan',
    ]);
  });
});

describe('placement instability', () => {
  // Today 30 June 2025: the year looked back on runs from 1 July 2024.
  const care = (placements: [string, string][], periodEnd: string | null = null) => journeyOf({
    periodsOfCare: [{ id: 'poc1', startDate: '2024-01-01', endDate: periodEnd, reasonCeased: periodEnd ? 'E4A' : null }],
    placements: placements.map(([startDate, typeCode], i, all) => ({
      id: `pl${i + 1}`, periodOfCareId: 'poc1', startDate, endDate: all[i + 1]?.[0] ?? periodEnd, typeCode, placedWith: 'other' as const,
    })),
  });

  it('flags three placements starting in the 12 months, the first of a period included', () => {
    const j = journeyOf({
      periodsOfCare: [{ id: 'poc1', startDate: '2024-09-01' }],
      placements: [
        { id: 'pl1', periodOfCareId: 'poc1', startDate: '2024-09-01', endDate: '2025-01-10', typeCode: 'U6', placedWith: 'other' },
        { id: 'pl2', periodOfCareId: 'poc1', startDate: '2025-01-10', endDate: '2025-04-02', typeCode: 'U6', placedWith: 'other' },
        { id: 'pl3', periodOfCareId: 'poc1', startDate: '2025-04-02', typeCode: 'K2', placedWith: 'other' },
      ],
    });
    assert.deepEqual(flagsOf(j, 'placement_instability'), [{
      kind: 'placement_instability', recordType: 'placements', recordId: 'pl3', date: '2025-04-02',
      message: '3 placements in the 12 months to 30 June 2025: the latest started on 2 April 2025',
    }]);
  });

  it('counts a placement starting on 1 July 2024 and not one starting on 30 June 2024', () => {
    assert.equal(flagsOf(care([['2024-07-01', 'U6'], ['2024-12-01', 'U6'], ['2025-05-01', 'U4']]), 'placement_instability').length, 1);
    assert.equal(flagsOf(care([['2024-06-30', 'U6'], ['2024-12-01', 'U6'], ['2025-05-01', 'U4']]), 'placement_instability').length, 0);
  });

  it('does not count temporary placements or placement for adoption with the current foster carers', () => {
    assert.equal(flagsOf(care([['2024-01-01', 'U6'], ['2024-08-01', 'T2'], ['2024-08-08', 'U6'], ['2025-05-01', 'A5']]), 'placement_instability').length, 0);
    assert.equal(flagsOf(care([['2024-01-01', 'U6'], ['2024-08-01', 'U6'], ['2024-10-08', 'U6'], ['2025-05-01', 'A6']]), 'placement_instability').length, 1);
  });

  it('flags only a child looked after today', () => {
    const moves: [string, string][] = [['2024-08-01', 'U6'], ['2024-10-01', 'U6'], ['2025-01-01', 'U4']];
    assert.equal(flagsOf(care(moves, '2025-06-30'), 'placement_instability').length, 0);
    assert.equal(flagsOf(care(moves, '2025-07-01'), 'placement_instability', '2025-06-30').length, 1);
  });
});

describe('unregistered placement', () => {
  const placed = (registered: boolean | undefined, endDate: string | null = null) => journeyOf({
    periodsOfCare: [{ id: 'poc1', startDate: '2025-02-01' }],
    placements: [{ id: 'pl1', periodOfCareId: 'poc1', startDate: '2025-02-01', endDate, typeCode: 'K2', placedWith: 'other', ...(registered === undefined ? {} : { registered }) }],
  });

  it('flags a current placement in a setting not registered with Ofsted', () => {
    assert.deepEqual(flagsOf(placed(false), 'unregistered_placement'), [{
      kind: 'unregistered_placement', recordType: 'placements', recordId: 'pl1', date: '2025-02-01',
      message: 'Placed since 1 February 2025 in a setting that is not registered with Ofsted',
    }]);
  });

  it('does not flag a registered setting, one not recorded either way, or a placement that has ended', () => {
    assert.equal(flagsOf(placed(true), 'unregistered_placement').length, 0);
    assert.equal(flagsOf(placed(undefined), 'unregistered_placement').length, 0);
    assert.equal(flagsOf(placed(false, '2025-06-30'), 'unregistered_placement').length, 0);
    assert.equal(flagsOf(placed(false, '2025-07-01'), 'unregistered_placement').length, 1);
  });
});

describe('IRO escalation not resolved', () => {
  const escalated = (extra: Record<string, unknown> = {}) => journeyOf({
    periodsOfCare: [{ id: 'poc1', startDate: '2025-01-01' }],
    iroEscalations: [{ id: 'esc1', raisedDate: '2025-04-01', stage: 'stage_2', concern: 'No permanence plan', escalatedTo: 'Head of service', ...extra }],
  });

  it('flags an escalation with no resolution, with the days since it was raised', () => {
    assert.deepEqual(flagsOf(escalated(), 'iro_escalation_open'), [{
      kind: 'iro_escalation_open', recordType: 'iroEscalations', recordId: 'esc1', date: '2025-04-01',
      message: 'IRO escalation (stage 2) raised on 1 April 2025 is not resolved: open for 90 days',
    }]);
  });

  it('counts from the day it was raised: today, and one day on', () => {
    assert.equal(flagsOf(escalated(), 'iro_escalation_open', '2025-04-01')[0]?.message, 'IRO escalation (stage 2) raised on 1 April 2025 is not resolved: raised today');
    assert.equal(flagsOf(escalated(), 'iro_escalation_open', '2025-04-02')[0]?.message, 'IRO escalation (stage 2) raised on 1 April 2025 is not resolved: open for 1 day');
    assert.equal(flagsOf(escalated({ stage: 'cafcass', escalatedTo: 'Cafcass' }), 'iro_escalation_open')[0]?.message, 'IRO escalation (referred to Cafcass) raised on 1 April 2025 is not resolved: open for 90 days');
  });

  it('does not flag a resolved escalation, or one raised after today', () => {
    assert.equal(flagsOf(escalated({ resolvedDate: '2025-06-30', outcome: 'Plan agreed' }), 'iro_escalation_open').length, 0);
    assert.equal(flagsOf(escalated({ resolvedDate: '2025-07-01', outcome: 'Plan agreed' }), 'iro_escalation_open').length, 1);
    assert.equal(flagsOf(escalated(), 'iro_escalation_open', '2025-03-31').length, 0);
  });
});

describe('waiting for an advocate or independent visitor', () => {
  // Offered Tue 6 May 2025 (the day after the early May bank holiday). With the spring bank holiday on
  // 26 May, Wed 4 June is working day 20 and Thu 5 June working day 21.
  const offered = (outcome: 'waiting' | 'accepted' | 'declined' = 'waiting', kind: 'advocate' | 'independent_visitor' = 'advocate') => journeyOf({
    periodsOfCare: [{ id: 'poc1', startDate: '2025-01-01' }],
    advocacyOffers: [{ id: 'adv1', kind, offeredDate: '2025-05-06', outcome }],
  });

  it('uses 20 working days, Lantern’s threshold', () => {
    assert.equal(ADVOCACY_WAIT_WORKING_DAYS, 20);
  });

  it('flags an offer still waiting after more than 20 working days, dated the day it reached 20', () => {
    assert.deepEqual(flagsOf(offered(), 'advocacy_waiting', '2025-06-05'), [{
      kind: 'advocacy_waiting', recordType: 'advocacyOffers', recordId: 'adv1', date: '2025-06-04',
      message: 'Waiting 21 working days (more than 20) for an advocate offered on 6 May 2025',
    }]);
    assert.equal(flagsOf(offered('waiting', 'independent_visitor'), 'advocacy_waiting')[0]?.message, 'Waiting 38 working days (more than 20) for an independent visitor offered on 6 May 2025');
  });

  it('does not flag 20 working days, or an offer accepted or declined', () => {
    assert.equal(flagsOf(offered(), 'advocacy_waiting', '2025-06-04').length, 0);
    assert.equal(flagsOf(offered('accepted'), 'advocacy_waiting').length, 0);
    assert.equal(flagsOf(offered('declined'), 'advocacy_waiting').length, 0);
  });

  it('counts working days in the LA’s own calendar', () => {
    const la = createCalendar([{ date: '2025-05-27', name: 'Local holiday' }]);
    assert.equal(caseFlags(offered(), '2025-06-05', la).filter((f) => f.kind === 'advocacy_waiting').length, 0);
    assert.equal(caseFlags(offered(), '2025-06-06', la).filter((f) => f.kind === 'advocacy_waiting')[0]?.date, '2025-06-05');
  });
});

describe('repeat missing episodes', () => {
  // On 30 June 2025 the 90 days to today run from 2 April (the day after 1 April, 90 days before) to 30 June.
  const missing = (...starts: (string | [string, 'missing' | 'away' | undefined])[]) =>
    journeyOf({
      missingEpisodes: starts.map((s, i) => {
        const [startAt, type] = typeof s === 'string' ? [s, 'missing' as const] : s;
        return { id: `m${i + 1}`, startAt, returnedAt: null, ...(type ? { type } : {}) };
      }),
    });

  it('flags 3 episodes starting in the 90 days to today, on the latest, prompting a strategy discussion', () => {
    assert.deepEqual(flagsOf(missing('2025-04-02T10:00', '2025-05-01T22:00', '2025-06-30T01:00'), 'repeat_missing'), [
      { kind: 'repeat_missing', recordType: 'missingEpisodes', recordId: 'm3', date: '2025-06-30', message: 'Missing 3 times in the 90 days to 30 June 2025: consider a strategy discussion' },
    ]);
  });

  it('does not count an episode 90 days before today, one after today, or time away without agreement', () => {
    assert.equal(flagsOf(missing('2025-04-01T10:00', '2025-05-01T22:00', '2025-06-30T01:00'), 'repeat_missing').length, 0);
    assert.equal(flagsOf(missing('2025-05-01T10:00', '2025-05-01T22:00', '2025-07-01T01:00'), 'repeat_missing').length, 0);
    assert.equal(flagsOf(missing('2025-05-01T10:00', '2025-05-01T22:00', ['2025-06-01T01:00', 'away']), 'repeat_missing').length, 0);
    // An episode with no type is a missing episode.
    assert.equal(flagsOf(missing('2025-05-01T10:00', '2025-05-01T22:00', ['2025-06-01T01:00', undefined]), 'repeat_missing').length, 1);
  });

  it('dates an episode by England: 23:30 UTC on 1 April is 00:30 BST on 2 April', () => {
    assert.equal(flagsOf(missing('2025-04-01T23:30:00Z', '2025-05-01T22:00', '2025-06-01T01:00'), 'repeat_missing').length, 1);
  });

  it('takes the number of episodes and days as options', () => {
    const j = missing('2025-06-10T10:00', '2025-06-20T22:00');
    assert.equal(flagsOf(j, 'repeat_missing').length, 0);
    const flags = caseFlags(j, TODAY, ENGLAND_AND_WALES, { repeatMissing: { episodes: 2, days: 30 } }).filter((f) => f.kind === 'repeat_missing');
    assert.equal(flags[0]?.message, 'Missing 2 times in the 30 days to 30 June 2025: consider a strategy discussion');
    assert.equal(caseFlags(j, TODAY, ENGLAND_AND_WALES, { repeatMissing: { episodes: 2, days: 10 } }).filter((f) => f.kind === 'repeat_missing').length, 0);
  });
});

describe('return interview not offered by an independent person', () => {
  const episode = (extra: Record<string, unknown>) =>
    journeyOf({ missingEpisodes: [{ id: 'm1', startAt: '2025-05-01T22:00', returnedAt: '2025-05-02T08:00', returnInterviewOfferedAt: '2025-05-02T10:00', ...extra }] });

  it('flags an offer by someone not independent, dated the offer', () => {
    assert.deepEqual(flagsOf(episode({ offeredByIndependentPerson: false }), 'return_interview_not_independent'), [
      { kind: 'return_interview_not_independent', recordType: 'missingEpisodes', recordId: 'm1', date: '2025-05-02', message: 'The return interview offered after the child went missing on 1 May 2025 was not offered by an independent person' },
    ]);
  });

  it('does not flag an independent offer or one where independence is not recorded', () => {
    assert.equal(flagsOf(episode({ offeredByIndependentPerson: true }), 'return_interview_not_independent').length, 0);
    assert.equal(flagsOf(episode({}), 'return_interview_not_independent').length, 0);
  });

  // Allocated to w1 until 1 May 2025, then w2; in a placement run by Brightstar Fostering from 1 April.
  const inCare = (extra: Record<string, unknown>) =>
    journeyOf({
      allocations: [{ workerId: 'w1', teamId: 't1', startDate: '2024-01-01', endDate: '2025-05-01' }, { workerId: 'w2', teamId: 't1', startDate: '2025-05-01', endDate: null }],
      periodsOfCare: [{ id: 'poc1', startDate: '2025-03-01' }],
      placements: [
        { id: 'pl1', periodOfCareId: 'poc1', startDate: '2025-03-01', endDate: '2025-04-01', typeCode: 'U1', placedWith: 'other', providerCode: 'PR1', providerName: 'Northbridge Council', reasonForChange: 'CARPL' },
        { id: 'pl2', periodOfCareId: 'poc1', startDate: '2025-04-01', typeCode: 'U4', placedWith: 'other', providerCode: 'PR4', providerName: 'Brightstar Fostering' },
      ],
      missingEpisodes: [{ id: 'm1', startAt: '2025-05-01T22:00', returnedAt: '2025-05-02T08:00', returnInterviewOfferedAt: '2025-05-02T10:00', offeredByIndependentPerson: true, ...extra }],
    });

  it('flags an offer by the child’s allocated social worker that day, even when recorded as independent', () => {
    assert.deepEqual(flagsOf(inCare({ interviewOfferedBy: 'Jo Reed', interviewOfferedByStaffId: 'w2' }), 'return_interview_not_independent'), [
      { kind: 'return_interview_not_independent', recordType: 'missingEpisodes', recordId: 'm1', date: '2025-05-02', message: 'The return interview offered after the child went missing on 1 May 2025 was offered by the child’s allocated social worker' },
    ]);
    // w1's allocation ended on 1 May: they are not the child's worker on 2 May.
    assert.equal(flagsOf(inCare({ interviewOfferedBy: 'Sam Okafor', interviewOfferedByStaffId: 'w1' }), 'return_interview_not_independent').length, 0);
  });

  it('flags an offer by the organisation that provides the child’s placement that day, by name', () => {
    const flags = flagsOf(inCare({ interviewOfferedBy: 'A carer', interviewOrganisation: '  brightstar   FOSTERING ' }), 'return_interview_not_independent');
    assert.equal(flags.length, 1);
    assert.equal(flags[0]!.message, 'The return interview offered after the child went missing on 1 May 2025 was offered by the child’s placement provider (Brightstar Fostering)');
    // The provider of the placement that had ended is not the child's placement provider on 2 May.
    assert.equal(flagsOf(inCare({ interviewOfferedBy: 'A worker', interviewOrganisation: 'Northbridge Council' }), 'return_interview_not_independent').length, 0);
    assert.equal(flagsOf(inCare({ interviewOfferedBy: 'Dee Hart', interviewOrganisation: 'Return Home Service', interviewOfferedByStaffId: 'rhi-1' }), 'return_interview_not_independent').length, 0);
  });

  it('gives every reason in one flag', () => {
    const [flag] = flagsOf(inCare({ offeredByIndependentPerson: false, interviewOfferedByStaffId: 'w2', interviewOrganisation: 'Brightstar Fostering' }), 'return_interview_not_independent');
    assert.equal(flag?.message, 'The return interview offered after the child went missing on 1 May 2025 was not offered by an independent person and was offered by the child’s allocated social worker and was offered by the child’s placement provider (Brightstar Fostering)');
  });
});

describe('no personal adviser', () => {
  // Born 10 March 2009: 16 on 10 March 2025, 16 years 3 months on 10 June 2025.
  const child = { id: 'child', dateOfBirth: '2009-03-10' };
  const inCare = (startDate: string, careLeaver?: Record<string, unknown>) =>
    journeyOf({ periodsOfCare: [{ id: 'poc1', startDate }], ...(careLeaver ? { careLeaver: careLeaver as Journey['careLeaver'] } : {}) }, child);

  it('flags an eligible young person from 16 years 3 months, or from eligibility if later', () => {
    // Looked after since 1 June 2024: eligible from the 16th birthday.
    assert.equal(flagsOf(inCare('2024-06-01'), 'no_personal_adviser', '2025-06-09').length, 0);
    assert.deepEqual(flagsOf(inCare('2024-06-01'), 'no_personal_adviser', '2025-06-10'), [
      { kind: 'no_personal_adviser', recordType: 'careLeaver', recordId: 'careLeaver', date: '2025-06-10', message: 'No personal adviser allocated: the young person is eligible (since 10 March 2025)' },
    ]);
    // Looked after from the 16th birthday: 10–31 March 22 days, April 30 (52), May 31 (83), 1–8 June (91): eligible 8 June.
    assert.equal(flagsOf(inCare('2025-03-10'), 'no_personal_adviser', '2025-06-10')[0]?.date, '2025-06-10');
    // From 20 March: 12 + 30 + 31 = 73 to 31 May, so the 91st day is 18 June.
    assert.equal(flagsOf(inCare('2025-03-20'), 'no_personal_adviser', '2025-06-17').length, 0);
    assert.equal(flagsOf(inCare('2025-03-20'), 'no_personal_adviser', '2025-06-18')[0]?.date, '2025-06-18');
  });

  it('does not flag once a personal adviser is allocated, or when support has ended', () => {
    assert.equal(flagsOf(inCare('2024-06-01', { eligibility: 'eligible', eligibleFrom: '2025-03-10', personalAdviserAllocatedDate: '2025-03-20' }), 'no_personal_adviser').length, 0);
    assert.equal(flagsOf(inCare('2024-06-01', { eligibility: 'eligible', eligibleFrom: '2025-03-10', endDate: '2025-06-01' }), 'no_personal_adviser').length, 0);
  });

  it('flags a recorded eligibility the care history does not show, and not a qualifying care leaver', () => {
    const recorded = (eligibility: string) => journeyOf({ careLeaver: { eligibility, eligibleFrom: '2025-04-01' } as Journey['careLeaver'] }, child);
    assert.deepEqual(flagsOf(recorded('relevant'), 'no_personal_adviser').map((f) => [f.date, f.message]), [['2025-06-10', 'No personal adviser allocated: the young person is relevant (since 1 April 2025)']]);
    assert.equal(flagsOf(recorded('qualifying'), 'no_personal_adviser').length, 0);
  });
});

describe('high exploitation risk', () => {
  const screenings = (...levels: [date: string, cse: string, cce: string][]) =>
    journeyOf({ exploitationScreenings: levels.map(([date, cse, cce], i) => ({ id: `x${i + 1}`, date, sexualExploitationRisk: cse, criminalExploitationRisk: cce, assessedBy: 'A Worker' })) as Journey['exploitationScreenings'] });

  it('flags the latest screening when either risk is high', () => {
    assert.deepEqual(flagsOf(screenings(['2025-05-01', 'low', 'low'], ['2025-06-01', 'medium', 'high']), 'exploitation_risk_high'), [
      { kind: 'exploitation_risk_high', recordType: 'exploitationScreenings', recordId: 'x2', date: '2025-06-01', message: 'High risk of child criminal exploitation at the screening on 1 June 2025' },
    ]);
    assert.equal(flagsOf(screenings(['2025-06-01', 'high', 'high']), 'exploitation_risk_high')[0]?.message, 'High risk of child sexual exploitation and of child criminal exploitation at the screening on 1 June 2025');
  });

  it('lets a later, lower screening stand; the later of two the same day; and ignores one after today', () => {
    assert.equal(flagsOf(screenings(['2025-05-01', 'high', 'low'], ['2025-06-01', 'low', 'low']), 'exploitation_risk_high').length, 0);
    assert.equal(flagsOf(screenings(['2025-06-01', 'high', 'low'], ['2025-06-01', 'low', 'low']), 'exploitation_risk_high').length, 0);
    assert.equal(flagsOf(screenings(['2025-06-01', 'low', 'low'], ['2025-06-01', 'high', 'low']), 'exploitation_risk_high')[0]?.recordId, 'x2');
    assert.equal(flagsOf(screenings(['2025-06-01', 'high', 'low'], ['2025-07-01', 'low', 'low']), 'exploitation_risk_high').length, 1);
  });
});

describe('supervision actions overdue', () => {
  const base = { child: { id: 'c1', dateOfBirth: '2015-01-01' } };
  it('flags open actions of the latest supervision past their due date, and not those done or not yet due', () => {
    const journey = parseJourney({
      ...base,
      caseSupervisions: [
        { id: 's1', date: '2025-01-10', actions: [{ what: 'Old action', owner: 'SW', dueDate: '2025-01-20', doneDate: null }] },
        {
          id: 's2',
          date: '2025-02-10',
          actions: [
            { what: 'Book the family group conference', owner: 'Sam', dueDate: '2025-02-20', doneDate: null },
            { what: 'Visit school', owner: 'Sam', dueDate: '2025-02-15', doneDate: '2025-02-14' },
            { what: 'Chase the health visitor', owner: 'Sam', dueDate: '2025-03-31', doneDate: null },
          ],
        },
      ],
    });
    assert.ok(journey.ok);
    if (!journey.ok) return;
    const flags = caseFlags(journey.journey, '2025-03-01', ENGLAND_AND_WALES).filter((f) => f.kind === 'supervision_action_overdue');
    // Only s2 counts (the latest): one action overdue (due 20 Feb), one done, one not yet due.
    assert.deepEqual(flags.map((f) => [f.recordId, f.date]), [['s2', '2025-02-20']]);
    assert.match(flags[0]!.message, /Book the family group conference \(Sam\)/);
    // On its due date an action is not yet overdue.
    assert.equal(caseFlags(journey.journey, '2025-02-20', ENGLAND_AND_WALES).filter((f) => f.kind === 'supervision_action_overdue').length, 0);
  });
});

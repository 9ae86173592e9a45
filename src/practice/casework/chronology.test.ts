// The chronology: every record type gives its events, every kind is used, and the order is by when.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseJourney } from '../journey/parse-journey.ts';
import type { Journey } from '../journey/journey.ts';
import { JOURNEY_LIST_TYPES, JOURNEY_SINGLE_TYPES } from '../journey/record-types.ts';
import { CHRONOLOGY_KINDS, chronologyOf, truncate } from './chronology.ts';
import { chronologicalKey } from './england-date.ts';
import { everything } from './test-journey.ts';

function journeyOf(value: unknown): Journey {
  const parsed = parseJourney(value);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.journey;
}

describe('every record gives its events', () => {
  const events = chronologyOf(everything, { staffName: (id) => ({ w1: 'Sam Okafor', w2: 'Jo Reed' })[id], teamName: (id) => (id === 't1' ? 'Assessment team' : undefined) });

  it('yields at least one event for every list type, single type and allocations', () => {
    for (const type of JOURNEY_LIST_TYPES) assert.equal(everything[type]?.length, 1, `the fixture has one ${type}`);
    for (const type of [...JOURNEY_LIST_TYPES, ...JOURNEY_SINGLE_TYPES, 'allocations'] as const) {
      assert.ok(events.some((e) => e.recordType === type), `no event for ${type}`);
    }
  });

  it('uses every kind it offers for filtering, and no other', () => {
    const offered = new Set(CHRONOLOGY_KINDS.map((k) => k.kind));
    assert.equal(offered.size, CHRONOLOGY_KINDS.length);
    for (const kind of offered) assert.ok(events.some((e) => e.kind === kind), `no event of kind ${kind}`);
    for (const e of events) assert.ok(offered.has(e.kind), e.kind);
  });

  it('is in order of when things happened', () => {
    for (let i = 1; i < events.length; i++) {
      assert.ok(chronologicalKey(events[i - 1]!.at) <= chronologicalKey(events[i]!.at), `${events[i - 1]!.at} before ${events[i]!.at}`);
    }
    assert.equal(events[0]!.title, 'Early help requested');
  });

  it('says what happened in plain words, with labels from the code sets', () => {
    const titles = (type: string) => events.filter((e) => e.recordType === type).map((e) => e.title);
    assert.deepEqual(titles('contacts'), ['Contact received', 'Contact decision: Referral to children’s social care (assessment)', 'Contact decision signed off by a manager']);
    assert.equal(events.find((e) => e.title === 'Contact received')?.detail, 'From Ms Patel (Hill School). Source: Schools. Bruise on arm');
    assert.equal(events.find((e) => e.title.startsWith('Contact decision:'))?.detail, 'Decided by Jo Reed');
    assert.deepEqual(titles('allocations'), ['Allocated to Sam Okafor (Assessment team)']);
    assert.deepEqual(titles('strategyDiscussions'), ['Threshold decision: strategy discussion needed', 'Strategy discussion: Section 47 enquiry']);
    assert.equal(events.find((e) => e.recordType === 'strategyDiscussions' && e.date === '2024-04-11')?.detail, 'At 10:00. Agencies: Police, Health');
    assert.deepEqual(titles('initialConferences'), ['Initial child protection conference: child protection plan made']);
    assert.deepEqual(titles('cpPlans'), ['Child protection plan started: Physical abuse', 'Child protection plan ended']);
    assert.equal(events.find((e) => e.title === 'Child protection plan ended')?.detail, 'Stepped down to a child in need plan or early help');
    assert.deepEqual(titles('visits'), ['Statutory visit']);
    assert.equal(events.find((e) => e.recordType === 'visits')?.detail, 'Child seen alone. Bedroom seen. The child said: I like my school');
    assert.deepEqual(titles('caseNotes'), ['Phone call: Call with GP']);
    assert.deepEqual(titles('referrals'), ['Referral', 'Case closed']);
    assert.deepEqual(titles('legalStatuses'), ['Legal status: Interim care order']);
    assert.deepEqual(titles('missingEpisodes'), ['Missing from care', 'Returned or found', 'Return interview offered', 'Return interview completed']);
    assert.deepEqual(titles('adoption'), ['Decision that the child should be placed for adoption', 'Adoption decision reversed']);
    assert.equal(events.find((e) => e.title === 'Adoption decision reversed')?.detail, 'The court made a care order with a plan for long-term fostering');
    assert.deepEqual(titles('careLeaver'), ['Became a care leaver', 'Personal adviser allocated', 'Pathway plan review', 'Told of the local offer: Setting-up home allowance', 'Latest contact with the young person']);
  });

  it('tells the looked-after records kept alongside care, and the court’s steps, in plain words', () => {
    const titles = (type: string) => events.filter((e) => e.recordType === type).map((e) => e.title);
    const detail = (title: string) => events.find((e) => e.title === title)?.detail;
    assert.deepEqual(titles('healthChecks'), ['SDQ score 14']);
    assert.equal(detail('SDQ score 14'), 'Strengths and Difficulties Questionnaire. Borderline (14 to 16)');
    assert.deepEqual(titles('iroContacts'), ['IRO midway review']);
    assert.equal(detail('IRO midway review'), 'Plan on track; contact with mother to increase');
    assert.deepEqual(titles('iroEscalations'), ['IRO escalation raised (stage 1)', 'IRO escalation resolved']);
    assert.equal(detail('IRO escalation raised (stage 1)'), 'Escalated to Alex Kerr, team manager. Permanence plan not agreed by the second review');
    assert.equal(detail('IRO escalation resolved'), 'Permanence planning meeting held');
    assert.deepEqual(titles('advocacyOffers'), ['Advocate offered: accepted', 'Advocate started with the child']);
    assert.deepEqual(titles('preProceedings'), ['Legal gateway meeting', 'Letter before proceedings', 'Pre-proceedings meeting', 'Pre-proceedings ended']);
    // A hearing on the day of the final order comes before the order.
    assert.deepEqual(titles('proceedings'), ['Care proceedings issued', 'Court hearing: Case management hearing', 'Court hearing: Final hearing', 'Final order: Care order']);
    for (const type of ['healthChecks', 'iroContacts', 'iroEscalations', 'advocacyOffers']) {
      assert.ok(events.filter((e) => e.recordType === type).every((e) => e.kind === 'looked_after'), type);
    }
    for (const type of ['preProceedings', 'proceedings', 'adoption']) assert.ok(events.filter((e) => e.recordType === type).every((e) => e.kind === 'court'), type);
  });

  it('falls back to "a worker" when a name is not known', () => {
    assert.deepEqual(chronologyOf(everything).filter((e) => e.recordType === 'allocations').map((e) => e.title), ['Allocated to a worker']);
  });
});

describe('order within a day', () => {
  const journey = journeyOf({
    child: { id: 'child', dateOfBirth: '2015-01-01' },
    caseNotes: [
      { id: 'late', occurredAt: '2024-08-24T18:00', kind: 'case_note', subject: 'Evening', text: 'x' },
      { id: 'early', occurredAt: '2024-08-23T23:30:00Z', kind: 'case_note', subject: 'Just after midnight BST', text: 'x' },
    ],
    visits: [{ id: 'v1', date: '2024-08-24', childSeen: false }],
    caseSupervisions: [{ id: 's0', date: '2024-08-23' }],
  });

  it('puts a date-only event before the timed events of its day, and dates a time by England', () => {
    const events = chronologyOf(journey);
    assert.deepEqual(events.map((e) => e.recordId), ['s0', 'v1', 'early', 'late']);
    // 23:30 UTC on 23 August is 00:30 BST on the 24th: the event keeps its own date-time but is dated the 24th.
    assert.deepEqual(events.map((e) => e.date), ['2024-08-23', '2024-08-24', '2024-08-24', '2024-08-24']);
    assert.equal(events[2]!.at, '2024-08-23T23:30:00Z');
  });

  it('keeps the order of the journey for events at the same moment', () => {
    const same = journeyOf({
      child: { id: 'child', dateOfBirth: '2015-01-01' },
      referrals: [{ id: 'r1', referralDate: '2024-01-05' }],
      assessments: [{ id: 'a1', referralId: 'r1', startDate: '2024-01-05' }],
    });
    assert.deepEqual(chronologyOf(same).map((e) => e.title), ['Referral', 'Assessment started']);
  });
});

describe('details', () => {
  it('calls a referral within 12 months of the last a re-referral', () => {
    const j = journeyOf({ child: { id: 'child', dateOfBirth: '2015-01-01' }, referrals: [{ id: 'r1', referralDate: '2024-01-05' }, { id: 'r2', referralDate: '2025-01-05' }] });
    const events = chronologyOf(j);
    assert.deepEqual(events.map((e) => e.title), ['Referral', 'Re-referral']);
    assert.equal(events[1]!.detail, 'Within 12 months of the referral on 5 January 2024');
  });

  it('shows only the threshold decision of a discussion not yet held', () => {
    const j = journeyOf({ child: { id: 'child', dateOfBirth: '2015-01-01' }, strategyDiscussions: [{ id: 'sd1', thresholdDecisionDate: '2024-01-05', date: null }] });
    assert.deepEqual(chronologyOf(j).map((e) => e.title), ['Threshold decision: strategy discussion needed']);
  });

  it('names legal statuses, placement types and the looked-after reasons with the SSDA903 labels', () => {
    const j = journeyOf({
      child: { id: 'child', dateOfBirth: '2012-01-01' },
      periodsOfCare: [{ id: 'poc1', startDate: '2024-01-05', endDate: '2024-09-01', reasonCeased: 'E45' }],
      legalStatuses: [{ code: 'J3', startDate: '2024-01-05', endDate: '2024-09-01' }],
      placements: [
        { id: 'pl1', periodOfCareId: 'poc1', startDate: '2024-01-05', endDate: '2024-03-01', typeCode: 'K2', placedWith: 'other', providerCode: 'PR4', reasonForChange: 'CREQB', registered: false },
        { id: 'pl2', periodOfCareId: 'poc1', startDate: '2024-03-01', endDate: '2024-09-01', typeCode: 'U1', placedWith: 'connected_person', providerCode: 'PR1' },
      ],
      claReviews: [{ id: 'cr1', date: '2024-02-01', chairName: 'Pat Lee', participationCode: 'PN1' }],
    });
    const events = chronologyOf(j);
    const find = (recordId: string, title: string) => events.find((e) => e.recordId === recordId && e.title === title);
    assert.equal(find('J3 from 2024-01-05', 'Legal status: Sentenced to a youth rehabilitation order with residence or intensive fostering requirement')?.detail, 'SSDA903 code J3');
    assert.equal(find('pl1', 'Placement started')?.detail, 'Children’s Homes subject to Children’s Homes Regulations (K2). Provider: Private provision. Not registered with Ofsted');
    assert.equal(find('pl1', 'Placement ended')?.detail, 'Reason: Carer(s) request placement end due to child’s behaviour. Children’s Homes subject to Children’s Homes Regulations (K2). Provider: Private provision. Not registered with Ofsted');
    assert.equal(find('pl2', 'Placement started')?.detail, 'Foster placement with relative(s) or friend(s) – long term fostering (U1). Placed with a connected person (family or friend). Provider: Own provision (by the local authority) including a regional adoption agency where the child’s responsible local authority is the host authority');
    assert.equal(find('poc1', 'Stopped being looked after')?.detail, 'Special guardianship order made to former foster carer(s), who was/are a relative(s) or friend(s)');
    assert.equal(find('cr1', 'Looked after review')?.detail, 'Chaired by Pat Lee. Child physically attends and speaks for him or herself');
  });

  it('names each kind of health check, IRO contact, escalation stage and advocacy outcome', () => {
    const j = journeyOf({
      child: { id: 'child', dateOfBirth: '2012-01-01' },
      periodsOfCare: [{ id: 'poc1', startDate: '2024-01-05' }],
      healthChecks: [
        { id: 'h1', date: '2024-02-01', kind: 'dental' },
        { id: 'h2', date: '2024-02-02', kind: 'sight' },
        { id: 'h3', date: '2024-02-03', kind: 'immunisations', upToDate: true },
        { id: 'h4', date: '2024-02-04', kind: 'immunisations', upToDate: false },
        { id: 'h5', date: '2024-02-05', kind: 'sdq', sdqScore: 9 },
        { id: 'h6', date: '2024-02-06', kind: 'sdq', sdqScore: 17 },
      ],
      iroContacts: [{ id: 'i1', date: '2024-03-01', kind: 'visit' }, { id: 'i2', date: '2024-03-02', kind: 'consultation' }],
      iroEscalations: [
        { id: 'e1', raisedDate: '2024-04-01', stage: 'informal', concern: 'Contact plan' },
        { id: 'e2', raisedDate: '2024-04-02', stage: 'cafcass', concern: 'No permanence plan', escalatedTo: 'Cafcass duty manager' },
      ],
      advocacyOffers: [
        { id: 'a1', kind: 'independent_visitor', offeredDate: '2024-05-01', outcome: 'waiting' },
        { id: 'a2', kind: 'advocate', offeredDate: '2024-05-02', outcome: 'declined' },
        { id: 'a3', kind: 'independent_visitor', offeredDate: '2024-05-03', outcome: 'accepted', startDate: '2024-05-10', endDate: '2024-09-01' },
      ],
    });
    const events = chronologyOf(j).filter((e) => e.kind === 'looked_after' && e.recordType !== 'periodsOfCare');
    assert.deepEqual(events.map((e) => e.title), [
      'Dental check', 'Sight test', 'Immunisations up to date', 'Immunisations not up to date', 'SDQ score 9', 'SDQ score 17',
      'IRO visit', 'IRO consultation',
      'IRO escalation raised (informal)', 'IRO escalation raised (referred to Cafcass)',
      'Independent visitor offered: waiting for one to be found', 'Advocate offered: declined', 'Independent visitor offered: accepted',
      'Independent visitor started with the child', 'Independent visitor finished with the child',
    ]);
    assert.equal(events.find((e) => e.title === 'SDQ score 9')?.detail, 'Strengths and Difficulties Questionnaire. Normal (0 to 13)');
    assert.equal(events.find((e) => e.title === 'SDQ score 17')?.detail, 'Strengths and Difficulties Questionnaire. A cause for concern (17 to 40)');
    assert.equal(events.find((e) => e.title === 'IRO escalation raised (informal)')?.detail, 'Contact plan');
  });

  it('tells a missing episode with who reported it, where and with whom the child was found, and the return interview', () => {
    const events = chronologyOf(everything).filter((e) => e.recordType === 'missingEpisodes');
    assert.deepEqual(events.map((e) => [e.title, e.detail]), [
      ['Missing from care', 'Reported by Foster carer. Police reference WY-250301-0042'],
      ['Returned or found', 'Found at Bus station, city centre. With Two older males'],
      ['Return interview offered', 'Offered by Dee Hart (Return Home Service). Offered by an independent person'],
      ['Return interview completed', 'The child said: I went to see friends'],
    ]);
    const declined = journeyOf({
      child: { id: 'child', dateOfBirth: '2010-01-01' },
      missingEpisodes: [{ id: 'm1', startAt: '2025-03-01T22:00', returnedAt: '2025-03-02T08:00', returnInterviewOfferedAt: '2025-03-02T12:00', returnInterviewDeclined: true, interviewOrganisation: 'Return Home Service', offeredByIndependentPerson: false }],
    });
    assert.deepEqual(chronologyOf(declined).map((e) => [e.title, e.detail]), [
      ['Missing from home', ''],
      ['Returned or found', ''],
      ['Return interview offered: declined', 'Offered by Return Home Service. Not offered by an independent person'],
    ]);
  });

  it('tells an exploitation risk screening with its levels, places and people, under missing', () => {
    const events = chronologyOf(everything).filter((e) => e.recordType === 'exploitationScreenings');
    assert.deepEqual(events.map((e) => [e.kind, e.date, e.title, e.detail]), [
      ['missing', '2025-03-05', 'Exploitation risk screening: CSE medium, CCE high', 'Assessed by Sam Okafor. Locations: Bus station, Mill Park. Associates: Older males. Seen with new phone'],
    ]);
    const none = journeyOf({ child: { id: 'child', dateOfBirth: '2010-01-01' }, exploitationScreenings: [{ id: 'x1', date: '2025-01-02', sexualExploitationRisk: 'none', criminalExploitationRisk: 'low', assessedBy: 'A Worker' }] });
    assert.deepEqual(chronologyOf(none).map((e) => [e.title, e.detail]), [['Exploitation risk screening: CSE none, CCE low', 'Assessed by A Worker']]);
  });

  it('tells a care leaver’s latest contact with the SSDA903 labels, the health history and each local offer item', () => {
    const j = journeyOf({
      child: { id: 'child', dateOfBirth: '2006-01-01' },
      careLeaver: {
        eligibility: 'former_relevant', eligibleFrom: '2022-01-01', personalAdviserName: 'Kim Ade', latestContactDate: '2025-02-03', inTouchCode: 'YES', activityCode: 'F5', accommodationCode: 'U2',
        healthHistoryGivenDate: '2023-12-01', localOfferToldOf: [{ entitlement: ' Council tax exemption ', toldDate: '2024-01-10' }, { entitlement: 'Bursary', toldDate: '2023-11-01' }],
      },
    });
    const events = chronologyOf(j);
    assert.deepEqual(events.map((e) => `${e.date} ${e.title}`), [
      '2022-01-01 Became a care leaver',
      '2023-11-01 Told of the local offer: Bursary',
      '2023-12-01 Health history given to the young person',
      '2024-01-10 Told of the local offer: Council tax exemption',
      '2025-02-03 Latest contact with the young person',
    ]);
    assert.equal(
      events.at(-1)?.detail,
      'Personal adviser: Kim Ade. In touch: Yes – in touch. Activity: Young person engaged full time in training or employment (not apprenticeship). Accommodation: Independent living, for example independent tenancy of flat, house or bedsit (including local authority, housing association, college or university accommodation and flat sharing): not suitable',
    );
  });

  it('cuts long text at a word, to about 300 characters', () => {
    const text = 'word '.repeat(100);
    const cut = truncate(text);
    assert.ok(cut.length <= 301, String(cut.length));
    assert.ok(cut.endsWith('word…'));
    assert.equal(truncate('  short   text '), 'short text');
  });
});

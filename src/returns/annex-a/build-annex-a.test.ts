// Annex A as at 31 March 2026 from hand-built journeys: the exact rows of a contact (List 1), early help
// (2), a referral (3), an assessment (4), an s47 enquiry and its ICPC (5), a child in need (6), a CP plan
// (7), a looked-after child (8), a care leaver (9), a child with an adoption decision (10) and an adopter
// household (11); records before the period or after the as-at date are left out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildAnnexA, defaultPeriodStart, type AnnexAChild, type AnnexAInput } from './build-annex-a.ts';
import { ANNEX_A_COLUMNS, ANNEX_A_LISTS } from './columns.ts';
import { parseJourney } from '../../practice/journey/parse-journey.ts';
import type { Journey } from '../../practice/journey/journey.ts';
import { householdOf } from '../../practice/adopters/test-household.ts';

const asAt = '2026-03-31';
const TEAM = 'aaaaaaaa-0000-0000-0000-000000000001';
const WORKER = 'bbbbbbbb-0000-0000-0000-000000000001';

function child(reference: string, over: Partial<Omit<AnnexAChild, 'journey'>>, records: Omit<Journey, 'child'>): AnnexAChild {
  const dateOfBirth = over.dateOfBirth === undefined ? '2015-06-15' : over.dateOfBirth;
  const journey: Journey = { child: { id: reference, dateOfBirth, expectedDateOfBirth: null }, allocations: [{ workerId: WORKER, teamId: TEAM, startDate: '2024-01-01', endDate: null }], ...records };
  const parsed = parseJourney(journey);
  assert.ok(parsed.ok, JSON.stringify(parsed));
  return { childReference: reference, sex: '1', ethnicity: 'WBRI', disabilities: ['NONE'], uasc: false, ...over, dateOfBirth, journey };
}

const who = { 'Child Unique ID': 'C1', Gender: 'a) Male', Ethnicity: 'WBRI', 'Date of Birth': '15/06/2015', 'Age of Child (Years)': '10' };
const allocated = { 'Allocated Team': 'Duty and Assessment 1', 'Allocated Worker': 'Sam Patel' };

// C1: a contact from the police that became a referral (an earlier referral 5 months before), an
// assessment, a strategy discussion and s47 enquiry, an ICPC that made a plan, and a CP plan with a visit.
const c1 = child('C1', {}, {
  contacts: [
    { id: 'k0', receivedAt: '2025-03-20T10:00:00Z', sourceCode: '6' },
    { id: 'k1', receivedAt: '2025-06-02T23:30:00Z', sourceCode: '6', outcome: 'referral' },
    { id: 'k2', receivedAt: '2026-04-02T09:00:00Z', sourceCode: '2A' },
  ],
  referrals: [
    { id: 'r0', referralDate: '2025-01-10', sourceCode: '2A', noFurtherAction: true, closeDate: '2025-01-10', closeReason: 'RC8' },
    { id: 'r1', referralDate: '2025-06-03', sourceCode: '6', primaryNeedCode: 'N1', closeDate: null },
  ],
  assessments: [{ id: 'a1', referralId: 'r1', startDate: '2025-06-03', authorisedDate: '2025-07-20', childSeen: true, outcome: 'strategy_discussion' }],
  strategyDiscussions: [{ id: 'sd1', thresholdDecisionDate: '2025-07-18', date: '2025-07-19', referralId: 'r1' }],
  s47Enquiries: [{ id: 's1', strategyDiscussionId: 'sd1', startDate: '2025-07-19', endDate: '2025-08-01', icpcRequired: true }],
  initialConferences: [{ id: 'i1', s47EnquiryId: 's1', date: '2025-08-08', planMade: true }],
  cpPlans: [{ id: 'cp1', initialConferenceId: 'i1', startDate: '2025-08-08', endDate: null, initialCategory: 'neglect', latestCategory: 'emotional' }],
  reviewConferences: [{ id: 'rc1', cpPlanId: 'cp1', date: '2025-11-07' }],
  visits: [
    { id: 'v1', date: '2026-03-20', childSeen: true, childSeenAlone: false },
    { id: 'v2', date: '2026-03-25', childSeen: false },
  ],
});

// C2: looked after since 2024, a placement move in the year, a missing episode; a girl with a disability.
const c2 = child('C2', { sex: '2', ethnicity: 'BAFR', disabilities: ['LD'], dateOfBirth: '2011-02-01', uasc: true }, {
  periodsOfCare: [{ id: 'p1', startDate: '2024-09-01', endDate: null, categoryOfNeed: 'N8' }],
  legalStatuses: [{ code: 'V2', startDate: '2024-09-01', endDate: '2025-05-01' }, { code: 'C2', startDate: '2025-05-01', endDate: null }],
  placements: [
    { id: 'pl1', periodOfCareId: 'p1', startDate: '2024-09-01', endDate: '2025-10-01', typeCode: 'U6', placedWith: 'other', providerCode: 'PR1', postcode: 'CR0 1AA', inLaArea: true },
    { id: 'pl2', periodOfCareId: 'p1', startDate: '2025-10-01', endDate: null, typeCode: 'K2', placedWith: 'other', providerCode: 'PR4', postcode: 'ME1 1AA', inLaArea: false },
  ],
  claReviews: [{ id: 'rv1', date: '2026-01-10' }],
  visits: [{ id: 'v1', date: '2026-02-14', childSeen: true, childSeenAlone: true }],
  iroContacts: [{ id: 'ic1', date: '2026-02-01', kind: 'visit' }],
  healthAssessments: [{ id: 'h1', kind: 'review', date: '2025-12-01' }],
  healthChecks: [{ id: 'd1', kind: 'dental', date: '2025-11-11' }],
  missingEpisodes: [
    { id: 'm1', startAt: '2025-12-05T21:00:00Z', returnedAt: '2025-12-06T09:00:00Z', type: 'missing', returnInterviewOfferedAt: '2025-12-06T12:00:00Z', returnInterviewDeclined: true },
    { id: 'm2', startAt: '2026-01-05T21:00:00Z', returnedAt: '2026-01-05T23:00:00Z', type: 'away' },
  ],
});

// C3: a former relevant care leaver, in touch, in independent living (suitable), in an apprenticeship.
const c3 = child('C3', { dateOfBirth: '2006-04-01' }, {
  careLeaver: {
    eligibility: 'former_relevant', eligibleFrom: '2022-04-01', personalAdviserName: 'Jo Adeyemi', pathwayPlanReviewDates: ['2025-09-01', '2026-02-20'],
    inTouchCode: 'YES', latestContactDate: '2026-03-01', accommodationCode: 'U1', activityCode: 'F4',
  },
});

// C4: an adoption decision, a placement order and a match, placed with household AF000007; C5: care
// ended before the period and nothing since (in no list).
const c4 = child('C4', { dateOfBirth: '2023-01-10', sex: '2' }, {
  periodsOfCare: [{ id: 'p1', startDate: '2023-05-01', endDate: null, categoryOfNeed: 'N1' }],
  adoption: { decisionDate: '2025-02-01', placementOrderDate: '2025-06-01', matchedDate: '2025-12-01', placedDate: '2026-01-05' },
  placements: [{ id: 'pl1', periodOfCareId: 'p1', startDate: '2026-01-05', typeCode: 'A6', placedWith: 'other', providerCode: 'PR1' }],
});
const c5 = child('C5', {}, { periodsOfCare: [{ id: 'p1', startDate: '2020-01-01', endDate: '2024-01-01', reasonCeased: 'E41' }] });

const household = { ...householdOf({ enquiryReceivedOn: '2025-01-05', stage1StartedOn: '2025-02-01', approvedOn: '2025-09-01', matchedOn: '2025-12-01', placedOn: '2026-01-05', childrenPlaced: 1, placedChildReferences: ['C4'] }), familyReference: 'AF000007', version: 1 };
const leftLongAgo = { ...householdOf({ enquiryReceivedOn: '2023-01-05', leftOn: '2023-06-01', leavingReason: 'withdrew' }), id: 'household-2', familyReference: 'AF000001', version: 1 };

const input: AnnexAInput = {
  la: { name: 'Lantern Borough' },
  asAt,
  children: [c5, c4, c3, c2, c1],
  households: [household, leftLongAgo],
  teamNames: new Map([[TEAM, 'Duty and Assessment 1']]),
  workerNames: new Map([[WORKER, 'Sam Patel']]),
};
const rows = buildAnnexA(input);

test('the default period is the 12 months to the as-at day', () => {
  assert.equal(defaultPeriodStart('2026-03-31'), '2025-04-01');
  assert.equal(defaultPeriodStart('2024-02-29'), '2023-03-01');
});

test('every row has exactly its list’s columns, in order', () => {
  for (const list of ANNEX_A_LISTS) for (const row of rows[list]) assert.deepEqual(Object.keys(row), [...ANNEX_A_COLUMNS[list]], list);
});

test('List 1: a contact in the period, by its England date; one before the period and one after the as-at day are not', () => {
  assert.deepEqual(rows['List 1'], [{ ...who, 'Date of Contact': '03/06/2025', 'Contact Source': 'g) Police' }]);
});

test('List 3: a referral in the period counts the earlier referral within 12 months', () => {
  assert.deepEqual(rows['List 3'], [{ ...who, 'Date of referral': '03/06/2025', 'Referral Source': 'g) Police', 'Referral NFA?': 'No', 'Number of Referrals in Last 12 Months': '1', ...allocated }]);
});

test('List 4: the assessment, authorised, concluding with further work', () => {
  assert.deepEqual(rows['List 4'], [{
    ...who, 'Does the Child have a Disability': 'No', 'Continuous Assessment Start Date': '03/06/2025', 'Child Seen During Continuous Assessment': 'Yes',
    'Continuous Assessment Date of Authorisation': '20/07/2025', "Was the child assessed as requiring LA children's social care support?": 'Yes', ...allocated,
  }]);
});

test('List 5: the s47 enquiry from the strategy discussion, with its ICPC that made a plan', () => {
  assert.deepEqual(rows['List 5'], [{
    ...who, 'Does the Child have a Disability': 'No', 'Strategy discussion initiating Section 47 Enquiry Start Date': '19/07/2025',
    'Was an Initial Child Protection Conference deemed unnecessary?': 'No', 'Date of Initial Child Protection Conference': '08/08/2025',
    'Did the Initial Child Protection Conference Result in a Child Protection Plan': 'Yes', 'Number of Section 47 Enquiries in the last 12 months': '0',
    'Number of ICPCs in the last 12 months': '0', ...allocated,
  }]);
});

test('List 6: the open CIN episode (not the NFA referral), on a CP plan', () => {
  assert.deepEqual(rows['List 6'].map((r) => [r['Child Unique ID'], r['CIN Start Date'], r['Primary Need Code'], r['Date Child Was Last Seen'], r['CIN Closure Date'], r['Case Status']]), [
    ['C1', '03/06/2025', 'a) Abuse or neglect', '20/03/2026', '', 'b) Child Protection plan'],
  ]);
});

test('List 7: the CP plan with its latest category, review, last visit (child seen, not alone) and no previous plans', () => {
  assert.deepEqual(rows['List 7'], [{
    ...who, 'Does the Child have a Disability': 'No', 'Child Protection Plan Start Date': '08/08/2025', 'Initial Category of Abuse': 'a) Neglect',
    'Latest Category of Abuse': 'd) Emotional Abuse', 'Date of the Last Statutory Visit': '20/03/2026', 'Was the Child Seen Alone?': 'No',
    'Date of latest review conference': '07/11/2025', 'Child Protection Plan End Date': '',
    'Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)': 'No', 'Number of Previous Child Protection Plans': '0', ...allocated,
  }]);
});

test('List 8: the looked-after child: legal status, latest placement out of area, missing and away counts, the return interview declined', () => {
  const c2Row = rows['List 8'].find((r) => r['Child Unique ID'] === 'C2');
  assert.deepEqual(c2Row, {
    'Child Unique ID': 'C2', Gender: 'b) Female', Ethnicity: 'BAFR', 'Date of Birth': '01/02/2011', 'Age of Child (Years)': '15',
    'Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)': 'Yes', 'Does the Child have a Disability': 'Yes',
    'Date Started to be Looked After': '01/09/2024', "Child's Category of Need": 'h) Absent parenting',
    'Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)': 'No',
    'Start date of current legal status': '01/05/2025', "Child's Legal Status": 'b) Full care orders', 'Date of Latest Statutory Review': '10/01/2026',
    'Date of Last Social Work Visit': '14/02/2026', 'What is the permanence plan for this child?': '', 'Date of Last IRO Visit / Contact to the Child': '01/02/2026',
    'Date of Last Health Assessment': '01/12/2025', 'Date of Last Dental Check': '11/11/2025', 'Number of Placements in the Last 12 months': '2',
    'Date Ceased to be Looked After': '', 'Reason Ceased to be Looked After': '', 'Start Date of Most Recent Placement': '01/10/2025',
    'Placement Type': 'h) Children’s Homes', 'Placement Provider': 'b) Private', 'Placement postcode': 'ME1 1AA', 'URN of Placement': '',
    'Placement Location': 'b) Out', 'LA of Placement': '',
    "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months": '1',
    "Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months": '1',
    'Was the child offered a Return Interview after their last missing episode (Y/N)?': 'Yes',
    'Did the child accept a Return Interview after their last missing episode (Y/N)?': 'No', ...allocated,
  });
  // C4 (looked after, placed for adoption) is listed; C5, whose care ended before the period, is not.
  assert.deepEqual(rows['List 8'].map((r) => r['Child Unique ID']), ['C2', 'C4']);
  assert.equal(rows['List 8'][1]!['What is the permanence plan for this child?'], 'b) Adoption');
  assert.equal(rows['List 8'][1]!['Placement Type'], 'b) Placed for adoption');
});

test('List 9: the care leaver', () => {
  assert.deepEqual(rows['List 9'], [{
    'Child Unique ID': 'C3', Gender: 'a) Male', Ethnicity: 'WBRI', 'Date of Birth': '01/04/2006', 'Age of Child (Years)': '19',
    'Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)': 'No', 'Does the Child have a Disability': 'No', ...allocated,
    'Allocated Personal Advisor': 'Jo Adeyemi', 'Eligibility Category': 'b) Former relevant', 'Latest Pathway Plan Review Date': '20/02/2026',
    'LA in Touch': 'a) In touch', 'Latest Date of Contact': '01/03/2026', 'Type of Accommodation': 'k) Independent living',
    'Suitability of Accommodation': 'a) Suitable', 'Activity Status': 'F4: Young person engaged full time in an apprenticeship',
  }]);
});

test('List 10: the child with an adoption decision, placed with the household in List 11', () => {
  assert.deepEqual(rows['List 10'], [{
    'Child Unique ID': 'C4', 'Family identifier': 'AF000007', Gender: 'b) Female', Ethnicity: 'WBRI', 'Date of Birth': '10/01/2023', 'Age of Child (Years)': '3',
    'Does the Child have a Disability': 'No', 'Date the Child Entered Care': '01/05/2023', 'Date of Decision that Child Should be Placed for Adoption': '01/02/2025',
    'Date of Placement Order': '01/06/2025', 'Date of Matching Child and Prospective Adopters': '01/12/2025', 'Date Placed for Adoption': '05/01/2026',
    'Date of Adoption Order': '', 'Date of Decision that Child Should No Longer be Placed for Adoption': '', 'Reason Why Child No Longer Placed for Adoption': '',
    'Date the child was placed for fostering in FFA or concurrent planning placement': '',
  }]);
});

test('List 11: the adopter household in the process (one who left before the period is not)', () => {
  assert.equal(rows['List 11'].length, 1);
  const [row] = rows['List 11'];
  assert.equal(row!['Individual adopter identifier'], 'AF000007-1');
  assert.equal(row!['Date application approved'], '01/09/2025');
  assert.equal(row!['No. of children placed'], '1');
});

test('List 2: early help open in the period; a shorter period leaves out what came before it', () => {
  const eh = child('C9', {}, { earlyHelp: [{ id: 'e1', requestDate: '2026-01-10', assessmentDate: '2026-02-01' }, { id: 'e0', requestDate: '2024-01-10', assessmentDate: '2024-02-01' }] });
  const out = buildAnnexA({ ...input, children: [eh, c1], periodStart: '2025-10-01' });
  assert.deepEqual(out['List 2'], [{ ...who, 'Child Unique ID': 'C9', 'Assessment start date': '10/01/2026', 'Assessment completion date': '01/02/2026', 'Organisation completing assessment': 'Lantern Borough' }]);
  // C1's June 2025 contact and referral are before 1 October 2025; its CP plan is still open.
  assert.equal(out['List 1'].length, 0);
  assert.equal(out['List 3'].length, 0);
  assert.equal(out['List 7'].length, 1);
});

// A test fixture: one child's journey with one record of every type in journey.ts, in a plausible order
// (schema-valid and reference-valid through parseJourney). Used by the chronology and record-write tests.
import { parseJourney } from '../journey/parse-journey.ts';
import type { Journey } from '../journey/journey.ts';

const goals = [{ what: 'Safe home', who: 'Parents', byWhen: '2025-09-01' }];

function journeyOf(value: unknown): Journey {
  const parsed = parseJourney(value);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.journey;
}

/** As at 30 June 2025 (EVERYTHING_TODAY), nothing in it is in the future. */
export const EVERYTHING_TODAY = '2025-06-30';

/** One record of every type in journey.ts, in a plausible order. */
export const everything = journeyOf({
  child: { id: 'child', dateOfBirth: '2009-05-01' },
  allocations: [{ workerId: 'w1', teamId: 't1', startDate: '2024-03-04', endDate: null }],
  contacts: [{ id: 'c1', receivedAt: '2024-03-01T09:15', sourceCode: '2A', decidedAt: '2024-03-01T16:00', outcome: 'referral', referrerName: 'Ms Patel', referrerAgency: 'Hill School', concerns: 'Bruise on arm', decidedBy: 'w2', signedOffAt: '2024-03-02T09:00', signedOffBy: 'm1' }],
  earlyHelp: [{ id: 'e1', requestDate: '2023-01-10', assessmentDate: '2023-01-20', startDate: '2023-02-01', endDate: '2023-08-01', endReason: 'stepped_up', origin: 'contact' }],
  referrals: [{ id: 'r1', referralDate: '2024-03-04', sourceCode: '2A', primaryNeedCode: 'N1', contactId: 'c1', closeDate: '2025-06-01', closeReason: 'RC7' }],
  assessments: [{ id: 'a1', referralId: 'r1', startDate: '2024-03-05', childSeen: true, childSeenDate: '2024-03-06', authorisedDate: '2024-04-10', outcome: 'strategy_discussion', factors: ['18C'] }],
  strategyDiscussions: [{ id: 'sd1', thresholdDecisionDate: '2024-04-10', date: '2024-04-11', time: '10:00', attendees: [{ name: 'DC Jones', agency: 'police' }, { name: 'Dr Ali', agency: 'health' }], decision: 's47' }],
  s47Enquiries: [{ id: 's1', strategyDiscussionId: 'sd1', startDate: '2024-04-11', endDate: '2024-04-20', icpcRequired: true }],
  initialConferences: [{ id: 'i1', s47EnquiryId: 's1', date: '2024-04-30', planMade: true }],
  cpPlans: [{ id: 'p1', initialConferenceId: 'i1', startDate: '2024-04-30', endDate: '2024-10-30', endReason: 'stepped_down', initialCategory: 'physical', goals, contingencyPlan: 'PLO' }],
  coreGroups: [{ id: 'g1', cpPlanId: 'p1', date: '2024-05-10' }],
  reviewConferences: [{ id: 'rc1', cpPlanId: 'p1', date: '2024-07-30' }],
  cinPlans: [{ id: 'n1', startDate: '2024-10-30', endDate: '2025-01-15', endReason: 'looked_after', goals, contingencyPlan: 'Review' }],
  cinReviews: [{ id: 'nr1', cinPlanId: 'n1', date: '2024-12-01' }],
  visits: [{ id: 'v1', date: '2024-05-02', childSeen: true, childSeenAlone: true, bedroomSeen: true, visitType: 'statutory', childSaid: 'I like my school' }],
  caseSupervisions: [{ id: 'cs1', date: '2024-05-03' }],
  caseNotes: [{ id: 'cn1', occurredAt: '2024-05-03T14:00', kind: 'phone_call', subject: 'Call with GP', text: 'GP confirmed the appointment.' }],
  periodsOfCare: [{ id: 'poc1', startDate: '2025-01-15', carePlanDate: '2025-01-20', permanencePlanDate: '2025-04-01', endDate: null, categoryOfNeed: 'N1', reasonForNewEpisode: 'S' }],
  legalStatuses: [{ code: 'C1', startDate: '2025-01-15', endDate: null }],
  placements: [{ id: 'pl1', periodOfCareId: 'poc1', startDate: '2025-01-15', typeCode: 'U1', placedWith: 'connected_person', placementPlanDate: '2025-01-18', fullApprovalDate: '2025-04-20', providerCode: 'PR1', postcode: 'LS1 4AP', inLaArea: true, distanceMiles: 2.5, registered: true }],
  claReviews: [{ id: 'cr1', date: '2025-02-10', chairName: 'Pat Lee', participationCode: 'PN1' }],
  healthAssessments: [{ id: 'h1', kind: 'initial', date: '2025-02-05' }],
  personalEducationPlans: [{ id: 'pep1', date: '2025-02-07' }],
  healthChecks: [{ id: 'hc1', date: '2025-03-10', kind: 'sdq', sdqScore: 14 }],
  iroContacts: [{ id: 'iro1', date: '2025-03-20', kind: 'midway_review', notes: 'Plan on track; contact with mother to increase' }],
  iroEscalations: [{ id: 'esc1', raisedDate: '2025-04-01', stage: 'stage_1', concern: 'Permanence plan not agreed by the second review', escalatedTo: 'Alex Kerr, team manager', resolvedDate: '2025-04-22', outcome: 'Permanence planning meeting held' }],
  advocacyOffers: [{ id: 'adv1', kind: 'advocate', offeredDate: '2025-02-12', outcome: 'accepted', startDate: '2025-02-20', endDate: null }],
  missingEpisodes: [{ id: 'm1', startAt: '2025-03-01T22:00', returnedAt: '2025-03-02T08:00', fromCare: true, type: 'missing', returnInterviewOfferedAt: '2025-03-02T12:00', offeredByIndependentPerson: true, returnInterviewCompletedAt: '2025-03-03T16:00', reportedBy: 'Foster carer', policeReference: 'WY-250301-0042', whereFound: 'Bus station, city centre', withWhom: 'Two older males', interviewOfferedBy: 'Dee Hart', interviewOrganisation: 'Return Home Service', childSaid: 'I went to see friends' }],
  exploitationScreenings: [{ id: 'x1', date: '2025-03-05', sexualExploitationRisk: 'medium', criminalExploitationRisk: 'high', assessedBy: 'Sam Okafor', locations: ['Bus station', 'Mill Park'], associates: ['Older males'], notes: 'Seen with new phone' }],
  preProceedings: [{ id: 'pp1', legalGatewayDate: '2024-10-24', letterDate: '2024-11-01', meetingDate: '2024-11-08', endDate: '2025-01-10', outcome: 'proceedings_issued' }],
  proceedings: [{ id: 'pr1', issueDate: '2025-01-14', finalOrderDate: '2025-06-20', finalOrder: 'Care order', hearings: [{ date: '2025-01-16', kind: 'Case management hearing' }, { date: '2025-06-20', kind: 'Final hearing' }] }],
  adoption: { decisionDate: '2025-05-01', placementOrderDate: null, decisionReversedDate: '2025-06-20', decisionReversedReason: 'The court made a care order with a plan for long-term fostering' },
  // Looked after since 15 January 2025 (aged 15), 16 on 1 May 2025 with 106 days looked after: eligible from the 16th birthday.
  careLeaver: {
    eligibility: 'eligible', eligibleFrom: '2025-05-01', personalAdviserAllocatedDate: '2025-05-02', pathwayPlanReviewDates: ['2025-06-01'], personalAdviserName: 'Kim Ade',
    latestContactDate: '2025-06-20', inTouchCode: 'YES', activityCode: 'F2', accommodationCode: 'B1', localOfferToldOf: [{ entitlement: 'Setting-up home allowance', toldDate: '2025-06-01' }],
  },
  privateFostering: [{ id: 'pf1', notificationDate: '2023-05-01', visitDates: ['2023-05-05'], endDate: '2023-06-01' }],
  policeProtections: [{ id: 'ppo1', startAt: '2025-01-13T21:00', policeReference: 'WY-250113-0007', designatedOfficer: 'DS Raman', endedAt: '2025-01-14T15:00', childWentTo: 'Foster care' }],
  emergencyProtectionOrders: [{ id: 'epo1', appliedDate: '2025-01-14', grantedAt: '2025-01-14T16:00', court: 'Family Court', expiresAt: '2025-01-22T16:00', extendedTo: null, dischargedAt: '2025-01-16T12:00' }],
});

// The kinds of record a journey holds: lists (a child has many contacts) and single records (one
// adoption, one care-leaver status). Storage keeps one row per record, typed by these names.
export const JOURNEY_LIST_TYPES = [
  'contacts', 'earlyHelp', 'referrals', 'assessments', 'strategyDiscussions', 's47Enquiries', 'initialConferences',
  'cpPlans', 'coreGroups', 'reviewConferences', 'cinPlans', 'cinReviews', 'visits', 'caseSupervisions', 'caseNotes',
  'periodsOfCare', 'legalStatuses', 'placements', 'claReviews', 'healthAssessments', 'personalEducationPlans',
  'healthChecks', 'iroContacts', 'iroEscalations', 'advocacyOffers',
  'missingEpisodes', 'exploitationScreenings', 'preProceedings', 'proceedings', 'privateFostering',
  'emergencyProtectionOrders', 'policeProtections',
] as const;
export const JOURNEY_SINGLE_TYPES = ['adoption', 'careLeaver'] as const;

export type JourneyListType = (typeof JOURNEY_LIST_TYPES)[number];
export type JourneySingleType = (typeof JOURNEY_SINGLE_TYPES)[number];
export type JourneyRecordType = JourneyListType | JourneySingleType;

export function isJourneyListType(value: string): value is JourneyListType {
  return (JOURNEY_LIST_TYPES as readonly string[]).includes(value);
}
export function isJourneySingleType(value: string): value is JourneySingleType {
  return (JOURNEY_SINGLE_TYPES as readonly string[]).includes(value);
}

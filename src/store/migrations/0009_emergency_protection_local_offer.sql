-- 0009: emergency protection orders and police protection join the journey's record types (issue
-- "children looked after, court and permanence": court, emergency protection and police protection).
alter table journey_record drop constraint journey_record_record_type_check;
alter table journey_record add constraint journey_record_record_type_check check (record_type in (
  'contacts', 'earlyHelp', 'referrals', 'assessments', 'strategyDiscussions', 's47Enquiries',
  'initialConferences', 'cpPlans', 'coreGroups', 'reviewConferences', 'cinPlans', 'cinReviews', 'visits',
  'caseSupervisions', 'caseNotes', 'periodsOfCare', 'legalStatuses', 'placements', 'claReviews', 'healthAssessments',
  'personalEducationPlans', 'healthChecks', 'iroContacts', 'iroEscalations', 'advocacyOffers',
  'missingEpisodes', 'exploitationScreenings', 'preProceedings', 'proceedings', 'privateFostering', 'adoption', 'careLeaver',
  'emergencyProtectionOrders', 'policeProtections'));

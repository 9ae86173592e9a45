-- 0004: looked-after records written in the browser (issue "children looked after, court and
-- permanence"): health checks, the IRO's contacts and escalations, and advocacy offers join the
-- journey's record types.
alter table journey_record drop constraint journey_record_record_type_check;
alter table journey_record add constraint journey_record_record_type_check check (record_type in (
  'contacts', 'earlyHelp', 'referrals', 'assessments', 'strategyDiscussions', 's47Enquiries',
  'initialConferences', 'cpPlans', 'coreGroups', 'reviewConferences', 'cinPlans', 'cinReviews', 'visits',
  'caseSupervisions', 'caseNotes', 'periodsOfCare', 'legalStatuses', 'placements', 'claReviews', 'healthAssessments',
  'personalEducationPlans', 'healthChecks', 'iroContacts', 'iroEscalations', 'advocacyOffers',
  'missingEpisodes', 'preProceedings', 'proceedings', 'privateFostering', 'adoption', 'careLeaver'));

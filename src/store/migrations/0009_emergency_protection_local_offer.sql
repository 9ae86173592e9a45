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

-- The LA's local offer to care leavers (Children and Social Work Act 2017, s2: each LA publishes the
-- services it offers care leavers): the administrator's list of entitlements, in the order shown. The
-- care leaver record says, entitlement by entitlement, when the young person was told of each.
create table local_offer_entitlement (
  local_authority_id uuid not null references local_authority (id),
  id uuid not null,
  title text not null check (length(title) between 1 and 200),
  description text not null default '' check (length(description) <= 2000),
  position integer not null default 0,
  created_at timestamptz not null default now(),
  created_by uuid,
  primary key (local_authority_id, id)
);
-- One entitlement of a name per LA, whatever its capitals (the care leaver record matches by name).
create unique index local_offer_entitlement_title on local_offer_entitlement (local_authority_id, lower(title));
alter table local_offer_entitlement enable row level security;
alter table local_offer_entitlement force row level security;
create policy tenant_isolation on local_offer_entitlement using (local_authority_id = current_local_authority_id()) with check (local_authority_id = current_local_authority_id());
grant select, insert, delete on local_offer_entitlement to lantern_app;

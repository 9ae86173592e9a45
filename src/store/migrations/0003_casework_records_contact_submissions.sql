-- 0003: casework written in the browser (issue "front door to child protection").
--  * case notes join the journey's record types;
--  * every journey record remembers who created it and who last changed it (the chronology shows it);
--  * contacts submitted online by partner agencies wait in the front door's inbox until a front door
--    worker matches them to a child (or creates the child) and the contact joins that child's journey.

alter table journey_record drop constraint journey_record_record_type_check;
alter table journey_record add constraint journey_record_record_type_check check (record_type in (
  'contacts', 'earlyHelp', 'referrals', 'assessments', 'strategyDiscussions', 's47Enquiries',
  'initialConferences', 'cpPlans', 'coreGroups', 'reviewConferences', 'cinPlans', 'cinReviews', 'visits',
  'caseSupervisions', 'caseNotes', 'periodsOfCare', 'legalStatuses', 'placements', 'claReviews', 'healthAssessments',
  'personalEducationPlans', 'missingEpisodes', 'preProceedings', 'proceedings', 'privateFostering',
  'adoption', 'careLeaver'));

-- Null for records loaded by the synthetic generator or an import.
alter table journey_record add column created_by uuid;
alter table journey_record add column updated_by uuid;

-- A contact as a partner agency submitted it online. The partner sees only their own submissions and
-- only their status; the details of the child's record never flow back.
create table contact_submission (
  local_authority_id uuid not null,
  id uuid not null,
  -- The LA's reference the partner quotes when they ring (short, readable).
  reference text not null check (reference ~ '^[A-Z0-9-]{4,20}$'),
  submitted_by uuid not null,
  submitted_at timestamptz not null,
  referrer_name text not null check (length(referrer_name) between 1 and 200),
  referrer_agency text not null check (length(referrer_agency) between 1 and 200),
  referrer_phone text not null default '' check (length(referrer_phone) <= 40),
  -- CIN census referral source code of the referrer's agency (1A..10).
  source_code text not null check (source_code ~ '^([1-9]|10)[A-F]?$'),
  child_given_name text not null check (length(child_given_name) between 1 and 100),
  child_family_name text not null check (length(child_family_name) between 1 and 100),
  child_date_of_birth date,
  child_address text not null default '' check (length(child_address) <= 500),
  concerns text not null check (length(concerns) between 1 and 10000),
  -- Whether the family know about the contact (Working Together 2023: share with consent unless that
  -- would put the child at risk).
  family_aware text not null check (family_aware in ('yes', 'no', 'no_risk')),
  status text not null default 'received' check (status in ('received', 'linked', 'decided')),
  child_id uuid,
  contact_key text,
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  primary key (local_authority_id, id),
  unique (local_authority_id, reference),
  foreign key (local_authority_id, submitted_by) references staff_user (local_authority_id, id),
  foreign key (local_authority_id, child_id) references child (local_authority_id, id),
  check ((status = 'received') = (child_id is null))
);
create index contact_submission_waiting on contact_submission (local_authority_id, submitted_at) where status = 'received';
create index contact_submission_by_partner on contact_submission (local_authority_id, submitted_by, submitted_at desc);

alter table contact_submission enable row level security;
alter table contact_submission force row level security;
create policy tenant_isolation on contact_submission using (local_authority_id = current_local_authority_id()) with check (local_authority_id = current_local_authority_id());
grant select, insert, update on contact_submission to lantern_app;
-- Journey records are corrected, not removed: a record entered in error stays, marked (a later issue).
grant select, insert, update on journey_record to lantern_app;

-- Searching for a child at the front door uses 0001's child_name and child_nhs_number indexes.

-- 0007: prospective adopter households (issue "children looked after, court and permanence": Annex A
-- List 11). A household is one or two prospective adopters going through the two-stage approval process
-- (Adoption Agencies Regulations 2005, Part 4) and on to a match, a placement and an adoption order.
-- Not a child's record: it has no child_id, and only the adoption service sees it (access/adopter-access.ts).
create table adopter_household (
  local_authority_id uuid not null references local_authority (id),
  id uuid not null,
  -- Annex A List 11 "Family identifier"; each adopter's "Individual adopter identifier" is this and -1/-2.
  family_reference text not null check (family_reference ~ '^[A-Z0-9-]{4,20}$'),
  adopter_1_name text not null check (length(adopter_1_name) between 1 and 200),
  adopter_1_gender text not null check (adopter_1_gender in ('male', 'female', 'neither', 'not_recorded')),
  adopter_1_ethnicity text not null check (adopter_1_ethnicity ~ '^[A-Z]{4}$'),
  adopter_1_disability text not null check (adopter_1_disability in ('yes', 'no', 'unknown')),
  adopter_2_name text check (length(adopter_2_name) between 1 and 200),
  adopter_2_gender text check (adopter_2_gender in ('male', 'female', 'neither', 'not_recorded')),
  adopter_2_ethnicity text check (adopter_2_ethnicity ~ '^[A-Z]{4}$'),
  adopter_2_disability text check (adopter_2_disability in ('yes', 'no', 'unknown')),
  fostering_for_adoption boolean not null,
  enquiry_received_on date not null,
  stage_1_started_on date,
  stage_1_ended_on date,
  stage_2_started_on date,
  stage_2_ended_on date,
  application_submitted_on date,
  approved_on date,
  matched_on date,
  placed_on date,
  children_placed integer check (children_placed between 0 and 20),
  -- Which of the LA's children were placed, by child reference (optional).
  placed_child_references text[] not null default '{}',
  adoption_order_on date,
  left_on date,
  leaving_reason text check (leaving_reason in ('withdrew', 'on_hold', 'refused')),
  version integer not null default 1,
  -- Null for households loaded by the synthetic generator or an import.
  created_by uuid,
  updated_by uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (local_authority_id, id),
  unique (local_authority_id, family_reference),
  foreign key (local_authority_id, created_by) references staff_user (local_authority_id, id),
  foreign key (local_authority_id, updated_by) references staff_user (local_authority_id, id),
  -- The second adopter is all there or not at all; a leaving date goes with its reason.
  check ((adopter_2_name is null) = (adopter_2_gender is null) and (adopter_2_name is null) = (adopter_2_ethnicity is null) and (adopter_2_name is null) = (adopter_2_disability is null)),
  check ((left_on is null) = (leaving_reason is null))
);
create index adopter_household_by_enquiry on adopter_household (local_authority_id, enquiry_received_on desc);

alter table adopter_household enable row level security;
alter table adopter_household force row level security;
create policy tenant_isolation on adopter_household using (local_authority_id = current_local_authority_id()) with check (local_authority_id = current_local_authority_id());
grant select, insert, update on adopter_household to lantern_app;

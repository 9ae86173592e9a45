-- 0001: tenancy, organisation, people, children, allocations, sessions and the audit log.
--
-- Every tenant table carries local_authority_id first in its primary key and in every foreign key, so
-- one LA's rows can never point at another's and the schema can later be distributed by LA (Citus).
-- Row-level security is enabled and FORCED on every tenant table: the app role sees only the rows of
-- the LA named by the transaction-local setting app.local_authority_id (set_config(..., true)).
-- With the setting unset, current_setting(..., true) is NULL and no row matches: deny by default.

-- The application's role: no superuser, no BYPASSRLS. Roles are cluster-wide, so create it once.
do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'lantern_app') then
    create role lantern_app login nosuperuser nobypassrls nocreatedb nocreaterole;
  end if;
exception when duplicate_object or unique_violation then
  null; -- another database on this cluster created it at the same moment
end
$$;

create function current_local_authority_id() returns uuid
  language sql stable
  as $$ select nullif(current_setting('app.local_authority_id', true), '')::uuid $$;

create table local_authority (
  id uuid primary key,
  name text not null check (length(name) between 1 and 200),
  -- DfE three-digit LA code used in the CIN census and SSDA903 headers.
  dfe_code text not null check (dfe_code ~ '^[0-9]{3}$'),
  created_at timestamptz not null default now()
);

create table team (
  local_authority_id uuid not null references local_authority (id),
  id uuid not null,
  name text not null check (length(name) between 1 and 200),
  -- The service area groups teams under a head of service (front door, assessment, child protection and
  -- children in need, children looked after, care leavers, early help, out of hours, fostering).
  service_area text not null check (service_area in (
    'front_door', 'assessment', 'child_protection_and_children_in_need', 'children_looked_after',
    'care_leavers', 'early_help', 'out_of_hours', 'fostering_and_permanence', 'quality_and_performance',
    'partner_agency', 'leadership')),
  primary key (local_authority_id, id),
  unique (local_authority_id, name)
);

create table staff_user (
  local_authority_id uuid not null references local_authority (id),
  id uuid not null,
  username text not null check (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
  display_name text not null check (length(display_name) between 1 and 200),
  job_title text not null default '',
  team_id uuid not null,
  employment_type text not null check (employment_type in ('permanent', 'agency')),
  -- Assessed and Supported Year in Employment: a newly qualified social worker with a protected caseload.
  asye boolean not null default false,
  -- Null means the account cannot sign in with a password (an invited or synthetic member of staff).
  password_hash text,
  disabled_at timestamptz,
  created_at timestamptz not null default now(),
  primary key (local_authority_id, id),
  unique (local_authority_id, username),
  foreign key (local_authority_id, team_id) references team (local_authority_id, id)
);

create table staff_role (
  local_authority_id uuid not null,
  staff_user_id uuid not null,
  role text not null check (role in (
    'front_door_worker', 'social_worker', 'team_manager', 'head_of_service', 'director', 'cp_chair_iro',
    'personal_adviser', 'early_help_worker', 'out_of_hours_worker', 'performance_analyst',
    'administrator', 'partner_referrer')),
  primary key (local_authority_id, staff_user_id, role),
  foreign key (local_authority_id, staff_user_id) references staff_user (local_authority_id, id)
);

-- Usernames are unique across the installation so that sign-in can find the LA before any tenant
-- setting exists. This directory holds only the username and where it lives, never a password or a
-- child's data; it is readable by the app role and writable only for the transaction's own LA.
create table account_directory (
  username text primary key,
  local_authority_id uuid not null,
  staff_user_id uuid not null,
  foreign key (local_authority_id, staff_user_id) references staff_user (local_authority_id, id)
);

create table staff_session (
  local_authority_id uuid not null,
  -- SHA-256 of the session token: a stolen database copy does not yield usable cookies.
  token_hash text not null,
  staff_user_id uuid not null,
  csrf_token text not null,
  created_at timestamptz not null,
  last_seen_at timestamptz not null,
  ended_at timestamptz,
  ended_reason text check (ended_reason in ('signed_out', 'idle_timeout', 'absolute_timeout', 'account_disabled')),
  ip text not null default '',
  user_agent text not null default '',
  primary key (local_authority_id, token_hash),
  foreign key (local_authority_id, staff_user_id) references staff_user (local_authority_id, id)
);
create index staff_session_user on staff_session (local_authority_id, staff_user_id) where ended_at is null;

-- Failed sign-in counting, per account name and per IP address. Not tenant data: the key is what was
-- typed or where it came from, and it must work before (and whether or not) an account is found.
create table sign_in_throttle (
  key text primary key,
  failures integer not null,
  window_started_at timestamptz not null,
  locked_until timestamptz
);

create table child (
  local_authority_id uuid not null references local_authority (id),
  id uuid not null,
  -- The LA's own reference for the child (SSD pers_person_id; CIN census LAchildID): stable, never reused.
  child_reference text not null check (child_reference ~ '^[A-Za-z0-9]{1,20}$'),
  given_name text not null check (length(given_name) between 1 and 100),
  family_name text not null check (length(family_name) between 1 and 100),
  -- Exactly one of date of birth and expected date of birth (an unborn child, SSD pers_expected_dob).
  date_of_birth date,
  expected_date_of_birth date,
  -- SSD ssd003 / CIN census: 0 not yet born, 1 male, 2 female, 9 indeterminate.
  sex text not null check (sex in ('0', '1', '2', '9')),
  -- DfE ethnicity codes (CIN census ethnicitytype).
  ethnicity text not null check (ethnicity in (
    'WBRI', 'WIRI', 'WIRT', 'WOTH', 'WROM', 'MWBC', 'MWBA', 'MWAS', 'MOTH', 'AIND', 'APKN', 'ABAN',
    'AOTH', 'BCRB', 'BAFR', 'BOTH', 'CHNE', 'OOTH', 'REFU', 'NOBT')),
  -- NHS number: ten digits with a modulus 11 check digit (checked in the domain and here as shape).
  nhs_number text check (nhs_number ~ '^[0-9]{10}$'),
  -- Unique pupil number: a check letter then twelve characters (checked in the domain).
  upn text check (upn ~ '^[A-Z][0-9]{11}[0-9A-Z]$'),
  -- DfE disability codes (CIN census disabilitytype); empty array means not recorded.
  disabilities text[] not null default '{}',
  first_language text not null default '',
  unaccompanied_asylum_seeking boolean not null default false,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (local_authority_id, id),
  unique (local_authority_id, child_reference),
  check ((date_of_birth is null) <> (expected_date_of_birth is null))
);
create index child_nhs_number on child (local_authority_id, nhs_number) where nhs_number is not null;
create index child_name on child (local_authority_id, lower(family_name), lower(given_name));

create table child_address (
  local_authority_id uuid not null,
  id uuid not null,
  child_id uuid not null,
  line_1 text not null,
  line_2 text not null default '',
  town text not null,
  postcode text not null,
  start_date date not null,
  end_date date,
  primary key (local_authority_id, id),
  foreign key (local_authority_id, child_id) references child (local_authority_id, id),
  check (end_date is null or end_date >= start_date)
);
create index child_address_child on child_address (local_authority_id, child_id);

-- Family links between children, one row each way: each sibling keeps their own record.
create table family_link (
  local_authority_id uuid not null,
  child_id uuid not null,
  related_child_id uuid not null,
  relationship text not null check (relationship in ('sibling', 'half_sibling', 'step_sibling', 'cousin')),
  primary key (local_authority_id, child_id, related_child_id),
  foreign key (local_authority_id, child_id) references child (local_authority_id, id),
  foreign key (local_authority_id, related_child_id) references child (local_authority_id, id),
  check (child_id <> related_child_id)
);

-- Who holds the child's case, and which team, over time (SSD ssd_involvements). History is kept: the
-- number of workers a child has had is a measure Ofsted asks for.
create table allocation (
  local_authority_id uuid not null,
  id uuid not null,
  child_id uuid not null,
  worker_id uuid not null,
  team_id uuid not null,
  start_date date not null,
  end_date date,
  end_reason text,
  primary key (local_authority_id, id),
  foreign key (local_authority_id, child_id) references child (local_authority_id, id),
  foreign key (local_authority_id, worker_id) references staff_user (local_authority_id, id),
  foreign key (local_authority_id, team_id) references team (local_authority_id, id),
  check (end_date is null or end_date >= start_date)
);
create index allocation_child on allocation (local_authority_id, child_id);
create index allocation_current_worker on allocation (local_authority_id, worker_id) where end_date is null;
create index allocation_current_team on allocation (local_authority_id, team_id) where end_date is null;
create unique index allocation_one_current on allocation (local_authority_id, child_id) where end_date is null;

-- The audit log. Every read, search, export and write of a child's record adds a row in the same
-- transaction as the work it records; the actor is snapshotted so later renames do not rewrite history.
create table audit_event (
  local_authority_id uuid not null references local_authority (id),
  id bigint generated always as identity,
  occurred_at timestamptz not null,
  actor_id uuid,
  actor_username text not null,
  actor_display_name text not null,
  actor_roles text[] not null,
  action text not null check (action in ('read', 'search', 'list', 'export', 'create', 'update', 'delete', 'sign_in', 'sign_out', 'sign_in_failed', 'disable_account')),
  record_type text not null,
  record_id text,
  child_id uuid,
  ip text not null default '',
  user_agent text not null default '',
  detail jsonb not null default '{}',
  primary key (local_authority_id, id)
);
create index audit_event_child on audit_event (local_authority_id, child_id, occurred_at desc) where child_id is not null;
create index audit_event_actor on audit_event (local_authority_id, actor_id, occurred_at desc);

-- Audit rows are facts: nobody, not even the owner, may change or remove one.
create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_event rows cannot be changed or deleted' using errcode = 'insufficient_privilege';
end
$$;
create trigger audit_event_append_only before update or delete on audit_event
  for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
  for each statement execute function audit_event_is_append_only();

-- Row-level security: enabled and forced on every tenant table.
do $$
declare t text;
begin
  foreach t in array array['team', 'staff_user', 'staff_role', 'staff_session', 'child', 'child_address',
                           'family_link', 'allocation', 'audit_event'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (local_authority_id = current_local_authority_id()) with check (local_authority_id = current_local_authority_id())', t);
  end loop;
end
$$;

alter table local_authority enable row level security;
alter table local_authority force row level security;
create policy tenant_isolation on local_authority using (id = current_local_authority_id())
  with check (id = current_local_authority_id());

alter table account_directory enable row level security;
alter table account_directory force row level security;
create policy lookup_any on account_directory for select using (true);
create policy write_own on account_directory for insert with check (local_authority_id = current_local_authority_id());
create policy update_own on account_directory for update using (local_authority_id = current_local_authority_id())
  with check (local_authority_id = current_local_authority_id());

-- Grants: the app role reads and writes records, but only inserts and reads the audit log.
grant usage on schema public to lantern_app;
-- Provisioning an LA goes through the same policy: the transaction names the new LA first.
grant select, insert on local_authority to lantern_app;
grant select, insert, update on team, staff_user, staff_session, child, child_address, family_link, allocation, account_directory to lantern_app;
grant select, insert, delete on staff_role to lantern_app;
grant select, insert, update, delete on sign_in_throttle to lantern_app;
grant select, insert on audit_event to lantern_app;
grant execute on function current_local_authority_id() to lantern_app;

-- 0002: the records of a child's journey, the LA's local standards and added bank holidays, and the
-- stored clock instances computed from them.

-- One row per record of a child's journey (a contact, a CP plan, a visit…). The record itself is the
-- JSON document defined by src/practice/journey (validated on every write); the row gives it an
-- identity, a version for conflicting-edit detection, and the child it belongs to.
create table journey_record (
  local_authority_id uuid not null,
  id uuid not null,
  child_id uuid not null,
  record_type text not null check (record_type in (
    'contacts', 'earlyHelp', 'referrals', 'assessments', 'strategyDiscussions', 's47Enquiries',
    'initialConferences', 'cpPlans', 'coreGroups', 'reviewConferences', 'cinPlans', 'cinReviews', 'visits',
    'caseSupervisions', 'periodsOfCare', 'legalStatuses', 'placements', 'claReviews', 'healthAssessments',
    'personalEducationPlans', 'missingEpisodes', 'preProceedings', 'proceedings', 'privateFostering',
    'adoption', 'careLeaver')),
  -- The record's own id within the child's journey (data->>'id'; unique per child and type), which
  -- clock instances refer to. Records with no id of their own use the row id.
  record_key text not null,
  data jsonb not null,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (local_authority_id, id),
  unique (local_authority_id, child_id, record_type, record_key),
  foreign key (local_authority_id, child_id) references child (local_authority_id, id)
);
-- The unique key above also serves "this child's records of this type".

-- The LA's own timescales (PRACTICE.md §3, LOCAL rows): only the ones it has changed; the rest keep
-- Lantern's defaults. One row per LA.
create table local_standards (
  local_authority_id uuid primary key references local_authority (id),
  settings jsonb not null default '{}',
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  updated_by uuid
);

-- One-off bank holidays an LA adds itself (a new proclamation arrives days before the day).
create table local_bank_holiday (
  local_authority_id uuid not null references local_authority (id),
  holiday_date date not null,
  name text not null check (length(name) between 1 and 100),
  created_at timestamptz not null default now(),
  created_by uuid,
  primary key (local_authority_id, holiday_date)
);

-- Every clock instance of every child, recomputed in the same transaction as any write that touches
-- the child, so "what is overdue" is an index scan, never a scan of history.
create table clock_instance (
  local_authority_id uuid not null,
  child_id uuid not null,
  clock_id text not null,
  record_id text not null,
  occurrence integer not null,
  started text not null,
  due text not null,
  -- The England date the instance falls due (for hours clocks, the date of the due instant).
  due_date date not null,
  completed text,
  stopped_at text,
  state text not null check (state in ('upcoming', 'due_soon', 'overdue', 'met_on_time', 'met_late', 'stopped')),
  lateness integer,
  lateness_unit text not null check (lateness_unit in ('working_days', 'days', 'hours')),
  worker_id uuid,
  team_id uuid,
  -- The moment the state and lateness were computed as at: they change with time, so queries about
  -- today compare due_date with today for open instances rather than trusting a stale state.
  computed_as_at timestamptz not null,
  primary key (local_authority_id, child_id, clock_id, record_id, occurrence),
  foreign key (local_authority_id, child_id) references child (local_authority_id, id)
);
create index clock_instance_open_due on clock_instance (local_authority_id, due_date) where completed is null and stopped_at is null;
create index clock_instance_open_worker on clock_instance (local_authority_id, worker_id, due_date) where completed is null and stopped_at is null;
create index clock_instance_open_team on clock_instance (local_authority_id, team_id, due_date) where completed is null and stopped_at is null;

do $$
declare t text;
begin
  foreach t in array array['journey_record', 'local_standards', 'local_bank_holiday', 'clock_instance'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (local_authority_id = current_local_authority_id()) with check (local_authority_id = current_local_authority_id())', t);
  end loop;
end
$$;

grant select, insert, update on journey_record, local_standards to lantern_app;
grant select, insert, delete on local_bank_holiday, clock_instance to lantern_app;

-- Local authorities may be listed by anyone signed in to the installation (names and DfE codes are
-- public); maintenance commands use this to visit each LA in turn.
create policy list_all on local_authority for select using (true);

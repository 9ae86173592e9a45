-- 0008: supervision of the worker (issue 7, "oversight at every level"). Not the case supervision held
-- on a child's journey: these are a manager's sessions with one member of staff, on the worker's own
-- clock (monthly by the LA's standard; weekly, fortnightly then monthly in the ASYE year).

-- When the newly qualified social worker's assessed and supported year in employment began: the ASYE
-- supervision pattern runs from here (ASYE framework, DfE / Skills for Care).
alter table staff_user add column asye_start_date date;

create table worker_supervision (
  local_authority_id uuid not null,
  id uuid not null,
  worker_id uuid not null,
  supervisor_id uuid not null,
  session_date date not null,
  kind text not null check (kind in ('supervision', 'asye_review')),
  -- Reflective supervision (Post-qualifying standard: practice supervisors; Munro 2011): what was
  -- thought about, not only a list of cases.
  reflective_summary text not null check (length(reflective_summary) between 1 and 5000),
  wellbeing_discussed boolean not null,
  workload_discussed boolean not null,
  -- The children whose cases were discussed (their case supervision is recorded on each child).
  children_discussed uuid[] not null default '{}',
  note text not null default '' check (length(note) <= 5000),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  created_by uuid,
  updated_at timestamptz not null default now(),
  primary key (local_authority_id, id),
  foreign key (local_authority_id, worker_id) references staff_user (local_authority_id, id),
  foreign key (local_authority_id, supervisor_id) references staff_user (local_authority_id, id)
);
-- The team board reads each worker's latest sessions; a worker's history is read newest first.
create index worker_supervision_by_worker on worker_supervision (local_authority_id, worker_id, session_date desc);

alter table worker_supervision enable row level security;
alter table worker_supervision force row level security;
create policy tenant_isolation on worker_supervision using (local_authority_id = current_local_authority_id())
  with check (local_authority_id = current_local_authority_id());
grant select, insert, update on worker_supervision to lantern_app;

-- The team board counts each child's open clocks: an index on exactly that (the open clocks of one
-- child) keeps the planner from walking every open clock of the LA once per child.
create index clock_instance_open_child on clock_instance (local_authority_id, child_id) where completed is null and stopped_at is null;

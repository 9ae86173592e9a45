-- 0011: each child's drift summary (issue 7, "Drift"): the latest meaningful progress and the count of
-- actions carried unchanged across reviews, as practice/oversight/drift.ts computes them from the
-- journey. Kept current in the same transaction as the child's clocks (every write, allocation,
-- rebuild and synthetic load), so a drift list across a large LA reads one row per child and never
-- parses journeys per request. Days since progress are counted at read time from the stored date, so
-- the row does not go stale as the calendar moves on.
create table child_drift (
  local_authority_id uuid not null,
  child_id uuid not null,
  -- Null when no meaningful progress is recorded for the child.
  last_progress_date date,
  last_progress_kind text check (last_progress_kind in ('plan_review', 'visit', 'decision', 'action_done')),
  last_progress_what text,
  carried_actions integer not null default 0 check (carried_actions >= 0),
  -- Who held the case (the open allocation) when it was computed; null when not allocated.
  worker_id uuid,
  team_id uuid,
  computed_as_at timestamptz not null,
  primary key (local_authority_id, child_id),
  foreign key (local_authority_id, child_id) references child (local_authority_id, id)
);
-- A team's list, oldest progress first (nulls, "no progress recorded", first).
create index child_drift_team on child_drift (local_authority_id, team_id, last_progress_date nulls first);
create index child_drift_worker on child_drift (local_authority_id, worker_id);

alter table child_drift enable row level security;
alter table child_drift force row level security;
create policy tenant_isolation on child_drift using (local_authority_id = current_local_authority_id()) with check (local_authority_id = current_local_authority_id());

grant select, insert, update, delete on child_drift to lantern_app;

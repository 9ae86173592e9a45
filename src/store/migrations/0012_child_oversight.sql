-- 0012: each child's oversight summary (issue 7, the team board under load): what the board shows for a
-- child, computed from the journey and its clocks in the same transaction as the clocks are stored
-- (every write, allocation, rebuild and synthetic load: store/clocks/recompute-clocks.ts), so a board
-- reads one row per child instead of counting clocks, records and allocations per child per request.
-- practice/oversight/oversight-summary.ts says what each column holds and why it keeps dates rather than
-- counts: overdue, due soon and workers in the last 12 months are counted against the reader's today
-- from the stored dates, so they never go stale; the kinds of work and the latest supervision hold from
-- valid_from to before valid_until, and a reader outside that window counts that child from the records.
create table child_oversight (
  local_authority_id uuid not null,
  child_id uuid not null,
  -- Who held the case (the open allocation) when it was computed; a reader whose allocation differs
  -- (an allocation changed without the clocks being stored) counts the child from the tables instead.
  worker_id uuid,
  team_id uuid,
  -- Due dates of the open clocks (not completed, not stopped), and of those stored as due soon.
  open_due_dates date[] not null,
  due_soon_dates date[] not null,
  -- The kinds of work open (practice/oversight/caseload-weighting.ts KindOfWork), weighed at read time
  -- with the LA's current weights.
  kinds text[] not null,
  -- The latest case supervision or management oversight on or before the day it was computed.
  last_oversight_date date,
  -- Start dates of every allocation of the child.
  allocation_starts date[] not null,
  valid_from date,
  valid_until date,
  computed_as_at timestamptz not null,
  primary key (local_authority_id, child_id),
  foreign key (local_authority_id, child_id) references child (local_authority_id, id),
  check (valid_from is null or valid_until is null or valid_from < valid_until)
);

alter table child_oversight enable row level security;
alter table child_oversight force row level security;
create policy tenant_isolation on child_oversight using (local_authority_id = current_local_authority_id()) with check (local_authority_id = current_local_authority_id());

grant select, insert, update, delete on child_oversight to lantern_app;

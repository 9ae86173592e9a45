-- 0010: what the service dashboard needs to measure the workforce (PRACTICE.md §4 and §5: agency share,
-- turnover, vacancies; DfE "Children's social work workforce" statistics).
--
-- A team's establishment is the number of posts it is funded for; posts not filled by a member of staff
-- in post on a date are vacancies on that date (DfE counts agency workers covering a vacancy as a vacancy
-- filled by agency staff; Lantern reports both the vacancy rate and the agency share).
alter table team add column establishment integer check (establishment is null or establishment between 0 and 1000);

-- When each member of staff started and left: headcount on a date, and leavers in a year (turnover =
-- leavers in 12 months / average headcount, the DfE's definition). Null started_on means "in post from
-- before Lantern's records"; a leaver's account is also disabled, but disabled_at is about sign-in, not
-- employment, so the dates are kept apart.
alter table staff_user add column started_on date;
alter table staff_user add column left_on date;
alter table staff_user add constraint staff_user_left_after_started check (left_on is null or started_on is null or left_on >= started_on);

-- The service dashboard reads every record of a few types across the LA (contacts, referrals, plans,
-- placements…): an index by type turns each of those reads from a scan of the whole journey into an
-- index scan of that type's rows.
create index journey_record_type on journey_record (local_authority_id, record_type);

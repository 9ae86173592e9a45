-- 0006: independent return-interview services as staff of the LA's installation (issue "missing
-- children"): a role that sees only the missing episodes referred to its service.
alter table staff_role drop constraint staff_role_role_check;
alter table staff_role add constraint staff_role_role_check check (role in (
  'front_door_worker', 'social_worker', 'team_manager', 'head_of_service', 'director', 'cp_chair_iro',
  'personal_adviser', 'early_help_worker', 'out_of_hours_worker', 'performance_analyst',
  'administrator', 'partner_referrer', 'return_interview_worker'));

-- The independent return-interview service is a team of its own service area.
alter table team drop constraint team_service_area_check;
alter table team add constraint team_service_area_check check (service_area in (
  'front_door', 'assessment', 'child_protection_and_children_in_need', 'children_looked_after',
  'care_leavers', 'early_help', 'out_of_hours', 'fostering_and_permanence', 'quality_and_performance',
  'partner_agency', 'leadership', 'return_interviews'));

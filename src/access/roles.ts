// The roles a member of staff can hold (one or more). Names are the ones social care uses.
export const ROLES = [
  'front_door_worker',
  'social_worker',
  'team_manager',
  'head_of_service',
  'director',
  'cp_chair_iro',
  'personal_adviser',
  'early_help_worker',
  'out_of_hours_worker',
  'performance_analyst',
  'administrator',
  'partner_referrer',
  'return_interview_worker',
] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  front_door_worker: 'Front door worker',
  social_worker: 'Social worker',
  team_manager: 'Team manager',
  head_of_service: 'Head of service',
  director: 'Director of children’s services',
  cp_chair_iro: 'Child protection chair / IRO',
  personal_adviser: 'Personal adviser',
  early_help_worker: 'Early help worker',
  out_of_hours_worker: 'Out-of-hours worker',
  performance_analyst: 'Performance analyst',
  administrator: 'Administrator',
  partner_referrer: 'Partner agency referrer',
  return_interview_worker: 'Return interview worker (independent service)',
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

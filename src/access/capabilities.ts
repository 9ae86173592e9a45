// What each role may do beyond seeing children: the capability half of the access matrix.
// Deny by default: a capability not listed for a role is refused.
import type { Actor } from './actor.ts';
import type { Role } from './roles.ts';

export type Capability =
  /** Open "who has viewed this child" for a child in scope. */
  | 'view_child_audit'
  /** List staff accounts and disable one (which ends its sessions). */
  | 'manage_staff_accounts'
  /** See the "team's children" list. */
  | 'list_team_children'
  /** See the "service area's children" list. */
  | 'list_service_children'
  /** See every child in the LA in lists. */
  | 'list_all_children'
  /** Hold a caseload: the "My children" list. */
  | 'hold_caseload'
  /** Set the LA's local standards (timescales) and add one-off bank holidays. */
  | 'manage_local_standards'
  /** Authorise a child and family assessment; sign off a front door decision (management oversight). */
  | 'authorise_casework'
  /** Submit contacts online and see their status (and nothing else). */
  | 'submit_contacts'
  /** Work the front door: the inbox of submitted contacts, matching them to children, creating children. */
  | 'work_front_door'
  /** Allocate a child to a worker and team. */
  | 'allocate_children'
  /** Search for a child by name, date of birth or NHS number. */
  | 'search_children'
  /** See the early help requests waiting, longest first. */
  | 'view_early_help_waiting'
  /** See looked-after children needing attention (unregistered homes, unstable placements, open IRO escalations). */
  | 'view_looked_after_attention'
  /** See the daily missing list (missing now, waiting for a return interview, repeat episodes). */
  | 'view_missing_list'
  /** A personal adviser's own care leavers, with next review due and latest contact. */
  | 'view_own_care_leavers'
  /** The team board: caseloads against limits, clocks by worker, children with many workers. */
  | 'view_team_board'
  /** The drift list of a team: children longest without meaningful progress first (own team only, unless below). */
  | 'view_team_drift'
  /** Drift by team across a service area (a director's: across the LA), drilling down to each team's list. */
  | 'view_service_drift'
  /** Download the DfE returns (every export audited with what it held). */
  | 'export_returns'
  /** Import children's records from a CIN census file or SSDA903 files (a migration from another system). */
  | 'import_records'
  /** Record return home interviews for the missing episodes referred to the worker's own service. */
  | 'record_referred_return_interviews'
  /** The data-quality page: DfE validation rules broken, per rule with the children (a team manager: their team; others: the LA). */
  | 'view_data_quality'
  /** Prospective adopters: record enquiries and each household's progress (only in the adoption service: adopter-access.ts). */
  | 'manage_adopters'
  /** The service dashboard: the measures as at a date, their trend, drilling down to a worker's children. */
  | 'view_service_dashboard'
  /** Record supervision sessions with the workers of one's own team, and read their history. */
  | 'record_team_supervision'
  /** Read the supervision history of the workers of one's own service area. */
  | 'read_service_supervision'
  /** Read the supervision history of every worker in the LA. */
  | 'read_all_supervision';

export const CAPABILITIES_BY_ROLE: Record<Role, readonly Capability[]> = {
  social_worker: ['hold_caseload', 'list_team_children', 'search_children', 'view_missing_list', 'manage_adopters'],
  early_help_worker: ['hold_caseload', 'list_team_children', 'search_children', 'view_early_help_waiting', 'view_missing_list'],
  personal_adviser: ['hold_caseload', 'list_team_children', 'search_children', 'view_missing_list', 'view_own_care_leavers'],
  front_door_worker: ['hold_caseload', 'list_all_children', 'work_front_door', 'search_children', 'view_early_help_waiting', 'view_missing_list'],
  out_of_hours_worker: ['hold_caseload', 'list_all_children', 'work_front_door', 'search_children', 'view_missing_list'],
  team_manager: ['hold_caseload', 'list_team_children', 'view_child_audit', 'authorise_casework', 'allocate_children', 'search_children', 'view_early_help_waiting', 'view_looked_after_attention', 'view_missing_list', 'view_team_board', 'manage_adopters', 'view_team_drift', 'record_team_supervision', 'view_data_quality'],
  head_of_service: ['list_team_children', 'list_service_children', 'view_child_audit', 'authorise_casework', 'allocate_children', 'search_children', 'view_early_help_waiting', 'view_looked_after_attention', 'view_missing_list', 'export_returns', 'manage_adopters', 'view_team_drift', 'view_service_drift', 'view_service_dashboard', 'read_service_supervision', 'view_data_quality'],
  director: ['list_all_children', 'view_child_audit', 'search_children', 'view_looked_after_attention', 'view_missing_list', 'export_returns', 'view_team_drift', 'view_service_drift', 'view_service_dashboard', 'read_all_supervision', 'view_data_quality'],
  cp_chair_iro: ['hold_caseload', 'list_all_children', 'search_children', 'view_looked_after_attention', 'view_missing_list'],
  performance_analyst: ['list_all_children', 'view_looked_after_attention', 'view_missing_list', 'export_returns', 'view_service_dashboard', 'view_data_quality'],
  administrator: ['manage_staff_accounts', 'manage_local_standards', 'export_returns', 'import_records'],
  partner_referrer: ['submit_contacts'],
  return_interview_worker: ['record_referred_return_interviews'],
};

export function can(actor: Pick<Actor, 'roles'>, capability: Capability): boolean {
  return actor.roles.some((role) => CAPABILITIES_BY_ROLE[role].includes(capability));
}

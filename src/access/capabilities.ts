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
  | 'manage_local_standards';

export const CAPABILITIES_BY_ROLE: Record<Role, readonly Capability[]> = {
  social_worker: ['hold_caseload', 'list_team_children'],
  early_help_worker: ['hold_caseload', 'list_team_children'],
  personal_adviser: ['hold_caseload', 'list_team_children'],
  front_door_worker: ['hold_caseload', 'list_all_children'],
  out_of_hours_worker: ['hold_caseload', 'list_all_children'],
  team_manager: ['hold_caseload', 'list_team_children', 'view_child_audit'],
  head_of_service: ['list_team_children', 'list_service_children', 'view_child_audit'],
  director: ['list_all_children', 'view_child_audit'],
  cp_chair_iro: ['hold_caseload', 'list_all_children'],
  performance_analyst: ['list_all_children'],
  administrator: ['manage_staff_accounts', 'manage_local_standards'],
  partner_referrer: [],
};

export function can(actor: Pick<Actor, 'roles'>, capability: Capability): boolean {
  return actor.roles.some((role) => CAPABILITIES_BY_ROLE[role].includes(capability));
}

// The navigation a member of staff sees is drawn from what their roles may do (access/capabilities.ts).
import type { Actor } from '../access/actor.ts';
import { can } from '../access/capabilities.ts';
import { ROLE_LABELS } from '../access/roles.ts';
import { mayWorkWithAdopters } from '../access/adopter-access.ts';
import type { NavItem } from '../../web/src/govuk/layout.tsx';

export function navigationFor(actor: Actor, currentPath: string): NavItem[] {
  const items: { href: string; label: string }[] = [];
  if (can(actor, 'submit_contacts')) items.push({ href: '/partner/contacts', label: 'Your contacts' });
  if (can(actor, 'record_referred_return_interviews')) items.push({ href: '/return-interviews', label: 'Return interviews' });
  if (can(actor, 'work_front_door') || can(actor, 'authorise_casework')) items.push({ href: '/front-door', label: 'Front door' });
  if (can(actor, 'view_early_help_waiting') && actor.roles.includes('early_help_worker')) items.push({ href: '/early-help', label: 'Early help waiting' });
  if (can(actor, 'view_service_dashboard')) items.push({ href: '/dashboard', label: 'Service dashboard' });
  if (can(actor, 'view_team_board')) items.push({ href: '/team-board', label: 'Team board' });
  if (can(actor, 'view_team_drift')) items.push({ href: '/drift', label: 'Drift' });
  if (can(actor, 'hold_caseload')) items.push({ href: '/my-work', label: 'My work' });
  if (can(actor, 'hold_caseload')) items.push({ href: '/children?view=mine', label: 'My children' });
  if (can(actor, 'hold_caseload')) items.push({ href: '/my-supervision', label: 'My supervision' });
  if (can(actor, 'list_team_children')) items.push({ href: '/children?view=team', label: 'Team’s children' });
  if (can(actor, 'list_service_children')) items.push({ href: '/children?view=service', label: 'Service area' });
  if (can(actor, 'list_all_children')) items.push({ href: '/children?view=all', label: 'All children' });
  if (can(actor, 'view_own_care_leavers')) items.push({ href: '/care-leavers/mine', label: 'My care leavers' });
  if (can(actor, 'view_missing_list')) items.push({ href: '/missing', label: 'Missing' });
  if (can(actor, 'view_looked_after_attention')) items.push({ href: '/looked-after/attention', label: 'Looked after: attention' });
  if (mayWorkWithAdopters(actor)) items.push({ href: '/adopters', label: 'Adopters' });
  if (can(actor, 'search_children')) items.push({ href: '/children/search', label: 'Find a child' });
  if (can(actor, 'manage_staff_accounts')) items.push({ href: '/admin/staff', label: 'Staff accounts' });
  if (can(actor, 'manage_local_standards')) items.push({ href: '/admin/standards', label: 'Local standards' });
  if (can(actor, 'import_records')) items.push({ href: '/admin/imports', label: 'Import records' });
  if (can(actor, 'export_returns')) items.push({ href: '/returns', label: 'DfE returns' });
  if (can(actor, 'view_data_quality')) items.push({ href: '/data-quality', label: 'Data quality' });
  return items.map((item) => ({ ...item, active: currentPath === item.href || (item.href.startsWith('/admin') && currentPath.startsWith(item.href)) }));
}

export function userBanner(actor: Actor): { displayName: string; roleLabels: string[] } {
  return { displayName: actor.displayName, roleLabels: actor.roles.map((r) => ROLE_LABELS[r]) };
}

/** Where "home" is for a member of staff: managers land on the level they oversee. */
export function homeFor(actor: Actor): string | null {
  // The adoption service's work is its adopter households, not a caseload of children.
  if (mayWorkWithAdopters(actor)) return '/adopters';
  if (actor.roles.includes('director') || actor.roles.includes('performance_analyst')) return '/children?view=all';
  if (actor.roles.includes('head_of_service')) return '/children?view=service';
  if (actor.roles.includes('team_manager')) return '/children?view=team';
  return navigationFor(actor, '/')[0]?.href ?? null;
}

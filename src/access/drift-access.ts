// Which teams' drift a member of staff may see (issue 7: "a drift list per team and service"), from the
// capabilities (capabilities.ts), deny by default: a team manager their own team; a head of service the
// teams of their service area; a director (who sees every child) every team of the LA. Anyone else,
// none: the drift pages answer 404.
import type { Actor } from './actor.ts';
import { can } from './capabilities.ts';

export type DriftScope = 'none' | 'team' | 'service_area' | 'local_authority';

export function driftScopeOf(actor: Pick<Actor, 'roles'>): DriftScope {
  if (can(actor, 'view_service_drift')) return can(actor, 'list_all_children') ? 'local_authority' : 'service_area';
  if (can(actor, 'view_team_drift')) return 'team';
  return 'none';
}

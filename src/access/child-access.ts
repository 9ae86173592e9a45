// Who may see which children: the access matrix for children's records, deny by default.
//
//   role                  | sees children...
//   ----------------------+-------------------------------------------------------------
//   social worker         | allocated to them, and to their team
//   early help worker     | allocated to them, and to their team
//   personal adviser      | allocated to them, and to their team
//   team manager          | allocated to their team (and to them)
//   head of service       | allocated to any team in their service area
//   front door worker     | the whole LA: contacts are screened against every child's history
//   out-of-hours worker   | the whole LA: nights and weekends cover every child
//   CP chair / IRO        | the whole LA: they chair conferences and reviews across every team
//   director              | the whole LA
//   performance analyst   | the whole LA
//   administrator         | none (manages accounts and settings, not casework)
//   partner referrer      | none (sees only the contacts they submitted)
//   return interview      | none (sees only the missing episodes referred to their service, and
//     worker              |   records the return interview on them: access/record-access.ts)
//
// A child outside the actor's scope, or in another LA, is answered as "not found" (404), never
// "forbidden", so that the existence of a record is not disclosed.
import type { Actor } from './actor.ts';
import type { Role } from './roles.ts';

export type ChildScope = 'none' | 'own_and_team' | 'service_area' | 'local_authority';

export const CHILD_SCOPE_BY_ROLE: Record<Role, ChildScope> = {
  social_worker: 'own_and_team',
  early_help_worker: 'own_and_team',
  personal_adviser: 'own_and_team',
  team_manager: 'own_and_team',
  head_of_service: 'service_area',
  front_door_worker: 'local_authority',
  out_of_hours_worker: 'local_authority',
  cp_chair_iro: 'local_authority',
  director: 'local_authority',
  performance_analyst: 'local_authority',
  administrator: 'none',
  partner_referrer: 'none',
  return_interview_worker: 'none',
};

const SCOPE_ORDER: readonly ChildScope[] = ['none', 'own_and_team', 'service_area', 'local_authority'];

/** The widest scope among the actor's roles. */
export function childScopeOf(actor: Pick<Actor, 'roles'>): ChildScope {
  let widest: ChildScope = 'none';
  for (const role of actor.roles) {
    const scope = CHILD_SCOPE_BY_ROLE[role];
    if (SCOPE_ORDER.indexOf(scope) > SCOPE_ORDER.indexOf(widest)) widest = scope;
  }
  return widest;
}

/** A child's current allocation, as the access rule needs it. */
export interface CurrentAllocationFacts {
  workerId: string;
  teamId: string;
  teamServiceArea: string;
}

/**
 * The rule itself, for one child: used directly by tests and mirrored in SQL by the store's scope
 * filter (store/child-scope.ts), which the matrix test holds to the same answers.
 */
export function maySeeChild(actor: Actor, current: CurrentAllocationFacts | null): boolean {
  const scope = childScopeOf(actor);
  switch (scope) {
    case 'local_authority':
      return true;
    case 'service_area':
      return current !== null && (current.teamServiceArea === actor.serviceArea || current.teamId === actor.teamId || current.workerId === actor.staffUserId);
    case 'own_and_team':
      return current !== null && (current.workerId === actor.staffUserId || current.teamId === actor.teamId);
    case 'none':
      return false;
  }
}

// Who works with prospective adopters. Recruiting, assessing and supporting adopters is the adoption
// agency's work (Adoption Agencies Regulations 2005, Part 4); in Lantern's LAs that is the fostering
// and permanence service. So the role must carry `manage_adopters` (social workers, team managers,
// heads of service) AND the member of staff must belong to that service: a child protection social
// worker, a front door worker, a partner or a return-interview service sees no adopter (404).
import type { Actor } from './actor.ts';
import { can } from './capabilities.ts';

/** The service areas whose staff assess and support prospective adopters. */
export const ADOPTION_SERVICE_AREAS: readonly string[] = ['fostering_and_permanence'];

export function mayWorkWithAdopters(actor: Pick<Actor, 'roles' | 'serviceArea'>): boolean {
  return can(actor, 'manage_adopters') && ADOPTION_SERVICE_AREAS.includes(actor.serviceArea);
}

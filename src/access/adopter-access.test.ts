// Who works with prospective adopters: social workers, team managers and heads of service of the
// fostering and permanence service, and nobody else; the navigation offers "Adopters" to them alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mayWorkWithAdopters } from './adopter-access.ts';
import { ROLES, type Role } from './roles.ts';
import { homeFor, navigationFor } from '../server/navigation.ts';
import type { Actor } from './actor.ts';

const actor = (roles: Role[], serviceArea: string): Actor => ({ localAuthorityId: 'la', staffUserId: 'me', username: 'me', displayName: 'Me', roles, teamId: 't', serviceArea });

test('only social workers, team managers and heads of service in the fostering and permanence service', () => {
  const allowed = ROLES.filter((r) => mayWorkWithAdopters(actor([r], 'fostering_and_permanence'))).sort();
  assert.deepEqual(allowed, ['head_of_service', 'social_worker', 'team_manager']);
  for (const area of ['child_protection_and_children_in_need', 'children_looked_after', 'front_door', 'return_interviews', 'partner_agency']) {
    assert.deepEqual(ROLES.filter((r) => mayWorkWithAdopters(actor([r], area))), [], area);
  }
});

test('"Adopters" is in the navigation of the adoption service only', () => {
  const has = (a: Actor): boolean => navigationFor(a, '/').some((i) => i.href === '/adopters');
  assert.equal(has(actor(['social_worker'], 'fostering_and_permanence')), true);
  assert.equal(has(actor(['social_worker'], 'child_protection_and_children_in_need')), false);
  assert.equal(has(actor(['partner_referrer'], 'partner_agency')), false);
  assert.equal(has(actor(['director'], 'leadership')), false);
});

test('the adoption service lands on its adopters; others land where they did', () => {
  assert.equal(homeFor(actor(['team_manager'], 'fostering_and_permanence')), '/adopters');
  assert.equal(homeFor(actor(['social_worker'], 'fostering_and_permanence')), '/adopters');
  assert.equal(homeFor(actor(['team_manager'], 'child_protection_and_children_in_need')), '/children?view=team');
});

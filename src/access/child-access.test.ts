// The access matrix, tested directly (pure), and the store's SQL filter held to the same answers for
// every member of staff against every child of a synthetic LA.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { CHILD_SCOPE_BY_ROLE, childScopeOf, maySeeChild } from './child-access.ts';
import { CAPABILITIES_BY_ROLE, can } from './capabilities.ts';
import { ROLES, type Role } from './roles.ts';
import type { Actor } from './actor.ts';
import type { TestStore } from '../test-support/database.ts';
import { openWorld, type TwoAuthorities } from '../test-support/fixtures.ts';
import { withTenant } from '../store/tenant.ts';
import { loadStaffAccount } from '../store/staff.ts';
import { childInScope } from '../store/child-scope.ts';

const me = (roles: Role[]): Actor => ({
  localAuthorityId: 'la', staffUserId: 'me', username: 'me', displayName: 'Me', roles, teamId: 'my-team', serviceArea: 'child_protection_and_children_in_need',
});
const allocated = { toMe: { workerId: 'me', teamId: 'other-team', teamServiceArea: 'children_looked_after' },
  toMyTeam: { workerId: 'colleague', teamId: 'my-team', teamServiceArea: 'child_protection_and_children_in_need' },
  toMyService: { workerId: 'someone', teamId: 'sister-team', teamServiceArea: 'child_protection_and_children_in_need' },
  elsewhere: { workerId: 'someone', teamId: 'far-team', teamServiceArea: 'children_looked_after' },
  nobody: null } as const;

// Each row: role, then whether they see a child allocated to me / my team / my service area / elsewhere / unallocated.
const MATRIX: [Role, boolean, boolean, boolean, boolean, boolean][] = [
  ['social_worker', true, true, false, false, false],
  ['early_help_worker', true, true, false, false, false],
  ['personal_adviser', true, true, false, false, false],
  ['team_manager', true, true, false, false, false],
  ['head_of_service', true, true, true, false, false],
  ['front_door_worker', true, true, true, true, true],
  ['out_of_hours_worker', true, true, true, true, true],
  ['cp_chair_iro', true, true, true, true, true],
  ['director', true, true, true, true, true],
  ['performance_analyst', true, true, true, true, true],
  ['administrator', false, false, false, false, false],
  ['partner_referrer', false, false, false, false, false],
  ['return_interview_worker', false, false, false, false, false],
];

test('the access matrix covers every role exactly once', () => {
  assert.deepEqual(MATRIX.map(([r]) => r).sort(), [...ROLES].sort());
  assert.deepEqual(Object.keys(CHILD_SCOPE_BY_ROLE).sort(), [...ROLES].sort());
  assert.deepEqual(Object.keys(CAPABILITIES_BY_ROLE).sort(), [...ROLES].sort());
});

for (const [role, mine, team, service, elsewhere, unallocated] of MATRIX) {
  test(`access matrix: ${role}`, () => {
    const actor = me([role]);
    assert.equal(maySeeChild(actor, allocated.toMe), mine, 'allocated to me');
    assert.equal(maySeeChild(actor, allocated.toMyTeam), team, 'allocated to my team');
    assert.equal(maySeeChild(actor, allocated.toMyService), service, 'allocated in my service area');
    assert.equal(maySeeChild(actor, allocated.elsewhere), elsewhere, 'allocated elsewhere');
    assert.equal(maySeeChild(actor, allocated.nobody), unallocated, 'not allocated');
  });
}

test('several roles give the widest scope of them', () => {
  assert.equal(childScopeOf(me(['social_worker', 'director'])), 'local_authority');
  assert.equal(childScopeOf(me(['administrator', 'team_manager'])), 'own_and_team');
  assert.equal(childScopeOf(me([])), 'none');
});

test('only managers may open "who has viewed this child"; only administrators manage accounts', () => {
  const viewers = ROLES.filter((r) => can(me([r]), 'view_child_audit')).sort();
  assert.deepEqual(viewers, ['director', 'head_of_service', 'team_manager']);
  assert.deepEqual(ROLES.filter((r) => can(me([r]), 'manage_staff_accounts')), ['administrator']);
  assert.equal(can(me([]), 'hold_caseload'), false);
});

let store: TestStore;
let world: TwoAuthorities;
before(async () => {
  ({ store, ...world } = await openWorld());
});
after(async () => store.close());

test('the SQL scope filter gives the same answer as the matrix, for every member of staff and child', async () => {
  const la = world.a;
  const teamArea = new Map(la.teams.map((t) => [t.id, t.serviceArea]));
  const current = new Map(la.allocations.filter((a) => a.endDate === null).map((a) => [a.childId, { workerId: a.workerId, teamId: a.teamId, teamServiceArea: teamArea.get(a.teamId)! }]));
  let compared = 0;
  let visibleSomewhere = 0;
  await withTenant(store.db, la.id, async (tx) => {
    for (const staff of la.staff) {
      const account = await loadStaffAccount(tx, staff.id);
      assert.ok(account);
      const seen = new Set((await tx.selectFrom('child').select('id').where(childInScope(account.actor)).execute()).map((r) => r.id));
      for (const child of la.children) {
        const expected = maySeeChild(account.actor, current.get(child.id) ?? null);
        assert.equal(seen.has(child.id), expected, `${staff.username} and ${child.childReference}`);
        compared++;
        if (expected) visibleSomewhere++;
      }
    }
  });
  assert.equal(compared, la.staff.length * la.children.length);
  assert.ok(visibleSomewhere > 0 && visibleSomewhere < compared, 'the matrix both grants and refuses');
});

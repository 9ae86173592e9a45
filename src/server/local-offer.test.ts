// The LA's local offer to care leavers over HTTP: the administrator lists, adds and removes entitlements
// (bad input refused, every change audited, others answered 404); the care leaver's page lists the ones
// the young person has not been told of, and the personal adviser's caseload counts them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestWorld, type TestWorld } from '../test-support/app.ts';
import { TestBrowser } from '../test-support/http.ts';
import { DEMO_PASSWORD } from '../synth/generate.ts';
import { withTenant } from '../store/tenant.ts';
import { actorFor } from '../test-support/fixtures.ts';
import { allocateChild } from '../store/children/allocate-child.ts';
import { LOCAL_OFFER } from '../synth/casework-text.ts';

let world: TestWorld;
before(async () => {
  world = await startTestWorld(new Date('2026-11-02T09:00:00Z'));
});
after(async () => world.close());

test('the administrator keeps the local offer; the care leaver’s page and the adviser’s caseload show what is not yet told', async () => {
  const admin = new TestBrowser(world.app);
  await admin.signIn('a.admin', DEMO_PASSWORD);
  const page = await admin.get('/admin/local-offer');
  assert.equal(page.statusCode, 200);
  for (const title of LOCAL_OFFER) assert.ok(page.body.includes(title.replace(/’/g, '&#x27;')) || page.body.includes(title), `the synthetic offer lists ${title}`);

  const blank = await admin.postForm('/admin/local-offer', { title: '  ', description: '' });
  assert.equal(blank.statusCode, 400);
  assert.match(blank.body, /Enter the name of the entitlement/);
  const duplicate = await admin.postForm('/admin/local-offer', { title: 'council tax EXEMPTION to 25', description: '' });
  assert.equal(duplicate.statusCode, 400);
  assert.match(duplicate.body, /already in the local offer/);
  const added = await admin.postForm('/admin/local-offer', { title: 'Free bus pass', description: 'Free travel on the borough’s buses to 21.' });
  assert.equal(added.statusCode, 303);
  assert.match((await admin.get('/admin/local-offer')).body, /Free bus pass/);

  // A care leaver told of everything in the synthetic offer still has the new entitlement to hear about.
  const leaver = world.a.journeys.find((j) => (j.careLeaver?.localOfferToldOf ?? []).length === LOCAL_OFFER.length)!;
  assert.ok(leaver, 'a synthetic care leaver told of the whole offer');
  const adviserAccount = world.a.staff.find((s) => s.username === 'a.personal.adviser')!;
  const manager = await actorFor(world.store.db, world.a, 'a.front.door.manager');
  assert.deepEqual(await allocateChild(world.store.db, manager, { ip: '10.0.0.1', userAgent: 'test' }, { childId: leaver.child.id, workerId: adviserAccount.id, reason: 'Test' }, world.clock.now()), { ok: true });
  const adviser = new TestBrowser(world.app);
  await adviser.signIn('a.personal.adviser', DEMO_PASSWORD);
  const summary = await adviser.get(`/children/${leaver.child.id}`);
  const notTold = summary.body.split('id="local-offer-not-told"')[1]?.split('</ul>')[0] ?? '';
  assert.match(notTold, /Free bus pass/);
  assert.doesNotMatch(notTold, /Council tax exemption/);
  const caseload = await adviser.get('/care-leavers/mine');
  assert.match(caseload.body, /Local offer not yet told of/);
  const row = caseload.body.split(leaver.child.id)[1]?.split('</tr>')[0] ?? '';
  assert.match(row, /1 entitlement</);

  // Removing it: the young person has been told of everything again.
  const offer = await withTenant(world.store.db, world.a.id, (tx) => tx.selectFrom('local_offer_entitlement').select(['id', 'title']).where('title', '=', 'Free bus pass').executeTakeFirstOrThrow());
  assert.equal((await admin.postForm(`/admin/local-offer/${offer.id}/remove`, {})).statusCode, 303);
  assert.match((await adviser.get(`/children/${leaver.child.id}`)).body, /told of every entitlement in the local offer/);
  const audit = await withTenant(world.store.db, world.a.id, (tx) => tx.selectFrom('audit_event').select('action').where('record_type', '=', 'local_offer_entitlement').orderBy('id').execute());
  assert.deepEqual(audit.map((a) => a.action), ['create', 'delete']);

  // Only administrators; another LA's offer is its own.
  assert.equal((await adviser.get('/admin/local-offer')).statusCode, 404);
  assert.equal((await adviser.postForm('/admin/local-offer', { title: 'Sneaky' })).statusCode, 404);
  const otherLa = await withTenant(world.store.db, world.b.id, (tx) => tx.selectFrom('local_offer_entitlement').select('title').execute());
  assert.ok(!otherLa.some((e) => e.title === 'Free bus pass'));
  assert.equal((await admin.postForm(`/admin/local-offer/${offer.id}/remove`, {})).statusCode, 404, 'already removed');
});

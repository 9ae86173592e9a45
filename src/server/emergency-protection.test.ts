// Emergency protection orders and police protection over HTTP: police protection longer than 72 hours
// and an order longer than 8 days are refused with nothing saved; lawful ones are saved, shown on the
// child's page (in force or ended) and in the chronology; a conflicting edit is refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestWorld, type TestWorld } from '../test-support/app.ts';
import { TestBrowser } from '../test-support/http.ts';
import { DEMO_PASSWORD } from '../synth/generate.ts';
import { dateFields, dateTimeFields, storedRecords } from '../test-support/forms.ts';
import { actorFor } from '../test-support/fixtures.ts';
import { allocateChild } from '../store/children/allocate-child.ts';

let world: TestWorld;
before(async () => {
  world = await startTestWorld(new Date('2026-11-02T09:00:00Z'));
});
after(async () => world.close());

const records = (childId: string, type: string) => storedRecords(world.store.db, world.a.id, childId, type);

test('police protection and an emergency protection order are recorded within the law’s limits and shown on the child’s page', async () => {
  const worker = new TestBrowser(world.app);
  await worker.signIn('a.social.worker', DEMO_PASSWORD);
  const me = world.a.staff.find((s) => s.username === 'a.social.worker')!;
  const child = world.a.journeys.find((j) => j.child.dateOfBirth && j.child.dateOfBirth > '2020-01-01' && !(j.periodsOfCare ?? []).length && !(j.policeProtections ?? []).length)!.child;
  const manager = await actorFor(world.store.db, world.a, 'a.front.door.manager');
  assert.deepEqual(await allocateChild(world.store.db, manager, { ip: '10.0.0.1', userAgent: 'test' }, { childId: child.id, workerId: me.id, reason: 'Emergency' }, world.clock.now()), { ok: true });
  const url = (type: string) => `/children/${child.id}/records/${type}`;

  const form = await worker.get(`${url('policeProtections')}/new`);
  assert.equal(form.statusCode, 200);
  assert.match(form.body, /Designated officer/);

  const tooLong = await worker.postForm(url('policeProtections'), { ...dateTimeFields('startAt', '2026-10-28T21:30'), ...dateTimeFields('endedAt', '2026-10-31T21:31'), policeReference: 'NB-2026-000111' });
  assert.equal(tooLong.statusCode, 400);
  assert.match(tooLong.body, /Police protection lasts at most 72 hours/);
  assert.equal((await records(child.id, 'policeProtections')).length, 0, 'nothing saved');

  const saved = await worker.postForm(url('policeProtections'), { ...dateTimeFields('startAt', '2026-10-28T21:30'), ...dateTimeFields('endedAt', '2026-10-29T15:00'), policeReference: 'NB-2026-000111', designatedOfficer: 'DS Priya Raman', childWentTo: 'Emergency foster placement' });
  assert.equal(saved.statusCode, 303, saved.body.slice(0, 600));

  const eightDaysAndAMinute = await worker.postForm(url('emergencyProtectionOrders'), { ...dateFields('appliedDate', '2026-10-29'), ...dateTimeFields('grantedAt', '2026-10-29T14:00'), ...dateTimeFields('expiresAt', '2026-11-06T14:01') });
  assert.equal(eightDaysAndAMinute.statusCode, 400);
  assert.match(eightDaysAndAMinute.body, /An emergency protection order lasts at most 8 days/);
  assert.equal((await records(child.id, 'emergencyProtectionOrders')).length, 0, 'nothing saved');
  const order = await worker.postForm(url('emergencyProtectionOrders'), { ...dateFields('appliedDate', '2026-10-29'), ...dateTimeFields('grantedAt', '2026-10-29T14:00'), court: 'Northbridge Family Court', ...dateTimeFields('expiresAt', '2026-11-06T14:00') });
  assert.equal(order.statusCode, 303, order.body.slice(0, 600));

  const page = await worker.get(`/children/${child.id}`);
  const section = page.body.split('Emergency protection</h2>')[1]?.split('<h2')[0] ?? '';
  assert.match(section, /Emergency protection order.*In force/s, 'the order runs until 6 November; it is 2 November');
  assert.match(section, /Police protection.*Ended/s);

  const chronology = await worker.get(`/children/${child.id}/chronology?kind=court`);
  assert.match(chronology.body, /Taken into police protection/);
  assert.match(chronology.body, /Emergency protection order made/);

  // Two workers edit the order; the second, on an old version, is refused.
  const [stored] = await records(child.id, 'emergencyProtectionOrders');
  const fields = { ...dateTimeFields('grantedAt', '2026-10-29T14:00'), ...dateTimeFields('expiresAt', '2026-11-06T14:00') };
  assert.equal((await worker.postForm(`${url('emergencyProtectionOrders')}/${stored!.record_key}`, { version: '1', ...fields, ...dateTimeFields('dischargedAt', '2026-11-02T08:00') })).statusCode, 303);
  const stale = await worker.postForm(`${url('emergencyProtectionOrders')}/${stored!.record_key}`, { version: '1', ...fields });
  assert.equal(stale.statusCode, 409);
  const after = (await worker.get(`/children/${child.id}`)).body.split('Emergency protection</h2>')[1]?.split('<h2')[0] ?? '';
  assert.match(after, /Emergency protection order.*Ended/s, 'discharged this morning');
});

// Changing a recorded supervision session over HTTP: the worker's manager corrects it (audited with the
// fields changed); a save from a stale form is refused with the other person's version shown and what
// was typed kept; bad input changes nothing; the worker and other managers cannot change it (404).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestWorld, type TestWorld } from '../test-support/app.ts';
import { TestBrowser } from '../test-support/http.ts';
import { DEMO_PASSWORD } from '../synth/generate.ts';
import { withTenant } from '../store/tenant.ts';

let world: TestWorld;
before(async () => {
  world = await startTestWorld(new Date('2026-11-02T09:00:00Z'));
});
after(async () => world.close());

const staffOf = (username: string) => world.a.staff.find((s) => s.username === username)!;
const stored = (id: string) => withTenant(world.store.db, world.a.id, (tx) => tx.selectFrom('worker_supervision').selectAll().where('id', '=', id).executeTakeFirstOrThrow());

test('a manager changes a session; a stale form is refused (409) with both versions; bad input and other people change nothing', async () => {
  const sam = staffOf('a.social.worker');
  const manager = new TestBrowser(world.app);
  await manager.signIn('a.team.manager', DEMO_PASSWORD);
  await manager.get(`/workers/${sam.id}/supervision/new`);
  const saved = await manager.postForm(`/workers/${sam.id}/supervision`, {
    'date-day': '2', 'date-month': '11', 'date-year': '2026', kind: 'supervision', reflectiveSummary: 'Talked through a hard home visit.', wellbeingDiscussed: 'yes', workloadDiscussed: 'no',
  });
  assert.equal(saved.statusCode, 303);
  const session = await withTenant(world.store.db, world.a.id, (tx) => tx.selectFrom('worker_supervision').select(['id']).where('worker_id', '=', sam.id).where('reflective_summary', '=', 'Talked through a hard home visit.').executeTakeFirstOrThrow());

  const history = await manager.get(`/workers/${sam.id}/supervision`);
  assert.match(history.body, new RegExp(`href="/workers/${sam.id}/supervision/${session.id}/edit"`));
  const form = await manager.get(`/workers/${sam.id}/supervision/${session.id}/edit`);
  assert.equal(form.statusCode, 200);
  assert.match(form.body, /Change supervision/);
  assert.match(form.body, /name="version" value="1"/);
  assert.match(form.body, /Talked through a hard home visit\./);

  const typed = { 'date-day': '2', 'date-month': '11', 'date-year': '2026', kind: 'supervision', wellbeingDiscussed: 'yes', workloadDiscussed: 'yes' };
  const bad = await manager.postForm(`/workers/${sam.id}/supervision/${session.id}`, { ...typed, 'date-day': '31', 'date-month': '2', reflectiveSummary: 'x', version: '1' });
  assert.equal(bad.statusCode, 400);
  assert.equal((await stored(session.id)).version, 1, 'bad input changes nothing');

  const changed = await manager.postForm(`/workers/${sam.id}/supervision/${session.id}`, { ...typed, reflectiveSummary: 'Talked through a hard home visit, and the week’s workload.', version: '1' });
  assert.equal(changed.statusCode, 303);
  assert.equal(changed.headers.location, `/workers/${sam.id}/supervision?saved=changed`);
  const after = await stored(session.id);
  assert.deepEqual([after.version, after.workload_discussed, after.reflective_summary], [2, true, 'Talked through a hard home visit, and the week’s workload.']);
  const audit = await withTenant(world.store.db, world.a.id, (tx) => tx.selectFrom('audit_event').select(['detail', 'actor_username']).where('record_type', '=', 'worker_supervision').where('action', '=', 'update').where('record_id', '=', session.id).execute());
  assert.deepEqual(audit.map((a) => [a.actor_username, (a.detail as { fields: string[] }).fields]), [['a.team.manager', ['reflective_summary', 'workload_discussed']]]);

  // Someone kept the form open at version 1: refused, the stored version shown, what they typed kept.
  const stale = await manager.postForm(`/workers/${sam.id}/supervision/${session.id}`, { ...typed, reflectiveSummary: 'An older thought.', version: '1' });
  assert.equal(stale.statusCode, 409);
  assert.match(stale.body, /Someone else saved this session/);
  assert.match(stale.body, /name="version" value="2"/);
  assert.match(stale.body, /and the week’s workload\./);
  assert.match(stale.body, /Your summary: An older thought\./);
  assert.equal((await stored(session.id)).version, 2, 'the stale save changed nothing');

  const worker = new TestBrowser(world.app);
  await worker.signIn('a.social.worker', DEMO_PASSWORD);
  assert.equal((await worker.get(`/workers/${sam.id}/supervision/${session.id}/edit`)).statusCode, 404);
  assert.equal((await worker.postForm(`/workers/${sam.id}/supervision/${session.id}`, { ...typed, reflectiveSummary: 'Mine now.', version: '2' })).statusCode, 404);
  assert.doesNotMatch((await worker.get(`/workers/${sam.id}/supervision`)).body, /\/edit"/, 'the worker reads their history without Change links');
  const other = new TestBrowser(world.app);
  await other.signIn('b.team.manager', DEMO_PASSWORD);
  assert.equal((await other.get(`/workers/${sam.id}/supervision/${session.id}/edit`)).statusCode, 404);
  assert.equal((await stored(session.id)).version, 2);
});

// Every route that takes a child's id answers 404 for another LA's child and for a child outside the
// actor's scope; reads of a child are audited in the same transaction, and "who has viewed this child"
// shows them to a manager.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestWorld, type TestWorld } from '../test-support/app.ts';
import { TestBrowser } from '../test-support/http.ts';
import { DEMO_PASSWORD } from '../synth/generate.ts';
import { withTenant } from '../store/tenant.ts';
import { sql } from 'kysely';
import { openChildSummary } from '../store/children/child-summary.ts';
import { actorFor } from '../test-support/fixtures.ts';

let world: TestWorld;
before(async () => {
  world = await startTestWorld();
});
after(async () => world.close());

/** Every route whose path takes a child's id, read from Fastify's own route tree. */
function childRoutes(): { method: string; path: string }[] {
  const routes: { method: string; path: string }[] = [];
  const stack: { depth: number; path: string }[] = [];
  for (const line of world.app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^([\s│├└─]*)(\S+) \(([^)]+)\)$/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length;
    while (stack.length && stack.at(-1)!.depth >= depth) stack.pop();
    const segment = match[2]!;
    const path = (stack.at(-1)?.path ?? '').replace(/\/$/, '') + (segment.startsWith('/') ? segment : `/${segment}`);
    stack.push({ depth, path });
    if (!path.includes(':childId')) continue;
    for (const method of match[3]!.split(',').map((m) => m.trim())) if (method !== 'HEAD') routes.push({ method, path });
  }
  return routes;
}

function current(la: TestWorld['a'], workerUsername: string): string[] {
  const worker = la.staff.find((s) => s.username === workerUsername)!;
  return la.allocations.filter((a) => a.endDate === null && a.workerId === worker.id).map((a) => a.childId);
}

test('the child routes are found (the tests below cover each of them)', () => {
  const paths = childRoutes().map((r) => `${r.method} ${r.path}`);
  for (const known of [
    'GET /children/:childId',
    'GET /children/:childId/viewers',
    'GET /children/:childId/chronology',
    'GET /children/:childId/records/:recordType/:recordKey',
    'POST /children/:childId/records/:recordType',
    'POST /children/:childId/contacts/:contactKey/decide',
    'GET /api/children/:childId',
    'GET /api/children/:childId/records/visits',
    'PUT /api/children/:childId/records/visits/:recordKey',
  ]) {
    assert.ok(paths.includes(known), `${known} is found among ${paths.length} child routes`);
  }
  assert.ok(paths.every((p) => /^(GET|POST|PUT) /.test(p)), 'every child route is a read (GET) or a write (POST, PUT)');
});

/** A record of each kind the in-scope child holds, to fill a route's other parameters. */
async function concreteUrl(path: string, childId: string): Promise<string> {
  const records = await withTenant(world.store.db, world.a.id, (tx) => tx.selectFrom('journey_record').select(['record_type', 'record_key']).where('child_id', '=', childId).execute());
  const keyOf = (type: string): string => records.find((r) => r.record_type === type)?.record_key ?? 'none';
  const literalType = /\/records\/([a-zA-Z0-9]+)\/:recordKey/.exec(path)?.[1];
  const recordType = literalType ?? (records.some((r) => r.record_type === 'visits') ? 'visits' : 'caseNotes');
  return path
    .replace(':childId', childId)
    .replace(':recordType', recordType)
    .replace(':recordKey', keyOf(recordType))
    .replace(':contactKey', keyOf('contacts'));
}

test('every child route answers another LA’s child, a child outside scope and a missing child alike: reads 404', async () => {
  const manager = new TestBrowser(world.app);
  await manager.signIn('a.team.manager', DEMO_PASSWORD);
  assert.ok(manager.hasSession());
  const managerStaff = world.a.staff.find((s) => s.username === 'a.team.manager')!;
  const withContact = await withTenant(world.store.db, world.a.id, (tx) =>
    tx.selectFrom('journey_record').select('child_id').where('record_type', '=', 'contacts').execute(),
  );
  const teamChildren = world.a.allocations.filter((a) => a.endDate === null && a.teamId === managerStaff.teamId).map((a) => a.childId);
  // An in-scope child with a contact and a visit, so every parameter has a real record behind it.
  const visitHolders = new Set(
    (await withTenant(world.store.db, world.a.id, (tx) => tx.selectFrom('journey_record').select('child_id').where('record_type', '=', 'visits').execute())).map((r) => r.child_id),
  );
  const inScope = teamChildren.find((id) => visitHolders.has(id) && withContact.some((c) => c.child_id === id)) ?? teamChildren[0]!;
  const outOfScope = world.a.allocations.find((a) => a.endDate === null && a.teamId !== managerStaff.teamId && !world.a.allocations.some((b) => b.childId === a.childId && b.endDate === null && b.teamId === managerStaff.teamId))!.childId;
  const otherLa = world.b.children[0]!.id;
  const missing = '00000000-0000-4000-8000-000000000000';
  // The independent return-interview service reaches a child only through an episode referred to it.
  const provider = new TestBrowser(world.app);
  await provider.signIn('a.return.interviews', DEMO_PASSWORD);
  const referred = await withTenant(world.store.db, world.a.id, (tx) =>
    tx.selectFrom('journey_record').select(['child_id', 'record_key']).where('record_type', '=', 'missingEpisodes').where(sql`data->>'interviewReferredToTeamId'`, 'is not', null).executeTakeFirstOrThrow(),
  );
  for (const route of childRoutes()) {
    if (route.method === 'GET' && route.path.startsWith('/return-interviews/')) {
      const url = `/return-interviews/${referred.child_id}/${referred.record_key}`;
      assert.equal((await provider.get(url)).statusCode, 200, `${url} referred to the service`);
      for (const [label, id] of [['another LA', otherLa], ['not referred', outOfScope], ['no such child', missing]] as const) {
        assert.equal((await provider.get(url.replace(referred.child_id, id))).statusCode, 404, `${route.path} for ${label}`);
      }
      assert.equal((await manager.get(url)).statusCode, 404, 'only the service itself opens a referred interview');
      continue;
    }
    if (route.method === 'GET') {
      const url = await concreteUrl(route.path, inScope);
      assert.equal((await manager.get(url)).statusCode, 200, `${url} in scope`);
      for (const [label, id] of [['another LA', otherLa], ['out of scope', outOfScope], ['no such child', missing]] as const) {
        const response = await manager.get(url.replace(inScope, id));
        assert.equal(response.statusCode, 404, `${route.path} for ${label}`);
        assert.doesNotMatch(response.body, new RegExp(id), 'the 404 does not echo the record');
      }
    } else {
      // Writes: whatever the answer (404, or 400/403 decided before any child is looked at), another LA's
      // child and a child out of scope get exactly the answer a child that does not exist gets.
      const url = await concreteUrl(route.path, missing);
      const send = (target: string) =>
        route.method === 'PUT' ? manager.sendJson('PUT', target, { version: 1, record: { id: 'x', date: '2026-11-01', childSeen: true } }) : route.path.startsWith('/api/') ? manager.postJson(target, {}) : manager.postForm(target, { version: '1' });
      const expected = await send(url);
      for (const [label, id] of [['another LA', otherLa], ['out of scope', outOfScope]] as const) {
        const response = await send(url.replace(missing, id));
        assert.equal(response.statusCode, expected.statusCode, `${route.method} ${route.path} for ${label} answers as for a missing child (${expected.statusCode})`);
        assert.doesNotMatch(response.body, new RegExp(id), 'the answer does not echo the record');
      }
    }
  }
});

test('a social worker sees their own children and their team’s, not another team’s', async () => {
  const worker = new TestBrowser(world.app);
  await worker.signIn('a.social.worker', DEMO_PASSWORD);
  const mine = current(world.a, 'a.social.worker');
  assert.ok(mine.length > 0, 'the demo social worker holds a caseload');
  const list = await worker.get('/api/children?view=mine');
  assert.equal(list.statusCode, 200);
  assert.deepEqual(list.json().children.map((c: { id: string }) => c.id).sort(), [...mine].sort());
  assert.equal((await worker.get(`/children/${mine[0]}`)).statusCode, 200);
  assert.equal((await worker.get('/api/children?view=all')).statusCode, 404, 'a social worker has no LA-wide list');
});

test('opening a child writes an audit row, and the manager sees it in "who has viewed this child"', async () => {
  const worker = new TestBrowser(world.app, '10.9.9.9');
  await worker.signIn('a.social.worker', DEMO_PASSWORD);
  const childId = current(world.a, 'a.social.worker')[0]!;
  const page = await worker.get(`/children/${childId}`);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Allocation history/);
  assert.doesNotMatch(page.body, /Who has viewed this child/, 'a social worker is not offered the audit trail');

  const rows = await withTenant(world.store.db, world.a.id, (tx) => tx.selectFrom('audit_event').selectAll().where('child_id', '=', childId).where('action', '=', 'read').execute());
  const row = rows.find((r) => r.actor_username === 'a.social.worker' && r.ip === '10.9.9.9');
  assert.ok(row, 'an audit row names the worker and where they were');
  assert.equal(row.user_agent, 'test-browser');
  assert.deepEqual(row.actor_roles, ['social_worker']);

  const manager = new TestBrowser(world.app);
  await manager.signIn('a.team.manager', DEMO_PASSWORD);
  const viewers = await manager.get(`/api/children/${childId}/viewers`);
  assert.equal(viewers.statusCode, 200);
  assert.ok(viewers.json().viewings.some((v: { actorUsername: string; action: string }) => v.actorUsername === 'a.social.worker' && v.action === 'read'));
  const viewersPage = await manager.get(`/children/${childId}/viewers`);
  assert.match(viewersPage.body, /Sam Social-Worker \(a\.social\.worker\)/);

  const denied = await worker.get(`/children/${childId}/viewers`);
  assert.equal(denied.statusCode, 404, 'a social worker cannot open the audit trail');
});

test('if the audit row cannot be written, the read fails and returns nothing', async () => {
  const actor = await actorFor(world.store.db, world.a, 'a.social.worker');
  const childId = current(world.a, 'a.social.worker')[0]!;
  const before = await withTenant(world.store.db, world.a.id, (tx) => tx.selectFrom('audit_event').select('id').execute());
  // A NUL character cannot be stored in PostgreSQL text, so this audit insert fails.
  await assert.rejects(openChildSummary(world.store.db, actor, { ip: '10.0.0.1\u0000', userAgent: 'x' }, childId, new Date()));
  const afterRows = await withTenant(world.store.db, world.a.id, (tx) => tx.selectFrom('audit_event').select('id').execute());
  assert.equal(afterRows.length, before.length);
});

test('lists are audited with the children they showed', async () => {
  const worker = new TestBrowser(world.app);
  await worker.signIn('a.social.worker', DEMO_PASSWORD);
  await worker.get('/children?view=team');
  const rows = await withTenant(world.store.db, world.a.id, (tx) =>
    tx.selectFrom('audit_event').select(['detail']).where('action', '=', 'list').where('actor_username', '=', 'a.social.worker').execute(),
  );
  const detail = rows.at(-1)?.detail as { view: string; childIds: string[] };
  assert.equal(detail.view, 'team');
  assert.ok(detail.childIds.length > 0);
});

test('administrators and partner referrers see no child at all', async () => {
  for (const username of ['a.admin', 'a.partner.police']) {
    const browser = new TestBrowser(world.app);
    await browser.signIn(username, DEMO_PASSWORD);
    assert.ok(browser.hasSession(), `${username} signed in`);
    assert.equal((await browser.get(`/children/${world.a.children[0]!.id}`)).statusCode, 404);
    assert.equal((await browser.get('/api/children?view=mine')).statusCode, 404);
  }
});

test('the child summary shows the clocks still running, overdue ones first, from the stored clocks', async () => {
  const director = new TestBrowser(world.app);
  await director.signIn('a.director', DEMO_PASSWORD);
  const overdue = await withTenant(world.store.db, world.a.id, (tx) =>
    tx.selectFrom('clock_instance').select(['child_id', 'clock_id', 'due_date']).where('completed', 'is', null).where('stopped_at', 'is', null).where('due_date', '<', '2026-11-02').orderBy('due_date').execute(),
  );
  assert.ok(overdue.length > 0, 'the synthetic LA has overdue clocks');
  const { child_id: childId } = overdue[0]!;
  const api = await director.get(`/api/children/${childId}`);
  const clocks = api.json().openClocks as { clockId: string; state: string; due: string }[];
  assert.ok(clocks.length > 0);
  assert.equal(clocks[0]!.state, 'overdue');
  const dues = clocks.map((c) => c.due.slice(0, 10));
  assert.deepEqual(dues, [...dues].sort(), 'soonest first');
  const page = await director.get(`/children/${childId}`);
  assert.match(page.body, /What is due/);
  assert.match(page.body, /govuk-tag--red">Overdue/);
});

test('"My children" counts each child’s overdue clocks as at today', async () => {
  const worker = new TestBrowser(world.app);
  await worker.signIn('a.social.worker', DEMO_PASSWORD);
  const mine = current(world.a, 'a.social.worker');
  const expected = await withTenant(world.store.db, world.a.id, (tx) =>
    tx.selectFrom('clock_instance').select(['child_id']).where('child_id', 'in', mine).where('completed', 'is', null).where('stopped_at', 'is', null).where('due_date', '<', '2026-11-02').execute(),
  );
  const list = await worker.get('/api/children?view=mine');
  const rows = list.json().children as { id: string; overdueClocks: number }[];
  for (const row of rows) assert.equal(row.overdueClocks, expected.filter((e) => e.child_id === row.id).length, row.id);
  const page = await worker.get('/children?view=mine');
  assert.match(page.body, /<th scope="col" class="govuk-table__header">Overdue<\/th>/);
});

// Supervision of workers, weighted caseloads and case supervision carry-over, over HTTP.
import { test, before, after } from 'node:test';
import { sql } from 'kysely';
import assert from 'node:assert/strict';
import { startTestWorld, type TestWorld } from '../test-support/app.ts';
import { TestBrowser } from '../test-support/http.ts';
import { DEMO_PASSWORD } from '../synth/generate.ts';
import { withTenant } from '../store/tenant.ts';
import { actorFor } from '../test-support/fixtures.ts';
import { loadLocalStandards } from '../store/clocks/local-standards.ts';
import { changeLocalStandards } from '../store/clocks/change-local-standards.ts';

let world: TestWorld;
before(async () => {
  world = await startTestWorld(new Date('2026-11-02T09:00:00Z'));
});
after(async () => world.close());

const staffOf = (username: string) => world.a.staff.find((s) => s.username === username)!;

test('a team manager records supervision of a worker in their team; the worker reads their own; others are answered 404', async () => {
  const sam = staffOf('a.social.worker');
  const manager = new TestBrowser(world.app);
  await manager.signIn('a.team.manager', DEMO_PASSWORD);
  const board = await manager.get('/team-board');
  assert.match(board.body, new RegExp(`href="/workers/${sam.id}/supervision"`), 'the board links to each worker’s supervision');
  const history = await manager.get(`/workers/${sam.id}/supervision`);
  assert.equal(history.statusCode, 200);
  assert.match(history.body, /Record supervision/);

  const count = async () =>
    Number((await withTenant(world.store.db, world.a.id, (tx) => tx.selectFrom('worker_supervision').select((eb) => eb.fn.countAll<number>().as('n')).where('worker_id', '=', sam.id).executeTakeFirstOrThrow())).n);
  const before = await count();
  // Bad input: a clear error summary and nothing saved.
  const bad = await manager.postForm(`/workers/${sam.id}/supervision`, { 'date-day': '30', 'date-month': '2', 'date-year': '2026', kind: 'supervision' });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /There is a problem/);
  assert.match(bad.body, /Date of the supervision must be a real date/);
  assert.match(bad.body, /Enter a summary of the reflective discussion/);
  assert.equal(await count(), before);

  const child = world.a.allocations.find((a) => a.endDate === null && a.workerId === sam.id)!.childId;
  const saved = await manager.postForm(`/workers/${sam.id}/supervision`, {
    'date-day': '2',
    'date-month': '11',
    'date-year': '2026',
    kind: 'supervision',
    reflectiveSummary: 'Reflected on a visit where the child would not talk; planned direct work with drawings.',
    wellbeingDiscussed: 'yes',
    workloadDiscussed: 'yes',
    childrenDiscussed: child,
  });
  assert.equal(saved.statusCode, 303, saved.body.slice(0, 400));
  assert.equal(await count(), before + 1);
  const shown = await manager.get(`/workers/${sam.id}/supervision?saved=yes`);
  assert.match(shown.body, /Supervision recorded/);
  assert.match(shown.body, /planned direct work with drawings/);
  assert.match(shown.body, /Last supervision<\/dt><dd class="govuk-summary-list__value">2 November 2026/);
  const audit = await withTenant(world.store.db, world.a.id, (tx) => tx.selectFrom('audit_event').select(['action', 'detail']).where('record_type', '=', 'worker_supervision').where('action', '=', 'create').execute());
  assert.equal(audit.length, 1);
  assert.deepEqual((audit[0]!.detail as { children: string[] }).children, [child]);

  // The worker reads their own history, and cannot record.
  const worker = new TestBrowser(world.app);
  await worker.signIn('a.social.worker', DEMO_PASSWORD);
  const mine = await worker.get('/my-supervision');
  assert.equal(mine.statusCode, 303);
  const own = await worker.get(mine.headers.location as string);
  assert.equal(own.statusCode, 200);
  assert.match(own.body, /My supervision/);
  assert.doesNotMatch(own.body, /Record supervision/);
  assert.equal((await worker.get(`/workers/${sam.id}/supervision/new`)).statusCode, 404);
  // Another worker's history is not theirs to read.
  const colleague = world.a.staff.find((s) => s.teamId === sam.teamId && s.id !== sam.id && s.roles.includes('social_worker'))!;
  assert.equal((await worker.get(`/workers/${colleague.id}/supervision`)).statusCode, 404);

  // The head of service and the director read; the front door's manager (another team) and another LA's manager do not.
  for (const [username, status] of [['a.head.of.service', 200], ['a.director', 200], ['a.front.door.manager', 404], ['b.team.manager', 404]] as const) {
    const someone = new TestBrowser(world.app);
    await someone.signIn(username, DEMO_PASSWORD);
    assert.equal((await someone.get(`/workers/${sam.id}/supervision`)).statusCode, status, username);
    if (status === 200) assert.doesNotMatch((await someone.get(`/workers/${sam.id}/supervision`)).body, /Record supervision/, `${username} reads only`);
  }
  const otherManager = new TestBrowser(world.app);
  await otherManager.signIn('a.front.door.manager', DEMO_PASSWORD);
  const refused = await otherManager.postForm(`/workers/${sam.id}/supervision`, { 'date-day': '2', 'date-month': '11', 'date-year': '2026', kind: 'supervision', reflectiveSummary: 'x', wellbeingDiscussed: 'no', workloadDiscussed: 'no' });
  assert.equal(refused.statusCode, 404);
  assert.equal(await count(), before + 1);
});

test('the team board shows a worker’s supervision as overdue when the last session is past its due date', async () => {
  const manager = new TestBrowser(world.app);
  await manager.signIn('a.team.manager', DEMO_PASSWORD);
  const me = staffOf('a.team.manager');
  const worker = world.a.staff.find((s) => s.teamId === me.teamId && s.roles.includes('social_worker') && !s.asye && s.username !== 'a.social.worker')!;
  // The worker's sessions stop in August: the monthly clock was due in September.
  await withTenant(world.store.db, world.a.id, async (tx) => {
    await tx.updateTable('worker_supervision').set({ session_date: '2026-08-10' }).where('worker_id', '=', worker.id).where('session_date', '>', '2026-08-10').execute();
    await tx
      .insertInto('worker_supervision')
      .values({ local_authority_id: world.a.id, id: '00000000-0000-4000-8000-000000000801', worker_id: worker.id, supervisor_id: me.id, session_date: '2026-08-10', kind: 'supervision', reflective_summary: 'Reflected on a transfer.', wellbeing_discussed: true, workload_discussed: true, created_by: me.id })
      .execute();
  });
  const board = await manager.get('/team-board');
  const row = board.body.split('<tr').find((r) => r.includes(`/workers/${worker.id}/supervision`))!;
  assert.ok(row, 'the worker has a row');
  assert.match(row, /Next due: 10 September 2026 <strong class="govuk-tag govuk-tag--red">Overdue<\/strong>/);
});

test('the team board weighs caseloads; allocating past the weighted limit needs confirming and is audited', async () => {
  const manager = new TestBrowser(world.app);
  await manager.signIn('a.team.manager', DEMO_PASSWORD);
  const sam = staffOf('a.social.worker');
  const board = await manager.get('/team-board');
  const row = board.body.split('<tr').find((r) => r.includes(`/workers/${sam.id}/supervision`))!;
  const weighted = /(\d+(?:\.\d)?) of 22/.exec(row);
  assert.ok(weighted, 'the board shows the weighted load against the default weighted limit of 22');
  assert.match(board.body, /Days since management oversight/);

  // Lower the weighted limit to the worker's load (and raise the count limit out of the way).
  const admin = await actorFor(world.store.db, world.a, 'a.admin');
  const { version } = await withTenant(world.store.db, world.a.id, (tx) => loadLocalStandards(tx));
  const load = Number(weighted![1]);
  const changed = await changeLocalStandards(world.store.db, admin, { ip: '10.0.0.1', userAgent: 'test' }, { weightedCaseloadLimit: Math.max(5, Math.floor(load)), caseloadLimit: 40 }, version, world.clock.now());
  assert.equal(changed.ok, true);
  const other = world.a.allocations.find((a) => a.endDate === null && a.teamId === sam.teamId && a.workerId !== sam.id)!.childId;
  const warned = await manager.postForm(`/children/${other}/allocation`, { workerId: sam.id, reason: 'Rebalancing' });
  assert.equal(warned.statusCode, 409);
  assert.match(warned.body, /weighted load would be [\d.]+ against a weighted limit of \d+/);
  assert.doesNotMatch(warned.body, /already holds/, 'the count limit is not breached');
  const confirmed = await manager.postForm(`/children/${other}/allocation`, { workerId: sam.id, reason: 'Rebalancing', overLimitConfirmed: 'yes' });
  assert.equal(confirmed.statusCode, 303);
  const audit = await withTenant(world.store.db, world.a.id, (tx) =>
    tx.selectFrom('audit_event').select('detail').where('record_type', '=', 'allocation').where('action', '=', 'update').where('child_id', '=', other).executeTakeFirstOrThrow(),
  );
  assert.ok((audit.detail as { overWeightedLimit?: unknown }).overWeightedLimit, 'an allocation over the weighted limit is audited as such');
});

test('case supervision: open actions are carried into the next session, marked with the supervision that agreed them', async () => {
  const manager = new TestBrowser(world.app);
  await manager.signIn('a.team.manager', DEMO_PASSWORD);
  const me = staffOf('a.team.manager');
  const childId = world.a.allocations.filter((a) => a.endDate === null && a.teamId === me.teamId).at(-1)!.childId;
  const url = `/children/${childId}/records/caseSupervisions`;
  const first = await manager.postForm(url, {
    kind: 'management_oversight',
    'date-day': '1',
    'date-month': '11',
    'date-year': '2026',
    decision: 'Step up to a child protection strategy discussion.',
    'actions-0-what': 'Convene the strategy discussion',
    'actions-0-who': 'Tara Team-Manager',
    'actions-0-by-day': '1',
    'actions-0-by-month': '11',
    'actions-0-by-year': '2026',
  });
  assert.equal(first.statusCode, 303, first.body.slice(0, 400));
  const next = await manager.get(`${url}/new`);
  assert.match(next.body, /Carried<\/strong> Action 1 was agreed at the supervision of 1 November 2026 and is still open/);
  assert.match(next.body, /name="actions-0-carried" value="2026-11-01"/);
  // The open action is overdue (due yesterday): the child's page flags it; the team board counts days since oversight.
  const page = await manager.get(`/children/${childId}`);
  assert.match(page.body, /Supervision action overdue since 1 November 2026: Convene the strategy discussion/);
  const board = await manager.get('/team-board');
  // The child's row in its worker's table (the last table on the board).
  const row = board.body.split('<tr').filter((r) => r.includes(`/children/${childId}"`)).at(-1)!;
  assert.match(row, /<td class="govuk-table__cell">1<\/td><\/tr>/, 'one day since the management oversight');
  // Saved again with the carried action done: the action keeps where it came from.
  const second = await manager.postForm(url, {
    kind: 'supervision',
    'date-day': '2',
    'date-month': '11',
    'date-year': '2026',
    decision: 'Strategy discussion held; s47 enquiry under way.',
    'actions-0-what': 'Convene the strategy discussion',
    'actions-0-who': 'Tara Team-Manager',
    'actions-0-by-day': '1',
    'actions-0-by-month': '11',
    'actions-0-by-year': '2026',
    'actions-0-done-day': '2',
    'actions-0-done-month': '11',
    'actions-0-done-year': '2026',
    'actions-0-carried': '2026-11-01',
  });
  assert.equal(second.statusCode, 303, second.body.slice(0, 400));
  const stored = await withTenant(world.store.db, world.a.id, (tx) =>
    tx.selectFrom('journey_record').select('data').where('child_id', '=', childId).where('record_type', '=', 'caseSupervisions').where(sql<boolean>`data->>'date' = '2026-11-02'`).executeTakeFirstOrThrow(),
  );
  assert.deepEqual((stored.data as { actions: unknown[] }).actions, [{ what: 'Convene the strategy discussion', owner: 'Tara Team-Manager', dueDate: '2026-11-01', doneDate: '2026-11-02', carriedFrom: '2026-11-01' }]);
});

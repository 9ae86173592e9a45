// "My work": the open clocks on my children, overdue first, each with a link that records it; the
// link's form saves and the clock leaves the list.
import { test, before, after } from 'node:test';
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

test('a social worker sees every open clock on their children, overdue first, and records a visit from it', async () => {
  const worker = new TestBrowser(world.app);
  await worker.signIn('a.social.worker', DEMO_PASSWORD);
  const me = world.a.staff.find((s) => s.username === 'a.social.worker')!;
  const page = await worker.get('/my-work');
  assert.equal(page.statusCode, 200);
  const open = await withTenant(world.store.db, world.a.id, (tx) =>
    tx
      .selectFrom('clock_instance as k')
      .innerJoin('allocation as a', (j) => j.onRef('a.child_id', '=', 'k.child_id').on('a.end_date', 'is', null))
      .select(['k.child_id', 'k.clock_id', 'k.due_date', 'k.record_id'])
      .where('a.worker_id', '=', me.id)
      .where('k.completed', 'is', null)
      .where('k.stopped_at', 'is', null)
      .execute(),
  );
  assert.ok(open.length > 0, 'the demo worker has open clocks');
  const rows = page.body.split('<tbody')[1]!.split('</tbody>')[0]!.split('<tr').slice(1);
  assert.equal(rows.length, open.length, 'every open clock is listed once');
  // Overdue first: no overdue row after a row that is not overdue.
  const states = rows.map((r) => (/Overdue/.test(r) ? 0 : /Due soon/.test(r) ? 1 : 2));
  for (let i = 1; i < states.length; i++) assert.ok(states[i - 1]! <= states[i]!, 'overdue, then due soon, then upcoming');

  // Record the first visit due from its link; that clock instance is then met.
  const visitRow = rows.find((r) => /Record a visit/.test(r) && /Overdue/.test(r));
  assert.ok(visitRow, 'a visit is overdue on one of the worker’s children (the synthetic LA has stalled cases)');
  const href = /href="(\/children\/([0-9a-f-]{36})\/records\/visits\/new)"/.exec(visitRow!)!;
  const childId = href[2]!;
  assert.equal((await worker.get(href[1]!)).statusCode, 200);
  const saved = await worker.postForm(`/children/${childId}/records/visits`, { 'date-day': '2', 'date-month': '11', 'date-year': '2026', childSeen: 'yes', visitType: 'statutory' });
  assert.equal(saved.statusCode, 303, saved.body.slice(0, 500));
  const after = await worker.get('/my-work');
  const afterRows = after.body.split('<tbody')[1]!.split('</tbody>')[0]!.split('<tr').slice(1);
  const overdueVisitsBefore = rows.filter((r) => r.includes(childId) && /Record a visit/.test(r) && /Overdue/.test(r)).length;
  const overdueVisitsAfter = afterRows.filter((r) => r.includes(childId) && /Record a visit/.test(r) && /Overdue/.test(r)).length;
  assert.ok(overdueVisitsAfter < overdueVisitsBefore, `the overdue visit is met by the new visit (${overdueVisitsBefore} → ${overdueVisitsAfter})`);
});

test('My work is for people who hold a caseload', async () => {
  const director = new TestBrowser(world.app);
  await director.signIn('a.director', DEMO_PASSWORD);
  assert.equal((await director.get('/my-work')).statusCode, 404);
});

test('the team board shows each worker’s caseload against the limit; allocating over the limit needs confirming', async () => {
  const manager = new TestBrowser(world.app);
  await manager.signIn('a.team.manager', DEMO_PASSWORD);
  const board = await manager.get('/team-board');
  assert.equal(board.statusCode, 200);
  const worker = world.a.staff.find((s) => s.username === 'a.social.worker')!;
  const held = await withTenant(world.store.db, world.a.id, (tx) =>
    tx.selectFrom('allocation').select((eb) => eb.fn.countAll<number>().as('n')).where('worker_id', '=', worker.id).where('end_date', 'is', null).executeTakeFirstOrThrow(),
  );
  const caseload = Number(held.n);
  assert.match(board.body, new RegExp(`Sam Social-Worker[^<]*</span>(?:<[^>]+>)*${caseload} of 18`), `the board shows ${caseload} of 18`);

  // The administrator lowers the caseload limit to the worker's caseload (the local standard).
  const admin = await actorFor(world.store.db, world.a, 'a.admin');
  const { version } = await withTenant(world.store.db, world.a.id, (tx) => loadLocalStandards(tx));
  const changed = await changeLocalStandards(world.store.db, admin, { ip: '10.0.0.1', userAgent: 'test' }, { caseloadLimit: Math.max(5, caseload) }, version, world.clock.now());
  assert.equal(changed.ok, true);

  // A child of another worker in the team, allocated to the social worker: the manager is asked to confirm.
  const other = world.a.allocations.find((a) => a.endDate === null && a.teamId === worker.teamId && a.workerId !== worker.id)!.childId;
  const warned = await manager.postForm(`/children/${other}/allocation`, { workerId: worker.id, reason: 'Rebalancing' });
  assert.equal(warned.statusCode, 409);
  assert.match(warned.body, /already holds \d+ children; the limit is \d+/);
  const confirmed = await manager.postForm(`/children/${other}/allocation`, { workerId: worker.id, reason: 'Rebalancing', overLimitConfirmed: 'yes' });
  assert.equal(confirmed.statusCode, 303);
  const audit = await withTenant(world.store.db, world.a.id, (tx) =>
    tx.selectFrom('audit_event').select('detail').where('record_type', '=', 'allocation').where('action', '=', 'update').where('child_id', '=', other).executeTakeFirstOrThrow(),
  );
  assert.ok((audit.detail as { overLimit?: unknown }).overLimit, 'an allocation over the limit is audited as such');
});

test('case supervision records a decision and actions; open actions carry into the next; an overdue one is flagged', async () => {
  const manager = new TestBrowser(world.app);
  await manager.signIn('a.team.manager', DEMO_PASSWORD);
  const managerStaff = world.a.staff.find((s) => s.username === 'a.team.manager')!;
  const childId = world.a.allocations.find((a) => a.endDate === null && a.teamId === managerStaff.teamId)!.childId;
  const url = `/children/${childId}/records/caseSupervisions`;
  const noDecision = await manager.postForm(url, { kind: 'supervision', 'date-day': '2', 'date-month': '11', 'date-year': '2026' });
  assert.equal(noDecision.statusCode, 400);
  assert.match(noDecision.body, /Enter decision/);
  const saved = await manager.postForm(url, {
    kind: 'supervision',
    'date-day': '2',
    'date-month': '11',
    'date-year': '2026',
    decision: 'Continue the child in need plan; hold a family group conference.',
    rationale: 'Attendance improving; grandmother offers support.',
    'actions-0-what': 'Book the family group conference',
    'actions-0-who': 'Sam Social-Worker',
    'actions-0-by-day': '6',
    'actions-0-by-month': '11',
    'actions-0-by-year': '2026',
    'actions-1-what': 'Speak to the school nurse',
    'actions-1-who': 'Sam Social-Worker',
    'actions-1-by-day': '3',
    'actions-1-by-month': '11',
    'actions-1-by-year': '2026',
    'actions-1-done-day': '2',
    'actions-1-done-month': '11',
    'actions-1-done-year': '2026',
  });
  assert.equal(saved.statusCode, 303, saved.body.slice(0, 600));
  const page = await manager.get(`/children/${childId}`);
  assert.match(page.body, /Last management oversight: 2 November 2026 \(today\)/);
  // The next supervision form starts with the open action carried, and not the done one.
  const next = await manager.get(`${url}/new`);
  assert.match(next.body, /Book the family group conference/);
  assert.doesNotMatch(next.body, /Speak to the school nurse/);
  // A week later the open action is overdue: the child's page says so.
  world.clock.advanceMinutes(7 * 24 * 60);
  const later = new TestBrowser(world.app);
  await later.signIn('a.team.manager', DEMO_PASSWORD);
  const after = await later.get(`/children/${childId}`);
  assert.match(after.body, /Supervision action overdue since 6 November 2026: Book the family group conference \(Sam Social-Worker\)/);
  assert.match(after.body, /Last management oversight: 2 November 2026 \(7 days ago\)/);
});

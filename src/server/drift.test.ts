// Drift (issue 7): a team manager sees their team's children longest without progress first, with the
// drifting child flagged; a visit recorded moves the child off the top at once (the stored summary is
// kept current by the write); another team's manager and another LA's staff cannot see it (404); a head
// of service sees the teams of their service area with counts and drills down; every list is audited.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestWorld, type TestWorld } from '../test-support/app.ts';
import { TestBrowser } from '../test-support/http.ts';
import { DEMO_PASSWORD } from '../synth/generate.ts';
import { withTenant } from '../store/tenant.ts';
import { actorFor } from '../test-support/fixtures.ts';
import { loadLocalStandards } from '../store/clocks/local-standards.ts';
import { changeLocalStandards } from '../store/clocks/change-local-standards.ts';
import { rebuildClocks } from '../store/clocks/rebuild-clocks.ts';
import { loadJourneys } from '../store/journeys/journey-records.ts';
import { childDrift } from '../practice/oversight/drift.ts';

let world: TestWorld;
before(async () => {
  world = await startTestWorld(new Date('2026-11-02T09:00:00Z'));
});
after(async () => world.close());

const rowsOf = (body: string) => body.split('<tbody')[1]?.split('</tbody>')[0]?.split('<tr').slice(1) ?? [];

/** The demo social worker's child with the oldest stored progress, as the drift list should show it. */
async function stalledChild() {
  const worker = world.a.staff.find((s) => s.username === 'a.social.worker')!;
  const rows = await withTenant(world.store.db, world.a.id, (tx) =>
    tx
      .selectFrom('child_drift as d')
      .innerJoin('allocation as a', (j) => j.onRef('a.child_id', '=', 'd.child_id').on('a.end_date', 'is', null))
      .select(['d.child_id', 'd.last_progress_date', 'd.team_id', 'a.team_id as allocated_team'])
      .where('a.worker_id', '=', worker.id)
      .orderBy('d.last_progress_date')
      .execute(),
  );
  return { worker, rows };
}

test('the stored drift summary holds one row per child, with the team that holds the case', async () => {
  const counts = await withTenant(world.store.db, world.a.id, async (tx) => ({
    children: Number((await tx.selectFrom('child').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n),
    drift: Number((await tx.selectFrom('child_drift').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n),
  }));
  assert.equal(counts.drift, counts.children, 'the synthetic loader stores a summary for every child');
  const { rows } = await stalledChild();
  assert.ok(rows.length > 0);
  for (const r of rows) assert.equal(r.team_id, r.allocated_team);
});

test('a team manager sees the drifting child first; a visit recorded takes it off the top; the list is audited', async () => {
  const { rows } = await stalledChild();
  const today = '2026-11-02';
  const stalled = rows.find((r) => r.last_progress_date !== null && r.last_progress_date < '2026-10-20');
  assert.ok(stalled, 'the synthetic LA has a child of the demo worker with no progress for more than 2 weeks');
  const manager = new TestBrowser(world.app);
  await manager.signIn('a.team.manager', DEMO_PASSWORD);
  // Under the default standard (30 days) the child is not yet drifting; the LA sets 14 days and it is.
  const before = rowsOf((await manager.get('/drift')).body).find((r) => r.includes(stalled!.child_id))!;
  assert.equal(/Drifting/.test(before), stalled!.last_progress_date! < '2026-10-03');
  const admin = await actorFor(world.store.db, world.a, 'a.admin');
  const { version } = await withTenant(world.store.db, world.a.id, (tx) => loadLocalStandards(tx));
  assert.equal((await changeLocalStandards(world.store.db, admin, { ip: '10.0.0.1', userAgent: 'test' }, { driftDays: 14 }, version, world.clock.now())).ok, true);
  const page = await manager.get('/drift');
  assert.equal(page.statusCode, 200);
  const listed = rowsOf(page.body);
  const row = listed.find((r) => r.includes(stalled!.child_id));
  assert.ok(row, 'the drifting child is on the team list');
  const days = Math.round((Date.parse(today) - Date.parse(stalled!.last_progress_date!)) / 86_400_000);
  assert.match(row!, new RegExp(`${days} days`));
  assert.match(row!, /Drifting/);
  // Longest without progress first: the days column never increases down the list ("No progress" first).
  const daysCell = (r: string) => [...r.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => m[1]!)[3]!;
  const daysDown = listed.map((r) => (/No progress recorded/.test(r) ? Infinity : /today/.test(daysCell(r)) ? 0 : Number(/(\d+) days?/.exec(daysCell(r))![1])));
  assert.equal(daysDown[listed.indexOf(row!)], days);
  for (let i = 1; i < daysDown.length; i++) assert.ok(daysDown[i - 1]! >= daysDown[i]!, 'ordered by days since progress');
  const audit = await withTenant(world.store.db, world.a.id, (tx) =>
    tx.selectFrom('audit_event').select('detail').where('record_type', '=', 'drift').where('action', '=', 'list').orderBy('occurred_at', 'desc').executeTakeFirstOrThrow(),
  );
  assert.ok((audit.detail as { children: string[] }).children.includes(stalled!.child_id), 'the audit names the children listed');

  // The social worker sees the child among their own drifting children on My work.
  const worker = new TestBrowser(world.app);
  await worker.signIn('a.social.worker', DEMO_PASSWORD);
  const myWork = await worker.get('/my-work');
  const myDriftTable = myWork.body.slice(myWork.body.indexOf('My children without meaningful progress for more than 14 days'));
  assert.ok(myDriftTable.includes(stalled!.child_id), 'My work lists the worker’s drifting child');
  // The social worker records a visit with the child seen: the stored summary moves with the write.
  await worker.get(`/children/${stalled!.child_id}/records/visits/new`);
  const saved = await worker.postForm(`/children/${stalled!.child_id}/records/visits`, { 'date-day': '2', 'date-month': '11', 'date-year': '2026', childSeen: 'yes', visitType: 'statutory' });
  assert.equal(saved.statusCode, 303, saved.body.slice(0, 500));
  const afterVisit = rowsOf((await manager.get('/drift')).body).find((r) => r.includes(stalled!.child_id))!;
  assert.match(afterVisit, /Visit, child seen, 2 November 2026/);
  assert.doesNotMatch(afterVisit, /Drifting/);
  const myWorkAfter = await worker.get('/my-work');
  const idx = myWorkAfter.body.indexOf('My children without meaningful progress');
  assert.ok(idx === -1 || !myWorkAfter.body.slice(idx).includes(stalled!.child_id), 'the child leaves the worker’s drift list');
  const child = await worker.get(`/children/${stalled!.child_id}`);
  assert.match(child.body, /Drift: last meaningful progress 2 November 2026 \(today\): Visit, child seen\./);
});

test('another team’s manager, another LA’s manager and a social worker cannot see the team’s drift', async () => {
  const { rows } = await stalledChild();
  const teamId = rows[0]!.team_id!;
  const childId = rows[0]!.child_id;
  const frontDoor = new TestBrowser(world.app);
  await frontDoor.signIn('a.front.door.manager', DEMO_PASSWORD);
  const own = await frontDoor.get('/drift');
  assert.equal(own.statusCode, 200);
  assert.ok(!own.body.includes(childId), 'another team’s list does not hold the child');
  assert.equal((await frontDoor.get(`/drift?team=${teamId}`)).statusCode, 404);
  const otherLa = new TestBrowser(world.app);
  await otherLa.signIn('b.director', DEMO_PASSWORD);
  assert.equal((await otherLa.get(`/drift?team=${teamId}`)).statusCode, 404);
  assert.ok(!(await otherLa.get('/drift')).body.includes(teamId));
  const worker = new TestBrowser(world.app);
  await worker.signIn('a.social.worker', DEMO_PASSWORD);
  assert.equal((await worker.get('/drift')).statusCode, 404);
});

test('a head of service sees their service area’s teams with counts and drills down to a team', async () => {
  const { rows } = await stalledChild();
  const teamId = rows[0]!.team_id!;
  const head = new TestBrowser(world.app);
  await head.signIn('a.head.of.service', DEMO_PASSWORD);
  const service = await head.get('/drift');
  assert.equal(service.statusCode, 200);
  assert.match(service.body, /Drift by team/);
  const teamRow = service.body.split('<tr').find((r) => r.includes(`/drift?team=${teamId}`));
  assert.ok(teamRow, 'the demo worker’s team is listed');
  const allocated = await withTenant(world.store.db, world.a.id, (tx) =>
    tx.selectFrom('allocation').select((eb) => eb.fn.countAll<number>().as('n')).where('team_id', '=', teamId).where('end_date', 'is', null).executeTakeFirstOrThrow(),
  );
  assert.match(teamRow!, new RegExp(`>${Number(allocated.n)}<`), 'the team’s count of children');
  const drill = await head.get(`/drift?team=${teamId}`);
  assert.equal(drill.statusCode, 200);
  assert.equal(rowsOf(drill.body).length, Number(allocated.n));
  // A team outside the head of service's area (the front door) is not theirs to open.
  const frontDoorTeam = world.a.teams.find((t) => t.serviceArea === 'front_door')!;
  assert.equal((await head.get(`/drift?team=${frontDoorTeam.id}`)).statusCode, 404);
  // The director sees every service area.
  const director = new TestBrowser(world.app);
  await director.signIn('a.director', DEMO_PASSWORD);
  const all = await director.get('/drift');
  assert.ok(all.body.includes(`/drift?team=${frontDoorTeam.id}`) || !world.a.allocations.some((a) => a.endDate === null && a.teamId === frontDoorTeam.id));
  assert.ok(all.body.includes(`/drift?team=${teamId}`));
});

test('`lantern clocks rebuild` restores every child’s drift summary, equal to a fresh computation', async () => {
  const ids = await withTenant(world.store.db, world.a.id, async (tx) => {
    const children = await tx.selectFrom('child').select('id').orderBy('id').execute();
    await tx.deleteFrom('child_drift').execute();
    return children.map((c) => c.id);
  });
  await rebuildClocks(world.store.db, world.clock.now(), world.a.id);
  const { stored, journeys } = await withTenant(world.store.db, world.a.id, async (tx) => ({
    stored: await tx.selectFrom('child_drift').selectAll().orderBy('child_id').execute(),
    journeys: await loadJourneys(tx, ids),
  }));
  assert.equal(stored.length, ids.length);
  const byId = new Map(stored.map((r) => [r.child_id, r]));
  for (const journey of journeys) {
    const fresh = childDrift(journey, '2026-11-02');
    const row = byId.get(journey.child.id)!;
    assert.equal(row.last_progress_date, fresh.lastProgress?.date ?? null);
    assert.equal(row.last_progress_kind, fresh.lastProgress?.kind ?? null);
    assert.equal(row.carried_actions, fresh.carriedActions.length);
  }
});

// "My work": the open clocks on my children, overdue first, each with a link that records it; the
// link's form saves and the clock leaves the list.
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

// In a real browser: a team manager sees a child with an overdue visit on the team board, reallocates
// the child to another worker, records case supervision with an action, and records supervision of a
// worker. axe-core on every page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessible, as as asUser, browserWorld, fillDate } from './harness.ts';
import { withTenant } from '../src/store/tenant.ts';
import { englandDateOf } from '../src/practice/clocks/instant.ts';

const harness = browserWorld();

test('a team manager acts on the board: reallocates a child with an overdue visit, records case and worker supervision', async () => {
  const { world } = harness;
  const today = englandDateOf(world.clock.now());
  const manager = world.a.staff.find((s) => s.username === 'a.team.manager')!;
  // A child of the manager's team whose visit is overdue (the synthetic LA has stalled cases).
  const overdue = await withTenant(world.store.db, world.a.id, (tx) =>
    tx
      .selectFrom('clock_instance as k')
      .innerJoin('allocation as a', (j) => j.onRef('a.child_id', '=', 'k.child_id').on('a.end_date', 'is', null))
      .select(['k.child_id', 'a.worker_id'])
      .where('a.team_id', '=', manager.teamId)
      .where('k.clock_id', 'like', '%visits%')
      .where('k.completed', 'is', null)
      .where('k.stopped_at', 'is', null)
      .where('k.due_date', '<', today)
      .orderBy('k.child_id')
      .executeTakeFirstOrThrow(),
  );
  const child = world.a.children.find((c) => c.id === overdue.child_id)!;
  const childName = `${child.givenName} ${child.familyName}`;

  const page = await asUser(harness, 'a.team.manager');
  await page.getByRole('link', { name: 'Team board', exact: true }).click();
  await page.waitForURL(/\/team-board$/);
  await accessible(page, 'team board');
  const row = page.locator('tr', { has: page.getByRole('link', { name: childName, exact: true }) }).last();
  assert.match((await row.textContent()) ?? '', /\d/, 'the child is on the board');
  const overdueCell = await row.locator('.govuk-tag--red').first().textContent();
  assert.ok(Number(overdueCell) >= 1, `the child shows an overdue clock on the board (${overdueCell})`);

  // Reallocate to another worker in the team.
  await row.getByRole('link', { name: childName, exact: true }).click();
  await page.waitForURL(new RegExp(`/children/${child.id}$`));
  await page.getByRole('link', { name: 'Allocate a worker' }).click();
  await accessible(page, 'allocation page');
  const other = world.a.staff.find((s) => s.teamId === manager.teamId && s.roles.includes('social_worker') && s.id !== overdue.worker_id)!;
  await page.getByLabel('Worker (current caseload in brackets)').selectOption(other.id);
  await page.getByLabel('Reason for the change (shown in the allocation history)').fill('Visits have slipped: rebalancing');
  await page.getByRole('button', { name: 'Allocate' }).click();
  await page.waitForLoadState();
  if (/\/allocation$/.test(page.url())) {
    // Over a caseload threshold: the page says which, and the manager confirms.
    await accessible(page, 'allocation over the limit');
    await page.getByLabel('Allocate anyway: I have agreed this with the worker').check();
    await page.getByRole('button', { name: 'Allocate' }).click();
  }
  await page.waitForURL(/saved=allocation/);
  const current = await withTenant(world.store.db, world.a.id, (tx) => tx.selectFrom('allocation').select('worker_id').where('child_id', '=', child.id).where('end_date', 'is', null).executeTakeFirstOrThrow());
  assert.equal(current.worker_id, other.id);

  // Case supervision with an action.
  await page.locator('summary', { hasText: 'Record something' }).click();
  await page.getByRole('link', { name: 'Add a case supervision', exact: true }).click();
  await accessible(page, 'case supervision form');
  await page.getByLabel('Supervision of the case').check();
  await fillDate(page, 'date', today);
  await page.getByLabel('Decision', { exact: true }).fill('Reallocated to a worker with capacity; visit this week.');
  await page.getByLabel('Why').fill('Visits had slipped past the timescale.');
  const actionRows = page.locator('.lantern-repeat');
  const free = (await actionRows.count()) - 1;
  await page.locator(`#actions-${free}-what`).fill('Visit and see the child alone');
  await page.locator(`#actions-${free}-who`).fill(other.displayName);
  await fillDate(page, `actions-${free}-by`, today);
  await page.getByRole('button', { name: 'Save case supervision' }).click();
  await page.waitForURL(/saved=caseSupervisions/);
  assert.match((await page.locator('main').textContent()) ?? '', /Last management oversight: .*\(today\)/);

  // Supervision of the worker, from the team board.
  await page.getByRole('link', { name: 'Team board', exact: true }).click();
  await page.getByRole('link', { name: `Supervision of ${other.displayName}` }).click();
  await accessible(page, 'worker supervision history');
  await page.getByRole('button', { name: 'Record supervision' }).click();
  await accessible(page, 'record supervision form');
  await page.getByRole('button', { name: 'Save supervision' }).click();
  assert.match((await page.locator('.govuk-error-summary').textContent()) ?? '', /Enter the date of the supervision/);
  await accessible(page, 'record supervision form with errors');
  await fillDate(page, 'date', today);
  await page.getByLabel('Supervision', { exact: true }).check();
  await page.getByLabel('Summary of the reflective discussion').fill('Talked through how the child’s visits slipped and how to keep them in view.');
  await page.getByRole('group', { name: 'Was the worker’s wellbeing discussed?' }).getByLabel('Yes').check();
  await page.getByRole('group', { name: 'Was the worker’s workload discussed?' }).getByLabel('Yes').check();
  await page.getByLabel(childName).check();
  await page.getByRole('button', { name: 'Save supervision' }).click();
  await page.waitForURL(/saved=yes/);
  await accessible(page, 'worker supervision saved');
  const stored = await withTenant(world.store.db, world.a.id, (tx) => tx.selectFrom('worker_supervision').select(['children_discussed', 'supervisor_id']).where('worker_id', '=', other.id).where('session_date', '=', today).executeTakeFirstOrThrow());
  assert.deepEqual(stored.children_discussed, [child.id]);
  assert.equal(stored.supervisor_id, manager.id);
});

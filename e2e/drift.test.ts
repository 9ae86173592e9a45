// In a real browser: a director opens Drift by team, drills down to a team and on to the child who has
// gone longest without progress, whose page says so; a team manager's Drift is their own team's list.
// axe-core on each drift page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessible, as, browserWorld } from './harness.ts';

const harness = browserWorld(new Date('2026-11-20T10:00:00Z'));

test('a director drills from drift by team to a team’s list and to the child at the top of it', async () => {
  const manager = harness.world.a.staff.find((s) => s.username === 'a.team.manager')!;
  const team = harness.world.a.teams.find((t) => t.id === manager.teamId)!;
  const director = await as(harness, 'a.director');
  await director.getByRole('link', { name: 'Drift', exact: true }).click();
  await director.waitForURL(/\/drift$/);
  assert.equal(await director.getByRole('heading', { level: 1 }).textContent(), 'Drift by team');
  await accessible(director, 'drift by team');
  await director.getByRole('link', { name: team.name, exact: true }).click();
  await director.waitForURL(/\/drift\?team=/);
  await accessible(director, 'a team’s drift list');
  // Eighteen days on from the synthetic load, the team has children past the 30-day standard.
  const first = director.locator('table.govuk-table tbody tr').first();
  assert.match((await first.textContent()) ?? '', /Drifting/);
  await first.getByRole('link').click();
  await director.waitForURL(/\/children\/[0-9a-f-]{36}$/);
  assert.match((await director.locator('main').textContent()) ?? '', /Drift: (last meaningful progress .* days ago\)|no meaningful progress recorded)/);

  const own = await as(harness, 'a.team.manager');
  await own.goto(`${harness.base}/drift`);
  assert.equal(await own.locator('.govuk-caption-l').textContent(), team.name);
  await accessible(own, 'the team manager’s drift list');
});

// In a real browser: the director opens the service dashboard, picks a date, and drills from a figure to
// a service area, a team, a worker and the child behind it. axe-core on every view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { accessible, as as asUser, browserWorld, fillDate } from './harness.ts';

const harness = browserWorld();
const as = (username: string): Promise<Page> => asUser(harness, username);

test('the director drills from a dashboard figure to the child behind it', async () => {
  const director = await as('a.director');
  await director.getByRole('link', { name: 'Service dashboard', exact: true }).click();
  await director.waitForURL(/\/dashboard$/);
  assert.equal(await director.getByRole('heading', { level: 1 }).textContent(), 'Service dashboard');
  await accessible(director, 'service dashboard');

  // A date picked in the date boxes.
  const today = new Date(harness.world.clock.now());
  const lastYear = String(today.getUTCFullYear() - 1);
  await fillDate(director, 'asAt', `${lastYear}-12-31`);
  await director.getByRole('button', { name: 'Show measures' }).click();
  await director.waitForURL(/asAt-year=/);
  assert.match((await director.locator('main p.govuk-body').first().textContent()) ?? '', new RegExp(`As at 31 Dec ${lastYear}`));
  // Each chart is an image with a name; the table beside it holds the same figures.
  const chart = director.getByRole('img', { name: /Children per allocated worker: the 12 months to/ });
  assert.equal(await chart.count(), 1);

  // The figure → service areas → a team → a worker → the children.
  await director.getByRole('link', { name: /Children per allocated worker, see it by service area/ }).click();
  await director.waitForURL(/measure=caseload-per-worker/);
  await accessible(director, 'dashboard by service area');
  const drill = director.locator('#drill');
  assert.match((await drill.getByRole('heading', { level: 2 }).textContent()) ?? '', /by service area/);
  await drill.getByRole('link', { name: 'Child protection and children in need', exact: true }).click();
  await director.waitForURL(/area=child_protection_and_children_in_need/);
  assert.match((await drill.getByRole('heading', { level: 2 }).textContent()) ?? '', /by team/);
  await accessible(director, 'dashboard by team');
  await drill.getByRole('table').getByRole('link').first().click();
  await director.waitForURL(/team=/);
  assert.match((await drill.getByRole('heading', { level: 2 }).textContent()) ?? '', /by worker/);
  await accessible(director, 'dashboard by worker');
  await drill.getByRole('table').getByRole('link').first().click();
  await director.waitForURL(/worker=/);
  assert.match((await drill.getByRole('heading', { level: 2 }).textContent()) ?? '', /by child/);
  await accessible(director, 'dashboard children');
  const child = drill.getByRole('table').getByRole('link').first();
  const name = (await child.textContent())!;
  await child.click();
  await director.waitForURL(/\/children\/[0-9a-f-]{36}$/);
  assert.match((await director.getByRole('heading', { level: 1 }).textContent()) ?? '', new RegExp(name.split(' ')[0]!));
});

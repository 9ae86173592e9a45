// In a real browser, the looked-after path the issue names: a child comes into care and is placed, has a
// first review within 20 working days, is visited, has a permanence plan by the second review, and an
// adoption path to a match; the clocks are checked on screen and axe-core runs on every new form.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { accessible, as as asUser, browserWorld, fillDate } from './harness.ts';
import { actorFor } from '../src/test-support/fixtures.ts';
import { allocateChild } from '../src/store/children/allocate-child.ts';
import { englandDateOf } from '../src/practice/clocks/instant.ts';
import { fromDayNumber, toDayNumber } from '../src/practice/calendar/day-number.ts';

const harness = browserWorld();
const as = (username: string): Promise<Page> => asUser(harness, username);

async function add(page: Page, childUrl: string, linkText: string): Promise<void> {
  await page.goto(childUrl);
  await page.locator('summary', { hasText: 'Record something' }).click();
  await page.getByRole('link', { name: linkText, exact: true }).click();
  await page.waitForURL(/\/records\/[a-zA-Z0-9]+\/new$/);
}

async function dueOnScreen(page: Page, childUrl: string): Promise<string[]> {
  await page.goto(childUrl);
  return page.locator('table.govuk-table').first().locator('tbody th').allTextContents();
}

test('a child comes into care, is placed, reviewed, visited, has a permanence plan and an adoption match', async () => {
  const today = toDayNumber(englandDateOf(harness.world.clock.now()));
  const day = (offset: number): string => fromDayNumber(today + offset);
  const entered = day(-120);
  const me = harness.world.a.staff.find((s) => s.username === 'a.social.worker')!;
  const child = harness.world.a.journeys.find((j) => j.child.dateOfBirth && j.child.dateOfBirth > '2024-01-01' && !(j.periodsOfCare ?? []).length && !(j.cpPlans ?? []).some((p) => !p.endDate))!.child;
  const manager = await actorFor(harness.world.store.db, harness.world.a, 'a.front.door.manager');
  assert.deepEqual(await allocateChild(harness.world.store.db, manager, { ip: '127.0.0.1', userAgent: 'e2e' }, { childId: child.id, workerId: me.id, reason: 'Coming into care' }, harness.world.clock.now()), { ok: true });
  const childUrl = `${harness.base}/children/${child.id}`;

  const worker = await as('a.social.worker');
  await add(worker, childUrl, 'Add a period of care');
  await accessible(worker, 'period of care form');
  await fillDate(worker, 'startDate', entered);
  await worker.getByLabel('Category of need').selectOption('N1');
  await fillDate(worker, 'carePlanDate', entered);
  await worker.getByRole('button', { name: 'Save period of care' }).click();
  await worker.waitForURL(/saved=periodsOfCare/);

  await add(worker, childUrl, 'Add a legal status');
  await accessible(worker, 'legal status form');
  await worker.getByLabel('Legal status').selectOption('C1');
  await fillDate(worker, 'startDate', entered);
  await worker.getByRole('button', { name: 'Save legal status' }).click();
  await worker.waitForURL(/saved=legalStatuses/);

  await add(worker, childUrl, 'Add a placement');
  await accessible(worker, 'placement form');
  await worker.getByLabel('Period of care').selectOption({ index: 1 });
  await fillDate(worker, 'startDate', entered);
  await worker.getByLabel('Type of placement').selectOption('U6');
  await worker.getByLabel('Someone else').check();
  await worker.getByLabel('Placement provider').selectOption('PR1');
  await worker.getByRole('group', { name: 'Is the home registered with Ofsted where it must be?' }).getByLabel('Yes').check();
  await worker.getByLabel('Postcode where the child lives').fill('NB1 2AB');
  await fillDate(worker, 'placementPlanDate', entered);
  await worker.getByRole('button', { name: 'Save placement' }).click();
  await worker.waitForURL(/saved=placements/);
  const placedClocks = await dueOnScreen(worker, childUrl);
  assert.ok(placedClocks.some((t) => /first looked.after review|first review/i.test(t)), `the first review clock is on screen: ${placedClocks}`);

  // The IRO chairs the first review within 20 working days, and the second three months later.
  const iro = await as('a.iro');
  await add(iro, childUrl, 'Add a looked-after review');
  await accessible(iro, 'review form');
  await fillDate(iro, 'date', day(-110));
  await iro.getByLabel('Independent reviewing officer who chaired it').fill('Imogen IRO');
  await iro.getByLabel('How the child took part').selectOption('PN0');
  await iro.getByRole('button', { name: 'Save looked-after review' }).click();
  await iro.waitForURL(/saved=claReviews/);
  assert.ok(!(await dueOnScreen(iro, childUrl)).some((t) => /first looked.after review|first review/i.test(t)), 'the first review clock is met');

  await add(worker, childUrl, 'Add a visit');
  await fillDate(worker, 'date', day(-115));
  await worker.getByRole('group', { name: 'Was the child seen?' }).getByLabel('Yes').check();
  await worker.getByRole('button', { name: 'Save visit' }).click();
  await worker.waitForURL(/saved=visits/);

  await add(iro, childUrl, 'Add a looked-after review');
  await fillDate(iro, 'date', day(-30));
  await iro.getByLabel('How the child took part').selectOption('PN0');
  await iro.getByLabel('The IRO’s recommendations').fill('Permanence plan: adoption. Family finding to start.');
  await iro.getByRole('button', { name: 'Save looked-after review' }).click();
  await iro.waitForURL(/saved=claReviews/);

  // The permanence plan is recorded on the period of care, by the second review.
  await worker.goto(`${childUrl}/chronology`);
  await worker.getByRole('link', { name: /Change.*(looked after|period of care)/i }).first().click();
  await worker.waitForURL(/\/records\/periodsOfCare\//);
  await fillDate(worker, 'permanencePlanDate', day(-30));
  await worker.getByRole('button', { name: 'Save period of care' }).click();
  await worker.waitForURL(/saved=periodsOfCare/);
  assert.ok(!(await dueOnScreen(worker, childUrl)).some((t) => /permanence/i.test(t)), 'no permanence plan clock is left running');

  // Adoption: agency decision, placement order, match.
  await add(worker, childUrl, 'Add an adoption record');
  await accessible(worker, 'adoption form');
  await fillDate(worker, 'decisionDate', day(-25));
  await fillDate(worker, 'placementOrderDate', day(-14));
  await fillDate(worker, 'matchedDate', day(-2));
  await worker.getByRole('button', { name: 'Save adoption record' }).click();
  await worker.waitForURL(/saved=adoption/);

  await worker.goto(`${childUrl}/chronology?kind=looked_after`);
  await accessible(worker, 'chronology of care');
  const text = (await worker.locator('table.lantern-chronology').textContent()) ?? '';
  for (const step of [/looked after/i, /placement/i, /review/i]) assert.match(text, step);
  await worker.goto(`${childUrl}/chronology`);
  assert.match((await worker.locator('table.lantern-chronology').textContent()) ?? '', /match/i, 'the adoption match is in the chronology');
});

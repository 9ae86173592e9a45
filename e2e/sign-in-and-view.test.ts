// In a real browser: a social worker signs in and opens a child; their manager then sees that view in
// "who has viewed this child"; axe-core finds no accessibility violations on the pages built so far.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessibilityViolations, browserWorld, signIn as signInAt } from './harness.ts';
import type { Page } from 'playwright-core';

const harness = browserWorld();
const signIn = (page: Page, username: string): Promise<void> => signInAt(page, harness.base, username);

test('a social worker signs in, sees My children and opens a child; the manager sees the view', async () => {
  const workerContext = await harness.browser.newContext();
  const page = await workerContext.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  await signIn(page, 'a.social.worker');
  // A social worker lands on "My work": what is due on their children.
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'My work');
  assert.deepEqual(await accessibilityViolations(page), [], 'My work');
  await page.getByRole('link', { name: 'My children' }).click();
  await page.waitForURL(/view=mine/);
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'My children');
  assert.deepEqual(await accessibilityViolations(page), [], 'My children');

  const firstChild = page.locator('table.govuk-table tbody a').first();
  const childName = (await firstChild.textContent())!;
  await firstChild.click();
  await page.waitForURL(/\/children\/[0-9a-f-]{36}$/);
  const childUrl = page.url();
  const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  const [family, given] = childName.split(', ');
  assert.equal(heading.toUpperCase(), `${given} ${family}`.toUpperCase(), 'the list said "FAMILY, Given"; the page says "Given Family"');
  assert.ok(await page.locator('caption', { hasText: 'Allocation history' }).isVisible());
  assert.deepEqual(await accessibilityViolations(page), [], 'child summary');
  assert.deepEqual(consoleErrors, [], 'no console errors (CSP violations would show here)');
  await workerContext.close();

  const managerContext = await harness.browser.newContext();
  const manager = await managerContext.newPage();
  await signIn(manager, 'a.team.manager');
  await manager.goto(childUrl);
  await manager.getByRole('link', { name: 'Who has viewed this child' }).click();
  await manager.waitForURL(/\/viewers$/);
  const rows = await manager.locator('table.govuk-table tbody tr').allTextContents();
  assert.ok(rows.some((r) => r.includes('Sam Social-Worker (a.social.worker)') && r.includes('Viewed')), 'the social worker’s view is listed');
  assert.deepEqual(await accessibilityViolations(manager), [], 'who has viewed this child');
  await managerContext.close();
});

test('the sign-in page, its error summary, staff accounts and local standards have no accessibility violations', async () => {
  const context = await harness.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${harness.base}/sign-in`);
  assert.deepEqual(await accessibilityViolations(page), [], 'sign-in');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForSelector('.govuk-error-summary');
  assert.match((await page.locator('.govuk-error-summary').textContent()) ?? '', /Enter your username/);
  assert.deepEqual(await accessibilityViolations(page), [], 'sign-in with errors');
  await signIn(page, 'a.admin');
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Staff accounts');
  assert.deepEqual(await accessibilityViolations(page), [], 'staff accounts');
  await page.getByRole('link', { name: 'Local standards' }).click();
  await page.waitForURL(/\/admin\/standards$/);
  assert.deepEqual(await accessibilityViolations(page), [], 'local standards');
  // A bad value shows the GOV.UK error summary, and the page stays accessible.
  await page.getByLabel('Child protection visits (working days)').fill('99');
  await page.getByRole('button', { name: 'Save and recompute clocks' }).click();
  await page.waitForSelector('.govuk-error-summary');
  assert.match((await page.locator('.govuk-error-summary').textContent()) ?? '', /Child protection visits must be between 5 and 30 working days/);
  assert.deepEqual(await accessibilityViolations(page), [], 'local standards with errors');
  await page.getByRole('link', { name: 'Bank holidays added by your authority' }).click();
  await page.waitForURL(/\/admin\/bank-holidays$/);
  assert.deepEqual(await accessibilityViolations(page), [], 'bank holidays');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(/\/sign-in$/);
  await context.close();
});

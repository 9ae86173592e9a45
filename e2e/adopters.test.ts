// In a real browser: an adoption social worker opens "Adopters", records an enquiry from a couple,
// sees the household on the list, starts stage 1 and sees its 2-month clock. axe-core on every page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessible, as, browserWorld, fillDate } from './harness.ts';
import { englandDateOf } from '../src/practice/clocks/instant.ts';
import { addMonths } from '../src/practice/calendar/periods.ts';
import { formatDate } from '../src/practice/casework/format-date.ts';
import { withTenant } from '../src/store/tenant.ts';

const harness = browserWorld();

test('an adoption worker records an enquiry, finds it on the list, and starts stage 1', async () => {
  const today = englandDateOf(harness.world.clock.now());
  const page = await as(harness, 'a.adoption.worker');
  await page.getByRole('link', { name: 'Adopters', exact: true }).click();
  await page.waitForURL(/\/adopters$/);
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Prospective adopters');
  await accessible(page, 'adopters list');

  await page.getByRole('button', { name: 'Record an enquiry' }).click();
  await page.waitForURL(/\/adopters\/new$/);
  await accessible(page, 'enquiry form');
  // Saving with nothing filled in: an error summary, and nothing saved.
  await page.getByRole('button', { name: 'Record the enquiry' }).click();
  assert.match((await page.locator('.govuk-error-summary').textContent()) ?? '', /Enter first adopter’s name/);
  await accessible(page, 'enquiry form with errors');

  await page.getByLabel('First adopter’s name').fill('Robin Ashby');
  await page.getByLabel('First adopter’s gender').selectOption({ label: 'Female' });
  await page.getByLabel('First adopter’s ethnicity').selectOption({ label: 'White British' });
  await page.getByRole('group', { name: 'Does the first adopter have a disability?' }).getByLabel('No', { exact: true }).check();
  await page.getByLabel('Second adopter’s name').fill('Kit Ashby');
  await page.getByLabel('Second adopter’s gender').selectOption({ label: 'Male' });
  await page.getByLabel('Second adopter’s ethnicity').selectOption({ label: 'African' });
  await page.getByRole('group', { name: 'Does the second adopter have a disability?' }).getByLabel('Not known').check();
  await fillDate(page, 'enquiryReceivedOn', today);
  await page.getByRole('group', { name: 'Is the household fostering for adoption?' }).getByLabel('No', { exact: true }).check();
  await page.getByRole('button', { name: 'Record the enquiry' }).click();
  await page.waitForURL(/\/adopters\/[0-9a-f-]{36}\?saved=1$/);
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Robin Ashby and Kit Ashby');
  await accessible(page, 'household page');

  await page.getByRole('link', { name: 'Back to prospective adopters' }).click();
  await page.waitForURL(/\/adopters$/);
  await page.getByRole('link', { name: 'Robin Ashby and Kit Ashby' }).click();
  await page.waitForURL(/\/adopters\/[0-9a-f-]{36}$/);

  // Stage 1 starts today: due in 2 months, upcoming.
  await fillDate(page, 'stage1StartedOn', today);
  await page.getByRole('button', { name: 'Save household' }).click();
  await page.waitForURL(/saved=1$/);
  const clocks = (await page.locator('table', { has: page.locator('caption', { hasText: 'Assessment timescales' }) }).textContent()) ?? '';
  assert.match(clocks, /Complete stage one/);
  assert.ok(clocks.includes(formatDate(addMonths(today, 2))), `due in 2 months: ${clocks}`);
  await accessible(page, 'household page with a clock');

  const rows = await withTenant(harness.world.store.db, harness.world.a.id, (tx) => tx.selectFrom('adopter_household').select(['version', 'stage_1_started_on']).where('adopter_1_name', '=', 'Robin Ashby').execute());
  assert.deepEqual(rows, [{ version: 2, stage_1_started_on: today }]);
});

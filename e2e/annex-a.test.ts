// In a real browser: an analyst opens DfE returns, asks for Annex A as at a day that does not exist and
// is shown the error, then downloads the workbook as at a real day. axe-core on the page and its error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { accessible, as as asUser, browserWorld, fillDate } from './harness.ts';

const harness = browserWorld(new Date('2026-11-02T09:00:00Z'));
const as = (username: string): Promise<Page> => asUser(harness, username);

test('an analyst downloads Annex A as at a day, after correcting a day that does not exist', async () => {
  const analyst = await as('a.analyst');
  await analyst.goto(`${harness.base}/returns`);
  await accessible(analyst, 'DfE returns page');
  await fillDate(analyst, 'asAt', '2026-02-30');
  await analyst.getByRole('button', { name: 'Download Annex A' }).click();
  await analyst.locator('.govuk-error-summary').waitFor();
  assert.match(await analyst.locator('.govuk-error-summary').innerText(), /as a real date/);
  await accessible(analyst, 'DfE returns page with the Annex A error');

  await fillDate(analyst, 'asAt', '2026-03-31');
  const [download] = await Promise.all([analyst.waitForEvent('download'), analyst.getByRole('button', { name: 'Download Annex A' }).click()]);
  assert.match(download.suggestedFilename(), /^annex-a-998-2026-03-31\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer);
  assert.equal(workbook.worksheets.length, 11);
  assert.equal(workbook.worksheets[0]!.name, 'List 1');
});

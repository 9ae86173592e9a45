// In a real browser: an administrator imports another system's SSDA903 files through the upload page;
// a set with a bad row is refused whole with the row shown; the corrected set is imported; axe-core on
// every state of the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessible, as, browserWorld } from './harness.ts';
import { exportSsda903ForLa } from '../src/store/returns/export-ssda903.ts';
import { SSDA903_FILES } from '../src/returns/ssda903/columns.ts';
import { withTenant } from '../src/store/tenant.ts';

const harness = browserWorld();

test('an administrator imports SSDA903 files: a bad row refuses the set, the corrected set is imported', async () => {
  const { world } = harness;
  // Authority B's return, under references authority A has not used: another system's files.
  const { files } = await exportSsda903ForLa(world.store.db, world.b.id, 2026, world.clock.now());
  const upload = (text: (name: (typeof SSDA903_FILES)[number]) => string) => SSDA903_FILES.map((name) => ({ name: `${name}.csv`, mimeType: 'text/csv', buffer: Buffer.from(text(name).replace(/^C(\d{6})/gm, 'M$1')) }));
  const good = upload((name) => files[name]);
  const bad = upload((name) => (name === 'episodes' ? files.episodes.replace(/^(C\d{6}),\d\d\/\d\d\/\d{4}/m, '$1,31/02/2025') : files[name]));

  const page = await as(harness, 'a.admin');
  await page.getByRole('link', { name: 'Import records' }).click();
  await page.waitForURL(/\/admin\/imports$/);
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Import records');
  await accessible(page, 'import page');

  await page.getByLabel(/The SSDA903 CSV files/).setInputFiles(bad);
  await page.getByRole('button', { name: 'Import the SSDA903 files' }).click();
  await page.waitForURL(/\/admin\/imports\/ssda903$/);
  assert.match((await page.locator('#import-result').textContent()) ?? '', /1 row was refused: nothing was imported/);
  const refused = (await page.locator('table', { has: page.locator('caption', { hasText: 'Rows refused' }) }).textContent()) ?? '';
  assert.match(refused, /episodes\.csv\s*2\s*DECOM\s*DECOM 31\/02\/2025 is not a date/);
  await accessible(page, 'import refused');
  const before = await withTenant(world.store.db, world.a.id, (tx) => tx.selectFrom('child').select('id').where('child_reference', 'like', 'M%').execute());
  assert.equal(before.length, 0, 'nothing written');

  await page.getByLabel(/The SSDA903 CSV files/).setInputFiles(good);
  await page.getByRole('button', { name: 'Import the SSDA903 files' }).click();
  await page.waitForURL(/\/admin\/imports\/ssda903$/);
  assert.equal((await page.locator('#import-result').textContent())?.trim(), 'Imported');
  await accessible(page, 'import done');
  const after = await withTenant(world.store.db, world.a.id, (tx) => tx.selectFrom('child').select('id').where('child_reference', 'like', 'M%').execute());
  assert.ok(after.length > 10, `children imported: ${after.length}`);
});

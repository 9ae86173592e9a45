// Ofsted's Annex A over HTTP: an analyst downloads the workbook as at a day from /returns; it reads back
// with exceljs as 11 sheets with the LIIA headings, and the export is audited with the rows per list and
// the children in it. A date that is not real, or is in the future, shows the form again with the error;
// a social worker cannot export; the command-line export is audited in the LA's trail as the command.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { startTestWorld, type TestWorld } from '../test-support/app.ts';
import { TestBrowser } from '../test-support/http.ts';
import { DEMO_PASSWORD } from '../synth/generate.ts';
import { withTenant } from '../store/tenant.ts';
import { ANNEX_A_COLUMNS, ANNEX_A_LISTS } from '../returns/annex-a/columns.ts';
import { exportAnnexAForLa } from '../store/returns/export-annex-a.ts';

let world: TestWorld;
before(async () => {
  world = await startTestWorld(new Date('2026-11-02T09:00:00Z'));
});
after(async () => world.close());

test('an analyst downloads Annex A as at a day: 11 sheets with the LIIA headings, audited with what it held', async () => {
  const analyst = new TestBrowser(world.app);
  await analyst.signIn('a.analyst', DEMO_PASSWORD);
  const page = await analyst.get('/returns');
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /action="\/returns\/annex-a\.xlsx"/);
  assert.match(page.body, /name="asAt-day"[^>]*value="02"|value="02"[^>]*name="asAt-day"/, 'today is filled in');

  const response = await analyst.get('/returns/annex-a.xlsx?asAt=2026-10-31');
  assert.equal(response.statusCode, 200, response.body.slice(0, 400));
  assert.match(String(response.headers['content-type']), /spreadsheetml\.sheet/);
  assert.match(String(response.headers['content-disposition']), /annex-a-998-2026-10-31\.xlsx/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  assert.deepEqual(workbook.worksheets.map((s) => s.name), ANNEX_A_LISTS);
  for (const list of ANNEX_A_LISTS) {
    assert.deepEqual((workbook.getWorksheet(list)!.getRow(1).values as unknown[]).slice(1), [...ANNEX_A_COLUMNS[list]], list);
  }
  const rowsIn = (list: string): number => workbook.getWorksheet(list)!.rowCount - 1;
  assert.ok(rowsIn('List 8') > 0, 'children looked after');

  const audit = await withTenant(world.store.db, world.a.id, (tx) =>
    tx.selectFrom('audit_event').select(['detail']).where('action', '=', 'export').where('record_type', '=', 'annex_a').where('actor_username', '=', 'a.analyst').executeTakeFirstOrThrow(),
  );
  const detail = audit.detail as { asAt: string; periodStart: string; rows: Record<string, number>; children: string[] };
  assert.equal(detail.asAt, '2026-10-31');
  assert.equal(detail.periodStart, '2025-11-01');
  assert.deepEqual(detail.rows, Object.fromEntries(ANNEX_A_LISTS.map((l) => [l, rowsIn(l)])));
  assert.ok(detail.children.length > 0);
  // The children are Lantern ids, of authority A's children only.
  const ids = new Set(world.a.children.map((c) => c.id));
  assert.ok(detail.children.every((id) => ids.has(id)));

  // The form's day, month and year boxes give the same download.
  const typed = await analyst.get('/returns/annex-a.xlsx?asAt-day=31&asAt-month=10&asAt-year=2026');
  assert.equal(typed.statusCode, 200);
});

test('a date that is not real, or is after today, shows the form with the error and exports nothing', async () => {
  const analyst = new TestBrowser(world.app);
  await analyst.signIn('a.analyst', DEMO_PASSWORD);
  const count = () => withTenant(world.store.db, world.a.id, async (tx) => (await tx.selectFrom('audit_event').select('id').where('record_type', '=', 'annex_a').execute()).length);
  const before = await count();
  const bad = await analyst.get('/returns/annex-a.xlsx?asAt-day=30&asAt-month=2&asAt-year=2026');
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /govuk-error-summary/);
  assert.match(bad.body, /Enter the date the Annex A is as at as a real date/);
  assert.match(bad.body, /href="#asAt-day"/);
  const future = await analyst.get('/returns/annex-a.xlsx?asAt=2026-12-01');
  assert.equal(future.statusCode, 400);
  assert.match(future.body, /must be today or in the past/);
  assert.equal((await analyst.get('/returns/annex-a.xlsx')).statusCode, 400);
  assert.equal(await count(), before);
});

test('a social worker cannot export Annex A', async () => {
  const worker = new TestBrowser(world.app);
  await worker.signIn('a.social.worker', DEMO_PASSWORD);
  assert.equal((await worker.get('/returns/annex-a.xlsx?asAt=2026-10-31')).statusCode, 404);
});

test('the command-line Annex A export is audited in the LA’s trail with no member of staff, with its rows per list', async () => {
  const { workbook, rows, dfeCode } = await exportAnnexAForLa(world.store.db, world.a.id, '2026-03-31', new Date('2026-11-02T10:00:00Z'));
  assert.equal(dfeCode, '998');
  assert.ok(workbook.length > 1000);
  const audit = await withTenant(world.store.db, world.a.id, (tx) =>
    tx.selectFrom('audit_event').select(['actor_id', 'detail']).where('record_type', '=', 'annex_a').where('actor_username', '=', 'lantern export').executeTakeFirstOrThrow(),
  );
  assert.equal(audit.actor_id, null);
  const detail = audit.detail as { asAt: string; periodStart: string; rows: Record<string, number>; children: string[] };
  assert.deepEqual([detail.asAt, detail.periodStart], ['2026-03-31', '2025-04-01']);
  assert.deepEqual(detail.rows, rows);
  assert.ok(detail.children.length > 0);
  // Authority B's trail does not hold A's export.
  const inB = await withTenant(world.store.db, world.b.id, (tx) => tx.selectFrom('audit_event').select('id').where('record_type', '=', 'annex_a').execute());
  assert.equal(inB.length, 0);
});

// The SSDA903 return over HTTP: an analyst downloads each file as CSV with the DfE's columns, and the
// export is audited with what it held; a social worker cannot export; the command line's export of every
// file is audited too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestWorld, type TestWorld } from '../test-support/app.ts';
import { TestBrowser } from '../test-support/http.ts';
import { DEMO_PASSWORD } from '../synth/generate.ts';
import { withTenant } from '../store/tenant.ts';
import { parseCsv } from '../returns/csv.ts';
import { SSDA903_COLUMNS, SSDA903_FILES } from '../returns/ssda903/columns.ts';
import { exportSsda903ForLa } from '../store/returns/export-ssda903.ts';
import { exportCinCensusForLa } from '../store/returns/export-cin-census.ts';

let world: TestWorld;
before(async () => {
  world = await startTestWorld(new Date('2026-11-02T09:00:00Z'));
});
after(async () => world.close());

test('an analyst downloads the SSDA903 episodes for 2025/26 as CSV, audited with the rows and children it held', async () => {
  const analyst = new TestBrowser(world.app);
  await analyst.signIn('a.analyst', DEMO_PASSWORD);
  const page = await analyst.get('/returns');
  assert.equal(page.statusCode, 200);
  for (const file of SSDA903_FILES) assert.match(page.body, new RegExp(`/returns/ssda903/${file}\\.csv\\?year=2026`), file);

  const response = await analyst.get('/returns/ssda903/episodes.csv?year=2026');
  assert.equal(response.statusCode, 200);
  assert.match(String(response.headers['content-type']), /text\/csv/);
  assert.match(String(response.headers['content-disposition']), /ssda903-2025-26-episodes\.csv/);
  const [head, ...rows] = parseCsv(response.body);
  assert.deepEqual(head, [...SSDA903_COLUMNS.episodes]);
  assert.ok(rows.length > 0, 'authority A has children looked after');
  for (const row of rows) assert.equal(row.length, head!.length);

  const audit = await withTenant(world.store.db, world.a.id, (tx) =>
    tx.selectFrom('audit_event').select(['detail']).where('action', '=', 'export').where('record_type', '=', 'ssda903').where('actor_username', '=', 'a.analyst').executeTakeFirstOrThrow(),
  );
  const detail = audit.detail as { year: number; file: string; rows: Record<string, number>; children: string[] };
  assert.equal(detail.year, 2026);
  assert.equal(detail.file, 'episodes');
  assert.deepEqual(detail.rows, { episodes: rows.length });
  assert.equal(detail.children.length, new Set(rows.map((r) => r[0])).size);
  // The children it held are authority A's own.
  const own = await withTenant(world.store.db, world.a.id, (tx) => tx.selectFrom('child').select('id').where('id', 'in', detail.children).execute());
  assert.equal(own.length, detail.children.length);

  const header = await analyst.get('/returns/ssda903/header.csv?year=2026');
  assert.equal(header.statusCode, 200);
  assert.deepEqual(parseCsv(header.body)[0], [...SSDA903_COLUMNS.header]);
  assert.equal((await analyst.get('/returns/ssda903/episodes.csv?year=26')).statusCode, 400);
  assert.equal((await analyst.get('/returns/ssda903/nonsense.csv?year=2026')).statusCode, 404);
  assert.equal((await analyst.get('/returns/ssda903/episodes.xml?year=2026')).statusCode, 404);
});

test('a social worker cannot export the SSDA903 return', async () => {
  const worker = new TestBrowser(world.app);
  await worker.signIn('a.social.worker', DEMO_PASSWORD);
  assert.equal((await worker.get('/returns/ssda903/episodes.csv?year=2026')).statusCode, 404);
  assert.equal((await worker.get('/returns/ssda903/header.csv?year=2026')).statusCode, 404);
});

test('the command line export writes every file and is audited in the LA’s trail with no member of staff', async () => {
  const { files, rows } = await exportSsda903ForLa(world.store.db, world.a.id, 2026, new Date('2026-11-02T10:00:00Z'));
  for (const name of SSDA903_FILES) {
    const [head, ...body] = parseCsv(files[name]);
    assert.deepEqual(head, [...SSDA903_COLUMNS[name]], name);
    assert.equal(body.length, rows[name], name);
  }
  const audit = await withTenant(world.store.db, world.a.id, (tx) =>
    tx.selectFrom('audit_event').select(['actor_id', 'detail']).where('record_type', '=', 'ssda903').where('actor_username', '=', 'lantern export').executeTakeFirstOrThrow(),
  );
  assert.equal(audit.actor_id, null);
  assert.deepEqual((audit.detail as { rows: Record<string, number> }).rows, rows);
});

test('the command-line CIN census export is recorded in the LA audit trail as the command, with the children it held', async () => {
  const xml = await exportCinCensusForLa(world.store.db, world.a.id, 2026, new Date('2026-11-02T10:00:00Z'));
  const audit = await withTenant(world.store.db, world.a.id, (tx) =>
    tx.selectFrom('audit_event').select(['actor_id', 'actor_username', 'detail']).where('record_type', '=', 'cin_census').where('actor_username', '=', 'lantern export').executeTakeFirstOrThrow(),
  );
  assert.equal(audit.actor_id, null);
  assert.deepEqual(audit.detail, { year: 2026, children: (xml.match(/<Child>/g) ?? []).length });
});

// Importing returns in the browser, end to end: an administrator uploads another system's SSDA903 files
// and CIN census; children and records are created and their clocks computed; the same upload again
// changes nothing; Lantern's own export imported back changes nothing; a file with a bad row is refused
// whole with its file, line and field on the page; others are answered 404; every write is audited.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestWorld, type TestWorld } from '../test-support/app.ts';
import { TestBrowser } from '../test-support/http.ts';
import { DEMO_PASSWORD } from '../synth/generate.ts';
import { withTenant } from '../store/tenant.ts';
import { exportSsda903ForLa } from '../store/returns/export-ssda903.ts';
import { exportCinCensusForLa } from '../store/returns/export-cin-census.ts';
import { SSDA903_FILES } from '../returns/ssda903/columns.ts';

let world: TestWorld;
let admin: TestBrowser;
before(async () => {
  world = await startTestWorld(new Date('2026-11-02T09:00:00Z'));
  admin = new TestBrowser(world.app);
  await admin.signIn('a.admin', DEMO_PASSWORD);
});
after(async () => world.close());

/** Authority B's children under references authority A has not used (both synthetic LAs number theirs C000001…). */
const asNewChildren = (text: string): string => text.replace(/(^|<LAchildID>)C(\d{6})/gm, '$1X$2');

async function countsInA(): Promise<{ children: number; records: number; clocks: number; audits: number }> {
  return withTenant(world.store.db, world.a.id, async (tx) => {
    const n = async (q: Promise<{ n: unknown }>) => Number((await q).n);
    return {
      children: await n(tx.selectFrom('child').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()),
      records: await n(tx.selectFrom('journey_record').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()),
      clocks: await n(tx.selectFrom('clock_instance').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()),
      audits: await n(tx.selectFrom('audit_event').select((eb) => eb.fn.countAll().as('n')).where('actor_username', '=', 'a.admin').where('record_type', '=', 'child').executeTakeFirstOrThrow()),
    };
  });
}

test('only an administrator sees Import records; others are answered 404', async () => {
  const page = await admin.get('/admin/imports');
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Import records/);
  assert.match(page.body, /enctype="multipart\/form-data"/i);
  const worker = new TestBrowser(world.app);
  await worker.signIn('a.social.worker', DEMO_PASSWORD);
  assert.equal((await worker.get('/admin/imports')).statusCode, 404);
  assert.equal((await worker.postMultipart('/admin/imports/ssda903', {}, [{ field: 'files', name: 'header.csv', text: 'CHILD\r\n' }])).statusCode, 404);
});

test('another system’s SSDA903 files: imported, then the same files again change nothing, then Lantern’s own export changes nothing', async () => {
  const { files } = await exportSsda903ForLa(world.store.db, world.b.id, 2026, world.clock.now());
  const upload = SSDA903_FILES.map((name) => ({ field: 'files', name: `${name}.csv`, text: asNewChildren(files[name]) }));
  const before = await countsInA();

  const first = await admin.postMultipart('/admin/imports/ssda903', {}, upload);
  assert.equal(first.statusCode, 200, first.body.slice(0, 3000));
  assert.match(first.body, /Imported/);
  const created = Number(/Children<\/dt>\s*<dd[^>]*>\s*(\d+) created/.exec(first.body)?.[1]);
  assert.ok(created > 10, `children created: ${created}`);
  const after1 = await countsInA();
  assert.equal(after1.children, before.children + created);
  assert.ok(after1.records > before.records && after1.clocks > before.clocks, 'records stored and their clocks computed');
  assert.equal(after1.audits, before.audits + created, 'one audit entry per child written');

  const again = await admin.postMultipart('/admin/imports/ssda903', {}, upload);
  assert.equal(again.statusCode, 200);
  assert.match(again.body, new RegExp(`0 created, 0 updated, ${created} unchanged`));
  assert.deepEqual(await countsInA(), after1, 'nothing written, nothing audited as written');

  // Lantern's own export of A, imported into A, finds every record it came from.
  const own = await Promise.all(SSDA903_FILES.map(async (name) => ({ field: 'files', name: `${name}.csv`, text: (await admin.get(`/returns/ssda903/${name}.csv?year=2026`)).body })));
  const roundTrip = await admin.postMultipart('/admin/imports/ssda903', {}, own);
  assert.equal(roundTrip.statusCode, 200, roundTrip.body.slice(0, 3000));
  assert.match(roundTrip.body, /Records<\/dt>\s*<dd[^>]*>\s*0 created, 0 updated, \d+ unchanged/);
  assert.deepEqual(await countsInA(), after1);
});

test('a bad row refuses the whole upload: each refusal with file, line and field, and nothing written', async () => {
  const { files } = await exportSsda903ForLa(world.store.db, world.b.id, 2026, world.clock.now());
  const lines = files.episodes.split('\r\n');
  const cells = lines[1]!.split(',');
  cells[1] = '31/02/2025'; // DECOM
  lines[1] = cells.join(',');
  const upload = SSDA903_FILES.map((name) => ({ field: 'files', name: `${name}.csv`, text: asNewChildren(name === 'episodes' ? lines.join('\r\n') : files[name]).replace(/X(\d{6})/g, 'Y$1') }));
  const before = await countsInA();
  const refused = await admin.postMultipart('/admin/imports/ssda903', {}, upload);
  assert.equal(refused.statusCode, 422);
  assert.match(refused.body, /refused: nothing was imported/);
  // The table's first cell heads its row (web/src/govuk/components.tsx Table).
  assert.match(refused.body, /<th scope="row" class="govuk-table__header">episodes\.csv<\/th><td class="govuk-table__cell">2<\/td><td class="govuk-table__cell">DECOM<\/td>/);
  assert.deepEqual(await countsInA(), before);
});

test('a CIN census file: imported, then again unchanged; check only writes nothing; no file chosen is an error on the page', async () => {
  const xml = asNewChildren(await exportCinCensusForLa(world.store.db, world.b.id, 2026, world.clock.now())).replace(/X(\d{6})/g, 'Z$1');
  const before = await countsInA();
  const check = await admin.postMultipart('/admin/imports/cin-census', { checkOnly: 'yes' }, [{ field: 'files', name: 'census.xml', text: xml }]);
  assert.equal(check.statusCode, 200, check.body.slice(0, 3000));
  assert.match(check.body, /Checked: nothing was refused/);
  assert.deepEqual(await countsInA(), before);
  const imported = await admin.postMultipart('/admin/imports/cin-census', {}, [{ field: 'files', name: 'census.xml', text: xml }]);
  assert.equal(imported.statusCode, 200, imported.body.slice(0, 3000));
  assert.ok((await countsInA()).children > before.children);
  const again = await admin.postMultipart('/admin/imports/cin-census', {}, [{ field: 'files', name: 'census.xml', text: xml }]);
  assert.match(again.body, /Records<\/dt>\s*<dd[^>]*>\s*0 created, 0 updated, \d+ unchanged/);

  const none = await admin.postMultipart('/admin/imports/cin-census', {}, []);
  assert.equal(none.statusCode, 400);
  assert.match(none.body, /Choose the census XML file/);
});

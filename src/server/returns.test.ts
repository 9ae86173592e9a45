// DfE returns over HTTP: an analyst downloads the children in need census XML, valid against the DfE's
// 2026 schema, and the export is audited; a social worker cannot export.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';
import { startTestWorld, type TestWorld } from '../test-support/app.ts';
import { TestBrowser } from '../test-support/http.ts';
import { DEMO_PASSWORD } from '../synth/generate.ts';
import { withTenant } from '../store/tenant.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const xsd = readFileSync(path.join(here, '..', '..', '..', 'shared', 'standards', 'cin', 'xsd', 'CIN_schema_2026.xsd'), 'utf8');

let world: TestWorld;
before(async () => {
  world = await startTestWorld(new Date('2026-11-02T09:00:00Z'));
});
after(async () => world.close());

test('an analyst downloads the CIN census for 2025/26: valid XML, one Child per child in need, audited', async () => {
  const analyst = new TestBrowser(world.app);
  await analyst.signIn('a.analyst', DEMO_PASSWORD);
  const page = await analyst.get('/returns');
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /cin-census\.xml\?year=2026/);
  const response = await analyst.get('/returns/cin-census.xml?year=2026');
  assert.equal(response.statusCode, 200);
  assert.match(String(response.headers['content-type']), /application\/xml/);
  assert.match(String(response.headers['content-disposition']), /cin-census-2025-26\.xml/);
  const result = await validateXML({ xml: [{ fileName: 'cin.xml', contents: response.body }], schema: [xsd], maxMemoryPages: 16384 });
  assert.deepEqual(result.errors.map((e) => e.rawMessage), []);
  assert.match(response.body, /<LEA>998<\/LEA>/, 'authority A’s DfE code');
  const children = (response.body.match(/<Child>/g) ?? []).length;
  assert.ok(children > 0);
  const audit = await withTenant(world.store.db, world.a.id, (tx) =>
    tx.selectFrom('audit_event').select(['detail']).where('action', '=', 'export').where('record_type', '=', 'cin_census').where('actor_username', '=', 'a.analyst').executeTakeFirstOrThrow(),
  );
  assert.deepEqual(audit.detail, { year: 2026, children });
  assert.equal((await analyst.get('/returns/cin-census.xml?year=26')).statusCode, 400);
});

test('a social worker cannot export a return', async () => {
  const worker = new TestBrowser(world.app);
  await worker.signIn('a.social.worker', DEMO_PASSWORD);
  assert.equal((await worker.get('/returns')).statusCode, 404);
  assert.equal((await worker.get('/returns/cin-census.xml?year=2026')).statusCode, 404);
});

// Finding a child (name, date of birth, NHS number; within scope; audited) and the early help list
// (longest wait first).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestWorld, type TestWorld } from '../test-support/app.ts';
import { TestBrowser } from '../test-support/http.ts';
import { DEMO_PASSWORD } from '../synth/generate.ts';
import { withTenant } from '../store/tenant.ts';

let world: TestWorld;
before(async () => {
  world = await startTestWorld();
});
after(async () => world.close());

test('the front door finds a child by NHS number or by name and date of birth; each search is audited', async () => {
  const browser = new TestBrowser(world.app);
  await browser.signIn('a.front.door', DEMO_PASSWORD);
  const child = world.a.children.find((c) => c.nhsNumber && c.dateOfBirth)!;
  const byNhs = await browser.get(`/children/search?nhsNumber=${child.nhsNumber}`);
  assert.equal(byNhs.statusCode, 200);
  assert.match(byNhs.body, /Same NHS number/);
  assert.match(byNhs.body, new RegExp(`/children/${child.id}`));
  const [y, m, d] = child.dateOfBirth!.split('-');
  const byName = await browser.get(`/children/search?familyName=${encodeURIComponent(child.familyName.slice(0, 3))}&givenName=${encodeURIComponent(child.givenName)}&dob-day=${Number(d)}&dob-month=${Number(m)}&dob-year=${y}`);
  assert.match(byName.body, new RegExp(`/children/${child.id}`));
  const bad = await browser.get('/children/search?nhsNumber=123');
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /Enter a valid NHS number/);
  const audits = await withTenant(world.store.db, world.a.id, (tx) => tx.selectFrom('audit_event').select('detail').where('action', '=', 'search').where('actor_username', '=', 'a.front.door').execute());
  assert.ok(audits.length >= 2, 'searches are audited');
});

test('a social worker’s search finds only the children they may see', async () => {
  const browser = new TestBrowser(world.app);
  await browser.signIn('a.social.worker', DEMO_PASSWORD);
  const worker = world.a.staff.find((s) => s.username === 'a.social.worker')!;
  const visible = new Set(world.a.allocations.filter((a) => a.endDate === null && (a.workerId === worker.id || a.teamId === worker.teamId)).map((a) => a.childId));
  const hidden = world.a.children.find((c) => c.nhsNumber && !visible.has(c.id))!;
  const response = await browser.get(`/children/search?nhsNumber=${hidden.nhsNumber}`);
  assert.equal(response.statusCode, 200);
  assert.doesNotMatch(response.body, new RegExp(hidden.id));
  assert.match(response.body, /No child matched/);
});

test('early help requests waiting are listed longest first', async () => {
  const browser = new TestBrowser(world.app);
  await browser.signIn('a.early.help', DEMO_PASSWORD);
  const page = await browser.get('/early-help');
  assert.equal(page.statusCode, 200);
  const waits = [...page.body.matchAll(/govuk-tag[^>]*>(\d+) days?</g)].map((m) => Number(m[1]));
  for (let i = 1; i < waits.length; i++) assert.ok(waits[i - 1]! >= waits[i]!, 'longest wait first');
  const social = new TestBrowser(world.app);
  await social.signIn('a.social.worker', DEMO_PASSWORD);
  assert.equal((await social.get('/early-help')).statusCode, 404);
});

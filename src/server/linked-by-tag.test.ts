// "Linked by tag" over HTTP: from a child's exploitation screenings, the other children whose screenings
// name the same place or person, compared trimmed and ignoring case; only children the worker can see,
// the list audited; the child's page links to it; another LA's child answers 404.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { startTestWorld, type TestWorld } from '../test-support/app.ts';
import { TestBrowser } from '../test-support/http.ts';
import { DEMO_PASSWORD } from '../synth/generate.ts';
import { withTenant } from '../store/tenant.ts';
import { insertJourneyRecords } from '../store/journeys/journey-records.ts';
import type { ExploitationScreening } from '../practice/journey/missing.ts';

let world: TestWorld;
before(async () => {
  world = await startTestWorld(new Date('2026-11-02T09:00:00Z'));
});
after(async () => world.close());

test('the children linked by a place or a person, only those the worker can see, audited', async () => {
  const worker = world.a.staff.find((s) => s.username === 'a.social.worker')!;
  const open = world.a.allocations.filter((a) => a.endDate === null);
  const mine = open.filter((a) => a.workerId === worker.id).map((a) => a.childId);
  const teamOnly = open.filter((a) => a.teamId === worker.teamId && a.workerId !== worker.id).map((a) => a.childId).filter((id) => !mine.includes(id));
  const elsewhere = open.filter((a) => a.teamId !== worker.teamId && !open.some((b) => b.childId === a.childId && b.teamId === worker.teamId)).map((a) => a.childId);
  const [first, second] = [mine[0]!, teamOnly[0] ?? mine[1]!];
  const outside = elsewhere[0]!;
  const screening = (id: string, date: string, locations: string[], associates: string[], high = false): ExploitationScreening =>
    ({ id, date, sexualExploitationRisk: high ? 'high' : 'low', criminalExploitationRisk: 'medium', assessedBy: 'Test', locations, associates });
  await withTenant(world.store.db, world.a.id, (tx) =>
    insertJourneyRecords(tx, world.a.id, [
      { child: { id: first }, exploitationScreenings: [screening('link-1', '2026-10-20', ['Zed Test Park'], ['Tall Tim'])] },
      { child: { id: second }, exploitationScreenings: [screening('link-2', '2026-09-01', ['  zed test PARK '], []), screening('link-3', '2026-10-01', ['Zed Test Park'], [], true)] },
      { child: { id: outside }, exploitationScreenings: [screening('link-4', '2026-10-02', ['Zed Test Park'], ['Tall Tim'])] },
    ], randomUUID),
  );

  const browser = new TestBrowser(world.app);
  await browser.signIn('a.social.worker', DEMO_PASSWORD);
  const page = await browser.get(`/children/${first}`);
  assert.match(page.body, /Linked by tag/);
  assert.match(page.body, new RegExp(`/children/${first}/linked-by-tag\\?kind=location&amp;tag=Zed%20Test%20Park`));
  const index = await browser.get(`/children/${first}/linked-by-tag`);
  assert.equal(index.statusCode, 200);
  assert.match(index.body, /Person: <a[^>]*>Tall Tim/);

  const place = await browser.get(`/children/${first}/linked-by-tag?kind=location&tag=${encodeURIComponent('Zed Test Park')}`);
  assert.equal(place.statusCode, 200);
  assert.match(place.body, new RegExp(`/children/${second}`), 'the other child in scope, though the tag was typed differently');
  assert.doesNotMatch(place.body, new RegExp(outside), 'a child the worker cannot see is not listed');
  const row = place.body.split(`/children/${second}`)[1]?.split('</tr>')[0] ?? '';
  assert.match(row, /1 October 2026.*High.*>2</s, 'the latest screening naming it, its levels, and how many name it');
  const person = await browser.get(`/children/${first}/linked-by-tag?kind=associate&tag=Tall%20Tim`);
  assert.match(person.body, /No other child you can see has a screening naming this person/);

  const audit = await withTenant(world.store.db, world.a.id, (tx) => tx.selectFrom('audit_event').select(['detail']).where('record_type', '=', 'exploitation_tag_links').orderBy('id').execute());
  assert.deepEqual(audit.map((a) => a.detail), [{ kind: 'location', tag: 'Zed Test Park', children: [second] }, { kind: 'associate', tag: 'Tall Tim', children: [] }]);

  // The page itself is a child's page: out of scope or in another LA, 404.
  assert.equal((await browser.get(`/children/${outside}/linked-by-tag?kind=location&tag=Zed%20Test%20Park`)).statusCode, 404, 'a child out of scope: 404');
  assert.equal((await browser.get(`/children/${world.b.children[0]!.id}/linked-by-tag?kind=location&tag=x`)).statusCode, 404, 'another LA’s child: 404');
});

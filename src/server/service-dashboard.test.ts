// The service dashboard over HTTP: who may open it, the as-at date (and a clear error for a bad one),
// drilling from a figure to service area, team, worker and the children behind it, and the audit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestWorld, type TestWorld } from '../test-support/app.ts';
import { TestBrowser } from '../test-support/http.ts';
import { DEMO_PASSWORD } from '../synth/generate.ts';
import { withTenant } from '../store/tenant.ts';

let world: TestWorld;
before(async () => {
  world = await startTestWorld(new Date('2026-11-02T09:00:00Z'));
});
after(async () => world.close());

const decode = (href: string): string => href.replace(/&amp;/g, '&');

/** The links of the drill-down table (the section with id "drill"). */
function drillLinks(body: string): { href: string; label: string }[] {
  const section = body.split('id="drill"')[1]?.split('</section>')[0] ?? '';
  return [...section.matchAll(/<a class="govuk-link" href="([^"]+)">([^<]+)<\/a>/g)].map((m) => ({ href: decode(m[1]!), label: m[2]! }));
}

async function dashboardAudits(): Promise<{ detail: Record<string, unknown> }[]> {
  return withTenant(world.store.db, world.a.id, (tx) => tx.selectFrom('audit_event').select(['detail']).where('record_type', '=', 'dashboard').orderBy('id').execute()) as Promise<{ detail: Record<string, unknown> }[]>;
}

test('heads of service, directors and analysts open the dashboard; everyone else gets 404', async () => {
  for (const username of ['a.director', 'a.head.of.service', 'a.analyst']) {
    const b = new TestBrowser(world.app);
    await b.signIn(username, DEMO_PASSWORD);
    const page = await b.get('/dashboard');
    assert.equal(page.statusCode, 200, username);
    assert.match(page.body, /Service dashboard/);
    assert.match(page.body, /href="\/dashboard"/, 'the navigation links to it');
  }
  for (const username of ['a.social.worker', 'a.team.manager', 'a.admin', 'a.front.door', 'a.partner.police']) {
    const b = new TestBrowser(world.app);
    await b.signIn(username, DEMO_PASSWORD);
    assert.equal((await b.get('/dashboard')).statusCode, 404, username);
  }
});

test('the measures as at a chosen date, each with its England figure and a 12-month trend chart and table', async () => {
  const director = new TestBrowser(world.app);
  await director.signIn('a.director', DEMO_PASSWORD);
  const page = await director.get('/dashboard?asAt-day=31&asAt-month=3&asAt-year=2026');
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /As at <strong>31 Mar 2026<\/strong>/);
  assert.match(page.body, /Re-referrals within 12 months/);
  assert.match(page.body, /England: 22.6% \(DfE Children in need, year to 31 March 2025\)/);
  assert.match(page.body, /England: 17.8%/, 'agency share against the national figure');
  // Each measure's chart is an SVG image with a title, and its table has the 12 month ends.
  const charts = page.body.match(/<svg class="lantern-chart"[^>]*role="img"/g) ?? [];
  assert.ok(charts.length >= 30, `${charts.length} charts`);
  assert.match(page.body, /<title id="chart-re-referrals-title">Re-referrals within 12 months: the 12 months to 31 Mar 2026<\/title>/);
  const reReferrals = page.body.split('id="measure-re-referrals"')[1]!.split('id="measure-')[0]!;
  assert.equal((reReferrals.match(/<tr class="govuk-table__row">/g) ?? []).length, 13, 'a header row and 12 month ends');
  assert.match(reReferrals, /30 Apr 2025/);
  // The default is today.
  const today = await director.get('/dashboard');
  assert.match(today.body, /As at <strong>2 Nov 2026<\/strong>/);
});

test('a date that is not real, or in the future, is refused with an error summary and no audit', async () => {
  const director = new TestBrowser(world.app);
  await director.signIn('a.director', DEMO_PASSWORD);
  const before = (await dashboardAudits()).length;
  const bad = await director.get('/dashboard?asAt-day=31&asAt-month=2&asAt-year=2026');
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /There is a problem/);
  assert.match(bad.body, /Enter a real date for the measures/);
  const future = await director.get('/dashboard?asAt-day=1&asAt-month=1&asAt-year=2027');
  assert.equal(future.statusCode, 400);
  assert.match(future.body, /The date must be today or in the past/);
  assert.equal((await dashboardAudits()).length, before, 'nothing read, nothing audited');
  assert.equal((await director.get('/dashboard?measure=no-such-measure')).statusCode, 404);
});

test('a director drills from a figure to service area, team, worker and the children behind it; each view is audited', async () => {
  const director = new TestBrowser(world.app);
  await director.signIn('a.director', DEMO_PASSWORD);
  const start = await director.get('/dashboard?asAt=2026-10-31');
  const figure = /<a class="govuk-link" href="([^"]*measure=caseload-per-worker[^"]*)">/.exec(start.body);
  assert.ok(figure, 'the caseload figure links to its drill-down');
  const byArea = await director.get(decode(figure![1]!));
  assert.equal(byArea.statusCode, 200);
  assert.match(byArea.body, /Children per allocated worker: by service area/);
  const area = drillLinks(byArea.body).find((l) => l.label === 'Child protection and children in need');
  assert.ok(area, 'the CP and CIN service area is a row');
  const byTeam = await director.get(area!.href);
  assert.match(byTeam.body, /: by team/);
  const me = world.a.staff.find((s) => s.username === 'a.social.worker')!;
  const myTeam = world.a.teams.find((t) => t.id === me.teamId)!;
  const team = drillLinks(byTeam.body).find((l) => l.label === myTeam.name);
  assert.ok(team, 'the demo social worker’s team is a row of the service area');
  const byWorker = await director.get(team!.href);
  assert.match(byWorker.body, /: by worker/);
  const worker = drillLinks(byWorker.body).find((l) => l.label === 'Sam Social-Worker');
  assert.ok(worker, 'the demo social worker is a row of their team');
  const children = await director.get(worker!.href);
  assert.match(children.body, /: by child/);
  const childLinks = drillLinks(children.body).filter((l) => l.href.startsWith('/children/'));
  const held = await withTenant(world.store.db, world.a.id, (tx) => tx.selectFrom('allocation').select('child_id').where('worker_id', '=', me.id).where('start_date', '<=', '2026-10-31').where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>', '2026-10-31')])).execute());
  assert.equal(childLinks.length, new Set(held.map((h) => h.child_id)).size, 'every child the worker held on the date is listed');
  assert.equal((await director.get(childLinks[0]!.href)).statusCode, 200, 'the child behind the figure opens');
  const audits = await dashboardAudits();
  const last = audits[audits.length - 1]!.detail;
  assert.equal(last.level, 'worker');
  assert.equal(last.asAt, '2026-10-31');
  assert.equal(last.measure, 'caseload-per-worker');
  assert.deepEqual([...(last.children as string[])].sort(), childLinks.map((l) => l.href.slice('/children/'.length)).sort(), 'the audit lists the children shown');
  assert.ok(audits.some((a) => a.detail.level === 'service_area'));
  assert.ok(audits.some((a) => a.detail.level === 'team'));
});

test('another LA’s team or worker is not found', async () => {
  const director = new TestBrowser(world.app);
  await director.signIn('a.director', DEMO_PASSWORD);
  const otherTeam = world.b.teams[0]!.id;
  const otherWorker = world.b.staff.find((s) => s.username === 'b.social.worker')!.id;
  assert.equal((await director.get(`/dashboard?team=${otherTeam}`)).statusCode, 404);
  assert.equal((await director.get(`/dashboard?worker=${otherWorker}&measure=caseload-per-worker`)).statusCode, 404);
});

test('a head of service sees every figure but is not shown the names of children outside their service area', async () => {
  const hos = new TestBrowser(world.app);
  await hos.signIn('a.head.of.service', DEMO_PASSWORD);
  const claTeams = new Set(world.a.teams.filter((t) => t.serviceArea === 'children_looked_after').map((t) => t.id));
  const held = world.a.allocations.find((a) => a.endDate === null && claTeams.has(a.teamId))!;
  const page = await hos.get(`/dashboard?asAt=2026-10-31&worker=${held.workerId}&measure=caseload-per-worker`);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /: by child/);
  assert.equal(drillLinks(page.body).filter((l) => l.href.startsWith('/children/')).length, 0, 'no child named');
  assert.match(page.body, /\d+ more children are counted whom you may not open/);
  const audits = await dashboardAudits();
  assert.deepEqual(audits[audits.length - 1]!.detail.children, [], 'no child listed, none audited as shown');
});

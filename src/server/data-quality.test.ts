// Data quality (issue 8): a referral closed without a reason breaks CIN census rule 8805; the child's page
// shows it with the DfE's message, the team manager's data-quality page counts it with the child, the
// director's LA-wide page too; another team's manager, another LA's director and a social worker cannot
// see it; lists are audited.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { startTestWorld, type TestWorld } from '../test-support/app.ts';
import { TestBrowser } from '../test-support/http.ts';
import { DEMO_PASSWORD } from '../synth/generate.ts';
import { withTenant } from '../store/tenant.ts';

let world: TestWorld;
before(async () => {
  world = await startTestWorld(new Date('2026-11-02T09:00:00Z'));
});
after(async () => world.close());

const MESSAGE = 'A CIN case cannot have a CIN closure date without a Reason for Closure';

/** A child of the team manager's team whose referral is made to close on 1 October 2026 with no reason. */
async function breakRule8805(): Promise<{ childId: string; recordKey: string }> {
  const manager = world.a.staff.find((s) => s.username === 'a.team.manager')!;
  return withTenant(world.store.db, world.a.id, async (tx) => {
    const row = await tx
      .selectFrom('journey_record as r')
      .innerJoin('allocation as a', (j) => j.onRef('a.child_id', '=', 'r.child_id').on('a.end_date', 'is', null))
      .select(['r.id', 'r.child_id', 'r.record_key'])
      .where('a.team_id', '=', manager.teamId)
      .where('r.record_type', '=', 'referrals')
      .where(sql<boolean>`r.data->>'referralDate' <= '2026-09-01'`)
      .where(sql<boolean>`coalesce(r.data->>'closeDate', '9999-12-31') >= '2026-10-01'`)
      .orderBy('r.child_id')
      .executeTakeFirstOrThrow();
    await sql`update journey_record set data = data || '{"closeDate": "2026-10-01", "closeReason": null}'::jsonb where id = ${row.id}`.execute(tx);
    return { childId: row.child_id, recordKey: row.record_key };
  });
}

test('the rule a child breaks is on their page, on the team’s and the LA’s data-quality pages, and nowhere else', async () => {
  const { childId } = await breakRule8805();
  const manager = new TestBrowser(world.app);
  await manager.signIn('a.team.manager', DEMO_PASSWORD);
  const page = await manager.get(`/children/${childId}`);
  assert.equal(page.statusCode, 200);
  const section = page.body.slice(page.body.indexOf('id="data-quality"'));
  assert.match(section, /CIN census 8805/);
  assert.ok(section.includes(MESSAGE), 'the DfE message from the catalogue');
  assert.match(section, /referral /);

  const team = await manager.get('/data-quality');
  assert.equal(team.statusCode, 200);
  const row = team.body.split('<tr').find((r) => r.includes('CIN census 8805'));
  assert.ok(row, 'the rule is counted');
  assert.ok(row!.includes(`/children/${childId}#data-quality`), 'with a link to the child');
  assert.match(team.body, /href="\/data-quality"/, 'the page is in the navigation');
  const audit = await withTenant(world.store.db, world.a.id, (tx) =>
    tx.selectFrom('audit_event').select('detail').where('record_type', '=', 'data_quality').where('action', '=', 'list').orderBy('occurred_at', 'desc').executeTakeFirstOrThrow(),
  );
  assert.ok((audit.detail as { children: string[] }).children.includes(childId), 'the audit names the children listed');

  // A manager of another team who sees only their team's children (not the front door's, who see all).
  const teamManager = world.a.staff.find((s) => s.username === 'a.team.manager')!;
  const other = world.a.staff.find((s) => s.demo && s.roles.length === 1 && s.roles[0] === 'team_manager' && s.teamId !== teamManager.teamId);
  assert.ok(other, 'the synthetic LA has another team’s manager to sign in as');
  const otherTeam = new TestBrowser(world.app);
  await otherTeam.signIn(other!.username, DEMO_PASSWORD);
  const theirs = await otherTeam.get('/data-quality');
  assert.equal(theirs.statusCode, 200);
  assert.ok(!theirs.body.includes(childId), 'another team’s manager does not see the child');

  const director = new TestBrowser(world.app);
  await director.signIn('a.director', DEMO_PASSWORD);
  const la = await director.get('/data-quality');
  assert.equal(la.statusCode, 200);
  assert.ok(la.body.includes(`/children/${childId}#data-quality`), 'the LA-wide page holds the child');

  const analyst = new TestBrowser(world.app);
  await analyst.signIn('a.analyst', DEMO_PASSWORD);
  assert.equal((await analyst.get('/data-quality')).statusCode, 200);

  const otherLa = new TestBrowser(world.app);
  await otherLa.signIn('b.director', DEMO_PASSWORD);
  const otherLaPage = await otherLa.get('/data-quality');
  assert.equal(otherLaPage.statusCode, 200);
  assert.ok(!otherLaPage.body.includes(childId), 'another LA’s page does not hold the child');

  const worker = new TestBrowser(world.app);
  await worker.signIn('a.social.worker', DEMO_PASSWORD);
  assert.equal((await worker.get('/data-quality')).statusCode, 404);
});

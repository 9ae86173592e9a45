// In a real browser: a team manager opens Data quality, sees a rule broken by one of the team's children
// (a referral closed without a reason: CIN census 8805), follows the child's link to the "Data quality"
// section of their page; a director's LA-wide page holds it too. axe-core on each page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { accessible, as, browserWorld } from './harness.ts';
import { withTenant } from '../src/store/tenant.ts';

const harness = browserWorld(new Date('2026-11-20T10:00:00Z'));

test('a team manager follows a broken rule from the data-quality page to the child’s record', async () => {
  const world = harness.world;
  const manager = world.a.staff.find((s) => s.username === 'a.team.manager')!;
  const childId = await withTenant(world.store.db, world.a.id, async (tx) => {
    const row = await tx
      .selectFrom('journey_record as r')
      .innerJoin('allocation as a', (j) => j.onRef('a.child_id', '=', 'r.child_id').on('a.end_date', 'is', null))
      .select(['r.id', 'r.child_id'])
      .where('a.team_id', '=', manager.teamId)
      .where('r.record_type', '=', 'referrals')
      .where(sql<boolean>`r.data->>'referralDate' <= '2026-09-01'`)
      .where(sql<boolean>`coalesce(r.data->>'closeDate', '9999-12-31') >= '2026-10-01'`)
      .orderBy('r.child_id')
      .executeTakeFirstOrThrow();
    await sql`update journey_record set data = data || '{"closeDate": "2026-10-01", "closeReason": null}'::jsonb where id = ${row.id}`.execute(tx);
    return row.child_id;
  });

  const page = await as(harness, 'a.team.manager');
  await page.getByRole('link', { name: 'Data quality', exact: true }).click();
  await page.waitForURL(/\/data-quality$/);
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Data quality');
  await accessible(page, 'the team’s data-quality page');
  const row = page.locator('table.govuk-table tbody tr', { hasText: 'CIN census 8805' });
  await row.locator(`a[href="/children/${childId}#data-quality"]`).click();
  await page.waitForURL(new RegExp(`/children/${childId}#data-quality$`));
  const section = await page.locator('main').textContent();
  assert.match(section ?? '', /A CIN case cannot have a CIN closure date without a Reason for Closure/);
  await accessible(page, 'the child’s page with its data quality');

  const director = await as(harness, 'a.director');
  await director.goto(`${harness.base}/data-quality`);
  assert.ok((await director.locator(`a[href="/children/${childId}#data-quality"]`).count()) > 0, 'the LA-wide page holds the child');
  await accessible(director, 'the LA’s data-quality page');
});

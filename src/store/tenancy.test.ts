// Tenancy and the audit log, on the real engine: row-level security binds the app role, the app role
// is no superuser and cannot bypass RLS, and audit rows can be neither changed nor deleted.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import pg from 'pg';
import type { TestStore } from '../test-support/database.ts';
import { AS_AT, actorFor, openWorld, type TwoAuthorities } from '../test-support/fixtures.ts';
import { withTenant, withoutTenant } from './tenant.ts';
import { recordAudit } from '../access/audit.ts';

let store: TestStore;
let world: TwoAuthorities;
before(async () => {
  ({ store, ...world } = await openWorld());
});
after(async () => store.close());

const origin = { ip: '10.1.1.1', userAgent: 'test' };

test('the application role is not a superuser and cannot bypass row-level security', async () => {
  const rows = await sql<{ current_user: string; rolsuper: boolean; rolbypassrls: boolean }>`
    select current_user, rolsuper, rolbypassrls from pg_roles where rolname = current_user`.execute(store.db);
  assert.deepEqual(rows.rows, [{ current_user: 'lantern_app', rolsuper: false, rolbypassrls: false }]);
});

test('every tenant table has row-level security enabled and forced', async () => {
  const rows = await sql<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }>`
    select c.relname, c.relrowsecurity, c.relforcerowsecurity from pg_class c
    join information_schema.columns col on col.table_name = c.relname and col.column_name = 'local_authority_id'
    where c.relkind = 'r' and col.table_schema = 'public' order by c.relname`.execute(store.db);
  assert.ok(rows.rows.length >= 9);
  for (const r of rows.rows) {
    assert.equal(r.relrowsecurity, true, `${r.relname} has RLS enabled`);
    assert.equal(r.relforcerowsecurity, true, `${r.relname} has RLS forced`);
  }
});

test('with no LA named, no tenant rows are visible', async () => {
  const children = await withoutTenant(store.db, (tx) => tx.selectFrom('child').select('id').execute());
  assert.equal(children.length, 0);
});

test('with an LA named, only that LA’s children are visible, and another LA’s cannot be written', async () => {
  const seen = await withTenant(store.db, world.a.id, (tx) => tx.selectFrom('child').select(['id', 'local_authority_id']).execute());
  assert.equal(seen.length, world.a.children.length);
  assert.ok(seen.every((c) => c.local_authority_id === world.a.id));
  const bChild = world.b.children[0]!;
  const byId = await withTenant(store.db, world.a.id, (tx) => tx.selectFrom('child').select('id').where('id', '=', bChild.id).execute());
  assert.equal(byId.length, 0);
  const updated = await withTenant(store.db, world.a.id, (tx) => tx.updateTable('child').set({ given_name: 'Changed' }).where('id', '=', bChild.id).executeTakeFirst());
  assert.equal(Number(updated.numUpdatedRows), 0);
  await assert.rejects(
    withTenant(store.db, world.a.id, (tx) =>
      tx.insertInto('child').values({ local_authority_id: world.b.id, id: '00000000-0000-4000-8000-0000000000aa', child_reference: 'X1', given_name: 'X', family_name: 'Y', date_of_birth: AS_AT, expected_date_of_birth: null, sex: '1', ethnicity: 'NOBT', nhs_number: null, upn: null }).execute(),
    ),
    /row-level security/,
  );
});

test('the tenant setting does not outlive its transaction', async () => {
  await withTenant(store.db, world.a.id, async () => undefined);
  const after = await store.db.selectFrom('child').select('id').execute();
  assert.equal(after.length, 0);
});

test('the application role may insert and read audit rows but not update or delete them', async () => {
  const actor = await actorFor(store.db, world.a, 'a.team.manager');
  await withTenant(store.db, world.a.id, (tx) => recordAudit(tx, actor, origin, new Date(), { action: 'read', recordType: 'child', recordId: world.a.children[0]!.id, childId: world.a.children[0]!.id }));
  const rows = await withTenant(store.db, world.a.id, (tx) => tx.selectFrom('audit_event').select(['id', 'action']).where('actor_id', '=', actor.staffUserId).execute());
  assert.ok(rows.length >= 1);
  await assert.rejects(withTenant(store.db, world.a.id, (tx) => tx.updateTable('audit_event').set({ action: 'update' }).execute()), /permission denied|cannot be changed/);
  await assert.rejects(withTenant(store.db, world.a.id, (tx) => tx.deleteFrom('audit_event').execute()), /permission denied|cannot be changed/);
  const still = await withTenant(store.db, world.a.id, (tx) => tx.selectFrom('audit_event').select(['id', 'action']).where('actor_id', '=', actor.staffUserId).execute());
  assert.deepEqual(still, rows);
});

test('even the database owner cannot change or delete an audit row (trigger)', async (t) => {
  if (!store.ownerUrl) {
    // PGlite: its one connection began as the superuser that owns the tables, so step back to it for
    // this transaction only.
    for (const statement of [sql`update audit_event set action = 'update'`, sql`delete from audit_event`]) {
      await assert.rejects(
        withTenant(store.db, world.a.id, async (tx) => {
          await sql`set local role postgres`.execute(tx);
          await statement.execute(tx);
        }),
        /cannot be changed or deleted/,
      );
    }
    return;
  }
  const owner = new pg.Client({ connectionString: store.ownerUrl });
  await owner.connect();
  t.after(() => owner.end());
  await assert.rejects(owner.query('update audit_event set action = $1', ['update']), /cannot be changed or deleted/);
  await assert.rejects(owner.query('delete from audit_event'), /cannot be changed or deleted/);
});

test('analyze gives the planner statistics as the owner, and the application role is still in force afterwards', async () => {
  const before = await sql<{ analyzed: number }>`select count(*)::int as analyzed from pg_stat_user_tables where relname = 'child' and (last_analyze is not null or last_autoanalyze is not null)`.execute(store.db);
  await store.analyze();
  const after = await sql<{ tuples: number }>`select reltuples::int as tuples from pg_class where relname = 'child' and relkind = 'r'`.execute(store.db);
  assert.ok((after.rows[0]?.tuples ?? 0) > 0, `child has ${after.rows[0]?.tuples} estimated rows after analyze (before: ${before.rows[0]?.analyzed} analysed)`);
  const role = await sql<{ current_user: string }>`select current_user`.execute(store.db);
  assert.equal(role.rows[0]?.current_user, 'lantern_app');
});

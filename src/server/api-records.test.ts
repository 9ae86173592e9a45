// The casework API: records added and changed as JSON with their own schemas; bad input refused with
// the field named and nothing saved; a stale version refused with the current record; another LA's
// child 404; every write audited and followed by the child's clocks.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestWorld, type TestWorld } from '../test-support/app.ts';
import { TestBrowser } from '../test-support/http.ts';
import { DEMO_PASSWORD } from '../synth/generate.ts';
import { withTenant } from '../store/tenant.ts';

let world: TestWorld;
let worker: TestBrowser;
let childId: string;

before(async () => {
  world = await startTestWorld();
  worker = new TestBrowser(world.app);
  await worker.signIn('a.social.worker', DEMO_PASSWORD);
  const me = world.a.staff.find((s) => s.username === 'a.social.worker')!;
  childId = world.a.allocations.find((a) => a.endDate === null && a.workerId === me.id)!.childId;
});
after(async () => world.close());

const send = (method: 'POST' | 'PUT', url: string, json: unknown) => worker.sendJson(method, url, json);

const auditCount = async (action: string): Promise<number> =>
  Number(
    (
      await withTenant(world.store.db, world.a.id, (tx) =>
        tx.selectFrom('audit_event').select((eb) => eb.fn.countAll<number>().as('n')).where('child_id', '=', childId).where('action', '=', action).where('record_type', '=', 'visits').executeTakeFirstOrThrow(),
      )
    ).n,
  );

test('a visit is added, listed and changed through the API; clocks and audit follow', async () => {
  const before = await auditCount('create');
  const created = await send('POST', `/api/children/${childId}/records/visits`, { date: '2026-11-01', childSeen: true, childSeenAlone: true, visitType: 'statutory', childSaid: 'Fine.' });
  assert.equal(created.statusCode, 201, created.body);
  const saved = created.json() as { recordKey: string; version: number; record: { id: string } };
  assert.equal(saved.version, 1);
  assert.equal(saved.record.id, saved.recordKey);
  assert.equal(await auditCount('create'), before + 1, 'the write is audited');
  const clockRow = await withTenant(world.store.db, world.a.id, (tx) =>
    tx.selectFrom('clock_instance').select('computed_as_at').where('child_id', '=', childId).executeTakeFirst(),
  );
  assert.equal(new Date(clockRow!.computed_as_at).toISOString(), world.clock.now().toISOString(), 'the child’s clocks were recomputed by the write');

  const listed = await worker.get(`/api/children/${childId}/records/visits`);
  assert.equal(listed.statusCode, 200);
  assert.ok((listed.json() as { records: { recordKey: string }[] }).records.some((r) => r.recordKey === saved.recordKey));

  const changed = await send('PUT', `/api/children/${childId}/records/visits/${saved.recordKey}`, { version: 1, record: { id: saved.recordKey, date: '2026-11-01', childSeen: true, observations: 'Home tidy.' } });
  assert.equal(changed.statusCode, 200, changed.body);
  assert.equal((changed.json() as { version: number }).version, 2);

  const stale = await send('PUT', `/api/children/${childId}/records/visits/${saved.recordKey}`, { version: 1, record: { id: saved.recordKey, date: '2026-11-01', childSeen: false } });
  assert.equal(stale.statusCode, 409);
  const conflict = stale.json() as { current: { version: number; record: { observations: string } } };
  assert.equal(conflict.current.version, 2);
  assert.equal(conflict.current.record.observations, 'Home tidy.');
});

test('bad input is refused with the field named, and nothing is saved', async () => {
  const count = async () => (await worker.get(`/api/children/${childId}/records/visits`)).json().records.length as number;
  const start = await count();
  const unknownField = await send('POST', `/api/children/${childId}/records/visits`, { date: '2026-11-01', childSeen: true, mood: 'happy' });
  assert.equal(unknownField.statusCode, 400);
  assert.match(unknownField.body, /mood/);
  const future = await send('POST', `/api/children/${childId}/records/visits`, { date: '2027-01-01', childSeen: true });
  assert.equal(future.statusCode, 400);
  assert.match(future.body, /today or in the past/);
  const unknownCode = await send('POST', `/api/children/${childId}/records/visits`, { date: '2026-11-01', childSeen: true, visitType: 'teleport' });
  assert.equal(unknownCode.statusCode, 400);
  assert.match((unknownCode.json() as { problems: { field: string }[] }).problems[0]!.field, /visitType/);
  const badDate = await send('POST', `/api/children/${childId}/records/visits`, { date: '2026-02-30', childSeen: true });
  assert.equal(badDate.statusCode, 400);
  assert.equal(await count(), start);
});

test('another LA’s child answers 404, and a role that cannot write a record is refused', async () => {
  const other = world.b.allocations.find((a) => a.endDate === null)!.childId;
  const response = await send('POST', `/api/children/${other}/records/visits`, { date: '2026-11-01', childSeen: true });
  assert.equal(response.statusCode, 404);
  assert.equal((await worker.get(`/api/children/${other}/records/visits`)).statusCode, 404);
  const supervision = await send('POST', `/api/children/${childId}/records/caseSupervisions`, { date: '2026-11-01' });
  assert.equal(supervision.statusCode, 403, 'case supervision is recorded by the manager');
});

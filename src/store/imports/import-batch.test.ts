// The import writer against a database: all or nothing, idempotent, matched to stored records, audited,
// clocks recomputed, and confined to the importing LA. Batches are made by hand here; the readers of
// each format have their own tests, and src/server/imports.test.ts runs real files end to end.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { TestStore } from '../../test-support/database.ts';
import { LOADED_AT, openWorld, type TwoAuthorities } from '../../test-support/fixtures.ts';
import { withTenant } from '../tenant.ts';
import { importBatch } from './import-batch.ts';
import type { ImportBatch, ImportedChild } from '../../returns/import-batch.ts';

let store: TestStore;
let world: TwoAuthorities;
before(async () => {
  ({ store, ...world } = await openWorld());
});
after(async () => store.close());

const CLI = { command: 'lantern import' };
const at = (line: number) => ({ file: 'episodes.csv', line });

function lookedAfterChild(reference: string, line: number, endDate: string | null = null): ImportedChild {
  return {
    childReference: reference,
    identity: { dateOfBirth: '2015-04-01', sex: '2', ethnicity: 'WBRI' },
    source: at(line),
    records: [
      { recordType: 'periodsOfCare', match: { startDate: '2025-06-02' }, fields: { startDate: '2025-06-02', endDate, reasonForNewEpisode: 'S', categoryOfNeed: 'N1' }, source: at(line) },
      { recordType: 'legalStatuses', match: { startDate: '2025-06-02' }, fields: { code: 'C2', startDate: '2025-06-02', endDate }, source: at(line) },
      {
        recordType: 'placements', match: { startDate: '2025-06-02' }, fields: { startDate: '2025-06-02', endDate, typeCode: 'U3', providerCode: 'PR1' },
        defaults: { placedWith: 'other' }, refs: { periodOfCareId: { recordType: 'periodsOfCare', match: { startDate: '2025-06-02' } } }, source: at(line),
      },
    ],
  };
}
const batchOf = (children: ImportedChild[], rejected: ImportBatch['rejected'] = []): ImportBatch => ({ format: 'ssda903', collectionYear: 2026, rows: children.length, children, rejected });

async function counts(laId: string, reference: string) {
  return withTenant(store.db, laId, async (tx) => {
    const child = await tx.selectFrom('child').selectAll().where('child_reference', '=', reference).executeTakeFirst();
    const records = child ? await tx.selectFrom('journey_record').select(['record_type', 'version', 'data']).where('child_id', '=', child.id).execute() : [];
    const clocks = child ? await tx.selectFrom('clock_instance').select('clock_id').where('child_id', '=', child.id).execute() : [];
    const audits = child ? await tx.selectFrom('audit_event').select(['action', 'actor_username']).where('child_id', '=', child.id).execute() : [];
    const runs = await tx.selectFrom('audit_event').select('detail').where('record_type', '=', 'import').execute();
    return { child, records, clocks, audits, runs };
  });
}

test('a new child is created with their records, clocks and an audit row; importing again changes nothing', async () => {
  const first = await importBatch(store.db, world.a.id, CLI, batchOf([lookedAfterChild('IMP001', 2)]), LOADED_AT);
  assert.equal(first.written, true);
  assert.deepEqual(first.rejected, []);
  assert.deepEqual(first.children, { created: 1, updated: 0, unchanged: 0 });
  assert.deepEqual(first.records, { created: 3, updated: 0, unchanged: 0 });
  const after1 = await counts(world.a.id, 'IMP001');
  assert.equal(after1.child?.date_of_birth, '2015-04-01');
  assert.equal(after1.child?.sex, '2');
  assert.equal(after1.records.length, 3);
  const placement = after1.records.find((r) => r.record_type === 'placements')!.data as Record<string, unknown>;
  const period = after1.records.find((r) => r.record_type === 'periodsOfCare')!.data as Record<string, unknown>;
  assert.equal(placement.periodOfCareId, period.id);
  assert.ok(after1.clocks.length > 0, 'a looked-after child has clocks (reviews, visits)');
  assert.deepEqual(after1.audits.map((a) => [a.action, a.actor_username]), [['create', 'lantern import']]);

  const again = await importBatch(store.db, world.a.id, CLI, batchOf([lookedAfterChild('IMP001', 2)]), LOADED_AT);
  assert.deepEqual(again.children, { created: 0, updated: 0, unchanged: 1 });
  assert.deepEqual(again.records, { created: 0, updated: 0, unchanged: 3 });
  const after2 = await counts(world.a.id, 'IMP001');
  assert.equal(after2.records.length, 3);
  assert.ok(after2.records.every((r) => r.version === 1));
  assert.equal(after2.audits.length, 1, 'an unchanged child is not written, so not audited as written');
  assert.equal(after2.runs.length, after1.runs.length + 1, 'each run is audited');
});

test('a changed field updates the stored record (version 2), keeping fields a worker added', async () => {
  await importBatch(store.db, world.a.id, CLI, batchOf([lookedAfterChild('IMP002', 2)]), LOADED_AT);
  await withTenant(store.db, world.a.id, async (tx) => {
    const child = await tx.selectFrom('child').select('id').where('child_reference', '=', 'IMP002').executeTakeFirstOrThrow();
    const row = await tx.selectFrom('journey_record').select(['id', 'data']).where('child_id', '=', child.id).where('record_type', '=', 'placements').executeTakeFirstOrThrow();
    await tx.updateTable('journey_record').set({ data: JSON.stringify({ ...(row.data as object), placementPlanDate: '2025-06-03' }) }).where('id', '=', row.id).execute();
  });
  const report = await importBatch(store.db, world.a.id, CLI, batchOf([lookedAfterChild('IMP002', 2, '2025-09-30')]), LOADED_AT);
  assert.deepEqual(report.records, { created: 0, updated: 3, unchanged: 0 });
  const { records, audits } = await counts(world.a.id, 'IMP002');
  const placement = records.find((r) => r.record_type === 'placements')!;
  assert.equal(placement.version, 2);
  assert.deepEqual([(placement.data as Record<string, unknown>).endDate, (placement.data as Record<string, unknown>).placementPlanDate], ['2025-09-30', '2025-06-03']);
  assert.deepEqual(audits.map((a) => a.action).sort(), ['create', 'update']);
});

test('any refused row means nothing is written: not the good children, not the audit', async () => {
  const before = await counts(world.a.id, 'IMP003');
  const bad = lookedAfterChild('IMP004', 7);
  bad.records[2]!.fields.typeCode = 'TOO LONG';
  const report = await importBatch(store.db, world.a.id, CLI, batchOf([lookedAfterChild('IMP003', 2), bad]), LOADED_AT);
  assert.equal(report.written, false);
  assert.equal(report.rejected.length, 1);
  assert.deepEqual({ ...report.rejected[0], reason: undefined }, { file: 'episodes.csv', line: 7, field: 'typeCode', reason: undefined, childReference: 'IMP004' });
  assert.match(report.rejected[0]!.reason, /placements/);
  assert.equal((await counts(world.a.id, 'IMP003')).child, undefined);
  assert.equal((await counts(world.a.id, 'IMP003')).runs.length, before.runs.length);

  const readerRefused = await importBatch(store.db, world.a.id, CLI, batchOf([lookedAfterChild('IMP003', 2)], [{ file: 'header.csv', line: 4, field: 'DOB', reason: 'DOB 31/02/2015 is not a date' }]), LOADED_AT);
  assert.equal(readerRefused.written, false);
  assert.deepEqual(readerRefused.rejected.map((r) => r.field), ['DOB']);
  assert.equal((await counts(world.a.id, 'IMP003')).child, undefined);
});

test('a dry run reports what would happen and writes nothing', async () => {
  const report = await importBatch(store.db, world.a.id, CLI, batchOf([lookedAfterChild('IMP005', 2)]), LOADED_AT, { dryRun: true });
  assert.deepEqual(report.children, { created: 1, updated: 0, unchanged: 0 });
  assert.equal(report.written, false);
  assert.equal((await counts(world.a.id, 'IMP005')).child, undefined);
});

test('an import touches only its own LA: the same reference in another LA is another child', async () => {
  await importBatch(store.db, world.b.id, CLI, batchOf([lookedAfterChild('IMP006', 2)]), LOADED_AT);
  await importBatch(store.db, world.a.id, CLI, batchOf([lookedAfterChild('IMP006', 2, '2025-07-01')]), LOADED_AT);
  const inB = await counts(world.b.id, 'IMP006');
  assert.ok(inB.records.every((r) => (r.data as Record<string, unknown>).endDate === null), 'B keeps its own, open, period of care');
  assert.equal((await counts(world.a.id, 'IMP006')).records.length, 3);
});

test('progress is reported for each phase, ending at the total', async () => {
  const seen: string[] = [];
  await importBatch(store.db, world.a.id, CLI, batchOf([lookedAfterChild('IMP007', 2), lookedAfterChild('IMP008', 5)]), LOADED_AT, { onProgress: (phase, done, total) => seen.push(`${phase} ${done}/${total}`) });
  for (const end of ['checking 2/2', 'writing 2/2', 'clocks 2/2']) assert.ok(seen.includes(end), `${end} in ${seen.join(', ')}`);
});

test('a stored record with no id of its own (an older legal status) is matched and updated in its own row', async () => {
  await importBatch(store.db, world.a.id, CLI, batchOf([lookedAfterChild('IMP009', 2)]), LOADED_AT);
  await withTenant(store.db, world.a.id, async (tx) => {
    const child = await tx.selectFrom('child').select('id').where('child_reference', '=', 'IMP009').executeTakeFirstOrThrow();
    const row = await tx.selectFrom('journey_record').select(['id', 'data']).where('child_id', '=', child.id).where('record_type', '=', 'legalStatuses').executeTakeFirstOrThrow();
    const { id: _dropped, ...withoutId } = row.data as Record<string, unknown>;
    await tx.updateTable('journey_record').set({ data: JSON.stringify(withoutId), record_key: row.id }).where('id', '=', row.id).execute();
  });
  const report = await importBatch(store.db, world.a.id, CLI, batchOf([lookedAfterChild('IMP009', 2, '2025-08-01')]), LOADED_AT);
  assert.equal(report.written, true);
  const statuses = (await counts(world.a.id, 'IMP009')).records.filter((r) => r.record_type === 'legalStatuses');
  assert.equal(statuses.length, 1);
  assert.equal((statuses[0]!.data as Record<string, unknown>).endDate, '2025-08-01');
});

test('leaving refused children out: the others are written, each refused child is left out whole; a problem with a file still refuses everything', async () => {
  const bad = lookedAfterChild('IMP011', 7);
  bad.records[2]!.fields.typeCode = 'TOO LONG';
  const report = await importBatch(store.db, world.a.id, CLI, batchOf([lookedAfterChild('IMP010', 2), bad]), LOADED_AT, { skipRefusedChildren: true });
  assert.equal(report.written, true);
  assert.equal(report.childrenLeftOut, 1);
  assert.deepEqual(report.children, { created: 1, updated: 0, unchanged: 0 });
  assert.deepEqual(report.rejected.map((r) => [r.childReference, r.line, r.field]), [['IMP011', 7, 'typeCode']]);
  assert.equal((await counts(world.a.id, 'IMP010')).records.length, 3);
  assert.equal((await counts(world.a.id, 'IMP011')).child, undefined, 'not half-written: the refused child is not there at all');

  // A reader's refusal of one of a child's rows leaves that child out, with the rows it did accept.
  const readerRefusedRow = await importBatch(store.db, world.a.id, CLI, batchOf([lookedAfterChild('IMP012', 2)], [{ file: 'reviews.csv', line: 3, field: 'REVIEW', reason: 'REVIEW 31/02/2025 is not a date', childReference: 'IMP012' }]), LOADED_AT, { skipRefusedChildren: true });
  assert.equal(readerRefusedRow.childrenLeftOut, 1);
  assert.equal((await counts(world.a.id, 'IMP012')).child, undefined);

  const fileProblem = await importBatch(store.db, world.a.id, CLI, batchOf([lookedAfterChild('IMP013', 2)], [{ file: 'DoLo.csv', line: 1, field: null, reason: 'not an SSDA903 file' }]), LOADED_AT, { skipRefusedChildren: true });
  assert.equal(fileProblem.written, false);
  assert.equal((await counts(world.a.id, 'IMP013')).child, undefined);
});

test('a record met twice in the files (created by one row, changed by the next) is stored once, in its last state', async () => {
  const child = lookedAfterChild('IMP014', 2);
  child.records.push({ recordType: 'claReviews', match: { date: '2025-06-20' }, fields: { date: '2025-06-20', participationCode: 'PN1' }, source: at(9) });
  child.records.push({ recordType: 'claReviews', match: { date: '2025-06-20' }, fields: { date: '2025-06-20', participationCode: 'PN3' }, source: at(10) });
  const report = await importBatch(store.db, world.a.id, CLI, batchOf([child]), LOADED_AT);
  assert.equal(report.written, true);
  const reviews = (await counts(world.a.id, 'IMP014')).records.filter((r) => r.record_type === 'claReviews');
  assert.deepEqual(reviews.map((r) => (r.data as Record<string, unknown>).participationCode), ['PN3']);
});

import test from 'node:test';
import assert from 'node:assert/strict';
import { applyImportedRecords } from './apply-imported-child.ts';
import type { ImportedRecord } from '../../returns/import-batch.ts';

const at = (line: number) => ({ file: 'episodes.csv', line });
let n = 0;
const newId = (type: string) => `${type}-${++n}`;

const care: ImportedRecord = { recordType: 'periodsOfCare', match: { startDate: '2024-01-10' }, fields: { startDate: '2024-01-10', endDate: null }, defaults: { reason: 'N1' }, source: at(2) };
const placement: ImportedRecord = {
  recordType: 'placements', match: { startDate: '2024-01-10' }, fields: { startDate: '2024-01-10', placementType: 'U1' },
  refs: { periodOfCareId: { recordType: 'periodsOfCare', match: { startDate: '2024-01-10' } } }, source: at(2),
};

test('new records are created with defaults and their references resolved to the ids made', () => {
  const out = applyImportedRecords({ child: { id: 'c1' } }, [care, placement], newId);
  assert.deepEqual(out.rejected, []);
  assert.deepEqual(out.records.map((r) => r.outcome), ['created', 'created']);
  const [period] = out.journey.periodsOfCare as Record<string, unknown>[];
  assert.equal(period!.reason, 'N1');
  assert.equal((out.journey.placements as Record<string, unknown>[])[0]!.periodOfCareId, period!.id);
});

test('applying the same records again changes nothing; a stored field the file does not hold is kept, and defaults never overwrite', () => {
  const first = applyImportedRecords({ child: { id: 'c1' } }, [care, placement], newId);
  const edited = structuredClone(first.journey);
  (edited.periodsOfCare as Record<string, unknown>[])[0]!.reason = 'S2';
  (edited.placements as Record<string, unknown>[])[0]!.notes = 'kept';
  const again = applyImportedRecords(edited, [care, placement], newId);
  assert.deepEqual(again.records.map((r) => r.outcome), ['unchanged', 'unchanged']);
  assert.deepEqual(again.journey, edited);
});

test('a changed field updates the matched record in place', () => {
  const first = applyImportedRecords({ child: { id: 'c1' } }, [care], newId);
  const ended = { ...care, fields: { ...care.fields, endDate: '2024-06-01' } };
  const out = applyImportedRecords(first.journey, [ended], newId);
  assert.equal(out.records[0]!.outcome, 'updated');
  assert.equal((out.journey.periodsOfCare as unknown[]).length, 1);
  assert.equal((out.journey.periodsOfCare as Record<string, unknown>[])[0]!.endDate, '2024-06-01');
});

test('an unresolvable reference, or a natural key held twice, is rejected with its place and the record left out', () => {
  const orphan = applyImportedRecords({ child: { id: 'c1' } }, [placement], newId);
  assert.deepEqual(orphan.rejected, [{ file: 'episodes.csv', line: 2, field: 'periodOfCareId', reason: 'refers to a periodsOfCare record that is not in the files or stored' }]);
  assert.equal(orphan.journey.placements, undefined);
  const twice = { child: { id: 'c1' }, periodsOfCare: [{ id: 'a', startDate: '2024-01-10' }, { id: 'b', startDate: '2024-01-10' }] };
  const out = applyImportedRecords(twice, [care], newId);
  assert.equal(out.rejected[0]!.field, 'startDate');
  assert.deepEqual(out.journey, twice);
});

test('a single record (adoption, careLeaver) is matched as the one the child has', () => {
  const leaver: ImportedRecord = { recordType: 'careLeaver', match: {}, fields: { inTouch: 'YES' }, defaults: { eligibility: 'former relevant' }, source: at(5) };
  const first = applyImportedRecords({ child: { id: 'c1' } }, [leaver], newId);
  assert.deepEqual(first.journey.careLeaver, { eligibility: 'former relevant', inTouch: 'YES' });
  const again = applyImportedRecords(first.journey, [leaver], newId);
  assert.equal(again.records[0]!.outcome, 'unchanged');
});

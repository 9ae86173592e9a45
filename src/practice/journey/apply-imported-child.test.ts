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

test('a record that began before the file is found as the one in force on the day given, and created from its defaults when none is', () => {
  // An SSDA903 episode of 1 May continuing a placement begun before the year: the file does not know its start.
  const continuing: ImportedRecord = {
    recordType: 'placements', match: {}, inForceOn: '2024-05-01', fields: { typeCode: 'U4' }, defaults: { startDate: '2024-05-01' },
    refs: { periodOfCareId: { recordType: 'periodsOfCare', match: {}, inForceOn: '2024-05-01' } }, source: at(7),
  };
  const stored = {
    child: { id: 'c1' },
    periodsOfCare: [{ id: 'p0', startDate: '2020-01-01', endDate: '2021-01-01' }, { id: 'p1', startDate: '2023-02-01', endDate: null }],
    placements: [
      { id: 'a', periodOfCareId: 'p1', startDate: '2023-02-01', endDate: '2024-01-10', typeCode: 'U6' },
      { id: 'b', periodOfCareId: 'p1', startDate: '2024-01-10', endDate: null, typeCode: 'U4' },
    ],
  };
  const found = applyImportedRecords(stored, [continuing], newId);
  assert.deepEqual(found.rejected, []);
  assert.deepEqual(found.records.map((r) => [r.outcome, r.recordKey]), [['unchanged', 'b']]);
  // The day one placement ends and the next begins, the next is the one in force.
  const onTheDay = applyImportedRecords(stored, [{ ...continuing, inForceOn: '2024-01-10', refs: {} }], newId);
  assert.deepEqual(onTheDay.records.map((r) => [r.outcome, r.recordKey]), [['unchanged', 'b']]);
  // Nothing in force (before any placement): a new record, its start from the defaults, its period found the same way.
  const fresh = applyImportedRecords({ child: { id: 'c1' }, periodsOfCare: [{ id: 'p9', startDate: '2024-04-01', endDate: null }] }, [continuing], newId);
  assert.equal(fresh.records[0]!.outcome, 'created');
  assert.deepEqual({ ...fresh.records[0]!.record, id: 'x' }, { id: 'x', startDate: '2024-05-01', typeCode: 'U4', periodOfCareId: 'p9' });
  // No period in force: the reference cannot be resolved.
  const orphan = applyImportedRecords({ child: { id: 'c1' } }, [continuing], newId);
  assert.equal(orphan.rejected[0]!.field, 'periodOfCareId');
  // Two open records in force on the day: ambiguous, refused.
  const two = { child: { id: 'c1' }, placements: [{ id: 'a', startDate: '2024-01-01' }, { id: 'b', startDate: '2024-02-01' }] };
  const ambiguous = applyImportedRecords(two, [{ ...continuing, refs: {} }], newId);
  assert.equal(ambiguous.rejected[0]!.field, 'startDate');
  assert.match(ambiguous.rejected[0]!.reason, /on 2024-05-01 finds 2 placements records/);
});

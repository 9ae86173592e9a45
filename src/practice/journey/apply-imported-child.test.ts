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

test('matchWithin: the latest of its kind in a window of days is the record, its own day kept; none in the window makes one from the defaults', () => {
  // An OC2 SDQ score for 2024/25: the year says when, not the day.
  const sdq: ImportedRecord = {
    recordType: 'healthChecks', match: { kind: 'sdq' }, matchWithin: { field: 'date', from: '2024-04-01', to: '2025-03-31' },
    fields: { kind: 'sdq', sdqScore: 14 }, defaults: { date: '2024-04-01' }, source: at(3),
  };
  const stored = {
    child: { id: 'c1' },
    healthChecks: [
      { id: 'old', kind: 'sdq', date: '2024-03-31', sdqScore: 20 },
      { id: 'later', kind: 'sdq', date: '2025-02-01', sdqScore: 14 },
      { id: 'dental', kind: 'dental', date: '2025-03-01' },
      { id: 'earlier', kind: 'sdq', date: '2024-09-30', sdqScore: 9 },
      { id: 'next', kind: 'sdq', date: '2025-04-01', sdqScore: 3 },
    ],
  };
  const same = applyImportedRecords(stored, [sdq], newId);
  assert.deepEqual(same.records.map((r) => [r.outcome, r.recordKey]), [['unchanged', 'later']]);
  assert.deepEqual(same.journey, stored);
  // A different score updates only the score of the latest in the year; its day stays.
  const changed = applyImportedRecords(stored, [{ ...sdq, fields: { kind: 'sdq', sdqScore: 11 } }], newId);
  assert.deepEqual(changed.records.map((r) => [r.outcome, r.record]), [['updated', { id: 'later', kind: 'sdq', date: '2025-02-01', sdqScore: 11 }]]);
  assert.equal((changed.journey.healthChecks as unknown[]).length, 5);
  // None of the kind in the year (only before and after it): one is made, dated from the defaults.
  const none = { child: { id: 'c1' }, healthChecks: [stored.healthChecks[0]!, stored.healthChecks[4]!] };
  const made = applyImportedRecords(none, [sdq], newId);
  assert.equal(made.records[0]!.outcome, 'created');
  assert.deepEqual({ ...made.records[0]!.record, id: 'x' }, { id: 'x', kind: 'sdq', date: '2024-04-01', sdqScore: 14 });
});

test('matchWithin orEarlierIfSame: an earlier record already saying what the file says stands for it; one saying otherwise does not', () => {
  // OC2 IMMUNISATIONS 1: up to date at the latest check, which may be before the year.
  const upToDate: ImportedRecord = {
    recordType: 'healthChecks', match: { kind: 'immunisations' }, matchWithin: { field: 'date', from: '2024-04-01', to: '2025-03-31', orEarlierIfSame: true },
    fields: { kind: 'immunisations', upToDate: true }, defaults: { date: '2024-04-01' }, source: at(3),
  };
  const before = { child: { id: 'c1' }, healthChecks: [{ id: 'i0', kind: 'immunisations', date: '2023-06-01', upToDate: false }, { id: 'i1', kind: 'immunisations', date: '2023-11-01', upToDate: true }] };
  assert.deepEqual(applyImportedRecords(before, [upToDate], newId).records.map((r) => [r.outcome, r.recordKey]), [['unchanged', 'i1']]);
  // The latest before the year said not up to date: it is history, not rewritten; the year gets its own.
  const notThen = { child: { id: 'c1' }, healthChecks: [{ id: 'i1', kind: 'immunisations', date: '2023-11-01', upToDate: false }] };
  const out = applyImportedRecords(notThen, [upToDate], newId);
  assert.deepEqual(out.records.map((r) => [r.outcome, r.record.date, r.record.upToDate]), [['created', '2024-04-01', true]]);
  assert.deepEqual((out.journey.healthChecks as Record<string, unknown>[])[0], notThen.healthChecks[0]);
  // One in the year is the record, and is updated.
  const inYear = { child: { id: 'c1' }, healthChecks: [{ id: 'i1', kind: 'immunisations', date: '2023-11-01', upToDate: true }, { id: 'i2', kind: 'immunisations', date: '2024-12-01', upToDate: false }] };
  assert.deepEqual(applyImportedRecords(inYear, [upToDate], newId).records.map((r) => [r.outcome, r.recordKey, r.record.upToDate]), [['updated', 'i2', true]]);
});

test('matchWithin nth and dayOnly: a missing episode given by its day is that day\'s first or second in England, keeping its times unless the day differs', () => {
  const onDay = (nth: number, fields: Record<string, unknown>): ImportedRecord => ({
    recordType: 'missingEpisodes', match: {}, matchWithin: { field: 'startAt', from: '2025-06-01', to: '2025-06-01', nth }, dayOnly: ['startAt', 'returnedAt'], fields, source: at(4 + nth),
  });
  const stored = {
    child: { id: 'c1' },
    missingEpisodes: [
      // Held out of time order; 23:30 UK time on 1 June (BST) is still 1 June in England, and 21:30Z is 22:30 that day.
      { id: 'late', startAt: '2025-06-01T23:30', returnedAt: '2025-06-02T08:15', type: 'missing', fromCare: true },
      { id: 'early', startAt: '2025-06-01T21:30Z', returnedAt: null, type: 'away', fromCare: true },
      { id: 'before', startAt: '2025-05-31T23:30Z', returnedAt: '2025-06-01T10:00', type: 'missing', fromCare: true },
    ],
  };
  // 2025-05-31T23:30Z is 00:30 on 1 June in England: the first that day; 21:30Z (22:30 BST) the second, 23:30 UK time the third.
  const first = onDay(0, { startAt: '2025-06-01T12:00', returnedAt: '2025-06-01T12:00', type: 'missing', fromCare: true });
  const second = onDay(1, { startAt: '2025-06-01T12:01', type: 'away', fromCare: true });
  const third = onDay(2, { startAt: '2025-06-01T12:02', returnedAt: '2025-06-02T12:00', type: 'missing', fromCare: true });
  const same = applyImportedRecords(stored, [first, second, third], newId);
  assert.deepEqual(same.rejected, []);
  assert.deepEqual(same.records.map((r) => [r.outcome, r.recordKey]), [['unchanged', 'before'], ['unchanged', 'early'], ['unchanged', 'late']]);
  assert.deepEqual(same.journey, stored);
  // A return on another day is written (at the file's midday); the start's time is kept.
  const later = applyImportedRecords(stored, [{ ...third, fields: { ...third.fields, returnedAt: '2025-06-03T12:00' } }], newId);
  assert.deepEqual(later.records.map((r) => [r.outcome, r.record.startAt, r.record.returnedAt]), [['updated', '2025-06-01T23:30', '2025-06-03T12:00']]);
  // A fourth that day is not held: created at the file's time.
  const fourth = applyImportedRecords(stored, [onDay(3, { startAt: '2025-06-01T12:03', type: 'missing', fromCare: true })], newId);
  assert.deepEqual(fourth.records.map((r) => [r.outcome, r.record.startAt]), [['created', '2025-06-01T12:03']]);
});

// A household as Annex A List 11 rows: one per adopter, with the columns and code values the LIIA
// schema defines (checked against the schema file itself).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { list11Rows, LIST_11_COLUMNS } from './annex-a.ts';
import { householdOf } from './test-household.ts';
import { ADOPTER_DISABILITY, ADOPTER_GENDERS, DISABILITY_ANNEX_A, GENDER_ANNEX_A, LEAVING_REASONS, LEAVING_REASON_ANNEX_A } from './codes.ts';

const couple = { ...householdOf({ adopter2Name: 'Sam Morgan', adopter2Gender: 'male', adopter2Ethnicity: 'MWBC', adopter2Disability: 'unknown', stage1StartedOn: '2026-01-10', leftOn: '2026-02-20', leavingReason: 'withdrew' }), familyReference: 'AF000042', version: 1 };

test('a couple is two rows sharing the family identifier, with List 11 values', () => {
  const rows = list11Rows(couple);
  assert.equal(rows.length, 2);
  assert.deepEqual(rows.map((r) => r['Individual adopter identifier']), ['AF000042-1', 'AF000042-2']);
  assert.ok(rows.every((r) => r['Family identifier'] === 'AF000042'));
  assert.deepEqual(rows.map((r) => r.Gender), ['b) Female', 'a) Male']);
  assert.deepEqual(rows.map((r) => r.Disability), ['No', 'Unknown']);
  assert.equal(rows[0]!['Date enquiry received'], '05/01/2026');
  assert.equal(rows[0]!['Date Stage 1 started'], '10/01/2026');
  assert.equal(rows[0]!['Date Stage 2 started'], '');
  assert.equal(rows[0]!['Reason for leaving adoption process'], 'a) Withdrew');
  assert.equal(rows[0]!['Is the (prospective) adopter fostering for adoption?'], 'No');
  assert.deepEqual(Object.keys(rows[0]!), [...LIST_11_COLUMNS]);
});

test('every code Lantern stores has its List 11 value, and the columns and values are the schema’s', () => {
  for (const [code] of ADOPTER_GENDERS) assert.ok(GENDER_ANNEX_A[code], code);
  for (const [code] of ADOPTER_DISABILITY) assert.ok(DISABILITY_ANNEX_A[code], code);
  for (const [code] of LEAVING_REASONS) assert.ok(LEAVING_REASON_ANNEX_A[code], code);
  // The shared standards beside the repository (as the CIN census test reads its XSD).
  const here = path.dirname(fileURLToPath(import.meta.url));
  const yaml = readFileSync(path.join(here, '..', '..', '..', '..', 'shared', 'standards', 'annex-a', 'liia_pipeline_Annex_A_schema.yml'), 'utf8');
  const list11 = yaml.slice(yaml.indexOf('    list_11:'));
  for (const column of LIST_11_COLUMNS) assert.ok(list11.includes(`        ${column}:`), column);
  for (const value of [...Object.values(LEAVING_REASON_ANNEX_A)]) assert.ok(list11.includes(`code: ${value}`), value);
  for (const value of Object.values(GENDER_ANNEX_A)) assert.ok(yaml.includes(`code: ${value}`), value);
});

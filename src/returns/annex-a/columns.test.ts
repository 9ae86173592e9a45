// Annex A's shape against the standards files: the 11 lists' column headings are the LIIA 2024 schema's
// keys, in order; the sheets are named as in Ofsted's sample workbook, whose header rows have the same
// columns (Ofsted's wording differs in places: "Age" for "Age of Child (Years)", case, quote marks); and
// every value a synthetic LA's Annex A holds in a category column is a code, or a name, the schema lists.
// The workbook is read back with exceljs: dates are real dates, ages and counts numbers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { ANNEX_A_COLUMNS, ANNEX_A_LISTS, isDateColumn, isNumberColumn } from './columns.ts';
import { buildAnnexA } from './build-annex-a.ts';
import { annexAWorkbook } from './workbook.ts';
import { generateLocalAuthority } from '../../synth/generate.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const standards = path.join(here, '..', '..', '..', '..', 'shared', 'standards', 'annex-a');
const yaml = readFileSync(path.join(standards, 'liia_pipeline_Annex_A_schema.yml'), 'utf8');

/** A YAML scalar's text: single quotes double a quote; double quotes take escapes (\\xNN, \\uNNNN, \\c). */
const unquote = (s: string): string => {
  if (/^'.*'$/.test(s)) return s.slice(1, -1).replaceAll("''", "'");
  if (/^".*"$/.test(s)) return s.slice(1, -1).replace(/\\x([0-9a-fA-F]{2})|\\u([0-9a-fA-F]{4})|\\(.)/g, (_, x, u, c) => (x || u ? String.fromCharCode(parseInt(x ?? u, 16)) : c));
  return s;
};

/** The schema's lists: each column's key (8-space indent under `list_N:`) and the text of its spec. */
function schemaLists(): Map<string, Map<string, string>> {
  const lists = new Map<string, Map<string, string>>();
  let columns: Map<string, string> | null = null;
  let current = '';
  for (const line of yaml.split('\n')) {
    const list = /^ {4}list_(\d+):\s*$/.exec(line);
    if (list) { columns = new Map(); lists.set(`List ${list[1]}`, columns); continue; }
    const column = /^ {8}(\S.*?):(\s+[&*][\w-]+)?\s*$/.exec(line);
    if (column && columns) { current = unquote(column[1]!); columns.set(current, ''); continue; }
    if (columns && current) columns.set(current, columns.get(current)! + line + '\n');
  }
  return lists;
}

test('the columns of lists 1 to 11 are the LIIA 2024 schema’s, in its order', () => {
  const lists = schemaLists();
  assert.deepEqual([...lists.keys()], ANNEX_A_LISTS);
  for (const list of ANNEX_A_LISTS) assert.deepEqual([...ANNEX_A_COLUMNS[list]], [...lists.get(list)!.keys()], list);
  // Date and number columns are the schema's: the workbook writes them as Excel dates and numbers.
  for (const list of ANNEX_A_LISTS) {
    for (const [column, spec] of lists.get(list)!) {
      if (/^ {12}date:/m.test(spec)) assert.ok(isDateColumn(column), `${list} ${column} is a date`);
      if (/^ {12}numeric:/m.test(spec)) assert.ok(isNumberColumn(column), `${list} ${column} is a number`);
      if (/^ {12}(category|string):/m.test(spec)) assert.ok(!isDateColumn(column) && !isNumberColumn(column), `${list} ${column} is text`);
    }
  }
});

const normalise = (header: string): string => {
  const h = header.toLowerCase().replace(/[^a-z0-9]/g, '');
  return h === 'age' ? 'ageofchildyears' : h;
};

for (const sample of ['Annex_A_2024_Jan_sample.xlsx']) {
  test(`the sheets and header rows match Ofsted’s sample workbook (${sample})`, async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(standards, sample));
    assert.deepEqual(workbook.worksheets.map((s) => s.name), ANNEX_A_LISTS);
    for (const list of ANNEX_A_LISTS) {
      const values = workbook.getWorksheet(list)!.getRow(1).values as unknown[];
      const headers = values.slice(1).map((v) => String(v ?? ''));
      assert.deepEqual(headers.map(normalise), ANNEX_A_COLUMNS[list].map(normalise), list);
    }
  });
}

test('a synthetic LA’s Annex A: every category value is one the schema lists, and the workbook reads back', async () => {
  // Named as a real LA: "LA of Placement" is one of the schema's LA names.
  const synthetic = generateLocalAuthority({ seed: 5, size: 'small', asAt: '2026-03-31', name: 'Croydon', dfeCode: '306', usernamePrefix: '' });
  const rows = buildAnnexA({
    la: { name: 'Croydon' },
    asAt: '2026-03-31',
    children: synthetic.children.map((c, i) => ({ ...c, journey: synthetic.journeys[i]! })),
    households: synthetic.adopterHouseholds.map((h) => ({ ...h, version: 1 })),
    teamNames: new Map(synthetic.teams.map((t) => [t.id, t.name])),
    workerNames: new Map(synthetic.staff.map((s) => [s.id, s.displayName])),
  });
  // A synthetic LA has something in every list.
  for (const list of ANNEX_A_LISTS) assert.ok(rows[list].length > 0, `${list} has rows`);
  const lists = schemaLists();
  // Every code and name the schema lists; a long one is folded onto more deeply indented lines.
  const listed = new Set<string>();
  let item: { indent: number; text: string } | null = null;
  const flush = (): void => { if (item) listed.add(unquote(item.text)); item = null; };
  for (const line of yaml.split('\n')) {
    const indent = line.length - line.trimStart().length;
    const m = /^\s+(?:-\s+code:|-)\s+(.+?)\s*$/.exec(line);
    if (m) { flush(); item = { indent, text: m[1]! }; continue; }
    if (item && indent > item.indent && !/^\s*[\w ]+:(\s|$)/.test(line)) { item.text += ` ${line.trim()}`; continue; }
    flush();
  }
  flush();
  const problems = new Set<string>();
  for (const list of ANNEX_A_LISTS) {
    for (const row of rows[list] as Record<string, string>[]) {
      for (const [column, spec] of lists.get(list)!) {
        const value = row[column]!;
        // Category columns (inline, or by an alias to one) must hold a listed value; Yes/No stand for the booleans.
        const isCategory = /^ {12}category:/m.test(spec) || ['Gender', 'Ethnicity'].includes(column) || /Disability/.test(column);
        if (!isCategory || value === '') continue;
        if (!listed.has(value)) problems.add(`${list} ${column}: ${value}`);
      }
    }
  }
  assert.deepEqual([...problems], []);

  const buffer = await annexAWorkbook(rows, new Date('2026-03-31T12:00:00Z'));
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buffer as unknown as ArrayBuffer);
  assert.deepEqual(back.worksheets.map((s) => s.name), ANNEX_A_LISTS);
  const sheet = back.getWorksheet('List 8')!;
  assert.deepEqual((sheet.getRow(1).values as unknown[]).slice(1), [...ANNEX_A_COLUMNS['List 8']]);
  assert.equal(sheet.rowCount, rows['List 8'].length + 1);
  const first = rows['List 8'][0]!;
  const started = sheet.getRow(2).getCell(ANNEX_A_COLUMNS['List 8'].indexOf('Date Started to be Looked After') + 1);
  assert.ok(started.value instanceof Date);
  const [d, m, y] = first['Date Started to be Looked After'].split('/');
  assert.equal((started.value as Date).toISOString().slice(0, 10), `${y}-${m}-${d}`);
  assert.equal(started.numFmt, 'dd/mm/yyyy');
  assert.equal(sheet.getRow(2).getCell(5).value, Number(first['Age of Child (Years)']));
});

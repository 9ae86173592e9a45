// The Annex A rows as an .xlsx workbook: one sheet per list, named and ordered as Ofsted's template
// ("List 1" .. "List 11"), the column headings in row 1 and one row per child or event below. As in
// the template (Annex_A_2024_Jan_sample.xlsx), dates are real Excel dates (shown dd/mm/yyyy) and ages
// and counts are numbers, so that inspectors can sort and filter them; a blank is an empty cell.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { ANNEX_A_COLUMNS, ANNEX_A_LISTS, isDateColumn, isNumberColumn } from './columns.ts';
import type { AnnexARows } from './build-annex-a.ts';

/** dd/mm/yyyy as a date at midnight UTC: Excel dates have no time zone, and exceljs writes UTC. */
function excelDate(dmy: string): Date {
  const [d, m, y] = dmy.split('/').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

// One style object for every cell of a kind. exceljs remembers the style id of a style object it has seen
// (a WeakMap), but gives each new cell a fresh empty style, so without these it worked out the same
// style again for every cell: measured, a third of the workbook's time for a Croydon-size LA.
const PLAIN: Partial<ExcelJS.Style> = Object.freeze({});
const DATE: Partial<ExcelJS.Style> = Object.freeze({ numFmt: 'dd/mm/yyyy' });

export async function annexAWorkbook(rows: AnnexARows, createdAt: Date): Promise<Buffer> {
  // The streaming writer: each row is written out as it is added, about twice as fast as building the
  // workbook in memory (the Croydon-size LA's three returns must export within 10 seconds).
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => { out.on('end', resolve); out.on('error', reject); });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Lantern';
  // Fixed, not the clock: the caller passes the export time.
  workbook.created = createdAt;
  workbook.modified = createdAt;
  for (const list of ANNEX_A_LISTS) {
    const columns: readonly string[] = ANNEX_A_COLUMNS[list];
    const sheet = workbook.addWorksheet(list, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = columns.map((name) => ({ header: name, key: name, width: Math.min(40, Math.max(12, name.length + 2)) }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    const dates = columns.map(isDateColumn);
    const numbers = columns.map(isNumberColumn);
    for (const row of rows[list] as Record<string, string>[]) {
      const added = sheet.addRow(columns.map((name, i) => {
        const value = row[name] ?? '';
        if (value === '') return null;
        if (dates[i]) return excelDate(value);
        if (numbers[i]) return Number(value);
        return value;
      }));
      added.eachCell({ includeEmpty: true }, (cell, n) => { cell.style = dates[n - 1] && row[columns[n - 1]!] ? DATE : PLAIN; });
      added.commit();
    }
    sheet.commit();
  }
  await workbook.commit();
  await done;
  return Buffer.concat(chunks);
}

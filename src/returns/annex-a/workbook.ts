// The Annex A rows as an .xlsx workbook: one sheet per list, named and ordered as Ofsted's template
// ("List 1" .. "List 11"), the column headings in row 1 and one row per child or event below. As in
// the template (Annex_A_2024_Jan_sample.xlsx), dates are real Excel dates (shown dd/mm/yyyy) and ages
// and counts are numbers, so that inspectors can sort and filter them; a blank is an empty cell.
import ExcelJS from 'exceljs';
import { ANNEX_A_COLUMNS, ANNEX_A_LISTS, isDateColumn, isNumberColumn } from './columns.ts';
import type { AnnexARows } from './build-annex-a.ts';

/** dd/mm/yyyy as a date at midnight UTC: Excel dates have no time zone, and exceljs writes UTC. */
function excelDate(dmy: string): Date {
  const [d, m, y] = dmy.split('/').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

export async function annexAWorkbook(rows: AnnexARows, createdAt: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Lantern';
  // Fixed, not the clock: the same records give the same file (the caller passes the export time).
  workbook.created = createdAt;
  workbook.modified = createdAt;
  for (const list of ANNEX_A_LISTS) {
    const columns: readonly string[] = ANNEX_A_COLUMNS[list];
    const sheet = workbook.addWorksheet(list, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = columns.map((name) => ({
      header: name,
      key: name,
      width: Math.min(40, Math.max(12, name.length + 2)),
      ...(isDateColumn(name) ? { style: { numFmt: 'dd/mm/yyyy' } } : {}),
    }));
    sheet.getRow(1).font = { bold: true };
    for (const row of rows[list] as Record<string, string>[]) {
      sheet.addRow(columns.map((name) => {
        const value = row[name] ?? '';
        if (value === '') return null;
        if (isDateColumn(name)) return excelDate(value);
        if (isNumberColumn(name)) return Number(value);
        return value;
      }));
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

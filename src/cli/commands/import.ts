// `lantern import cin-census FILE` / `lantern import ssda903 FILE… | DIR`: moving a council's records
// into Lantern from the returns its old system made. Read and checked whole; written all or nothing
// (src/store/imports/import-batch.ts); each refused row printed as file:line field: reason.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import cliProgress from 'cli-progress';
import { parse, UsageError, type Command } from '../command.ts';
import { loadConfig } from '../../config.ts';
import { openStore } from '../../store/database.ts';
import { withoutTenant } from '../../store/tenant.ts';
import { importBatch, type ImportPhase, type ImportReport } from '../../store/imports/import-batch.ts';
import { IMPORT_FORMATS, readReturnFiles } from '../../returns/read-return.ts';
import type { ImportBatch, Rejection } from '../../returns/import-batch.ts';
import { toCsv } from '../../returns/csv.ts';

/** Refusals printed on the terminal; the rest go to --rejections FILE. */
const SHOWN = 50;
const PHASE_LABELS: Record<ImportPhase, string> = { checking: 'Checking children', writing: 'Writing records  ', clocks: 'Computing clocks ' };

async function filesOf(args: readonly string[], extension: string): Promise<{ name: string; text: string }[]> {
  const out: { name: string; text: string }[] = [];
  for (const arg of args) {
    const info = await stat(arg).catch(() => null);
    if (!info) throw new UsageError(`no such file or folder: ${arg}`);
    const paths = info.isDirectory() ? (await readdir(arg)).filter((f) => f.toLowerCase().endsWith(extension)).sort().map((f) => path.join(arg, f)) : [arg];
    if (paths.length === 0) throw new UsageError(`${arg} holds no ${extension} files`);
    for (const p of paths) out.push({ name: path.basename(p), text: await readFile(p, 'utf8') });
  }
  return out;
}

export function rejectionLine(r: Rejection): string {
  return `${r.file}:${r.line}${r.field ? ` ${r.field}` : ''}: ${r.reason}`;
}

export function rejectionsCsv(rejected: readonly Rejection[]): string {
  return toCsv(['file', 'line', 'field', 'reason'], rejected.map((r) => [r.file, String(r.line), r.field ?? '', r.reason]));
}

function summary(report: ImportReport, dryRun: boolean): string {
  const c = report.children;
  const r = report.records;
  const verb = dryRun ? 'would be' : '';
  return [
    `${report.rows} rows read.`,
    `Children: ${c.created} ${verb} created, ${c.updated} ${verb} updated, ${c.unchanged} unchanged.`.replace(/ {2}/g, ' '),
    `Records: ${r.created} ${verb} created, ${r.updated} ${verb} updated, ${r.unchanged} unchanged.`.replace(/ {2}/g, ' '),
  ].join('\n');
}

export const importCommand: Command = {
  name: 'import',
  summary: 'Import children’s records from a children in need census XML file or a set of SSDA903 CSV files',
  usage: `lantern import cin-census FILE.xml [--la LA] [--check] [--skip-refused] [--rejections FILE.csv] [--progress]
lantern import ssda903 (FILE.csv… | DIR) [--year YYYY] [--la LA] [--check] [--skip-refused] [--rejections FILE.csv] [--progress]

Reads a DfE return made by any system (years from 2020/21) and creates or updates the children and their
records in one local authority (--la: its id or DfE code; needed when the database holds more than one).
Each child is matched by the LA's own reference (LAchildID, CHILD) and each record by the date the return
keys it on, so importing the same files twice changes nothing. SSDA903 files do not say their year: --year
gives the year the collection ends (2026 for 2025/26); without it, the year of the latest episode start. If any row is refused, nothing is written:
each refusal is printed as file:line field: reason (the first ${SHOWN}; --rejections writes them all as CSV)
and the command exits 1. With --skip-refused, each child with a refused row is left out whole and the
other children are imported (exit 0; the refusals are printed all the same); a problem with a whole file
still refuses everything. --check reads and checks everything and writes nothing. A progress bar is shown
when the terminal is interactive, or always with --progress. The import is recorded in the LA's audit trail
(as "lantern import"), one entry per child written and one for the run.`,
  async run(args) {
    const format = IMPORT_FORMATS.find((f) => f === args[0]);
    if (!format) throw new UsageError(`give the format to import: ${IMPORT_FORMATS.join(' or ')}`);
    const { values, positionals } = parse(args.slice(1), { la: { type: 'string' }, check: { type: 'boolean' }, rejections: { type: 'string' }, progress: { type: 'boolean' }, year: { type: 'string' }, 'skip-refused': { type: 'boolean' } }, true);
    if (positionals.length === 0) throw new UsageError(format === 'cin-census' ? 'give the CIN census XML file to import' : 'give the SSDA903 CSV files, or the folder holding them');
    if (format === 'cin-census' && positionals.length > 1) throw new UsageError('give one CIN census XML file');
    if (values.year !== undefined && (format !== 'ssda903' || typeof values.year !== 'string' || !/^20\d{2}$/.test(values.year))) {
      throw new UsageError(format === 'ssda903' ? '--year must be the year the collection ends, for example 2026' : '--year is for SSDA903 files: a census says its own year');
    }
    const files = await filesOf(positionals, format === 'cin-census' ? '.xml' : '.csv');
    const batch: ImportBatch = readReturnFiles(format, files, typeof values.year === 'string' ? { collectionYear: Number(values.year) } : {});

    const config = loadConfig();
    const store = await openStore({ databaseUrl: config.databaseUrl, appDatabaseUrl: config.appDatabaseUrl, dataDir: config.dataDir });
    try {
      const authorities = await withoutTenant(store.db, (tx) => tx.selectFrom('local_authority').select(['id', 'dfe_code', 'name']).orderBy('name').execute());
      const la = typeof values.la === 'string' ? values.la : undefined;
      const chosen = la ? authorities.find((a) => a.id === la || a.dfe_code === la) : authorities.length === 1 ? authorities[0] : undefined;
      if (!chosen) throw new UsageError(la ? `no local authority has id or DfE code ${la}` : authorities.length === 0 ? 'no local authority in the database' : 'the database holds more than one local authority: give --la');

      const showBar = values.progress === true || process.stderr.isTTY === true;
      const bar = showBar
        ? new cliProgress.SingleBar({ stream: process.stderr, noTTYOutput: true, notTTYSchedule: 1000, format: '{phase} [{bar}] {value}/{total} children', hideCursor: true }, cliProgress.Presets.shades_classic)
        : null;
      let phase: ImportPhase | null = null;
      const report = await importBatch(store.db, chosen.id, { command: 'lantern import' }, batch, new Date(), {
        dryRun: values.check === true,
        skipRefusedChildren: values['skip-refused'] === true,
        onProgress: (next, done, total) => {
          if (!bar) return;
          if (next !== phase) {
            if (phase) bar.stop();
            phase = next;
            bar.start(total, done, { phase: PHASE_LABELS[next] });
          } else bar.update(done);
        },
      });
      if (bar && phase) bar.stop();
      if (report.written && report.children.created > 1000) await store.analyze();

      console.log(`${chosen.name}: ${format === 'cin-census' ? 'children in need census' : 'SSDA903'} ${files.map((f) => f.name).join(', ')}`);
      console.log(summary(report, values.check === true));
      if (typeof values.rejections === 'string' && report.rejected.length) await writeFile(values.rejections, rejectionsCsv(report.rejected));
      for (const w of report.warnings) console.error(`warning: ${rejectionLine(w)}`);
      if (report.failure) {
        console.error(report.failure);
        return 1;
      }
      if (report.rejected.length) {
        for (const r of report.rejected.slice(0, SHOWN)) console.error(rejectionLine(r));
        const more = report.rejected.length - SHOWN;
        if (more > 0) console.error(`…and ${more} more${typeof values.rejections === 'string' ? ` (all ${report.rejected.length} in ${values.rejections})` : ' (--rejections FILE.csv writes them all)'}`);
        if (report.childrenLeftOut === 0) {
          console.error(`${report.rejected.length} rows refused: nothing was imported.`);
          return 1;
        }
        console.error(`${report.rejected.length} rows refused: ${report.childrenLeftOut} children left out (--skip-refused).`);
      }
      console.log(values.check === true ? 'Checked: nothing was written (--check).' : 'Imported.');
      return 0;
    } finally {
      await store.close();
    }
  },
};

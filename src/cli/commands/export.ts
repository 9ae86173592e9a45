// `lantern export cin-census|ssda903 --year 2026 --out DIR` (or `--as-at 2025-03-31`): a DfE return for a
// collection year, for each LA (or one), from the same database settings as the server.
// `lantern export annex-a --as-at 2025-03-31 --out DIR`: Ofsted's Annex A workbook as at that day.
// `lantern export all --as-at 2025-03-31 --out DIR`: all three from one read of the LA's journeys.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, UsageError, type Command } from '../command.ts';
import { loadConfig } from '../../config.ts';
import { openStore } from '../../store/database.ts';
import { exportCinCensusForLa } from '../../store/returns/export-cin-census.ts';
import { exportSsda903ForLa } from '../../store/returns/export-ssda903.ts';
import { exportAnnexAForLa, type AnnexAExport } from '../../store/returns/export-annex-a.ts';
import { exportAllReturns } from '../../store/returns/export-all.ts';
import type { Ssda903Export } from '../../store/returns/export-ssda903.ts';
import { collectionYearOf } from '../../returns/ssda903/build-ssda903.ts';
import { SSDA903_FILES } from '../../returns/ssda903/columns.ts';
import { withoutTenant } from '../../store/tenant.ts';

const RETURNS = ['cin-census', 'ssda903', 'annex-a', 'all'] as const;

/** --year YYYY, or --as-at YYYY-MM-DD meaning the collection year (1 April to 31 March) ending on or containing that day. */
function yearOption(values: Record<string, string | boolean | undefined>): number {
  const { year, 'as-at': asAt } = values;
  if (year !== undefined && asAt !== undefined) throw new UsageError('give --year or --as-at, not both');
  if (typeof asAt === 'string') {
    const valid = /^20\d{2}-\d{2}-\d{2}$/.test(asAt) && !Number.isNaN(Date.parse(`${asAt}T00:00:00Z`)) && new Date(`${asAt}T00:00:00Z`).toISOString().startsWith(asAt);
    if (!valid) throw new UsageError('--as-at must be a date, for example 2025-03-31');
    return collectionYearOf(asAt);
  }
  if (typeof year === 'string' && /^20\d{2}$/.test(year)) return Number(year);
  throw new UsageError('--year is required: the year the collection ends, for example 2026 (or --as-at 2026-03-31)');
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'Write a return to a folder: the children in need census XML, the SSDA903 CSV files or Ofsted’s Annex A workbook',
  usage: `lantern export cin-census|ssda903 (--year YYYY | --as-at YYYY-MM-DD) --out DIR [--la LOCAL_AUTHORITY_ID]
lantern export annex-a --as-at YYYY-MM-DD --out DIR [--la LOCAL_AUTHORITY_ID]
lantern export all --as-at YYYY-MM-DD --out DIR [--la LOCAL_AUTHORITY_ID]

The collection year runs from 1 April to 31 March: --year 2026 is the DfE's 2025/26 return, and
--as-at 2025-03-31 (or any day in that year) is 2024/25. For each local authority (or the one given):

  cin-census  writes cin-census-<LA code>-<year>.xml, valid against the DfE's 2026 schema.
  ssda903     writes a folder ssda903-<LA code>-<year> holding ${SSDA903_FILES.map((f) => `${f}.csv`).join(', ')},
              with the DfE's columns and codes.
  annex-a     writes annex-a-<LA code>-<YYYY-MM-DD>.xlsx: Ofsted's Annex A, sheets "List 1" to "List 11"
              with the LIIA column headings, covering the 12 months to the --as-at day.
  all         writes all three (the census and SSDA903 for the collection year holding the --as-at day,
              Annex A as at it), reading the LA's records once: faster than three separate exports.
Each export is recorded in the LA's audit trail (as "lantern export").`,
  async run(args) {
    const which = RETURNS.find((r) => r === args[0]);
    if (!which) throw new UsageError(`give the return to export: ${RETURNS.join(' or ')}`);
    const { values } = parse(args.slice(1), { year: { type: 'string' }, 'as-at': { type: 'string' }, out: { type: 'string' }, la: { type: 'string' } });
    // Annex A is as at a day, not for a collection year.
    if (which === 'annex-a' && typeof values['as-at'] !== 'string') throw new UsageError('annex-a needs --as-at YYYY-MM-DD: the day the lists are as at');
    if (which === 'all' && (typeof values['as-at'] !== 'string' || values.year !== undefined)) throw new UsageError('all needs --as-at YYYY-MM-DD (not --year): the day Annex A is as at, in the collection year of the census and SSDA903');
    const year = yearOption(values); // checks --as-at is a real date
    const asAt = typeof values['as-at'] === 'string' ? values['as-at'] : '';
    if (typeof values.out !== 'string' || values.out === '') throw new UsageError('--out is required: the folder to write to');
    const la = typeof values.la === 'string' ? values.la : undefined;
    if (la !== undefined && !/^[0-9a-f-]{36}$/.test(la)) throw new UsageError('--la must be a local authority id (a UUID)');
    const config = loadConfig();
    const store = await openStore({ databaseUrl: config.databaseUrl, appDatabaseUrl: config.appDatabaseUrl, dataDir: config.dataDir });
    try {
      const authorities = await withoutTenant(store.db, (tx) => tx.selectFrom('local_authority').select(['id', 'dfe_code']).orderBy('name').execute());
      const chosen = la ? authorities.filter((a) => a.id === la) : authorities;
      if (chosen.length === 0) throw new UsageError(la ? `no local authority has id ${la}` : 'no local authority in the database');
      await mkdir(values.out, { recursive: true });
      const out = values.out;
      const writeAnnexA = async (dfeCode: string, { workbook, rows }: AnnexAExport): Promise<void> => {
        const file = path.join(out, `annex-a-${dfeCode}-${asAt}.xlsx`);
        await writeFile(file, workbook);
        console.log(`${file} (${Object.entries(rows).map(([list, n]) => `${list} ${n}`).join(', ')})`);
      };
      const writeCinCensus = async (dfeCode: string, xml: string): Promise<void> => {
        const file = path.join(out, `cin-census-${dfeCode}-${year}.xml`);
        await writeFile(file, xml);
        console.log(file);
      };
      const writeSsda903 = async (dfeCode: string, { files, rows }: Ssda903Export): Promise<void> => {
        const folder = path.join(out, `ssda903-${dfeCode}-${year}`);
        await mkdir(folder, { recursive: true });
        for (const name of SSDA903_FILES) await writeFile(path.join(folder, `${name}.csv`), files[name]);
        console.log(`${folder} (${SSDA903_FILES.map((name) => `${name} ${rows[name]}`).join(', ')})`);
      };
      for (const authority of chosen) {
        if (which === 'annex-a') await writeAnnexA(authority.dfe_code, await exportAnnexAForLa(store.db, authority.id, asAt, new Date()));
        else if (which === 'cin-census') await writeCinCensus(authority.dfe_code, await exportCinCensusForLa(store.db, authority.id, year, new Date()));
        else if (which === 'ssda903') await writeSsda903(authority.dfe_code, await exportSsda903ForLa(store.db, authority.id, year, new Date()));
        else {
          const all = await exportAllReturns(store.db, authority.id, asAt, new Date());
          await writeCinCensus(authority.dfe_code, all.cinCensus);
          await writeSsda903(authority.dfe_code, all.ssda903);
          await writeAnnexA(authority.dfe_code, all.annexA);
        }
      }
    } finally {
      await store.close();
    }
    return 0;
  },
};

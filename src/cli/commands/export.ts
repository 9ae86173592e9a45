// `lantern export cin-census --year 2026 --out DIR`: the children in need census XML for a collection
// year, for each LA (or one), from the same database settings as the server.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, UsageError, type Command } from '../command.ts';
import { loadConfig } from '../../config.ts';
import { openStore } from '../../store/database.ts';
import { exportCinCensusForLa } from '../../store/returns/export-cin-census.ts';
import { withoutTenant } from '../../store/tenant.ts';

export const exportCommand: Command = {
  name: 'export',
  summary: 'Write a DfE return to a folder (today: the children in need census XML)',
  usage: `lantern export cin-census --year YYYY --out DIR [--la LOCAL_AUTHORITY_ID]

Writes cin-census-<LA code>-<year>.xml for the census year ending 31 March YYYY (the DfE's 2025/26
census is --year 2026), one file per local authority (or the one given), valid against the DfE's 2026
schema. The SSDA903 return and Annex A come next.`,
  async run(args) {
    if (args[0] !== 'cin-census') throw new UsageError('give the return to export: cin-census');
    const { values } = parse(args.slice(1), { year: { type: 'string' }, out: { type: 'string' }, la: { type: 'string' } });
    const year = typeof values.year === 'string' && /^20\d{2}$/.test(values.year) ? Number(values.year) : null;
    if (year === null) throw new UsageError('--year is required: the year the census ends, for example 2026');
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
      for (const authority of chosen) {
        const file = path.join(values.out, `cin-census-${authority.dfe_code}-${year}.xml`);
        await writeFile(file, await exportCinCensusForLa(store.db, authority.id, year));
        console.log(file);
      }
    } finally {
      await store.close();
    }
    return 0;
  },
};

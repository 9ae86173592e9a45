// `lantern measures --as-at 2025-03-31 [--json] [--la ID]`: the service dashboard's measures for each
// LA (or one), as at a date, for scripts (JSON) or people (a table). Aggregate figures only: no child is
// named, so nothing is audited (the dashboard audits its drill-down to children).
import { loadConfig } from '../../config.ts';
import { openStore } from '../../store/database.ts';
import { measuresForLocalAuthority } from '../../store/dashboard/service-dashboard.ts';
import { withoutTenant } from '../../store/tenant.ts';
import { todayInEngland } from '../../server/context.ts';
import type { MeasureResult } from '../../practice/measures/evaluate.ts';
import { dateOption, parse, UsageError, type Command } from '../command.ts';

export interface MeasureJson {
  id: string;
  family: string;
  title: string;
  unit: string;
  value: number | null;
  numerator: number;
  denominator: number;
  england: { value: number; source: string } | null;
  higherIsBetter: boolean | null;
  definition: { numerator: string; denominator: string; source: string };
}

export function measureJson(r: MeasureResult): MeasureJson {
  const d = r.definition;
  return {
    id: d.id,
    family: d.family,
    title: d.title,
    unit: d.unit,
    value: r.figure.value,
    numerator: r.figure.numerator,
    denominator: r.figure.denominator,
    england: d.england,
    higherIsBetter: d.higherIsBetter,
    definition: { numerator: d.numerator, denominator: d.denominator, source: d.source },
  };
}

function table(name: string, asAt: string, measures: MeasureJson[]): string {
  const rows = measures.map((m) => [m.title, m.value === null ? '–' : m.unit === 'percent' ? `${m.value}%` : String(m.value), m.unit === 'count' ? '' : `${m.numerator} / ${m.denominator}`, m.england ? (m.unit === 'percent' ? `${m.england.value}%` : String(m.england.value)) : '']);
  const head = ['Measure', 'Value', 'Of', 'England'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [`${name}, as at ${asAt}`, line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export const measuresCommand: Command = {
  name: 'measures',
  summary: 'Print the service dashboard’s measures as at a date (a table, or JSON for scripts)',
  usage: `lantern measures [--as-at YYYY-MM-DD] [--json] [--la LOCAL_AUTHORITY_ID]

Every measure of the service dashboard (docs/dashboard.md) for each local authority in the database (or
the one given), over the 12 months to the date (default today), from the stored clocks and records.
--json prints { asAt, localAuthorities: [{ id, name, measures: [...] }] }.`,
  async run(args) {
    const { values } = parse(args, { 'as-at': { type: 'string' }, json: { type: 'boolean' }, la: { type: 'string' } });
    const asAt = dateOption(values['as-at'], 'as-at', todayInEngland(new Date()));
    const la = typeof values.la === 'string' ? values.la : undefined;
    if (la !== undefined && !/^[0-9a-f-]{36}$/.test(la)) throw new UsageError('--la must be a local authority id (a UUID)');
    const config = loadConfig();
    const store = await openStore({ databaseUrl: config.databaseUrl, appDatabaseUrl: config.appDatabaseUrl, dataDir: config.dataDir });
    try {
      const authorities = await withoutTenant(store.db, (tx) => tx.selectFrom('local_authority').select(['id', 'name']).orderBy('name').execute());
      const chosen = la ? authorities.filter((a) => a.id === la) : authorities;
      if (chosen.length === 0) throw new UsageError(la ? `no local authority has id ${la}` : 'no local authority in the database');
      const out: { id: string; name: string; measures: MeasureJson[] }[] = [];
      for (const authority of chosen) out.push({ id: authority.id, name: authority.name, measures: (await measuresForLocalAuthority(store.db, authority.id, asAt)).map(measureJson) });
      if (values.json) console.log(JSON.stringify({ asAt, localAuthorities: out }, null, 2));
      else console.log(out.map((a) => table(a.name, asAt, a.measures)).join('\n\n'));
    } finally {
      await store.close();
    }
    return 0;
  },
};

// `lantern clocks`: every clock instance for the child described in a journey file, as JSON.
import { readFile } from 'node:fs/promises';
import { parseJourney } from '../../practice/journey/parse-journey.ts';
import { computeClocks } from '../../practice/clocks/engine.ts';
import { DEFAULT_LOCAL_STANDARDS, type LocalStandards } from '../../practice/clocks/types.ts';
import { checkLocalStandards } from '../../practice/clocks/local-standards.ts';
import { createCalendar } from '../../practice/calendar/calendar.ts';
import { parse, UsageError, type Command } from '../command.ts';
import { loadConfig } from '../../config.ts';
import { openStore } from '../../store/database.ts';
import { rebuildClocks } from '../../store/clocks/rebuild-clocks.ts';

const AS_AT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?$/;

async function readJson(path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new UsageError(`cannot read ${what} ${path}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function localStandards(value: unknown, path: string): LocalStandards {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new UsageError(`${path} must be a JSON object of local standards`);
  const checked = checkLocalStandards({ ...value });
  if (!checked.ok) throw new UsageError(`${path}: ${checked.problems.map((p) => `/${p.key}: ${p.message}`).join('; ')}`);
  return checked.standards;
}

async function rebuild(args: string[]): Promise<number> {
  const { values } = parse(args, { la: { type: 'string' } });
  const la = typeof values.la === 'string' ? values.la : undefined;
  if (la !== undefined && !/^[0-9a-f-]{36}$/.test(la)) throw new UsageError('--la must be a local authority id (a UUID)');
  const config = loadConfig();
  const store = await openStore({ databaseUrl: config.databaseUrl, appDatabaseUrl: config.appDatabaseUrl, dataDir: config.dataDir });
  try {
    const reports = await rebuildClocks(store.db, new Date(), la);
    await store.analyze();
    if (la && reports.length === 0) throw new UsageError(`no local authority has id ${la}`);
    for (const r of reports) console.log(`${r.name}: ${r.children} children, ${r.instances} clock instances in ${(r.milliseconds / 1000).toFixed(1)} s`);
  } finally {
    await store.close();
  }
  return 0;
}

export const clocksCommand: Command = {
  name: 'clocks',
  summary: 'Compute every statutory and local clock for a child’s journey (JSON in, JSON out)',
  usage: `lantern clocks --as-at YYYY-MM-DD[THH:MM] [--settings standards.json] journey.json
lantern clocks rebuild [--la LOCAL_AUTHORITY_ID]

Prints, as JSON, every clock instance for the child described in journey.json, as at the moment given
(a date alone means the end of that day; a time without an offset is UK local time). The journey format
is documented in docs/clocks.md with a JSON Schema at docs/journey.schema.json. --settings takes the
LA's local standards as a JSON object (for example {"cpVisitWorkingDays": 20}); unset ones keep their
defaults.

"rebuild" recomputes every stored clock of every child (or of one LA) as at now, using the same
database settings as the server.`,
  async run(args) {
    if (args[0] === 'rebuild') return rebuild(args.slice(1));
    const { values, positionals } = parse(args, { 'as-at': { type: 'string' }, settings: { type: 'string' } }, true);
    const asAt = values['as-at'];
    if (typeof asAt !== 'string') throw new UsageError('--as-at is required (YYYY-MM-DD or YYYY-MM-DDTHH:MM)');
    if (!AS_AT.test(asAt) || Number.isNaN(Date.parse(asAt.slice(0, 10)))) throw new UsageError(`--as-at must be YYYY-MM-DD or YYYY-MM-DDTHH:MM, got "${asAt}"`);
    if (positionals.length !== 1) throw new UsageError('give exactly one journey file');
    const file = positionals[0]!;
    const parsed = parseJourney(await readJson(file, 'journey file'));
    if (!parsed.ok) {
      const shown = parsed.problems.slice(0, 3).map((p) => `${p.path}: ${p.message}`).join('; ');
      const more = parsed.problems.length > 3 ? ` (and ${parsed.problems.length - 3} more)` : '';
      throw new UsageError(`${file} is not a valid journey: ${shown}${more}`);
    }
    const settings = typeof values.settings === 'string' ? localStandards(await readJson(values.settings, 'settings file'), values.settings) : DEFAULT_LOCAL_STANDARDS;
    const instances = computeClocks(parsed.journey, { settings, calendar: createCalendar(), asAt });
    console.log(JSON.stringify(instances, null, 2));
    return 0;
  },
};

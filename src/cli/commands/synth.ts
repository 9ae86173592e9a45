import { loadConfig } from '../../config.ts';
import { openStore } from '../../store/database.ts';
import { loadLocalAuthority } from '../../synth/load.ts';
import { generateLocalAuthority } from '../../synth/generate.ts';
import { isSizeName } from '../../synth/sizes.ts';
import { todayInEngland } from '../../server/context.ts';
import { dateOption, integerOption, parse, UsageError, type Command } from '../command.ts';

export const synthCommand: Command = {
  name: 'synth',
  summary: 'Build a deterministic synthetic local authority into the database',
  usage: `lantern synth [--seed N] [--size small|medium|croydon|large] [--as-at YYYY-MM-DD]
              [--name NAME] [--dfe-code NNN] [--username-prefix P] [--dry-run]

The same seed, size and as-at date always give the same LA. Uses the same database settings as the
server (DATABASE_URL or LANTERN_DATA_DIR). --dry-run prints the counts without writing.`,
  async run(args) {
    const { values } = parse(args, {
      seed: { type: 'string' },
      size: { type: 'string' },
      'as-at': { type: 'string' },
      name: { type: 'string' },
      'dfe-code': { type: 'string' },
      'username-prefix': { type: 'string' },
      'dry-run': { type: 'boolean' },
    });
    const seed = integerOption(values.seed, 'seed', 1);
    const size = typeof values.size === 'string' ? values.size : 'small';
    if (!isSizeName(size)) throw new UsageError(`--size must be small, medium, croydon or large, got "${size}"`);
    const asAt = dateOption(values['as-at'], 'as-at', todayInEngland(new Date()));
    const dfeCode = typeof values['dfe-code'] === 'string' ? values['dfe-code'] : '999';
    if (!/^\d{3}$/.test(dfeCode)) throw new UsageError('--dfe-code must be three digits');
    const prefix = typeof values['username-prefix'] === 'string' ? values['username-prefix'] : `la${seed}.`;
    if (!/^[a-z0-9._-]*$/.test(prefix)) throw new UsageError('--username-prefix may hold only a-z, 0-9, dot, dash and underscore');
    const la = generateLocalAuthority({ seed, size, asAt, name: typeof values.name === 'string' ? values.name : `Synthetic LA ${seed}`, dfeCode, usernamePrefix: prefix });
    const counts = { localAuthorityId: la.id, teams: la.teams.length, staff: la.staff.length, children: la.children.length, allocations: la.allocations.length, familyLinks: la.familyLinks.length };
    if (values['dry-run']) {
      console.log(JSON.stringify(counts, null, 2));
      return 0;
    }
    const config = loadConfig();
    const store = await openStore({ databaseUrl: config.databaseUrl, appDatabaseUrl: config.appDatabaseUrl, dataDir: config.dataDir });
    try {
      await loadLocalAuthority(store.db, la);
      await store.analyze();
    } finally {
      await store.close();
    }
    console.log(JSON.stringify(counts, null, 2));
    return 0;
  },
};

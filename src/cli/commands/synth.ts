import { loadConfig } from '../../config.ts';
import { openStore } from '../../store/database.ts';
import { loadLocalAuthority } from '../../synth/load.ts';
import { generateLocalAuthority, UASC_SHARE_ENGLAND } from '../../synth/generate.ts';
import { isSizeName } from '../../synth/sizes.ts';
import { todayInEngland } from '../../server/context.ts';
import { dateOption, integerOption, parse, UsageError, type Command } from '../command.ts';

export const synthCommand: Command = {
  name: 'synth',
  summary: 'Build a deterministic synthetic local authority into the database',
  usage: `lantern synth [--seed N] [--size small|medium|croydon|large] [--as-at YYYY-MM-DD]
              [--name NAME] [--dfe-code NNN] [--username-prefix P] [--uasc-share 0.08] [--dry-run]

The same seed, size and as-at date always give the same LA. Uses the same database settings as the
server (DATABASE_URL or LANTERN_DATA_DIR). --uasc-share is the share of children looked after who are
unaccompanied asylum-seeking children, 0 to 1 (England about 0.08, the default; Croydon 0.48 in 2017).
--dry-run prints the counts without writing.`,
  async run(args) {
    const { values } = parse(args, {
      seed: { type: 'string' },
      size: { type: 'string' },
      'as-at': { type: 'string' },
      name: { type: 'string' },
      'dfe-code': { type: 'string' },
      'username-prefix': { type: 'string' },
      'uasc-share': { type: 'string' },
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
    const uascShare = uascShareOption(values['uasc-share']);
    const la = generateLocalAuthority({ seed, size, asAt, name: typeof values.name === 'string' ? values.name : `Synthetic LA ${seed}`, dfeCode, usernamePrefix: prefix, uascShare });
    const counts = {
      localAuthorityId: la.id, teams: la.teams.length, staff: la.staff.length, children: la.children.length, allocations: la.allocations.length, familyLinks: la.familyLinks.length,
      uascLookedAfter: la.children.filter((c) => c.uasc).length,
    };
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

/** --uasc-share: a number from 0 to 1 (a share, not a percentage). */
export function uascShareOption(value: unknown): number {
  if (value === undefined) return UASC_SHARE_ENGLAND;
  const text = typeof value === 'string' ? value.trim() : '';
  if (!/^(0(\.\d+)?|1(\.0+)?|\.\d+)$/.test(text)) throw new UsageError(`--uasc-share must be a share from 0 to 1, like 0.08 or 0.48, got "${String(value)}"`);
  return Number(text);
}

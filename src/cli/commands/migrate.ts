import { loadConfig } from '../../config.ts';
import { openStore } from '../../store/database.ts';
import { parse, type Command } from '../command.ts';

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'Apply database migrations (the server also does this at start)',
  usage: `lantern migrate

Applies any migrations not yet applied, as the database owner, then exits.`,
  async run(args) {
    parse(args, {});
    const config = loadConfig();
    const store = await openStore({ databaseUrl: config.databaseUrl, appDatabaseUrl: config.appDatabaseUrl, dataDir: config.dataDir });
    await store.close();
    console.log('Migrations are up to date.');
    return 0;
  },
};

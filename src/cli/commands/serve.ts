import { loadConfig } from '../../config.ts';
import { openStore } from '../../store/database.ts';
import { buildApp } from '../../server/app.ts';
import { hasAnyLocalAuthority, loadLocalAuthority } from '../../synth/load.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, generateLocalAuthority } from '../../synth/generate.ts';
import { isSizeName } from '../../synth/sizes.ts';
import { todayInEngland } from '../../server/context.ts';
import { parse, UsageError, type Command } from '../command.ts';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Run the Lantern web service (loads a synthetic LA on first start)',
  usage: `lantern serve

Runs the web service at http://localhost:$PORT (default 3000).
Environment:
  PORT                 port to listen on (default 3000)
  HOST                 address to bind (default 127.0.0.1)
  LANTERN_DATA_DIR     embedded database folder (default ./data)
  DATABASE_URL         postgres://... owner connection: use PostgreSQL instead of the embedded database
  APP_DATABASE_URL     the application role's connection (default: DATABASE_URL as user lantern_app)
  LANTERN_SYNTH_SIZE   size of the synthetic LA loaded on first start: small, medium, croydon (default), large
  LANTERN_PUBLIC_URL   public address; https makes cookies Secure`,
  async run(args) {
    parse(args, {});
    const started = performance.now();
    const config = loadConfig();
    const size = process.env.LANTERN_SYNTH_SIZE || 'croydon';
    if (!isSizeName(size)) throw new UsageError(`LANTERN_SYNTH_SIZE must be small, medium, croydon or large, got "${size}"`);
    const store = await openStore({ databaseUrl: config.databaseUrl, appDatabaseUrl: config.appDatabaseUrl, dataDir: config.dataDir });
    if (!(await hasAnyLocalAuthority(store.db))) {
      console.log(`First start: building a synthetic local authority (${size})…`);
      const la = generateLocalAuthority({ seed: 1, size, asAt: todayInEngland(new Date()), name: 'Northbridge (synthetic)', dfeCode: '999', usernamePrefix: '' });
      await loadLocalAuthority(store.db, la);
      await store.analyze();
      console.log(`Loaded ${la.children.length} children, ${la.staff.length} staff in ${la.teams.length} teams.`);
    }
    const app = await buildApp({ db: store.db, now: () => new Date(), secureCookies: config.publicUrl.startsWith('https://'), logger: process.env.LANTERN_LOG === 'true', trustProxy: config.trustProxy });
    const shutdown = async (): Promise<void> => {
      await app.close();
      await store.close();
      process.exit(0);
    };
    process.once('SIGINT', () => void shutdown());
    process.once('SIGTERM', () => void shutdown());
    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    console.log(`\nLantern is running at http://localhost:${port} (${store.engine === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL'}), ready in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    console.log(`\nDemo sign-ins (synthetic data only), password "${DEMO_PASSWORD}":`);
    for (const demo of DEMO_ACCOUNTS) console.log(`  ${demo.username.padEnd(18)} ${demo.jobTitle}`);
    console.log(`  ${'return.interviews'.padEnd(18)} Return interview worker (independent service)`);
    console.log(`  ${'adoption.worker'.padEnd(18)} Adoption social worker (prospective adopters)`);
    console.log(`  ${'adoption.manager'.padEnd(18)} Adoption team manager`);
    return new Promise<number>(() => undefined);
  },
};

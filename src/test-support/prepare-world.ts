// Run once by `npm test` before the test files: builds the two-LA test world and saves it where each
// test file can copy it (a PGlite dump file, or a PostgreSQL template database). Prints its name.
import pg from 'pg';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { openStore } from '../store/database.ts';
import { deriveAppDatabaseUrl } from '../config.ts';
import { loadTwoAuthorities } from './fixtures.ts';
import { databaseUrlFor } from './database.ts';

const serverUrl = process.env.LANTERN_TEST_DATABASE_URL;
if (serverUrl) {
  const name = `lantern_test_world_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  // Old templates from interrupted runs are removed first.
  const stale = await admin.query<{ datname: string }>(`select datname from pg_database where datname like 'lantern_test_world_%'`);
  for (const row of stale.rows) {
    await admin.query(`update pg_database set datistemplate = false where datname = $1`, [row.datname]);
    await admin.query(`drop database if exists ${row.datname} with (force)`);
  }
  await admin.query(`create database ${name}`);
  const ownerUrl = databaseUrlFor(serverUrl, name);
  const store = await openStore({ databaseUrl: ownerUrl, appDatabaseUrl: deriveAppDatabaseUrl(ownerUrl, undefined), dataDir: null });
  await loadTwoAuthorities(store.db);
  await store.close();
  await admin.query(`update pg_database set datistemplate = true where datname = $1`, [name]);
  await admin.end();
  console.log(name);
} else {
  const dir = path.resolve('.test-data');
  await mkdir(dir, { recursive: true });
  const store = await openStore({ databaseUrl: null, appDatabaseUrl: null, dataDir: null });
  await loadTwoAuthorities(store.db);
  const dump = await store.dump!();
  await store.close();
  const file = path.join(dir, 'world.tar.gz');
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  console.log(file);
}

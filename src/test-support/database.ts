// A fresh database for each test file: embedded PGlite in memory by default; with
// LANTERN_TEST_DATABASE_URL (an owner connection to a PostgreSQL server), a new database on that server,
// dropped again when the file's tests end.
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { openStore, type Store } from '../store/database.ts';
import { deriveAppDatabaseUrl } from '../config.ts';

export interface TestStore extends Store {
  /** Owner-level access for the few tests that must step outside the app role (PostgreSQL only). */
  ownerUrl: string | null;
}

export async function openTestStore(): Promise<TestStore> {
  const serverUrl = process.env.LANTERN_TEST_DATABASE_URL;
  if (!serverUrl) {
    const store = await openStore({ databaseUrl: null, appDatabaseUrl: null, dataDir: null });
    return { ...store, ownerUrl: null };
  }
  const name = `lantern_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const ownerUrl = new URL(serverUrl);
  ownerUrl.pathname = `/${name}`;
  const store = await openStore({ databaseUrl: ownerUrl.toString(), appDatabaseUrl: deriveAppDatabaseUrl(ownerUrl.toString(), undefined), dataDir: null });
  return {
    ...store,
    engine: 'postgres',
    ownerUrl: ownerUrl.toString(),
    close: async () => {
      await store.close();
      const drop = new pg.Client({ connectionString: serverUrl });
      await drop.connect();
      await drop.query(`drop database if exists ${name} with (force)`);
      await drop.end();
    },
  };
}

// A fresh database for each test file: embedded PGlite in memory by default; with
// LANTERN_TEST_DATABASE_URL (an owner connection to a PostgreSQL server), a new database on that server,
// dropped again when the file's tests end.
//
// Building the two synthetic LAs takes longer than most test files, so `npm test` prepares them once
// (scripts/test.mjs runs prepare-world.ts) and each file starts from a copy: a PGlite dump, or a
// PostgreSQL template database. LANTERN_TEST_WORLD names it; without it, openTestWorldStore builds the
// world itself, so a single test file still runs on its own.
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { openStore, type Store } from '../store/database.ts';
import { deriveAppDatabaseUrl } from '../config.ts';

export interface TestStore extends Store {
  /** Owner-level access for the few tests that must step outside the app role (PostgreSQL only). */
  ownerUrl: string | null;
}

async function adminQuery(serverUrl: string, text: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(text);
  } finally {
    await admin.end();
  }
}

export function databaseUrlFor(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** An empty, migrated database. */
export async function openTestStore(options: { template?: string; dump?: Blob } = {}): Promise<TestStore> {
  const serverUrl = process.env.LANTERN_TEST_DATABASE_URL;
  if (!serverUrl) {
    const store = await openStore({ databaseUrl: null, appDatabaseUrl: null, dataDir: null, ...(options.dump ? { loadDataDir: options.dump } : {}) });
    return { ...store, ownerUrl: null };
  }
  const name = `lantern_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await adminQuery(serverUrl, `create database ${name}${options.template ? ` template ${options.template}` : ''}`);
  const ownerUrl = databaseUrlFor(serverUrl, name);
  const store = await openStore({ databaseUrl: ownerUrl, appDatabaseUrl: deriveAppDatabaseUrl(ownerUrl, undefined), dataDir: null });
  return {
    ...store,
    engine: 'postgres',
    ownerUrl,
    close: async () => {
      await store.close();
      await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

/** A database holding the two-LA test world: a copy of the prepared one when there is one. */
export async function openPreparedStore(): Promise<{ store: TestStore; prepared: boolean }> {
  const world = process.env.LANTERN_TEST_WORLD;
  if (!world) return { store: await openTestStore(), prepared: false };
  if (process.env.LANTERN_TEST_DATABASE_URL) return { store: await openTestStore({ template: world }), prepared: true };
  const dump = new Blob([await readFile(world)]);
  return { store: await openTestStore({ dump }), prepared: true };
}

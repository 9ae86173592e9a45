// A fresh database for a benchmark: the embedded PGlite in memory, or a PostgreSQL database of the given
// name made (and dropped on close) on the server at `serverUrl`, used through the application role as
// the server uses it.
import pg from 'pg';
import { openStore, type Store } from '../src/store/database.ts';
import { deriveAppDatabaseUrl } from '../src/config.ts';

async function admin(serverUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

export async function openBenchStore(engine: 'pglite' | 'postgres', serverUrl: string, name: string): Promise<Store> {
  if (engine === 'pglite') return openStore({ databaseUrl: null, appDatabaseUrl: null, dataDir: null });
  await admin(serverUrl, `drop database if exists ${name} with (force)`);
  await admin(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const store = await openStore({ databaseUrl: url.toString(), appDatabaseUrl: deriveAppDatabaseUrl(url.toString(), undefined), dataDir: null });
  return {
    ...store,
    close: async () => {
      await store.close();
      await admin(serverUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

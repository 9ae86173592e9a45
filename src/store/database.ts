// One way to the database for the server, the command line and the tests: embedded PGlite (the
// zero-setup default, persisted in a folder) or PostgreSQL. Migrations run as the owner; the
// application then works as lantern_app, a role with no superuser and no BYPASSRLS, so row-level
// security applies to everything it does.
import { Kysely, PostgresDialect, PGliteDialect } from 'kysely';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { mkdir } from 'node:fs/promises';
import type { Database } from './schema.ts';
import { migrate, type SqlRunner } from './migrate.ts';

export type Engine = 'pglite' | 'postgres';

export interface Store {
  db: Kysely<Database>;
  engine: Engine;
  close(): Promise<void>;
  /** PGlite only: the whole database as a gzipped tar (tests copy a prepared world from it). */
  dump?: () => Promise<Blob>;
  /**
   * Refreshes the planner's statistics (ANALYZE, as the owner: the application role may not). Call it
   * after a bulk load. Without statistics the planner takes every table for one row and joins by
   * nested loops over the whole LA (measured: My work 200+ ms on a small LA instead of a few ms).
   * PostgreSQL's autovacuum would get there eventually; PGlite has no autovacuum at all.
   */
  analyze(): Promise<void>;
}

export interface StoreOptions {
  /** PostgreSQL owner URL; when null the embedded PGlite is used. */
  databaseUrl: string | null;
  /** PostgreSQL URL for the application role (required with databaseUrl). */
  appDatabaseUrl: string | null;
  /** PGlite folder; null keeps the database in memory (tests). */
  dataDir: string | null;
  /** PGlite only: start from a dump made by dumpPglite (tests start from a prepared world). */
  loadDataDir?: Blob;
}

const DATE_OID = 1082;
// Dates stay ISO strings (YYYY-MM-DD): a date of birth has no time zone and must not become midnight UTC.
pg.types.setTypeParser(DATE_OID, (value: string) => value);
// And so do arrays of dates (child_oversight, migration 0012), as PGlite gives them: a date's text has
// no comma, quote or brace, so the array literal splits on commas.
const DATE_ARRAY_OID = 1182 as Parameters<typeof pg.types.setTypeParser>[0];
pg.types.setTypeParser(DATE_ARRAY_OID, (value: string) => (value === '{}' ? [] : value.slice(1, -1).split(',').map((d) => (d === 'NULL' ? null : d))));

function pgliteRunner(pglite: PGlite): SqlRunner {
  return {
    exec: async (text) => {
      await pglite.exec(text);
    },
    query: async <Row>(text: string, params: unknown[] = []) => (await pglite.query<Row>(text, params)).rows,
  };
}

function pgRunner(client: pg.Client): SqlRunner {
  return {
    exec: async (text) => {
      await client.query(text);
    },
    query: async <Row>(text: string, params: unknown[] = []) =>
      (await client.query(text, params)).rows as Row[],
  };
}

export async function openStore(options: StoreOptions): Promise<Store> {
  if (options.databaseUrl) {
    if (!options.appDatabaseUrl) throw new Error('appDatabaseUrl is required with databaseUrl');
    const owner = new pg.Client({ connectionString: options.databaseUrl });
    await owner.connect();
    try {
      await migrate(pgRunner(owner));
    } finally {
      await owner.end();
    }
    const pool = new pg.Pool({ connectionString: options.appDatabaseUrl, max: 10 });
    // An idle connection the server ends (a restart, an administrator, a dropped test database) is
    // reported, not fatal: node-postgres emits it on the pool, and an unhandled 'error' would stop the
    // process. The pool opens a new connection for the next query.
    pool.on('error', (error) => console.error(`lantern: a database connection was closed by the server: ${error.message}`));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    const ownerUrl = options.databaseUrl;
    const analyze = async (): Promise<void> => {
      const client = new pg.Client({ connectionString: ownerUrl });
      await client.connect();
      try {
        await client.query('analyze');
      } finally {
        await client.end();
      }
    };
    return { db, engine: 'postgres', close: () => db.destroy(), analyze };
  }

  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  const pglite = new PGlite({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    parsers: { [DATE_OID]: (value: string) => value },
  });
  await pglite.waitReady;
  await migrate(pgliteRunner(pglite));
  // PGlite has one connection and starts as a superuser; drop to the application role for the rest
  // of its life so that row-level security binds here exactly as on PostgreSQL.
  await pglite.exec('set role lantern_app');
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
  // One exec is one unit on PGlite's single connection: nothing runs between the role switches.
  const analyze = async (): Promise<void> => void (await pglite.exec('reset role; analyze; set role lantern_app'));
  return { db, engine: 'pglite', close: () => db.destroy(), dump: () => pglite.dumpDataDir('gzip'), analyze };
}

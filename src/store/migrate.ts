// Applies the numbered plain-SQL migrations in migrations/ in order, each once, each in its own
// transaction, as the database owner. Migrations never import application code.
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export interface SqlRunner {
  /** Runs a script that may hold several statements. */
  exec(sqlText: string): Promise<void>;
  /** Runs one statement with parameters and returns its rows. */
  query<Row>(sqlText: string, params?: unknown[]): Promise<Row[]>;
}

const migrationsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface Migration {
  name: string;
  sql: string;
}

export async function readMigrations(dir: string = migrationsDir): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f)).sort();
  return Promise.all(files.map(async (name) => ({ name, sql: await readFile(path.join(dir, name), 'utf8') })));
}

/** Returns the names of the migrations it applied. */
export async function migrate(runner: SqlRunner, migrations?: Migration[]): Promise<string[]> {
  const all = migrations ?? (await readMigrations());
  await runner.exec(`create table if not exists schema_migration (
    name text primary key, applied_at timestamptz not null default now())`);
  const done = new Set((await runner.query<{ name: string }>('select name from schema_migration')).map((r) => r.name));
  const applied: string[] = [];
  for (const migration of all) {
    if (done.has(migration.name)) continue;
    try {
      await runner.exec(`begin;\n${migration.sql}\n;insert into schema_migration (name) values ('${migration.name}');\ncommit;`);
    } catch (error) {
      await runner.exec('rollback').catch(() => undefined);
      throw new Error(`migration ${migration.name} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    applied.push(migration.name);
  }
  return applied;
}

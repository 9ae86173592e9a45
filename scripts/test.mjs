#!/usr/bin/env node
// `npm test`: every *.test.ts under src/ and e2e/ through node:test (TypeScript via tsx), two files at a
// time. On PGlite by default; with LANTERN_TEST_DATABASE_URL set, the integration tests use PostgreSQL.
// The two-LA test world is built once first (src/test-support/prepare-world.ts) and each test file
// starts from a copy of it. Extra arguments go to node --test (for example --test-name-pattern=...).
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';

const roots = ['src', 'e2e'];
const files = roots
  .flatMap((root) => readdirSync(root, { recursive: true }).map((f) => path.join(root, String(f))))
  .filter((f) => f.endsWith('.test.ts') || f.endsWith('.test.tsx'))
  .sort();

const prepared = spawnSync(process.execPath, ['--import', 'tsx', 'src/test-support/prepare-world.ts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
if (prepared.status !== 0) {
  console.error('could not prepare the test world');
  process.exit(prepared.status ?? 1);
}
const world = prepared.stdout.trim().split('\n').at(-1);

const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...process.argv.slice(2), ...files], {
  stdio: 'inherit',
  env: { ...process.env, LANTERN_TEST_WORLD: world },
});

if (process.env.LANTERN_TEST_DATABASE_URL && world) {
  const admin = new pg.Client({ connectionString: process.env.LANTERN_TEST_DATABASE_URL });
  await admin.connect();
  await admin.query('update pg_database set datistemplate = false where datname = $1', [world]);
  await admin.query(`drop database if exists ${world} with (force)`);
  await admin.end();
}
process.exit(result.status ?? 1);

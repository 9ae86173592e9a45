#!/usr/bin/env node
// `npm test`: every *.test.ts under src/ and e2e/ through node:test (TypeScript via tsx), two files at a
// time. On PGlite by default; with LANTERN_TEST_DATABASE_URL set, the integration tests use PostgreSQL.
// Extra arguments are passed to node --test (for example --test-name-pattern).
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const roots = ['src', 'e2e'];
const files = roots
  .flatMap((root) => readdirSync(root, { recursive: true }).map((f) => path.join(root, String(f))))
  .filter((f) => f.endsWith('.test.ts') || f.endsWith('.test.tsx'))
  .sort();

const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...process.argv.slice(2), ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);

// The generated parts of the docs match the code: run `npm run docs` when this fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { journeySchemaJson, withClockTable, withValidationRules } from './generated.ts';
import { IMPLEMENTED } from '../practice/returns-rules/registry.ts';
import { CLOCKS } from '../practice/clocks/catalogue/index.ts';

test('docs/clocks.md has the current clock table (run npm run docs if not)', () => {
  const committed = readFileSync('docs/clocks.md', 'utf8');
  assert.equal(committed, withClockTable(committed));
  for (const clock of CLOCKS) assert.ok(committed.includes(`\`${clock.id}\``), clock.id);
});

test('docs/journey.schema.json is the current schema (run npm run docs if not)', () => {
  assert.equal(readFileSync('docs/journey.schema.json', 'utf8'), journeySchemaJson());
});

test('docs/returns.md lists the validation rules Lantern checks (run npm run docs if not)', () => {
  const committed = readFileSync('docs/returns.md', 'utf8');
  assert.equal(committed, withValidationRules(committed));
  for (const code of [...IMPLEMENTED.cin, ...IMPLEMENTED['903']]) assert.ok(committed.includes(`\`${code}\``), code);
});

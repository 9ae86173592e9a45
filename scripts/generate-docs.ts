// `npm run docs`: regenerates the clock table in docs/clocks.md, docs/journey.schema.json and the
// validation rules list in docs/returns.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { journeySchemaJson, withClockTable, withValidationRules } from '../src/docs/generated.ts';

writeFileSync('docs/clocks.md', withClockTable(readFileSync('docs/clocks.md', 'utf8')));
writeFileSync('docs/journey.schema.json', journeySchemaJson());
writeFileSync('docs/returns.md', withValidationRules(readFileSync('docs/returns.md', 'utf8')));
console.log('docs/clocks.md, docs/journey.schema.json and docs/returns.md regenerated');

// `npm run docs`: regenerates the clock table in docs/clocks.md and docs/journey.schema.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { journeySchemaJson, withClockTable } from '../src/docs/generated.ts';

writeFileSync('docs/clocks.md', withClockTable(readFileSync('docs/clocks.md', 'utf8')));
writeFileSync('docs/journey.schema.json', journeySchemaJson());
console.log('docs/clocks.md and docs/journey.schema.json regenerated');

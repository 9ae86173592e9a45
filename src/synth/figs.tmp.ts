import { generateLocalAuthority } from './generate.ts';
import { lookedAfterFigures } from './looked-after-figures.ts';
import { parseJourney } from '../practice/journey/parse-journey.ts';
const options = { seed: 7, size: 'croydon' as const, asAt: '2026-03-31', name: 'Test', dfeCode: '999', usernamePrefix: '' };
const seeds = process.argv.slice(2).map(Number);
const pop = (seeds.length ? seeds : [7, 8]).flatMap((seed) => generateLocalAuthority({ ...options, seed }).journeys);
let bad = 0;
for (const j of pop) { const p = parseJourney(j); if (!p.ok && bad++ < 3) console.log(JSON.stringify(p.problems.slice(0, 3))); }
console.log('invalid', bad);
console.log(JSON.stringify(lookedAfterFigures(pop, '2026-03-31'), (_, v) => (typeof v === 'number' ? +v.toFixed(3) : v)));

// `npm run bench -- <name> [options]`: runs a benchmark and records its results under bench/results/.
import '../src/cli/production.ts';
import { clocksBenchmark } from './clocks.ts';
import { returnsBenchmark } from './returns.ts';
import { oversightBenchmark } from './oversight.ts';
import { dataQualityBenchmark } from './data-quality.ts';
import { importBenchmark } from './import.ts';

const benchmarks: Record<string, (args: string[]) => Promise<void>> = { clocks: clocksBenchmark, returns: returnsBenchmark, oversight: oversightBenchmark, 'data-quality': dataQualityBenchmark, import: importBenchmark };

const [name, ...rest] = process.argv.slice(2);
const run = name ? benchmarks[name] : undefined;
if (!run) {
  console.error(`usage: npm run bench -- <${Object.keys(benchmarks).join('|')}> [options]`);
  process.exit(2);
}
await run(rest);

// `npm run bench -- <name> [options]`: runs a benchmark and records its results under bench/results/.
import '../src/cli/production.ts';
import { clocksBenchmark } from './clocks.ts';
import { returnsBenchmark } from './returns.ts';
import { oversightBenchmark } from './oversight.ts';
import { dataQualityBenchmark } from './data-quality.ts';
import { importBenchmark } from './import.ts';

/** The `--name value` pairs of `args` whose name is one of `names` (each benchmark refuses options it does not know). */
function only(args: readonly string[], names: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i += 2) if (names.includes(args[i]!)) out.push(args[i]!, args[i + 1] ?? '');
  return out;
}

// `returns` is the whole returns benchmark: the three exports, then importing 100,000 SSDA903
// episode rows. Each also runs alone (`exports`, `import`).
const returnsAndImport = async (args: string[]): Promise<void> => {
  await returnsBenchmark(only(args, ['--engine', '--size', '--as-at']));
  await importBenchmark(only(args, ['--engine', '--rows']));
};

const benchmarks: Record<string, (args: string[]) => Promise<void>> = { clocks: clocksBenchmark, returns: returnsAndImport, exports: returnsBenchmark, oversight: oversightBenchmark, 'data-quality': dataQualityBenchmark, import: importBenchmark };

const [name, ...rest] = process.argv.slice(2);
const run = name ? benchmarks[name] : undefined;
if (!run) {
  console.error(`usage: npm run bench -- <${Object.keys(benchmarks).join('|')}> [options]`);
  process.exit(2);
}
await run(rest);

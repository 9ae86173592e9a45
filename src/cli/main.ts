// `lantern`: the command line. Each command has --help; a bad argument prints one line and exits 2.
import './production.ts';
import { ConfigError } from '../config.ts';
import { UsageError, type Command } from './command.ts';
import { serveCommand } from './commands/serve.ts';
import { synthCommand } from './commands/synth.ts';
import { migrateCommand } from './commands/migrate.ts';
import { clocksCommand } from './commands/clocks.ts';
import { calendarCommand } from './commands/calendar.ts';
import { exportCommand } from './commands/export.ts';
import { measuresCommand } from './commands/measures.ts';
import { importCommand } from './commands/import.ts';

export const COMMANDS: Command[] = [serveCommand, synthCommand, migrateCommand, clocksCommand, calendarCommand, exportCommand, importCommand, measuresCommand];

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: lantern <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "lantern <command> --help" for a command’s options.',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(overview());
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    console.error(`lantern: unknown command "${name}" (try lantern --help)`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(command.usage);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      console.error(`lantern ${command.name}: ${error.message}`);
      return 2;
    }
    console.error(`lantern ${command.name}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

const code = await main(process.argv.slice(2));
process.exitCode = code;

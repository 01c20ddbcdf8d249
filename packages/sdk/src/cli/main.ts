import { parseArgs } from 'node:util';
import packageJson from '../../package.json';
import type { Atlas } from '../bind-atlas';
import { createAtlas } from '../create-atlas';
import { loadDataset } from '../loading/load-dataset';
import { SdkError } from '../sdk-error';
import type { Command, CommandContext } from './command';
import { alternativesCommand } from './commands/alternatives';
import { checkCommand } from './commands/check';
import { classifyCommand } from './commands/classify';
import { compareCommand } from './commands/compare';
import { exportCommand } from './commands/export';
import { scanCommand } from './commands/scan';
import { showCommand } from './commands/show';
import { timelineCommand } from './commands/timeline';
import { createTerminal, type Terminal } from './output/terminal';

const COMMANDS: Command[] = [
  scanCommand,
  checkCommand,
  showCommand,
  compareCommand,
  classifyCommand,
  timelineCommand,
  alternativesCommand,
  exportCommand,
];

const GLOBAL_OPTIONS = {
  dataset: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

function sdkVersion(): string {
  return packageJson.version;
}

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: aichips <command> [options]   (--dataset <file> on every command uses a dataset release)',
    '',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'aichips <command> --help shows the usage of one command; aichips --version the SDK and dataset versions.',
  ].join('\n');
}

/** Runs the CLI and resolves to its exit code: 0 ok, 1 failure (not found, unreadable, invalid), 2 usage. */
export async function runCli(argv: string[], terminal: Terminal = createTerminal()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    terminal.out(overview());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    terminal.out(`aichips ${sdkVersion()} (dataset ${createAtlas().dataset.meta.datasetVersion})`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    terminal.err(`aichips: unknown command "${name}"\n\n${overview()}`);
    return 2;
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: rest,
      options: { ...GLOBAL_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    terminal.err(`aichips ${name}: ${(error as Error).message}\nUsage: ${command.usage}`);
    return 2;
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (values.help) {
    terminal.out(`Usage: ${command.usage}\n\n${command.summary}`);
    return 0;
  }
  let atlas: Promise<Atlas> | undefined;
  const context: CommandContext = {
    terminal,
    atlas: () => {
      atlas ??=
        typeof values.dataset === 'string'
          ? loadDataset(values.dataset).then((dataset) => createAtlas({ dataset }))
          : Promise.resolve(createAtlas());
      return atlas;
    },
    stdin: () => process.stdin,
  };
  try {
    const code = await command.run(context, parsed.positionals, values);
    if (code === -1) {
      terminal.err(`Usage: ${command.usage}`);
      return 2;
    }
    return code;
  } catch (error) {
    if (error instanceof SdkError) {
      terminal.err(`aichips ${name}: ${error.message}`);
      if (error.code === 'USAGE') {
        terminal.err(`Usage: ${command.usage}`);
        return 2;
      }
      for (const detail of error.details.slice(1, 20)) terminal.err(`  ${detail}`);
      return 1;
    }
    if (error instanceof Error && error.name === 'AtlasError') {
      terminal.err(`aichips ${name}: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

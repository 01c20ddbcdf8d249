import type { ParseArgsConfig } from 'node:util';
import type { Atlas } from '../bind-atlas';
import type { Terminal } from './output/terminal';

export interface CommandContext {
  /** Loads the atlas on first use: the embedded dataset, or the release named by --dataset. */
  atlas(): Promise<Atlas>;
  terminal: Terminal;
  /** Reads standard input as text (for `-`). */
  stdin(): AsyncIterable<string | Uint8Array>;
}

export interface Command {
  name: string;
  usage: string;
  summary: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Resolves to the exit code. */
  run(
    context: CommandContext,
    positionals: string[],
    values: Record<string, string | boolean | undefined>,
  ): Promise<number>;
}

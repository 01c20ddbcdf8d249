import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { git } from './git';

/** Where the repository and the core package are; tests point these at a temporary repository. */
export interface Repo {
  root: string;
  coreRoot: string;
}

/** The repository these scripts belong to. */
export function findRepo(): Repo {
  const coreRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
  return { root: git(coreRoot, ['rev-parse', '--show-toplevel']).trim(), coreRoot };
}

export function readCorePackage(repo: Repo): { name: string; version: string } {
  return JSON.parse(readFileSync(join(repo.coreRoot, 'package.json'), 'utf8')) as { name: string; version: string };
}

/** Runs a script's main, printing a failure as one message (no stack) and setting the exit code. */
export async function runScript(name: string, main: () => Promise<number> | number): Promise<void> {
  try {
    process.exitCode = await main();
  } catch (error) {
    console.error(`${name}: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}

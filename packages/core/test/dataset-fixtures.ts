// Test helpers: the small before/after datasets in test/fixtures/data-diff, and temporary git repositories.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDataFiles } from '../scripts/read-data-files';
import type { Repo } from '../scripts/repo';
import { validateEntities } from '../src/data/validate-entities';
import type { DatasetState } from '../src/release/types';
import type { DatasetContent } from '../src/schema/dataset';
import { entityJsonSchema } from '../src/schema/json-schema';
import { ENTITY_KINDS } from '../src/schema/primitives';

export const CORE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = join(CORE_ROOT, 'test/fixtures/data-diff');

export function fixtureContent(side: 'before' | 'after'): DatasetContent {
  const { records, issues } = readDataFiles(join(FIXTURES, side));
  const result = validateEntities(records);
  if (issues.length > 0 || !result.success) throw new Error(`fixture ${side} is invalid: ${JSON.stringify(result)}`);
  return result.data;
}

export function stateOf(content: DatasetContent, label: string): DatasetState {
  const jsonSchemas = Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, entityJsonSchema(kind)]));
  return { side: { label }, content, jsonSchemas, issues: [] };
}

export function fixtureState(side: 'before' | 'after'): DatasetState {
  return stateOf(fixtureContent(side), side);
}

/** A throwaway repository laid out like this one: packages/core with data, schema and package.json. */
export function createTempRepo(version = '1.0.0'): Repo & { git(...args: string[]): string } {
  const root = mkdtempSync(join(tmpdir(), 'aichips-release-'));
  const coreRoot = join(root, 'packages/core');
  mkdirSync(join(coreRoot, 'src/schema'), { recursive: true });
  mkdirSync(join(root, '.changeset'));
  cpSync(join(CORE_ROOT, 'schema'), join(coreRoot, 'schema'), { recursive: true });
  writeFileSync(join(coreRoot, 'src/schema/dataset.ts'), "export const SCHEMA_VERSION = '1.0.0';\n");
  writePackageVersion({ root, coreRoot }, version);
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  git('init', '--quiet', '--initial-branch=main');
  return { root, coreRoot, git };
}

export function writePackageVersion(repo: Repo, version: string): void {
  writeFileSync(
    join(repo.coreRoot, 'package.json'),
    `${JSON.stringify({ name: '@aichips/core', version }, null, 2)}\n`,
  );
}

/** Replaces the repository's data/ with a fixture side. */
export function useFixtureData(repo: Repo, side: 'before' | 'after'): void {
  execFileSync('rm', ['-rf', join(repo.coreRoot, 'data')]);
  cpSync(join(FIXTURES, side, 'data'), join(repo.coreRoot, 'data'), { recursive: true });
}

export function writeChangeset(repo: Repo, name: string, bump: string): void {
  writeFileSync(join(repo.root, '.changeset', `${name}.md`), `---\n"@aichips/core": ${bump}\n---\n\n${name}\n`);
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Changeset, parseChangeset } from '../src/release/parse-changeset';

export interface PendingChangeset extends Changeset {
  /** Path relative to the repository root, e.g. `.changeset/data-changes.md`. */
  file: string;
}

/** Every pending changeset in `.changeset/`, as `changeset version` would read them; a bad file throws. */
export function readPendingChangesets(repoRoot: string): PendingChangeset[] {
  const folder = join(repoRoot, '.changeset');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .sort()
    .map((name) => {
      const file = `.changeset/${name}`;
      const parsed = parseChangeset(readFileSync(join(folder, name), 'utf8'));
      if (!parsed.success) throw new Error(`${file}: ${parsed.error}`);
      return { file, ...parsed.data };
    });
}

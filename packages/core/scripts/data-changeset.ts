// `npm run data:changeset -- [<from>] [--bump major|minor|patch]`: writes .changeset/data-changes.md, a
// changeset for the core package whose body is data:diff from <from> (default: the last release) to the
// working tree, at the bump the policy demands. Run it again after more data edits: it rewrites the file.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { compareBumps, isBumpLevel } from '../src/release/bump-level';
import { formatDataChangeset } from '../src/release/data-changeset';
import { parseChangeset } from '../src/release/parse-changeset';
import { renderDiffMarkdown } from '../src/release/render-diff-markdown';
import { findReleaseBase } from './find-release-base';
import { compareLocations, resolveLocation } from './load-dataset-state';
import { findRepo, readCorePackage, runScript } from './repo';

const FILE = '.changeset/data-changes.md';

await runScript('data:changeset', () => {
  const { values, positionals } = parseArgs({ options: { bump: { type: 'string' } }, allowPositionals: true });
  const repo = findRepo();
  const { name } = readCorePackage(repo);
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const from = positionals[0]
    ? resolveLocation(positionals[0], repo, cwd)
    : { type: 'ref' as const, ref: findReleaseBase(repo, name).ref };
  const diff = compareLocations(repo, from, { type: 'working-tree' });
  const path = join(repo.root, FILE);
  if (diff.bump.level === 'none') {
    const stale = existsSync(path);
    if (stale) rmSync(path);
    console.log(
      `no data changes since ${diff.from.label}: no data changeset needed${stale ? ` (removed ${FILE})` : ''}`,
    );
    return 0;
  }
  const asked = values.bump ?? diff.bump.level;
  if (!isBumpLevel(asked) || asked === 'none' || compareBumps(asked, diff.bump.level) < 0) {
    throw new Error(`--bump must be major, minor or patch and at least ${diff.bump.level}, got "${values.bump}"`);
  }
  // In a changelog the newer side is the release itself, whose version is not known yet.
  const markdown = renderDiffMarkdown({ ...diff, to: { label: 'this release' } });
  writeFileSync(path, formatDataChangeset(name, asked, markdown));
  // Proven still a changeset, as `changeset version` will read it.
  const written = parseChangeset(readFileSync(path, 'utf8'));
  if (!written.success || written.data.releases[0]?.type !== asked)
    throw new Error(`${FILE} is not a valid changeset: ${written.success ? 'bump lost' : written.error}`);
  console.log(`wrote ${FILE}: ${name} ${asked} (${diff.bump.reasons.length} change(s) need it)`);
  return 0;
});

// `tsx packages/core/scripts/release-notes.ts --data release/data.json --out release/RELEASE_NOTES.md`
// (run by `npm run release:dry`): per package, its changelog entry for the current version, or, before
// `npm run version-packages`, its pending changesets; the dataset's versions, date, counts and hash on top.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { DatasetMeta } from '../src/schema/dataset';
import { readPendingChangesets } from './read-changesets';
import { findRepo, runScript } from './repo';

interface WorkspacePackage {
  name: string;
  version: string;
  dir: string;
}

interface ChangelogModule {
  getReleaseLine(changeset: { summary: string }, type: string): Promise<string>;
}

function listWorkspacePackages(root: string): WorkspacePackage[] {
  const { workspaces = [] } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { workspaces?: string[] };
  return workspaces.flatMap((pattern) => {
    const parent = join(root, pattern.replace(/\/\*$/, ''));
    const dirs = pattern.endsWith('/*') ? readdirSync(parent).map((name) => join(parent, name)) : [parent];
    return dirs
      .filter((dir) => existsSync(join(dir, 'package.json')))
      .map((dir) => ({ ...(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as WorkspacePackage), dir }));
  });
}

/** The `## <version>` section of a changelog, without its heading; undefined when there is none. */
function changelogSection(changelog: string, version: string): string | undefined {
  const lines = changelog.split('\n');
  const start = lines.findIndex((line) => /^##\s+/.test(line) && line.replace(/^##\s+/, '').trim() === version);
  if (start === -1) return undefined;
  const end = lines.findIndex((line, i) => i > start && /^##\s+/.test(line));
  return lines
    .slice(start + 1, end === -1 ? undefined : end)
    .join('\n')
    .trim();
}

await runScript('release-notes', async () => {
  const { values } = parseArgs({ options: { data: { type: 'string' }, out: { type: 'string' } } });
  if (!values.data || !values.out) throw new Error('usage: release-notes.ts --data <data.json> --out <file>');
  const repo = findRepo();
  const { meta } = JSON.parse(readFileSync(values.data, 'utf8')) as { meta: DatasetMeta };
  const changelog = createRequire(import.meta.url)(join(repo.root, '.changeset/changelog.cjs')) as ChangelogModule;
  const pending = readPendingChangesets(repo.root);
  const packages = listWorkspacePackages(repo.root);

  const counts = Object.entries(meta.counts).map(([collection, n]) => `${n} ${collection}`);
  const out = [
    '# AI Chip Atlas release notes',
    `Dataset ${meta.datasetVersion} (schema ${meta.schemaVersion}, as of ${meta.asOf}): ${counts.join(', ')}; content sha256 \`${meta.sha256}\`.`,
    ['| package | version |', '| --- | --- |', ...packages.map((p) => `| \`${p.name}\` | ${p.version} |`)].join('\n'),
  ];
  for (const pkg of packages) {
    const path = join(pkg.dir, 'CHANGELOG.md');
    const section = existsSync(path) ? changelogSection(readFileSync(path, 'utf8'), pkg.version) : undefined;
    const own = pending.flatMap((changeset) =>
      changeset.releases
        .filter((release) => release.name === pkg.name && release.type !== 'none')
        .map((release) => ({ changeset, type: release.type })),
    );
    if (own.length > 0) {
      // Not versioned yet: what `npm run version-packages` will write, from the pending changesets.
      const lines = await Promise.all(own.map(({ changeset, type }) => changelog.getReleaseLine(changeset, type)));
      out.push(`## ${pkg.name} ${pkg.version} + pending changesets (not versioned yet)`, lines.join('\n').trim());
    } else if (section) out.push(`## ${pkg.name} ${pkg.version}`, section);
    else out.push(`## ${pkg.name} ${pkg.version}`, 'No changelog entry for this version.');
  }
  writeFileSync(values.out, `${out.join('\n\n')}\n`);
  return 0;
});

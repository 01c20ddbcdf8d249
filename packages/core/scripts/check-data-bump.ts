import { type BumpLevel, bumpBetween, compareBumps, maxBump } from '../src/release/bump-level';
import type { DatasetDiff } from '../src/release/types';
import { findReleaseBase, type ReleaseBase } from './find-release-base';
import { compareLocations } from './load-dataset-state';
import { readPendingChangesets } from './read-changesets';
import { type Repo, readCorePackage } from './repo';

export interface DataBumpCheck {
  ok: boolean;
  base: ReleaseBase;
  /** What the data changes since the base need. */
  required: BumpLevel;
  /** What the pending changesets, plus any version already applied, ask for. */
  asked: BumpLevel;
  diff: DatasetDiff;
  /** The report to print, one line each. */
  lines: string[];
}

const SHOWN_REASONS = 12;

function tally(diff: DatasetDiff): string {
  const parts = [
    [diff.added.length, 'added'],
    [diff.renamed.length, 'renamed'],
    [diff.removed.length, 'removed without redirect'],
    [diff.changed.length, 'changed'],
    [diff.schema.length, 'schema change(s)'],
  ] as const;
  const text = parts.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`);
  return text.length > 0 ? text.join(', ') : 'none';
}

/**
 * Compares the data since the last release with what the pending changesets ask of the core package:
 * fails when they ask for less than the semver policy demands.
 */
export function checkDataBump(repo: Repo, options: { base?: string } = {}): DataBumpCheck {
  const { name } = readCorePackage(repo);
  const base = options.base ? { ref: options.base, why: 'given with --base' } : findReleaseBase(repo, name);
  const diff = compareLocations(repo, { type: 'ref', ref: base.ref }, { type: 'working-tree' });
  const pending = readPendingChangesets(repo.root).flatMap((changeset) =>
    changeset.releases
      .filter((release) => release.name === name)
      .map((release) => ({ ...release, file: changeset.file })),
  );
  const { datasetVersion: released } = diff.from;
  const { datasetVersion: current } = diff.to;
  // After `changeset version`, the bump is in package.json rather than in a pending changeset.
  const applied = released && current ? bumpBetween(released, current) : 'none';
  const asked = maxBump([applied, ...pending.map((release) => release.type)]);
  const required = diff.bump.level;
  const ok = compareBumps(asked, required) >= 0;

  const askedBy = [
    ...(applied === 'none' ? [] : [`version ${released} → ${current}: ${applied}`]),
    ...pending.map((release) => `${release.file}: ${release.type}`),
  ];
  const lines = [
    `compared with ${base.ref}, ${base.why}`,
    `data changes: ${tally(diff)}; the policy needs ${required === 'none' ? 'no release' : `a ${required} release`} of ${name}`,
    `asked for: ${asked}${askedBy.length > 0 ? ` (${askedBy.join('; ')})` : ' (no pending changeset names it)'}`,
  ];
  if (ok) lines.push(`✔ ${name}: ${asked} covers the data changes`);
  else {
    const askedText = asked === 'none' ? 'nothing asks for a release of it' : `only ${asked} is asked for`;
    lines.push(`✘ ${name} needs a ${required} release for its data, but ${askedText}. Because:`);
    for (const reason of diff.bump.reasons.slice(0, SHOWN_REASONS)) lines.push(`    - ${reason}`);
    if (diff.bump.reasons.length > SHOWN_REASONS)
      lines.push(`    … and ${diff.bump.reasons.length - SHOWN_REASONS} more`);
    lines.push(
      `  Fix: npm run data:changeset (writes .changeset/data-changes.md with the bump and the diff), or raise "${name}" to ${required} in a changeset.`,
    );
  }
  return { ok, base, required, asked, diff, lines };
}

import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDataBump } from '../scripts/check-data-bump';
import { findReleaseBase } from '../scripts/find-release-base';
import { createTempRepo, useFixtureData, writeChangeset, writePackageVersion } from './dataset-fixtures';

const repos: string[] = [];
function repoWithRelease(options: { tag: boolean }) {
  const repo = createTempRepo('1.0.0');
  repos.push(repo.root);
  repo.git('commit', '--quiet', '--allow-empty', '-m', 'first commit, no data yet');
  useFixtureData(repo, 'before');
  writeFileSync(join(repo.coreRoot, 'CHANGELOG.md'), '# @aichips/core\n\n## 1.0.0\n\n- First release.\n');
  repo.git('add', '-A');
  repo.git('commit', '--quiet', '-m', 'release 1.0.0');
  if (options.tag) repo.git('tag', '@aichips/core@1.0.0');
  return repo;
}
afterAll(() => {
  for (const root of repos) rmSync(root, { recursive: true, force: true });
});

describe('findReleaseBase()', () => {
  it('picks the newest release tag of the package', () => {
    const repo = repoWithRelease({ tag: true });
    repo.git('commit', '--quiet', '--allow-empty', '-m', 'later');
    repo.git('tag', '@aichips/core@1.0.1');
    repo.git('tag', '@aichips/core@1.0.10');
    repo.git('tag', '@aichips/core@1.0.9');
    repo.git('tag', '@aichips/sdk@9.0.0');
    expect(findReleaseBase(repo, '@aichips/core')).toEqual({
      ref: '@aichips/core@1.0.10',
      why: 'the last release tag',
    });
  });

  it('without tags, uses the commit that set the released version', () => {
    const repo = repoWithRelease({ tag: false });
    const release = repo.git('rev-parse', 'HEAD').trim();
    repo.git('commit', '--quiet', '--allow-empty', '-m', 'later');
    expect(findReleaseBase(repo, '@aichips/core')).toEqual({
      ref: release,
      why: 'the commit that set @aichips/core to 1.0.0 (this clone has no release tags)',
    });
  });

  it('before any release, uses the first commit', () => {
    const repo = createTempRepo('0.1.0');
    repos.push(repo.root);
    repo.git('commit', '--quiet', '--allow-empty', '-m', 'first');
    const first = repo.git('rev-parse', 'HEAD').trim();
    repo.git('commit', '--quiet', '--allow-empty', '-m', 'second');
    expect(findReleaseBase(repo, '@aichips/core')).toEqual({
      ref: first.slice(0, 12),
      why: 'the first commit (no release yet)',
    });
  });

  it('refuses a shallow clone instead of comparing with the wrong commit', () => {
    const repo = repoWithRelease({ tag: true });
    const clone = `${repo.root}-shallow`;
    repos.push(clone);
    repo.git('clone', '--quiet', '--depth', '1', `file://${repo.root}`, clone);
    expect(() => findReleaseBase({ root: clone, coreRoot: join(clone, 'packages/core') }, '@aichips/core')).toThrow(
      /shallow clone.*git fetch --unshallow --tags/,
    );
  });
});

describe('checkDataBump()', () => {
  it('fails when the pending changesets ask for less than the data changes need, and says why', () => {
    const repo = repoWithRelease({ tag: true });
    useFixtureData(repo, 'after');
    writeChangeset(repo, 'small-fix', 'minor');
    const check = checkDataBump(repo);
    expect(check.ok).toBe(false);
    expect([check.required, check.asked]).toEqual(['major', 'minor']);
    expect(check.lines).toEqual([
      'compared with @aichips/core@1.0.0, the last release tag',
      'data changes: 2 added, 1 renamed, 1 removed without redirect, 1 changed; the policy needs a major release of @aichips/core',
      'asked for: minor (.changeset/small-fix.md: minor)',
      '✘ @aichips/core needs a major release for its data, but only minor is asked for. Because:',
      '    - chip "acme-x2" was removed without a movedTo redirect',
      '  Fix: npm run data:changeset (writes .changeset/data-changes.md with the bump and the diff), or raise "@aichips/core" to major in a changeset.',
    ]);
  });

  it('passes when a changeset asks for enough, or when the version was already bumped', () => {
    const repo = repoWithRelease({ tag: true });
    useFixtureData(repo, 'after');
    writeChangeset(repo, 'data', 'major');
    expect(checkDataBump(repo)).toMatchObject({ ok: true, required: 'major', asked: 'major' });
    rmSync(join(repo.root, '.changeset/data.md'));
    writePackageVersion(repo, '2.0.0');
    const check = checkDataBump(repo);
    expect(check.ok).toBe(true);
    expect(check.lines[2]).toBe('asked for: major (version 1.0.0 → 2.0.0: major)');
  });

  it('passes with no changeset when the data did not change', () => {
    const repo = repoWithRelease({ tag: false });
    expect(checkDataBump(repo)).toMatchObject({ ok: true, required: 'none', asked: 'none' });
  });

  it('compares with the first commit before any release: everything is new, so minor', () => {
    const repo = createTempRepo('0.1.0');
    repos.push(repo.root);
    repo.git('add', '-A');
    repo.git('commit', '--quiet', '-m', 'first: package and schema, no data');
    useFixtureData(repo, 'before');
    expect(checkDataBump(repo)).toMatchObject({ ok: false, required: 'minor', asked: 'none' });
    writeChangeset(repo, 'initial-data', 'minor');
    expect(checkDataBump(repo).ok).toBe(true);
  });
});

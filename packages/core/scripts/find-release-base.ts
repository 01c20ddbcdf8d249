import { relative } from 'node:path';
import { git, readFileAtRef, tryGit } from './git';
import type { Repo } from './repo';

/** The state the next release is compared with, and why that one was chosen. */
export interface ReleaseBase {
  ref: string;
  why: string;
}

function versionParts(version: string): number[] {
  const [core = '', pre] = version.split('-');
  // A prerelease sorts below its release: 1.0.0-next.1 < 1.0.0.
  return [...core.split('.').map(Number), pre === undefined ? 1 : 0];
}

function newestVersion(versions: string[]): string | undefined {
  return [...versions].sort((a, b) => {
    const [x, y] = [versionParts(a), versionParts(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return (y[i] ?? 0) - (x[i] ?? 0);
    return 0;
  })[0];
}

function packageVersion(repo: Repo, ref: string): string | undefined {
  const text = readFileAtRef(repo.root, ref, `${corePath(repo)}/package.json`);
  return text === undefined ? undefined : (JSON.parse(text) as { version?: string }).version;
}

function corePath(repo: Repo): string {
  return relative(repo.root, repo.coreRoot).split('\\').join('/');
}

/** Without tags: the commit that set the package to its current version, if that version has a changelog entry. */
function findVersionCommit(repo: Repo, packageName: string): ReleaseBase | undefined {
  const version = packageVersion(repo, 'HEAD');
  const changelog = readFileAtRef(repo.root, 'HEAD', `${corePath(repo)}/CHANGELOG.md`) ?? '';
  if (!version || !new RegExp(`^#{1,6}\\s+${version.replace(/\./g, '\\.')}\\s*$`, 'm').test(changelog))
    return undefined;
  const commits = git(repo.root, ['log', '--format=%H', '--', `${corePath(repo)}/package.json`]).split('\n');
  for (const commit of commits.filter(Boolean)) {
    if (packageVersion(repo, commit) !== version) continue;
    const parent = tryGit(repo.root, ['rev-parse', '--verify', '--quiet', `${commit}^`])?.trim();
    if (!parent || packageVersion(repo, parent) !== version) {
      return { ref: commit, why: `the commit that set ${packageName} to ${version} (this clone has no release tags)` };
    }
  }
  return undefined;
}

/**
 * The last release of the core package: its newest `<name>@x.y.z` tag; in a clone without tags, the
 * commit that set the released version; before any release, the first commit.
 */
export function findReleaseBase(repo: Repo, packageName: string): ReleaseBase {
  if (tryGit(repo.root, ['rev-parse', '--is-shallow-repository'])?.trim() === 'true') {
    throw new Error(
      'this is a shallow clone, so the last release cannot be found: run `git fetch --unshallow --tags` first',
    );
  }
  const tags = git(repo.root, ['tag', '--list', `${packageName}@*`, '--merged', 'HEAD'])
    .split('\n')
    .filter(Boolean);
  const newest = newestVersion(tags.map((tag) => tag.slice(packageName.length + 1)));
  if (newest !== undefined) return { ref: `${packageName}@${newest}`, why: 'the last release tag' };
  const versionCommit = findVersionCommit(repo, packageName);
  if (versionCommit) return versionCommit;
  const roots = git(repo.root, ['rev-list', '--max-parents=0', 'HEAD']).split('\n').filter(Boolean);
  const first = roots.at(-1);
  if (!first) throw new Error('this repository has no commits to compare with');
  return { ref: first.slice(0, 12), why: 'the first commit (no release yet)' };
}

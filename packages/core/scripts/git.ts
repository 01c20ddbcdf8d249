import { execFileSync } from 'node:child_process';

/** Runs git in `cwd` and returns its standard output; throws with git's own message on failure. */
export function git(cwd: string, args: string[], input?: string | Buffer): string {
  return gitBuffer(cwd, args, input).toString('utf8');
}

export function gitBuffer(cwd: string, args: string[], input?: string | Buffer): Buffer {
  try {
    return execFileSync('git', args, { cwd, input, stdio: ['pipe', 'pipe', 'pipe'], maxBuffer: 512 * 1024 * 1024 });
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? '').trim();
    throw new Error(`git ${args.join(' ')}: ${stderr || (error as Error).message}`, { cause: error });
  }
}

/** Like `git()`, but `undefined` instead of an error (a ref or file that does not exist). */
export function tryGit(cwd: string, args: string[]): string | undefined {
  try {
    return git(cwd, args);
  } catch {
    return undefined;
  }
}

/** The contents of every file under `folder` at `ref`, keyed by path relative to `folder`. One git call. */
export function readTreeAtRef(repoRoot: string, ref: string, folder: string): Map<string, string> {
  const listing = git(repoRoot, ['ls-tree', '-r', '-z', '--full-tree', ref, '--', `${folder}/`]);
  const blobs: { sha: string; path: string }[] = [];
  for (const line of listing.split('\0')) {
    const match = /^\d+ blob ([0-9a-f]+)\t(.+)$/.exec(line);
    if (match) blobs.push({ sha: match[1] as string, path: (match[2] as string).slice(folder.length + 1) });
  }
  const files = new Map<string, string>();
  if (blobs.length === 0) return files;
  const output = gitBuffer(repoRoot, ['cat-file', '--batch'], `${blobs.map((blob) => blob.sha).join('\n')}\n`);
  let offset = 0;
  for (const blob of blobs) {
    const headerEnd = output.indexOf(0x0a, offset);
    const size = Number(output.subarray(offset, headerEnd).toString('utf8').split(' ')[2]);
    files.set(blob.path, output.subarray(headerEnd + 1, headerEnd + 1 + size).toString('utf8'));
    offset = headerEnd + 1 + size + 1;
  }
  return files;
}

/** One file at `ref`, or `undefined` when it does not exist there. */
export function readFileAtRef(repoRoot: string, ref: string, path: string): string | undefined {
  return tryGit(repoRoot, ['show', `${ref}:${path}`]);
}

/** The commit a ref names, or `undefined` when it names none. */
export function resolveCommit(repoRoot: string, ref: string): string | undefined {
  return tryGit(repoRoot, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])?.trim() || undefined;
}

import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';

/** A file the walk found: to scan, to skip (too large, not a file) with a note, or that cannot be read. */
export type CorpusEntry =
  | { kind: 'file'; path: string; size: number }
  | { kind: 'skipped'; path: string; reason: string }
  | { kind: 'unreadable'; path: string; reason: string };

export interface WalkOptions {
  /** Files larger than this many bytes are reported and skipped. */
  maxBytes: number;
  /** Extra .gitignore-style patterns, relative to each input root. */
  exclude: readonly string[];
  /** Honour `.gitignore` and `.aichipsignore` files found on the way (default true). */
  useIgnoreFiles: boolean;
}

const IGNORE_FILES = ['.gitignore', '.aichipsignore'];
// Never worth scanning, whatever the ignore files say.
const ALWAYS_SKIPPED = new Set(['.git', '.hg', '.svn']);

/**
 * Expands files, directories and globs into the files to scan, in a stable order: directories are walked
 * depth-first with entries sorted, `.gitignore`-style excludes apply as git applies them (nested files
 * included); anything over the size limit comes out as `skipped`, anything that cannot be read as `unreadable`.
 */
export async function* walkCorpus(inputs: readonly string[], options: WalkOptions): AsyncGenerator<CorpusEntry> {
  const seen = new Set<string>();
  for (const input of inputs) {
    const glob = isGlob(input) ? splitGlob(input) : undefined;
    const root = glob ? glob.base : input;
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(root);
    } catch (error) {
      yield { kind: 'unreadable', path: input, reason: errorReason(error) };
      continue;
    }
    if (info.isFile() && !glob) {
      yield* once(seen, sized(input, info.size, options.maxBytes));
      continue;
    }
    if (!info.isDirectory()) {
      yield { kind: 'skipped', path: input, reason: 'not a file or directory' };
      continue;
    }
    const matches = glob ? picomatch(glob.pattern, { dot: false }) : undefined;
    const rules: IgnoreRule[] = [
      { base: root, rule: ignore().add([...options.exclude]) },
      ...(options.useIgnoreFiles ? await readAncestorIgnoreFiles(root) : []),
    ];
    for await (const entry of walkDirectory(root, rules, options)) {
      if (matches && entry.kind === 'file' && !matches(toPosix(relative(root, entry.path)))) continue;
      yield* once(seen, entry);
    }
  }
}

/** Patterns and the folder they are relative to: an ignore file's own folder, or the input root. */
interface IgnoreRule {
  base: string;
  rule: Ignore;
}

async function* walkDirectory(
  directory: string,
  parentRules: readonly IgnoreRule[],
  options: WalkOptions,
): AsyncGenerator<CorpusEntry> {
  const rules = options.useIgnoreFiles ? [...parentRules, ...(await readIgnoreFiles(directory))] : parentRules;
  let names: string[];
  try {
    names = (await readdir(directory)).sort();
  } catch (error) {
    yield { kind: 'unreadable', path: directory, reason: errorReason(error) };
    return;
  }
  for (const name of names) {
    if (ALWAYS_SKIPPED.has(name)) continue;
    const path = join(directory, name);
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch (error) {
      yield { kind: 'unreadable', path, reason: errorReason(error) };
      continue;
    }
    const isDirectory = info.isDirectory();
    const ignored = rules.some(({ base, rule }) =>
      rule.ignores(toPosix(relative(base, path)) + (isDirectory ? '/' : '')),
    );
    if (ignored) continue;
    if (isDirectory) yield* walkDirectory(path, rules, options);
    else if (info.isFile()) yield sized(path, info.size, options.maxBytes);
  }
}

// Inside a git checkout, the ignore files of the folders above the input apply too, as they do for git.
async function readAncestorIgnoreFiles(root: string): Promise<IgnoreRule[]> {
  const ancestors: string[] = [];
  let directory = resolve(root);
  for (;;) {
    const parent = dirname(directory);
    if (await exists(join(directory, '.git'))) break;
    if (parent === directory) return [];
    ancestors.unshift(parent);
    directory = parent;
  }
  const rules: IgnoreRule[] = [];
  for (const ancestor of ancestors) rules.push(...(await readIgnoreFiles(ancestor)));
  return rules;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function readIgnoreFiles(directory: string): Promise<IgnoreRule[]> {
  const found: IgnoreRule[] = [];
  for (const name of IGNORE_FILES) {
    let text: string;
    try {
      text = await readFile(join(directory, name), 'utf8');
    } catch {
      continue;
    }
    found.push({ base: directory, rule: ignore().add(text) });
  }
  return found;
}

function sized(path: string, size: number, maxBytes: number): CorpusEntry {
  return size > maxBytes
    ? { kind: 'skipped', path, reason: `larger than the size limit (${size} bytes > ${maxBytes})` }
    : { kind: 'file', path, size };
}

function* once(seen: Set<string>, entry: CorpusEntry): Generator<CorpusEntry> {
  const key = resolve(entry.path);
  if (seen.has(key)) return;
  seen.add(key);
  yield entry;
}

function isGlob(input: string): boolean {
  return /[*?[\]{}]/.test(input);
}

/** `docs/**\/*.md` → base `docs`, pattern `**\/*.md`: the walk starts at the part with no glob in it. */
function splitGlob(input: string): { base: string; pattern: string } {
  const parts = toPosix(input).split('/');
  const firstGlob = parts.findIndex((part) => isGlob(part));
  const base = parts.slice(0, firstGlob).join('/') || '.';
  return { base, pattern: parts.slice(firstGlob).join('/') };
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

function errorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file or directory' : (code ?? (error as Error).message);
}

import { homedir } from 'node:os';
import { isAbsolute, resolve } from 'node:path';

/** The file or URL `aichips.datasetPath` names: `~/` is the home folder, relative paths start at the workspace root. */
export function resolveDatasetPath(path: string, workspaceRoot: string | undefined): string {
  if (/^https?:\/\//i.test(path) || isAbsolute(path)) return path;
  if (path === '~' || path.startsWith('~/')) return resolve(homedir(), path.slice(2));
  if (workspaceRoot) return resolve(workspaceRoot, path);
  throw new Error(`"${path}" is relative, and the client named no workspace root to resolve it against`);
}

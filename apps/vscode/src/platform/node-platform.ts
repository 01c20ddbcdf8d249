import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { loadDataset } from '@aichips/sdk/lite';
import type { Uri } from 'vscode';
import type { Platform } from './platform';

/** An absolute path or URL for the setting: `~/` is the home folder, relative paths start at the workspace. */
export function resolveDatasetPath(path: string, workspaceFolder: Uri | undefined): string {
  if (/^https?:\/\//i.test(path)) return path;
  if (path === '~' || path.startsWith('~/')) return join(homedir(), path.slice(1));
  if (isAbsolute(path)) return path;
  if (workspaceFolder?.scheme === 'file') return join(workspaceFolder.fsPath, path);
  throw new Error(`"${path}" is relative, and there is no local workspace folder to resolve it against`);
}

export const nodePlatform: Platform = {
  name: 'node',
  loadCustomDataset: (path, workspaceFolder) => loadDataset(resolveDatasetPath(path, workspaceFolder)),
};

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetIssue } from '../src/data/dataset-issue';
import type { EntityRecord } from '../src/data/validate-entities';
import { ENTITY_KINDS } from '../src/schema/primitives';

/** One file of a data tree, wherever it is read from (the disk, a git ref). */
export interface DataFile {
  /** `<kind>/<file>` inside `data/`. */
  path: string;
  read(): string;
}

/**
 * Turns data files into entity records, one per `data/<kind>/<id>.json`; unknown kinds, other files
 * and malformed JSON become issues, never exceptions. `label` prefixes locations (`data`, `v1.2.0:data`).
 */
export function parseDataFiles(files: DataFile[], label = 'data'): { records: EntityRecord[]; issues: DatasetIssue[] } {
  const records: EntityRecord[] = [];
  const issues: DatasetIssue[] = [];
  const kinds = new Set<string>(ENTITY_KINDS);
  const reportedFolders = new Set<string>();
  for (const file of files) {
    const [folder, name, ...rest] = file.path.split('/');
    if (folder === undefined || name === undefined || rest.length > 0) continue;
    if (!kinds.has(folder)) {
      if (!reportedFolders.has(folder)) {
        reportedFolders.add(folder);
        issues.push({
          location: `${label}/${folder}`,
          field: '',
          message: `unknown kind; expected one of ${ENTITY_KINDS.join(', ')}`,
        });
      }
      continue;
    }
    if (name === '') continue;
    const location = `${label}/${file.path}`;
    if (!name.endsWith('.json')) {
      issues.push({ location, field: '', message: 'expected a .json file' });
      continue;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(file.read());
    } catch (error) {
      issues.push({ location, field: '', message: `not well-formed JSON: ${(error as Error).message}` });
      continue;
    }
    records.push({ kind: folder as EntityRecord['kind'], location, raw, expectedId: name.slice(0, -'.json'.length) });
  }
  return { records, issues };
}

/** Reads `data/<kind>/*.json` under `root`; unreadable or malformed files become issues, never exceptions. */
export function readDataFiles(root: string): { records: EntityRecord[]; issues: DatasetIssue[] } {
  const files: DataFile[] = [];
  for (const folder of readdirSync(join(root, 'data'), { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    const names = readdirSync(join(root, 'data', folder.name)).sort();
    // An empty folder still names a kind, so an unknown one is reported.
    if (names.length === 0) files.push({ path: `${folder.name}/`, read: () => '' });
    for (const name of names) {
      files.push({
        path: `${folder.name}/${name}`,
        read: () => readFileSync(join(root, 'data', folder.name, name), 'utf8'),
      });
    }
  }
  return parseDataFiles(files);
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetIssue } from '../src/data/dataset-issue';
import type { EntityRecord } from '../src/data/validate-entities';
import { ENTITY_KINDS } from '../src/schema/primitives';

/** Reads `data/<kind>/*.json`; unreadable or malformed files become issues, never exceptions. */
export function readDataFiles(root: string): { records: EntityRecord[]; issues: DatasetIssue[] } {
  const records: EntityRecord[] = [];
  const issues: DatasetIssue[] = [];
  const kinds = new Set<string>(ENTITY_KINDS);
  for (const folder of readdirSync(join(root, 'data'), { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    if (!kinds.has(folder.name)) {
      issues.push({
        location: `data/${folder.name}`,
        field: '',
        message: `unknown kind; expected one of ${ENTITY_KINDS.join(', ')}`,
      });
      continue;
    }
    for (const file of readdirSync(join(root, 'data', folder.name)).sort()) {
      const location = `data/${folder.name}/${file}`;
      if (!file.endsWith('.json')) {
        issues.push({ location, field: '', message: 'expected a .json file' });
        continue;
      }
      let raw: unknown;
      try {
        raw = JSON.parse(readFileSync(join(root, location), 'utf8'));
      } catch (error) {
        issues.push({ location, field: '', message: `not well-formed JSON: ${(error as Error).message}` });
        continue;
      }
      records.push({
        kind: folder.name as EntityRecord['kind'],
        location,
        raw,
        expectedId: file.slice(0, -'.json'.length),
      });
    }
  }
  return { records, issues };
}

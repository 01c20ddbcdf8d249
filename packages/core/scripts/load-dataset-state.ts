// Reads a dataset state to compare: the working tree, a git ref, or a release file (data.json).
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { z } from 'zod';
import { hashDatasetContent } from '../src/data/assemble-dataset';
import { type DatasetIssue, formatDatasetIssue } from '../src/data/dataset-issue';
import { validateDataset } from '../src/data/validate-dataset';
import { type EntityRecord, validateEntities } from '../src/data/validate-entities';
import { diffDatasets } from '../src/release/diff-datasets';
import type { DatasetDiff, DatasetState } from '../src/release/types';
import { type DatasetContent, SCHEMA_VERSION } from '../src/schema/dataset';
import { ENTITY_SCHEMAS, KIND_COLLECTIONS } from '../src/schema/entity';
import { entityJsonSchema } from '../src/schema/json-schema';
import { ENTITY_KINDS, type EntityKind } from '../src/schema/primitives';
import { readFileAtRef, readTreeAtRef, resolveCommit } from './git';
import { parseDataFiles, readDataFiles } from './read-data-files';
import type { Repo } from './repo';

export type StateLocation =
  | { type: 'working-tree' }
  | { type: 'ref'; ref: string }
  | { type: 'file'; path: string; label: string };

/** A `.json` path that exists is a release file; anything else must be a git ref. */
export function resolveLocation(argument: string, repo: Repo, cwd: string): StateLocation {
  const path = resolve(cwd, argument);
  if (argument.endsWith('.json') && existsSync(path)) return { type: 'file', path, label: argument };
  if (resolveCommit(repo.root, argument)) return { type: 'ref', ref: argument };
  throw new Error(`"${argument}" is neither a release file (an existing .json) nor a git ref or commit`);
}

// When the current code rejects a state, compare what it can still read, so the diff shows why.
function readLeniently(records: EntityRecord[]): DatasetContent {
  const content = Object.fromEntries(Object.values(KIND_COLLECTIONS).map((key) => [key, [] as unknown[]]));
  const sorted = records
    .map((record) => {
      const parsed = (ENTITY_SCHEMAS[record.kind] as z.ZodType).safeParse(record.raw);
      const entity = (parsed.success ? parsed.data : record.raw) as Record<string, unknown> | null;
      return { kind: record.kind, entity };
    })
    .filter(
      (item): item is { kind: EntityKind; entity: Record<string, unknown> } => typeof item.entity?.id === 'string',
    )
    .sort((a, b) => ((a.entity.id as string) < (b.entity.id as string) ? -1 : 1));
  for (const { kind, entity } of sorted) {
    const { $schema: _schema, ...rest } = entity;
    content[KIND_COLLECTIONS[kind]]?.push(rest);
  }
  return content as unknown as DatasetContent;
}

function contentOf(
  records: EntityRecord[],
  fileIssues: DatasetIssue[],
): { content: DatasetContent; issues: DatasetIssue[] } {
  const result = validateEntities(records);
  const issues = [...fileIssues, ...(result.success ? [] : result.error)];
  if (result.success && issues.length === 0) return { content: result.data, issues };
  return { content: readLeniently(records), issues };
}

function versionOf(packageJson: string | undefined): string | undefined {
  if (packageJson === undefined) return undefined;
  return (JSON.parse(packageJson) as { version?: string }).version;
}

function loadWorkingTree(repo: Repo): DatasetState {
  const { records, issues } = readDataFiles(repo.coreRoot);
  const jsonSchemas = Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, entityJsonSchema(kind)]));
  return {
    side: {
      label: 'working tree',
      datasetVersion: versionOf(readFileSync(join(repo.coreRoot, 'package.json'), 'utf8')),
      schemaVersion: SCHEMA_VERSION,
    },
    ...contentOf(records, issues),
    jsonSchemas,
  };
}

function loadRef(repo: Repo, ref: string): DatasetState {
  const core = relative(repo.root, repo.coreRoot).split('\\').join('/');
  const tree = readTreeAtRef(repo.root, ref, `${core}/data`);
  const files = [...tree.keys()].sort().map((path) => ({ path, read: () => tree.get(path) as string }));
  const { records, issues } = parseDataFiles(files, `${ref}:data`);
  const schemaFiles = readTreeAtRef(repo.root, ref, `${core}/schema`);
  const jsonSchemas: DatasetState['jsonSchemas'] = {};
  for (const kind of ENTITY_KINDS) {
    const text = schemaFiles.get(`${kind}.schema.json`);
    if (text !== undefined) jsonSchemas[kind] = JSON.parse(text) as Record<string, unknown>;
  }
  const datasetTs = readFileAtRef(repo.root, ref, `${core}/src/schema/dataset.ts`) ?? '';
  return {
    side: {
      label: ref,
      datasetVersion: versionOf(readFileAtRef(repo.root, ref, `${core}/package.json`)),
      schemaVersion: /SCHEMA_VERSION\s*=\s*['"]([^'"]+)['"]/.exec(datasetTs)?.[1],
    },
    ...contentOf(records, issues),
    jsonSchemas,
  };
}

function loadReleaseFile(path: string, label: string): DatasetState {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${label}: not a readable JSON release file: ${(error as Error).message}`, { cause: error });
  }
  const meta = (raw as { meta?: { sha256?: unknown; datasetVersion?: string; schemaVersion?: string } } | null)?.meta;
  if (!meta || typeof meta.sha256 !== 'string')
    throw new Error(`${label}: expected a dataset release with a meta block`);
  const actual = hashDatasetContent(raw as DatasetContent);
  if (actual !== meta.sha256)
    throw new Error(`${label}: content hash is ${actual}, but meta.sha256 says ${meta.sha256}: the file was changed`);
  const side = { label, datasetVersion: meta.datasetVersion, schemaVersion: meta.schemaVersion };
  const result = validateDataset(raw, label);
  if (result.success) {
    const { meta: _meta, ...content } = result.data;
    return { side, content, issues: [] };
  }
  if (result.check === 'shape') throw new Error(`${label}: ${result.error[0]?.message ?? 'not a dataset release'}`);
  const object = raw as Record<string, unknown[]>;
  const records: EntityRecord[] = [];
  for (const [kind, collection] of Object.entries(KIND_COLLECTIONS) as [EntityKind, string][]) {
    (object[collection] ?? []).forEach((entity, i) => {
      records.push({ kind, location: `${label} ${collection}[${i}]`, raw: entity });
    });
  }
  return { side, content: readLeniently(records), issues: result.error };
}

/** Loads one side of a comparison, validated with the same code as `data:check`. */
export function loadDatasetState(location: StateLocation, repo: Repo): DatasetState {
  if (location.type === 'working-tree') return loadWorkingTree(repo);
  if (location.type === 'ref') return loadRef(repo, location.ref);
  return loadReleaseFile(location.path, location.label);
}

/** The newer state must be valid: a release is never cut from data the checks reject. */
export function requireValidNewerState(state: DatasetState): void {
  if (state.issues.length === 0) return;
  const lines = state.issues.slice(0, 10).map((issue) => `  ${formatDatasetIssue(issue)}`);
  throw new Error(`${state.side.label} does not validate (${state.issues.length} problem(s)):\n${lines.join('\n')}`);
}

/** Loads both sides and diffs them; the newer side must validate. */
export function compareLocations(repo: Repo, from: StateLocation, to: StateLocation): DatasetDiff {
  const newer = loadDatasetState(to, repo);
  requireValidNewerState(newer);
  return diffDatasets(loadDatasetState(from, repo), newer);
}

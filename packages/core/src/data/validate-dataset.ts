import { type Dataset, DatasetMeta, SCHEMA_VERSION } from '../schema/dataset';
import { KIND_COLLECTIONS } from '../schema/entity';
import type { EntityKind } from '../schema/primitives';
import { hashDatasetContent } from './assemble-dataset';
import type { DatasetIssue } from './dataset-issue';
import { type EntityRecord, validateEntities } from './validate-entities';

export type DatasetCheck = 'shape' | 'schema-version' | 'sha256' | 'entities';

export type DatasetValidation =
  | { success: true; data: Dataset }
  | { success: false; check: DatasetCheck; error: DatasetIssue[] };

function major(version: string): string {
  return version.split('.')[0] ?? version;
}

/**
 * Checks a whole dataset release, in order: its shape and `meta`; a schema version of the same major
 * as this package's; `meta.sha256` equal to the content's hash; then every entity and reference.
 * The first failing check is reported with every issue it found.
 */
export function validateDataset(raw: unknown, where = 'dataset'): DatasetValidation {
  const fail = (check: DatasetCheck, field: string, message: string): DatasetValidation => ({
    success: false,
    check,
    error: [{ location: where, field, message }],
  });
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return fail('shape', '', 'expected a JSON object with "meta" and one array per kind');
  const object = raw as Record<string, unknown>;
  const meta = DatasetMeta.safeParse(object.meta);
  if (!meta.success) {
    const issue = meta.error.issues[0];
    return fail('shape', ['meta', ...(issue?.path ?? [])].join('.'), issue?.message ?? 'invalid meta block');
  }
  for (const collection of Object.values(KIND_COLLECTIONS)) {
    if (!Array.isArray(object[collection]))
      return fail('shape', collection, `expected an array, got ${typeof object[collection]}`);
  }
  if (major(meta.data.schemaVersion) !== major(SCHEMA_VERSION)) {
    return fail(
      'schema-version',
      'meta.schemaVersion',
      `schema ${meta.data.schemaVersion} is not compatible with this package's schema ${SCHEMA_VERSION} (the major versions differ)`,
    );
  }
  const actual = hashDatasetContent(object as unknown as Dataset);
  if (actual !== meta.data.sha256) {
    return fail(
      'sha256',
      'meta.sha256',
      `content hash is ${actual}, but meta.sha256 says ${meta.data.sha256}: the file was changed or damaged`,
    );
  }
  const records: EntityRecord[] = [];
  for (const [kind, collection] of Object.entries(KIND_COLLECTIONS) as [EntityKind, string][]) {
    (object[collection] as unknown[]).forEach((entity, i) => {
      records.push({ kind, location: `${where} ${collection}[${i}]`, raw: entity });
    });
  }
  const entities = validateEntities(records);
  if (!entities.success) return { success: false, check: 'entities', error: entities.error };
  return { success: true, data: { meta: meta.data, ...entities.data } };
}

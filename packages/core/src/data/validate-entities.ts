import type { z } from 'zod';
import type { DatasetContent } from '../schema/dataset';
import { ENTITY_SCHEMAS, KIND_COLLECTIONS } from '../schema/entity';
import type { EntityKind } from '../schema/primitives';
import { listEntityNames } from '../text/entity-names';
import { nameKey } from '../text/fold';
import { collectReferences } from './collect-references';
import type { DatasetIssue } from './dataset-issue';

/** One entity as found: its kind, where it came from, and the raw JSON value. */
export interface EntityRecord {
  kind: EntityKind;
  location: string;
  raw: unknown;
  /** When the id is fixed by the file name, the id the entity must carry. */
  expectedId?: string;
}

export type ValidationResult = { success: true; data: DatasetContent } | { success: false; error: DatasetIssue[] };

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function describeFound(input: unknown): string {
  if (input === undefined) return 'nothing';
  const text = JSON.stringify(input);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function schemaIssues(record: EntityRecord, error: z.ZodError): DatasetIssue[] {
  return error.issues.map((issue) => {
    const found = 'input' in issue ? `, got ${describeFound(issue.input)}` : '';
    const message = issue.message.replace(/^Invalid input: /, '');
    return { location: record.location, field: issue.path.join('.'), message: `${message}${found}` };
  });
}

/**
 * Validates every entity: its schema, its id, unique ids across kinds, references that resolve,
 * and names shared by two entities being declared ambiguous on both. Nothing partial is returned.
 */
export function validateEntities(records: EntityRecord[]): ValidationResult {
  const issues: DatasetIssue[] = [];
  const parsed: { record: EntityRecord; entity: { id: string } & Record<string, unknown> }[] = [];

  for (const record of records) {
    const schema = ENTITY_SCHEMAS[record.kind] as z.ZodType;
    const result = schema.safeParse(record.raw, { reportInput: true });
    if (!result.success) {
      issues.push(...schemaIssues(record, result.error));
      continue;
    }
    const entity = result.data as { id: string } & Record<string, unknown>;
    if (record.expectedId !== undefined && entity.id !== record.expectedId) {
      issues.push({
        location: record.location,
        field: 'id',
        message: `expected the file name "${record.expectedId}", got "${entity.id}"`,
      });
    }
    if (record.expectedId !== undefined && !KEBAB_CASE.test(record.expectedId)) {
      issues.push({
        location: record.location,
        field: '',
        message: `file name "${record.expectedId}" is not a kebab-case id`,
      });
    }
    parsed.push({ record, entity });
  }

  // Ids come from every record that names one, valid or not, so one bad file does not cascade into
  // "no such id" errors in every file that cites it.
  const kindById = new Map<string, { kind: EntityKind; location: string }>();
  for (const record of records) {
    const id = (record.raw as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') continue;
    const seen = kindById.get(id);
    if (seen) {
      issues.push({
        location: record.location,
        field: 'id',
        message: `id "${id}" is already used by ${seen.location}`,
      });
    } else kindById.set(id, { kind: record.kind, location: record.location });
  }

  for (const { record, entity } of parsed) {
    const references = collectReferences(ENTITY_SCHEMAS[record.kind] as z.ZodType, entity);
    if (typeof entity.movedTo === 'string')
      references.push({ path: 'movedTo', refersTo: record.kind, id: entity.movedTo });
    for (const reference of references) {
      const target = kindById.get(reference.id);
      const wanted = reference.refersTo === 'any' ? 'entity' : reference.refersTo;
      if (!target) {
        issues.push({
          location: record.location,
          field: reference.path,
          message: `no ${wanted} with id "${reference.id}"`,
        });
      } else if (reference.refersTo !== 'any' && target.kind !== reference.refersTo) {
        issues.push({
          location: record.location,
          field: reference.path,
          message: `expected the id of a ${wanted}, got "${reference.id}", which is a ${target.kind}`,
        });
      }
    }
  }

  issues.push(...sharedNameIssues(parsed));

  if (issues.length > 0) return { success: false, error: issues };
  return { success: true, data: collect(parsed) };
}

const UNSCANNED_KINDS: ReadonlySet<EntityKind> = new Set(['source', 'event']);

function sharedNameIssues(parsed: { record: EntityRecord; entity: Record<string, unknown> }[]): DatasetIssue[] {
  const owners = new Map<string, { id: string; location: string; ambiguous: boolean; text: string }[]>();
  for (const { record, entity } of parsed) {
    if (UNSCANNED_KINDS.has(record.kind)) continue;
    const names = listEntityNames(entity as unknown as Parameters<typeof listEntityNames>[0]);
    for (const alias of names) {
      const key = nameKey(alias.text);
      const list = owners.get(key) ?? [];
      list.push({
        id: entity.id as string,
        location: record.location,
        ambiguous: alias.ambiguous !== undefined,
        text: alias.text,
      });
      owners.set(key, list);
    }
  }
  const issues: DatasetIssue[] = [];
  for (const list of owners.values()) {
    const ids = new Set(list.map((owner) => owner.id));
    if (ids.size < 2) continue;
    for (const owner of list) {
      if (owner.ambiguous) continue;
      const others = [...ids].filter((id) => id !== owner.id).join('", "');
      issues.push({
        location: owner.location,
        field: 'aliases',
        message: `name "${owner.text}" is also a name of "${others}": declare it ambiguous, with the words that resolve it, on both`,
      });
    }
  }
  return issues;
}

function collect(parsed: { record: EntityRecord; entity: Record<string, unknown> }[]): DatasetContent {
  const content = Object.fromEntries(Object.values(KIND_COLLECTIONS).map((key) => [key, [] as unknown[]]));
  const sorted = [...parsed].sort((a, b) => ((a.entity.id as string) < (b.entity.id as string) ? -1 : 1));
  for (const { record, entity } of sorted) {
    const { $schema: _schema, ...rest } = entity;
    content[KIND_COLLECTIONS[record.kind]]?.push(rest);
  }
  return content as unknown as DatasetContent;
}

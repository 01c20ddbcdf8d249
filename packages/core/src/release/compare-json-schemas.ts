import { canonicalJson } from '../data/canonical-json';
import type { EntityKind } from '../schema/primitives';
import type { BumpLevel } from './bump-level';
import type { SchemaChange } from './types';

type JsonSchema = Record<string, unknown>;

// Keywords that describe rather than constrain: changing them changes no file's validity.
const ANNOTATIONS = new Set([
  '$schema',
  '$id',
  '$comment',
  'title',
  'description',
  'default',
  'examples',
  'deprecated',
]);
const HANDLED = new Set(['properties', 'required', 'items', 'anyOf', 'oneOf', 'allOf', 'enum']);
const LOWER_BOUNDS = new Set(['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties']);
const UPPER_BOUNDS = new Set(['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties']);

function asSchema(value: unknown): JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonSchema) : {};
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function show(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}

/** A changed bound: looser is minor (new values may appear), tighter is major (old files may fail). */
function boundLevel(keyword: string, before: unknown, after: unknown): BumpLevel {
  if (typeof before !== 'number' || typeof after !== 'number') return after === undefined ? 'minor' : 'major';
  const looser = LOWER_BOUNDS.has(keyword) ? after < before : after > before;
  return looser ? 'minor' : 'major';
}

function walk(
  before: JsonSchema,
  after: JsonSchema,
  path: string[],
  emit: (change: Omit<SchemaChange, 'kind'>) => void,
) {
  const at = path.join('.');
  const change = (detail: string, level: BumpLevel, where = at) => emit({ path: where, detail, level });

  const oldProperties = asSchema(before.properties);
  const newProperties = asSchema(after.properties);
  const oldRequired = new Set(list(before.required));
  const newRequired = new Set(list(after.required));
  for (const field of new Set([...Object.keys(oldProperties), ...Object.keys(newProperties)])) {
    const where = [...path, field].join('.');
    if (!(field in newProperties)) change('field removed', 'major', where);
    else if (!(field in oldProperties)) {
      if (newRequired.has(field)) change('new required field', 'major', where);
      else change('new optional field', 'minor', where);
    } else {
      if (oldRequired.has(field) && !newRequired.has(field)) change('now optional', 'major', where);
      if (!oldRequired.has(field) && newRequired.has(field)) change('now required', 'major', where);
      walk(asSchema(oldProperties[field]), asSchema(newProperties[field]), [...path, field], emit);
    }
  }

  if (before.items !== undefined || after.items !== undefined)
    walk(asSchema(before.items), asSchema(after.items), [...path, '[]'], emit);

  for (const keyword of ['anyOf', 'oneOf', 'allOf']) {
    const oldOptions = list(before[keyword]);
    const newOptions = list(after[keyword]);
    if (oldOptions.length === newOptions.length) {
      for (const [i, option] of oldOptions.entries()) walk(asSchema(option), asSchema(newOptions[i]), path, emit);
    } else {
      const kept = oldOptions.every((option) => newOptions.some((n) => canonicalJson(n) === canonicalJson(option)));
      const grew = newOptions.length > oldOptions.length;
      change(
        `${keyword} went from ${oldOptions.length} to ${newOptions.length} options`,
        kept && grew ? 'minor' : 'major',
      );
    }
  }

  if (before.enum !== undefined || after.enum !== undefined) {
    const oldValues = list(before.enum).map(show);
    const newValues = list(after.enum).map(show);
    const removed = oldValues.filter((value) => !newValues.includes(value));
    const added = newValues.filter((value) => !oldValues.includes(value));
    if (removed.length > 0) change(`values removed: ${removed.join(', ')}`, 'major');
    if (added.length > 0) change(`new values: ${added.join(', ')}`, 'minor');
  }

  for (const keyword of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (ANNOTATIONS.has(keyword) || HANDLED.has(keyword)) continue;
    const a = before[keyword];
    const b = after[keyword];
    if (canonicalJson(a) === canonicalJson(b)) continue;
    if (LOWER_BOUNDS.has(keyword) || UPPER_BOUNDS.has(keyword)) {
      change(`${keyword} ${show(a)} → ${show(b)}`, boundLevel(keyword, a, b));
    } else change(`${keyword} ${show(a)} → ${show(b)}`, 'major');
  }
}

/**
 * How one kind's JSON Schema changed, each change with the release it needs: new optional fields and
 * new enum values are minor; anything an existing file or reader may trip on is major.
 */
export function compareJsonSchemas(kind: EntityKind, before: JsonSchema, after: JsonSchema): SchemaChange[] {
  const changes: SchemaChange[] = [];
  walk(before, after, [], (change) => changes.push({ kind, ...change }));
  return changes;
}

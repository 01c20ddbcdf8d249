import { canonicalJson } from '../data/canonical-json';
import { valueChangeLevel } from './bump-policy';
import type { ValueChange } from './types';

type JsonRecord = Record<string, unknown>;

/** Where the walk is: the path shown to readers, the field names (for the policy) and the sources in scope. */
interface Place {
  path: string;
  fields: string[];
  sources: string[];
  oldSources: string[];
}

// The field that identifies an item of a list of objects, so items are matched, not compared by position.
const ITEM_KEYS = ['id', 'chip', 'organization', 'text', 'added'] as const;

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sourcesOf(value: unknown): string[] | undefined {
  return isRecord(value) && Array.isArray(value.sources) ? (value.sources as string[]) : undefined;
}

function unitOf(value: unknown): string | undefined {
  return isRecord(value) && typeof value.unit === 'string' ? value.unit : undefined;
}

function same(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

function child(place: Place, field: string): Place {
  return { ...place, path: place.path ? `${place.path}.${field}` : field, fields: [...place.fields, field] };
}

function push(out: ValueChange[], place: Place, change: Omit<ValueChange, 'path' | 'level'>): void {
  const entry: ValueChange = { path: place.path, ...change, level: valueChangeLevel(place.fields, change.type) };
  if (entry.unit === undefined) delete entry.unit;
  out.push(entry);
}

function diffValue(before: unknown, after: unknown, place: Place, out: ValueChange[]): void {
  if (same(before, after)) return;
  if (before === undefined) {
    push(out, place, { type: 'added', new: after, unit: unitOf(after), sources: sourcesOf(after) ?? place.sources });
  } else if (after === undefined) {
    push(out, place, {
      type: 'removed',
      old: before,
      unit: unitOf(before),
      sources: sourcesOf(before) ?? place.oldSources,
    });
  } else if (isRecord(before) && isRecord(after)) diffRecords(before, after, place, out);
  else if (Array.isArray(before) && Array.isArray(after)) diffLists(before, after, place, out);
  else push(out, place, { type: 'changed', old: before, new: after, sources: place.sources });
}

function diffRecords(before: JsonRecord, after: JsonRecord, place: Place, out: ValueChange[]): void {
  const inner = {
    ...place,
    sources: sourcesOf(after) ?? place.sources,
    oldSources: sourcesOf(before) ?? place.oldSources,
  };
  const fields = new Set([...Object.keys(after), ...Object.keys(before)]);
  // A quantity's number and unit are one value: "96 GB → 141 GB", not two changes.
  if ('value' in before && 'value' in after) {
    if (!same(before.value, after.value) || before.unit !== after.unit) {
      push(out, place, {
        type: 'changed',
        old: before.value,
        new: after.value,
        unit: unitOf(after),
        sources: inner.sources,
      });
    }
    fields.delete('value');
    fields.delete('unit');
  }
  for (const field of fields) diffValue(before[field], after[field], child(inner, field), out);
}

/** Items keyed by their identifying field (`hardware[ascend-910b]`); plain values and anonymous objects by content. */
function keyItems(list: unknown[], place: Place): Map<string, { item: unknown; place: Place }> {
  const items = new Map<string, { item: unknown; place: Place }>();
  const seen = new Map<string, number>();
  for (const item of list) {
    const field = isRecord(item) ? ITEM_KEYS.find((key) => typeof item[key] === 'string') : undefined;
    const label = field ? String((item as JsonRecord)[field]) : undefined;
    const base = label === undefined ? canonicalJson(item) : `${field}:${label}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    const key = count > 1 ? `${base}#${count}` : base;
    const shown = label === undefined ? place.path : `${place.path}[${count > 1 ? `${label}#${count}` : label}]`;
    items.set(key, { item, place: { ...place, path: shown } });
  }
  return items;
}

function diffLists(before: unknown[], after: unknown[], place: Place, out: ValueChange[]): void {
  const old = keyItems(before, place);
  const current = keyItems(after, place);
  // A whole item added or removed is shown under the list; a change inside a kept item under its key.
  for (const [key, entry] of old) if (!current.has(key)) diffValue(entry.item, undefined, place, out);
  for (const [key, entry] of current) {
    const before = old.get(key);
    diffValue(before?.item, entry.item, before ? entry.place : place, out);
  }
}

/** Every value that differs between two versions of one entity, with the sources behind each new value. */
export function diffEntityValues(before: JsonRecord, after: JsonRecord): ValueChange[] {
  const out: ValueChange[] = [];
  const place: Place = { path: '', fields: [], sources: sourcesOf(after) ?? [], oldSources: sourcesOf(before) ?? [] };
  diffRecords(before, after, place, out);
  return out;
}

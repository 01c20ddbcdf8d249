import { type Dataset, type EntityKind, formatNumericValue, KIND_COLLECTIONS } from '@aichips/core';

function isQuantity(
  value: unknown,
): value is { value: number | { min: number; max: number }; unit: string; sources: string[] } {
  return typeof value === 'object' && value !== null && 'unit' in value && 'value' in value && 'sources' in value;
}

/** Flattens an entity into columns: quantities become "path (unit)" plus "path sources". */
function flatten(value: unknown, path: string, out: Map<string, string>): void {
  if (value === undefined || value === null) return;
  if (isQuantity(value)) {
    out.set(`${path} (${value.unit})`, formatNumericValue(value.value));
    out.set(`${path} sources`, value.sources.join(' '));
    return;
  }
  if (Array.isArray(value)) {
    if (value.every((item) => typeof item !== 'object' || item === null)) out.set(path, value.join('; '));
    else out.set(path, JSON.stringify(value));
    return;
  }
  if (typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) flatten(child, path ? `${path}.${key}` : key, out);
    return;
  }
  out.set(path, String(value));
}

function cell(text: string): string {
  // Quote everything that needs it, and defuse spreadsheet formulas from data.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV table for a kind; units live in the column names ("memory.capacity (GB)"). */
export function datasetToCsv(dataset: Dataset, kind: EntityKind): string {
  const rows = (dataset[KIND_COLLECTIONS[kind]] as unknown[]).map((entity) => {
    const out = new Map<string, string>();
    flatten(entity, '', out);
    return out;
  });
  const columns: string[] = [];
  for (const row of rows) for (const key of row.keys()) if (!columns.includes(key)) columns.push(key);
  const lead = ['id', 'name'].filter((c) => columns.includes(c));
  const ordered = [...lead, ...columns.filter((c) => !lead.includes(c))];
  return [ordered.map(cell).join(','), ...rows.map((row) => ordered.map((c) => cell(row.get(c) ?? '')).join(','))].join(
    '\n',
  );
}

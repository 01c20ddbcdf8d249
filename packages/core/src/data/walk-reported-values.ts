/** One reported number inside an entity: a quantity's preferred value or one of its alternatives. */
export interface ReportedValueAt {
  /** Dotted path inside the entity, e.g. `memory.capacity` or `memory.capacity.alternatives.0`. */
  path: string;
  sources: string[];
  confidence?: string;
}

/** Visits every reported number of an entity, alternatives included, wherever the schema puts it. */
export function walkReportedValues(entity: unknown, visit: (value: ReportedValueAt) => void): void {
  walk(entity, '', visit);
}

function walk(value: unknown, path: string, visit: (value: ReportedValueAt) => void): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) walk(item, `${path}.${i}`, visit);
    return;
  }
  const record = value as Record<string, unknown>;
  if ('value' in record && (typeof record.value === 'number' || typeof record.value === 'object')) {
    visit({
      path,
      sources: Array.isArray(record.sources) ? (record.sources as string[]) : [],
      confidence: typeof record.confidence === 'string' ? record.confidence : undefined,
    });
  }
  for (const [key, child] of Object.entries(record)) walk(child, path ? `${path}.${key}` : key, visit);
}

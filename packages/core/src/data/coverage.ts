import type { DatasetContent } from '../schema/dataset';

export interface CoverageReport {
  counts: Record<string, number>;
  chipsByCountry: Record<string, number>;
  fieldsByVendor: Record<
    string,
    {
      chips: number;
      compute: number;
      memory: number;
      bandwidth: number;
      power: number;
      process: number;
      dieArea: number;
    }
  >;
  eventsByYear: Record<string, number>;
  sourcesByType: Record<string, number>;
  /** "entity-id path" of numbers backed by one source that is low-confidence or an aggregator. */
  weakValues: string[];
  /** "entity-id path" of numbers with no source at all (the schema forbids them; this proves it). */
  unsourcedValues: string[];
}

function walkQuantities(
  value: unknown,
  path: string,
  visit: (path: string, quantity: Record<string, unknown>) => void,
): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) walkQuantities(item, `${path}.${i}`, visit);
    return;
  }
  const record = value as Record<string, unknown>;
  if ('value' in record && (typeof record.value === 'number' || typeof record.value === 'object')) visit(path, record);
  for (const [key, child] of Object.entries(record)) walkQuantities(child, path ? `${path}.${key}` : key, visit);
}

/** Coverage figures for `npm run data:report`: what is filled, what is weak, what is missing. */
export function summarizeCoverage(content: DatasetContent): CoverageReport {
  const countryOf = new Map(content.organizations.map((org) => [org.id, org.country]));
  const sourceType = new Map(content.sources.map((source) => [source.id, source.type]));
  const counts = Object.fromEntries(Object.entries(content).map(([key, list]) => [key, (list as unknown[]).length]));
  const chipsByCountry: Record<string, number> = {};
  const fieldsByVendor: CoverageReport['fieldsByVendor'] = {};
  for (const chip of content.chips) {
    const country = countryOf.get(chip.vendor) ?? '??';
    chipsByCountry[country] = (chipsByCountry[country] ?? 0) + 1;
    const row = fieldsByVendor[chip.vendor] ?? {
      chips: 0,
      compute: 0,
      memory: 0,
      bandwidth: 0,
      power: 0,
      process: 0,
      dieArea: 0,
    };
    fieldsByVendor[chip.vendor] = row;
    row.chips++;
    if (chip.compute && Object.keys(chip.compute).length > 0) row.compute++;
    if (chip.memory?.capacity) row.memory++;
    if (chip.memory?.bandwidth) row.bandwidth++;
    if (chip.power) row.power++;
    if (chip.process) row.process++;
    if (chip.dieArea) row.dieArea++;
  }
  const eventsByYear: Record<string, number> = {};
  for (const event of content.events)
    eventsByYear[event.date.slice(0, 4)] = (eventsByYear[event.date.slice(0, 4)] ?? 0) + 1;
  const sourcesByType: Record<string, number> = {};
  for (const source of content.sources) sourcesByType[source.type] = (sourcesByType[source.type] ?? 0) + 1;

  const weakValues: string[] = [];
  const unsourcedValues: string[] = [];
  for (const list of Object.values(content) as { id: string }[][]) {
    for (const entity of list) {
      walkQuantities(entity, '', (path, quantity) => {
        const sources = Array.isArray(quantity.sources) ? (quantity.sources as string[]) : [];
        if (sources.length === 0) unsourcedValues.push(`${entity.id} ${path}`);
        else if (
          sources.length === 1 &&
          (quantity.confidence === 'low' || sourceType.get(sources[0] as string) === 'aggregator')
        ) {
          weakValues.push(`${entity.id} ${path}`);
        }
      });
    }
  }
  return { counts, chipsByCountry, fieldsByVendor, eventsByYear, sourcesByType, weakValues, unsourcedValues };
}

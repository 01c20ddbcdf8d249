import type { DatasetContent } from '../schema/dataset';
import { type DepthCoverage, summarizeDepth } from './depth-coverage';
import { type SourceStrength, summarizeSourceStrength } from './source-strength';

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
  /** Key fields of the data-centre chips, and per chip what is still missing. */
  depth: DepthCoverage;
  /** Which numbers rest on aggregators or on a single weak source, and which have none. */
  sourcing: SourceStrength;
}

/** Coverage figures for `npm run data:report`: what is filled, what is weak, what is missing. */
export function summarizeCoverage(content: DatasetContent): CoverageReport {
  const countryOf = new Map(content.organizations.map((org) => [org.id, org.country]));
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
  return {
    counts,
    chipsByCountry,
    fieldsByVendor,
    eventsByYear,
    sourcesByType,
    depth: summarizeDepth(content.chips),
    sourcing: summarizeSourceStrength(content),
  };
}

import type { AtlasIndex, Chip, NumericValue, Precision, Quantity, Unit } from '@aichips/core';
import type { ClaimQuantity } from './claim-types';

/** One reported value of a chip's quantity: the preferred one or one of the alternatives the dataset keeps. */
export interface Figure {
  value: NumericValue;
  unit: Unit;
  sources: string[];
  kind: 'preferred' | 'alternative';
}

export type FieldQuantity = Exclude<ClaimQuantity, 'compute'>;

/** The quantity as the dataset stores it (for compute: the dense or the sparse figure). */
export function readQuantity(
  chip: Chip,
  quantity: FieldQuantity,
  density: 'dense' | 'sparse' = 'dense',
): Quantity | undefined {
  if (quantity.startsWith('compute.')) {
    const precision = quantity.slice('compute.'.length) as Precision;
    return chip.compute?.[precision]?.[density];
  }
  switch (quantity) {
    case 'memory.capacity':
      return chip.memory?.capacity;
    case 'memory.bandwidth':
      return chip.memory?.bandwidth;
    case 'interconnect.bandwidth':
      return chip.interconnect?.bandwidth;
    case 'power':
      return chip.power;
    case 'process.nm':
      return chip.process?.nm;
    default:
      return chip.dieArea;
  }
}

/** Every value the dataset reports for the quantity: the preferred one first. */
export function listFigures(chip: Chip, quantity: FieldQuantity, density: 'dense' | 'sparse' = 'dense'): Figure[] {
  const stored = readQuantity(chip, quantity, density);
  if (!stored) return [];
  return [
    { value: stored.value, unit: stored.unit, sources: stored.sources, kind: 'preferred' },
    ...(stored.alternatives ?? []).map((alternative) => ({
      value: alternative.value,
      unit: stored.unit,
      sources: alternative.sources,
      kind: 'alternative' as const,
    })),
  ];
}

/** The precisions a chip has a dense or sparse figure for. */
export function listPrecisions(chip: Chip): Precision[] {
  return Object.keys(chip.compute ?? {}) as Precision[];
}

interface VariantTables {
  chips: Map<string, Chip>;
  neighbours: Map<string, string[]>;
  /** Computed on first use per chip. */
  variants: Map<string, Chip[]>;
  sparseLines: Map<string, boolean>;
}
const tablesByIndex = new WeakMap<AtlasIndex, VariantTables>();

function variantTables(index: AtlasIndex): VariantTables {
  let tables = tablesByIndex.get(index);
  if (tables) return tables;
  tables = { chips: new Map(), neighbours: new Map(), variants: new Map(), sparseLines: new Map() };
  const link = (a: string, b: string, into: Map<string, string[]>) => into.set(a, [...(into.get(a) ?? []), b]);
  for (const chip of index.dataset.chips) {
    tables.chips.set(chip.id, chip);
    if (!chip.variantOf) continue;
    link(chip.id, chip.variantOf, tables.neighbours);
    link(chip.variantOf, chip.id, tables.neighbours);
  }
  tablesByIndex.set(index, tables);
  return tables;
}

/** Chips linked to this one by `variantOf` in either direction, nearest first (parent, children, siblings…). */
export function listVariants(index: AtlasIndex, chipId: string): Chip[] {
  const tables = variantTables(index);
  const cached = tables.variants.get(chipId);
  if (cached) return cached;
  const { chips, neighbours } = tables;
  const seen = new Set([chipId]);
  const order: Chip[] = [];
  let frontier = [chipId];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const neighbour of neighbours.get(id) ?? []) {
        if (seen.has(neighbour)) continue;
        seen.add(neighbour);
        next.push(neighbour);
        const chip = chips.get(neighbour);
        if (chip) order.push(chip);
      }
    }
    frontier = next;
  }
  tables.variants.set(chipId, order);
  return order;
}

/** Whether the dataset keeps sparse figures for this chip or its variants: its vendor quotes sparse rates. */
export function quotesSparseRates(index: AtlasIndex, chip: Chip): boolean {
  const { sparseLines } = variantTables(index);
  let quotes = sparseLines.get(chip.id);
  if (quotes === undefined) {
    quotes = [chip, ...listVariants(index, chip.id)].some((c) =>
      Object.values(c.compute ?? {}).some((figure) => figure?.sparse !== undefined),
    );
    sparseLines.set(chip.id, quotes);
  }
  return quotes;
}

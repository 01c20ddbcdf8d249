import type { Chip } from '../schema/chip';
import type { AtlasIndex } from './atlas-index';
import { getEntityOfKind } from './get-entity';
import { METRICS, type MetricKey } from './metrics';
import { pointValue } from './numeric-value';
import { requireChip } from './require-chip';

/** What closeness is measured on: compute (best dense 16-bit figure, else INT8), memory, bandwidth. */
const CLOSENESS_METRICS: MetricKey[][] = [['bf16', 'fp16', 'int8'], ['memoryCapacity'], ['memoryBandwidth']];

export interface Alternative {
  chip: Chip;
  /** Mean absolute log-ratio over the compared metrics: 0 is identical, lower is closer. */
  distance: number;
  /** Candidate ÷ target per compared metric. */
  ratios: Partial<Record<MetricKey, number>>;
}

function firstKnown(chip: Chip, keys: MetricKey[]): [MetricKey, number] | undefined {
  for (const key of keys) {
    const value = METRICS[key].read(chip);
    if (value) return [key, pointValue(value.value)];
  }
  return undefined;
}

/**
 * Chips from other vendors ranked by closeness to `chip` on compute, memory and bandwidth — e.g. the
 * Chinese chips nearest the H20. Candidates must share at least one metric with the target.
 */
export function findAlternatives(
  index: AtlasIndex,
  chipIdOrName: string,
  options: { country?: string; limit?: number } = {},
): Alternative[] {
  const target = requireChip(index, chipIdOrName);
  const alternatives: Alternative[] = [];
  for (const chip of index.dataset.chips) {
    if (chip.movedTo || chip.vendor === target.vendor) continue;
    if (options.country && getEntityOfKind(index, chip.vendor, 'organization')?.country !== options.country) continue;
    const ratios: Partial<Record<MetricKey, number>> = {};
    const logs: number[] = [];
    for (const keys of CLOSENESS_METRICS) {
      const wanted = firstKnown(target, keys);
      if (!wanted) continue;
      const [key, targetValue] = wanted;
      // Compare like with like: the candidate's figure at the precision the target's was found in.
      const candidate = METRICS[key].read(chip);
      if (!candidate || targetValue <= 0) continue;
      const ratio = pointValue(candidate.value) / targetValue;
      if (ratio <= 0) continue;
      ratios[key] = ratio;
      logs.push(Math.abs(Math.log(ratio)));
    }
    if (logs.length === 0) continue;
    alternatives.push({ chip, distance: logs.reduce((a, b) => a + b, 0) / logs.length, ratios });
  }
  return alternatives
    .sort((a, b) => a.distance - b.distance || a.chip.id.localeCompare(b.chip.id))
    .slice(0, options.limit ?? 10);
}

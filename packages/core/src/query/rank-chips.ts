import { AtlasError } from '../errors';
import type { Chip } from '../schema/chip';
import type { AtlasIndex } from './atlas-index';
import { METRIC_KEYS, METRICS, type MetricKey, type MetricValue } from './metrics';
import { pointValue } from './numeric-value';

export interface RankedChip {
  rank: number;
  chip: Chip;
  value: MetricValue;
}

/** Chips that have the metric, best first (highest, or lowest for power and process). */
export function rankChips(
  index: AtlasIndex,
  metric: MetricKey,
  options: { limit?: number; chips?: Chip[] } = {},
): RankedChip[] {
  const definition = METRICS[metric];
  if (!definition) {
    throw new AtlasError('UNKNOWN_METRIC', `unknown metric "${metric}"; expected one of ${METRIC_KEYS.join(', ')}`);
  }
  const ranked = (options.chips ?? index.dataset.chips)
    .filter((chip) => !chip.movedTo)
    .flatMap((chip) => {
      const value = definition.read(chip);
      return value ? [{ chip, value }] : [];
    })
    .sort((a, b) => {
      const difference = pointValue(b.value.value) - pointValue(a.value.value);
      return (definition.higherIsBetter ? difference : -difference) || a.chip.id.localeCompare(b.chip.id);
    });
  return ranked.slice(0, options.limit ?? ranked.length).map((entry, i) => ({ rank: i + 1, ...entry }));
}

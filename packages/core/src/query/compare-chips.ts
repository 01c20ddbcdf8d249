import type { Chip } from '../schema/chip';
import type { AtlasIndex } from './atlas-index';
import { COMPARISON_METRICS, METRICS, type MetricKey, type MetricValue } from './metrics';
import { pointValue } from './numeric-value';
import { requireChip } from './require-chip';

export interface ComparisonRow {
  metric: MetricKey;
  label: string;
  unit: string;
  /** One cell per chip, in the order asked; undefined where the dataset has no value. */
  values: (MetricValue | undefined)[];
  /** Each value divided by the first chip's value (undefined when either is missing). */
  ratios: (number | undefined)[];
  /** Id of the chip ahead on this metric (lower is ahead for power and process), if two or more are known. */
  leader?: string;
}

export interface ChipComparison {
  chips: Chip[];
  rows: ComparisonRow[];
}

/** Compares chips metric by metric with units, sources, ratios to the first chip and who is ahead. */
export function compareChips(
  index: AtlasIndex,
  chipIdsOrNames: string[],
  metrics = COMPARISON_METRICS,
): ChipComparison {
  const chips = chipIdsOrNames.map((name) => requireChip(index, name));
  const rows = metrics.map((key): ComparisonRow => {
    const metric = METRICS[key];
    const values = chips.map((chip) => metric.read(chip));
    const base = values[0] ? pointValue(values[0].value) : undefined;
    const ratios = values.map((value) => (value && base ? pointValue(value.value) / base : undefined));
    const known = values.flatMap((value, i) =>
      value ? [{ id: (chips[i] as Chip).id, n: pointValue(value.value) }] : [],
    );
    const sorted = known.sort((a, b) => (metric.higherIsBetter ? b.n - a.n : a.n - b.n));
    const leader = sorted.length >= 2 && sorted[0]?.n !== sorted[1]?.n ? sorted[0]?.id : undefined;
    return { metric: key, label: metric.label, unit: metric.unit, values, ratios, leader };
  });
  return { chips, rows };
}

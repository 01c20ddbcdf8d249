import { valueBounds } from '../query/numeric-value';
import type { Chip } from '../schema/chip';
import { computeTpp } from './tpp';

/** Performance density: TPP divided by the applicable die area in mm², or undefined when either is unknown. */
export function performanceDensity(chip: Chip): number | undefined {
  const total = computeTpp(chip);
  if (!total || !chip.dieArea) return undefined;
  const area = valueBounds(chip.dieArea.value);
  return total.max / area.min;
}

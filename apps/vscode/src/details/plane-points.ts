import { type Chip, performanceDensity, tpp } from '@aichips/core';
import type { PlanePoint } from './tpp-density-chart';

export interface PlaneData {
  points: PlanePoint[];
  /** Highlighted chips that could not be placed, with what they lack. */
  unplaced: { label: string; missing: string }[];
}

/** Every chip with both TPP and performance density, the wanted ones highlighted. */
export function collectPlanePoints(chips: readonly Chip[], highlighted: ReadonlySet<string>): PlaneData {
  const points: PlanePoint[] = [];
  const unplaced: PlaneData['unplaced'] = [];
  for (const chip of chips) {
    const total = tpp(chip);
    const density = performanceDensity(chip);
    if (total !== undefined && density !== undefined) {
      points.push({ id: chip.id, label: chip.name, tpp: total, density, highlighted: highlighted.has(chip.id) });
    } else if (highlighted.has(chip.id)) {
      unplaced.push({ label: chip.name, missing: total === undefined ? 'no dense compute figure (for TPP)' : 'no die area (for density)' });
    }
  }
  return { points, unplaced };
}

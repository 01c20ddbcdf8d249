import { type Chip, performanceDensity, tpp } from '@aichips/core';
import type { PlanePoint } from './tpp-density-chart';

export interface PlaneData {
  points: PlanePoint[];
  /** Highlighted chips that could not be placed, with what they lack. */
  unplaced: { label: string; missing: string }[];
}

/** Every chip with both TPP and performance density, and the wanted ones highlighted (by TPP alone if need be). */
export function collectPlanePoints(chips: readonly Chip[], highlighted: ReadonlySet<string>): PlaneData {
  const points: PlanePoint[] = [];
  const unplaced: PlaneData['unplaced'] = [];
  for (const chip of chips) {
    const total = tpp(chip);
    const density = performanceDensity(chip);
    const isHighlighted = highlighted.has(chip.id);
    if (total !== undefined && (density !== undefined || isHighlighted)) {
      points.push({ id: chip.id, label: chip.name, tpp: total, density, highlighted: isHighlighted });
      if (density === undefined) {
        unplaced.push({
          label: chip.name,
          missing: 'no die area, so no performance density; drawn as a line at its TPP',
        });
      }
    } else if (isHighlighted) {
      unplaced.push({ label: chip.name, missing: 'no dense compute figure, so no TPP' });
    }
  }
  return { points, unplaced };
}

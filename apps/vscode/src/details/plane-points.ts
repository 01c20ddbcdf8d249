import { type Chip, classify, performanceDensity, tpp } from '@aichips/core';
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
      points.push({
        id: chip.id,
        label: chip.name,
        tpp: total,
        density,
        highlighted: isHighlighted,
        ...(isHighlighted ? readingsOf(chip) : {}),
      });
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

// Only the highlighted chips pay for classifying every reading.
function readingsOf(chip: Chip): Pick<PlanePoint, 'spread' | 'verdict'> {
  const result = classify(chip, '2023-10');
  const verdict = { classification: result.classification, robust: result.robust };
  const { tppRange, performanceDensityRange } = result;
  const varies =
    tppRange !== undefined &&
    (tppRange.min !== tppRange.max ||
      (performanceDensityRange && performanceDensityRange.min !== performanceDensityRange.max));
  return varies
    ? { verdict, spread: { tpp: tppRange, ...(performanceDensityRange ? { density: performanceDensityRange } : {}) } }
    : { verdict };
}

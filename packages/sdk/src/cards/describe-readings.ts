import { type Classification, inputLabel } from '@aichips/core';

const round = (n: number) => String(Math.round(n * 100) / 100);
const span = (range: { min: number; max: number } | undefined, label: string) =>
  range === undefined
    ? undefined
    : `${label} ${range.min === range.max ? round(range.max) : `${round(range.min)}–${round(range.max)}`}`;

/**
 * One line on how the class holds up across the reported values: nothing when there is a single reading,
 * "same class under all N readings (TPP …)" when robust, else the spread and the inputs that decide it.
 */
export function describeReadings(result: Classification): string | undefined {
  const count = result.readings.length;
  if (count <= 1) return undefined;
  const ranges = [span(result.tppRange, 'TPP'), span(result.performanceDensityRange, 'PD')].filter(Boolean).join(', ');
  const over = ranges ? ` (${ranges})` : '';
  const every = count === 2 ? 'both readings' : `all ${count} readings`;
  if (result.robust) return `same class under ${every} of the reported values${over}`;
  if (result.decidedBy.length === 0) return undefined;
  return `${count} readings of the reported values${over}; decided by ${result.decidedBy.map(inputLabel).join(', ')}`;
}

import type { NumericValue } from '../schema/quantity';

/** A single number for ranking and ratios: the value, or the middle of a range. */
export function pointValue(value: NumericValue): number {
  return typeof value === 'number' ? value : (value.min + value.max) / 2;
}

/** The ends of a value: equal for a single number. */
export function valueBounds(value: NumericValue): { min: number; max: number } {
  return typeof value === 'number' ? { min: value, max: value } : value;
}

export function formatNumericValue(value: NumericValue): string {
  const format = (n: number) => (Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(6))));
  return typeof value === 'number' ? format(value) : `${format(value.min)}–${format(value.max)}`;
}

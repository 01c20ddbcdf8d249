import { type NumericValue, valueBounds } from '@aichips/core';
import type { ClaimQuantity } from './claim-types';

// Relative tolerance per quantity: rounding in vendor sheets (989 vs 990 TFLOPS, 2.039 vs 2 TB/s) passes;
// a sibling's figure (80 vs 96 GB, 3.35 vs 4 TB/s) does not. Process nodes are names, so exact.
const EXACT: Record<string, number> = {
  compute: 0.03,
  'memory.capacity': 0.015,
  'memory.bandwidth': 0.03,
  'interconnect.bandwidth': 0.03,
  power: 0.03,
  'process.nm': 0,
  dieArea: 0.02,
};
const HEDGED: Record<string, number> = {
  ...EXACT,
  compute: 0.1,
  'memory.capacity': 0.1,
  'memory.bandwidth': 0.1,
  'interconnect.bandwidth': 0.1,
  power: 0.1,
  dieArea: 0.08,
};

// Rounding the written number may stand for ("3.4 TB/s" for 3.35) is capped so "2 TB/s" cannot stand for 2.4.
const MAX_ROUNDING = 0.12;

export function relativeTolerance(quantity: ClaimQuantity, hedged: boolean): number {
  const key = quantity.startsWith('compute') ? 'compute' : quantity;
  return (hedged ? HEDGED : EXACT)[key] ?? 0.03;
}

export interface ComparableClaim {
  value: NumericValue;
  /** Half the last written digit, in the figure's unit. */
  slack: number;
  hedged: boolean;
  bound?: 'at-least' | 'at-most';
}

/** Whether the claim agrees with the figure: within tolerance, overlapping ranges, or a bound it satisfies. */
export function matchesFigure(claim: ComparableClaim, figure: NumericValue, quantity: ClaimQuantity): boolean {
  const c = valueBounds(claim.value);
  const f = valueBounds(figure);
  const rounding = Math.min(claim.slack, MAX_ROUNDING * c.max);
  const tolerance = Math.max(relativeTolerance(quantity, claim.hedged) * f.max, rounding) + 1e-9;
  if (claim.bound === 'at-least') return f.max >= c.min - tolerance;
  if (claim.bound === 'at-most') return f.min <= c.max + tolerance;
  return c.min - tolerance <= f.max && c.max + tolerance >= f.min;
}

export function scaleValue(value: NumericValue, factor: number): NumericValue {
  return typeof value === 'number' ? value * factor : { min: value.min * factor, max: value.max * factor };
}

/** Whether the claim is above every figure by more than the tolerance. */
export function exceedsAll(claim: ComparableClaim, figures: NumericValue[], quantity: ClaimQuantity): boolean {
  const c = valueBounds(claim.value);
  return figures.every((figure) => {
    const f = valueBounds(figure);
    return c.min > f.max * (1 + relativeTolerance(quantity, claim.hedged)) + claim.slack;
  });
}

import { valueBounds } from '../query/numeric-value';
import { type Chip, PRECISION_BITS, PRECISIONS, type Precision } from '../schema/chip';
import type { ClassificationInput } from './types';

export interface TppResult {
  /** Lowest and highest TPP the sourced values allow (equal unless a source gives a range). */
  min: number;
  max: number;
  precision: Precision | 'declared';
  input: ClassificationInput;
}

/**
 * Total Processing Performance: dense TOPS × bit length, highest over precisions (88 FR 73458;
 * equal to 2 × MacTOPS × bit length). Sparse-only figures are not used; a declared TPP is the fallback.
 */
export function computeTpp(chip: Chip): TppResult | undefined {
  let best: TppResult | undefined;
  for (const precision of PRECISIONS) {
    const dense = chip.compute?.[precision]?.dense;
    if (!dense) continue;
    const bits = PRECISION_BITS[precision];
    const bounds = valueBounds(dense.value);
    const candidate: TppResult = {
      min: bounds.min * bits,
      max: bounds.max * bits,
      precision,
      input: {
        name: 'TPP',
        value: bounds.max * bits,
        unit: 'TPP',
        sources: dense.sources,
        derivation: `${precision} dense ${formatBounds(bounds)} ${dense.unit} × ${bits} bits${dense.derivation ? `; the figure is derived: ${dense.derivation}` : ''}`,
      },
    };
    if (!best || candidate.max > best.max) best = candidate;
  }
  if (best || !chip.declaredTpp) return best;
  const bounds = valueBounds(chip.declaredTpp.value);
  return {
    ...bounds,
    precision: 'declared',
    input: {
      name: 'TPP',
      value: bounds.max,
      unit: 'TPP',
      sources: chip.declaredTpp.sources,
      derivation: 'declared TPP',
    },
  };
}

/** The largest TPP the chip's sourced figures support, or undefined when no dense figure is known. */
export function tpp(chip: Chip): number | undefined {
  return computeTpp(chip)?.max;
}

function formatBounds(bounds: { min: number; max: number }): string {
  return bounds.min === bounds.max ? String(bounds.max) : `${bounds.min}–${bounds.max}`;
}

import { valueBounds } from '../query/numeric-value';
import type { Chip } from '../schema/chip';
import type { TppResult } from './tpp';
import type { ClassificationInput, ExportControlClass, ThresholdTest } from './types';

export interface RuleOutcome {
  classification: ExportControlClass;
  reason: string;
  tests: ThresholdTest[];
  missing: string[];
}

/** Bidirectional chip-to-chip bandwidth in GB/s (a per-direction figure counts twice). */
export function bidirectionalInterconnect(chip: Chip): ClassificationInput | undefined {
  const link = chip.interconnect;
  if (!link) return undefined;
  const perDirection = link.direction === 'per-direction';
  const value = valueBounds(link.bandwidth.value).max * (perDirection ? 2 : 1);
  return {
    name: 'interconnect',
    value,
    unit: 'GB/s',
    sources: link.bandwidth.sources,
    derivation: perDirection ? `${value / 2} GB/s per direction × 2` : undefined,
  };
}

/**
 * October 2022 rule (87 FR 62186): 3A090 needed BOTH an aggregate bidirectional transfer rate of
 * 600 GB/s or more AND processing performance (TOPS × bit length) of 4800 or more.
 */
export function applyRule2022(chip: Chip, tppValue: number | undefined, total: TppResult | undefined): RuleOutcome {
  const interconnect = bidirectionalInterconnect(chip);
  const tppPassed = tppValue === undefined ? undefined : tppValue >= 4800;
  const linkPassed = interconnect === undefined ? undefined : interconnect.value >= 600;
  const tests: ThresholdTest[] = [
    {
      id: 'processing-performance>=4800',
      description: 'processing performance (TOPS × bit length) ≥ 4800',
      passed: tppPassed,
      inputs: total && tppValue !== undefined ? [{ ...total.input, value: tppValue }] : [],
    },
    {
      id: 'interconnect>=600',
      description: 'aggregate bidirectional transfer rate to other chips ≥ 600 GB/s',
      passed: linkPassed,
      inputs: interconnect ? [interconnect] : [],
    },
  ];
  const missing = [
    ...(tppPassed === undefined ? ['dense compute (for TPP)'] : []),
    ...(linkPassed === undefined ? ['interconnect bandwidth'] : []),
  ];
  if (tppPassed === false) {
    return { classification: 'not-covered', reason: `TPP ${round(tppValue)} is below 4800`, tests, missing: [] };
  }
  if (linkPassed === false) {
    return {
      classification: 'not-covered',
      reason: `interconnect ${round(interconnect?.value)} GB/s is below 600 GB/s`,
      tests,
      missing: [],
    };
  }
  if (tppPassed && linkPassed) {
    return {
      classification: '3A090.a',
      reason: `TPP ${round(tppValue)} ≥ 4800 and interconnect ${round(interconnect?.value)} GB/s ≥ 600 GB/s`,
      tests,
      missing: [],
    };
  }
  return { classification: 'indeterminate', reason: `missing ${missing.join(' and ')}`, tests, missing };
}

export function round(value: number | undefined): string {
  return value === undefined ? '?' : String(Math.round(value * 100) / 100);
}

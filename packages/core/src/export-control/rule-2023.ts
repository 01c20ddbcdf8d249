import { valueBounds } from '../query/numeric-value';
import type { Chip } from '../schema/chip';
import { type RuleOutcome, round } from './rule-2022';
import type { TppResult } from './tpp';
import type { ClassificationInput, ThresholdTest } from './types';

/**
 * October 2023 rule (88 FR 73458, corrected 89 FR 23876): 3A090.a is TPP ≥ 4800, or TPP ≥ 1600 with
 * performance density ≥ 5.92; 3A090.b is TPP 2400–4800 with PD 1.6–5.92, or TPP ≥ 1600 with PD 3.2–5.92.
 * Note 2: chips not designed or marketed for data centres with TPP < 4800 fall outside.
 */
export function applyRule2023(
  chip: Chip,
  tppValue: number | undefined,
  density: number | undefined,
  total: TppResult | undefined,
): RuleOutcome {
  const tppInputs: ClassificationInput[] = total && tppValue !== undefined ? [{ ...total.input, value: tppValue }] : [];
  const densityInputs: ClassificationInput[] =
    density !== undefined && chip.dieArea
      ? [
          ...tppInputs,
          {
            name: 'dieArea',
            value: valueBounds(chip.dieArea.value).min,
            unit: 'mm²',
            sources: chip.dieArea.sources,
            ...(chip.dieArea.derivation ? { derivation: `derived: ${chip.dieArea.derivation}` } : {}),
          },
          { name: 'performanceDensity', value: density, unit: 'TPP/mm²', sources: [], derivation: 'TPP ÷ die area' },
        ]
      : [];
  const known = (test: (t: number, d: number) => boolean): boolean | undefined =>
    tppValue === undefined || density === undefined ? undefined : test(tppValue, density);
  const tests: ThresholdTest[] = [
    {
      id: 'a.1',
      description: 'TPP ≥ 4800',
      passed: tppValue === undefined ? undefined : tppValue >= 4800,
      inputs: tppInputs,
    },
    {
      id: 'a.2',
      description: 'TPP ≥ 1600 and performance density ≥ 5.92',
      passed: tppValue !== undefined && tppValue < 1600 ? false : known((_, d) => d >= 5.92),
      inputs: densityInputs,
    },
    {
      id: 'b.1',
      description: '2400 ≤ TPP < 4800 and 1.6 ≤ performance density < 5.92',
      passed:
        tppValue !== undefined && (tppValue < 2400 || tppValue >= 4800) ? false : known((_, d) => d >= 1.6 && d < 5.92),
      inputs: densityInputs,
    },
    {
      id: 'b.2',
      description: 'TPP ≥ 1600 and 3.2 ≤ performance density < 5.92',
      passed: tppValue !== undefined && tppValue < 1600 ? false : known((_, d) => d >= 3.2 && d < 5.92),
      inputs: densityInputs,
    },
  ];

  if (tppValue === undefined) {
    return {
      classification: 'indeterminate',
      reason: 'missing dense compute (for TPP)',
      tests,
      missing: ['dense compute (for TPP)'],
    };
  }
  const t = round(tppValue);
  if (tppValue >= 4800) return { classification: '3A090.a', reason: `TPP ${t} ≥ 4800`, tests, missing: [] };
  if (!chip.dataCenter) {
    return {
      classification: 'not-covered',
      reason: `TPP ${t} < 4800 and not designed or marketed for data centres (Note 2)`,
      tests,
      missing: [],
    };
  }
  if (tppValue < 1600) return { classification: 'not-covered', reason: `TPP ${t} is below 1600`, tests, missing: [] };
  if (density === undefined) {
    return {
      classification: 'indeterminate',
      reason: `TPP ${t} needs the performance density, and the die area is unknown`,
      tests,
      missing: ['die area (for performance density)'],
    };
  }
  const d = round(density);
  if (density >= 5.92)
    return { classification: '3A090.a', reason: `TPP ${t} ≥ 1600 and PD ${d} ≥ 5.92`, tests, missing: [] };
  if (tppValue >= 2400 && density >= 1.6) {
    return { classification: '3A090.b', reason: `TPP ${t} in 2400–4800 and PD ${d} in 1.6–5.92`, tests, missing: [] };
  }
  if (density >= 3.2)
    return { classification: '3A090.b', reason: `TPP ${t} ≥ 1600 and PD ${d} in 3.2–5.92`, tests, missing: [] };
  return {
    classification: 'not-covered',
    reason: `TPP ${t} and PD ${d} are below every 3A090 threshold`,
    tests,
    missing: [],
  };
}

import { describe, expect, it } from 'vitest';
import type { Chip } from '../schema/chip';
import { classify } from './classify';
import { performanceDensity } from './performance-density';
import { tpp } from './tpp';

const q = <U extends string>(value: number | { min: number; max: number }, unit: U) => ({
  value,
  unit,
  sources: ['s'],
});

function chip(overrides: Partial<Chip> & { fp16?: number | { min: number; max: number }; area?: number }): Chip {
  const { fp16, area, ...rest } = overrides;
  return {
    id: 'test-chip',
    name: 'Test chip',
    aliases: [],
    summary: 'x',
    sources: ['s'],
    vendor: 'v',
    category: 'gpu',
    market: 'global',
    status: 'shipping',
    dataCenter: true,
    ...(fp16 !== undefined ? { compute: { fp16: { dense: q(fp16, 'TFLOPS') } } } : {}),
    ...(area !== undefined ? { dieArea: q(area, 'mm²') } : {}),
    ...rest,
  } as Chip;
}

describe('tpp()', () => {
  it('takes the highest dense TOPS × bit length over precisions', () => {
    const c = chip({
      compute: {
        fp16: { dense: q(100, 'TFLOPS') },
        fp8: { dense: q(250, 'TFLOPS') },
        int4: { sparse: q(5000, 'TOPS') },
      },
    } as Partial<Chip>);
    expect(tpp(c)).toBe(2000);
  });

  it('ignores sparse-only figures and falls back to a declared TPP', () => {
    const c = chip({ compute: { fp16: { sparse: q(400, 'TFLOPS') } }, declaredTpp: q(3000, 'TPP') } as Partial<Chip>);
    expect(tpp(c)).toBe(3000);
    expect(tpp(chip({}))).toBeUndefined();
  });

  it('divides by the die area for performance density', () => {
    expect(performanceDensity(chip({ fp16: 100, area: 400 }))).toBe(4);
    expect(performanceDensity(chip({ fp16: 100 }))).toBeUndefined();
  });
});

describe('classify() under the October 2023 rule', () => {
  it.each([
    [{ fp16: 300 }, '3A090.a', 'TPP 4800 ≥ 4800'],
    [{ fp16: 110, area: 200 }, '3A090.a', 'PD 8.8 ≥ 5.92'],
    [{ fp16: 160, area: 600 }, '3A090.b', 'TPP 2560 in 2400–4800 and PD 4.27 in 1.6–5.92'],
    [{ fp16: 110, area: 400 }, '3A090.b', 'TPP 1760 ≥ 1600 and PD 4.4 in 3.2–5.92'],
    [{ fp16: 148, area: 814 }, 'not-covered', 'below every 3A090 threshold'],
    [{ fp16: 90, area: 10 }, 'not-covered', 'TPP 1440 is below 1600'],
  ] as const)('classifies %o as %s', (input, expected, reason) => {
    const result = classify(chip(input), '2023-10');
    expect(result.classification).toBe(expected);
    expect(result.reason).toContain(reason);
  });

  it('applies Note 2: a non-data-centre chip under TPP 4800 is outside 3A090', () => {
    const result = classify(chip({ fp16: 110, area: 200, dataCenter: false }), '2023-10');
    expect(result.classification).toBe('not-covered');
    expect(result.reason).toContain('Note 2');
  });

  it('is indeterminate without a die area when the density decides, and names what is missing', () => {
    const result = classify(chip({ fp16: 150 }), '2023-10');
    expect(result.classification).toBe('indeterminate');
    expect(result.missing).toEqual(['die area (for performance density)']);
    expect(result.tests.find((t) => t.id === 'a.1')?.passed).toBe(false);
    expect(result.tests.find((t) => t.id === 'a.2')?.passed).toBeUndefined();
  });

  it('is indeterminate when a sourced range straddles a threshold', () => {
    const result = classify(chip({ fp16: { min: 290, max: 310 }, dataCenter: false }), '2023-10');
    expect(result.classification).toBe('indeterminate');
    expect(result.reason).toContain('not-covered');
  });

  it('lists every threshold test with the inputs and their sources', () => {
    const result = classify(chip({ fp16: 160, area: 600 }), '2023-10');
    expect(result.tests.map((t) => [t.id, t.passed])).toEqual([
      ['a.1', false],
      ['a.2', false],
      ['b.1', true],
      ['b.2', true],
    ]);
    expect(result.tests[0]?.inputs[0]).toMatchObject({ name: 'TPP', value: 2560, sources: ['s'] });
  });
});

describe('classify() under the October 2022 rule', () => {
  const link = (value: number, direction: 'bidirectional' | 'per-direction') => ({
    interconnect: { bandwidth: q(value, 'GB/s'), direction },
  });

  it('needs both TPP ≥ 4800 and a 600 GB/s interconnect', () => {
    expect(
      classify(chip({ fp16: 312, ...link(600, 'bidirectional') } as Partial<Chip>), '2022-10').classification,
    ).toBe('3A090.a');
    const slowLink = classify(chip({ fp16: 312, ...link(400, 'bidirectional') } as Partial<Chip>), '2022-10');
    expect(slowLink.classification).toBe('not-covered');
    expect(slowLink.reason).toBe('interconnect 400 GB/s is below 600 GB/s');
  });

  it('counts a per-direction figure twice', () => {
    expect(
      classify(chip({ fp16: 312, ...link(300, 'per-direction') } as Partial<Chip>), '2022-10').classification,
    ).toBe('3A090.a');
  });

  it('is indeterminate when the deciding input is unknown, and not covered when either test fails', () => {
    expect(classify(chip({ fp16: 312 }), '2022-10').classification).toBe('indeterminate');
    expect(classify(chip({ fp16: 100 }), '2022-10').classification).toBe('not-covered');
  });
});

describe('classify() under every reported reading', () => {
  const alt = (value: number | { min: number; max: number }, source = 'alt') => ({ value, sources: [source] });
  const withAlternatives = (
    fp16: number,
    fp16Alternatives: ReturnType<typeof alt>[],
    area?: number,
    areaAlternatives: ReturnType<typeof alt>[] = [],
  ) =>
    chip({
      compute: { fp16: { dense: { ...q(fp16, 'TFLOPS'), alternatives: fp16Alternatives } } },
      ...(area !== undefined ? { dieArea: { ...q(area, 'mm²'), alternatives: areaAlternatives } } : {}),
    } as Partial<Chip>);

  it('is robust when the preferred value and every alternative give the same class, and reports the TPP range', () => {
    const result = classify(withAlternatives(320, [alt(376), alt(300)]), '2023-10');
    expect(result.classification).toBe('3A090.a');
    expect(result.robust).toBe(true);
    expect(result.tppRange).toEqual({ min: 4800, max: 6016 });
    expect(result.readings.map((reading) => reading.label)).toEqual([
      'preferred values',
      'FP16 dense 376 TFLOPS (alternative)',
      'FP16 dense 300 TFLOPS (alternative)',
    ]);
    expect(result.decidedBy).toEqual([]);
  });

  it('is indeterminate when an alternative crosses a threshold, and names the class each reading gives and what decides it', () => {
    const result = classify(withAlternatives(320, [alt(256, 'press-low')], 800), '2023-10');
    expect(result.classification).toBe('indeterminate');
    expect(result.robust).toBe(false);
    expect(result.readings.map((reading) => [reading.classification, reading.tpp])).toEqual([
      ['3A090.a', 5120],
      ['3A090.b', 4096],
    ]);
    expect(result.readings[1]?.varies).toMatchObject([
      { input: 'compute.fp16.dense', value: 256, sources: ['press-low'] },
    ]);
    expect(result.decidedBy).toEqual(['compute.fp16.dense']);
    expect(result.reason).toBe(
      'the reported values disagree: 3A090.a under preferred values; 3A090.b under FP16 dense 256 TFLOPS (alternative)',
    );
    // The preferred reading's tests stay what the card shows.
    expect(result.tpp).toBe(5120);
  });

  it('finds a disagreement that only the combination of alternatives produces', () => {
    // Alone, neither the higher compute (PD 5.76) nor the smaller die (PD 5.6) reaches 5.92; together they do (6.05).
    const result = classify(withAlternatives(140, [alt(144)], 400, [alt(381)]), '2023-10');
    expect(result.readings.map((reading) => [reading.label, reading.classification])).toEqual([
      ['preferred values', '3A090.b'],
      ['FP16 dense 144 TFLOPS (alternative)', '3A090.b'],
      ['die area 381 mm² (alternative)', '3A090.b'],
      ['highest reported values', '3A090.a'],
    ]);
    expect(result.classification).toBe('indeterminate');
    expect(result.decidedBy).toEqual(['compute.fp16.dense', 'dieArea']);
  });

  it('does not need the die area when every reading is at or above TPP 4800', () => {
    const result = classify(withAlternatives(300, [alt(310)]), '2023-10');
    expect(result).toMatchObject({ classification: '3A090.a', robust: true, missing: [] });
  });

  it('is not robust when an input is missing, even with a single reading', () => {
    const result = classify(chip({ fp16: 150 }), '2023-10');
    expect(result).toMatchObject({ classification: 'indeterminate', robust: false, decidedBy: [] });
  });

  it('reads both ends of a reported range, preferred or alternative', () => {
    const result = classify(withAlternatives(320, [alt({ min: 280, max: 290 })]), '2023-10');
    expect(result.readings.map((reading) => reading.tpp)).toEqual([5120, 4480, 4640]);
    expect(result.readings[1]?.varies[0]).toMatchObject({ range: 'low', alternative: 0 });
  });

  it('varies the interconnect under the 2022 rule and carries a value’s derivation into the test inputs', () => {
    const derived = chip({
      compute: { fp16: { dense: { ...q(400, 'TFLOPS'), derivation: 'as reported for the parent silicon' } } },
      interconnect: {
        bandwidth: { ...q(400, 'GB/s'), alternatives: [alt(900)] },
        direction: 'bidirectional',
      },
    } as Partial<Chip>);
    const result = classify(derived, '2022-10');
    expect(result.readings.map((reading) => reading.classification)).toEqual(['not-covered', '3A090.a']);
    expect(result.decidedBy).toEqual(['interconnect.bandwidth']);
    expect(result.tests[0]?.inputs[0]?.derivation).toContain('derived: as reported for the parent silicon');
  });
});

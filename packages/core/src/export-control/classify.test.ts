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

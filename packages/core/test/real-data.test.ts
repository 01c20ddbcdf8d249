// Queries and classifications against the real, bundled dataset: outcomes the public record pins down.
import { describe, expect, it } from 'vitest';
import { embeddedDataset } from '../src/data/_generated/embedded-dataset';
import { AtlasError } from '../src/errors';
import { classify } from '../src/export-control';
import { createAtlasIndex } from '../src/query/atlas-index';
import { compareChips } from '../src/query/compare-chips';
import { findAlternatives } from '../src/query/find-alternatives';
import { findByName } from '../src/query/find-by-name';
import { getEntityOfKind } from '../src/query/get-entity';
import { listChips, safeListChips } from '../src/query/list-chips';
import { rankChips } from '../src/query/rank-chips';
import { related } from '../src/query/related';
import { requireChip } from '../src/query/require-chip';
import { timeline } from '../src/query/timeline';

const index = createAtlasIndex(embeddedDataset);
const chip = (id: string) => requireChip(index, id);

describe('classify() on the bundled data', () => {
  it('lets the A800 escape the 2022 rule through its 400 GB/s interconnect, but not the 2023 rule', () => {
    const rule2022 = classify(chip('a800-sxm-80gb'), '2022-10');
    expect(rule2022.classification).toBe('not-covered');
    expect(rule2022.reason).toBe('interconnect 400 GB/s is below 600 GB/s');
    const rule2023 = classify(chip('a800-sxm-80gb'), '2023-10');
    expect(rule2023.classification).toBe('3A090.a');
    expect(rule2023.tpp).toBe(4992);
  });

  it('covers the A100 and H100 under both rules', () => {
    for (const id of ['a100-sxm-80gb', 'h100-sxm']) {
      expect(classify(chip(id), '2022-10').classification).toBe('3A090.a');
      expect(classify(chip(id), '2023-10').classification).toBe('3A090.a');
    }
  });

  it('puts the H20 under neither 3A090 tier of 2023, with TPP 2368 and density below 3.2', () => {
    const result = classify(chip('h20'), '2023-10');
    expect(result.classification).toBe('not-covered');
    expect(result.tpp).toBe(2368);
    expect(result.performanceDensity).toBeCloseTo(2368 / 814, 5);
    expect(result.tests.every((test) => test.passed === false)).toBe(true);
    expect(result.tests[0]?.inputs[0]?.sources.length).toBeGreaterThan(0);
  });
});

describe('classify() over every reported figure of the bundled data', () => {
  const denseFigures = (id: string, precision: 'fp16' | 'bf16') => {
    const dense = chip(id).compute?.[precision]?.dense;
    return dense ? [dense.value, ...(dense.alternatives ?? []).map((alternative) => alternative.value)] : [];
  };

  it('puts the Ascend 910B in 3A090.a under the 2023 rule for every reported compute figure', () => {
    const result = classify(chip('ascend-910b'), '2023-10');
    expect(denseFigures('ascend-910b', 'fp16').length).toBeGreaterThan(1);
    expect(result.classification).toBe('3A090.a');
    expect(result.robust).toBe(true);
    expect(result.readings.length).toBeGreaterThan(1);
    for (const reading of result.readings) expect(reading.classification).toBe('3A090.a');
    expect(result.tppRange?.min).toBeGreaterThanOrEqual(1600);
  });

  it('puts the H800 in 3A090.a under the 2023 rule on the H100 silicon’s compute, marked derived, and outside the 2022 rule', () => {
    for (const id of ['h800-sxm', 'h800-pcie']) {
      const dense = chip(id).compute?.fp16?.dense ?? chip(id).compute?.fp8?.dense;
      expect(dense?.derivation, `${id} compute is marked derived`).toMatch(/H100/);
      const rule2023 = classify(chip(id), '2023-10');
      expect(rule2023).toMatchObject({ classification: '3A090.a', robust: true });
      expect(rule2023.tests[0]?.inputs[0]?.derivation).toContain('derived');
      const rule2022 = classify(chip(id), '2022-10');
      expect(rule2022).toMatchObject({ classification: 'not-covered', robust: true });
      expect(rule2022.reason).toMatch(/interconnect \d+ GB\/s is below 600 GB\/s/);
    }
  });

  it('keeps the H20 outside 3A090 under the 2023 rule under every reading', () => {
    expect(classify(chip('h20'), '2023-10')).toMatchObject({ classification: 'not-covered', robust: true });
  });
});

describe('look-ups on the bundled data', () => {
  it('finds entities by any name: case-, width- and spacing-insensitive, Chinese too', () => {
    for (const name of ['NVIDIA', 'nvidia', 'Nvidia', '英伟达', 'ＮＶＩＤＩＡ']) {
      const found = findByName(index, name);
      expect(found.match === 'unique' && found.entity.id).toBe('nvidia');
    }
    for (const name of ['Ascend 910C', 'ascend-910c', 'Ascend910C', 'ＡＳＣＥＮＤ　９１０Ｃ']) {
      const found = findByName(index, name);
      expect(found.match === 'unique' && found.entity.id).toBe('ascend-910c');
    }
  });

  it('suggests the closest names for an unknown one', () => {
    const found = findByName(index, 'Ascend 910X');
    expect(found.match).toBe('none');
    if (found.match === 'none') expect(found.suggestions.length).toBeGreaterThan(0);
  });

  it('filters chips by vendor country and metric bounds', () => {
    const chinese = listChips(index, { vendorCountry: 'CN' });
    expect(chinese.length).toBeGreaterThan(10);
    for (const c of chinese) expect(getEntityOfKind(index, c.vendor, 'organization')?.country).toBe('CN');
    const big = listChips(index, { min: { memoryCapacity: 90 } });
    expect(big.map((c) => c.id)).toContain('h20');
    expect(big.map((c) => c.id)).not.toContain('a100-sxm-40gb');
  });

  it('rejects a filter with an unknown field or a wrong type, naming the field', () => {
    const unknown = safeListChips(index, { colour: 'green' } as never);
    expect(unknown.success).toBe(false);
    if (!unknown.success) expect(unknown.error.message).toContain('"colour"');
    expect(() => listChips(index, { min: { memoryCapacity: 'lots' } } as never)).toThrowError(/min\.memoryCapacity/);
    expect(() => listChips(index, { min: { memoryCapacity: 'lots' } } as never)).toThrowError(AtlasError);
  });

  it('compares chips metric by metric with ratios and the leader', () => {
    const comparison = compareChips(index, ['H20', 'h100-sxm']);
    const fp16 = comparison.rows.find((row) => row.metric === 'fp16');
    expect(fp16?.values.map((v) => v?.value)).toEqual([148, 989]);
    expect(fp16?.ratios[1]).toBeCloseTo(989 / 148, 5);
    expect(fp16?.leader).toBe('h100-sxm');
    const memory = comparison.rows.find((row) => row.metric === 'memoryCapacity');
    expect(memory?.leader).toBe('h20');
  });

  it('ranks chips by a metric, best first', () => {
    const ranked = rankChips(index, 'memoryBandwidth');
    expect(ranked.length).toBeGreaterThan(10);
    const values = ranked.map((r) => Number(typeof r.value.value === 'number' ? r.value.value : r.value.value.max));
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it('lists an entity’s events oldest first', () => {
    const events = timeline(index, 'nvidia');
    expect(events.length).toBeGreaterThan(3);
    const dates = events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('relates a model to the chips it was trained on, and a vendor to its chips', () => {
    const v3 = related(index, 'deepseek-v3');
    expect(v3.some((r) => r.relation === 'trained-or-served-on' && r.entity.id === 'h800-sxm')).toBe(true);
    const nvidia = related(index, 'nvidia');
    expect(nvidia.filter((r) => r.relation === 'chip').map((r) => r.entity.id)).toContain('h20');
  });

  it('finds Chinese alternatives to the H20, closest first', () => {
    const alternatives = findAlternatives(index, 'h20', { country: 'CN', limit: 5 });
    expect(alternatives.length).toBeGreaterThan(0);
    for (const a of alternatives) expect(getEntityOfKind(index, a.chip.vendor, 'organization')?.country).toBe('CN');
    const distances = alternatives.map((a) => a.distance);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });
});

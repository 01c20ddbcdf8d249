import { describe, expect, it } from 'vitest';
import { findClaims } from './_find-claims';

const claimsIn = (text: string, names: { start: number; end: number }[] = []) =>
  findClaims(text, { start: 0, end: text.length }, names);
const one = (text: string) => {
  const claims = claimsIn(text);
  expect(claims).toHaveLength(1);
  return claims[0] as NonNullable<(typeof claims)[number]>;
};

describe('findClaims()', () => {
  it.each([
    ['96GB of HBM3', 'capacity', 96],
    ['1.5 TB of memory', 'capacity', 1500],
    ['230 MB of SRAM', 'capacity', 0.23],
    ['96G显存', 'capacity', 96],
    ['4.0 TB/s', 'bandwidth', 4],
    ['900 GB/s', 'bandwidth', 0.9],
    ['带宽4TB/秒', 'bandwidth', 4],
    ['21 PB/s', 'bandwidth', 21000],
    ['148 TFLOPS', 'compute-float', 148],
    ['2.5 PFLOPS', 'compute-float', 2500],
    ['1,979 teraflops', 'compute-float', 1979],
    ['296 TOPS', 'compute-int', 296],
    ['800万亿次', 'compute-any', 800],
    ['1.2千万亿次', 'compute-any', 1200],
    ['400瓦', 'power', 400],
    ['700 W', 'power', 700],
    ['1 kW', 'power', 1000],
    ['550 watts', 'power', 550],
    ['7nm', 'process', 7],
    ['5 纳米', 'process', 5],
    ['7-nanometer', 'process', 7],
    ['814 mm²', 'area', 814],
    ['815 mm2', 'area', 815],
    ['665 平方毫米', 'area', 665],
  ])('reads %s as %s', (text, family, value) => {
    const claim = one(text);
    expect(claim.unit.family).toBe(family);
    expect(claim.value).toBeCloseTo(value);
  });

  it('keeps a range as a range, and the span of the number apart from the unit', () => {
    const text = 'a 300–350 W TDP';
    const claim = one(text);
    expect(claim.value).toEqual({ min: 300, max: 350 });
    expect(text.slice(claim.start, claim.end)).toBe('300–350 W');
    expect(text.slice(claim.numberStart, claim.numberEnd)).toBe('300–350');
  });

  it('notes how much a rounded number may stand for, and thousands separators', () => {
    expect(one('3.4 TB/s').slack).toBeCloseTo(0.05);
    expect(one('1.3 PFLOPS').slack).toBeCloseTo(50);
    expect(one('1,979 TFLOPS').grouped).toBe(true);
  });

  it.each([
    ['about 800 TFLOPS', { hedged: true }],
    ['up to 900 W', { hedged: true }],
    ['约800万亿次', { hedged: true }],
    ['高达1024万亿次', { hedged: true }],
    ['96GB左右', { hedged: true }],
    ['800 TFLOPS', { hedged: false }],
    ['more than 90 GB', { hedged: false, bound: 'at-least' }],
    ['超过90GB', { hedged: false, bound: 'at-least' }],
    ['under 400 W', { hedged: false, bound: 'at-most' }],
  ])('reads hedges and bounds: %s', (text, expected) => {
    expect(one(text)).toMatchObject(expected);
  });

  it('takes the precision written right after the unit, else the nearest one before the number', () => {
    expect(claimsIn('FP16: 989 TFLOPS, FP64: 67 TFLOPS').map((c) => c.precision)).toEqual(['fp16', 'fp64']);
    expect(claimsIn('148 TFLOPS FP16 and 296 TFLOPS FP8').map((c) => c.precision)).toEqual(['fp16', 'fp8']);
    expect(one('800 TFLOPS (BF16)').precision).toBe('bf16');
    expect(one('FP16算力为148 TFLOPS').precision).toBe('fp16');
    expect(one('半精度算力256万亿次').precision).toBe('fp16');
    expect(one('delivers 800 TFLOPS').precision).toBeUndefined();
  });

  it('reads sparse and dense wording', () => {
    expect(one('1,979 TFLOPS with sparsity').density).toBe('sparse');
    expect(one('989 TFLOPS of dense FP16').density).toBe('dense');
    expect(one('稀疏算力1979 TFLOPS').density).toBe('sparse');
    expect(one('989 TFLOPS').density).toBeUndefined();
    expect(one('With structured sparsity switched on, the chip reaches 3,958 TFLOPS').density).toBe('sparse');
    expect(one('Without sparsity, the chip reaches 989 TFLOPS').density).toBe('dense');
  });

  it('takes "adds" for a figure unless the sentence compares', () => {
    expect(one('NVIDIA adds 96 GB of HBM3').value).toBe(96);
    expect(claimsIn('the H200 adds 61 GB over the H100')).toEqual([]);
  });

  it('tells memory from interconnect bandwidth by the nearest words', () => {
    expect(claimsIn('4 TB/s of HBM3 and 900 GB/s NVLink').map((c) => c.bandwidthKind)).toEqual([
      'memory',
      'interconnect',
    ]);
    expect(one('显存带宽3.35TB/s').bandwidthKind).toBe('memory');
    expect(one('互联带宽392GB/s').bandwidthKind).toBe('interconnect');
    expect(one('runs at 900 GB/s').bandwidthKind).toBeUndefined();
  });

  it.each([
    'the H100 and the MI300X',
    'HBM3 with 8-Hi stacks',
    '16 GB more memory',
    'not 80 GB',
    'does not have 80 GB',
    '8x 80GB',
    '24 GB per stack',
    '25 W below the RTX 4090',
    'a 6.4 Gbps pin speed',
    '比H100多16GB',
    'about 1.4 TB/s of extra bandwidth',
    'Compared with the H100, the H200 adds 61 GB',
  ])('finds no figure in "%s"', (text) => {
    expect(claimsIn(text)).toEqual([]);
  });

  it('skips numbers inside names', () => {
    const text = 'the A100 80GB PCIe has 2 TB/s';
    expect(claimsIn(text, [{ start: 4, end: 18 }]).map((c) => text.slice(c.start, c.end))).toEqual(['2 TB/s']);
  });
});

import { describe, expect, it } from 'vitest';
import { claimsDataset } from '../../test/claims-dataset';
import { bindAtlas } from '../bind-atlas';
import { createAtlas } from '../create-atlas';
import { checkClaims, isDisagreement } from './check-claims';

const atlas = bindAtlas(claimsDataset());
const check = (text: string) => atlas.checkClaims(text);
const only = (text: string) => {
  const findings = check(text);
  expect(findings).toHaveLength(1);
  return findings[0] as NonNullable<(typeof findings)[number]>;
};

describe('checkClaims()', () => {
  it('reports claims with UTF-16 offsets that slice back to the claim and the chip name', () => {
    const text = '🚀 Notes — the Acme X1’s 96GB of HBM3.';
    const finding = only(text);
    expect(text.slice(finding.start, finding.end)).toBe('96GB');
    expect(text.slice(finding.mention.start, finding.mention.end)).toBe('Acme X1');
    expect(finding).toMatchObject({ chip: 'acme-x1', chipName: 'Acme X1', quantity: 'memory.capacity', text: '96GB' });
  });

  it('calls a claim within tolerance consistent and cites the sources of the figure', () => {
    const finding = only('Acme X1: 148 TFLOPS FP16');
    expect(finding).toMatchObject({
      verdict: 'consistent',
      quantity: 'compute.fp16',
      claimed: { value: 148, unit: 'TFLOPS', text: '148 TFLOPS', hedged: false },
      expected: { value: 148, unit: 'TFLOPS', density: 'dense' },
    });
    expect(finding.sources).toEqual([
      {
        id: 'acme-datasheet',
        publisher: 'Acme',
        title: 'Acme X1 datasheet',
        url: 'https://acme.example/x1.pdf',
        published: '2024-03',
        type: 'primary',
      },
    ]);
    expect(finding.replacement).toBeUndefined();
  });

  it('accepts another value the dataset reports, citing that value’s sources', () => {
    const finding = only('The Acme X2 draws 600 W.');
    expect(finding.verdict).toBe('consistent');
    expect(finding.match).toMatchObject({ kind: 'alternative', value: 600 });
    expect(finding.sources.map((s) => s.id)).toEqual(['press-report']);
    expect(finding.expected?.value).toBe(700);
  });

  it('contradicts a wrong figure with the dataset’s value, its sources and a replacement for the number', () => {
    const text = 'The Acme X1 has 120 GB of memory.';
    const finding = only(text);
    expect(finding).toMatchObject({ verdict: 'contradicted', expected: { value: 96, unit: 'GB' } });
    expect(finding.sources.map((s) => s.id)).toEqual(['acme-datasheet']);
    expect(finding.replacement).toEqual({ start: text.indexOf('120'), end: text.indexOf('120') + 3, text: '96' });
    expect(finding.message).toBe('Acme X1 memory: the dataset has 96 GB, not 120 GB');
  });

  it('recognises the sparse figure quoted as dense, and twice the dense one where the line quotes sparse rates', () => {
    const sparse = only('Acme X1 delivers 296 TFLOPS of FP16.');
    expect(sparse).toMatchObject({ verdict: 'sparse-as-dense', match: { kind: 'sparse', value: 296 } });
    expect(sparse.replacement?.text).toBe('148');
    const twice = only('The Acme X1 PCIe reaches 600 TFLOPS of FP8.');
    expect(twice).toMatchObject({ verdict: 'sparse-as-dense', match: { kind: 'twice-dense', value: 600 } });
    expect(only('The Acme X1 delivers 296 TFLOPS of sparse FP16.').verdict).toBe('consistent');
  });

  it('recognises a variant’s figure, but not an unrelated chip’s', () => {
    const variant = only('The Acme X1 PCIe has 96 GB of memory.');
    expect(variant).toMatchObject({ verdict: 'other-variant', expected: { value: 80 }, match: { chip: 'acme-x1' } });
    expect(variant.message).toBe(
      "Acme X1 PCIe memory: 96 GB is the Acme X1's figure; the dataset has 80 GB for the Acme X1 PCIe",
    );
    expect(only('The Acme X2 has 96 GB of memory.').verdict).toBe('contradicted');
  });

  it('is unverifiable when the dataset has no value, with no expected value, sources or fix', () => {
    const finding = only('The Acme X2 is built on 3nm.');
    expect(finding).toMatchObject({ verdict: 'unverifiable', quantity: 'process.nm' });
    expect(finding.expected).toBeUndefined();
    expect(finding.sources).toEqual([]);
    expect(finding.replacement).toBeUndefined();
  });

  it.each([
    ['The Acme X1 has 100 GB.', 'contradicted'],
    ['The Acme X1 has about 100 GB.', 'consistent'],
    ['The Acme X1 has roughly 100 GB.', 'consistent'],
    ['艾克米X1的显存约100GB。', 'consistent'],
    ['The Acme X1 has more than 90 GB.', 'consistent'],
    ['The Acme X1 has more than 100 GB.', 'contradicted'],
    ['The Acme X1 draws under 450 W.', 'consistent'],
  ])('widens the tolerance for hedges and checks bounds: %s → %s', (text, verdict) => {
    expect(only(text).verdict).toBe(verdict);
  });

  it('reads Chinese units and wording', () => {
    const findings = check('艾克米X1的显存为96GB，带宽约为4TB/秒，功耗400瓦，FP16算力为148万亿次。');
    expect(findings.map((f) => [f.text, f.quantity, f.verdict])).toEqual([
      ['96GB', 'memory.capacity', 'consistent'],
      ['4TB/秒', 'memory.bandwidth', 'consistent'],
      ['400瓦', 'power', 'consistent'],
      ['148万亿次', 'compute.fp16', 'consistent'],
    ]);
  });

  it('reads Markdown tables with a chip per row, taking units from the header', () => {
    const table = [
      '| Chip | Memory (GB) | Bandwidth (TB/s) | FP16 TFLOPS |',
      '|---|---|---|---|',
      '| Acme X1 | 96 | 4.0 | 296 |',
      '| Acme X1 PCIe | 96 GB | ~2 | — |',
    ].join('\n');
    expect(check(table).map((f) => [f.chip, f.text, f.quantity, f.verdict])).toEqual([
      ['acme-x1', '96', 'memory.capacity', 'consistent'],
      ['acme-x1', '4.0', 'memory.bandwidth', 'consistent'],
      ['acme-x1', '296', 'compute.fp16', 'sparse-as-dense'],
      ['acme-x1-pcie', '96 GB', 'memory.capacity', 'other-variant'],
      ['acme-x1-pcie', '2', 'memory.bandwidth', 'consistent'],
    ]);
  });

  it('reads Markdown tables with a chip per column', () => {
    const table = ['| | Acme X1 | Acme X2 |', '|---|---|---|', '| Power (W) | 400 | 650 |'].join('\n');
    expect(check(table).map((f) => [f.chip, f.verdict])).toEqual([
      ['acme-x1', 'consistent'],
      ['acme-x2', 'contradicted'],
    ]);
  });

  it('attaches a claim to the chip named before it, or to one the words tie it to after it', () => {
    const chips = (text: string) => check(text).map((f) => [f.text, f.chip, f.verdict]);
    expect(chips('Unlike the Acme X2, which has 80 GB, the Acme X1 has 96 GB.')).toEqual([
      ['80 GB', 'acme-x2', 'consistent'],
      ['96 GB', 'acme-x1', 'consistent'],
    ]);
    expect(chips('With 96GB of HBM3, the Acme X1 leads.')).toEqual([['96GB', 'acme-x1', 'consistent']]);
    expect(chips('The Acme X1 draws 400 W, against 700 W for the Acme X2.')).toEqual([
      ['400 W', 'acme-x1', 'consistent'],
      ['700 W', 'acme-x2', 'consistent'],
    ]);
    expect(chips('The Acme X1 and Acme X2 have 96 GB and 80 GB, respectively.')).toEqual([
      ['96 GB', 'acme-x1', 'consistent'],
      ['80 GB', 'acme-x2', 'consistent'],
    ]);
  });

  it.each([
    'The Acme X1 has 16 GB more memory than the Acme X2.',
    'The Acme X1 does not have 80 GB.',
    'A server with eight Acme X1 cards holds 768 GB.',
    'An Acme X1 server has 768 GB of memory.',
    'Each HBM stack on the Acme X1 holds 24 GB.',
    'Running the model takes 140 GB, more than one Acme X1 holds.',
    'The Acme X1 costs $12,000.',
  ])('skips numbers that are not the chip’s figure: %s', (text) => {
    expect(check(text)).toEqual([]);
  });

  it('reads bandwidth as memory or interconnect from the words around it, including per-direction halves', () => {
    const finding = only('The Acme X1 links chips at 450 GB/s per direction over NVLink.');
    expect(finding).toMatchObject({
      quantity: 'interconnect.bandwidth',
      verdict: 'consistent',
      match: { kind: 'per-direction' },
    });
    expect(only('The Acme X1 offers 4 TB/s of memory bandwidth.').quantity).toBe('memory.bandwidth');
    expect(only('The Acme X1 offers 3 TB/s of memory bandwidth.').verdict).toBe('contradicted');
  });

  it('contradicts a bandwidth the words leave open only when both readings disagree', () => {
    expect(only('Acme X1: 800 GB/s').verdict).toBe('contradicted');
    expect(only('Acme X2: 800 GB/s').verdict).toBe('unverifiable');
  });

  it('matches compute without a precision against every figure, contradicting it only above them all', () => {
    expect(only('The Acme X1 delivers 148 TFLOPS.')).toMatchObject({ verdict: 'consistent', quantity: 'compute.fp16' });
    expect(only('The Acme X1 delivers 100 TFLOPS.')).toMatchObject({ verdict: 'unverifiable', quantity: 'compute' });
    expect(only('The Acme X1 delivers 1 PFLOPS.')).toMatchObject({ verdict: 'contradicted', quantity: 'compute.fp16' });
    expect(only('The Acme X1 delivers 1 PFLOPS.').replacement?.text).toBe('0.148');
  });

  it('uses the mentions it is given instead of scanning again', () => {
    const text = 'The Acme X1 has 120 GB.';
    expect(atlas.checkClaims(text, { mentions: [] })).toEqual([]);
    expect(checkClaims(atlas, text, { mentions: atlas.scan(text) })).toEqual(check(text));
  });

  it('leaves fenced code out with skipCode', () => {
    const text = 'Intro.\n\n```\nThe Acme X1 has 120 GB.\n```\n';
    expect(check(text)).toHaveLength(1);
    expect(atlas.checkClaims(text, { skipCode: true })).toEqual([]);
  });
});

describe('isDisagreement()', () => {
  it('is true for the verdicts an editor warns about', () => {
    expect(
      ['consistent', 'contradicted', 'sparse-as-dense', 'other-variant', 'unverifiable'].map((v) =>
        isDisagreement(v as never),
      ),
    ).toEqual([false, true, true, true, false]);
  });
});

describe('checkClaims() on the embedded dataset', () => {
  const real = createAtlas();
  it.each([
    ["the H20's 96GB of HBM3", 'h20', 'memory.capacity', 'consistent'],
    ['H20: 148 TFLOPS FP16', 'h20', 'compute.fp16', 'consistent'],
    ['Ascend 910C delivers about 800 TFLOPS', 'ascend-910c', 'compute.fp16', 'consistent'],
    ['The H100 SXM delivers 1,979 TFLOPS of FP16.', 'h100-sxm', 'compute.fp16', 'sparse-as-dense'],
    ['The H800 offers 900 GB/s of NVLink bandwidth.', 'h800-sxm', 'interconnect.bandwidth', 'other-variant'],
    ['The A100 PCIe 80GB has 1.935 TB/s of memory bandwidth.', 'a100-pcie-80gb', 'memory.bandwidth', 'consistent'],
    // Two PCIe A100s (40 GB, 80 GB) now exist, so a bare "A100 PCIe" names no one variant: the figure is
    // recognised as another variant's.
    ['The A100 PCIe has 1.935 TB/s of memory bandwidth.', 'a100-sxm-80gb', 'memory.bandwidth', 'other-variant'],
  ])('judges the issue’s examples: %s', (text, chip, quantity, verdict) => {
    expect(real.checkClaims(text).map((f) => [f.chip, f.quantity, f.verdict])).toEqual([[chip, quantity, verdict]]);
  });
});

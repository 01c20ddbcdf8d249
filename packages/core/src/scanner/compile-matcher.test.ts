import { describe, expect, it } from 'vitest';
import { createReferenceScanner } from './_reference-scanner';
import { TEST_ENTRIES } from './_test-dictionary';
import { compileMatcher } from './compile-matcher';
import type { ScanEntry, ScanOptions } from './types';

// Every rule is checked on the fast matcher and on the reference the property tests compare it with.
const implementations = [
  ['compileMatcher()', compileMatcher],
  ['createReferenceScanner()', createReferenceScanner],
] as const;

describe.each(implementations)('%s scan()', (_, create) => {
  const matcher = create(TEST_ENTRIES);
  const found = (text: string, options?: ScanOptions) => matcher.scan(text, options).map((m) => `${m.text}=${m.id}`);

  it('reports UTF-16 offsets, the text, the entity and the alias that matched', () => {
    const text = '😀 ascend-910c';
    expect(matcher.scan(text)).toEqual([
      { start: 3, end: 14, text: 'ascend-910c', id: 'ascend-910c', kind: 'chip', alias: 'Ascend 910C' },
    ]);
    expect(text.slice(3, 14)).toBe('ascend-910c');
  });

  it('returns the longest name at the leftmost position, without overlaps, in order', () => {
    expect(found('Ascend 910C and NVIDIA H20 beat H20 and NVIDIA')).toEqual([
      'Ascend 910C=ascend-910c',
      'NVIDIA H20=h20',
      'H20=h20',
      'NVIDIA=nvidia',
    ]);
  });

  it('falls back to the shorter names when the longer one is not in the dictionary', () => {
    expect(found('NVIDIA H200')).toEqual(['NVIDIA=nvidia', 'H200=h200']);
  });

  it('matches Latin names only on word boundaries', () => {
    expect(found('H200 LAMDA xH20 H20x H20-based (H20)')).toEqual(['H200=h200', 'H20=h20', 'H20=h20']);
  });

  it('finds Chinese names without word boundaries, next to Latin names', () => {
    expect(found('英伟达H20芯片，华为昇腾910C和深度求索')).toEqual([
      '英伟达=nvidia',
      'H20=h20',
      '华为=huawei',
      '昇腾910C=ascend-910c',
      '深度求索=deepseek',
    ]);
  });

  it('applies each alias’s case rule', () => {
    expect(found('nvidia Nvidia huawei')).toEqual(['nvidia=nvidia', 'Nvidia=nvidia', 'huawei=huawei']);
    expect(found('to ascend, Ascend; amd, AMD')).toEqual(['Ascend=ascend', 'AMD=amd']);
  });

  it('folds full-width forms in the text and in the alias', () => {
    expect(found('Ｈ２０ and ＮＶＩＤＩＡ　Ｈ２０ and H20 PCIe')).toEqual([
      'Ｈ２０=h20',
      'ＮＶＩＤＩＡ　Ｈ２０=h20',
      'H20 PCIe=h20',
    ]);
    expect(found('Ｈ２０Ｘ')).toEqual([]);
  });

  it('lets a space or hyphen in a flexible alias be a space, a hyphen or nothing', () => {
    expect(found('Ascend 910C, Ascend-910C, Ascend910C, Ascend\u00a0910C, Ascend–910C')).toHaveLength(5);
    expect(found('Ascend  910C')).toEqual(['Ascend=ascend', '910C=ascend-910c']);
    expect(found('Ascend\n910C')).toEqual(['Ascend=ascend', '910C=ascend-910c']);
  });

  it('keeps the separators of an exact alias', () => {
    expect(found('Instinct MI300X')).toEqual(['Instinct MI300X=mi300x']);
    expect(found('Instinct-MI300X')).toEqual(['MI300X=mi300x']);
    expect(found('the B.I.S. rule, not BIS')).toEqual(['B.I.S.=bis']);
  });

  it('finds possessives with straight and curly apostrophes', () => {
    expect(found("NVIDIA’s and NVIDIA's and Huawei’s")).toEqual(['NVIDIA=nvidia', 'NVIDIA=nvidia', 'Huawei=huawei']);
  });

  it('includes a plural s after a name ending in a digit or capital', () => {
    expect(found('H20s, TPUs, 910Cs')).toEqual(['H20s=h20', 'TPUs=tpu', '910Cs=ascend-910c']);
  });

  it('does not take an s after a name ending in a lowercase letter, nor a capital S', () => {
    expect(found('DeepSeeks H20S H20ss')).toEqual([]);
  });

  it('reports an ambiguous name only with a near word inside its window', () => {
    expect(found('DeepSeek delayed R2.')).toEqual(['DeepSeek=deepseek', 'R2=deepseek-r2']);
    expect(found('Cloudflare R2 storage')).toEqual([]);
    // The near word must stand wholly inside the window (60 here) after the name's end.
    expect(found(`R2 ${'.'.repeat(50)} deepseek`)).toEqual(['R2=deepseek-r2', 'deepseek=deepseek']);
    expect(found(`R2 ${'.'.repeat(51)} deepseek`)).toEqual(['deepseek=deepseek']);
    expect(found(`deepseek ${'.'.repeat(50)} R2`)).toEqual(['deepseek=deepseek', 'R2=deepseek-r2']);
    expect(found(`deepseek ${'.'.repeat(51)} R2`)).toEqual(['deepseek=deepseek']);
    expect(found('ＤＥＥＰＳＥＥＫ delayed R2')).toEqual(['ＤＥＥＰＳＥＥＫ=deepseek', 'R2=deepseek-r2']);
    expect(found('ＤＥＥＰＳＥＥＫ R2')).toEqual(['ＤＥＥＰＳＥＥＫ R2=deepseek-r2']);
    expect(found('深度求索的R2模型')).toEqual(['深度求索=deepseek', 'R2=deepseek-r2']);
  });

  it('takes near words on word boundaries where they are Latin', () => {
    expect(found('the GPUs A10')).toEqual([]);
    expect(found('the GPU’s A10')).toEqual(['A10=nvidia-a10']);
    expect(found('the eGPU A10')).toEqual([]);
    expect(found('深度求索R2')).toEqual(['深度求索=deepseek', 'R2=deepseek-r2']);
  });

  it('gives a shared name to the entity whose rule matches, and to nobody when both or neither do', () => {
    expect(found('the GPU A10')).toEqual(['A10=nvidia-a10']);
    expect(found('the iPhone A10')).toEqual(['A10=apple-a10']);
    expect(found('the iPhone GPU A10')).toEqual([]);
    expect(found('an A10')).toEqual([]);
  });

  it('never reports the redaction ##0', () => {
    expect(found("NVIDIA's ##0 AI accelerators")).toEqual(['NVIDIA=nvidia']);
  });

  it('does not end a name before a combining mark', () => {
    expect(found('NVIDIA\u0301 H20\u20dd Huawei\u200d')).toEqual([]);
  });

  it('finds names between emoji, surrogate pairs and non-ASCII letters', () => {
    expect(found('😀NVIDIA😀 𠀀华为𠀀 éH20 École Polytechnique σigma labs')).toEqual([
      'NVIDIA=nvidia',
      '华为=huawei',
      'H20=h20',
      'École Polytechnique=ecole',
      'σigma labs=ecole',
    ]);
  });

  it('reports only the kinds asked for, as if the dictionary had no others', () => {
    expect(found('NVIDIA H20 and Huawei', { kinds: ['organization'] })).toEqual(['NVIDIA=nvidia', 'Huawei=huawei']);
    expect(found('NVIDIA H20 and Huawei', { kinds: ['chip'] })).toEqual(['NVIDIA H20=h20']);
  });

  it('skips Markdown code spans and code blocks when asked', () => {
    const markdown = [
      'NVIDIA and `H20` and ``a ` H20`` and `unclosed H20',
      '```ts',
      'const chip = "H20";',
      '```',
      '',
      '    indented H20',
      '',
      '- list',
      '',
      '    list paragraph H20',
      '~~~',
      'H20',
    ].join('\n');
    expect(found(markdown)).toHaveLength(8);
    expect(found(markdown, { skipCode: true })).toEqual(['NVIDIA=nvidia', 'H20=h20', 'H20=h20']);
  });

  it('skips URLs when asked', () => {
    const text = 'See https://nvidia.com/h20, www.huawei.com and (http://x.cn/昇腾). NVIDIA.';
    expect(found(text, { skipUrls: true })).toEqual(['昇腾=ascend', 'NVIDIA=nvidia']);
    expect(found(text)).toEqual(['nvidia=nvidia', 'h20=h20', 'huawei=huawei', '昇腾=ascend', 'NVIDIA=nvidia']);
  });
});

describe('compileMatcher()', () => {
  it('ignores names that are empty once trimmed or have no letter', () => {
    const entries: ScanEntry[] = [
      { id: 'x', kind: 'chip', names: [{ text: ' - ' }, { text: '42' }, { text: '-X1-' }] },
    ];
    expect(
      compileMatcher(entries)
        .scan('42 X1 - ')
        .map((m) => m.text),
    ).toEqual(['X1']);
  });

  it('reports the first matching alias of an entity that has several for the same text', () => {
    const entries: ScanEntry[] = [{ id: 'x', kind: 'chip', names: [{ text: 'X-1' }, { text: 'X 1' }] }];
    expect(compileMatcher(entries).scan('X1')[0]?.alias).toBe('X-1');
  });

  it('scans with an empty dictionary', () => {
    expect(compileMatcher([]).scan('NVIDIA')).toEqual([]);
  });
});

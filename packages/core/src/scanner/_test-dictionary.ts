// A small dictionary for tests that exercises every rule: prefixes, shared and ambiguous names, case and
// spacing rules, plurals, Chinese names, non-ASCII letters. Not part of the package.
import type { ScanEntry } from './types';

export const TEST_ENTRIES: ScanEntry[] = [
  { id: 'nvidia', kind: 'organization', names: [{ text: 'NVIDIA' }, { text: '英伟达', lang: 'zh' }] },
  { id: 'h20', kind: 'chip', names: [{ text: 'H20' }, { text: 'NVIDIA H20' }, { text: 'Ｈ20 PCIe' }] },
  { id: 'h200', kind: 'chip', names: [{ text: 'H200' }] },
  { id: 'huawei', kind: 'organization', names: [{ text: 'Huawei' }, { text: '华为', lang: 'zh' }] },
  {
    id: 'ascend',
    kind: 'family',
    names: [
      { text: 'Ascend', caseSensitive: true },
      { text: '昇腾', lang: 'zh' },
    ],
  },
  {
    id: 'ascend-910c',
    kind: 'chip',
    names: [{ text: 'Ascend 910C' }, { text: '910C' }, { text: '昇腾910C', lang: 'zh' }],
  },
  { id: 'ascend-910b', kind: 'chip', names: [{ text: 'Ascend 910B' }, { text: '昇腾 910B', lang: 'zh' }] },
  { id: 'amd', kind: 'organization', names: [{ text: 'AMD', caseSensitive: true }] },
  { id: 'tpu', kind: 'family', names: [{ text: 'TPU' }] },
  { id: 'deepseek', kind: 'organization', names: [{ text: 'DeepSeek' }, { text: '深度求索', lang: 'zh' }] },
  {
    id: 'deepseek-r2',
    kind: 'model',
    names: [
      { text: 'DeepSeek-R2' },
      {
        text: 'R2',
        caseSensitive: true,
        ambiguous: { near: ['DeepSeek', '深度求索'], window: 60, reason: 'R2 is also a storage service' },
      },
    ],
  },
  {
    id: 'nvidia-a10',
    kind: 'chip',
    names: [{ text: 'A10', ambiguous: { near: ['NVIDIA', 'GPU'], reason: 'A10 is also an Apple SoC' } }],
  },
  {
    id: 'apple-a10',
    kind: 'chip',
    names: [{ text: 'A10', ambiguous: { near: ['Apple', 'iPhone'], reason: 'A10 is also an NVIDIA GPU' } }],
  },
  {
    id: 'cac',
    kind: 'organization',
    names: [{ text: 'Cyberspace Administration of China' }, { text: 'CAC', caseSensitive: true }],
  },
  {
    id: 'bis',
    kind: 'organization',
    names: [{ text: 'B.I.S.', spacing: 'exact' }, { text: 'Bureau of Industry and Security' }],
  },
  { id: 'mi300x', kind: 'chip', names: [{ text: 'MI300X' }, { text: 'Instinct MI300X', spacing: 'exact' }] },
  { id: 'ecole', kind: 'organization', names: [{ text: 'École Polytechnique' }, { text: 'Σigma Labs' }] },
  { id: 'redaction', kind: 'chip', names: [{ text: '0' }, { text: '##' }] },
];

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../src/scanner/compile-matcher';
import type { ScanEntry } from '../src/scanner/types';

const text = readFileSync(new URL('./fixtures/zh-article.md', import.meta.url), 'utf8');

const entries: ScanEntry[] = [
  { id: 'nvidia', kind: 'organization', names: [{ text: 'NVIDIA' }, { text: '英伟达', lang: 'zh' }] },
  { id: 'h20', kind: 'chip', names: [{ text: 'H20' }] },
  { id: 'huawei', kind: 'organization', names: [{ text: 'Huawei' }, { text: '华为', lang: 'zh' }] },
  { id: 'ascend-910b', kind: 'chip', names: [{ text: 'Ascend 910B' }, { text: '昇腾910B', lang: 'zh' }] },
  { id: 'cambricon', kind: 'organization', names: [{ text: 'Cambricon' }, { text: '寒武纪', lang: 'zh' }] },
  { id: 'mlu590', kind: 'chip', names: [{ text: 'MLU590' }, { text: '思元590', lang: 'zh' }] },
  { id: 'deepseek', kind: 'organization', names: [{ text: 'DeepSeek' }, { text: '深度求索', lang: 'zh' }] },
  {
    id: 'deepseek-r2',
    kind: 'model',
    names: [
      { text: 'R2', caseSensitive: true, ambiguous: { near: ['DeepSeek', '深度求索'], reason: 'also Cloudflare R2' } },
    ],
  },
  {
    id: 'cac',
    kind: 'organization',
    names: [
      { text: 'Cyberspace Administration of China' },
      { text: '网信办', lang: 'zh' },
      { text: '国家互联网信息办公室', lang: 'zh' },
    ],
  },
];

describe('scan() on a Chinese news paragraph', () => {
  const mentions = compileMatcher(entries).scan(text);

  it('finds every Chinese and Latin name written without spaces, in order', () => {
    expect(mentions.map((m) => `${m.text}=${m.id}`)).toEqual([
      '英伟达=nvidia',
      'H20=h20',
      '网信办=cac',
      '英伟达=nvidia',
      'H20=h20',
      'H20=h20',
      '华为=huawei',
      '昇腾910B=ascend-910b',
      '寒武纪=cambricon',
      '思元590=mlu590',
      '昇腾910B=ascend-910b',
      'H20=h20',
      '深度求索=deepseek',
      'DeepSeek=deepseek',
      '华为=huawei',
      'R2=deepseek-r2',
      '英伟达=nvidia',
      '寒武纪=cambricon',
      '思元590=mlu590',
      '英伟达=nvidia',
      '华为=huawei',
      '寒武纪=cambricon',
    ]);
  });

  it('reports offsets that slice the text back out', () => {
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

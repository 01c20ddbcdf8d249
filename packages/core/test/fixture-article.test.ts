import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { embeddedDataset } from '../src/data/_generated/embedded-dataset';
import { listScanEntries } from '../src/data/scan-entries';
import { compileMatcher } from '../src/scanner/compile-matcher';

// Uses the real dataset: it fails until the dataset has these entities and their names.
const text = readFileSync(new URL('./fixtures/china-ai-chips-article.txt', import.meta.url), 'utf8');

describe('scan() on the China AI chips article with the dataset', () => {
  const mentions = compileMatcher(listScanEntries(embeddedDataset)).scan(text);
  const named = (written: string) => mentions.filter((m) => m.text === written);

  it.each([
    ['NVIDIA', 8],
    ['Huawei', 2],
    ['Cambricon', 2],
    ['DeepSeek', 1],
  ])('finds %s %i times, always as the same organization', (written, times) => {
    const found = named(written);
    expect(found).toHaveLength(times);
    expect(new Set(found.map((m) => `${m.kind}:${m.id}`)).size).toBe(1);
    expect(found[0]?.kind).toBe('organization');
  });

  it('resolves R2 to DeepSeek’s model, which the article names just before it', () => {
    expect(named('R2').map((m) => m.id)).toEqual(['deepseek-r2']);
  });

  it('finds the Cyberspace Administration and Howard Lutnick', () => {
    expect(mentions.filter((m) => m.id === 'cac').map((m) => m.text)).toEqual(['Cyberspace Administration']);
    expect(mentions.filter((m) => m.id === 'howard-lutnick').map((m) => m.text)).toEqual(['Howard Lutnick']);
  });

  it('reports nothing inside the redaction ##0', () => {
    const redactions = [...text.matchAll(/##0/g)].map((match) => match.index);
    expect(redactions).toHaveLength(2);
    for (const at of redactions) expect(mentions.filter((m) => m.start < at + 3 && m.end > at)).toEqual([]);
  });
});

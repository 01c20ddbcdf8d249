import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../scanner/compile-matcher';
import { embeddedDataset } from './_generated/embedded-dataset';
import { embeddedMatcherSha256 } from './_generated/embedded-matcher';
import { loadEmbeddedMatcher } from './load-embedded-matcher';
import { listScanEntries } from './scan-entries';

const fixture = (name: string) => readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url), 'utf8');

describe('loadEmbeddedMatcher()', () => {
  it('was built from the embedded dataset', () => {
    expect(embeddedMatcherSha256).toBe(embeddedDataset.meta.sha256);
  });

  it('finds exactly what a matcher compiled now from the embedded dataset finds', () => {
    const compiled = compileMatcher(listScanEntries(embeddedDataset));
    const loaded = loadEmbeddedMatcher();
    for (const name of ['china-ai-chips-article.txt', 'zh-article.md']) {
      const text = fixture(name);
      const mentions = loaded.scan(text);
      expect(mentions.length).toBeGreaterThan(10);
      expect(mentions).toEqual(compiled.scan(text));
    }
  });
});

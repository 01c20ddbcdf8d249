import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createReferenceScanner } from './_reference-scanner';
import { optionsArbitrary, textArbitrary, tinyCaseArbitrary } from './_test-arbitraries';
import { TEST_ENTRIES } from './_test-dictionary';
import { compileMatcher } from './compile-matcher';

describe('scan() against the reference scanner', () => {
  const matcher = compileMatcher(TEST_ENTRIES);
  const reference = createReferenceScanner(TEST_ENTRIES);

  it('returns exactly what the reference returns on mixed English, Chinese, emoji and Markdown', () => {
    fc.assert(
      fc.property(textArbitrary, optionsArbitrary, (text, options) => {
        expect(matcher.scan(text, options)).toEqual(reference.scan(text, options));
      }),
      { numRuns: 3000 },
    );
  });

  it('returns exactly what the reference returns for random dictionaries full of shared prefixes', () => {
    fc.assert(
      fc.property(tinyCaseArbitrary, optionsArbitrary, ([entries, text], options) => {
        expect(compileMatcher(entries).scan(text, options)).toEqual(
          createReferenceScanner(entries).scan(text, options),
        );
      }),
      { numRuns: 3000 },
    );
  });

  it('cuts only at valid string positions and reports sorted, non-overlapping slices', () => {
    const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
    const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
    fc.assert(
      fc.property(textArbitrary, (text) => {
        let last = 0;
        for (const mention of matcher.scan(text)) {
          expect(mention.start).toBeGreaterThanOrEqual(last);
          expect(mention.end).toBeGreaterThan(mention.start);
          expect(text.slice(mention.start, mention.end)).toBe(mention.text);
          for (const at of [mention.start, mention.end]) {
            expect(isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at))).toBe(false);
          }
          expect(/^[\p{M}\u200d]/u.test(text.slice(mention.end, mention.end + 2))).toBe(false);
          last = mention.end;
        }
      }),
      { numRuns: 1000 },
    );
  });
});

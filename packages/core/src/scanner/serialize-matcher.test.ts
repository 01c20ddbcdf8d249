import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AtlasError } from '../errors';
import { optionsArbitrary, textArbitrary, tinyCaseArbitrary } from './_test-arbitraries';
import { TEST_ENTRIES } from './_test-dictionary';
import { compileMatcher } from './compile-matcher';
import { loadMatcher, serializeMatcher } from './serialize-matcher';

describe('serializeMatcher() and loadMatcher()', () => {
  const matcher = compileMatcher(TEST_ENTRIES);
  const bytes = serializeMatcher(matcher);

  it('round-trips to a matcher that scans exactly like the original', () => {
    const loaded = loadMatcher(bytes);
    expect(loaded.contextLength).toBe(matcher.contextLength);
    fc.assert(
      fc.property(textArbitrary, optionsArbitrary, (text, options) => {
        expect(loaded.scan(text, options)).toEqual(matcher.scan(text, options));
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips random dictionaries', () => {
    fc.assert(
      fc.property(tinyCaseArbitrary, ([entries, text]) => {
        const original = compileMatcher(entries);
        expect(loadMatcher(serializeMatcher(original)).scan(text)).toEqual(original.scan(text));
      }),
      { numRuns: 300 },
    );
  });

  it('loads bytes that sit at an odd offset of a larger buffer', () => {
    const padded = new Uint8Array(bytes.length + 1);
    padded.set(bytes, 1);
    expect(loadMatcher(padded.subarray(1)).scan('NVIDIA H20s')).toEqual(matcher.scan('NVIDIA H20s'));
  });

  it('serializes the same dictionary to the same bytes', () => {
    expect(serializeMatcher(compileMatcher(TEST_ENTRIES))).toEqual(bytes);
  });

  it('throws an AtlasError naming the problem for bytes it did not write', () => {
    expect(() => loadMatcher(new Uint8Array(4))).toThrow(/expected at least 12 bytes/);
    expect(() => loadMatcher(new TextEncoder().encode('not a matcher at all'))).toThrow(AtlasError);
    expect(() => loadMatcher(bytes.subarray(0, bytes.length - 64))).toThrow(/runs past the end/);
  });
});

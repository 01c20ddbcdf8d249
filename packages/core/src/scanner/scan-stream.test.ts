import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { optionsArbitrary, textArbitrary, tinyCaseArbitrary } from './_test-arbitraries';
import { TEST_ENTRIES } from './_test-dictionary';
import { compileMatcher } from './compile-matcher';
import { scanStream } from './scan-stream';
import type { Matcher, Mention, ScanOptions } from './types';

async function collect(matcher: Matcher, chunks: (string | Uint8Array)[], options?: ScanOptions) {
  const mentions: Mention[] = [];
  for await (const mention of scanStream(matcher, toAsync(chunks), options)) mentions.push(mention);
  return mentions;
}

async function* toAsync<T>(items: T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

function cut<T extends string | Uint8Array>(whole: T, cuts: number[]): T[] {
  const points = [...new Set(cuts.map((c) => c % (whole.length + 1)))].sort((a, b) => a - b);
  const pieces: T[] = [];
  let at = 0;
  for (const point of [...points, whole.length]) {
    pieces.push(whole.slice(at, point) as T);
    at = point;
  }
  return pieces;
}

describe('scanStream()', () => {
  const matcher = compileMatcher(TEST_ENTRIES);
  const longText = fc.array(textArbitrary, { minLength: 1, maxLength: 8 }).map((parts) => parts.join('\n'));

  it('yields what a full scan returns, however the text is cut into string chunks', async () => {
    await fc.assert(
      fc.asyncProperty(
        longText,
        fc.array(fc.nat(), { maxLength: 20 }),
        optionsArbitrary,
        async (text, cuts, options) => {
          expect(await collect(matcher, cut(text, cuts), options)).toEqual(matcher.scan(text, options));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('yields what a full scan returns for UTF-8 bytes cut inside characters', async () => {
    await fc.assert(
      fc.asyncProperty(
        longText,
        fc.array(fc.nat(), { maxLength: 20 }),
        optionsArbitrary,
        async (text, cuts, options) => {
          const bytes = new TextEncoder().encode(text);
          // What a decoder makes of the bytes: lone surrogates become U+FFFD.
          const decoded = new TextDecoder().decode(bytes);
          expect(await collect(matcher, cut(bytes, cuts), options)).toEqual(matcher.scan(decoded, options));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('yields what a full scan returns with small contexts', async () => {
    await fc.assert(
      fc.asyncProperty(
        tinyCaseArbitrary,
        fc.array(fc.nat(), { maxLength: 10 }),
        optionsArbitrary,
        async ([entries, text], cuts, options) => {
          const tiny = compileMatcher(entries);
          expect(await collect(tiny, cut(text, cuts), options)).toEqual(tiny.scan(text, options));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('yields mentions while the source is still being read', async () => {
    let pulled = 0;
    async function* chunks() {
      for (let i = 0; i < 1000; i++) {
        pulled++;
        yield `chunk ${i} names NVIDIA and 华为. `;
      }
    }
    const iterator = scanStream(matcher, chunks())[Symbol.asyncIterator]();
    const first = await iterator.next();
    expect(first.value).toMatchObject({ id: 'nvidia', start: 14 });
    expect(pulled).toBeLessThan(50);
    await iterator.return?.();
  });

  it('reads a Node stream and reports offsets in the whole input, across many windows', async () => {
    const line = 'NVIDIA’s H20 vs 华为昇腾910C `H20` https://x.com/H20 and DeepSeek R2.\n';
    const text = line.repeat(4000);
    for (const options of [{}, { skipCode: true, skipUrls: true }]) {
      const mentions: Mention[] = [];
      const source = Readable.from(
        cut(
          Buffer.from(text),
          Array.from({ length: 300 }, (_, i) => i * 997),
        ),
      );
      for await (const mention of scanStream(matcher, source, options)) mentions.push(mention);
      expect(mentions).toEqual(matcher.scan(text, options));
      expect(mentions.at(-1)?.start).toBe(text.lastIndexOf('DeepSeek R2'));
    }
  });
});

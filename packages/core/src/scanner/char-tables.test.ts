import { describe, expect, it } from 'vitest';
import { CASED_RANGES, isMarkAt, lowerUnit } from './_char-tables';

describe('lowerUnit()', () => {
  it('agrees with toLowerCase on every BMP code unit whose lowercase is one code unit', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 65536; c++) {
      const expected = String.fromCharCode(c).toLowerCase();
      const want = expected.length === 1 && !(c > 0x7f && expected < '\x80') ? expected.charCodeAt(0) : c;
      if (lowerUnit(c) !== want) wrong.push(c.toString(16));
    }
    // A failure here means the runtime's Unicode gained cased letters: extend CASED_RANGES.
    expect(wrong).toEqual([]);
  });

  it('never turns a non-ASCII letter into an ASCII one', () => {
    expect(lowerUnit(0x212a)).toBe(0x212a);
    expect(lowerUnit(0x41)).toBe(0x61);
  });

  it('lists the cased ranges in order, without overlaps', () => {
    for (let i = 1; i < CASED_RANGES.length; i++) expect(CASED_RANGES[i]![0]).toBeGreaterThan(CASED_RANGES[i - 1]![1]);
  });
});

describe('isMarkAt()', () => {
  it('finds combining marks, astral ones and the zero-width joiner', () => {
    expect(['e\u0301', 'e\u20dd', 'e\u200d', 'e\ufe0f', 'e\u{1d165}', 'eカ\u3099'].map((t) => isMarkAt(t, 1))).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
    ]);
    expect(['ab', 'a😀', 'a华', 'a', 'a\udc00'].map((t) => isMarkAt(t, 1))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

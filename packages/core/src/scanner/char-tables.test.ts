import { describe, expect, it } from 'vitest';
import {
  CASED_RANGES,
  CJK_IDEOGRAPHS,
  foldUnit,
  hasLetter,
  isMarkAt,
  isSeparatorUnit,
  lowerUnit,
  SEPARATOR_UNITS,
} from './_char-tables';

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

describe('hasLetter()', () => {
  it('takes every CJK ideograph for a letter, as Unicode does', () => {
    const notLetters: string[] = [];
    for (let c = CJK_IDEOGRAPHS[0]; c <= CJK_IDEOGRAPHS[1]; c++) {
      if (!/\p{L}/u.test(String.fromCharCode(c))) notLetters.push(c.toString(16));
    }
    expect(notLetters).toEqual([]);
  });

  it('agrees with \\p{L} on ASCII, Chinese, other scripts and text without letters', () => {
    const texts = [
      'H20',
      '0',
      '##0',
      '华为',
      '昇腾910B',
      'Ｈ２０',
      'Ⅻ',
      'ß',
      'Ωmega',
      'カ',
      '١٢٣',
      '½',
      '😀',
      '',
      '--',
    ];
    expect(texts.map(hasLetter)).toEqual(texts.map((text) => /\p{L}/u.test(text)));
  });
});

describe('isSeparatorUnit()', () => {
  it('is true exactly for the units that width-fold onto a separator', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 65536; c++)
      if (isSeparatorUnit(c) !== SEPARATOR_UNITS.includes(foldUnit(c))) wrong.push(c.toString(16));
    expect(wrong).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { foldUnit, lowerUnit } from './_char-tables';
import { findFoldingPairs } from './_class-table';

describe('findFoldingPairs()', () => {
  it('finds every unit that case- or width-folds onto a unit of the alphabet, and nothing else', () => {
    // ASCII letters, digits and punctuation, Chinese, Latin-1, Greek (with the Ohm sign), Cyrillic, Georgian
    // (whose capitals lowercase outside the cased ranges), the long s and the sharp s. (Separators are never
    // in an alphabet.)
    const units = 'az09.&华为çéωσςжⴀſß’·';
    const alphabet = Uint16Array.from([0, 0, ...Array.from(units, (ch) => ch.charCodeAt(0))]);
    const expected: string[] = [];
    for (let code = 0; code < 65536; code++) {
      const cls = alphabet.indexOf(lowerUnit(foldUnit(code)), 2);
      if (cls >= 2 && alphabet[cls] !== code) expected.push(`${code}:${cls}`);
    }
    const pairs = findFoldingPairs(alphabet);
    const found = Array.from({ length: pairs.length / 2 }, (_, i) => `${pairs[2 * i]}:${pairs[2 * i + 1]}`);
    expect(found.sort()).toEqual(expected.sort());
    expect(found).toContain(`${0x2126}:${alphabet.indexOf(0x3c9)}`);
  });
});

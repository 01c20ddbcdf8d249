// fast-check generators shared by the scanner's property tests. Not part of the package.
import fc from 'fast-check';
import type { AliasObject } from '../schema/alias';
import { TEST_ENTRIES } from './_test-dictionary';
import { SCANNED_KINDS, type ScanEntry, type ScanOptions } from './types';

const NAMES = TEST_ENTRIES.flatMap((entry) => entry.names.map((name) => name.text));
const NEAR_WORDS = ['DeepSeek', 'deepseek', '深度求索', 'GPU', 'Apple', 'iPhone', 'NVIDIA'];
const CHINESE = ['英伟达', '芯片', '的', '华为', '昇腾', '寒武纪', '。', '，', '模型', '深度', '求索', '腾'];
const TRICKY = [
  '😀',
  '𠀀',
  '👩‍💻',
  '\ud800',
  '\udc00',
  '\u0301',
  '\u20dd',
  '\u200d',
  '\ufe0f',
  'é',
  'e\u0301',
  'Σ',
  'σ',
  'ς',
  'İ',
  '\u212a',
  'ſ',
  'ß',
  'Ｈ２０',
  'ＮＶＩＤＩＡ',
  'ｓ',
  '　',
  '－',
  'Ａ',
];
const PUNCTUATION = [
  ' ',
  ' ',
  ' ',
  '-',
  '–',
  '—',
  '\u00a0',
  '\n',
  '\r\n',
  '\t',
  '’s',
  "'s",
  's',
  'S',
  'x',
  '0',
  '7',
  '#',
  '##0',
  '.',
  ',',
  '(',
  ')',
  '`',
  '``',
  '```\n',
  '~~~\n',
  '\n    ',
  '\n\n',
  '- ',
  'https://',
  'www.',
  '/',
];

/** A dictionary name as a writer might type it: case flipped, width changed, separators swapped. */
const variant = fc
  .tuple(fc.constantFrom(...NAMES), fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 24, maxLength: 24 }))
  .map(([name, choices]) =>
    Array.from(name, (ch, i) => {
      const choice = choices[i % choices.length]!;
      if (ch === ' ' || ch === '-') return ['', ' ', '-', '\u3000', '–', ch][choice]!;
      if (choice === 1) return ch.toUpperCase();
      if (choice === 2) return ch.toLowerCase();
      if (choice === 3 && ch >= '!' && ch <= '~') return String.fromCharCode(ch.charCodeAt(0) + 0xfee0);
      return ch;
    }).join(''),
  );

const fragment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 3, arbitrary: variant },
  { weight: 2, arbitrary: fc.constantFrom(...NEAR_WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...CHINESE) },
  { weight: 2, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 6, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 6 }) },
);

/** Texts mixing the test dictionary's names (and near misses) with Chinese, emoji, marks and Markdown. */
export const textArbitrary = fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join(''));

export const optionsArbitrary: fc.Arbitrary<ScanOptions> = fc.record(
  {
    kinds: fc.subarray([...SCANNED_KINDS]),
    skipCode: fc.boolean(),
    skipUrls: fc.boolean(),
  },
  { requiredKeys: [] },
);

const LETTERS = ['a', 'A', 'b', 'B', '1', '华', '为', 'é', 'É', 'ｂ'];
const SEPARATORS = [' ', '-', '  ', ' - '];

const tinyName: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...LETTERS) }, fc.constantFrom(...SEPARATORS)), {
    minLength: 1,
    maxLength: 4,
  })
  .map((parts) => parts.join(''));

const tinyAlias: fc.Arbitrary<AliasObject> = fc.record(
  {
    text: tinyName,
    caseSensitive: fc.boolean(),
    spacing: fc.constantFrom('flexible' as const, 'exact' as const),
    ambiguous: fc.record({
      near: fc.array(fc.constantFrom('ab', 'B1', '华为', 'x'), { minLength: 1, maxLength: 2 }),
      window: fc.integer({ min: 1, max: 12 }),
      reason: fc.constant('test'),
    }),
  },
  { requiredKeys: ['text'] },
);

/** Random dictionaries over a tiny alphabet, so names share prefixes, separators and texts all the time. */
export const tinyDictionaryArbitrary: fc.Arbitrary<ScanEntry[]> = fc
  .array(fc.array(tinyAlias, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 })
  // Ids repeat, so one entity can have names in several entries.
  .map((lists) => lists.map((names, i) => ({ id: `e${i % 4}`, kind: SCANNED_KINDS[i % 4]!, names })));

const TINY_EXTRAS = [...LETTERS, ...SEPARATORS, 's', 'x', 'ab', 'B1', '\u0301', '😀', 'Ｂ', '\n', '`', '  '];

/** A random dictionary and a text made of its names (as written or retyped) and of near misses. */
export const tinyCaseArbitrary: fc.Arbitrary<[ScanEntry[], string]> = tinyDictionaryArbitrary.chain((entries) => {
  const names = entries.flatMap((entry) => entry.names.map((name) => name.text));
  const retyped = fc
    .tuple(fc.constantFrom(...names), fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 8, maxLength: 8 }))
    .map(([name, choices]) =>
      Array.from(name, (ch, i) => {
        const choice = choices[i % 8]!;
        if (ch === ' ' || ch === '-') return ['', ' ', '-', ch, '\u3000'][choice]!;
        return [ch, ch.toUpperCase(), ch.toLowerCase(), ch, ch][choice]!;
      }).join(''),
    );
  const text = fc
    .array(fc.oneof(fc.constantFrom(...names), retyped, fc.constantFrom(...TINY_EXTRAS)), { maxLength: 16 })
    .map((parts) => parts.join(''));
  return fc.tuple(fc.constant(entries), text);
});

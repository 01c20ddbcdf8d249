// Per-code-unit character facts the scanner is defined by, as functions and 64K lookup tables.

/** Every BMP code unit whose lowercase differs from itself lies in one of these ranges (a test checks it). */
export const CASED_RANGES: readonly (readonly [number, number])[] = [
  [0x41, 0x5a],
  [0xc0, 0x24e],
  [0x370, 0x556],
  [0x10a0, 0x10cd],
  [0x13a0, 0x13f5],
  [0x1c89, 0x1cbf],
  [0x1e00, 0x1ffc],
  [0x2126, 0x2183],
  [0x24b6, 0x24cf],
  [0x2c00, 0x2cf2],
  [0xa640, 0xa69a],
  [0xa722, 0xa7f5],
  [0xff21, 0xff3a],
];

/** Separators: in an alias they split words; in a text they are what a flexible alias accepts there. */
export const SEPARATOR_UNITS: readonly number[] = [0x20, 0xa0, 0x2d, 0x2010, 0x2011, 0x2012, 0x2013];

/** Full-width ASCII and the ideographic space become ASCII; every other code unit stays. */
export function foldUnit(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  return code === 0x3000 ? 0x20 : code;
}

/** An ASCII letter or digit once width-folded: the characters a Latin name must not touch. */
export function isWordUnit(code: number): boolean {
  const c = foldUnit(code);
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** SEPARATOR_UNITS and the full-width forms that fold onto them, spelt out because builds call this per unit. */
export function isSeparatorUnit(code: number): boolean {
  switch (code) {
    case 0x20:
    case 0xa0:
    case 0x2d:
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x3000:
    case 0xff0d:
      return true;
    default:
      return false;
  }
}

/** CJK Unified Ideographs: every unit of the block is a letter (Lo) and has no case. */
export const CJK_IDEOGRAPHS = [0x4e00, 0x9fff] as const;

const LETTER = /\p{L}/u;

/**
 * Whether the text has a letter (Unicode category L). ASCII letters and CJK ideographs are seen at a glance;
 * only text with neither but other non-ASCII units is put to the Unicode regex, whose first use costs
 * milliseconds of compiling.
 */
export function hasLetter(text: string): boolean {
  let other = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const lower = code | 0x20;
    if ((lower >= 0x61 && lower <= 0x7a) || (code >= CJK_IDEOGRAPHS[0] && code <= CJK_IDEOGRAPHS[1])) return true;
    if (code > 0x7f) other = true;
  }
  return other && LETTER.test(text);
}

const MARK = /^[\p{M}\u200d]/u;
// Whether each BMP unit is a mark, worked out 256 units at a time as scans first meet them.
const markUnits = new Uint8Array(65536);
const markBlocksDone = new Uint8Array(256);

/** A combining mark or joiner at `index` belongs to the character before it, so no name may end there. */
export function isMarkAt(text: string, index: number): boolean {
  if (index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff) return MARK.test(text.slice(index, index + 2));
  const block = code >>> 8;
  if (markBlocksDone[block] === 0) {
    for (let c = block << 8; c < (block + 1) << 8; c++) markUnits[c] = MARK.test(String.fromCharCode(c)) ? 1 : 0;
    markBlocksDone[block] = 1;
  }
  return markUnits[code] === 1;
}

// Each code unit whose lowercase differs, to that lowercase. Filled once, on first use.
let lowerCase: Map<number, number> | undefined;

/**
 * The lowercase of a code unit when it is one code unit and not an ASCII letter made from a non-ASCII one
 * (the Kelvin sign K stays: a Latin name's letters are exactly the ASCII word characters); else the unit.
 */
export function lowerUnit(code: number): number {
  if (code < 0x41) return code;
  if (code <= 0x5a) return code + 0x20;
  // (Chinese first: most units of names that are not ASCII are ideographs, which have no case.)
  if ((code >= CJK_IDEOGRAPHS[0] && code <= CJK_IDEOGRAPHS[1]) || !isCased(code)) return code;
  lowerCase ??= createLowerCase();
  return lowerCase.get(code) ?? code;
}

/** Whether the code unit lies in one of the CASED_RANGES (Chinese, say, does not). */
function isCased(code: number): boolean {
  for (let r = 0; r < CASED_RANGES.length; r++) {
    if (code >= CASED_RANGES[r]![0] && code <= CASED_RANGES[r]![1]) return true;
  }
  return false;
}

// Each unit that is some other unit's lowercase, to those units. Filled once, on first use.
let upperCases: Map<number, number[]> | undefined;

/** The units other than `lower` whose lowerUnit is `lower` (for "h": "H"; for "ω": "Ω" and the Ohm sign). */
function caseSources(lower: number): readonly number[] {
  if (lower >= 0x61 && lower <= 0x7a) return [lower - 0x20];
  if (lower < 0x80 || (lower >= CJK_IDEOGRAPHS[0] && lower <= CJK_IDEOGRAPHS[1])) return [];
  if (upperCases === undefined) {
    lowerCase ??= createLowerCase();
    upperCases = new Map();
    for (const [upper, unit] of lowerCase) {
      const sources = upperCases.get(unit);
      if (sources) sources.push(upper);
      else upperCases.set(unit, [upper]);
    }
  }
  return upperCases.get(lower) ?? [];
}

/** The units other than `unit` that fold onto it by width or case: what a class table must patch. */
export function foldingSources(unit: number): number[] {
  const sources = [...caseSources(unit)];
  // Full-width forms fold onto ASCII 0x21-0x7e, and so do their capitals onto a lowercase letter.
  for (const source of unit > 0x20 && unit < 0x7f ? [unit, ...sources] : []) sources.push(source + 0xfee0);
  return sources;
}

function createLowerCase(): Map<number, number> {
  const table = new Map<number, number>();
  for (const [from, to] of CASED_RANGES) {
    // One toLowerCase per range. U+0130 (İ) lowercases to two units, so "A" stands in for it; no unit of
    // a range ends a word, so no capital sigma is taken for a final one.
    const units: number[] = [];
    for (let c = from; c <= to; c++) units.push(c === 0x130 ? 0x41 : c);
    const lower = String.fromCharCode(...units).toLowerCase();
    for (let c = from; c <= to; c++) {
      const unit = lower.charCodeAt(c - from);
      if (c !== 0x130 && unit !== c && !(c > 0x7f && unit <= 0x7f)) table.set(c, unit);
    }
  }
  return table;
}

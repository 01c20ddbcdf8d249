import { foldingSources, foldUnit, isSeparatorUnit } from './_char-tables';
import { SEPARATOR_CLASS, WORD_UNIT } from './_matcher-constants';
import type { MatcherCore } from './_matcher-data';

export interface NearHeads {
  /** Per alias, the classes its near words start with: a bit set of `stride` words at alias * stride. */
  nearHeads: Int32Array;
  nearHeadStride: number;
  /** 1 for a near word only its own units spell (Chinese, say): found by a plain search of the text. */
  nearExact: Uint8Array;
}

/** Only at build time: which near words are exact, and the heads of the others. */
export function createNearHeads(data: MatcherCore, classOf: Uint16Array): NearHeads {
  // Exact: no unit is ASCII, a separator, or what another unit folds onto.
  const nearExact = Uint8Array.from(data.nearWordStart, (at, w) => {
    for (let i = at; i < at + data.nearWordLength[w]!; i++) {
      const unit = data.nearPool[i]!;
      if (unit < 0x80 || isSeparatorUnit(unit) || foldingSources(unit).length > 0) return 0;
    }
    return 1;
  });
  const stride = (data.alphabet.length + 31) >>> 5;
  const heads = new Int32Array(data.aliasNearStart.length * stride);
  data.aliasNearStart.forEach((first, alias) => {
    for (let k = first; k < first + data.aliasNearCount[alias]!; k++) {
      const w = data.aliasNearWords[k]!;
      if (nearExact[w] === 1) continue;
      const cls = classOf[data.nearPool[data.nearWordStart[w]!]!]!;
      heads[alias * stride + (cls >>> 5)]! |= 1 << (cls & 31);
    }
  });
  return { nearHeads: heads, nearHeadStride: stride, nearExact };
}

interface NearTables extends MatcherCore, NearHeads {
  classOf: Uint16Array;
  unitFlags: Uint8Array;
  /** Per alias, during one scan: near words searched for in [nearFrom, nearTo) (-1: not yet), and found. */
  nearFrom: Int32Array;
  nearTo: Int32Array;
  nearFound: number[][];
  /** The exact near words as strings (others undefined). */
  nearTexts: (string | undefined)[];
}

/**
 * Whether one of the alias's near words stands wholly within its window around [start, end), matched
 * case- and width-insensitively, on word boundaries where it starts or ends Latin. Places just before the
 * name are looked at first (writers put the word that resolves a name next to it: "DeepSeek R2"); and each
 * alias remembers, for the rest of the scan, where it searched and what it found, so a name that comes
 * back every few lines does not search the same text again.
 */
export function isNearWordAround(m: NearTables, alias: number, text: string, start: number, end: number) {
  const window = m.aliasWindow[alias]!;
  const from = Math.max(0, start - window);
  const to = Math.min(text.length, end + window);
  let found = m.nearFound[alias]!;
  let searched = m.nearTo[alias]!;
  if (searched < 0 || from < m.nearFrom[alias]! || from > searched) {
    if (found.length > 0) found = m.nearFound[alias] = [];
    m.nearFrom[alias] = from;
    searched = from;
  }
  for (let i = 0; i < found.length; i += 2) if (found[i]! >= from && found[i + 1]! <= to) return true;
  let around: string | undefined;
  let folded = false;
  for (let k = m.aliasNearStart[alias]!; k < m.aliasNearStart[alias]! + m.aliasNearCount[alias]!; k++) {
    const exact = m.nearTexts[m.aliasNearWords[k]!];
    if (exact === undefined) {
      folded = true;
      continue;
    }
    around ??= text.slice(from, to);
    if (around.includes(exact)) return true;
  }
  if (!folded) return false;
  const { classOf, nearHeads } = m;
  const heads = alias * m.nearHeadStride;
  for (let p = start - 1; p >= searched; p--) {
    const cls = classOf[text.charCodeAt(p)]!;
    if (((nearHeads[heads + (cls >>> 5)]! >>> (cls & 31)) & 1) !== 0 && nearWordEnd(m, alias, text, p) <= to) {
      return true;
    }
  }
  if (found.length > 64) found = m.nearFound[alias] = found.filter((_, i) => found[i - (i & 1)]! >= from);
  for (let p = Math.max(start, searched); p < to; p++) {
    const cls = classOf[text.charCodeAt(p)]!;
    if (((nearHeads[heads + (cls >>> 5)]! >>> (cls & 31)) & 1) === 0) continue;
    const end = nearWordEnd(m, alias, text, p);
    if (end === NONE) continue;
    found.push(p, end);
    if (end <= to) {
      m.nearTo[alias] = p + 1;
      return true;
    }
  }
  m.nearTo[alias] = to;
  return false;
}

const NONE = Number.MAX_SAFE_INTEGER;

/** Where the shortest of the alias's near words standing at p ends, or NONE. */
function nearWordEnd(m: NearTables, alias: number, text: string, p: number): number {
  const { nearPool, unitFlags, classOf } = m;
  const cls = classOf[text.charCodeAt(p)]!;
  let shortest = NONE;
  const first = m.aliasNearStart[alias]!;
  for (let k = first; k < first + m.aliasNearCount[alias]!; k++) {
    const w = m.aliasNearWords[k]!;
    const at = m.nearWordStart[w]!;
    const length = m.nearWordLength[w]!;
    const after = p + length;
    if (classOf[nearPool[at]!] !== cls || after > text.length || after >= shortest) continue;
    let same = true;
    for (let i = 0; i < length && same; i++) {
      const unit = nearPool[at + i]!;
      const code = text.charCodeAt(p + i);
      // A separator must be the same separator; other units the same once case- and width-folded.
      same = classOf[unit] === SEPARATOR_CLASS ? foldUnit(code) === unit : classOf[code] === classOf[unit];
    }
    if (!same) continue;
    if (isWordStart(nearPool[at]!) && p > 0 && (unitFlags[text.charCodeAt(p - 1)]! & WORD_UNIT) !== 0) continue;
    const wordAfter = after < text.length && (unitFlags[text.charCodeAt(after)]! & WORD_UNIT) !== 0;
    if (isWordStart(nearPool[at + length - 1]!) && wordAfter) continue;
    shortest = after;
  }
  return shortest;
}

/** A lowercased near-word unit that is an ASCII letter or digit, so needs a word boundary beside it. */
function isWordStart(unit: number): boolean {
  return (unit >= 0x30 && unit <= 0x39) || (unit >= 0x61 && unit <= 0x7a);
}

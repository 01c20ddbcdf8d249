// Cheap tests that rule out a start before the trie is walked. Latin names start only at word starts, and a
// word is tested once its end shows its length; other units (Chinese characters…) are tested with the unit
// after them.
import { isWordUnit } from './_char-tables';
import { FLEXIBLE, HASH_MULTIPLIER, PLURAL, SEPARATOR_CLASS, STARTS_WORD } from './_matcher-constants';
import type { MatcherCore } from './_matcher-data';
import { slotShift } from './_trie-builder';

const FILTER_BITS = 16;
export const WORD_HASH_SEED = 0x811c9dc5;

export interface StartFilters {
  /** wordLengths[wordPair(first, second)] bit min(length, 31) set: a word with these can begin a name. */
  wordLengths: Int32Array;
  /** Bit of wordEndSlot(row, length, last word index) set: the same, by its last unit too. */
  wordEnds: Int32Array;
  /** Bit of wordHashSlot(hash of all its classes) set: the same, exactly (up to collisions). */
  wordHashes: Int32Array;
  /** Bit first * classCount + second set: two units a name can start with. */
  startPairs: Int32Array;
  /** pairNode[wordPair(first, second)]: the node after two word units, 0 for none, -1 when a name ends after one. */
  pairNode: Int32Array;
}

/** The word index (class - 2) standing for "no second unit" in a one-unit word. */
export const NO_SECOND = 36;

/** The row of word filters for a word's first two word indexes (class - 2). */
export function wordPair(first: number, second: number): number {
  return first * 37 + second;
}

/** Where the word filter keeps a word by its first two units, length and last unit. */
export function wordEndSlot(row: number, length: number, last: number): number {
  return Math.imul((row << 11) ^ (length << 6) ^ last, HASH_MULTIPLIER) >>> (32 - FILTER_BITS);
}

export function wordHashStep(hash: number, cls: number): number {
  return Math.imul(hash ^ cls, 0x01000193);
}

export function wordHashSlot(hash: number): number {
  return Math.imul(hash, HASH_MULTIPLIER) >>> (32 - FILTER_BITS);
}

export function hasBit(bits: Int32Array, bit: number): boolean {
  return (bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}

function setBit(bits: Int32Array, bit: number): void {
  bits[bit >>> 5]! |= 1 << (bit & 31);
}

export function createStartFilters(data: MatcherCore, classOf: Uint16Array): StartFilters {
  const wordLengths = new Int32Array(37 * 37);
  const wordHashes = new Int32Array(1 << (FILTER_BITS - 5));
  const plural = classOf[0x73]!;
  const wordEnds = new Int32Array(1 << (FILTER_BITS - 5));
  const add = (first: number, second: number, length: number, hash: number, last: number) => {
    const row = wordPair(first - 2, second === 0 ? NO_SECOND : second - 2);
    wordLengths[row]! |= 1 << Math.min(length, 31);
    setBit(wordEnds, wordEndSlot(row, length, last - 2));
    setBit(wordHashes, wordHashSlot(hash));
  };
  // Every word (run of ASCII letters and digits) a Latin name can open with: up to its first separator or
  // other character, or on through separators a flexible name lets the writer leave out; a whole one-word
  // name also with its plural "s".
  data.aliasFlags.forEach((flags, alias) => {
    if ((flags & STARTS_WORD) === 0) return;
    const to = data.aliasPatternStart[alias]! + data.aliasPatternLength[alias]!;
    const visit = (k: number, length: number, first: number, second: number, hash: number, last: number): void => {
      if (k === to) {
        add(first, second, length, hash, last);
        if ((flags & PLURAL) !== 0) {
          add(first, length === 1 ? plural : second, length + 1, wordHashStep(hash, plural - 2), plural);
        }
        return;
      }
      const unit = data.patternPool[k]!;
      if (classOf[unit] === SEPARATOR_CLASS) {
        add(first, second, length, hash, last);
        let next = k;
        while (next < to && classOf[data.patternPool[next]!] === SEPARATOR_CLASS) next++;
        if ((flags & FLEXIBLE) !== 0) visit(next, length, first, second, hash, last);
        return;
      }
      if (!isWordUnit(unit)) {
        add(first, second, length, hash, last);
        return;
      }
      const cls = classOf[unit]!;
      const step = wordHashStep(hash, cls - 2);
      visit(k + 1, length + 1, length === 0 ? cls : first, length === 1 ? cls : second, step, cls);
    };
    visit(data.aliasPatternStart[alias]!, 0, 0, 0, WORD_HASH_SEED, 0);
  });
  return { wordLengths, wordEnds, wordHashes, startPairs: createStartPairs(data), pairNode: createPairNodes(data) };
}

/** A root child that ends a name or allows a separator next passes with any second unit. */
function createStartPairs(data: MatcherCore): Int32Array {
  const classCount = data.alphabet.length;
  const pairs = new Int32Array(((classCount * classCount) >>> 5) + 1);
  const firstClass = new Int32Array(data.sepMax.length).fill(-1);
  data.rootChild.forEach((node, cls) => {
    if (node === 0) return;
    firstClass[node] = cls;
    if (data.termStart[node] !== data.termStart[node + 1] || data.sepMax[node]! > 0) {
      for (let second = 0; second < classCount; second++) setBit(pairs, cls * classCount + second);
    }
  });
  for (let slot = 0; slot < data.edgeKeys.length; slot++) {
    const key = data.edgeKeys[slot]!;
    if (key < 0) continue;
    const node = (key / classCount) | 0;
    if (firstClass[node]! >= 0) setBit(pairs, firstClass[node]! * classCount + (key - node * classCount));
  }
  return pairs;
}

function createPairNodes(data: MatcherCore): Int32Array {
  const classCount = data.alphabet.length;
  const nodes = new Int32Array(37 * 37);
  const shift = slotShift(data.edgeKeys);
  for (let first = 2; first < 38; first++) {
    const node = data.rootChild[first]!;
    for (let second = 2; second < 38; second++) {
      const row = wordPair(first - 2, second - 2);
      if (node === 0) continue;
      if (data.termStart[node] !== data.termStart[node + 1]) nodes[row] = -1;
      else nodes[row] = childOf(data.edgeKeys, data.edgeChildren, shift, node * classCount + second);
    }
  }
  return nodes;
}

function childOf(keys: Int32Array, children: Int32Array, shift: number, key: number): number {
  for (let slot = Math.imul(key, HASH_MULTIPLIER) >>> shift; ; slot = (slot + 1) & (keys.length - 1)) {
    if (keys[slot] === key) return children[slot]!;
    if (keys[slot] === -1) return 0;
  }
}

// Cheap tests that rule out a start before the trie is walked. Latin names start only at word starts, and a
// word is tested by the hash of its classes, taken as the scan reads it, then by what follows it; other
// units (Chinese characters…) are tested with the unit after them.
import { isWordUnit } from './_char-tables';
import { FLEXIBLE, HASH_MULTIPLIER, NO_CLASS, PLURAL, SEPARATOR_CLASS, STARTS_WORD } from './_matcher-constants';
import type { MatcherCore } from './_matcher-data';
import { slotShift, type TrieShape } from './_trie-builder';

const FILTER_BITS = 16;
export const WORD_HASH_SEED = 0x811c9dc5;

export interface StartFilters {
  /** Bit of wordHashSlot(hash of all its classes) set: a word like this can begin a name (up to collisions). */
  wordHashes: Int32Array;
  /**
   * Bit of followSlot(hash, class) set: a name goes on from such a word with a unit of that class (after the
   * separators between them); followSlot(hash, NO_CLASS): the word is a whole name, or its plural.
   */
  wordFollows: Int32Array;
  /** Bit first * classCount + second set: two units a name can start with. */
  startPairs: Int32Array;
  /** pairNode[wordPair(first, second)]: the node after two word units, 0 for none, -1 when a name ends after one. */
  pairNode: Int32Array;
}

/** The row of word filters for a word's first two word indexes (class - 2). */
export function wordPair(first: number, second: number): number {
  return first * 37 + second;
}

export function wordHashStep(hash: number, cls: number): number {
  return Math.imul(hash ^ cls, 0x01000193);
}

export function wordHashSlot(hash: number): number {
  return Math.imul(hash, HASH_MULTIPLIER) >>> (32 - FILTER_BITS);
}

export function followSlot(hash: number, cls: number): number {
  return wordHashSlot(wordHashStep(hash ^ 0x5bd1e995, cls));
}

export function hasBit(bits: Int32Array, bit: number): boolean {
  return (bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}

function setBit(bits: Int32Array, bit: number): void {
  bits[bit >>> 5]! |= 1 << (bit & 31);
}

export function createStartFilters(data: MatcherCore, classOf: Uint16Array, trie: TrieShape): StartFilters {
  const wordHashes = new Int32Array(1 << (FILTER_BITS - 5));
  const wordFollows = new Int32Array(1 << (FILTER_BITS - 5));
  const plural = classOf[0x73]!;
  const add = (hash: number, next: number) => {
    setBit(wordHashes, wordHashSlot(hash));
    setBit(wordFollows, followSlot(hash, next));
  };
  // Every word (run of ASCII letters and digits) a Latin name can open with, and what comes after it: up to
  // its first separator or other character, or on through separators a flexible name lets the writer leave
  // out; a whole one-word name also with its plural "s".
  for (let alias = 0; alias < data.aliasFlags.length; alias++) {
    const flags = data.aliasFlags[alias]!;
    if ((flags & STARTS_WORD) === 0) continue;
    const to = data.aliasPatternStart[alias]! + data.aliasPatternLength[alias]!;
    let hash = WORD_HASH_SEED;
    for (let k = data.aliasPatternStart[alias]!; ; ) {
      if (k === to) {
        add(hash, NO_CLASS);
        if ((flags & PLURAL) !== 0) add(wordHashStep(hash, plural - 2), NO_CLASS);
        break;
      }
      const unit = data.patternPool[k]!;
      if (classOf[unit] === SEPARATOR_CLASS) {
        let next = k;
        while (next < to && classOf[data.patternPool[next]!] === SEPARATOR_CLASS) next++;
        // (Patterns are trimmed of separators, so another unit follows.)
        add(hash, classOf[data.patternPool[next]!]!);
        if ((flags & FLEXIBLE) === 0) break;
        k = next;
        continue;
      }
      if (!isWordUnit(unit)) {
        add(hash, classOf[unit]!);
        break;
      }
      hash = wordHashStep(hash, classOf[unit]! - 2);
      k++;
    }
  }
  return { wordHashes, wordFollows, startPairs: createStartPairs(data, trie), pairNode: createPairNodes(data) };
}

/** A root child that ends a name or allows a separator next passes with any second unit. */
function createStartPairs(data: MatcherCore, { parent, childClass }: TrieShape): Int32Array {
  const classCount = data.alphabet.length;
  const pairs = new Int32Array(((classCount * classCount) >>> 5) + 1);
  for (let node = 1; node < parent.length; node++) {
    const up = parent[node]!;
    if (up === 0) {
      if (data.termStart[node] !== data.termStart[node + 1] || data.sepMax[node]! > 0) {
        for (let second = 0; second < classCount; second++) setBit(pairs, childClass[node]! * classCount + second);
      }
    } else if (parent[up] === 0) setBit(pairs, childClass[up]! * classCount + childClass[node]!);
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

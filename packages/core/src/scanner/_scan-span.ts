import { HASH_MULTIPLIER, NO_CLASS, SEPARATOR_CLASS, START_UNIT, WORD_UNIT } from './_matcher-constants';
import type { MatcherRuntime } from './_matcher-runtime';
import { resolveCandidates } from './_resolve-candidates';
import { followSlot, hasBit, WORD_HASH_SEED, wordHashSlot, wordHashStep, wordPair } from './_start-filters';
import { MANY_CHILDREN } from './_trie-builder';
import type { Mention } from './types';

/** What one scan reports and avoids: a kind mask, skipped regions, and the offset of `text` in the input. */
export interface ScanScope {
  /** Bit k set: report SCANNED_KINDS[k]. */
  kindMask: number;
  /** Sorted, non-overlapping [start, end) pairs no mention may touch, in `text` coordinates (often none). */
  regions: ArrayLike<number>;
  /** Added to every reported offset (a stream scans a window of a longer input). */
  base: number;
}

const NOWHERE = Number.MAX_SAFE_INTEGER;

/**
 * Tries every position from `from` until `until` as the leftmost-longest scan does, appending mentions to
 * `out`, and returns the next position the scan would try (>= until; a mention may run past `until`).
 *
 * Latin names start only at word starts, so a word is tried once, at its end: the hash of its classes, taken
 * as it is read, rules out almost every English word without walking the trie. Other units that can start
 * a name (Chinese characters…) are tried where they stand.
 */
export function scanSpan(
  m: MatcherRuntime,
  text: string,
  from: number,
  until: number,
  scope: ScanScope,
  out: Mention[],
): number {
  const unitFlags = m.unitFlags;
  const n = text.length;
  const regions = scope.regions;
  let region = 0;
  let regionStart = NOWHERE;
  while (region < regions.length && regions[region + 1]! <= from) region += 2;
  if (region < regions.length) regionStart = regions[region]!;
  m.nearTo.fill(-1);
  const end = Math.min(until, n);
  let stop = Math.min(end, regionStart);
  // Where a word being read must stop: the text's end or a skipped region.
  let wordStop = Math.min(n, regionStart);
  const longest = m.maxMatchLength + 1;
  const wordHashes = m.wordHashes;
  const pairNode = m.pairNode;
  let i = from;
  // A word under way where the scan starts began before it: not a place a name can start.
  let inWord = i > 0 && (unitFlags[text.charCodeAt(i - 1)]! & WORD_UNIT) !== 0;
  for (;;) {
    if (inWord) {
      while (i < stop && (unitFlags[text.charCodeAt(i)]! & WORD_UNIT) !== 0) i++;
      inWord = false;
    }
    // The hot loop: one table look-up per unit of text no name can start in.
    let f = 0;
    for (; i < stop; i++) {
      f = unitFlags[text.charCodeAt(i)]!;
      if (f !== 0) break;
    }
    if (i >= stop) {
      if (i >= end) return i;
      // A skipped region: nothing may start or end inside it.
      i = Math.max(i, regions[region + 1]!);
      region += 2;
      regionStart = region < regions.length ? regions[region]! : NOWHERE;
      stop = Math.min(end, regionStart);
      wordStop = Math.min(n, regionStart);
      inWord = (unitFlags[text.charCodeAt(i - 1)]! & WORD_UNIT) !== 0;
      continue;
    }
    let matched = -1;
    if (f === START_UNIT) {
      matched = tryStart(m, text, i, regionStart, scope, out);
      i = matched > 0 ? matched : i + 1;
    } else {
      // Words, one after another while a plain unit (a space…) is all that parts them: each hashed as it is
      // read, and tried once its end shows it is a word some name opens with.
      for (;;) {
        const wordStart = i;
        let hash = wordHashStep(WORD_HASH_SEED, f >>> 1);
        let after = -1;
        let opens = true;
        if (++i < wordStop) {
          after = unitFlags[text.charCodeAt(i)]!;
          if ((after & WORD_UNIT) !== 0) {
            // Most words open with two units no name opens with (tryWord asks the same table): those are
            // read to their end without hashing.
            opens = pairNode[wordPair(f >>> 1, after >>> 1)] !== 0;
            if (opens) {
              hash = wordHashStep(hash, after >>> 1);
              for (i++; i < wordStop; i++) {
                after = unitFlags[text.charCodeAt(i)]!;
                if ((after & WORD_UNIT) === 0) break;
                hash = wordHashStep(hash, after >>> 1);
              }
            } else {
              for (i++; i < wordStop; i++) {
                after = unitFlags[text.charCodeAt(i)]!;
                if ((after & WORD_UNIT) === 0) break;
              }
            }
          }
        }
        // (A stream's window ends at least a context past `until`, so a word cut there is too long anyway.)
        if (opens && i - wordStart <= longest && hasBit(wordHashes, wordHashSlot(hash)) && mayGoOn(m, text, i, hash)) {
          matched = tryWord(m, text, f, wordStart, i, regionStart, scope, out);
          if (matched > 0) {
            i = matched;
            break;
          }
        }
        if (after !== 0 || i + 1 >= stop) break;
        f = unitFlags[text.charCodeAt(i + 1)]!;
        if ((f & WORD_UNIT) === 0) break;
        i++;
      }
    }
    if (matched > 0) inWord = (unitFlags[text.charCodeAt(i - 1)]! & WORD_UNIT) !== 0;
  }
}

/**
 * Whether a name can start with the word ending at `end` that hashes to `hash`: the word is a whole name,
 * or the unit after it (past one separator) goes on with one. More separators: the trie decides.
 */
function mayGoOn(m: MatcherRuntime, text: string, end: number, hash: number): boolean {
  if (hasBit(m.wordFollows, followSlot(hash, NO_CLASS))) return true;
  const classOf = m.classOf;
  let next = end;
  if (next < text.length && classOf[text.charCodeAt(next)] === SEPARATOR_CLASS) {
    next++;
    if (next < text.length && classOf[text.charCodeAt(next)] === SEPARATOR_CLASS) return true;
  }
  return next < text.length && hasBit(m.wordFollows, followSlot(hash, classOf[text.charCodeAt(next)]!));
}

/** A word [start, end) that passed the word filter starts a name only if the trie has it. */
function tryWord(
  m: MatcherRuntime,
  text: string,
  flags: number,
  start: number,
  end: number,
  limit: number,
  scope: ScanScope,
  out: Mention[],
): number {
  // Two word units in, straight from a table, unless a one-unit name ends on the way.
  if (end - start > 1) {
    const node = m.pairNode[wordPair(flags >>> 1, m.unitFlags[text.charCodeAt(start + 1)]! >>> 1)]!;
    if (node === 0) return -1;
    if (node > 0) return matchAt(m, text, start, node, start + 2, limit, scope, out);
  }
  const first = m.rootChild[(flags >>> 1) + 2]!;
  return first === 0 ? -1 : matchAt(m, text, start, first, start + 1, limit, scope, out);
}

/** A non-word unit starts a name only if some name starts with it and the unit after it. */
function tryStart(m: MatcherRuntime, text: string, start: number, limit: number, scope: ScanScope, out: Mention[]) {
  const { classOf, classCount } = m;
  const second = start + 1 < text.length ? classOf[text.charCodeAt(start + 1)]! : 0;
  const pair = classOf[text.charCodeAt(start)]! * classCount + second;
  if (!hasBit(m.startPairs, pair)) return -1;
  const node = m.rootChild[classOf[text.charCodeAt(start)]!]!;
  return node === 0 ? -1 : matchAt(m, text, start, node, start + 1, limit, scope, out);
}

/**
 * Walks the trie on from `node`, reached at `at` from a start at `start`, collecting the nodes where names
 * end; returns the mention's end or -1.
 */
function matchAt(
  m: MatcherRuntime,
  text: string,
  start: number,
  from: number,
  at: number,
  limit: number,
  scope: ScanScope,
  out: Mention[],
) {
  const { classOf, termStart, sepMax, edgeKeys, edgeChildren, edgeMask, edgeShift, classCount, onlyChildClass } = m;
  const termNodes = m.termNodes;
  const termEnds = m.termEnds;
  const termSeps = m.termSeps;
  const n = text.length;
  let node = from;
  let terms = 0;
  if (termStart[node] !== termStart[node + 1]) {
    termNodes[0] = node;
    termEnds[0] = at;
    termSeps[0] = 0;
    terms = 1;
  }
  let j = at;
  let run = 0;
  let seps = 0;
  while (j < n) {
    const cls = classOf[text.charCodeAt(j)]!;
    if (cls === SEPARATOR_CLASS) {
      if (run >= sepMax[node]!) break;
      run++;
      seps++;
      j++;
      continue;
    }
    // Most nodes past the first units have one child: compare, no hashing.
    const only = onlyChildClass[node]!;
    let next = 0;
    if (only === cls) next = node + 1;
    else if (only === MANY_CHILDREN && cls !== NO_CLASS) {
      const key = node * classCount + cls;
      let slot = Math.imul(key, HASH_MULTIPLIER) >>> edgeShift;
      for (;;) {
        const k = edgeKeys[slot]!;
        if (k === key) {
          next = edgeChildren[slot]!;
          break;
        }
        if (k === -1) break;
        slot = (slot + 1) & edgeMask;
      }
    }
    if (next === 0) break;
    node = next;
    run = 0;
    j++;
    if (termStart[node] !== termStart[node + 1]) {
      termNodes[terms] = node;
      termEnds[terms] = j;
      termSeps[terms] = seps;
      terms++;
    }
  }
  return terms === 0 ? -1 : resolveCandidates(m, text, start, terms, limit, scope, out);
}

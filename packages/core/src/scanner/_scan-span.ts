import {
  HASH_MULTIPLIER,
  type MatcherRuntime,
  NO_CLASS,
  SEPARATOR_CLASS,
  START_UNIT,
  WORD_UNIT,
} from './_matcher-tables';
import { resolveCandidates } from './_resolve-candidates';
import type { Mention } from './types';

/** What one scan reports and avoids: a kind mask, skipped regions, and the offset of `text` in the input. */
export interface ScanScope {
  /** Bit k set: report SCANNED_KINDS[k]. */
  kindMask: number;
  /** Sorted, non-overlapping [start, end) pairs no mention may touch, in `text` coordinates. */
  regions: ArrayLike<number> | undefined;
  /** Added to every reported offset (a stream scans a window of a longer input). */
  base: number;
}

const NOWHERE = Number.MAX_SAFE_INTEGER;

/**
 * Tries every position from `from` until `until` as the leftmost-longest scan does, appending mentions to
 * `out`, and returns the next position the scan would try (>= until; a mention may run past `until`).
 */
export function scanSpan(
  m: MatcherRuntime,
  text: string,
  from: number,
  until: number,
  scope: ScanScope,
  out: Mention[],
) {
  const unitFlags = m.unitFlags;
  const regions = scope.regions;
  let region = 0;
  let regionStart = NOWHERE;
  if (regions !== undefined) {
    while (region < regions.length && regions[region + 1]! <= from) region += 2;
    if (region < regions.length) regionStart = regions[region]!;
  }
  let i = from;
  let prevWord = i > 0 && (unitFlags[text.charCodeAt(i - 1)]! & WORD_UNIT) !== 0;
  while (i < until) {
    if (i >= regionStart) {
      // No mention may start inside a skipped region: jump to its end.
      i = Math.max(i, regions![region + 1]!);
      region += 2;
      regionStart = region < regions!.length ? regions![region]! : NOWHERE;
      prevWord = (unitFlags[text.charCodeAt(i - 1)]! & WORD_UNIT) !== 0;
      continue;
    }
    const f = unitFlags[text.charCodeAt(i)]!;
    if ((f & START_UNIT) !== 0 && !(prevWord && (f & WORD_UNIT) !== 0)) {
      const end = matchAt(m, text, i, regionStart, scope, out);
      if (end > 0) {
        i = end;
        prevWord = (unitFlags[text.charCodeAt(end - 1)]! & WORD_UNIT) !== 0;
        continue;
      }
    }
    prevWord = (f & WORD_UNIT) !== 0;
    i++;
  }
  return i;
}

/** Walks the trie from `start`, collecting the nodes where names end; returns the mention's end or -1. */
function matchAt(m: MatcherRuntime, text: string, start: number, limit: number, scope: ScanScope, out: Mention[]) {
  const { classOf, termStart, sepMax, edgeKeys, edgeChildren, edgeMask, edgeShift, classCount } = m;
  const termNodes = m.termNodes;
  const termEnds = m.termEnds;
  const termSeps = m.termSeps;
  const n = text.length;
  let node = m.rootChild[classOf[text.charCodeAt(start)]!]!;
  let terms = 0;
  if (termStart[node] !== termStart[node + 1]) {
    termNodes[0] = node;
    termEnds[0] = start + 1;
    termSeps[0] = 0;
    terms = 1;
  }
  let j = start + 1;
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
    if (cls === NO_CLASS) break;
    const key = node * classCount + cls;
    let slot = Math.imul(key, HASH_MULTIPLIER) >>> edgeShift;
    let next = 0;
    for (;;) {
      const k = edgeKeys[slot]!;
      if (k === key) {
        next = edgeChildren[slot]!;
        break;
      }
      if (k === -1) break;
      slot = (slot + 1) & edgeMask;
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

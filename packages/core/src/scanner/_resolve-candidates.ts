import { isMarkAt } from './_char-tables';
import {
  AMBIGUOUS,
  CASE_SENSITIVE,
  ENDS_WORD,
  FLEXIBLE,
  PLURAL,
  SEPARATOR_CLASS,
  SIMPLE,
  STARTS_WORD,
  WORD_UNIT,
} from './_matcher-constants';
import type { MatcherRuntime } from './_matcher-runtime';
import { isNearWordAround } from './_near-words';
import type { ScanScope } from './_scan-span';
import { type Mention, SCANNED_KINDS } from './types';

/**
 * Checks every name whose trie path ended at the collected nodes against its own rules (case, spacing,
 * boundaries, plural, skipped regions, kinds), then reports the longest span that exactly one entity
 * claims. Returns the mention's end, or -1 when nothing starting here is reported.
 */
export function resolveCandidates(
  m: MatcherRuntime,
  text: string,
  start: number,
  terms: number,
  limit: number,
  scope: ScanScope,
  out: Mention[],
): number {
  const { termNodes, termEnds, termSeps, termStart, termAliases, aliasFlags, aliasEntity, entityKind, unitFlags } = m;
  const candAlias = m.candAlias;
  const candEnd = m.candEnd;
  const n = text.length;
  const leftWord = start > 0 && (unitFlags[text.charCodeAt(start - 1)]! & WORD_UNIT) !== 0;
  let count = 0;
  for (let t = terms - 1; t >= 0; t--) {
    const node = termNodes[t]!;
    const keyEnd = termEnds[t]!;
    for (let at = termStart[node]!; at < termStart[node + 1]!; at++) {
      const alias = termAliases[at]!;
      const flags = aliasFlags[alias]!;
      if (((scope.kindMask >>> entityKind[aliasEntity[alias]!]!) & 1) === 0) continue;
      if (leftWord && (flags & STARTS_WORD) !== 0) continue;
      if (!((flags & SIMPLE) !== 0 && termSeps[t] === 0) && !verifyPattern(m, alias, text, start, keyEnd)) continue;
      let end = keyEnd;
      if ((flags & PLURAL) !== 0 && end < n) {
        const next = text.charCodeAt(end);
        if (next === 0x73 || next === 0xff53) end++;
      }
      if ((flags & ENDS_WORD) !== 0 && end < n && (unitFlags[text.charCodeAt(end)]! & WORD_UNIT) !== 0) continue;
      if (end > limit || isMarkAt(text, end)) continue;
      candAlias[count] = alias;
      candEnd[count] = end;
      count++;
    }
  }

  while (count > 0) {
    let end = 0;
    for (let c = 0; c < count; c++) end = Math.max(end, candEnd[c]!);
    const winner = pickEntity(m, text, start, end, count);
    if (winner >= 0) {
      const entity = aliasEntity[winner]!;
      out.push({
        start: scope.base + start,
        end: scope.base + end,
        text: text.slice(start, end),
        id: m.entityIds[entity]!,
        kind: SCANNED_KINDS[entityKind[entity]!]!,
        alias: m.aliasTexts[winner]!,
      });
      return end;
    }
    let kept = 0;
    for (let c = 0; c < count; c++) {
      if (candEnd[c] === end) continue;
      candAlias[kept] = candAlias[c]!;
      candEnd[kept] = candEnd[c]!;
      kept++;
    }
    count = kept;
  }
  return -1;
}

/**
 * Among the candidates ending at `end`: the first alias of the one entity whose names resolve there, or -1
 * when none or several do (two entities sharing a name need their rules to tell them apart).
 */
function pickEntity(m: MatcherRuntime, text: string, start: number, end: number, count: number): number {
  const { candAlias, candEnd, aliasFlags, aliasEntity } = m;
  let entity = -1;
  let chosen = -1;
  for (let c = 0; c < count; c++) {
    const alias = candAlias[c]!;
    if (candEnd[c] !== end || (aliasFlags[alias]! & AMBIGUOUS) !== 0) continue;
    const owner = aliasEntity[alias]!;
    if (entity >= 0 && owner !== entity) return -1;
    entity = owner;
    if (chosen < 0 || alias < chosen) chosen = alias;
  }
  for (let c = 0; c < count; c++) {
    const alias = candAlias[c]!;
    if (candEnd[c] !== end || (aliasFlags[alias]! & AMBIGUOUS) === 0) continue;
    const owner = aliasEntity[alias]!;
    if (owner === entity && alias > chosen) continue;
    if (!isNearWordAround(m, alias, text, start, end)) continue;
    if (entity >= 0 && owner !== entity) return -1;
    entity = owner;
    if (chosen < 0 || alias < chosen) chosen = alias;
  }
  return chosen;
}

/** Whether the text from `start` to `keyEnd` spells the alias under its own case and spacing rules. */
function verifyPattern(m: MatcherRuntime, alias: number, text: string, start: number, keyEnd: number): boolean {
  const { patternPool, classOf } = m;
  const flags = m.aliasFlags[alias]!;
  const caseSensitive = (flags & CASE_SENSITIVE) !== 0;
  const flexible = (flags & FLEXIBLE) !== 0;
  const from = m.aliasPatternStart[alias]!;
  const to = from + m.aliasPatternLength[alias]!;
  let j = start;
  for (let k = from; k < to; k++) {
    const unit = patternPool[k]!;
    if (j >= keyEnd) return false;
    const code = text.charCodeAt(j);
    const folded = code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code === 0x3000 ? 0x20 : code;
    if (flexible && classOf[unit] === SEPARATOR_CLASS) {
      let run = 1;
      while (k + 1 < to && classOf[patternPool[k + 1]!] === SEPARATOR_CLASS) {
        run++;
        k++;
      }
      while (run > 0 && j < keyEnd && classOf[text.charCodeAt(j)] === SEPARATOR_CLASS) {
        run--;
        j++;
      }
      continue;
    }
    // Case-insensitive units match when they share a class (their case- and width-folded unit).
    const same = caseSensitive || classOf[unit] === SEPARATOR_CLASS ? folded === unit : classOf[code] === classOf[unit];
    if (!same) return false;
    j++;
  }
  return j === keyEnd;
}

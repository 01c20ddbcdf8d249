import { createScope, getRegions, requireRuntime } from './_compiled-matcher';
import { applyEdits, type EditMap, mapNew, mapOld } from './_edit-map';
import { recallRegions, rememberRegions } from './_region-cache';
import { scanSpan } from './_scan-span';
import type { Matcher, Mention, ScanOptions, TextEdit } from './types';

export interface ScanResult {
  text: string;
  mentions: Mention[];
}

/**
 * Updates a scan after edits (in the coordinates of the previous text, as VS Code reports them) by scanning
 * only around them — the edited lines plus `matcher.contextLength` either side, and any line whose code or
 * URL status changed — and keeping the other mentions, shifted. Equals `matcher.scan(newText, options)`.
 */
export function rescan(
  matcher: Matcher,
  previous: ScanResult,
  edits: readonly TextEdit[],
  options: ScanOptions = {},
): ScanResult {
  const runtime = requireRuntime(matcher);
  const map = applyEdits(previous.text, edits);
  const { text } = map;
  const context = matcher.contextLength;
  const dirty: [number, number][] = map.edits.map((edit) => [edit.newStart - context, edit.newEnd + context]);
  const regions = getRegions(text, options);
  if (regions !== undefined) {
    const before = recallRegions(previous.mentions, previous.text, options) ?? getRegions(previous.text, options)!;
    addRegionChanges(map, before, regions, context, dirty);
  }
  const scope = createScope(options, regions);
  const spans = mergeSpans(dirty, text.length);

  const old = previous.mentions;
  const out: Mention[] = [];
  let next = 0;
  let pos = 0;
  const keep = (mention: Mention) => {
    const start = mapOld(map, mention.start);
    const shift = start - mention.start;
    out.push(shift === 0 ? mention : { ...mention, start, end: mention.end + shift });
    pos = mention.end + shift;
  };
  for (let s = 0; s < spans.length && pos < text.length; s++) {
    const [from, to] = spans[s]!;
    // Before the span, the old scan's decisions stand: keep its mentions.
    for (; next < old.length && mapOld(map, old[next]!.start) < from; next++) {
      if (mapOld(map, old[next]!.start) >= pos) keep(old[next]!);
    }
    pos = Math.max(pos, from);
    let until = to;
    for (;;) {
      pos = scanSpan(runtime, text, pos, until, scope, out);
      while (s + 1 < spans.length && spans[s + 1]![0] <= pos) until = Math.max(until, spans[++s]![1]);
      if (pos < until) continue;
      if (pos >= text.length) break;
      // Past the span the old decisions stand again, once the old scan also tried this position.
      const was = mapNew(map, pos);
      while (next < old.length && old[next]!.end <= was) next++;
      if (next < old.length && old[next]!.start < was) until = mapOld(map, old[next]!.end);
      else break;
    }
  }
  for (; next < old.length && pos < text.length; next++) {
    if (mapOld(map, old[next]!.start) >= pos) keep(old[next]!);
  }
  if (regions !== undefined) rememberRegions(out, text, options, regions);
  return { text, mentions: out };
}

/** Marks, as dirty, wherever a skipped region differs between the old text (moved by the edits) and the new. */
function addRegionChanges(map: EditMap, before: number[], after: number[], context: number, dirty: [number, number][]) {
  const moved: number[] = [];
  for (let i = 0; i < before.length; i += 2) {
    const start = mapOld(map, before[i]!);
    const end = mapOld(map, before[i + 1]!);
    if (end > start) moved.push(start, end);
  }
  let i = 0;
  let j = 0;
  while (i < moved.length || j < after.length) {
    if (i < moved.length && j < after.length && moved[i] === after[j] && moved[i + 1] === after[j + 1]) {
      i += 2;
      j += 2;
    } else if (j >= after.length || (i < moved.length && moved[i]! <= after[j]!)) {
      dirty.push([moved[i]! - context, moved[i + 1]! + context]);
      i += 2;
    } else {
      dirty.push([after[j]! - context, after[j + 1]! + context]);
      j += 2;
    }
  }
}

/** Sorted, merged, clamped spans. */
function mergeSpans(spans: [number, number][], length: number): [number, number][] {
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [from, to] of spans) {
    const start = Math.max(0, from);
    const end = Math.min(length, to);
    const last = merged[merged.length - 1];
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

import { createScope, getSkipOptions, requireRuntime } from './_compiled-matcher';
import { applyEdits, mapNew, mapOld } from './_edit-map';
import { PieceText } from './_piece-text';
import { recallResult, recallSkipIndex, rememberResult, rememberUnread } from './_result-cache';
import { scanSpan } from './_scan-span';
import { updateSkipIndex } from './_skip-index-update';
import { indexSkipRegions, type SkipIndex } from './_skip-regions';
import type { Matcher, Mention, ScanOptions, TextEdit } from './types';

export interface ScanResult {
  text: string;
  mentions: Mention[];
}

/**
 * Updates a scan after edits (in the coordinates of the previous text, as VS Code reports them) by scanning
 * only around them — the edited lines plus `matcher.contextLength` either side, and any line whose code or
 * URL status changed — and keeping the other mentions, shifted. Equals `matcher.scan(newText, options)`.
 * The new text is joined only when first read: hand the result (or its mentions array with its text) to
 * the next `rescan` and a chain of edits never copies the whole document.
 */
export function rescan(
  matcher: Matcher,
  previous: ScanResult,
  edits: readonly TextEdit[],
  options: ScanOptions = {},
): ScanResult {
  const runtime = requireRuntime(matcher);
  const cached = recallResult(previous);
  const before = cached?.pieces ?? new PieceText([previous.text]);
  const map = applyEdits(before, edits);
  const after = map.text;
  const length = after.length;
  const context = matcher.contextLength;
  const dirty: [number, number][] = map.edits.map((edit) => [edit.newStart - context, edit.newEnd + context]);
  const skipOptions = getSkipOptions(options);
  let skip: SkipIndex | undefined;
  if (skipOptions !== undefined) {
    // Code and URLs are found line by line: redo the edited lines and those whose state the edit changed.
    skip = recallSkipIndex(cached, options) ?? indexSkipRegions(before.toString(), skipOptions);
    if (map.edits.length > 0) {
      const updated = updateSkipIndex(skip, map, after, skipOptions);
      skip = updated.index;
      dirty.push([updated.from - context, updated.to + context]);
    }
  }
  const spans = mergeSpans(dirty, length);
  const scanRange = (from: number, until: number): number => {
    // A window with the context the positions from `from` to `until` depend on.
    const start = Math.max(0, from - context);
    const end = Math.min(length, until + context);
    const regions = skip && windowRegions(skip.regions, start, end);
    const scope = createScope(options, regions, start);
    return start + scanSpan(runtime, after.slice(start, end), from - start, until - start, scope, out);
  };

  const old = previous.mentions;
  const out: Mention[] = [];
  let next = 0;
  let pos = 0;
  const keep = (mention: Mention) => {
    const start = mapOld(map, mention.start);
    const shift = start - mention.start;
    const { text, id, kind, alias } = mention;
    out.push(shift === 0 ? mention : { start, end: mention.end + shift, text, id, kind, alias });
    pos = mention.end + shift;
  };
  for (let s = 0; s < spans.length && pos < length; s++) {
    const [from, to] = spans[s]!;
    // Before the span, the old scan's decisions stand: keep its mentions.
    for (; next < old.length && mapOld(map, old[next]!.start) < from; next++) {
      if (mapOld(map, old[next]!.start) >= pos) keep(old[next]!);
    }
    pos = Math.max(pos, from);
    let until = to;
    for (;;) {
      pos = scanRange(pos, until);
      while (s + 1 < spans.length && spans[s + 1]![0] <= pos) until = Math.max(until, spans[++s]![1]);
      if (pos < until) continue;
      if (pos >= length) break;
      // Past the span the old decisions stand again, once the old scan also tried this position.
      const was = mapNew(map, pos);
      while (next < old.length && old[next]!.end <= was) next++;
      if (next < old.length && old[next]!.start < was) until = mapOld(map, old[next]!.end);
      else break;
    }
  }
  for (; next < old.length && pos < length; next++) {
    if (mapOld(map, old[next]!.start) >= pos) keep(old[next]!);
  }
  rememberResult(out, after, options, skip);
  return createResult(after, out);
}

/** The regions overlapping [start, end), moved to the window's coordinates. */
function windowRegions(regions: number[], start: number, end: number): number[] {
  let low = 0;
  let high = regions.length >> 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (regions[2 * middle + 1]! <= start) low = middle + 1;
    else high = middle;
  }
  const out: number[] = [];
  for (let i = 2 * low; i < regions.length && regions[i]! < end; i += 2) {
    out.push(Math.max(0, regions[i]! - start), regions[i + 1]! - start);
  }
  return out;
}

/** A result whose text is joined on first read, then kept as a plain property (which may be replaced). */
function createResult(text: PieceText, mentions: Mention[]): ScanResult {
  const result = { mentions } as ScanResult;
  const settle = (value: string) => {
    Object.defineProperty(result, 'text', { value, enumerable: true, writable: true, configurable: true });
  };
  Object.defineProperty(result, 'text', {
    enumerable: true,
    configurable: true,
    get() {
      const joined = text.toString();
      settle(joined);
      return joined;
    },
    set: settle,
  });
  rememberUnread(result, text);
  return result;
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

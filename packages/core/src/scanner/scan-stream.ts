import { createScope, getSkipOptions, requireRuntime } from './_compiled-matcher';
import { scanSpan } from './_scan-span';
import { addLineRegions, createLineCursor, createSkipState } from './_skip-regions';
import type { Matcher, Mention, ScanOptions } from './types';

/** Drop scanned text once this much has piled up before the scan position (beyond the context kept). */
const TRIM_AT = 1 << 16;

/**
 * Scans a stream of text or UTF-8 bytes (a Node readable stream or any async iterable of chunks) in constant
 * memory — the window kept is a chunk plus `matcher.contextLength` either side, or with `skipCode`/`skipUrls`
 * the current line — yielding the mentions `matcher.scan` would return for the whole input, with offsets in
 * the whole input.
 */
export async function* scanStream(
  matcher: Matcher,
  source: AsyncIterable<string | Uint8Array> | NodeJS.ReadableStream,
  options: ScanOptions = {},
): AsyncGenerator<Mention, void, undefined> {
  const runtime = requireRuntime(matcher);
  const context = matcher.contextLength;
  const skip = getSkipOptions(options);
  const skipState = createSkipState();
  const decoder = new TextDecoder();
  let window = '';
  let base = 0;
  let pos = 0;
  // Lines before `lineStart` have their regions in `regions` (window coordinates).
  let lineStart = 0;
  let regions: number[] = [];

  function* advance(done: boolean): Generator<Mention> {
    let limit = done ? window.length : window.length - context;
    if (skip !== undefined) {
      const cursor = createLineCursor();
      for (;;) {
        const newline = window.indexOf('\n', lineStart);
        if (newline < 0 && !done) break;
        const end = newline < 0 ? window.length : newline;
        addLineRegions(window, lineStart, end, skipState, skip, cursor, regions);
        lineStart = end + 1;
        if (newline < 0) break;
      }
      // A mention never crosses a newline, so lines with known regions can be scanned to their end.
      if (!done) limit = Math.min(limit, lineStart);
    }
    if (pos < limit) {
      const out: Mention[] = [];
      pos = scanSpan(runtime, window, pos, limit, createScope(options, skip && regions, base), out);
      yield* out;
    }
    // Keep the context before the scan position, and with skipping, the lines whose regions are unknown.
    const cut = (skip === undefined ? pos : Math.min(pos, lineStart)) - context;
    if (cut >= TRIM_AT) {
      window = window.slice(cut);
      base += cut;
      pos -= cut;
      lineStart -= cut;
      regions = shiftRegions(regions, cut);
    }
  }

  for await (const chunk of source as AsyncIterable<string | Uint8Array>) {
    window += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    yield* advance(false);
  }
  window += decoder.decode();
  yield* advance(true);
}

function shiftRegions(regions: number[], cut: number): number[] {
  const kept: number[] = [];
  for (let i = 0; i < regions.length; i += 2) {
    if (regions[i + 1]! > cut) kept.push(Math.max(0, regions[i]! - cut), regions[i + 1]! - cut);
  }
  return kept;
}
